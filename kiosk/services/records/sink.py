"""StoreSink: the LabSession's StatementSink that writes to the records store.

`record()` never blocks on the disk: it enqueues and keeps the Future. A screen shows an event as saved
only when its Future is done without an exception (`last_future`, `pending`, `saved`)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from enum import StrEnum
from typing import Any

from kiosk.core.labs.xapi import Statement
from kiosk.services.records.store import AttemptEnd, AttemptFields, RecordStore, StoreError

__all__ = ["FINAL_VERBS", "SaveState", "StoreSink", "attempt_end"]

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


class SaveState(StrEnum):
    """How the statements recorded so far stand in the records file."""

    SAVED = "saved"  # every statement committed (or nothing recorded yet)
    SAVING = "saving"  # some not committed yet, none failed
    FAILED = "failed"  # some could not be saved (disk full, file gone ...); they are tried again


class StoreSink:
    """`StoreSink(store, fields)`: `fields(statement)` gives the attempt's fields (used by the first
    statement of each registration).

    A statement whose write fails (disk full) is kept in memory and sent again with the next statement
    and on `retry()`, in its original order; the store ignores an id it already has, so sending twice
    is harmless. `state` says whether everything recorded is committed."""

    def __init__(self, store: RecordStore, attempt_fields_provider: Callable[[Statement], AttemptFields]) -> None:
        self._store = store
        self._fields = attempt_fields_provider
        self._out: list[tuple[Statement, Future[Any]]] = []  # not yet known to be committed
        self.last_future: Future[Any] | None = None
        self.last_error: str = ""

    def record(self, statement: Statement) -> None:
        self.retry()
        self._out.append((statement, self._submit(statement)))

    def retry(self) -> int:
        """Send again every statement whose write failed; returns how many."""
        again = 0
        kept: list[tuple[Statement, Future[Any]]] = []
        for statement, future in self._out:
            if future.done() and future.exception() is None:
                continue  # committed: forget it
            if future.done():
                self.last_error = str(future.exception())
                future = self._submit(statement)
                again += 1
            kept.append((statement, future))
        self._out = kept
        return again

    def _submit(self, statement: Statement) -> Future[Any]:
        try:
            future: Future[Any] = self._store.record_statement(
                statement.to_dict(), self._fields(statement), attempt_end(statement)
            )
        except StoreError as exc:  # closed: the session goes on, the screen shows "not saved"
            future = Future()
            future.set_exception(exc)
        self.last_future = future
        return future

    @property
    def state(self) -> SaveState:
        futures = [f for _, f in self._out]
        if any(f.done() and f.exception() is not None for f in futures):
            return SaveState.FAILED
        if any(not f.done() for f in futures):
            return SaveState.SAVING
        return SaveState.SAVED

    @property
    def error(self) -> str:
        """Why the first failed statement could not be saved ("" when none failed)."""
        for _, f in self._out:
            if f.done() and f.exception() is not None:
                return str(f.exception())
        return ""

    @property
    def pending(self) -> tuple[Future[Any], ...]:
        """The futures not yet done (not yet committed)."""
        return tuple(f for _, f in self._out if not f.done())

    @property
    def saved(self) -> bool:
        """True when every statement recorded is committed (nothing recorded yet counts as saved)."""
        return self.state is SaveState.SAVED

    def flush(self, timeout: float | None = None) -> bool:
        """Wait for every pending write; True when all are done (committed or failed)."""
        not_done = wait([f for _, f in self._out], timeout=timeout).not_done
        return not not_done
