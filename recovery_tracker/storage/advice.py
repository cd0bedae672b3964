"""Advice plans: the rules attached to each injection, added and restored with it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.injections import (
    INSERT_INJECTION,
    RESTORE_INJECTION,
    injection_values,
)
from recovery_tracker.storage.sql import NotFoundError

_RULE_COLUMNS = (
    "injection_id, position, title, advice, category, start_day, end_day, avoid, allowed"
)
_RULES_JOINED = ", ".join(f"r.{column.strip()}" for column in _RULE_COLUMNS.split(","))


def insert_rules(
    connection: sqlite3.Connection, injection_id: int, rules: Sequence[AdviceRule]
) -> None:
    connection.executemany(
        f"INSERT INTO advice_rules ({_RULE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                injection_id,
                position,
                rule.title,
                rule.advice,
                rule.category.value,
                rule.start_day,
                rule.end_day,
                "|".join(rule.avoid),
                "\n".join(rule.allowed),
            )
            for position, rule in enumerate(rules)
        ],
    )


class AdviceRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def rules_for(self, injection_id: int) -> list[AdviceRule]:
        rows = self._db.query(
            f"SELECT id, {_RULE_COLUMNS} FROM advice_rules WHERE injection_id = ? "
            "ORDER BY position, id",
            (injection_id,),
        )
        with self._db.decoding():
            return [_rule_from_row(row) for row in rows]

    def plans(self, injections: Sequence[Injection]) -> list[Plan]:
        """Every injection with its rules, in one query."""
        rows = self._db.query(
            f"SELECT id, {_RULE_COLUMNS} FROM advice_rules ORDER BY injection_id, position, id"
        )
        return self._plans_of(injections, rows)

    def _plans_of(self, injections: Sequence[Injection], rows: Sequence[sqlite3.Row]) -> list[Plan]:
        by_injection: dict[int, list[AdviceRule]] = {}
        with self._db.decoding():
            for row in rows:
                by_injection.setdefault(row["injection_id"], []).append(_rule_from_row(row))
        return [Plan(inj, tuple(by_injection.get(inj.id or -1, ()))) for inj in injections]

    def plans_around(self, injections: Sequence[Injection], day: date, horizon: int) -> list[Plan]:
        """As plans(), with only the rules that can be in force on ``day`` or start within
        ``horizon`` days after it (what domain.advice.advice_around asks); every injection
        keeps its Plan, since the sessions are numbered from all of them. A rule's window is
        its injection's date plus its start and end days."""
        rows = self._db.query(
            f"SELECT r.id, {_RULES_JOINED} FROM advice_rules AS r "
            "JOIN injections AS i ON i.id = r.injection_id "
            "WHERE (r.start_day IS NULL OR julianday(i.date) + r.start_day <= julianday(?) + ?) "
            "AND (r.end_day IS NULL OR julianday(i.date) + r.end_day >= julianday(?) "
            "OR julianday(i.date) + r.start_day > julianday(?)) "
            "ORDER BY r.injection_id, r.position, r.id",
            (day.isoformat(), horizon, day.isoformat(), day.isoformat()),
        )
        return self._plans_of(injections, rows)

    def replace_rules(self, injection_id: int, rules: Sequence[AdviceRule]) -> None:
        """The injection's whole plan, replaced in one transaction."""
        with self._db.transaction() as connection:
            found = connection.execute("SELECT 1 FROM injections WHERE id = ?", (injection_id,))
            if found.fetchone() is None:
                raise NotFoundError(
                    translate("Storage", "That injection no longer exists; its plan was not saved.")
                )
            connection.execute("DELETE FROM advice_rules WHERE injection_id = ?", (injection_id,))
            insert_rules(connection, injection_id, rules)

    def restore_injection_with_plan(
        self, injection: Injection, rules: Sequence[AdviceRule]
    ) -> None:
        """An undone deletion: the injection with its old id, and its plan, together."""
        with self._db.transaction() as connection:
            connection.execute(RESTORE_INJECTION, (injection.id, *injection_values(injection)))
            insert_rules(connection, int(injection.id or 0), rules)

    def add_injection_with_plan(
        self, injection: Injection, rules: Sequence[AdviceRule]
    ) -> Injection:
        """A new injection and its plan together: never one without the other."""
        with self._db.transaction() as connection:
            cursor = connection.execute(INSERT_INJECTION, injection_values(injection))
            injection_id = int(cursor.lastrowid or 0)
            insert_rules(connection, injection_id, rules)
        return replace(injection, id=injection_id)


def _rule_from_row(row: sqlite3.Row) -> AdviceRule:
    return AdviceRule(
        id=row["id"],
        injection_id=row["injection_id"],
        title=row["title"],
        advice=row["advice"],
        category=AdviceCategory(row["category"]),
        start_day=row["start_day"],
        end_day=row["end_day"],
        avoid=tuple(a for a in row["avoid"].split("|") if a),
        allowed=tuple(a for a in row["allowed"].split("\n") if a),
    )
