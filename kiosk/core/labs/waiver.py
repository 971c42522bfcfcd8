"""An instructor's waiver of one step of a recorded attempt, and the attempt's result after it.

A waiver excuses a step that could not fairly be done (the cell was broken, the step does not apply to
this trainee): the step is left out of the maximum score, as a step waived during the attempt is
(`LabSession.waive_step`). It is recorded the same way too, as a `waived` statement of that step with
the instructor and the reason as context extensions, so the replay, the exports and an LRS see it.

`rescore` works out the attempt's result from its statements: a scored step not finished (never
reached, or on screen when time ran out) keeps the attempt from passing unless it is waived too.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.core.labs.module import InstructionStep, LabModule
from kiosk.core.labs.resume import StepProgress, resume_point
from kiosk.core.labs.status import StepStatus
from kiosk.core.labs.xapi import ACTIVITY_TYPES, VERBS, activity_id, extension_iri, language_tag

__all__ = ["Rescore", "WaiverError", "rescore", "step_progress", "waivable_steps", "waiver_statement"]

_FINISHED = (StepStatus.DONE, StepStatus.PASSED, StepStatus.FAILED, StepStatus.WAIVED)
_MODULE_FINAL = frozenset(VERBS[v] for v in ("passed", "failed", "completed", "abandoned", "waived"))


class WaiverError(ValueError):
    """The step cannot be waived; the message says why in plain words."""


@dataclass(frozen=True)
class Rescore:
    """An attempt's result worked out from its statements."""

    outcome: str  # passed, failed, completed (no mastery), or the recorded outcome when unchanged rules
    raw: float
    top: float  # waived steps left out

    @property
    def scaled(self) -> float | None:
        return self.raw / self.top if self.top > 0 else None


def step_progress(module: LabModule, statements: Sequence[Mapping[str, Any]]) -> tuple[StepProgress, ...]:
    """Each step's status and points as the attempt's statements show them (the attempt may have ended)."""
    module_iri = activity_id(module.id)
    steps_only = [
        st
        for st in statements
        if not (st.get("object", {}).get("id") == module_iri and st.get("verb", {}).get("id") in _MODULE_FINAL)
    ]
    if not steps_only:
        return tuple(StepProgress() for _ in module.steps)
    return resume_point(module, steps_only).steps


def waivable_steps(module: LabModule, statements: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of the steps an instructor may waive: scored steps that were failed or not finished."""
    progress = step_progress(module, statements)
    return [
        i
        for i, (step, p) in enumerate(zip(module.steps, progress, strict=True))
        if not isinstance(step, InstructionStep) and p.status not in (StepStatus.PASSED, StepStatus.WAIVED)
    ]


def rescore(module: LabModule, statements: Sequence[Mapping[str, Any]], recorded_outcome: str) -> Rescore:
    """The attempt's result from its statements. Passed needs every scored step finished or waived and
    the score (waived steps left out of the maximum) at the module's mastery; a module without mastery
    keeps its recorded outcome; an attempt that was never finished stays as recorded."""
    progress = step_progress(module, statements)
    raw = sum(p.points for p in progress)
    top = sum(s.points for s, p in zip(module.steps, progress, strict=True) if p.status is not StepStatus.WAIVED)
    if module.mastery is None or recorded_outcome not in ("passed", "failed"):
        return Rescore(recorded_outcome, raw, top)
    open_steps = [
        i
        for i, (s, p) in enumerate(zip(module.steps, progress, strict=True))
        if not isinstance(s, InstructionStep) and p.status not in _FINISHED
    ]
    if open_steps:
        return Rescore("failed", raw, top)
    passed = top <= 0 or raw / top >= module.mastery - 1e-9
    return Rescore("passed" if passed else "failed", raw, top)


def waiver_statement(
    module: LabModule,
    statements: Sequence[Mapping[str, Any]],
    step_index: int,
    *,
    by: str,
    reason: str,
    at: datetime,
) -> dict[str, Any]:
    """The `waived` statement of step `step_index`, in the attempt's own actor and context, stamped
    `at` (the attempt's end, so the replay's time axis is not stretched to the day of the waiver).
    Raises WaiverError for a step that cannot be waived or an empty reason."""
    if not reason.strip():
        raise WaiverError("a waiver needs a reason")
    if not 0 <= step_index < len(module.steps):
        raise WaiverError(f"module {module.id} has no step {step_index + 1}")
    if not statements:
        raise WaiverError("nothing was recorded of this attempt")
    if step_index not in waivable_steps(module, statements):
        raise WaiverError(f"step {step_index + 1} was passed, already waived, or is not scored")
    if at.tzinfo is None:
        raise WaiverError("the time of a waiver must be timezone-aware")
    first = statements[0]
    step = module.steps[step_index]
    context = dict(first.get("context", {}))
    kept = (extension_iri("site"), extension_iri("cell"))
    extensions = {k: v for k, v in dict(context.get("extensions", {})).items() if k in kept}
    extensions[extension_iri("waived-by")] = by
    extensions[extension_iri("waiver-reason")] = reason.strip()
    context["extensions"] = extensions
    module_iri = activity_id(module.id)
    context["contextActivities"] = {"parent": [{"id": module_iri, "objectType": "Activity"}]}
    title = step.title or getattr(step, "text", None) or getattr(step, "question", None)
    names = {lang: title.get(lang)[:120] for lang in title.languages()} if title is not None else {}
    step_id = module.step_id(step_index)
    return {
        "id": str(uuid.uuid4()),
        "actor": first["actor"],
        "verb": {"id": VERBS["waived"], "display": {"en-US": "waived"}},
        "object": {
            "objectType": "Activity",
            "id": activity_id(module.id, step_id),
            "definition": {
                "type": ACTIVITY_TYPES[step.kind],
                "name": {language_tag(k): v for k, v in (names or {"en": step_id}).items()},
            },
        },
        "context": context,
        "timestamp": at.isoformat(timespec="milliseconds"),
        "result": {"completion": True},
    }
