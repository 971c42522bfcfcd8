"""StoreSink: the LabSession's StatementSink that writes to the records store.

`record()` never blocks on the disk: it enqueues and keeps the Future. A screen shows an event as saved
only when its Future is done without an exception (`last_future`, `pending`, `saved`)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from typing import Any

from kiosk.core.labs.xapi import Statement
from kiosk.services.records.store import AttemptEnd, AttemptFields, RecordStore, StoreError

__all__ = ["FINAL_VERBS", "StoreSink", "attempt_end"]

FINAL_VERBS = frozenset({"passed", "failed", "completed", "abandoned", "waived"})
"""Verbs that end an attempt when their object is the module."""


def attempt_end(statement: Statement) -> AttemptEnd | None:
    """The attempt's end, outcome and score when `statement` is the module's final outcome, else None."""
    if statement.verb not in FINAL_VERBS or statement.object_type != "module":
        return None
    score = statement.result.get("score") or {}
    return AttemptEnd(
        ended_at=statement.timestamp.isoformat(timespec="milliseconds"),
        outcome=statement.verb,
        score_raw=score.get("raw"),
        score_max=score.get("max"),
        scaled=score.get("scaled"),
    )


class StoreSink:
    """`StoreSink(store, fields)`: `fields(statement)` gives the attempt's fields (used by the first
    statement of each registration)."""

    def __init__(self, store: RecordStore, attempt_fields_provider: Callable[[Statement], AttemptFields]) -> None:
        self._store = store
        self._fields = attempt_fields_provider
        self._pending: list[Future[Any]] = []
        self.last_future: Future[Any] | None = None

    def record(self, statement: Statement) -> None:
        try:
            future: Future[Any] = self._store.record_statement(
                statement.to_dict(), self._fields(statement), attempt_end(statement)
            )
        except StoreError as exc:  # closed: the session goes on, the screen shows "not saved"
            future = Future()
            future.set_exception(exc)
        self.last_future = future
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(future)

    @property
    def pending(self) -> tuple[Future[Any], ...]:
        """The futures not yet done (not yet committed, or failed just now)."""
        return tuple(f for f in self._pending if not f.done())

    @property
    def saved(self) -> bool:
        """True when the last statement is committed (nothing recorded yet counts as saved)."""
        f = self.last_future
        return f is None or (f.done() and f.exception() is None)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait for every pending write; True when all are done."""
        not_done = wait(list(self._pending), timeout=timeout).not_done
        return not not_done
