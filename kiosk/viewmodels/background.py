"""BackgroundJobs: blocking work (the records file, PDF writing, a USB stick) off the GUI thread.

`run(work, done, failed)` sends `work` to the injected executor; its result, or its exception in words,
comes back through a thread-safe inbox that a GUI-thread timer drains, and `done(result)` or
`failed(message)` is then called on the GUI thread. The timer runs only while a job is out.

`work` must hold no Qt object (the executor thread drops the last reference to it) and must not touch
widgets. With a `key`, only the latest job of that key is answered: a screen that reloads while an
older load is out never shows the older answer after the newer one.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import queue
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, QTimer

__all__ = ["BackgroundJobs"]

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_MS = 25
"""How often the inbox is looked at while a job is out."""


class _Answer(NamedTuple):
    serial: int
    ok: bool
    value: Any  # the result, or the error in words


class BackgroundJobs(QObject):
    """Runs blocking jobs on an executor and answers on the GUI thread (see the module docstring)."""

    def __init__(self, executor: concurrent.futures.Executor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self._inbox: queue.SimpleQueue[_Answer] = queue.SimpleQueue()
        self._serials = itertools.count(1)
        self._waiting: dict[int, tuple[str | None, Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._latest: dict[str, int] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer)
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a job is out (answered or not yet)."""
        return bool(self._waiting)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Run `work()` off the GUI thread, then `done(result)` or `failed(message)` on it. A failure
        without `failed` is logged. With `key`, an older job of the same key is no longer answered."""
        if self._closed:
            return
        serial = next(self._serials)
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                self._waiting.pop(older, None)
            self._latest[key] = serial
        self._waiting[serial] = (key, done, failed)
        inbox = self._inbox

        def job() -> None:  # the executor's thread: plain values into the inbox only
            try:
                inbox.put(_Answer(serial, True, work()))
            except Exception as exc:
                log.exception("a background job failed")
                inbox.put(_Answer(serial, False, str(exc) or type(exc).__name__))

        try:
            self._executor.submit(job)
        except RuntimeError as exc:  # the executor is shut down: the kiosk is closing
            self._waiting.pop(serial, None)
            log.debug("background job not run: %s", exc)
            return
        if not self._timer.isActive():
            self._timer.start()

    def close(self) -> None:
        """Answer nothing more (the screen is going away); jobs already out finish unanswered."""
        self._closed = True
        self._waiting.clear()
        self._timer.stop()

    def _on_timer(self) -> None:
        while True:
            try:
                answer = self._inbox.get_nowait()
            except queue.Empty:
                break
            entry = self._waiting.pop(answer.serial, None)
            if entry is None:
                continue  # superseded by a newer job of its key, or closed
            key, done, failed = entry
            if key is not None and self._latest.get(key) == answer.serial:
                del self._latest[key]
            if answer.ok:
                done(answer.value)
            elif failed is not None:
                failed(answer.value)
        if not self._waiting:
            self._timer.stop()
