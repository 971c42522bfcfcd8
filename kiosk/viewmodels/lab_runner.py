"""The lab runner: one trainee's attempt at a lab module, driven from the GUI thread.

Owns the current `LabSession` (pure core) and does for it what it cannot do itself: give it the
time (a 10 Hz timer), send the cell commands it asks for and report their results, and send the
trainee's own commands (the step's controls) once the session permits them. Results of commands
come back from the OPC UA worker thread through a thread-safe inbox that the runner's timer drains:
the GUI thread never waits, and the worker thread never touches a Qt object.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import queue
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.labs.module import (
    ActionStep,
    ButtonControl,
    CallAction,
    Hint,
    InstructionStep,
    LabModule,
    SetpointControl,
    SwitchControl,
    WriteAction,
)
from kiosk.core.labs.resume import ResumePoint
from kiosk.core.labs.session import (
    Command,
    LabSession,
    ObservationVerdict,
    PendingCommand,
    Phase,
    SessionError,
    SessionEvent,
    StatementSink,
    StepStatus,
)
from kiosk.core.labs.session import control_command as button_command
from kiosk.core.labs.xapi import Actor
from kiosk.core.tags import ConnectionState
from kiosk.services.labs.loader import LabCatalog, ModuleEntry
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

log = logging.getLogger(__name__)

TICK_INTERVAL_MS = 100
"""The session is advanced ten times a second: checks, hints, timeouts and scripts."""

RETIRE_AFTER_S = 120.0
"""A closed session keeps being ticked (for its teardown) at most this long."""

ANONYMOUS = Actor("kiosk-visitor")
"""Who an attempt is recorded for until trainees sign in."""

_REFRESH_EVENTS = frozenset(
    {
        SessionEvent.STEP_SHOWN,
        SessionEvent.STEP_PASSED,
        SessionEvent.STEP_FAILED,
        SessionEvent.HINT_AVAILABLE,
        SessionEvent.PREPARED,
        SessionEvent.SETUP_FAILED,
        SessionEvent.TIME_UP,
        SessionEvent.ENDED,
    }
)


class NoticeKind(StrEnum):
    NOT_AVAILABLE = "not_available"  # the module cannot be started
    NO_SUCH_CELL = "no_such_cell"  # the module names a cell this kiosk does not have
    NO_ATTEMPTS_LEFT = "no_attempts_left"
    TIME_WARNING = "time_warning"  # `seconds` left of the module's time limit
    TIME_UP = "time_up"
    NOT_PREPARED = "not_prepared"  # setup or a step's on_enter failed; `detail` says why (for an instructor)
    CELL_OFFLINE = "cell_offline"  # ... and the cell's link was down at the time: that is the reason to show
    HINT_AVAILABLE = "hint_available"


@dataclass(frozen=True)
class Notice:
    """A message for the trainee, kept as what happened rather than as text, so that a screen can word
    it again after a language switch (`LabRunnerModel.notice_text`)."""

    kind: NoticeKind
    seconds: float = 0.0
    detail: str = ""


class ProcessRecorder(Protocol):
    """Keeps an attempt's process values (the real one is kiosk.services.records.samples.SampleRecorder)."""

    def observe(self, registration: str, t: float, values: Iterable[tuple[str, Any, str]]) -> int: ...

    def forget(self, registration: str) -> None: ...


class CellCommands(Protocol):
    """What the runner needs of a cell link (the real one is `CellWorker`). Both return at once; the
    Future fails with an exception whose text says why (CommandRefused) when the command fails."""

    def write(self, alias: str, value: Any) -> concurrent.futures.Future[Any]: ...

    def call(self, alias: str, *args: Any) -> concurrent.futures.Future[Any]: ...


@dataclass(frozen=True)
class CellLink:
    """One cell as the runner uses it: live values (for the checks and the tiles) and commands."""

    live: LiveCellModel
    commands: CellCommands


def control_command(control: ButtonControl | SetpointControl | SwitchControl, value: Any = None) -> Command:
    """The command a control sends: a button's fixed call or write, or the chosen value of a setpoint
    or switch. Raises ValueError when `value` is missing, out of range or not one of the options."""
    if isinstance(control, ButtonControl):
        return button_command(control)
    if isinstance(control, SetpointControl):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"a setpoint takes a number, not {value!r}")
        if not control.min <= float(value) <= control.max:
            raise ValueError(f"{value:g} is outside {control.min:g}…{control.max:g}")
        return WriteAction(write=control.tag, value=float(value))
    if not any(type(value) is type(o) and value == o for o in control.options):
        raise ValueError(f"{value!r} is not one of the switch's options")
    return WriteAction(write=control.tag, value=value)


