"""One trainee's attempt at one lab module: the training-session state machine.

Pure: no Qt, no I/O, no clock. Time comes in as `now` (monotonic seconds) on every call; wall-clock
timestamps for statements come from the injected `wall()` callable. The live cell is read through a
`SnapshotLike` (anything with `.get(alias)` returning an object with `.value` and `.quality`).

Life of a session:

    SAFETY     the module's safety statements, acknowledged one by one (`acknowledge(i)`), then
               `begin(now)`. A module without safety statements may `begin` at once.
    PREPARING  the module's `setup` cell actions run (commands come out of `tick`); when they are done
               step 1 is shown. A setup that fails ends the session as abandoned, with the reason.
    STEPS      one step at a time. Each step's `on_enter` actions run when it is shown. Action steps
               are checked on every `tick` against live values; quizzes and observations are answered;
               instructions are read. A finished step waits for `next(now)`.
    ENDED      `result` holds outcome, score and the per-step breakdown; `teardown` actions come out of
               `tick` until done.

Commands to the cell leave the session only as `PendingCommand`s returned by `tick`; the caller sends
each one and reports back with `command_finished(token, error)`. Trainee commands (the step's
controls) do not pass through the session, but must be allowed by `permits(command)` first.

Every event leaves through one port, the `StatementSink`, as an xAPI-shaped `Statement`
(kiosk.core.labs.xapi).
"""

from __future__ import annotations

import math
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from kiosk.core.labs.checks import CheckRun, Progress, SnapshotLike
from kiosk.core.labs.module import (
    ActionStep,
    ButtonControl,
    CallAction,
    Control,
    Hint,
    InstructionStep,
    LabModule,
    ObservationStep,
    QuizStep,
    SetpointControl,
    Step,
    Text,
    WriteAction,
)
from kiosk.core.labs.resume import ResumePoint
from kiosk.core.labs.script import ActionScript, Command, PendingCommand, describe_command
from kiosk.core.labs.status import StepStatus
from kiosk.core.labs.xapi import Actor, Statement, activity_id, extension_iri, iso_duration
from kiosk.core.tags import Quality

__all__ = [
    "Command",
    "LabSession",
    "MemorySink",
    "ObservationVerdict",
    "Outcome",
    "PendingCommand",
    "Phase",
    "SessionError",
    "SessionEvent",
    "SessionResult",
    "StatementSink",
    "StepState",
    "StepStatus",
    "control_command",
]


class SessionError(Exception):
    """A call the session cannot take in its present phase or step (a programming error in the
    caller, or a double tap the screen should have prevented); the message says why."""


class Phase(StrEnum):
    SAFETY = "safety"
    PREPARING = "preparing"
    STEPS = "steps"
    ENDED = "ended"


class Outcome(StrEnum):
    """cmi5-like outcome of an attempt."""

    PASSED = "passed"  # every step finished and score/max >= mastery
    FAILED = "failed"  # below mastery, or the time limit ran out
    COMPLETED = "completed"  # every step finished, module has no mastery (e.g. the visitor taster)
    ABANDONED = "abandoned"  # the trainee (or the kiosk's idle reset, or a failed setup) ended it early
    WAIVED = "waived"  # an instructor waived the whole module


class SessionEvent(StrEnum):
    """What `tick` reports happened, so a screen knows what to refresh or announce."""

    STEP_SHOWN = "step_shown"
    STEP_PASSED = "step_passed"
    STEP_FAILED = "step_failed"  # an action step timed out
    HINT_AVAILABLE = "hint_available"
    TIME_WARNING = "time_warning"  # warning_lead_s before the module's time limit
    TIME_UP = "time_up"  # the attempt ended: time limit
    PREPARED = "prepared"  # setup done, step 1 shown
    SETUP_FAILED = "setup_failed"  # the attempt ended: the cell could not be prepared (setup or on_enter)
    ENDED = "ended"


class ObservationVerdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # not within tolerance; a try is used
    NOT_LIVE = "not_live"  # the live value is stale or bad: not judged, no try used
    NO_TRIES = "no_tries"  # rejected and it was the last try: the step failed


@dataclass(frozen=True)
class StepState:
    """How one step stands, for the step screen and the result breakdown."""

    index: int
    step_id: str
    kind: str
    status: StepStatus
    points: float  # earned so far (0 until passed)
    max_points: float  # the step's weight (0 for instructions and waived steps)
    hints_taken: int
    hints_due: int  # hints whose after_s has passed (taken or not)
    tries_left: int | None  # observation steps; None for others
    answer: Any  # the last quiz choice ids (tuple) or observation value, else None
    duration_s: float | None  # shown -> finished (or -> now while active)
    feedback: str | None  # "correct", "wrong", "timeout", "not_live", "waived", None


