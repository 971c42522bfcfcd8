"""Kiosk-wide settings kept in the records file (`settings` table): key -> a JSON value.

Settings live beside the records they govern (retention, LRS forwarding) so a backup or a moved data
folder takes them along. Every change is audited in the same transaction as the change itself.
"""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import Future
from typing import Any

from kiosk.services.records.store import RecordStore, append_audit_row, utc_now

__all__ = ["read_setting", "read_settings", "write_setting"]


def read_settings(store: RecordStore) -> dict[str, Any]:
    """Every setting that has been changed from its default (any thread; reads committed data)."""
    with store.reading() as conn:
        rows = conn.execute("SELECT key, value FROM settings").fetchall()
    return {key: json.loads(value) for key, value in rows}


def read_setting(store: RecordStore, key: str, default: Any = None) -> Any:
    """One setting, or `default` when it was never changed."""
    with store.reading() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def write_setting(
    store: RecordStore, key: str, value: Any, *, actor: str, secret: bool = False, only_if_unset: bool = False
) -> Future[None]:
    """Change one setting (JSON-serialisable `value`) and audit it as `actor`; resolves after COMMIT.
    With `secret` the audit row names the key only: the audit log cannot be erased, and a secret in it
    (the certificate key, a password) would be readable by anyone who can read the log. A value that
    is not JSON raises TypeError here, before anything is queued. With `only_if_unset` a value already
    there is kept (nothing written, nothing audited): two first uses at once agree on one value."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)

    def work(conn: sqlite3.Connection) -> None:
        at = utc_now()
        if only_if_unset and conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone():
            return
        conn.execute(
            "INSERT INTO settings(key, value, changed_at) VALUES (?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at",
            (key, text, at),
        )
        detail = {"key": key} if secret else {"key": key, "value": value}
        append_audit_row(conn, at, actor, "setting", json.dumps(detail, ensure_ascii=False))

    return store.write(work)
