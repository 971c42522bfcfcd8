"""SampleRecorder: an attempt's process values, kept for the replay screen.

What is kept, per tag: a value when it changed (value or quality) and at least `heartbeat_s` after the
last one kept (so a flat stretch is still data, not a gap), and never more than `max_rate_hz` a second.
Rows are collected in memory and written as one batch per `flush()` (the runner flushes about once a
second): one transaction, one fsync, instead of one per value.

Called on the GUI thread; `flush()` only enqueues (the store's writer thread writes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from concurrent.futures import Future
from typing import Any

from kiosk.services.records.store import RecordStore, SampleRow, StoreError

__all__ = ["MAX_BACKLOG_ROWS", "SampleRecorder"]

MAX_BACKLOG_ROWS = 50_000
"""Rows kept in memory while the store cannot write (disk full): about 40 min of 10 busy tags at 2 Hz.
Beyond that the oldest unsaved rows are dropped: samples illustrate the replay, the statements are the
evidence and are never dropped."""


class SampleRecorder:
    """`observe(registration, t, values)` on every tick; `flush()` now and then; `close()` at the end."""

    def __init__(self, store: RecordStore, *, max_rate_hz: float = 10.0, heartbeat_s: float = 5.0) -> None:
        if max_rate_hz <= 0 or heartbeat_s <= 0:
            raise ValueError("max_rate_hz and heartbeat_s must be positive")
        self._store = store
        self._min_gap = 1.0 / max_rate_hz
        self._heartbeat = heartbeat_s
        self._last: dict[tuple[str, str], tuple[float, Any, str]] = {}  # (registration, alias) -> t, value, quality
        self._rows: list[SampleRow] = []
        self._out: list[tuple[list[SampleRow], Future[Any]]] = []
        self.dropped = 0  # rows given up because the backlog was full

    def observe(self, registration: str, t: float, values: Iterable[tuple[str, Any, str]]) -> int:
        """Offer the values of one moment (`t`: Unix seconds); returns how many were kept."""
        kept = 0
        for alias, value, quality in values:
            key = (registration, alias)
            last = self._last.get(key)
            if last is not None:
                last_t, last_value, last_quality = last
                if t - last_t < self._min_gap - 1e-6:
                    continue
                if _same(value, last_value) and quality == last_quality and t - last_t < self._heartbeat:
                    continue
            self._last[key] = (t, value, quality)
            self._rows.append(_row(registration, alias, t, value, quality))
            kept += 1
        return kept

    def flush(self, *, retry_failed: bool = True) -> int:
        """Write the rows collected so far, and with `retry_failed` again every batch that failed (the
        oldest are given up first when the backlog is over MAX_BACKLOG_ROWS); returns the rows sent."""
        self._out = [(rows, f) for rows, f in self._out if not (f.done() and f.exception() is None)]
        if self._rows:
            rows, self._rows = self._rows, []
            self._out.append((rows, self._submit(rows)))
            sent = len(rows)
        else:
            sent = 0
        self._trim()
        if retry_failed:
            again: list[tuple[list[SampleRow], Future[Any]]] = []
            for rows, future in self._out:
                if future.done() and future.exception() is not None:
                    future = self._submit(rows)
                    sent += len(rows)
                again.append((rows, future))
            self._out = again
        return sent

    def forget(self, registration: str) -> None:
        """The attempt ended: drop what is remembered of its last values (its rows are still written)."""
        for key in [k for k in self._last if k[0] == registration]:
            del self._last[key]

    @property
    def failed(self) -> bool:
        """Some rows could not be written (yet)."""
        return any(f.done() and f.exception() is not None for _, f in self._out)

    @property
    def pending_rows(self) -> int:
        return len(self._rows) + sum(len(rows) for rows, f in self._out if not (f.done() and f.exception() is None))

    def _submit(self, rows: list[SampleRow]) -> Future[Any]:
        try:
            return self._store.add_samples(rows)
        except StoreError as exc:
            future: Future[Any] = Future()
            future.set_exception(exc)
            return future

    def _trim(self) -> None:
        """Give up the oldest failed batches while the rows kept exceed MAX_BACKLOG_ROWS."""
        excess = self.pending_rows - MAX_BACKLOG_ROWS
        kept: list[tuple[list[SampleRow], Future[Any]]] = []
        for rows, future in self._out:
            if excess > 0 and future.done() and future.exception() is not None:
                excess -= len(rows)
                self.dropped += len(rows)
                continue
            kept.append((rows, future))
        self._out = kept


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


def _row(registration: str, alias: str, t: float, value: Any, quality: str) -> SampleRow:
    if isinstance(value, bool):
        return SampleRow(registration, alias, t, 1.0 if value else 0.0, None, quality)
    if isinstance(value, int | float):
        number = float(value)
        return SampleRow(registration, alias, t, number if math.isfinite(number) else None, None, quality)
    if value is None:
        return SampleRow(registration, alias, t, None, None, quality)
    return SampleRow(registration, alias, t, None, str(value), quality)
