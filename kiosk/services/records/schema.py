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


MIGRATIONS: Sequence[Migration] = (_v0_to_v1, _v1_to_v2)
SCHEMA_VERSION = len(MIGRATIONS)
