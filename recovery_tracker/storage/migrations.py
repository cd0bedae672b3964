"""The schema, as numbered migrations. ``PRAGMA user_version`` records the last one applied.

Never edit a migration that has shipped: add a new one. Each runs in its own transaction, so a
failure leaves the file at the previous version, never half-way.
"""

USER_VERSION = 1

MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE injections (
            id        INTEGER PRIMARY KEY,
            date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            site      TEXT NOT NULL CHECK (length(trim(site)) > 0),
            side      TEXT NOT NULL DEFAULT '',
            kind      TEXT NOT NULL CHECK (length(trim(kind)) > 0),
            clinic    TEXT NOT NULL DEFAULT '',
            guidance  TEXT NOT NULL DEFAULT '',
            notes     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX injections_by_date ON injections (date);

        CREATE TABLE checkins (
            id        INTEGER PRIMARY KEY,
            date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time      TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
            pain      INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
            soreness  INTEGER CHECK (soreness BETWEEN 0 AND 10),
            enjoyment_interference INTEGER CHECK (enjoyment_interference BETWEEN 0 AND 10),
            activity_interference  INTEGER CHECK (activity_interference BETWEEN 0 AND 10),
            sleep     INTEGER CHECK (sleep BETWEEN 0 AND 10),
            notes     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX checkins_by_moment ON checkins (date, time);
    """,
}
