"""Values the schema's CHECKs let through but that no Recovery Tracker writes and its reads
cannot turn back into dates and times: "2020-99-99" and "29:59" have the digits' shape the
CHECKs ask for. Another program can put them there (or a flipped bit that keeps the shape).
Looked for with the page check (Database.check_pages), so that such a diary is treated as
damaged before anything is written into it or backed up from it, not first met by a read
halfway through the window's work. At 30 years: 11 ms, off the window's thread at start."""

from __future__ import annotations

# Through a Julian day and back, as Python reads them: 2021-02-29 comes back 2021-03-01 and
# 24:00 as 00:00 (date() and time() alone give both back as they were). Year 0 is SQLite's.
_DAY = "({column} IS NOT date(julianday({column})) OR {column} < '0001-01-01')"
_MOMENT = "{column} IS NOT strftime('%H:%M', julianday('2000-01-01 ' || {column}))"


# What Python's datetime.fromisoformat takes of what SQLite's datetime() does (not a bare
# Julian day number, say).
_STARTS_AT = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][T ][0-2][0-9]:[0-5][0-9]*"


def _day(column: str) -> str:
    return _DAY.format(column=column)


def _moment(column: str) -> str:
    return _MOMENT.format(column=column)


# (what the entries are, entry id, the value shown), for the first entry found, if any.
FIRST_UNREADABLE = (
    " UNION ALL ".join(
        [
            f"SELECT 'check-ins', id, date || ' ' || time FROM checkins "
            f"WHERE {_day('date')} OR {_moment('time')}",
            f"SELECT 'medicines', id, date || ' ' || time FROM medications "
            f"WHERE {_day('date')} OR {_moment('time')}",
            f"SELECT 'injections', id, date FROM injections WHERE {_day('date')}",
            f"SELECT 'weekly answers', id, date FROM impressions WHERE {_day('date')}",
            f"SELECT 'events', id, date || ' ' || coalesce(time, '') FROM events "
            f"WHERE {_day('date')} OR (time IS NOT NULL AND {_moment('time')})",
            "SELECT 'visits', id, starts_at FROM appointments "
            f"WHERE datetime(starts_at) IS NULL OR starts_at NOT GLOB '{_STARTS_AT}'",
        ]
    )
    + " LIMIT 1"
)
