"""The replay of one recorded attempt, for the debrief: loads it off the GUI thread.

`load(registration)` sends the three store reads and `build_timeline` to the injected executor (the
app's records-reader executor). The job sees only the reader and plain values; when it is done it
puts its plain result (or its exception text) into a thread-safe inbox, tagged with the load's
serial number. A QTimer on the GUI thread, running only while a load is out, drains the inbox and
emits the signals. So no Qt object is touched, referenced or freed on the worker thread (see
kiosk.viewmodels.lab_runner), and the GUI thread never waits on SQLite. A newer `load` makes the
result of an older one be dropped.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.labs.replay import Timeline, build_timeline
from kiosk.services.records.store import Attempt, SampleRow, StoredEvent

__all__ = ["POLL_MS", "AttemptReader", "AttemptReplayModel", "Replay", "read_replay"]

log = logging.getLogger(__name__)

POLL_MS = 30
"""How often the inbox is looked at while a load is out."""


class AttemptReader(Protocol):
    """What the replay reads (the real one is `RecordStore`). Synchronous: called on the executor."""

    def attempt(self, registration: str) -> Attempt | None: ...

    def events_for(self, registration: str) -> list[StoredEvent]: ...

    def samples_for(self, registration: str) -> list[SampleRow]: ...


@dataclass(frozen=True)
class Replay:
    """A loaded attempt: its row and its timeline."""

    attempt: Attempt
    timeline: Timeline


class NoSuchAttempt(LookupError):
    pass


def read_replay(reader: AttemptReader, registration: str) -> Replay:
    """The reads and the timeline, synchronously (what the executor runs)."""
    attempt = reader.attempt(registration)
    if attempt is None:
        raise NoSuchAttempt(f"no attempt {registration} in the records")
    events = reader.events_for(registration)
    samples = reader.samples_for(registration)
    timeline = build_timeline(
        [e.statement for e in events],
        samples,
        start=events[0].timestamp if events else attempt.started_at,
        ended_at=attempt.ended_at,
    )
    return Replay(attempt, timeline)


_Result = tuple[int, Replay | None, str]
"""(serial of the load, the replay or None, the error text or "")."""


class AttemptReplayModel(QObject):
    """One attempt at a time. After `timeline_changed`, `replay` (and `timeline`, `attempt`) hold it;
    after `load_failed(message)`, `replay` is None and `error` holds the message."""

    timeline_changed = Signal()
    load_failed = Signal(str)

    def __init__(
        self,
        reader: AttemptReader,
        executor: concurrent.futures.Executor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._executor = executor
        self._inbox: queue.SimpleQueue[_Result] = queue.SimpleQueue()
        self._serial = 0
        self._out = 0  # loads sent and not yet drained
        self._waiting = False
        self.registration: str | None = None
        self.replay: Replay | None = None
        self.error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def timeline(self) -> Timeline | None:
        return None if self.replay is None else self.replay.timeline

    @property
    def attempt(self) -> Attempt | None:
        return None if self.replay is None else self.replay.attempt

    @property
    def loading(self) -> bool:
        """A load is out whose result will be shown."""
        return self._waiting

    def load(self, registration: str) -> None:
        """Start reading `registration`; returns at once."""
        self._serial += 1
        self._waiting = True
        self.registration = registration
        serial, inbox, reader = self._serial, self._inbox, self._reader

        def job() -> _Result:
            return serial, read_replay(reader, registration), ""

        def done(future: concurrent.futures.Future[_Result]) -> None:
            # Worker (or calling) thread: plain values into the queue, nothing else.
            exc = future.exception()
            if exc is None:
                inbox.put(future.result())
            else:
                inbox.put((serial, None, str(exc) or type(exc).__name__))

        try:
            future = self._executor.submit(job)
        except RuntimeError as exc:  # the executor was shut down
            inbox.put((serial, None, str(exc) or type(exc).__name__))
        else:
            future.add_done_callback(done)
        self._out += 1
        if not self._timer.isActive():
            self._timer.start()

    def clear(self) -> None:
        """Forget the shown attempt (drops a load still out)."""
        self._serial += 1
        self._waiting = False
        self.registration = None
        self.replay = None
        self.error = ""

    def shutdown(self) -> None:
        """Stop the timer (on the GUI thread, before the app quits)."""
        self._timer.stop()

    def _drain(self) -> None:
        while True:
            try:
                serial, replay, error = self._inbox.get_nowait()
            except queue.Empty:
                break
            self._out -= 1
            if serial != self._serial:
                continue  # an older load, or one cleared
            self._waiting = False
            if replay is not None:
                self.replay, self.error = replay, ""
                self.timeline_changed.emit()
            else:
                log.warning("could not load attempt %s: %s", self.registration, error)
                self.replay, self.error = None, error
                self.load_failed.emit(error)
        if self._out <= 0:
            self._out = 0
            self._timer.stop()
