"""Rehearsal: an ideal trainee works through a module on a live cell, to prove it can be completed.

The robot uses the same parts a trainee does: the real OPC UA link (`CellWorker`), the real
`Snapshot` of live values, the real `LabSession`. It acknowledges the safety statements, reads every
instruction, answers every quiz correctly, reads observation values off the live snapshot, and for
each action step runs the step's `rehearse:` block through the session's control gate, so a
rehearsal also proves that a step offers the controls its exercise needs. A module passes rehearsal
when every scored step passes and the attempt ends passed (or completed).

By default the rehearsal starts its own embedded simulator in the kiosk's showcase state (the line
running, the process unit heating), so modules must bring the cell to their start with `setup:`.

No Qt: this runs from the command line (`kiosk labs rehearse`) and in tests.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kiosk.core.labs.module import ActionStep, CallAction, LabModule, ObservationStep, QuizStep, WriteAction
from kiosk.core.labs.script import ActionScript, Command, PendingCommand
from kiosk.core.labs.session import (
    LabSession,
    MemorySink,
    Outcome,
    Phase,
    StatementSink,
    StepStatus,
)
from kiosk.core.labs.xapi import Actor, Statement
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import Quality
from kiosk.services.opcua_worker import CellWorker, CommandRefused, LinkSettings

__all__ = ["RehearsalReport", "StepLine", "rehearse_module", "rehearse_modules"]

TICK_S = 0.05
REHEARSAL_ACTOR = Actor("rehearsal-robot")
_CONNECT_TIMEOUT_S = 20.0
_TEARDOWN_TIMEOUT_S = 30.0
# A rehearsal proves the module, not the link: on a busy machine (four simulators and their clients
# sharing two cores and one GIL) a request can take seconds, and the kiosk's tight timeouts would
# drop the link mid-setup. Values still go stale after the Snapshot's contact timeout, as on the kiosk.
REHEARSAL_LINK = LinkSettings(request_timeout_s=10.0, watchdog_interval_s=2.0)
_SIM_START_LOCK = threading.Lock()


@dataclass(frozen=True)
class StepLine:
    """One step of a rehearsal, as printed."""

    index: int
    step_id: str
    kind: str
    status: str
    seconds: float
    note: str = ""

    def __str__(self) -> str:
        mark = "ok  " if self.status in (StepStatus.PASSED, StepStatus.DONE) else "FAIL"
        note = f"  {self.note}" if self.note else ""
        where = f"{self.index + 1:>2}. {self.step_id:<28} {self.kind:<12}"
        return f"  {mark} {where} {self.status:<8} {self.seconds:6.1f} s{note}"


@dataclass(frozen=True)
class RehearsalReport:
    """The verdict on one module."""

    module_id: str
    ok: bool
    outcome: str  # the session's outcome, or "not run"
    lines: tuple[StepLine, ...]
    problem: str  # why it failed, in plain words ("" when ok)
    duration_s: float
    statements: tuple[Statement, ...] = ()  # the attempt's xAPI statements, in order
    score: float | None = None

    def verdict(self) -> str:
        if self.ok:
            score = "" if self.score is None else f", score {self.score:.0%}"
            return f"PASS {self.module_id}: {self.outcome}{score} in {self.duration_s:.1f} s"
        return f"FAIL {self.module_id}: {self.problem}"


@dataclass
class _Robot:
    """The ideal trainee's state for the step shown."""

    handled: int = -1  # index of the step whose answer / script has been started
    script: ActionScript | None = None
    logged: set[int] = field(default_factory=set)


