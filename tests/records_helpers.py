"""Builders of real records stores for tests: attempts recorded through the store's own API."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.core.labs.xapi import Actor, Statement, activity_id
from kiosk.services.records import AttemptEnd, AttemptFields, RecordStore

T = 10.0
DAY1 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
DAY2 = datetime(2025, 3, 20, 14, 0, tzinfo=UTC)
SPEED = "speed-and-cycle-time"
SAFETY = "safety-zones"


def fields(code: str, module: str, started: datetime, site: str = "drachten") -> AttemptFields:
    return AttemptFields(
        trainee_code=code,
        module_id=module,
        module_version=3,
        site=site,
        cell="demo",
        simulated=True,
        language="en",
        started_at=started.isoformat(timespec="milliseconds"),
    )


def statement(
    registration: str, code: str, module: str, verb: str, at: datetime, site: str = "drachten"
) -> dict[str, Any]:
    return Statement(
        id=str(uuid.uuid4()),
        actor=Actor(code),
        verb=verb,
        object_id=activity_id(module),
        object_type="module",
        object_name={"en": module},
        timestamp=at,
        registration=registration,
        language="en",
        site=site,
        cell="demo",
    ).to_dict()


def record(
    store: RecordStore, code: str, module: str, started: datetime, end: AttemptEnd | None, site: str = "drachten"
) -> list[dict[str, Any]]:
    """One attempt: an `attempted` statement and, with `end`, a closing statement; returns them."""
    reg = str(uuid.uuid4())
    f = fields(code, module, started, site)
    first = statement(reg, code, module, "attempted", started, site)
    store.record_statement(first, f).result(timeout=T)
    if end is None:
        return [first]
    verb = end.outcome if end.outcome in ("passed", "failed") else "completed"
    last = statement(reg, code, module, verb, started + timedelta(minutes=12), site)
    store.record_statement(last, f, end).result(timeout=T)
    return [first, last]


def ended(started: datetime, outcome: str, raw: float | None = None) -> AttemptEnd:
    at = (started + timedelta(minutes=12)).isoformat(timespec="milliseconds")
    if raw is None:
        return AttemptEnd(ended_at=at, outcome=outcome)
    return AttemptEnd(ended_at=at, outcome=outcome, score_raw=raw, score_max=10.0, scaled=raw / 10.0)
