"""Waiving a step of a finished attempt (the instructor's decision), stored and audited in one go.

One write transaction: the step's `waived` statement goes into `events` (and so to the LRS outbox
while forwarding is on), the reason into `waivers`, the attempt's outcome and score are worked out
again (`kiosk.core.labs.waiver.rescore`) and updated when they change, and an audit row names the
attempt, the step and the outcome before and after. The reason stays out of the audit row: it is free
text an instructor types, may name a person, and the audit log cannot be erased.
"""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.waiver import WaiverError, rescore, waiver_statement
from kiosk.services.records.store import RecordStore, append_audit_row, utc_now

__all__ = ["Waiver", "WaiverError", "WaiverResult", "waive_step", "waivers_for"]


@dataclass(frozen=True)
class Waiver:
    registration: str
    step_id: str
    reason: str
    waived_by: str
    waived_at: str


@dataclass(frozen=True)
class WaiverResult:
    """What a waiver changed."""

    step_id: str
    outcome_before: str
    outcome_after: str
    scaled_after: float | None

    @property
    def outcome_changed(self) -> bool:
        return self.outcome_before != self.outcome_after


def waive_step(
    store: RecordStore,
    module: LabModule,
    registration: str,
    step_index: int,
    reason: str,
    *,
    actor: str,
) -> Future[WaiverResult]:
    """Waive step `step_index` of the ended attempt `registration` of `module`; resolves after COMMIT.
    Fails (StoreError carrying the WaiverError's words) for an unknown or unfinished attempt, another
    module's attempt, a step passed or waived already, or an empty reason; then nothing is written."""

    def work(conn: sqlite3.Connection) -> WaiverResult:
        row = conn.execute(
            "SELECT module_id, trainee_code, ended_at, outcome FROM attempts WHERE registration = ?", (registration,)
        ).fetchone()
        if row is None:
            raise WaiverError(f"there is no attempt {registration}")
        module_id, trainee, ended_at, outcome = row
        if module_id != module.id:
            raise WaiverError(f"attempt {registration} is of module {module_id}, not {module.id}")
        if ended_at is None:
            raise WaiverError("the attempt has not ended: a step can be waived once it has")
        statements = [
            json.loads(r[0])
            for r in conn.execute(
                "SELECT statement_json FROM events WHERE registration = ? ORDER BY timestamp, rowid", (registration,)
            )
        ]
        statement = waiver_statement(
            module, statements, step_index, by=actor, reason=reason, at=datetime.fromisoformat(ended_at)
        )
        step_id = module.step_id(step_index)
        now = utc_now()
        conn.execute(
            "INSERT INTO events(id, registration, verb, object_id, timestamp, statement_json)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                statement["id"],
                registration,
                statement["verb"]["id"],
                statement["object"]["id"],
                statement["timestamp"],
                json.dumps(statement, sort_keys=True, ensure_ascii=False),
            ),
        )
        conn.execute(
            "INSERT INTO waivers(registration, step_id, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?)",
            (registration, step_id, reason.strip(), actor, now),
        )
        after = rescore(module, [*statements, statement], outcome or "")
        conn.execute(
            "UPDATE attempts SET outcome = ?, score_raw = ?, score_max = ?, scaled = ? WHERE registration = ?",
            (after.outcome or outcome, after.raw, after.top, after.scaled, registration),
        )
        detail = {
            "attempt": registration,
            "trainee": trainee,
            "module": module.id,
            "step": step_id,
            "outcome_before": outcome,
            "outcome_after": after.outcome,
        }
        append_audit_row(conn, now, actor, "waive-step", json.dumps(detail))
        return WaiverResult(step_id, outcome or "", after.outcome, after.scaled)

    return store.write(work)


def waivers_for(store: RecordStore, registration: str) -> list[Waiver]:
    """The waivers of one attempt, oldest first (any thread)."""
    with store.reading() as conn:
        rows = conn.execute(
            "SELECT registration, step_id, reason, waived_by, waived_at FROM waivers WHERE registration = ?"
            " ORDER BY waived_at, step_id",
            (registration,),
        ).fetchall()
    return [Waiver(*r) for r in rows]