class _Running:
    """A session with its cell and the tokens of its commands still out."""

    def __init__(self, serial: int, session: LabSession, entry: ModuleEntry, link: CellLink) -> None:
        self.serial = serial  # names this attempt in the command inbox (the worker thread sees only numbers)
        self.session = session
        self.entry = entry
        self.link = link
        self.in_flight: set[int] = set()  # tokens of the session's PendingCommands sent
        self.trainee_out = 0  # trainee commands (controls) sent and not answered yet
        self.closed_at: float | None = None
        self.ended_offline = False  # setup / on_enter failed while the cell's link was down


_Result = tuple[int, int | None, str | None]
"""A command's result in the inbox: (serial of the attempt, session token or None for a trainee
command, error or None)."""


class LabRunnerModel(QObject):
    """The current attempt of the kiosk, for the lab screens.

    Signals:
    - session_changed(): a session started or closed, or its phase, step or a step's status changed
      (also when a hint became available); screens rebuild what they show;
    - ticked(): ten times a second while a session runs: time left, check progress;
    - notice_posted(Notice): a message for the trainee (time warning, the cell could not be
      prepared, ...); `notice_text` words it in the current language;
    - command_finished(str): a trainee command (a control) came back: "" when done, else the reason;
    - step_activity(): the current action step's check made progress (a count went up, a hold timer
      runs, it started or stopped holding): the trainee watches the machine do what the step asked.

    Every trainee action returns at once. Calls that do not fit the session's phase (a double tap)
    are logged and ignored. A closed session keeps being ticked in the background until its
    teardown commands are done (at most RETIRE_AFTER_S).

    Threads: every method runs on the GUI thread. The only thing a worker thread does is put a
    command's result in `_inbox` (a thread-safe queue of plain numbers and strings); the timer
    drains it. So no Qt object is ever touched, or freed, on a worker thread.
    """

    session_changed = Signal()
    ticked = Signal()
    notice_posted = Signal(object)  # Notice
    command_finished = Signal(str)
    step_activity = Signal()

    def __init__(
        self,
        catalog: LabCatalog,
        cells: Mapping[str, CellLink],
        language: LanguageModel,
        sink: StatementSink,
        *,
        actor: Actor = ANONYMOUS,
        site: str = "",
        recorder: ProcessRecorder | None = None,
        visitor_sink: StatementSink | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        """`cells` maps cell names to their links, in the site's order: a module runs on its `cell`,
        or on the first cell when it names none."""
        super().__init__(parent)
        if not cells:
            raise ValueError("a lab runner needs at least one cell")
        self.catalog = catalog
        self.cells = dict(cells)
        self.sink = sink
        self.actor = actor
        self._language = language
        self._site = site
        self._recorder = recorder
        self.visitor_sink = visitor_sink  # a visitor's attempts go here (counted only), when given
        self._recorded_tags: dict[str, tuple[str, ...]] = {}  # module id -> its tags the cell has
        self._watched: tuple[int, tuple[Any, ...]] | None = None  # (step index, its check's progress)
        self._clock = clock
        self._wall = wall
        self._current: _Running | None = None
        self._retiring: list[_Running] = []
        self._attempts: dict[str, int] = {}
        self._serials = itertools.count(1)
        self._inbox: queue.SimpleQueue[_Result] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer)

    # ------------------------------------------------------------------------------ state
    @property
    def session(self) -> LabSession | None:
        """The attempt on screen, None on the module list."""
        return self._current.session if self._current else None

    @property
    def entry(self) -> ModuleEntry | None:
        """The catalog entry of the module on screen (its path locates the step images)."""
        return self._current.entry if self._current else None

    @property
    def module(self) -> LabModule | None:
        return self._current.session.module if self._current else None

    @property
    def live(self) -> LiveCellModel | None:
        """The live values of the cell the current module runs on."""
        return self._current.link.live if self._current else None

    @property
    def language(self) -> str:
        return self._language.language

    @property
    def commands_in_flight(self) -> int:
        """Commands of the current attempt sent to the cell and not answered yet: the session's
        (setup, on_enter, teardown) and the trainee's (controls)."""
        return len(self._current.in_flight) + self._current.trainee_out if self._current else 0

    @property
    def ended_offline(self) -> bool:
        """True when the attempt on screen ended because the cell could not be prepared while its link
        was down: then the connection, not the module, is the reason to show."""
        return self._current.ended_offline if self._current else False

    def can_skip_step(self) -> bool:
        """Whether `skip_step` would give up the current step: a quiz, observation or action step that
        is open and not being prepared."""
        session = self.session
        return (
            session is not None
            and session.phase is Phase.STEPS
            and not session.step_preparing
            and not isinstance(session.step, InstructionStep)
            and session.state().status is StepStatus.ACTIVE
        )

    def now(self) -> float:
        return self._clock()

    def notice_text(self, notice: Notice) -> str:
        """The notice in the current language."""
        kind = notice.kind
        if kind is NoticeKind.TIME_WARNING:
            left = notice.seconds
            if left < 90:
                return self.tr("{seconds} s left for this module.").format(seconds=round(left))
            return self.tr("{minutes} min left for this module.").format(minutes=round(left / 60))
        if kind is NoticeKind.NOT_PREPARED:
            return self.tr("The cell could not be prepared for this module. Ask an instructor.")
        if kind is NoticeKind.CELL_OFFLINE:
            return self.tr("The cell is not connected, so it could not be prepared. Try again when it is back.")
        return {
            NoticeKind.NOT_AVAILABLE: self.tr("This module is not available."),
            NoticeKind.NO_SUCH_CELL: self.tr("This module needs a cell this kiosk does not have."),
            NoticeKind.NO_ATTEMPTS_LEFT: self.tr("No attempts left at this module."),
            NoticeKind.TIME_UP: self.tr("Time is up."),
            NoticeKind.HINT_AVAILABLE: self.tr("A hint is available."),
        }[kind]

    def cell_for(self, module: LabModule) -> CellLink | None:
        """The cell a module runs on, None when the site has no cell of that name."""
        if module.cell is None:
            return next(iter(self.cells.values()))
        return self.cells.get(module.cell)

    # ------------------------------------------------------------------------------ trainee actions
    def start(self, module_id: str) -> bool:
        """Start an attempt at a module of the catalog (records `attempted`); shows its safety
        statements. False, with a notice, when the module is not available."""
        entry = self.catalog.get(module_id)
        if entry is None or entry.module is None or not entry.available:
            self.notice_posted.emit(Notice(NoticeKind.NOT_AVAILABLE))
            return False
        link = self.cell_for(entry.module)
        if link is None:
            self.notice_posted.emit(Notice(NoticeKind.NO_SUCH_CELL))
            return False
        self.close()
        number = self._attempts.get(module_id, 0) + 1
        try:
            session = self._new_session(entry.module, link, attempt_number=number)
        except SessionError:
            self.notice_posted.emit(Notice(NoticeKind.NO_ATTEMPTS_LEFT))
            return False
        self._attempts[module_id] = number
        self._open(session, entry, link)
        return True

    def resume(self, point: ResumePoint) -> bool:
        """Continue an attempt the kiosk stopped during (records `resumed`); shows the safety
        statements again, then the step the trainee was at. False, with a notice, when the module is
        not available (any more) or does not fit the point."""
        entry = self.catalog.get(point.module_id)
        if entry is None or entry.module is None or not entry.available:
            self.notice_posted.emit(Notice(NoticeKind.NOT_AVAILABLE))
            return False
        link = self.cell_for(entry.module)
        if link is None:
            self.notice_posted.emit(Notice(NoticeKind.NO_SUCH_CELL))
            return False
        self.close()
        try:
            session = self._new_session(entry.module, link, resume=point)
        except SessionError:
            log.warning("attempt %s cannot be resumed", point.attempt_id, exc_info=True)
            self.notice_posted.emit(Notice(NoticeKind.NOT_AVAILABLE))
            return False
        self._open(session, entry, link)
        return True

    def set_trainee(self, actor: Actor, attempts_used: Mapping[str, int]) -> None:
        """Who the next attempts are recorded for, and how many attempts they have used per module
        (from the records; max_attempts counts them). The attempt on screen, if any, is not touched."""
        self.actor = actor
        self._attempts = dict(attempts_used)

    def sign_out(self) -> None:
        """Back to nobody. A signed-in trainee's attempt that is under way is suspended (left open, to be
        continued after the next sign-in); a visitor's, or one still at the safety statements, is closed
        (recorded as abandoned)."""
        cur = self._current
        if cur is not None and self.actor is not ANONYMOUS and cur.session.phase in (Phase.PREPARING, Phase.STEPS):
            cur.session.suspend(self._clock(), "signed out")
        self.close()
        self.actor = ANONYMOUS
        self._attempts = {}

    def _new_session(
        self, module: LabModule, link: CellLink, *, attempt_number: int = 1, resume: ResumePoint | None = None
    ) -> LabSession:
        return LabSession(
            module,
            link.live.snapshot,
            actor=self.actor,
            sink=self._sink_now(),
            now=self._clock(),
            wall=self._wall,
            language=self.language,
            attempt_number=attempt_number,
            site=self._site,
            cell=link.live.cell.name,
            resume=resume,
        )

    @property
    def visitor(self) -> bool:
        """Nobody is signed in: attempts are a visitor's (anonymous)."""
        return self.actor is ANONYMOUS

    def _sink_now(self) -> StatementSink:
        return self.visitor_sink if self.visitor and self.visitor_sink is not None else self.sink

    def _open(self, session: LabSession, entry: ModuleEntry, link: CellLink) -> None:
        self._current = _Running(next(self._serials), session, entry, link)
        self._timer.start()
        self.session_changed.emit()

    def acknowledge(self, index: int) -> None:
        self._act(lambda s, now: s.acknowledge(index, now))

    def begin(self) -> None:
        """All safety statements acknowledged: prepare the cell, then show step 1."""
        self._act(lambda s, now: s.begin(now))

    def next(self) -> None:
        """Move on from a finished step, or from an instruction that was read; after the last, end.
        Ignored on an open quiz, observation or action step: giving that up is `skip_step`, which the
        screen asks the trainee to confirm (a stray Next must never cost points)."""
        if self.can_skip_step():
            log.warning("Next on an open step ignored (skip_step gives a step up)")
            return
        self._act(lambda s, now: s.next(now))

    def skip_step(self) -> None:
        """Give up the open quiz, observation or action step (the trainee confirmed): it fails with no
        points and the next step is shown (or the attempt ends after the last)."""
        if not self.can_skip_step():
            log.warning("skip_step ignored: no open step to give up")
            return
        self._act(lambda s, now: s.give_up(now))

    def answer_quiz(self, choice_ids: Sequence[str]) -> bool | None:
        """Whether the answer was right; None when the session took no answer."""
        return self._act(lambda s, now: s.answer_quiz(tuple(choice_ids), now))

    def answer_observation(self, value: float) -> ObservationVerdict | None:
        return self._act(lambda s, now: s.answer_observation(value, now))

    def take_hint(self) -> Hint | None:
        return self._act(lambda s, now: s.take_hint(now))

    def abandon(self) -> None:
        """Stop the attempt early (the trainee confirmed): the result screen follows."""
        self._act(lambda s, now: s.abandon(now, "stopped by the trainee"))

    def close(self) -> None:
        """Back to the module list. A session that has not ended is abandoned first."""
        cur = self._current
        if cur is None:
            return
        now = self._clock()
        if self._recorder is not None:
            self._recorder.forget(cur.session.attempt_id)
        if cur.session.phase is Phase.SAFETY and cur.session.resumed:
            # Backing out of a continued attempt before Begin leaves it as it was: still open, to be
            # continued later (within the resume limit). Nothing was done to the cell.
            self._current = None
            self.session_changed.emit()
            return
        if cur.session.phase is Phase.SAFETY:
            # Backing out before Begin is not an attempt at the exercise: it does not use up one of
            # the module's max_attempts (it is still recorded, as attempted and abandoned; the
            # records count only attempts that began).
            module_id = cur.session.module.id
            self._attempts[module_id] = max(0, self._attempts.get(module_id, 0) - 1)
        if cur.session.phase is not Phase.ENDED:
            try:
                cur.session.abandon(now, "closed")
            except SessionError:
                log.warning("closing a session that could not be abandoned", exc_info=True)
        cur.closed_at = now
        self._retiring.append(cur)
        self._current = None
        self._tick_one(cur, now)
        self.session_changed.emit()

    def shutdown(self) -> None:
        """The kiosk is closing: a signed-in trainee's attempt under way is suspended (to be continued
        after the next sign-in), any other is ended as abandoned; then ticking stops. Teardown commands
        are sent, but not waited for."""
        cur = self._current
        if cur is not None and cur.session.phase is not Phase.ENDED:
            try:
                if not self.visitor and cur.session.phase in (Phase.PREPARING, Phase.STEPS):
                    cur.session.suspend(self._clock(), "kiosk closed")
                else:
                    cur.session.abandon(self._clock(), "kiosk closed")
            except SessionError:
                log.warning("could not end the attempt at shutdown", exc_info=True)
        self.close()
        self._retiring.clear()
        self._timer.stop()

    def operate(self, control_index: int, value: Any = None) -> str | None:
        """Use control `control_index` of the current step (with `value` for a setpoint or switch).
        Returns None when the command was sent (its result comes as `command_finished`), else the
        reason it was not."""
        session = self.session
        if session is None or session.phase is not Phase.STEPS:
            return self._refuse(self.tr("No step is running."))
        controls = getattr(session.step, "controls", ())
        if not 0 <= control_index < len(controls):
            return self._refuse(self.tr("This step offers no such control."))
        try:
            command = control_command(controls[control_index], value)
        except ValueError as exc:
            return self._refuse(str(exc))
        return self.send(command)

    def send(self, command: Command) -> str | None:
        """Send a trainee command if the current step permits it. None when sent, else the reason
        (also emitted as `command_finished`)."""
        cur = self._current
        if cur is None:
            return self._refuse(self.tr("No step is running."))
        reason = cur.session.permits(command)
        if reason is not None:
            return self._refuse(reason)
        self._dispatch(cur, None, command)
        return None

    # ------------------------------------------------------------------------------ internals
    def _refuse(self, reason: str) -> str:
        self.command_finished.emit(reason)
        return reason

    def _act(self, action: Callable[[LabSession, float], Any]) -> Any:
        cur = self._current
        if cur is None:
            log.warning("lab action without a session")
            return None
        now = self._clock()
        try:
            out = action(cur.session, now)
        except SessionError as exc:
            log.warning("lab action ignored: %s", exc)
            return None
        self._tick_one(cur, now)
        self.session_changed.emit()
        return out

    def _on_timer(self) -> None:
        self._drain_inbox()
        now = self._clock()
        for r in list(self._retiring):
            self._tick_one(r, now)
            assert r.closed_at is not None
            if (r.session.teardown_done and not r.in_flight) or now - r.closed_at > RETIRE_AFTER_S:
                self._retiring.remove(r)
        cur = self._current
        if cur is not None:
            self._tick_one(cur, now)
            self._record_values(cur)
            self._watch_step(cur)
            self.ticked.emit()
        elif not self._retiring:
            self._timer.stop()

    def _watch_step(self, r: _Running) -> None:
        """Emit step_activity when a value the open action step's check reads has changed."""
        session = r.session
        step = session.step if session.phase is Phase.STEPS else None
        if not isinstance(step, ActionStep) or session.state().status is not StepStatus.ACTIVE:
            self._watched = None
            return
        # Progress of the check (a count going up, a hold timer running, holding or not), not the raw
        # values: sensor noise on a level or a temperature is not the machine doing what was asked.
        progress = session.check_progress()
        values = (session.check_satisfied(), tuple(sorted((k, repr(v)) for k, v in progress.items())))
        before, self._watched = self._watched, (session.index, values)
        if before is not None and before[0] == session.index and before[1] != values:
            self.step_activity.emit()

    def _record_values(self, r: _Running) -> None:
        """Offer the module's tags to the recorder while the attempt works on the cell."""
        session = r.session
        if self._recorder is None or (self.visitor and self.visitor_sink is not None):
            return  # a visitor's try keeps no process values: it is only counted
        if session.phase is Phase.ENDED:
            self._recorder.forget(session.attempt_id)
            return
        if session.phase is Phase.SAFETY:
            return
        module = session.module
        tags = self._recorded_tags.get(module.id)
        if tags is None:
            cell = r.link.live.cell
            tags = self._recorded_tags[module.id] = tuple(sorted(a for a in module.tags_used() if cell.tag(a)))
        snapshot = r.link.live.snapshot
        values = []
        for alias in tags:
            tv = snapshot.get(alias)
            if tv is not None:
                values.append((alias, tv.value, tv.quality.value))
        self._recorder.observe(session.attempt_id, self._wall().timestamp(), values)

    def _tick_one(self, r: _Running, now: float) -> None:
        events, pending = r.session.tick(now)
        for p in pending:
            self._send_pending(r, p)
        if r is not self._current:
            return
        for event in events:
            self._announce(event, r)
        if _REFRESH_EVENTS.intersection(events):
            self.session_changed.emit()

    def _announce(self, event: SessionEvent, r: _Running) -> None:
        session = r.session
        if event is SessionEvent.TIME_WARNING:
            left = session.time_left(self._clock()) or 0.0
            self.notice_posted.emit(Notice(NoticeKind.TIME_WARNING, seconds=left))
        elif event is SessionEvent.TIME_UP:
            self.notice_posted.emit(Notice(NoticeKind.TIME_UP))
        elif event is SessionEvent.SETUP_FAILED:
            reason = session.result.reason if session.result else ""
            r.ended_offline = r.link.live.connection is not ConnectionState.CONNECTED
            kind = NoticeKind.CELL_OFFLINE if r.ended_offline else NoticeKind.NOT_PREPARED
            self.notice_posted.emit(Notice(kind, detail=reason))
        elif event is SessionEvent.HINT_AVAILABLE:
            hints = getattr(session.step, "hints", ())
            due = session.hints_due(self._clock())
            if 0 < due <= len(hints) and hints[due - 1].after_s > 0:  # one there from the start is no news
                self.notice_posted.emit(Notice(NoticeKind.HINT_AVAILABLE))

    def _send_pending(self, r: _Running, p: PendingCommand) -> None:
        r.in_flight.add(p.token)
        self._dispatch(r, p.token, p.command)

    def _dispatch(self, r: _Running, token: int | None, command: Command) -> None:
        if token is None:
            r.trainee_out += 1
        commands = r.link.commands
        try:
            if isinstance(command, CallAction):
                future = commands.call(command.call, *command.args)
            else:
                future = commands.write(command.write, command.value)
        except Exception as exc:  # a link that throws instead of failing the Future
            log.warning("command %s not sent", command, exc_info=True)
            self._inbox.put((r.serial, token, str(exc) or type(exc).__name__))
            return

        # Runs on the worker thread (or here, for a Future that failed at once). It holds only the
        # inbox and numbers: no reference that could make a Qt object live, or die, on that thread.
        inbox, serial = self._inbox, r.serial

        def done(f: concurrent.futures.Future[Any]) -> None:  # any thread
            exc = f.exception() if not f.cancelled() else concurrent.futures.CancelledError()
            inbox.put((serial, token, None if exc is None else (str(exc) or type(exc).__name__)))

        future.add_done_callback(done)

    def _drain_inbox(self) -> None:
        """Take the command results that came back since the last tick (GUI thread)."""
        while True:
            try:
                serial, token, error = self._inbox.get_nowait()
            except queue.Empty:
                return
            r = self._attempt_by_serial(serial)
            if r is None:  # an attempt no longer ticked (retired, or the kiosk is closing)
                log.debug("result of a command of a retired attempt dropped")
                continue
            self._on_result(r, token, error)

    def _attempt_by_serial(self, serial: int) -> _Running | None:
        cur = self._current
        if cur is not None and cur.serial == serial:
            return cur
        return next((r for r in self._retiring if r.serial == serial), None)

    def _on_result(self, r: _Running, token: int | None, error: str | None) -> None:
        if token is None:  # a trainee command
            r.trainee_out -= 1
            if r is self._current:
                self.command_finished.emit(error or "")
            return
        r.in_flight.discard(token)
        now = self._clock()
        try:
            r.session.command_finished(token, error, now)
        except SessionError:
            log.warning("result of command %s not taken", token, exc_info=True)
            return
        if error is not None:
            log.warning("cell command %s failed: %s", token, error)
        self._tick_one(r, now)