@dataclass(frozen=True)
class SessionResult:
    outcome: Outcome
    score_raw: float
    score_max: float
    scaled: float | None  # raw / max, None when max == 0
    mastery: float | None
    duration_s: float
    steps: tuple[StepState, ...]
    reason: str = ""  # why an attempt was abandoned / failed ("time limit", "setup: ...", ...)


class StatementSink(Protocol):
    """The one port through which an attempt's events leave the engine."""

    def record(self, statement: Statement) -> None: ...


class MemorySink:
    """Keeps statements in memory (until the records store exists, and for tests)."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []

    def record(self, statement: Statement) -> None:
        self.statements.append(statement)


@dataclass
class _StepRecord:
    """Mutable bookkeeping of one step during the attempt."""

    status: StepStatus = StepStatus.PENDING
    shown_at: float | None = None
    ready_at: float | None = None  # on_enter done: the check's baseline and timeout start here
    lost_s: float = 0.0  # time with the cell link down since ready_at: not counted against timeout_s
    script_done_at: float | None = None  # when on_enter finished
    settled: bool = False  # on_enter finished and the cell has been heard from since (see _caught_up)
    ended_at: float | None = None
    hints_taken: int = 0
    hints_announced: int = 0
    tries_left: int | None = None
    answer: Any = None
    feedback: str | None = None
    points: float = 0.0
    check: CheckRun | None = None
    satisfied: bool = False
    script: ActionScript | None = None
    seen: deque[tuple[float, float]] = field(default_factory=deque)  # (t, live value) of an observation
    carried_s: float = 0.0  # time on this step in earlier runs of a resumed attempt


_FINISHED = (StepStatus.DONE, StepStatus.PASSED, StepStatus.FAILED, StepStatus.WAIVED, StepStatus.SKIPPED)


class LabSession:
    """One attempt. Construct it when the trainee picks the module (that records `attempted`)."""

    def __init__(
        self,
        module: LabModule,
        snapshot: SnapshotLike,
        *,
        actor: Actor,
        sink: StatementSink,
        now: float,
        wall: Callable[[], datetime],
        language: str = "nl",
        attempt_id: str | None = None,
        attempt_number: int = 1,
        site: str = "",
        cell: str = "",
        resume: ResumePoint | None = None,
    ) -> None:
        """`resume` continues an attempt the kiosk stopped during (see kiosk.core.labs.resume): the same
        registration and attempt number, each step's status and points, hints taken and observation
        tries used, and the time already counted against the limit. Safety is acknowledged again and
        setup runs again (the cell may have changed meanwhile); then the step the trainee was at is shown
        (an open one afresh, with its on_enter actions), and `resumed` is recorded instead of `attempted`."""
        if resume is not None:
            if resume.module_id != module.id or len(resume.steps) != len(module.steps):
                raise SessionError(f"the resume point is of {resume.module_id}, not of this version of {module.id}")
            attempt_id, attempt_number = resume.attempt_id, resume.attempt_number
        elif module.max_attempts is not None and attempt_number > module.max_attempts:
            raise SessionError(
                f"attempt {attempt_number} of a module that allows {module.max_attempts}: no attempts left"
            )
        self.module = module
        self.phase = Phase.SAFETY
        self.attempt_id = str(uuid.UUID(attempt_id)) if attempt_id else str(uuid.uuid4())  # a registration is a UUID
        self.attempt_number = attempt_number
        self.result: SessionResult | None = None
        self.suspended = False  # left open by `suspend`: ended here, to be resumed from the records
        self.language = language
        self._snapshot = snapshot
        self._actor = actor
        self._sink = sink
        self._wall = wall
        self._site = site
        self._cell = cell
        self._now = now
        self._created_at = now
        self._started_at: float | None = None  # steps began (after setup)
        self._lost_s = 0.0  # time with the cell link down since steps began: not counted against the limit
        self._carried_s = resume.elapsed_s if resume is not None else 0.0  # counted in earlier runs
        self._resume = resume
        self._last_tick: float | None = None
        self._setup_done_at: float | None = None
        self._ended_at: float | None = None  # the attempt ended
        self._acks = [False] * len(module.safety)
        self._acked_at: list[datetime | None] = [None] * len(module.safety)
        self._records = [_StepRecord() for _ in module.steps]
        self._index = 0
        warning_at = module.warning_at_s
        self._warned = warning_at is not None and self._carried_s >= warning_at
        self._next_token = 0
        self._setup: ActionScript | None = None
        self._teardown: ActionScript | None = None
        self._module_iri = activity_id(module.id)
        if resume is None:
            self._emit(
                "attempted",
                extensions={"attempt-number": attempt_number, "module-version": module.version},
            )
        else:
            self._restore(resume)
            self._emit(
                "resumed",
                extensions={
                    "attempt-number": attempt_number,
                    "module-version": module.version,
                    "step-index": resume.index,
                    "run": resume.runs + 1,
                },
            )

    # ---------------------------------------------------------------- state
    @property
    def resumed(self) -> bool:
        """This session continues an attempt the kiosk stopped during."""
        return self._resume is not None

    @property
    def safety_acknowledged(self) -> tuple[bool, ...]:
        return tuple(self._acks)

    @property
    def index(self) -> int:
        """The index of the step shown (0 before step 1; the last step shown after the end)."""
        return self._index

    @property
    def step(self) -> Step:
        return self.module.steps[self._index]

    @property
    def teardown_done(self) -> bool:
        """True once the attempt has ended and its teardown actions have run (or there were none)."""
        return self.phase is Phase.ENDED and (self._teardown is None or self._teardown.done)

    @property
    def setup_position(self) -> tuple[int, int]:
        """(actions done, actions in all) of the setup, for a "preparing the cell" indicator."""
        total = len(self.module.setup)
        return (self._setup.position if self._setup else 0, total)

    def state(self, index: int | None = None, now: float | None = None) -> StepState:
        """How step `index` (default: the current one) stands as of `now` (default: the last call)."""
        i = self._index if index is None else index
        t = self._now if now is None else now
        step = self.module.steps[i]
        rec = self._records[i]
        end = rec.ended_at if rec.ended_at is not None else t
        duration = None if rec.shown_at is None else end - rec.shown_at + rec.carried_s
        if duration is None and rec.carried_s > 0:
            duration = rec.carried_s
        return StepState(
            index=i,
            step_id=self.module.step_id(i),
            kind=step.kind,
            status=rec.status,
            points=rec.points,
            max_points=0.0 if rec.status is StepStatus.WAIVED else step.points,
            hints_taken=rec.hints_taken,
            hints_due=self._hints_due(i, t),
            tries_left=rec.tries_left,
            answer=rec.answer,
            duration_s=duration,
            feedback=rec.feedback,
        )

    def states(self, now: float | None = None) -> tuple[StepState, ...]:
        return tuple(self.state(i, now) for i in range(len(self.module.steps)))

    def check_progress(self) -> dict[str, Progress]:
        """hold_s / count progress of the current action step's check, as of the last tick."""
        rec = self._records[self._index]
        return rec.check.progress() if rec.check is not None else {}

    def check_satisfied(self) -> bool:
        """Whether the current action step's check held at the last tick."""
        return self._records[self._index].satisfied

    def time_left(self, now: float) -> float | None:
        """Seconds until the module's time limit (from step 1); None without one or before step 1."""
        limit = self.module.time_limit_s
        if limit is None or self._started_at is None:
            return None
        end = self._ended_at if self._ended_at is not None else now
        return max(0.0, limit - self._elapsed(end))

    def step_time_left(self, now: float) -> float | None:
        """Seconds until the current action step times out; None for other steps or when finished."""
        step = self.step
        rec = self._records[self._index]
        if self.phase is not Phase.STEPS or not isinstance(step, ActionStep) or rec.status is not StepStatus.ACTIVE:
            return None
        if rec.ready_at is None:
            return step.timeout_s
        return max(0.0, step.timeout_s - (now - rec.ready_at - rec.lost_s))

    def hints_due(self, now: float) -> int:
        return self._hints_due(self._index, now)

    def taken_hints(self) -> tuple[Hint, ...]:
        """The current step's hints the trainee has taken, in order."""
        step = self.step
        hints: tuple[Hint, ...] = getattr(step, "hints", ())
        return hints[: self._records[self._index].hints_taken]

    # ---------------------------------------------------------------- trainee actions
    def acknowledge(self, index: int, now: float) -> None:
        self._now = now
        self._require(Phase.SAFETY, "acknowledge a safety statement")
        if not 0 <= index < len(self._acks):
            raise SessionError(f"there is no safety statement {index}")
        self._acks[index] = True
        self._acked_at[index] = self._wall()

    def begin(self, now: float) -> None:
        """Every safety statement acknowledged: run setup (PREPARING), then show step 1 (on `tick`)."""
        self._now = now
        self._require(Phase.SAFETY, "begin")
        if not all(self._acks):
            missing = [i + 1 for i, ok in enumerate(self._acks) if not ok]
            raise SessionError(f"safety statements not acknowledged yet: {', '.join(map(str, missing))}")
        self.phase = Phase.PREPARING
        self._setup = ActionScript(self.module.setup, self._snapshot, now, purpose="setup", tokens=self._token)
        acknowledged = [
            {
                "index": i,
                "text": self.module.safety[i].get(self.language),
                "at": (at or self._wall()).isoformat(timespec="milliseconds"),
            }
            for i, at in enumerate(self._acked_at)
        ]
        # The statements as the trainee read and ticked them: the evidence of the safety briefing.
        self._emit("initialized", extensions={"safety-acknowledged": acknowledged})

    @property
    def step_preparing(self) -> bool:
        """True while the current step's `on_enter` actions run: its controls and Next wait, and its
        check has not started (so the trainee acts on the cell as the step means it to be)."""
        rec = self._records[self._index]
        return self.phase is Phase.STEPS and rec.script is not None and not rec.settled

    def next(self, now: float) -> None:
        """Finish reading an instruction, or move on from a finished step; after the last, end.

        Refused on a scored step that is still open (giving it up is `give_up`, so a stray Next never
        costs points) and while the step's `on_enter` actions run (`step_preparing`).
        """
        self._now = now
        self._require(Phase.STEPS, "go to the next step")
        if self.step_preparing:
            raise SessionError("the cell is still being prepared for this step")
        rec = self._records[self._index]
        if rec.status is StepStatus.ACTIVE:
            if not isinstance(self.step, InstructionStep):
                raise SessionError(f"step {self._index + 1} is still open: answer it, or give it up")
            self._finish_step(StepStatus.DONE, now, feedback=None)
        self._advance(now)

    def give_up(self, now: float) -> None:
        """The trainee gives up the open scored step: it fails with no points, and the next step is
        shown (or the attempt ends after the last)."""
        self._now = now
        self._require(Phase.STEPS, "give up a step")
        if self.step_preparing:
            raise SessionError("the cell is still being prepared for this step")
        if self._records[self._index].status is not StepStatus.ACTIVE or isinstance(self.step, InstructionStep):
            raise SessionError("only an open quiz, observation or action step can be given up")
        self._finish_step(StepStatus.FAILED, now, feedback="gave_up")
        self._advance(now)

    def _advance(self, now: float) -> None:
        if self._index + 1 < len(self.module.steps):
            self._show(self._index + 1, now)
        else:
            self._end(self._final_outcome(), now)

    def answer_quiz(self, choice_ids: Sequence[str], now: float) -> bool:
        self._now = now
        step = self._active_step(QuizStep, "answer a quiz")
        known = {c.id for c in step.choices}
        unknown = [c for c in choice_ids if c not in known]
        if unknown or not choice_ids:
            raise SessionError(f"not a choice of this quiz: {', '.join(unknown)}" if unknown else "no choice given")
        correct = set(choice_ids) == set(step.correct)
        rec = self._records[self._index]
        rec.answer = tuple(choice_ids)
        self._emit_step(
            "answered",
            result={"response": "[,]".join(choice_ids), "success": correct},
        )
        if correct:
            self._finish_step(StepStatus.PASSED, now, feedback="correct")
        else:
            self._finish_step(StepStatus.FAILED, now, feedback="wrong")
        return correct

    def answer_observation(self, value: float, now: float) -> ObservationVerdict:
        self._now = now
        step = self._active_step(ObservationStep, "answer an observation")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise SessionError(f"an observation answer is a finite number, not {value!r}")
        rec = self._records[self._index]
        tv = self._snapshot.get(step.tag)
        live = getattr(tv, "value", None)
        if tv is None or tv.quality is not Quality.LIVE or isinstance(live, bool) or not isinstance(live, int | float):
            rec.feedback = "not_live"
            return ObservationVerdict.NOT_LIVE
        rec.answer = value
        self._remember(rec, step, now)
        closest = min((v for _, v in rec.seen), key=lambda v: abs(v - value), default=float(live))
        accepted = step.accepts(float(value), closest)
        self._emit_step(
            "answered",
            result={"response": repr(float(value)), "success": accepted},
            extensions={"live-value": float(live), "closest-recent-value": closest},
        )
        if accepted:
            self._finish_step(StepStatus.PASSED, now, feedback="correct")
            return ObservationVerdict.ACCEPTED
        assert rec.tries_left is not None
        rec.tries_left -= 1
        if rec.tries_left <= 0:
            self._finish_step(StepStatus.FAILED, now, feedback="wrong")
            return ObservationVerdict.NO_TRIES
        rec.feedback = "wrong"
        return ObservationVerdict.REJECTED

    def take_hint(self, now: float) -> Hint:
        self._now = now
        self._require(Phase.STEPS, "take a hint")
        rec = self._records[self._index]
        hints: tuple[Hint, ...] = getattr(self.step, "hints", ())
        if rec.status is not StepStatus.ACTIVE or rec.hints_taken >= self._hints_due(self._index, now):
            raise SessionError("no hint is available now")
        hint = hints[rec.hints_taken]
        rec.hints_taken += 1
        self._emit_step("asked", extensions={"hint-number": rec.hints_taken, "hint-cost": hint.cost})
        return hint

    def suspend(self, now: float, reason: str = "") -> None:
        """Leave the attempt open (the kiosk resets after the trainee walked away): `suspended` is
        recorded, the running scripts stop and the teardown tidies the cell for the next person; there
        is no outcome (`result` stays None), so the records keep the attempt open to be resumed
        (kiosk.core.labs.resume). No-op once ended."""
        self._now = now
        if self.phase is Phase.ENDED:
            return
        for rec in self._records:
            if rec.script is not None and not rec.script.done:
                rec.script.cancel("the attempt was suspended")
        if self._setup is not None and not self._setup.done:
            self._setup.cancel("the attempt was suspended")
        self._emit("suspended", extensions={"step-index": self._index, "reason": reason})
        self.suspended = True
        self.phase = Phase.ENDED
        self._ended_at = now
        if self._setup is not None and self.module.teardown:
            self._teardown = ActionScript(
                self.module.teardown, self._snapshot, now, purpose="teardown", tokens=self._token
            )

    def abandon(self, now: float, reason: str = "") -> None:
        """End the attempt early (the trainee stops, the kiosk's idle reset, ...). No-op once ended."""
        self._now = now
        if self.phase is Phase.ENDED:
            return
        self._end(Outcome.ABANDONED, now, reason=reason)

    # ---------------------------------------------------------------- instructor actions
    def waive_step(self, now: float, by: str) -> None:
        """An instructor waives the current step: it leaves the maximum; the trainee moves on with Next."""
        self._now = now
        self._require(Phase.STEPS, "waive a step")
        if self._records[self._index].status is not StepStatus.ACTIVE:
            raise SessionError("only the open step can be waived")
        self._finish_step(StepStatus.WAIVED, now, feedback="waived", by=by)

    def waive_module(self, now: float, by: str) -> None:
        """An instructor waives the whole module (the trainee has shown the skill elsewhere)."""
        self._now = now
        if self.phase is Phase.ENDED:
            raise SessionError("the attempt has already ended")
        self._end(Outcome.WAIVED, now, reason=f"waived by {by}", by=by)

    # ---------------------------------------------------------------- the cell
    def permits(self, command: Command) -> str | None:
        """None when the current step's controls allow `command`, else the reason in plain words."""
        if self.phase is not Phase.STEPS:
            return "no step is shown"
        if self.step_preparing:
            return "the cell is still being prepared for this step"
        controls = getattr(self.step, "controls", ())
        if not controls:
            return "this step offers no controls"
        reasons = [r for r in (_control_allows(c, command) for c in controls) if r is not None]
        if len(reasons) < len(controls):
            return None
        specific = [r for r in reasons if r != _NOT_THIS]
        return specific[0] if specific else f"{describe_command(command)} is not one of this step's controls"

    def tick(self, now: float) -> tuple[list[SessionEvent], list[PendingCommand]]:
        """Advance time: run scripts, evaluate the action check, hints, timeouts, the time limit."""
        self._now = now
        events: list[SessionEvent] = []
        commands: list[PendingCommand] = []
        if self.phase is Phase.PREPARING:
            assert self._setup is not None
            commands += self._setup.tick(now)
            if self._setup.error is not None:
                self._end(Outcome.ABANDONED, now, reason=f"setup: {self._setup.error}")
                events += [SessionEvent.SETUP_FAILED, SessionEvent.ENDED]
            elif self._setup.done and self._caught_up(self._setup, self._mark_setup_done(now)):
                self.phase = Phase.STEPS
                self._started_at = now
                self._show_first(now)
                events += [SessionEvent.PREPARED, SessionEvent.STEP_SHOWN]
        if self.phase is Phase.STEPS:
            events += self._tick_steps(now, commands)
        if self.phase is Phase.ENDED and self._teardown is not None:
            commands += self._teardown.tick(now)
        return events, commands

    def command_finished(self, token: int, error: str | None, now: float) -> None:
        """Report a PendingCommand's result (error None = done)."""
        self._now = now
        scripts = [self._setup, self._teardown, *(r.script for r in self._records)]
        for script in scripts:
            if script is not None and script.command_finished(token, error):
                return

    # ---------------------------------------------------------------- internals
    def _tick_steps(self, now: float, commands: list[PendingCommand]) -> list[SessionEvent]:
        events: list[SessionEvent] = []
        limit = self.module.time_limit_s
        assert self._started_at is not None
        self._count_lost_time(now)
        elapsed = self._elapsed(now)
        warning_at = self.module.warning_at_s
        if warning_at is not None and not self._warned and elapsed >= warning_at:
            self._warned = True
            events.append(SessionEvent.TIME_WARNING)
        if limit is not None and elapsed >= limit:
            if all(r.status in _FINISHED for r in self._records):
                # only the last Next was missing: the work is judged as it stands
                self._end(self._final_outcome(), now)
                return [*events, SessionEvent.ENDED]
            rec = self._records[self._index]
            if rec.status is StepStatus.ACTIVE:
                self._finish_step(StepStatus.FAILED, now, feedback="timeout")
            self._end(Outcome.FAILED, now, reason="time limit")
            return [*events, SessionEvent.TIME_UP, SessionEvent.ENDED]
        rec = self._records[self._index]
        if rec.script is not None:
            commands += rec.script.tick(now)
            if rec.script.error is not None:
                # The step's exercise depends on it (e.g. the fault to find was never injected).
                step_name = f"step {self._index + 1} ({self.module.step_id(self._index)})"
                self._end(Outcome.ABANDONED, now, reason=f"{step_name}: {rec.script.error}")
                return [*events, SessionEvent.SETUP_FAILED, SessionEvent.ENDED]
        if rec.script is not None and rec.script.done and not rec.settled:
            if rec.script_done_at is None:
                rec.script_done_at = now
            rec.settled = self._caught_up(rec.script, rec.script_done_at)
        if rec.status is not StepStatus.ACTIVE:
            return events
        due = self._hints_due(self._index, now)
        if due > rec.hints_announced:
            rec.hints_announced = due
            events.append(SessionEvent.HINT_AVAILABLE)
        step = self.step
        if isinstance(step, ObservationStep):
            self._remember(rec, step, now)
        if isinstance(step, ActionStep) and rec.check is None and not self.step_preparing:
            rec.ready_at = now
            rec.check = CheckRun(step.check, self._snapshot, now)
        if isinstance(step, ActionStep) and rec.check is not None:
            rec.satisfied = rec.check.evaluate(now)
            assert rec.ready_at is not None
            if rec.satisfied:
                self._finish_step(StepStatus.PASSED, now, feedback="correct")
                events.append(SessionEvent.STEP_PASSED)
            elif now - rec.ready_at - rec.lost_s >= step.timeout_s:
                self._finish_step(StepStatus.FAILED, now, feedback="timeout")
                events.append(SessionEvent.STEP_FAILED)
        return events

    def _show(self, index: int, now: float) -> None:
        self._index = index
        step = self.module.steps[index]
        rec = self._records[index]
        rec.status = StepStatus.ACTIVE
        rec.shown_at = now
        if isinstance(step, ObservationStep) and rec.tries_left is None:
            rec.tries_left = step.tries
        rec.hints_announced = rec.hints_taken
        if step.on_enter:
            rec.script = ActionScript(step.on_enter, self._snapshot, now, purpose="on_enter", tokens=self._token)
        else:
            rec.ready_at = now
            if isinstance(step, ActionStep):
                rec.check = CheckRun(step.check, self._snapshot, now)
        self._emit_step("experienced", extensions={"step-index": index})

    def _finish_step(self, status: StepStatus, now: float, *, feedback: str | None, by: str = "") -> None:
        rec = self._records[self._index]
        step = self.step
        rec.status = status
        rec.ended_at = now
        rec.feedback = feedback
        if status is StepStatus.PASSED:
            hints: tuple[Hint, ...] = getattr(step, "hints", ())
            cost = sum(h.cost for h in hints[: rec.hints_taken])
            rec.points = max(0.0, step.points * (1.0 - cost))
        else:
            rec.points = 0.0
        duration = rec.ended_at - (rec.shown_at if rec.shown_at is not None else now)
        if status in (StepStatus.PASSED, StepStatus.FAILED) and step.scored:
            self._emit_step(
                "passed" if status is StepStatus.PASSED else "failed",
                result={
                    "success": status is StepStatus.PASSED,
                    "completion": True,
                    "duration": iso_duration(duration),
                    "score": _score(rec.points, step.points),
                },
                extensions={"hints-taken": rec.hints_taken, "feedback": feedback},
            )
        elif status is StepStatus.WAIVED:
            self._emit_step("waived", result={"completion": True}, extensions={"waived-by": by})

    def _final_outcome(self) -> Outcome:
        if self.module.mastery is None:
            return Outcome.COMPLETED
        raw, top = self._score_totals()
        if top <= 0:  # every scored step waived
            return Outcome.PASSED
        return Outcome.PASSED if raw / top >= self.module.mastery - 1e-9 else Outcome.FAILED

    def _score_totals(self) -> tuple[float, float]:
        raw = sum(r.points for r in self._records)
        top = sum(
            s.points for s, r in zip(self.module.steps, self._records, strict=True) if r.status is not StepStatus.WAIVED
        )
        return raw, top

    def _end(self, outcome: Outcome, now: float, *, reason: str = "", by: str = "") -> None:
        for rec in self._records:
            if rec.status is StepStatus.ACTIVE or rec.status is StepStatus.PENDING:
                if rec.status is StepStatus.ACTIVE:
                    rec.ended_at = now
                rec.status = StepStatus.SKIPPED
            if rec.script is not None and not rec.script.done:
                rec.script.cancel("the attempt ended")
        if self._setup is not None and not self._setup.done:
            self._setup.cancel("the attempt ended")
        raw, top = self._score_totals()
        start = self._started_at if self._started_at is not None else self._created_at
        self.phase = Phase.ENDED
        self._ended_at = now
        self.result = SessionResult(
            outcome=outcome,
            score_raw=raw,
            score_max=top,
            scaled=raw / top if top > 0 else None,
            mastery=self.module.mastery,
            duration_s=now - start + self._carried_s,
            steps=self.states(now),
            reason=reason,
        )
        result: dict[str, Any] = {
            "completion": outcome in (Outcome.PASSED, Outcome.FAILED, Outcome.COMPLETED),
            "duration": iso_duration(now - self._created_at + self._carried_s),
        }
        if outcome in (Outcome.PASSED, Outcome.FAILED):
            result["success"] = outcome is Outcome.PASSED
        if top > 0 and outcome is not Outcome.WAIVED:
            result["score"] = _score(raw, top)
        extensions: dict[str, Any] = {"attempt-number": self.attempt_number}
        if reason:
            extensions["reason"] = reason
        if by:
            extensions["waived-by"] = by
        self._emit(outcome.value, result=result, extensions=extensions)
        # Tidy up the cell only when setup ever touched it.
        if self._setup is not None and self.module.teardown:
            self._teardown = ActionScript(
                self.module.teardown, self._snapshot, now, purpose="teardown", tokens=self._token
            )

    def _elapsed(self, now: float) -> float:
        """Time counted against the module's time limit (this run and earlier ones)."""
        assert self._started_at is not None
        return now - self._started_at - self._lost_s + self._carried_s

    def _restore(self, point: ResumePoint) -> None:
        for rec, step, progress in zip(self._records, self.module.steps, point.steps, strict=True):
            rec.status = StepStatus.PENDING if progress.status is StepStatus.ACTIVE else progress.status
            rec.points = progress.points
            rec.hints_taken = progress.hints_taken
            rec.answer = progress.answer
            rec.feedback = progress.feedback
            rec.carried_s = progress.duration_s
            if isinstance(step, ObservationStep):
                rec.tries_left = max(1, step.tries - progress.tries_used)

    def _show_first(self, now: float) -> None:
        """Step 1, or on a resumed attempt the step the trainee was at (open again, or finished and
        waiting for Next)."""
        index = self._resume.index if self._resume is not None else 0
        if self._records[index].status in _FINISHED:
            self._index = index
            self._emit_step("experienced", extensions={"step-index": index})
        else:
            self._show(index, now)

    def _mark_setup_done(self, now: float) -> float:
        if self._setup_done_at is None:
            self._setup_done_at = now
        return self._setup_done_at

    def _caught_up(self, script: ActionScript, since: float) -> bool:
        """Whether the cell has been heard from (a publish response, data or keep-alive) at or after
        `since`, the moment `script`'s commands finished. Until then the snapshot may still hold values
        from before them (the guard door still shown closed just after setup opened it), and a check
        must not be judged on those. A script that sent no command, or a source without a contact
        clock, counts as caught up."""
        if not script.sent_commands or not hasattr(self._snapshot, "contact_ts"):
            return True
        contact = getattr(self._snapshot, "contact_ts", None)
        return contact is not None and contact >= since

    def _count_lost_time(self, now: float) -> None:
        """Time with the cell link down does not count against the time limit or a step's timeout:
        nobody can work on a cell they cannot see. (Anything with `link_ok(now)` reports the link; a
        snapshot without it is taken as always up.)"""
        last, self._last_tick = self._last_tick, now
        link_ok = getattr(self._snapshot, "link_ok", None)
        if last is None or now <= last or not callable(link_ok) or link_ok(now):
            return
        lost = now - last
        self._lost_s += lost
        rec = self._records[self._index]
        if rec.status is StepStatus.ACTIVE and rec.ready_at is not None:
            rec.lost_s += lost

    def _remember(self, rec: _StepRecord, step: ObservationStep, now: float) -> None:
        """Keep the observed tag's live values of the last `window_s` seconds (one per tick)."""
        tv = self._snapshot.get(step.tag)
        live = getattr(tv, "value", None)
        if (
            tv is not None
            and tv.quality is Quality.LIVE
            and isinstance(live, int | float)
            and not isinstance(live, bool)
            and math.isfinite(live)
        ):
            rec.seen.append((now, float(live)))
        while rec.seen and rec.seen[0][0] < now - step.window_s:
            rec.seen.popleft()

    def _hints_due(self, index: int, now: float) -> int:
        rec = self._records[index]
        hints: tuple[Hint, ...] = getattr(self.module.steps[index], "hints", ())
        if rec.shown_at is None or not hints:
            return 0
        if rec.status is not StepStatus.ACTIVE:
            return rec.hints_taken
        elapsed = now - rec.shown_at
        return max(rec.hints_taken, sum(1 for h in hints if h.after_s <= elapsed))

    def _active_step(self, kind: type[_S], what: str) -> _S:
        self._require(Phase.STEPS, what)
        step = self.step
        if not isinstance(step, kind):
            article = "an" if step.kind[0] in "aeiou" else "a"
            raise SessionError(f"cannot {what}: step {self._index + 1} is {article} {step.kind} step")
        if self._records[self._index].status is not StepStatus.ACTIVE:
            raise SessionError(f"cannot {what}: step {self._index + 1} is already finished")
        return step

    def _require(self, phase: Phase, what: str) -> None:
        if self.phase is not phase:
            raise SessionError(f"cannot {what} in the {self.phase.value} phase")

    def _token(self) -> int:
        self._next_token += 1
        return self._next_token

    def _emit_step(
        self, verb: str, *, result: dict[str, Any] | None = None, extensions: dict[str, Any] | None = None
    ) -> None:
        step = self.step
        step_id = self.module.step_id(self._index)
        title = step.title or getattr(step, "text", None) or getattr(step, "question", None)
        name = _names(title) if title is not None else {"en": step_id}
        self._emit(
            verb,
            object_id=activity_id(self.module.id, step_id),
            object_type=step.kind,
            object_name=name,
            parent=True,
            result=result,
            extensions=extensions,
        )

    def _emit(
        self,
        verb: str,
        *,
        object_id: str | None = None,
        object_type: str = "module",
        object_name: dict[str, str] | None = None,
        parent: bool = False,
        result: dict[str, Any] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        self._sink.record(
            Statement(
                id=str(uuid.uuid4()),
                actor=self._actor,
                verb=verb,
                object_id=object_id or self._module_iri,
                object_type=object_type,
                object_name=object_name or _names(self.module.title),
                timestamp=self._wall(),
                registration=self.attempt_id,
                parent_id=self._module_iri if parent else None,
                result=result or {},
                extensions={extension_iri(k): v for k, v in (extensions or {}).items()},
                language=self.language,
                site=self._site,
                cell=self._cell,
            )
        )


_S = TypeVar("_S", InstructionStep, ActionStep, QuizStep, ObservationStep)

_NOT_THIS = "not this control"


def _names(text: Text) -> dict[str, str]:
    """A Text as an xAPI language map (short: the first 120 characters of each language)."""
    return {lang: text.get(lang)[:120] for lang in text.languages()}


def _score(raw: float, top: float) -> dict[str, float]:
    return {"raw": round(raw, 4), "min": 0.0, "max": round(top, 4), "scaled": round(raw / top, 4) if top else 0.0}


def _same(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def _control_allows(control: Control, command: Command) -> str | None:
    """None when `control` allows `command`; `_NOT_THIS` when it is about something else; otherwise
    the reason this control, which is about the same tag or method, refuses it."""
    if isinstance(control, ButtonControl):
        offered = control_command(control)
        if type(command) is not type(offered) or _target(command) != _target(offered):
            return _NOT_THIS
        if isinstance(command, CallAction) and isinstance(offered, CallAction):
            same = len(command.args) == len(offered.args) and all(
                _same(a, b) for a, b in zip(command.args, offered.args, strict=True)
            )
        else:
            same = _same(getattr(command, "value", None), getattr(offered, "value", None))
        return None if same else f"{describe_command(command)}: this step offers {describe_command(offered)}"
    if not isinstance(command, WriteAction) or command.write != control.tag:
        return _NOT_THIS
    value = command.value
    if isinstance(control, SetpointControl):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return f"{control.tag} takes a number, not {value!r}"
        if not control.min - 1e-9 <= value <= control.max + 1e-9:
            return f"{control.tag}: {value:g} is outside this step's range {control.min:g} to {control.max:g}"
        return None
    if any(_same(value, option) for option in control.options):
        return None
    options = ", ".join(_show(o) for o in control.options)
    return f"{control.tag}: this step offers only {options}, not {_show(value)}"


def _target(command: Command) -> str:
    return command.call if isinstance(command, CallAction) else command.write


def control_command(control: ButtonControl) -> Command:
    """The command a button sends."""
    if control.call is not None:
        return CallAction(call=control.call, args=control.args)
    assert control.write is not None and control.value is not None
    return WriteAction(write=control.write, value=control.value)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
