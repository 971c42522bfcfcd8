"""The records side of the lab screens: who is signed in, what they left unfinished, and whether their
progress is saved.

Owns nothing on disk itself: the RecordStore (or, when it could not be opened, the reason) is passed in.
Reads that touch the disk run on the injected executor; their results come back through a thread-safe
inbox that a GUI-thread timer drains, so the GUI thread never waits on the disk and no Qt object is
touched on a worker thread. Writes only enqueue (the store's writer thread commits them).

The same timer watches the statements and samples written: `save_state` is SAVED only when everything
recorded is committed; a failed write (disk full) shows as FAILED and is tried again every
RETRY_EVERY_S until it goes through.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.resume import ResumePoint, module_id_of_iri
from kiosk.core.labs.session import StatementSink
from kiosk.core.labs.xapi import Statement
from kiosk.services.labs.loader import LabCatalog
from kiosk.services.records import AttemptFields, RecordStore, SaveState, StoreClosed, StoreSink, Trainee
from kiosk.services.records.samples import SampleRecorder
from kiosk.services.records.unfinished import close_unfinished, review_unfinished

__all__ = ["RESUME_WITHIN_S", "RecordsModel", "TraineeRecords"]

log = logging.getLogger(__name__)

RESUME_WITHIN_S = 2 * 3600.0
"""An attempt the kiosk stopped during can be continued this long after its last event (default)."""
POLL_MS = 200
FLUSH_EVERY_S = 1.0
RETRY_EVERY_S = 5.0
WRITE_WAIT_S = 10.0


@dataclass(frozen=True)
class TraineeRecords:
    """What the lab screens need to know of a trainee who signed in."""

    trainee: Trainee
    attempts_used: dict[str, int]  # module id -> attempts started (for max_attempts)
    unfinished: tuple[ResumePoint, ...]  # attempts to continue, newest first
    closed: int = 0  # unfinished attempts closed as abandoned just now (too old, module changed)


@dataclass(frozen=True)
class _TriesToday:
    serial: int
    count: int


class _NoSink:
    """Where statements go when there is no records file: nowhere (the screens say records are off)."""

    def record(self, statement: Statement) -> None:
        return None


class RecordsModel(QObject):
    """Signals:
    - trainee_loaded(object): a TraineeRecords, after `load_trainee`;
    - load_failed(str): the records could not be read (the reason, in English, for the log and an instructor);
    - save_state_changed(): `save_state` or `save_error` changed;
    - tries_today_changed(int): visitors' tries of a module today, after `load_tries_today`.
    """

    trainee_loaded = Signal(object)
    load_failed = Signal(str)
    save_state_changed = Signal()
    tries_today_changed = Signal(int)

    def __init__(
        self,
        store: RecordStore | None,
        catalog: LabCatalog,
        executor: Executor,
        *,
        simulated_cells: frozenset[str] = frozenset(),
        resume_within_s: float = RESUME_WITHIN_S,
        unavailable_reason: str = "",
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.resume_within_s = resume_within_s
        self.unavailable_reason = unavailable_reason if store is None else ""
        self.warnings: tuple[str, ...] = tuple(store.warnings) if store is not None else ()
        self._executor = executor
        self._simulated = simulated_cells
        self._wall = wall
        self._clock = clock
        self._inbox: queue.SimpleQueue[tuple[int, Any]] = queue.SimpleQueue()
        self._request = 0
        self._tries_serial = 0
        self._sink: StoreSink | None = StoreSink(store, self._attempt_fields) if store is not None else None
        self.recorder: SampleRecorder | None = SampleRecorder(store) if store is not None else None
        self._state = SaveState.SAVED
        self._error = ""
        self._last_flush = clock()
        self._last_retry = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()

    # ------------------------------------------------------------------------------ state
    @property
    def available(self) -> bool:
        """Whether the kiosk has a records file (it may still fail to save: see `save_state`)."""
        return self.store is not None

    @property
    def sink(self) -> StatementSink:
        """Where the lab runner sends an attempt's statements."""
        return self._sink if self._sink is not None else _NoSink()

    @property
    def save_state(self) -> SaveState:
        """As of now (`save_state_changed` follows a change within POLL_MS)."""
        return self._watch()[0]

    @property
    def save_error(self) -> str:
        """Why a write failed ("" when saved or saving)."""
        return self._watch()[1]

    def module(self, module_id: str) -> LabModule | None:
        """The available module with this id (None when it is not offered)."""
        return _available_module(self.catalog, module_id)

    # ------------------------------------------------------------------------------ reads (on the executor)
    def lookup(self) -> Callable[[str], Trainee | None]:
        """The blocking trainee lookup for the sign-in model's executor (holds no Qt object)."""
        store, reason = self.store, self.unavailable_reason or "no records file"

        def trainee(code: str) -> Trainee | None:
            if store is None:
                raise RuntimeError(reason)
            return store.trainee(code)

        return trainee

    def load_trainee(self, trainee: Trainee) -> None:
        """Find the trainee's attempt counts and unfinished attempts (closing those too old to resume);
        `trainee_loaded` follows."""
        store = self.store
        if store is None:
            return
        self._request += 1
        request, now, within = self._request, self._wall(), self.resume_within_s
        module_for = partial(_available_module, self.catalog)

        def work() -> TraineeRecords:
            found = review_unfinished(store, module_for, now=now, resume_within_s=within, code=trainee.code)
            return TraineeRecords(trainee, store.attempt_counts(trainee.code), found.resumable, len(found.closed))

        self._run(request, work)

    def review_all(self) -> None:
        """At start-up: close every unfinished attempt that is too old to resume (any trainee)."""
        store = self.store
        if store is None:
            return
        now, within = self._wall(), self.resume_within_s
        module_for = partial(_available_module, self.catalog)
        self._run(0, lambda: review_unfinished(store, module_for, now=now, resume_within_s=within))

    def give_up_unfinished(self, point: ResumePoint, trainee: Trainee) -> None:
        """The trainee chose not to continue an unfinished attempt: close it as abandoned (they may
        start the module afresh)."""
        store = self.store
        if store is None:
            return
        now = self._wall()
        module = self.module(point.module_id)

        def work() -> None:
            attempt = store.attempt(point.attempt_id)
            if attempt is not None and attempt.ended_at is None and attempt.trainee_code == trainee.code:
                close_unfinished(store, attempt, module, point, now, "not continued by the trainee")

        self._run(0, work)

    def load_tries_today(self, module_id: str) -> None:
        """Count today's visitors' tries of `module_id` (the showcase's "N visitors tried it today")."""
        store = self.store
        if store is None:
            return
        day = self._wall().astimezone().date().isoformat()
        self._tries_serial += 1
        serial = self._tries_serial  # two reader threads: an older count may come back last

        def work() -> _TriesToday:
            store.barrier().result(WRITE_WAIT_S)  # the try that just ended is counted first
            return _TriesToday(serial, store.anonymous_tries(day).get(module_id, (0, 0))[0])

        self._run(0, work)

    def forget_trainee(self) -> None:
        """Sign-out: a late answer of an earlier load is dropped."""
        self._request += 1

    def _run(self, request: int, work: Callable[[], Any]) -> None:
        """Run `work` on the executor; its result (or exception) comes back through the inbox. `work`
        must hold no Qt object: the last reference to it is dropped on the executor's thread."""
        inbox = self._inbox

        def job() -> None:  # executor thread: plain values into the inbox only
            try:
                inbox.put((request, work()))
            except StoreClosed:
                log.debug("records closed before a read: the kiosk is closing")
            except Exception as exc:
                log.exception("reading the records failed")
                inbox.put((request, exc))

        self._executor.submit(job)

    # ------------------------------------------------------------------------------ the timer
    def _on_timer(self) -> None:
        while True:
            try:
                request, result = self._inbox.get_nowait()
            except queue.Empty:
                break
            if isinstance(result, Exception):
                # Only the current trainee's load is news for the screens; a failed review or close
                # (request 0) or a signed-out trainee's load is only logged (in `job`).
                if request != 0 and request == self._request:
                    self.load_failed.emit(str(result))
            elif isinstance(result, TraineeRecords) and request == self._request:
                self.trainee_loaded.emit(result)
            elif isinstance(result, _TriesToday) and result.serial == self._tries_serial:
                self.tries_today_changed.emit(result.count)
        now = self._clock()
        state, error = self._watch()
        retry = state is SaveState.FAILED and now - self._last_retry >= RETRY_EVERY_S
        if retry:
            self._last_retry = now
            if self._sink is not None:
                self._sink.retry()
        if self.recorder is not None and (retry or now - self._last_flush >= FLUSH_EVERY_S):
            self._last_flush = now
            self.recorder.flush(retry_failed=retry)
        if (state, error) != (self._state, self._error):
            if state is SaveState.FAILED and self._state is not SaveState.FAILED:
                log.error("progress could not be saved: %s", error)
            self._state, self._error = state, error
            self.save_state_changed.emit()

    def _watch(self) -> tuple[SaveState, str]:
        if self._sink is None:
            return SaveState.SAVED, ""
        state = self._sink.state
        if state is SaveState.FAILED:
            return state, self._sink.error
        if self.recorder is not None and self.recorder.failed:
            return SaveState.FAILED, "process values could not be saved"
        return state, ""

    def flush(self) -> None:
        """Write what is collected now (samples) and try failed statements again."""
        if self.recorder is not None:
            self.recorder.flush(retry_failed=True)
        if self._sink is not None:
            self._sink.retry()

    def close(self, timeout_s: float = 5.0) -> None:
        """The kiosk is closing: write what is left, wait up to `timeout_s`, close the file."""
        self._timer.stop()
        self.flush()
        if self._sink is not None:
            self._sink.flush(timeout_s)
            if self._sink.state is not SaveState.SAVED:
                log.error("closing with statements not saved (%s): %s", self._sink.state, self._sink.error)
        if self.store is not None:
            self.store.close()

    # ------------------------------------------------------------------------------ internals
    def _attempt_fields(self, statement: Statement) -> AttemptFields:
        module_id = module_id_of_iri(statement.parent_id or statement.object_id) or "unknown"
        module = self.module(module_id)
        return AttemptFields(
            trainee_code=statement.actor.code,
            module_id=module_id,
            module_version=module.version if module is not None else 0,
            site=statement.site,
            cell=statement.cell,
            simulated=statement.cell in self._simulated,
            language=statement.language,
        )


def _available_module(catalog: LabCatalog, module_id: str) -> LabModule | None:
    entry = catalog.get(module_id)
    return entry.module if entry is not None and entry.available else None