class _Rehearsal:
    def __init__(
        self,
        module: LabModule,
        cell: CellConfig,
        worker: CellWorker,
        buffer: SampleBuffer,
        sink: _Tee,
        say: Callable[[str], None],
        language: str,
    ) -> None:
        self.module = module
        self.cell = cell
        self.worker = worker
        self.buffer = buffer
        self.snapshot = Snapshot(cell.tags)
        self.sink = sink
        self.say = say
        self.language = language
        self.robot = _Robot()
        self.lines: list[StepLine] = []
        self.inflight: dict[int, tuple[str, concurrent.futures.Future[Any]]] = {}
        self._robot_tokens = 0

    def run(self) -> RehearsalReport:
        t0 = time.monotonic()
        problem = self._wait_for_cell()
        if problem:
            return RehearsalReport(self.module.id, False, "not run", (), problem, time.monotonic() - t0)
        session = LabSession(
            self.module,
            self.snapshot,
            actor=REHEARSAL_ACTOR,
            sink=self.sink,
            now=time.monotonic(),
            wall=lambda: datetime.now(UTC),
            language=self.language,
            site="rehearsal",
            cell=self.cell.name,
        )
        for i in range(len(self.module.safety)):
            session.acknowledge(i, time.monotonic())
        session.begin(time.monotonic())
        problem = ""
        while session.phase is not Phase.ENDED:
            now = self._pump(session)
            problem = self._act(session, now) or problem
            if problem and session.phase is not Phase.ENDED:
                session.abandon(now, f"rehearsal: {problem}")
            time.sleep(TICK_S)
        self._log_steps(session)
        # let the teardown leave the cell tidy for whoever comes next
        deadline = time.monotonic() + _TEARDOWN_TIMEOUT_S
        while not session.teardown_done and time.monotonic() < deadline:
            self._pump(session)
            time.sleep(TICK_S)
        result = session.result
        assert result is not None
        if not problem and result.reason:
            problem = result.reason
        if not session.teardown_done:
            problem = problem or "teardown did not finish within 30 s"
        ok = not problem and result.outcome in (Outcome.PASSED, Outcome.COMPLETED)
        if not ok and not problem:
            problem = f"ended {result.outcome.value}"
        statements = self.sink.statements()
        return RehearsalReport(
            self.module.id,
            ok,
            result.outcome.value,
            tuple(self.lines),
            "" if ok else problem,
            time.monotonic() - t0,
            statements,
            result.scaled,
        )

    # ------------------------------------------------------------------ the link
    def _wait_for_cell(self) -> str:
        """Wait until every tag the module uses is live; a problem in words if not in time."""
        wanted = sorted(a for a in self.module.tags_used() if self.cell.tag(a) is not None)
        deadline = time.monotonic() + _CONNECT_TIMEOUT_S
        while time.monotonic() < deadline:
            now = time.monotonic()
            self.snapshot.absorb(self.buffer.drain(), now)
            if all(self.snapshot.get(a).quality is Quality.LIVE for a in wanted):
                return ""
            time.sleep(TICK_S)
        missing = [a for a in wanted if self.snapshot.get(a).quality is not Quality.LIVE]
        return f"the cell did not deliver live values within {_CONNECT_TIMEOUT_S:g} s: {', '.join(missing)}"

    def _pump(self, session: LabSession) -> float:
        """Drain values, tick the session, send its commands, report finished ones. Returns now."""
        now = time.monotonic()
        self.snapshot.absorb(self.buffer.drain(), now)
        for token, (owner, future) in list(self.inflight.items()):
            if future.done():
                del self.inflight[token]
                error = _error_of(future)
                if owner == "session":
                    session.command_finished(token, error, now)
                elif self.robot.script is not None:
                    self.robot.script.command_finished(token, error)
        _events, commands = session.tick(now)
        for pending in commands:
            self._send(pending, "session")
        return now

    def _send(self, pending: PendingCommand, owner: str) -> None:
        self.inflight[pending.token] = (owner, _send(self.worker, pending.command))

    # ------------------------------------------------------------------ the ideal trainee
    def _act(self, session: LabSession, now: float) -> str:
        """Do what an ideal trainee does on the step shown; a problem in words when it cannot."""
        if session.phase is not Phase.STEPS or session.step_preparing:
            return ""  # an ideal trainee waits while the kiosk prepares the cell for the step
        i = session.index
        step = session.step
        state = session.state(i, now)
        if state.status is StepStatus.ACTIVE:
            if isinstance(step, ActionStep):
                return self._rehearse_action(session, step, i, now)
            if self.robot.handled == i:
                return ""
            if isinstance(step, QuizStep):
                self.robot.handled = i
                session.answer_quiz(step.correct, now)
            elif isinstance(step, ObservationStep):
                return self._observe(session, step, now)
            else:
                self.robot.handled = i
                session.next(now)
                self._log_step(session, i, now)
            return ""
        # finished: log it, then on to the next step
        self._log_step(session, i, now)
        if state.status is not StepStatus.PASSED and state.status is not StepStatus.DONE:
            return self._why_failed(session, i, state.feedback)
        session.next(now)
        return ""

    def _rehearse_action(self, session: LabSession, step: ActionStep, i: int, now: float) -> str:
        if self.robot.handled != i:
            self.robot.handled = i
            self.robot.script = ActionScript(
                step.rehearse, self.snapshot, now, purpose="rehearse", tokens=self._robot_token, gate=session.permits
            )
        script = self.robot.script
        assert script is not None
        for pending in script.tick(now):
            self._send(pending, "robot")
        if script.error is not None:
            return f"step {i + 1} ({session.module.step_id(i)}): rehearse {script.error}"
        return ""

    def _observe(self, session: LabSession, step: ObservationStep, now: float) -> str:
        live = self.snapshot.get(step.tag)
        if live.quality is not Quality.LIVE:
            return ""  # an ideal trainee waits until the value is live
        self.robot.handled = session.index
        session.answer_observation(float(live.value), now)
        return ""

    def _why_failed(self, session: LabSession, i: int, feedback: str | None) -> str:
        step = session.module.steps[i]
        where = f"step {i + 1} ({session.module.step_id(i)})"
        if feedback == "timeout" and isinstance(step, ActionStep):
            progress = session.check_progress()
            shown = ", ".join(f"{k} {p.done:g}/{p.target:g}" for k, p in progress.items())
            values = ", ".join(
                f"{a}={self.snapshot.get(a).value!r} ({self.snapshot.get(a).quality.value})" for a in step.tags()
            )
            extra = f"; progress {shown}" if shown else ""
            return f"{where}: the check did not hold within {step.timeout_s:g} s ({values}{extra})"
        return f"{where}: {feedback or 'failed'}"

    def _robot_token(self) -> int:
        self._robot_tokens -= 1  # negative: never collides with the session's tokens
        return self._robot_tokens

    # ------------------------------------------------------------------ report
    def _log_step(self, session: LabSession, i: int, now: float) -> None:
        if i in self.robot.logged:
            return
        self.robot.logged.add(i)
        state = session.state(i, now)
        note = ""
        if state.feedback and state.status not in (StepStatus.PASSED, StepStatus.DONE):
            note = state.feedback
        line = StepLine(i, state.step_id, state.kind, state.status.value, state.duration_s or 0.0, note)
        self.lines.append(line)
        self.say(str(line))

    def _log_steps(self, session: LabSession) -> None:
        for i in range(len(session.module.steps)):
            state = session.state(i)
            if state.status is not StepStatus.SKIPPED:
                self._log_step(session, i, time.monotonic())


