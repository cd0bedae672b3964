"""Advice plans (rules attached to injections), medicines, appointments and settings."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time

from recovery_tracker.domain.advice import AdviceCategory, AdviceRule, Plan
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.impression import Impression
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import Injection
from recovery_tracker.domain.text import translate
from recovery_tracker.storage.database import Database
from recovery_tracker.storage.repositories import NotFoundError, injection_values

_RULE_COLUMNS = (
    "injection_id, position, title, advice, category, start_day, end_day, avoid, allowed"
)


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
        return [_rule_from_row(row) for row in rows]

    def plans(self, injections: Sequence[Injection]) -> list[Plan]:
        """Every injection with its rules, in one query."""
        rows = self._db.query(
            f"SELECT id, {_RULE_COLUMNS} FROM advice_rules ORDER BY injection_id, position, id"
        )
        by_injection: dict[int, list[AdviceRule]] = {}
        for row in rows:
            by_injection.setdefault(row["injection_id"], []).append(_rule_from_row(row))
        return [Plan(inj, tuple(by_injection.get(inj.id or -1, ()))) for inj in injections]

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
            connection.execute(
                "INSERT INTO injections (id, date, site, side, kind, clinic, guidance, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (injection.id, *injection_values(injection)),
            )
            insert_rules(connection, int(injection.id or 0), rules)

    def add_injection_with_plan(
        self, injection: Injection, rules: Sequence[AdviceRule]
    ) -> Injection:
        """A new injection and its plan together: never one without the other."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO injections (date, site, side, kind, clinic, guidance, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                injection_values(injection),
            )
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


class MedicationRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, start: date | None = None, end: date | None = None) -> list[MedicationDose]:
        rows = self._db.query(
            "SELECT id, date, time, name, dose, reason FROM medications "
            "WHERE date >= ? AND date <= ? ORDER BY date, time, id",
            ((start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return [
            MedicationDose(
                id=row["id"],
                date=date.fromisoformat(row["date"]),
                time=time.fromisoformat(row["time"]),
                name=row["name"],
                dose=row["dose"],
                reason=row["reason"],
            )
            for row in rows
        ]

    def recent_names(self, limit: int = 12) -> builtins.list[str]:
        """Most recently used names first, for the quick-pick list."""
        rows = self._db.query(
            "SELECT name FROM medications GROUP BY lower(name) "
            "ORDER BY max(date || ' ' || time) DESC, max(id) DESC LIMIT ?",
            (limit,),
        )
        return [row["name"] for row in rows]

    def add(self, dose: MedicationDose) -> MedicationDose:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO medications (date, time, name, dose, reason) VALUES (?, ?, ?, ?, ?)",
                _medication_values(dose),
            )
        return replace(dose, id=cursor.lastrowid)

    def update(self, dose: MedicationDose) -> MedicationDose:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE medications SET date = ?, time = ?, name = ?, dose = ?, reason = ? "
                "WHERE id = ?",
                (*_medication_values(dose), dose.id),
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate(
                        "Storage", "That medicine entry no longer exists; it was not changed."
                    )
                )
        return dose

    def delete(self, dose_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM medications WHERE id = ?", (dose_id,))

    def restore(self, dose: MedicationDose) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO medications (id, date, time, name, dose, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (dose.id, *_medication_values(dose)),
            )


def _medication_values(dose: MedicationDose) -> tuple[object, ...]:
    return (dose.date.isoformat(), dose.time.strftime("%H:%M"), dose.name, dose.dose, dose.reason)


class AppointmentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> list[Appointment]:
        rows = self._db.query(
            "SELECT id, starts_at, clinician, place, questions FROM appointments "
            "ORDER BY starts_at, id"
        )
        return [
            Appointment(
                id=row["id"],
                starts_at=datetime.fromisoformat(row["starts_at"]),
                clinician=row["clinician"],
                place=row["place"],
                questions=row["questions"],
            )
            for row in rows
        ]

    def add(self, appointment: Appointment) -> Appointment:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO appointments (starts_at, clinician, place, questions) "
                "VALUES (?, ?, ?, ?)",
                _appointment_values(appointment),
            )
        return replace(appointment, id=cursor.lastrowid)

    def update(self, appointment: Appointment) -> Appointment:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE appointments SET starts_at = ?, clinician = ?, place = ?, questions = ? "
                "WHERE id = ?",
                (*_appointment_values(appointment), appointment.id),
            )
            if cursor.rowcount != 1:
                raise NotFoundError(
                    translate("Storage", "That appointment no longer exists; it was not changed.")
                )
        return appointment

    def delete(self, appointment_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))

    def restore(self, appointment: Appointment) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO appointments (id, starts_at, clinician, place, questions) "
                "VALUES (?, ?, ?, ?, ?)",
                (appointment.id, *_appointment_values(appointment)),
            )


def _appointment_values(appointment: Appointment) -> tuple[object, ...]:
    return (
        appointment.starts_at.strftime("%Y-%m-%dT%H:%M"),
        appointment.clinician,
        appointment.place,
        appointment.questions,
    )


class SettingsRepository:
    """Small key/value settings that belong to the diary (they travel with it)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: str | None = None) -> str | None:
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def all(self) -> dict[str, str]:
        return {
            row["key"]: row["value"] for row in self._db.query("SELECT key, value FROM settings")
        }

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: Mapping[str, str]) -> None:
        with self._db.transaction() as connection:
            connection.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                values.items(),
            )


class ImpressionRepository:
    """Weekly PGIC answers; one per day (a second answer the same day replaces the first)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> builtins.list[Impression]:
        rows = self._db.query("SELECT id, date, score FROM impressions ORDER BY date")
        return [Impression(date.fromisoformat(r["date"]), r["score"], r["id"]) for r in rows]

    def save(self, impression: Impression) -> Impression:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO impressions (date, score) VALUES (?, ?) "
                "ON CONFLICT (date) DO UPDATE SET score = excluded.score",
                (impression.date.isoformat(), impression.score),
            )
            row = connection.execute(
                "SELECT id FROM impressions WHERE date = ?", (impression.date.isoformat(),)
            ).fetchone()
        return replace(impression, id=row[0])

    def delete(self, day: date) -> None:
        """Take back the answer of ``day`` (an undone first answer of that day)."""
        with self._db.transaction() as connection:
            connection.execute("DELETE FROM impressions WHERE date = ?", (day.isoformat(),))
