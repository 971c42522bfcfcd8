"""Attempts the kiosk stopped during (power cut, crash): offer them for resume, or close them.

An attempt has no end in the records file when the kiosk died while it ran. When its trainee signs in
again within `resume_within_s` of its last recorded event, it is offered for resume (a ResumePoint
replayed from its statements). Otherwise, or when the module is gone or has changed since, it is closed
with an `abandoned` statement that says why, keeping the score it had.

Runs on a worker thread (it reads and waits for writes): never on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.resume import NotResumable, ResumePoint, abandon_statement, resume_point
from kiosk.core.labs.xapi import Actor
from kiosk.services.records.sink import attempt_end
from kiosk.services.records.store import Attempt, AttemptFields, RecordStore

__all__ = ["Unfinished", "close_unfinished", "review_unfinished"]

log = logging.getLogger(__name__)

WRITE_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Unfinished:
    """What was found: attempts that may be resumed (newest first) and the registrations closed."""

    resumable: tuple[ResumePoint, ...]
    closed: tuple[str, ...]


def review_unfinished(
    store: RecordStore,
    module_for: Callable[[str], LabModule | None],
    *,
    now: datetime,
    resume_within_s: float,
    code: str | None = None,
) -> Unfinished:
    """Look at every open attempt (of trainee `code`, or of everyone): resumable ones are returned, the
    rest are closed as abandoned (and waited for: they are committed when this returns)."""
    resumable: list[ResumePoint] = []
    closed: list[str] = []
    for attempt in store.open_attempts(code):
        statements = [e.statement for e in store.events_for(attempt.registration)]
        module = module_for(attempt.module_id)
        point: ResumePoint | None = None
        reason = ""
        if module is None:
            reason = "the module is no longer offered"
        elif module.version != attempt.module_version:
            reason = f"the module changed since (version {attempt.module_version} -> {module.version})"
        else:
            try:
                point = resume_point(module, statements)
            except NotResumable as exc:
                reason = str(exc)
        last = point.last_event_at if point is not None else _last_timestamp(statements)
        if point is not None and last is not None and (now - last).total_seconds() > resume_within_s:
            reason = f"left unfinished for more than {round(resume_within_s / 60)} min"
        elif point is not None and module is not None and point.elapsed_s >= (module.time_limit_s or float("inf")):
            reason = "the time limit had run out when the kiosk stopped"
        if not reason and point is not None:
            resumable.append(point)
            continue
        close_unfinished(store, attempt, module, point, now, reason)
        closed.append(attempt.registration)
    resumable.sort(key=lambda p: p.last_event_at or now, reverse=True)
    return Unfinished(tuple(resumable), tuple(closed))


def close_unfinished(
    store: RecordStore,
    attempt: Attempt,
    module: LabModule | None,
    point: ResumePoint | None,
    now: datetime,
    reason: str,
) -> None:
    """Close one open attempt as abandoned with `reason`; waits for the commit. Nothing is written when
    it has been closed meanwhile (another reader thread got there first)."""
    statement = abandon_statement(
        statement_id=str(uuid.uuid4()),
        module=module,
        module_id=attempt.module_id,
        registration=attempt.registration,
        actor=Actor(attempt.trainee_code),
        at=now,
        reason=reason,
        point=point,
        language=attempt.language,
        site=attempt.site,
        cell=attempt.cell,
    )
    fields = AttemptFields(
        trainee_code=attempt.trainee_code,
        module_id=attempt.module_id,
        module_version=attempt.module_version,
        site=attempt.site,
        cell=attempt.cell,
        simulated=attempt.simulated,
        language=attempt.language,
        started_at=attempt.started_at,
    )
    if not store.record_statement(statement.to_dict(), fields, attempt_end(statement), only_if_open=True).result(
        WRITE_TIMEOUT_S
    ):
        return
    log.info("attempt %s of %s closed as abandoned: %s", attempt.registration, attempt.trainee_code, reason)


def _last_timestamp(statements: Sequence[Mapping[str, Any]]) -> datetime | None:
    times = []
    for st in statements:
        try:
            times.append(datetime.fromisoformat(str(st["timestamp"])))
        except (KeyError, ValueError):
            continue
    return max(times, default=None)