class _Tee:
    """Records every statement in each sink; the first is the MemorySink the report reads."""

    def __init__(self, sinks: Sequence[StatementSink]) -> None:
        self._sinks = tuple(sinks)

    def record(self, statement: Statement) -> None:
        for sink in self._sinks:
            sink.record(statement)

    def statements(self) -> tuple[Statement, ...]:
        first = self._sinks[0]
        return tuple(first.statements) if isinstance(first, MemorySink) else ()


RESEND_TRIES = 3
RESEND_AFTER_S = 1.0


def _send(worker: CellWorker, command: Command) -> concurrent.futures.Future[Any]:
    """Send a command; a write that did not reach the cell (the link dropped for a moment, e.g. with
    four simulators on two busy cores) is sent again up to RESEND_TRIES times, as a trainee would tap
    again. Writes only: a method call that timed out may have run. A refusal by the cell is final."""
    outer: concurrent.futures.Future[Any] = concurrent.futures.Future()

    def attempt(tries_left: int) -> None:
        if isinstance(command, CallAction):
            inner = worker.call(command.call, *command.args)
        else:
            inner = worker.write(command.write, command.value)

        def done(f: concurrent.futures.Future[Any]) -> None:  # the worker's thread
            exc = f.exception()
            if exc is None:
                outer.set_result(f.result())
            elif tries_left > 0 and _unsent(command, str(exc)):
                timer = threading.Timer(RESEND_AFTER_S, attempt, args=(tries_left - 1,))
                timer.daemon = True
                timer.start()
            else:
                outer.set_exception(exc)

        inner.add_done_callback(done)

    attempt(RESEND_TRIES)
    return outer


