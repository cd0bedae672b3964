"""The schema, as numbered migrations. ``PRAGMA user_version`` records the last one applied.

Never edit a migration that has shipped: add a new one. Each runs in its own transaction, so a
failure leaves the file at the previous version, never half-way.
"""

USER_VERSION = 7

# ``PRAGMA application_id`` of every diary this app writes ("RTrk"): tells our files from other
# programs' SQLite databases, which must never be migrated (or moved aside) as if they were ours.
APPLICATION_ID = 0x5254726B
# Tables every version of our diary has (migration 1): how a file made before application_id
# was set is recognised as ours.
FIRST_TABLES = frozenset({"injections", "checkins"})

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
    2: """
        CREATE TABLE advice_rules (
            id            INTEGER PRIMARY KEY,
            injection_id  INTEGER NOT NULL REFERENCES injections (id) ON DELETE CASCADE,
            position      INTEGER NOT NULL DEFAULT 0,
            title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
            advice        TEXT NOT NULL DEFAULT '',
            category      TEXT NOT NULL
                          CHECK (category IN ('medication', 'activity', 'care', 'other')),
            start_day     INTEGER,
            end_day       INTEGER,
            avoid         TEXT NOT NULL DEFAULT '',
            CHECK (start_day IS NULL OR end_day IS NULL OR end_day >= start_day)
        );
        CREATE INDEX advice_rules_by_injection ON advice_rules (injection_id, position);

        CREATE TABLE medications (
            id      INTEGER PRIMARY KEY,
            date    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time    TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
            name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
            dose    TEXT NOT NULL DEFAULT '',
            reason  TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX medications_by_moment ON medications (date, time);

        CREATE TABLE appointments (
            id         INTEGER PRIMARY KEY,
            starts_at  TEXT NOT NULL,
            clinician  TEXT NOT NULL DEFAULT '',
            place      TEXT NOT NULL DEFAULT '',
            questions  TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX appointments_by_start ON appointments (starts_at);

        CREATE TABLE settings (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        )
    """,
    3: """
        ALTER TABLE checkins ADD COLUMN for_doctor INTEGER NOT NULL DEFAULT 0
            CHECK (for_doctor IN (0, 1))
    """,
    4: """
        CREATE TABLE impressions (
            id     INTEGER PRIMARY KEY,
            date   TEXT NOT NULL UNIQUE
                   CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            score  INTEGER NOT NULL CHECK (score BETWEEN 1 AND 7)
        )
    """,
    5: """
        CREATE TABLE events (
            id                INTEGER PRIMARY KEY,
            date              TEXT NOT NULL
                              CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time              TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
            kind              TEXT NOT NULL CHECK (length(trim(kind)) > 0),
            other             TEXT NOT NULL DEFAULT '',
            severity          TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
            contacted_clinic  INTEGER NOT NULL DEFAULT 0 CHECK (contacted_clinic IN (0, 1)),
            notes             TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_by_moment ON events (date, time);

        ALTER TABLE checkins ADD COLUMN leg_pain INTEGER CHECK (leg_pain BETWEEN 0 AND 10)
    """,
    # Medicines the doctor allows despite a rule's avoid list, one name per line.
    6: """
        ALTER TABLE advice_rules ADD COLUMN allowed TEXT NOT NULL DEFAULT ''
    """,
    # Injections booked ahead: their plan's windows count from the booked day (issue 16).
    7: """
        ALTER TABLE injections ADD COLUMN status TEXT NOT NULL DEFAULT 'done'
            CHECK (status IN ('planned', 'done'))
    """,
}
