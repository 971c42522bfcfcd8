"""Where an attempt stood when the kiosk stopped, read back from its recorded statements.

The records store keeps every event of an attempt as an xAPI statement, committed before it is shown as
saved. Those statements are the evidence, so they are also the checkpoint: `resume_point` replays them
into a `ResumePoint` (the step to continue at, each step's status and points, hints taken, observation
tries used, the time already counted against the time limit), and `LabSession(..., resume=point)`
continues from it. Nothing else has to be written for resume to work, and whatever was committed is
exactly what is resumed.

Time counted against the time limit: per run of the kiosk (the first run, and one after each
`resumed`), from the run's first step shown to its last recorded event. Time while the kiosk was off,
and after the last event before it stopped, is not counted.

Pure: statements are plain dicts (`Statement.to_dict()` as stored); no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.core.labs.module import InstructionStep, LabModule, ObservationStep
from kiosk.core.labs.status import StepStatus
from kiosk.core.labs.xapi import VERBS, Actor, Statement, activity_id, extension_iri, iso_duration

__all__ = [
    "NotResumable",
    "ResumePoint",
    "StepProgress",
    "abandon_statement",
    "module_id_of_iri",
    "resume_point",
]

_VERB_BY_IRI = {iri: name for name, iri in VERBS.items()}
_FINAL = frozenset({"passed", "failed", "completed", "abandoned", "waived"})
_MODULE_TYPE = "http://adlnet.gov/expapi/activities/lesson"


class NotResumable(Exception):
    """The statements do not describe an unfinished attempt of this module; the message says why."""


@dataclass(frozen=True)
class StepProgress:
    """One step as the recorded statements show it."""

    status: StepStatus = StepStatus.PENDING
    points: float = 0.0
    hints_taken: int = 0
    tries_used: int = 0  # wrong observation answers
    answer: Any = None  # the last quiz choices (tuple) or observation value
    feedback: str | None = None
    duration_s: float = 0.0  # time on the step in earlier runs


@dataclass(frozen=True)
class ResumePoint:
    """Where to continue an attempt."""

    attempt_id: str  # the registration
    attempt_number: int
    module_id: str
    index: int  # the step to show (its status says whether it is still open)
    steps: tuple[StepProgress, ...]
    elapsed_s: float  # already counted against the module's time limit
    began: bool  # the trainee had got past the safety statements and setup at least once
    language: str = "nl"
    runs: int = 1  # how many times the kiosk ran this attempt so far
    last_event_at: datetime | None = None

    def score_of(self, module: LabModule) -> tuple[float, float]:
        """(earned, possible over the whole module, waived steps left out)."""
        raw = sum(s.points for s in self.steps)
        pairs = zip(module.steps, self.steps, strict=True)
        top = sum(step.points for step, s in pairs if s.status is not StepStatus.WAIVED)
        return raw, top


@dataclass
class _Step:
    status: StepStatus = StepStatus.PENDING
    points: float = 0.0
    hints_taken: int = 0
    tries_used: int = 0
    answer: Any = None
    feedback: str | None = None
    shown_at: datetime | None = None
    duration_s: float = 0.0
    ended: bool = False


@dataclass
class _Run:
    first_shown: datetime | None = None
    last_event: datetime | None = None

    def counted(self) -> float:
        if self.first_shown is None or self.last_event is None:
            return 0.0
        return max(0.0, (self.last_event - self.first_shown).total_seconds())


@dataclass
class _Replay:
    module: LabModule
    steps: list[_Step]
    runs: list[_Run] = field(default_factory=lambda: [_Run()])
    index: int = 0
    began: bool = False
    attempt_number: int = 1
    language: str = "nl"


def module_id_of_iri(iri: str) -> str | None:
    """The module id in a module's or step's activity IRI, None for any other IRI."""
    base = activity_id("")
    if not iri.startswith(base):
        return None
    return iri[len(base) :].split("/", 1)[0] or None


def resume_point(module: LabModule, statements: Sequence[Mapping[str, Any]]) -> ResumePoint:
    """Replay an attempt's statements (in recorded order) into where it stood.

    Raises NotResumable when there are none, they belong to another module, or the attempt has ended.
    """
    if not statements:
        raise NotResumable("nothing was recorded of this attempt")
    registration = str(statements[0].get("context", {}).get("registration", ""))
    step_index = {activity_id(module.id, module.step_id(i)): i for i in range(len(module.steps))}
    module_iri = activity_id(module.id)
    replay = _Replay(module, [_Step() for _ in module.steps])
    for st in statements:
        verb = _VERB_BY_IRI.get(str(st.get("verb", {}).get("id", "")))
        object_id = str(st.get("object", {}).get("id", ""))
        at = _timestamp(st)
        if object_id == module_iri:
            _module_event(replay, verb, st, at)
        elif object_id in step_index:
            _step_event(replay, step_index[object_id], verb, st, at)
        else:
            raise NotResumable(f"statement {st.get('id')} is not about module {module.id}")
        if at is not None:
            replay.runs[-1].last_event = at
    return _point(replay, registration, statements)


def _module_event(replay: _Replay, verb: str | None, st: Mapping[str, Any], at: datetime | None) -> None:
    if verb in _FINAL:
        raise NotResumable(f"the attempt has ended ({verb})")
    extensions = st.get("context", {}).get("extensions", {})
    if verb == "attempted":
        replay.attempt_number = int(extensions.get(extension_iri("attempt-number"), 1))
        replay.language = _kiosk_language(st)
    elif verb == "resumed":
        replay.runs.append(_Run())
        replay.language = _kiosk_language(st)
        # A step on screen when the kiosk stopped: its time so far counts, from where it was shown.
        current = replay.steps[replay.index]
        if current.shown_at is not None and not current.ended:
            current.duration_s += _seconds(current.shown_at, replay.runs[-2].last_event)
            current.shown_at = None
    elif verb == "initialized":
        replay.began = True


def _step_event(replay: _Replay, i: int, verb: str | None, st: Mapping[str, Any], at: datetime | None) -> None:
    step = replay.steps[i]
    result = st.get("result", {})
    extensions = st.get("context", {}).get("extensions", {})
    if verb == "experienced":
        # Everything before the step shown is finished: an instruction read with Next is only
        # recorded by the next step being shown.
        for j in range(i):
            earlier = replay.steps[j]
            if earlier.status in (StepStatus.PENDING, StepStatus.ACTIVE):
                read = isinstance(replay.module.steps[j], InstructionStep)
                earlier.status = StepStatus.DONE if read else StepStatus.SKIPPED
                earlier.ended = True
                if earlier.shown_at is not None and at is not None:
                    earlier.duration_s += _seconds(earlier.shown_at, at)
                    earlier.shown_at = None
        replay.index = i
        if step.status is StepStatus.PENDING or step.status is StepStatus.ACTIVE:
            step.status = StepStatus.ACTIVE
            step.shown_at = at
        run = replay.runs[-1]
        if run.first_shown is None:
            run.first_shown = at
    elif verb == "asked":
        step.hints_taken += 1
    elif verb == "answered":
        response = result.get("response")
        if isinstance(replay.module.steps[i], ObservationStep):
            step.answer = _number(response)
            if result.get("success") is False:
                step.tries_used += 1
        elif isinstance(response, str):
            step.answer = tuple(response.split("[,]"))
    elif verb in ("passed", "failed"):
        step.status = StepStatus.PASSED if verb == "passed" else StepStatus.FAILED
        step.points = float(result.get("score", {}).get("raw", 0.0)) if verb == "passed" else 0.0
        feedback = extensions.get(extension_iri("feedback"))
        step.feedback = feedback if isinstance(feedback, str) else None
        _close_step(step, at)
    elif verb == "waived":
        step.status = StepStatus.WAIVED
        step.points = 0.0
        step.feedback = "waived"
        _close_step(step, at)


def _close_step(step: _Step, at: datetime | None) -> None:
    step.ended = True
    if step.shown_at is not None and at is not None:
        step.duration_s += _seconds(step.shown_at, at)
    step.shown_at = None


def _point(replay: _Replay, registration: str, statements: Sequence[Mapping[str, Any]]) -> ResumePoint:
    last_at = replay.runs[-1].last_event
    steps = []
    for s in replay.steps:
        duration = s.duration_s
        if s.shown_at is not None and last_at is not None:
            duration += _seconds(s.shown_at, last_at)
        steps.append(
            StepProgress(
                status=s.status,
                points=s.points,
                hints_taken=s.hints_taken,
                tries_used=s.tries_used,
                answer=s.answer,
                feedback=s.feedback,
                duration_s=duration,
            )
        )
    return ResumePoint(
        attempt_id=registration,
        attempt_number=replay.attempt_number,
        module_id=replay.module.id,
        index=replay.index,
        steps=tuple(steps),
        elapsed_s=sum(run.counted() for run in replay.runs),
        began=replay.began,
        language=replay.language,
        runs=len(replay.runs),
        last_event_at=last_at,
    )


def abandon_statement(
    *,
    statement_id: str,
    module: LabModule | None,
    module_id: str,
    registration: str,
    actor: Actor,
    at: datetime,
    reason: str,
    point: ResumePoint | None = None,
    language: str = "nl",
    site: str = "",
    cell: str = "",
) -> Statement:
    """The `abandoned` statement that closes an attempt left unfinished (the kiosk stopped during it
    and nobody continued it in time). With the module and its resume point the score so far is kept."""
    result: dict[str, Any] = {"completion": False}
    if point is not None:
        result["duration"] = iso_duration(point.elapsed_s)
        if module is not None:
            raw, top = point.score_of(module)
            if top > 0:
                scaled = round(raw / top, 4)
                result["score"] = {"raw": round(raw, 4), "min": 0.0, "max": round(top, 4), "scaled": scaled}
    names = {lang: module.title.get(lang)[:120] for lang in module.title.languages()} if module else {"en": module_id}
    extensions: dict[str, Any] = {extension_iri("reason"): reason}
    if point is not None:
        extensions[extension_iri("attempt-number")] = point.attempt_number
    return Statement(
        id=statement_id,
        actor=actor,
        verb="abandoned",
        object_id=activity_id(module_id),
        object_type="module",
        object_name=names,
        timestamp=at,
        registration=registration,
        result=result,
        extensions=extensions,
        language=language,
        site=site,
        cell=cell,
    )


def _timestamp(st: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(st["timestamp"]))
    except (KeyError, ValueError):
        return None


def _seconds(start: datetime, end: datetime | None) -> float:
    return 0.0 if end is None else max(0.0, (end - start).total_seconds())


def _number(text: Any) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _kiosk_language(st: Mapping[str, Any]) -> str:
    tag = str(st.get("context", {}).get("language", "nl"))
    return tag.split("-", 1)[0].lower() or "nl"
