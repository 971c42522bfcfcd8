"""The instructor lock: leaving the kiosk or changing settings needs the instructor PIN.

Threads. Checking a PIN costs one scrypt hash (about 0.45 s), so `submit` and `set_first_pin` hand
the work to the injected executor; the GUI thread never hashes and never waits. The worker puts a plain
tuple in a `queue.SimpleQueue`; its callback holds the queue and the store only, never this QObject,
so no Qt object is touched, kept alive or freed on a worker thread. A GUI-thread QTimer drains the
queue while work is out (it is stopped otherwise). Only the latest piece of work counts: each has a
serial; `cancel()` drops the answer that is out.

Audit. Every try and every change is reported through the injected `audit(action, detail)` callback,
on the GUI thread (the lead wires it to `RecordStore.append_audit("instructor", action, detail)`):

- "unlock" {"purpose"}
- "unlock-failed" {"purpose", "tries_left", "reason"}, reason "wrong", "locked", "damaged" or "not-set"
- "locked-out" {"until"} (ISO 8601, UTC), when a wrong PIN starts a lockout
- "pin-set" {} (the first PIN, from the first-run screen)

An audit callback that raises is logged and otherwise ignored: the lock must keep working.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.pin_rules import pin_problem_kind
from kiosk.services.pin import PinStore, PinVerdict, Verdict

__all__ = ["FirstPinRefusal", "InstructorLock", "Purpose"]

log = logging.getLogger(__name__)

POLL_MS = 15
"""How often the answer queue is drained while a check is out."""

Audit = Callable[[str, Mapping[str, Any]], object]


class Purpose(StrEnum):
    """What the PIN is asked for (any text works; these are the ones the kiosk uses)."""

    LEAVE = "leave"
    SETTINGS = "settings"


class FirstPinRefusal(StrEnum):
    """Why `set_first_pin` refused, besides a kiosk.core.pin_rules.PinProblem value."""

    MISMATCH = "mismatch"  # the two PINs differ
    ALREADY_SET = "already-set"  # a PIN (or a damaged PIN file) is there: only the shell may replace it
    FAILED = "failed"  # the file could not be written
    BUSY = "busy"  # a check or a save is out


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


_Job = tuple[int, str, object, str | None]
"""(serial, kind "verify" | "peek" | "set", the result, error text or None)."""


class InstructorLock(QObject):
    """`InstructorLock(store, executor, audit, parent=None)`.

    Signals (all on the GUI thread):
    - pin_requested(str purpose): `request` was called; show the PIN screen;
    - checking_changed(bool): a PIN is being checked or saved (the screen says "Checking…");
    - unlocked(str purpose): the right PIN for that purpose;
    - refused(object PinVerdict): WRONG (tries_left), LOCKED (seconds_left, or inf with `problem`),
      NOT_SET; also when the check itself failed (LOCKED with `problem`);
    - locked_out(float until): this wrong PIN started a lockout (epoch seconds), after `refused`;
    - locked(object PinVerdict): after `request`, the PIN cannot be tried now (locked or damaged),
      so the screen can show the countdown before anyone types;
    - pin_set(): the first PIN is stored;
    - first_pin_refused(str reason): a PinProblem value or a FirstPinRefusal value;
    - cancelled(str purpose): `cancel()` was called with a request open.
    """

    pin_requested = Signal(str)
    checking_changed = Signal(bool)
    unlocked = Signal(str)
    refused = Signal(object)
    locked_out = Signal(float)
    locked = Signal(object)
    pin_set = Signal()
    first_pin_refused = Signal(str)
    cancelled = Signal(str)

    def __init__(
        self,
        store: PinStore,
        executor: concurrent.futures.Executor,
        audit: Audit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._executor = executor
        self._audit = audit
        self._purpose = ""
        self._serial = 0
        self._pending: int | None = None
        self._pending_kind = ""  # "peek", "verify" or "set"
        self._answers: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    # ------------------------------------------------------------------------------ state
    @property
    def needs_first_pin(self) -> bool:
        """No PIN file yet: show the first-run screen. (One `stat` of a small local file; a damaged
        file counts as set, so it never opens the first-run screen.)"""
        return not self._store.is_set()

    @property
    def purpose(self) -> str:
        """What the open request is for ("" when none is open)."""
        return self._purpose

    @property
    def checking(self) -> bool:
        """A PIN is being checked or saved (not: the quick look at the lock after `request`)."""
        return self._pending is not None and self._pending_kind != "peek"

    # ------------------------------------------------------------------------------ actions
    def request(self, purpose: str) -> None:
        """Ask for the PIN for `purpose` ("leave", "settings"): emits `pin_requested`, and looks
        (off-thread, no hashing) whether the PIN is locked; if so, `locked` follows."""
        self._purpose = purpose
        self.pin_requested.emit(purpose)
        if not self.checking:  # a PIN check or a first PIN being saved is out: its answer must come
            self._start("peek", self._store.lock_state)

    def submit(self, pin: str) -> bool:
        """Check `pin` for the open request's purpose. False (nothing done) while a check is out."""
        if self.checking:
            return False
        store = self._store  # the work below sees the store, never `self`
        self._start("verify", lambda: store.verify(pin))
        return True

    def set_first_pin(self, pin: str, confirm: str) -> bool:
        """Store the first PIN (first-run screen). Refused at once, by `first_pin_refused`, when it
        breaks the rule or the two differ; a PIN that is there already is never replaced here. True
        when the save was started (`pin_set` or `first_pin_refused` follows)."""
        problem = pin_problem_kind(pin)
        if problem is not None:
            self.first_pin_refused.emit(problem.value)
            return False
        if pin != confirm:
            self.first_pin_refused.emit(FirstPinRefusal.MISMATCH.value)
            return False
        if self.checking:
            self.first_pin_refused.emit(FirstPinRefusal.BUSY.value)
            return False
        store = self._store

        def save() -> str | None:
            try:
                store.set_pin(pin, only_if_unset=True)
            except FileExistsError:
                return FirstPinRefusal.ALREADY_SET.value
            return None

        self._start("set", save)
        return True

    def cancel(self) -> None:
        """Close the open request (the Cancel button) and drop any answer that is out."""
        purpose, self._purpose = self._purpose, ""
        self._serial += 1
        self._set_pending(None)
        if purpose:
            self.cancelled.emit(purpose)

    def shutdown(self) -> None:
        """Stop the timer (on the GUI thread, before the model goes). Answers still out are dropped."""
        self._serial += 1
        self._set_pending(None)
        self._timer.stop()

    # ------------------------------------------------------------------------------ work
    def _start(self, kind: str, work: Callable[[], object]) -> None:
        self._serial += 1
        serial = self._serial
        answers = self._answers  # the callback below sees the queue, never `self`

        def done(future: concurrent.futures.Future[object]) -> None:  # on the worker thread
            if future.cancelled():
                answers.put((serial, kind, None, "cancelled"))
                return
            exc = future.exception()
            if exc is not None:
                answers.put((serial, kind, None, f"{type(exc).__name__}: {exc}"))
            else:
                answers.put((serial, kind, future.result(), None))

        try:
            future = self._executor.submit(work)
        except RuntimeError as exc:  # the executor was shut down
            self._answers.put((serial, kind, None, f"not started: {exc}"))
        else:
            future.add_done_callback(done)
        self._set_pending(serial, kind)
        self._timer.start()

    def _set_pending(self, serial: int | None, kind: str = "") -> None:
        was_checking = self.checking
        self._pending = serial
        self._pending_kind = kind if serial is not None else ""
        now_checking = self.checking
        if was_checking != now_checking:
            self.checking_changed.emit(now_checking)

    def _drain(self) -> None:
        while True:
            try:
                serial, kind, result, error = self._answers.get_nowait()
            except queue.Empty:
                break
            if serial != self._pending:
                continue  # cancelled, or overtaken by a later submit
            self._set_pending(None)
            if kind == "peek":
                self._on_peek(result, error)
            elif kind == "verify":
                self._on_verdict(result, error)
            else:
                self._on_saved(result, error)
        if self._pending is None:
            self._timer.stop()

    def _report(self, action: str, detail: Mapping[str, Any]) -> None:
        try:
            self._audit(action, dict(detail))
        except Exception:
            log.exception("the audit log did not take %s %s", action, detail)

    def _on_peek(self, result: object, error: str | None) -> None:
        if error is not None:
            log.warning("could not look at the PIN lock: %s", error)
            return
        if isinstance(result, PinVerdict) and result.kind is Verdict.LOCKED:
            self.locked.emit(result)

    def _on_verdict(self, result: object, error: str | None) -> None:
        purpose = self._purpose
        if error is not None or not isinstance(result, PinVerdict):
            log.error("the PIN could not be checked: %s", error)
            verdict = PinVerdict(Verdict.LOCKED, seconds_left=float("inf"), problem=f"the PIN check failed: {error}")
        else:
            verdict = result
        if verdict.kind is Verdict.OK:
            self._purpose = ""
            self._report("unlock", {"purpose": purpose})
            self.unlocked.emit(purpose)
            return
        if verdict.kind is Verdict.WRONG:
            reason = "wrong"
        elif verdict.kind is Verdict.NOT_SET:
            reason = "not-set"
        elif verdict.problem is not None:
            reason = "damaged"
        else:
            reason = "wrong" if verdict.new_lockout else "locked"
        self._report("unlock-failed", {"purpose": purpose, "tries_left": verdict.tries_left, "reason": reason})
        if verdict.new_lockout and verdict.locked_until is not None:
            self._report("locked-out", {"until": _iso(verdict.locked_until)})
        self.refused.emit(verdict)
        if verdict.new_lockout and verdict.locked_until is not None:
            self.locked_out.emit(verdict.locked_until)

    def _on_saved(self, result: object, error: str | None) -> None:
        if error is not None:
            log.error("the first instructor PIN could not be saved: %s", error)
            self.first_pin_refused.emit(FirstPinRefusal.FAILED.value)
        elif result is not None:
            self.first_pin_refused.emit(str(result))
        else:
            self._report("pin-set", {})
            self.pin_set.emit()