def _unsent(command: Command, error: str) -> bool:
    """Whether a failed command surely did not change the cell, so sending it again is safe: nothing
    goes out while the link is down, and a write is idempotent."""
    if "the cell is not connected" in error:
        return True
    return isinstance(command, WriteAction) and "did not reach the cell" in error


def _error_of(future: concurrent.futures.Future[Any]) -> str | None:
    exc = future.exception()
    if exc is None:
        return None
    return str(exc) if isinstance(exc, CommandRefused) else f"{type(exc).__name__}: {exc}"


def rehearse_module(
    module: LabModule,
    cell: CellConfig,
    *,
    endpoint: str | None = None,
    seed: int = 0,
    language: str = "en",
    sink: StatementSink | None = None,
    say: Callable[[str], None] = lambda line: None,
) -> RehearsalReport:
    """Rehearse one module on `cell`. Without `endpoint`, on a fresh embedded simulator started in the
    showcase state (and stopped afterwards); with one, on that cell (its current state)."""
    from kiosk.services.simulator.server import SimulatorThread
    from kiosk.services.simulator.showcase import start_showcase

    sim: SimulatorThread | None = None
    if endpoint is None:
        sim = SimulatorThread(host="127.0.0.1", port=0, seed=seed)
        try:
            # One simulator initialises at a time: asyncua's server start is a CPU burst of about a
            # second, and several at once on a small machine can miss the start timeout.
            with _SIM_START_LOCK:
                endpoint = sim.start(timeout=60.0)
            sim.call(start_showcase)
        except RuntimeError as exc:
            sim.stop()
            return RehearsalReport(module.id, False, "not run", (), str(exc), 0.0)
    buffer = SampleBuffer()
    worker = CellWorker(cell.with_endpoint(endpoint), buffer, REHEARSAL_LINK)
    worker.start()
    try:
        say(f"{module.id}: rehearsing {len(module.steps)} steps on {endpoint}")
        sinks: list[StatementSink] = [MemorySink()] + ([sink] if sink is not None else [])
        return _Rehearsal(module, cell, worker, buffer, _Tee(sinks), say, language).run()
    finally:
        worker.stop()
        if sim is not None:
            sim.stop()


def rehearse_modules(
    modules: Sequence[tuple[LabModule, CellConfig]],
    *,
    parallel: int = 4,
    seed: int = 0,
    say: Callable[[str], None] = print,
    sink_for: Callable[[LabModule, CellConfig], StatementSink] | None = None,
) -> list[RehearsalReport]:
    """Rehearse several modules, each on its own embedded simulator, `parallel` at a time. Lines are
    printed whole (prefixed with the module id) as they come; reports come back in input order."""
    lock = threading.Lock()

    def said(module_id: str) -> Callable[[str], None]:
        def out(line: str) -> None:
            with lock:
                say(line if line.startswith(module_id) else f"{module_id}: {line.strip()}")

        return out

    # Longest first (by the authors' estimate), so one long module does not start last and run alone.
    order = sorted(range(len(modules)), key=lambda i: -modules[i][0].estimated_min)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        futures = {
            i: pool.submit(
                rehearse_module,
                modules[i][0],
                modules[i][1],
                seed=seed,
                say=said(modules[i][0].id),
                sink=sink_for(*modules[i]) if sink_for is not None else None,
            )
            for i in order
        }
        return [futures[i].result() for i in range(len(modules))]
