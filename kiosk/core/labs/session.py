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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from kiosk.core.labs.checks import Progress, SnapshotLike
from kiosk.core.labs.module import CallAction, Hint, LabModule, Step, WriteAction
from kiosk.core.labs.xapi import Actor, Statement

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
]

Command = CallAction | WriteAction
"""A command to the cell: call a method alias with args, or write a value to a tag alias."""


class SessionError(Exception):
    """A call the session cannot take in its present phase or step (a programming error in the
    caller, or a double tap the screen should have prevented); the message says why."""


class Phase(StrEnum):
    SAFETY = "safety"
    PREPARING = "preparing"
    STEPS = "steps"
    ENDED = "ended"


class StepStatus(StrEnum):
    PENDING = "pending"  # not shown yet
    ACTIVE = "active"  # shown, not finished
    DONE = "done"  # an instruction that was read (not scored)
    PASSED = "passed"
    FAILED = "failed"  # wrong answer, no tries left, or timed out
    WAIVED = "waived"  # an instructor waived it: left out of the maximum
    SKIPPED = "skipped"  # never reached (the attempt ended before it)


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
    SETUP_FAILED = "setup_failed"  # the attempt ended: the cell could not be prepared
    ENDED = "ended"


class ObservationVerdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # not within tolerance; a try is used
    NOT_LIVE = "not_live"  # the live value is stale or bad: not judged, no try used
    NO_TRIES = "no_tries"  # rejected and it was the last try: the step failed


@dataclass(frozen=True)
class PendingCommand:
    """A command the caller must send to the cell, then report with `command_finished(token, ...)`."""

    token: int
    command: Command
    purpose: str  # "setup", "on_enter", "teardown"


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
    ) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- state
    phase: Phase
    module: LabModule
    attempt_id: str
    result: SessionResult | None

    @property
    def safety_acknowledged(self) -> tuple[bool, ...]:
        raise NotImplementedError

    @property
    def index(self) -> int:
        """The index of the step shown (0 before step 1; the last step after the end)."""
        raise NotImplementedError

    @property
    def step(self) -> Step:
        raise NotImplementedError

    def state(self, index: int | None = None, now: float | None = None) -> StepState:
        """How step `index` (default: the current one) stands as of `now` (default: the last tick)."""
        raise NotImplementedError

    def states(self, now: float | None = None) -> tuple[StepState, ...]:
        raise NotImplementedError

    def check_progress(self) -> dict[str, Progress]:
        """hold_s / count progress of the current action step's check, as of the last tick."""
        raise NotImplementedError

    def check_satisfied(self) -> bool:
        """Whether the current action step's check held at the last tick."""
        raise NotImplementedError

    def time_left(self, now: float) -> float | None:
        """Seconds until the module's time limit; None without one."""
        raise NotImplementedError

    def step_time_left(self, now: float) -> float | None:
        """Seconds until the current action step times out; None for other steps or when finished."""
        raise NotImplementedError

    def hints_due(self, now: float) -> int:
        raise NotImplementedError

    def taken_hints(self) -> tuple[Hint, ...]:
        """The current step's hints the trainee has taken, in order."""
        raise NotImplementedError

    # ---------------------------------------------------------------- trainee actions
    def acknowledge(self, index: int, now: float) -> None:
        raise NotImplementedError

    def begin(self, now: float) -> None:
        """Every safety statement acknowledged: run setup (PREPARING), then show step 1."""
        raise NotImplementedError

    def next(self, now: float) -> None:
        """Finish reading an instruction, or move on from a finished step; after the last, end."""
        raise NotImplementedError

    def answer_quiz(self, choice_ids: Sequence[str], now: float) -> bool:
        raise NotImplementedError

    def answer_observation(self, value: float, now: float) -> ObservationVerdict:
        raise NotImplementedError

    def take_hint(self, now: float) -> Hint:
        raise NotImplementedError

    def abandon(self, now: float, reason: str = "") -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- instructor actions
    def waive_step(self, now: float, by: str) -> None:
        raise NotImplementedError

    def waive_module(self, now: float, by: str) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- the cell
    def permits(self, command: Command) -> str | None:
        """None when the current step's controls allow `command`, else the reason in plain words."""
        raise NotImplementedError

    def tick(self, now: float) -> tuple[list[SessionEvent], list[PendingCommand]]:
        """Advance time: run scripts, evaluate the action check, hints, timeouts, the time limit."""
        raise NotImplementedError

    def command_finished(self, token: int, error: str | None, now: float) -> None:
        """Report a PendingCommand's result (error None = done)."""
        raise NotImplementedError
