"""The instructor's trainee list: every trainee with their attempt count in one read, and the audited
add / rename / regroup of a trainee in one write (no Qt).

Audit. Each change appends a row with the code only (actions "trainee-added", "trainee-renamed",
"trainee-regrouped", as `kiosk trainees add` writes them), never the name: the audit log cannot be
erased and a name must stay erasable. The row is written in the same transaction as the change, so a
change is never saved without its audit row or the other way round.
"""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import Future
from dataclasses import dataclass

from kiosk.core.trainee_code import code_problem
from kiosk.services.records.store import RecordStore, append_audit_row, utc_now

__all__ = ["TraineeRow", "TraineeSaved", "clean_text", "row_matches", "save_trainee", "trainee_rows"]


@dataclass(frozen=True)
class TraineeRow:
    """One line of the trainee list. `attempts` counts every attempt recorded (also one backed out of
    at the safety statements); `last_activity` is the ISO UTC time of the latest attempt's start or
    end, None when the trainee has no attempts."""

    code: str
    name: str | None
    group: str  # "" when in no group
    created_at: str
    attempts: int
    last_activity: str | None


@dataclass(frozen=True)
class TraineeSaved:
    """What `save_trainee` did: `existed` whether the code was known before, `actions` the audit
    actions written (empty when nothing needed changing)."""

    existed: bool
    actions: tuple[str, ...]


_ROWS_SQL = (
    "SELECT t.code, n.display_name, t.group_name, t.created_at, count(a.registration),"
    " max(coalesce(a.ended_at, a.started_at))"
    " FROM trainees t"
    " LEFT JOIN trainee_names n ON n.code = t.code"
    " LEFT JOIN attempts a ON a.trainee_code = t.code"
    " GROUP BY t.code ORDER BY t.code"
)


def trainee_rows(store: RecordStore) -> list[TraineeRow]:
    """Every trainee, by code, with their attempt count and last activity: one query, so a list of
    hundreds of trainees costs one read (synchronous: call it off the GUI thread)."""
    with store.reading() as conn:
        rows = conn.execute(_ROWS_SQL).fetchall()
    return [
        TraineeRow(
            code=str(r[0]),
            name=r[1],
            group=r[2] or "",
            created_at=str(r[3]),
            attempts=int(r[4]),
            last_activity=r[5],
        )
        for r in rows
    ]


def row_matches(row: TraineeRow, text: str) -> bool:
    """Whether the filter `text` (case-insensitive, surrounding spaces ignored) occurs in the row's
    code, name or group; an empty filter matches every row."""
    needle = text.strip().casefold()
    if not needle:
        return True
    return any(needle in field.casefold() for field in (row.code, row.name or "", row.group))


def clean_text(text: str) -> str:
    """`text` with runs of whitespace turned into one space and none around it (names, groups)."""
    return " ".join(text.split())


def save_trainee(
    store: RecordStore,
    code: str,
    name: str | None = None,
    *,
    group: str | None = None,
    actor: str,
    only_new: bool = False,
) -> Future[TraineeSaved]:
    """Add trainee `code` (already normalized), or change a known one's name and group, audited in
    the same write. `name` None keeps the name (a name is removed by erasing, not here); `group`
    None keeps the group, "" takes the trainee out of their group. With `only_new`, a known code is
    left unchanged (the answer then has `existed` True and no actions).

    Raises ValueError before anything is queued for a code that breaks the rule or an empty name."""
    problem = code_problem(code)
    if problem is not None:
        raise ValueError(f"{code!r} is not a trainee code: {problem}")
    new_name = None if name is None else clean_text(name)
    if new_name == "":
        raise ValueError(f"the name of {code} cannot be empty (erase the trainee to remove a name)")
    new_group = None if group is None else clean_text(group)
    at = utc_now()

    def work(conn: sqlite3.Connection) -> TraineeSaved:
        known = conn.execute(
            "SELECT n.display_name, t.group_name FROM trainees t"
            " LEFT JOIN trainee_names n ON n.code = t.code WHERE t.code = ?",
            (code,),
        ).fetchone()
        if known is not None and only_new:
            return TraineeSaved(existed=True, actions=())
        actions: list[tuple[str, dict[str, str]]] = []
        if known is None:
            conn.execute(
                "INSERT INTO trainees(code, created_at, group_name) VALUES (?, ?, ?)", (code, at, new_group or "")
            )
            detail = {"trainee": code, **({"group": new_group} if new_group else {})}
            actions.append(("trainee-added", detail))
        else:
            if new_name is not None and new_name != known[0]:
                actions.append(("trainee-renamed", {"trainee": code}))
            if new_group is not None and new_group != (known[1] or ""):
                conn.execute("UPDATE trainees SET group_name = ? WHERE code = ?", (new_group, code))
                actions.append(("trainee-regrouped", {"trainee": code, "group": new_group}))
        if new_name is not None and (known is None or new_name != known[0]):
            conn.execute("INSERT OR REPLACE INTO trainee_names(code, display_name) VALUES (?, ?)", (code, new_name))
        for action, detail in actions:
            append_audit_row(conn, at, actor, action, json.dumps(detail, sort_keys=True, ensure_ascii=False))
        return TraineeSaved(existed=known is not None, actions=tuple(a for a, _ in actions))

    return store.write(work)
