"""Sign-in: a typed or scanned trainee code becomes the current trainee, without the GUI thread
ever waiting on the disk.

Threads. `submit` runs on the GUI thread: it normalizes and checks the code (kiosk.core.trainee_code)
and hands the lookup to the injected executor. The worker thread runs the lookup and puts a plain
tuple (serial, code, Trainee or None, error text or None) in a `queue.SimpleQueue`; its callback
holds a reference to the queue only, never to this QObject, so no Qt object is touched, kept alive
or freed on a worker thread. A QTimer on the GUI thread drains the queue while a lookup is out.

Only the latest `submit` counts: each has a serial, and an answer for an older serial is dropped
(a slow answer for the code typed before must not sign in the wrong person). `cancel()` and
`sign_out()` drop the answer that is out, too. A lookup that raises, or does not answer within
`timeout_s`, refuses the sign-in as "unavailable". Nothing is ever written here: an unknown code
leaves the records untouched.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.trainee_code import code_problem, normalize_code
from kiosk.services.records import Trainee

log = logging.getLogger(__name__)

POLL_MS = 15
"""How often the answer queue is drained while a lookup is out (the timer is off otherwise)."""

LOOKUP_TIMEOUT_S = 10.0
"""A lookup that has not answered by then is given up ("unavailable"); its late answer is dropped."""

Lookup = Callable[[str], Trainee | None]

_Answer = tuple[int, str, Trainee | None, str | None]
"""(serial of the submit, code, the trainee or None when unknown, error text or None)."""


class Refusal(StrEnum):
    """Why a sign-in was refused (the payload of `sign_in_refused`)."""

    INVALID = "invalid"  # the code breaks the rule; nothing was looked up
    UNKNOWN = "unknown"  # a well-formed code that no trainee has
    UNAVAILABLE = "unavailable"  # the lookup raised or did not answer in time


class SignInModel(QObject):
    """Who is signed in at the kiosk.

    `SignInModel(lookup, executor, *, timeout_s=LOOKUP_TIMEOUT_S, clock=time.monotonic, parent=None)`:
    `lookup` is `RecordStore.trainee` (any callable code -> Trainee | None, run on `executor`).

    Signals (all emitted on the GUI thread):
    - signed_in(Trainee): the latest submitted code belongs to a trainee; `current` is that trainee;
    - sign_in_refused(str): a Refusal value ("invalid", "unknown", "unavailable"); `current` unchanged;
    - signed_out(): `sign_out()` ended a sign-in;
    - checking_changed(bool): a lookup went out (True) or its answer came, it was given up or
      dropped (False).
    """

    signed_in = Signal(object)  # Trainee
    sign_in_refused = Signal(str)  # Refusal
    signed_out = Signal()
    checking_changed = Signal(bool)

    def __init__(
        self,
        lookup: Lookup,
        executor: concurrent.futures.Executor,
        *,
        timeout_s: float = LOOKUP_TIMEOUT_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._executor = executor
        self._timeout_s = timeout_s
        self._clock = clock
        self._current: Trainee | None = None
        self._serial = 0
        self._pending: int | None = None  # serial of the lookup out, if any
        self._pending_since = 0.0
        self._pending_code = ""
        self._answers: queue.SimpleQueue[_Answer] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    # ------------------------------------------------------------------------------ state
    @property
    def current(self) -> Trainee | None:
        """The signed-in trainee, or None."""
        return self._current

    @property
    def checking(self) -> bool:
        """A lookup is out (the screen shows "Checking…")."""
        return self._pending is not None

    @property
    def checking_code(self) -> str:
        """The normalized code being looked up ("" when none is)."""
        return self._pending_code if self._pending is not None else ""

    # ------------------------------------------------------------------------------ actions
    def submit(self, text: str) -> str:
        """Sign in with what was typed or scanned. Returns the normalized code. A code that breaks
        the rule is refused at once ("invalid"); otherwise the lookup goes to the executor and the
        answer arrives later as `signed_in` or `sign_in_refused`. Drops any earlier lookup's answer."""
        code = normalize_code(text)
        self._serial += 1
        serial = self._serial
        if code_problem(code) is not None:
            self._set_pending(None)
            self.sign_in_refused.emit(Refusal.INVALID.value)
            return code
        answers, lookup = self._answers, self._lookup  # the callbacks below see these, never `self`

        def run() -> Trainee | None:
            return lookup(code)

        def done(future: concurrent.futures.Future[Trainee | None]) -> None:  # on the worker thread
            if future.cancelled():
                answers.put((serial, code, None, "the lookup was cancelled"))
                return
            exc = future.exception()
            if exc is not None:
                answers.put((serial, code, None, str(exc) or type(exc).__name__))
            else:
                answers.put((serial, code, future.result(), None))

        try:
            future = self._executor.submit(run)
        except RuntimeError as exc:  # the executor was shut down
            log.warning("sign-in lookup of %s not started: %s", code, exc)
            self._set_pending(None)
            self.sign_in_refused.emit(Refusal.UNAVAILABLE.value)
            return code
        self._pending_since = self._clock()
        self._pending_code = code
        self._set_pending(serial)
        future.add_done_callback(done)  # may run right here when the lookup was already done
        self._timer.start()
        return code

    def cancel(self) -> None:
        """Drop the answer of the lookup that is out (the trainee edits the code meanwhile)."""
        self._serial += 1
        self._set_pending(None)

    def sign_out(self) -> None:
        """End the sign-in (and drop a lookup that is out). `signed_out` only if someone was signed in."""
        self.cancel()
        if self._current is not None:
            self._current = None
            self.signed_out.emit()

    def shutdown(self) -> None:
        """Stop the timer (call on the GUI thread before the model goes). Answers still out are dropped."""
        self.cancel()
        self._timer.stop()

    # ------------------------------------------------------------------------------ answers
    def _set_pending(self, serial: int | None) -> None:
        was = self._pending is not None
        self._pending = serial
        if serial is None:
            self._pending_code = ""
        if was != (serial is not None):
            self.checking_changed.emit(serial is not None)

    def _drain(self) -> None:
        while True:
            try:
                serial, code, trainee, error = self._answers.get_nowait()
            except queue.Empty:
                break
            if serial != self._pending:
                log.debug("sign-in answer for %s dropped: a later code was submitted", code)
                continue
            self._set_pending(None)
            if error is not None:
                log.warning("sign-in lookup of %s failed: %s", code, error)
                self.sign_in_refused.emit(Refusal.UNAVAILABLE.value)
            elif trainee is None:
                self.sign_in_refused.emit(Refusal.UNKNOWN.value)
            else:
                self._current = trainee
                self.signed_in.emit(trainee)
        if self._pending is not None and self._clock() - self._pending_since > self._timeout_s:
            log.warning("sign-in lookup of %s gave no answer in %.0f s", self._pending_code, self._timeout_s)
            self._serial += 1
            self._set_pending(None)
            self.sign_in_refused.emit(Refusal.UNAVAILABLE.value)
        if self._pending is None:
            self._timer.stop()
