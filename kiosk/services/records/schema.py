"""The records file's schema, as a list of migrations.

`MIGRATIONS[i]` brings a file from `PRAGMA user_version` i to i + 1. Each runs inside a transaction that
the store opens (and rolls back on any error), so a migration must not commit: plain `execute` calls of
DDL and DML only (no `executescript`, which commits first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlite_utils

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration"]

Migration = Callable[[sqlite_utils.Database], None]
"""Brings an open database one version up; runs inside the store's transaction."""

_V1 = (
    """CREATE TABLE trainees (
        code TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE trainee_names (
        code TEXT PRIMARY KEY REFERENCES trainees(code) ON DELETE CASCADE,
        display_name TEXT NOT NULL
    )""",
    """CREATE TABLE attempts (
        registration TEXT PRIMARY KEY,
        trainee_code TEXT NOT NULL REFERENCES trainees(code),
        module_id TEXT NOT NULL,
        module_version INTEGER NOT NULL,
        site TEXT NOT NULL,
        cell TEXT NOT NULL,
        simulated INTEGER NOT NULL,
        language TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NULL,
        outcome TEXT NULL,
        score_raw REAL NULL,
        score_max REAL NULL,
        scaled REAL NULL
    )""",
    "CREATE INDEX attempts_trainee ON attempts(trainee_code, started_at)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        registration TEXT NOT NULL REFERENCES attempts(registration),
        verb TEXT NOT NULL,
        object_id TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        statement_json TEXT NOT NULL
    )""",
    "CREATE INDEX events_registration_timestamp ON events(registration, timestamp)",
    "CREATE INDEX events_verb ON events(verb)",
    """CREATE TABLE safety_acks (
        registration TEXT NOT NULL,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        acknowledged_at TEXT NOT NULL,
        PRIMARY KEY (registration, idx)
    )""",
    """CREATE TABLE samples (
        registration TEXT NOT NULL,
        alias TEXT NOT NULL,
        t REAL NOT NULL,
        value REAL NULL,
        text_value TEXT NULL,
        quality TEXT NOT NULL
    )""",
    "CREATE INDEX samples_registration_t ON samples(registration, t)",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    # Append-only: the chain of hashes shows tampering by anyone who bypasses these.
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)


def _v0_to_v1(db: sqlite_utils.Database) -> None:
    """Everything of the first records store."""
    for sql in _V1:
        db.execute(sql)


def _v1_to_v2(db: sqlite_utils.Database) -> None:
    """Visitors' tries of the taster, counted per day and module: no person, no statement, only numbers."""
    db.execute(
        """CREATE TABLE anonymous_tries (
            day TEXT NOT NULL,
            module_id TEXT NOT NULL,
            started INTEGER NOT NULL DEFAULT 0,
            completed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, module_id)
        )"""
    )


_V3 = (
    # A trainee's group (class, cohort, company course) for the instructor's progress filters.
    "ALTER TABLE trainees ADD COLUMN group_name TEXT NOT NULL DEFAULT ''",
    # Kiosk-wide settings an instructor changes on screen (retention, LRS endpoint, ...): key -> JSON text.
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        changed_at TEXT NOT NULL
    )""",
    # An instructor's waiver of one step of one attempt (the cell was broken, the step does not apply).
    """CREATE TABLE waivers (
        registration TEXT NOT NULL REFERENCES attempts(registration),
        step_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        waived_by TEXT NOT NULL,
        waived_at TEXT NOT NULL,
        PRIMARY KEY (registration, step_id)
    )""",
    # Statements waiting for the Learning Record Store. Filled in the same transaction as the event
    # (the trigger below) while forwarding is switched on, so a statement is queued exactly when it is
    # saved; rows leave once the LRS has accepted them.
    """CREATE TABLE lrs_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        statement_id TEXT NOT NULL UNIQUE,
        statement_json TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        tries INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TRIGGER events_to_lrs_outbox AFTER INSERT ON events
       WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'lrs.forwarding' AND value = 'true')
       BEGIN
         INSERT OR IGNORE INTO lrs_outbox(statement_id, statement_json, queued_at)
         VALUES (NEW.id, NEW.statement_json, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
       END""",
    # Bundles merged from other kiosks, so importing one twice is recognised and changes nothing.
    """CREATE TABLE bundle_imports (
        bundle_id TEXT PRIMARY KEY,
        source_site TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        summary TEXT NOT NULL
    )""",
)


def _v2_to_v3(db: sqlite_utils.Database) -> None:
    """Instructor mode: trainee groups, settings, step waivers, the LRS outbox and the log of imported bundles."""
    for sql in _V3:
        db.execute(sql)


MIGRATIONS: Sequence[Migration] = (_v0_to_v1, _v1_to_v2, _v2_to_v3)
SCHEMA_VERSION = len(MIGRATIONS)
