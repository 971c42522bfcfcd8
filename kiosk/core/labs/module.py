"""The lab module format (`labs/*.yaml`, schema `skillslab.module/1`) as frozen pydantic models.

A module walks a trainee through an exercise on the demo cell, one step at a time:

    schema: skillslab.module/1
    id: speed-and-cycle-time             lower-case words joined by "-", unique among the modules
    version: 1
    title: {nl: ..., en: ...}            every text is a {nl, en, de?, fy?} map; nl and en required
    summary: {nl: ..., en: ...}
    skills: [{nl: ..., en: ...}, ...]   optional: the skills the module trains (on certificates, badges)
    level: basic                         taster | intro | basic | intermediate | advanced
    audience: trainee                    visitor (taster, no login, no score) | trainee
    estimated_min: 15
    cell: demo                           the site profile's cell this module runs on (default: the first)
    mastery: 0.8                         passed when earned / max >= mastery (null: completion only)
    time_limit_s: 1200                   optional; a warning comes `warn_before_s` (>= 20 s) before
    max_attempts: 3                      optional
    safety: [{nl: ..., en: ...}, ...]    acknowledged one by one before step 1
    setup: [<cell action>, ...]          the kiosk puts the cell in a known state before step 1
    teardown: [<cell action>, ...]       ... and tidies up after the last step or on abandon
    steps: [<step>, ...]

Steps (`kind:`): `instruction` (text, image), `action` (a live `check` with `timeout_s`, the
`controls` the trainee may use, and a `rehearse` block: what an ideal trainee does), `quiz`
(single or multiple choice) and `observation` (read a value off the cell and type it; accepted
within a tolerance of the live value). Scored steps have a `weight` and may offer `hints` that
appear after a delay and cost a fraction of the step's points.

A cell action is one of:

    {call: start}                        a method alias from the cell's tag map, optional `args: [...]`
    {write: speed_setpoint, value: 150}  a writable tag alias
    {wait_s: 2}                          pause (rehearsal and setup only)
    {wait_for: <check>, timeout_s: 30}   wait until a check holds (rehearsal and setup only)

Controls (what the trainee may do to the cell during a step, and nothing else):

    {kind: button, call: start, label: {...}}                 a method, with fixed `args` if any
    {kind: button, write: mode, value: AUTO, label: {...}}    a fixed value written to a tag
    {kind: setpoint, tag: speed_setpoint, min: 50, max: 200, step: 10}
    {kind: switch, tag: mode, options: [MANUAL, AUTO]}        text states or [false, true]

Names of tags and methods are aliases resolved by the site's tag map, so one module runs on the
simulator and on a real cell. Whether they exist there is checked by the loader (services), not here:
this module is pure and knows no site.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.core.labs.checks import Check, Scalar, tags_used
from kiosk.core.text import LANGUAGES, LocalText

__all__ = [
    "SCHEMA_ID",
    "ActionStep",
    "ButtonControl",
    "CallAction",
    "CellAction",
    "Choice",
    "Control",
    "Hint",
    "InstructionStep",
    "LabModule",
    "ObservationStep",
    "QuizStep",
    "SetpointControl",
    "Step",
    "SwitchControl",
    "Text",
    "WaitAction",
    "WaitForAction",
    "WriteAction",
    "module_json_schema",
]

SCHEMA_ID = "skillslab.module/1"
REQUIRED_LANGUAGES: tuple[str, ...] = ("nl", "en")
MIN_WARNING_S = 20.0
"""The time-limit warning comes at least this long before the time runs out."""

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, "{message}", {"message": message})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ------------------------------------------------------------------------------------------ text


class Text(_Model):
    """Text in the kiosk's languages; Dutch and English are required, German and Frisian optional.

    On screen a missing language falls back to English visibly (`local().is_fallback(lang)`).
    """

    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)
    de: str | None = Field(default=None, min_length=1)
    fy: str | None = Field(default=None, min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _required_languages(cls, data: Any) -> Any:
        if isinstance(data, str):
            raise _fail("text_map", 'must be a map of languages, e.g. {nl: "...", en: "..."}')
        if isinstance(data, dict):
            missing = [lang for lang in REQUIRED_LANGUAGES if not data.get(lang)]
            if missing:
                raise _fail("text_languages", f"needs text in {' and '.join(missing)} (nl and en are required)")
        return data

    def local(self) -> LocalText:
        """As a LocalText for screens (only the languages written)."""
        return LocalText({lang: getattr(self, lang) for lang in LANGUAGES if getattr(self, lang)})

    def get(self, lang: str) -> str:
        return self.local().get(lang)

    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if getattr(self, lang))


def _slug(v: str) -> str:
    if not _SLUG.match(v):
        raise _fail("slug", f"must be lower-case letters and digits joined by '-', got {v!r}")
    return v


Slug = Annotated[str, BeforeValidator(lambda v: v if not isinstance(v, str) else v.strip()), Field(min_length=1)]
Alias = Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z_][A-Za-z0-9_.]*$")]
Positive = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Fraction = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]


# ------------------------------------------------------------------------------------- cell actions


class CallAction(_Model):
    """Call a method alias of the cell (from the tag map's `[methods]`), with fixed arguments."""

    call: Alias
    args: tuple[Scalar, ...] = ()


class WriteAction(_Model):
    """Write a value to a writable tag alias."""

    write: Alias
    value: Scalar


class WaitAction(_Model):
    """Pause for a while (rehearsal, setup and teardown only)."""

    wait_s: Positive


class WaitForAction(_Model):
    """Wait until a check holds, at most `timeout_s` (rehearsal, setup and teardown only)."""

    wait_for: Check
    timeout_s: Positive = 30.0

    @model_validator(mode="after")
    def _timeout_covers_hold(self) -> WaitForAction:
        hold = _longest_hold(self.wait_for)
        if hold >= self.timeout_s:
            raise _fail(
                "timeout_hold", f"timeout_s ({self.timeout_s:g}) must be longer than the check's hold_s ({hold:g})"
            )
        return self


_ACTION_KEYS: dict[str, type[_Model]] = {
    "call": CallAction,
    "write": WriteAction,
    "wait_s": WaitAction,
    "wait_for": WaitForAction,
}


def _pick_action(data: Any) -> Any:
    if isinstance(data, CallAction | WriteAction | WaitAction | WaitForAction):
        return data
    if not isinstance(data, dict):
        raise _fail(
            "action_type", "a cell action is {call: ...}, {write: ..., value: ...}, {wait_s: ...} or {wait_for: ...}"
        )
    found = [k for k in _ACTION_KEYS if k in data]
    if len(found) != 1:
        what = "none of" if not found else "more than one of"
        raise _fail(
            "action_kind", f"a cell action has exactly one of call, write, wait_s, wait_for ({what} them found)"
        )
    return _ACTION_KEYS[found[0]].model_validate(data)


CellAction = Annotated[CallAction | WriteAction | WaitAction | WaitForAction, BeforeValidator(_pick_action)]
"""One thing done to the cell, or a wait, in a `rehearse`, `setup`, `teardown` or `on_enter` list."""


# ------------------------------------------------------------------------------------------ controls


class ButtonControl(_Model):
    """A button: calls a method (`call`, `args`) or writes a fixed `value` to a tag (`write`)."""

    kind: Literal["button"]
    label: Text
    call: Alias | None = None
    args: tuple[Scalar, ...] = ()
    write: Alias | None = None
    value: Scalar | None = None

    @model_validator(mode="after")
    def _one_target(self) -> ButtonControl:
        if (self.call is None) == (self.write is None):
            raise _fail("button_target", "a button has exactly one of call (a method) or write (a tag)")
        if self.write is not None and self.value is None:
            raise _fail("button_value", "a button that writes needs a value")
        if self.call is not None and self.value is not None:
            raise _fail("button_value", "value belongs to write buttons; a call button takes args")
        if self.write is not None and self.args:
            raise _fail("button_args", "args belong to call buttons; a write button takes a value")
        return self


class SetpointControl(_Model):
    """A number the trainee sets on a numeric tag, within [min, max]; `step` is how much one tap on
    the screen's -/+ buttons changes it (the gate checks the range, not the grid)."""

    kind: Literal["setpoint"]
    tag: Alias
    min: float = Field(allow_inf_nan=False)
    max: float = Field(allow_inf_nan=False)
    step: Positive = 1.0
    label: Text | None = None

    @model_validator(mode="after")
    def _ordered(self) -> SetpointControl:
        if self.min >= self.max:
            raise _fail("setpoint_range", f"min must be below max, got min {self.min:g} and max {self.max:g}")
        return self


class SwitchControl(_Model):
    """A choice between fixed values of a tag: text states (MANUAL / AUTO) or [false, true]."""

    kind: Literal["switch"]
    tag: Alias
    options: tuple[Scalar, ...] = Field(min_length=2)
    label: Text | None = None

    @field_validator("options")
    @classmethod
    def _distinct(cls, v: tuple[Any, ...]) -> tuple[Any, ...]:
        if len({(type(o), o) for o in v}) != len(v):
            raise _fail("options_distinct", "options must differ from each other")
        return v


Control = Annotated[ButtonControl | SetpointControl | SwitchControl, Field(discriminator="kind")]


# --------------------------------------------------------------------------------------------- steps


class Hint(_Model):
    """Help that becomes available `after_s` seconds into the step; taking it costs `cost` of the
    step's weight (0.1 = a tenth of the points)."""

    after_s: float = Field(ge=0, allow_inf_nan=False)
    cost: Fraction = 0.0
    text: Text


class _StepBase(_Model):
    id: Slug | None = None
    title: Text | None = None
    image: str | None = None
    watch: tuple[Alias, ...] = ()
    """Tag aliases whose live values the step screen shows (action steps add their check's tags)."""
    on_enter: tuple[CellAction, ...] = ()
    """What the kiosk does to the cell when the step is shown (e.g. inject the fault to find)."""

    @field_validator("id")
    @classmethod
    def _id_slug(cls, v: str | None) -> str | None:
        return None if v is None else _slug(v)

    @field_validator("image")
    @classmethod
    def _relative_image(cls, v: str | None) -> str | None:
        if v is not None and (v.startswith(("/", "\\")) or ".." in v.replace("\\", "/").split("/") or ":" in v):
            raise _fail("image_path", f"must be a path inside the labs folder, like img/cell.png, got {v!r}")
        return v

    @property
    def scored(self) -> bool:
        return False

    @property
    def points(self) -> float:
        return 0.0


class InstructionStep(_StepBase):
    """Text (and an image) to read; the trainee taps Next. Not scored."""

    kind: Literal["instruction"]
    text: Text
    controls: tuple[Control, ...] = ()


class _ScoredStep(_StepBase):
    weight: float = Field(default=1.0, ge=0, allow_inf_nan=False)
    hints: tuple[Hint, ...] = ()

    @field_validator("hints")
    @classmethod
    def _hints_in_order(cls, v: tuple[Hint, ...]) -> tuple[Hint, ...]:
        if [h.after_s for h in v] != sorted(h.after_s for h in v):
            raise _fail("hints_order", "hints must be listed in order of after_s")
        if sum(h.cost for h in v) > 1.0 + 1e-9:
            raise _fail("hints_cost", "the hints of a step may cost at most 1 (all its points) together")
        return v

    @property
    def scored(self) -> bool:
        return self.weight > 0

    @property
    def points(self) -> float:
        return self.weight


class ActionStep(_ScoredStep):
    """Do something on the cell until `check` holds on live values, within `timeout_s`."""

    kind: Literal["action"]
    text: Text
    check: Check
    timeout_s: Positive = 300.0
    controls: tuple[Control, ...] = ()
    rehearse: tuple[CellAction, ...]
    """What an ideal trainee does; the rehearsal runs it through the same control gate."""

    @model_validator(mode="after")
    def _timeout_covers_hold(self) -> ActionStep:
        hold = _longest_hold(self.check)
        if hold >= self.timeout_s:
            raise _fail(
                "timeout_hold", f"timeout_s ({self.timeout_s:g}) must be longer than the check's hold_s ({hold:g})"
            )
        return self

    def tags(self) -> tuple[str, ...]:
        """The step's watched aliases, then those of its check, each once."""
        seen = dict.fromkeys(self.watch)
        for alias in sorted(tags_used(self.check)):
            seen.setdefault(alias)
        return tuple(seen)


def _longest_hold(check: Any) -> float:
    hold = float(getattr(check, "hold_s", None) or 0.0)
    for attr in ("all", "any"):
        for part in getattr(check, attr, None) or ():
            hold = max(hold, _longest_hold(part))
    inner = getattr(check, "not_", None)
    if inner is not None:
        hold = max(hold, _longest_hold(inner))
    return hold


class Choice(_Model):
    id: Annotated[str, Field(min_length=1, max_length=8, pattern=r"^[a-z0-9]+$")]
    text: Text


class QuizStep(_ScoredStep):
    """A question with choices; one correct id makes it single choice, several multiple choice.

    Scored all or nothing: the chosen set must equal `correct`.
    """

    kind: Literal["quiz"]
    question: Text
    choices: tuple[Choice, ...] = Field(min_length=2)
    correct: tuple[str, ...] = Field(min_length=1)
    explanation: Text | None = None

    @model_validator(mode="after")
    def _correct_known(self) -> QuizStep:
        ids = [c.id for c in self.choices]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise _fail("choice_ids", f"choice ids must be unique, {', '.join(dupes)} repeated")
        unknown = [c for c in self.correct if c not in ids]
        if unknown:
            raise _fail(
                "correct_unknown", f"correct names {', '.join(unknown)}, which is not a choice id ({', '.join(ids)})"
            )
        if len(set(self.correct)) != len(self.correct):
            raise _fail("correct_repeated", "correct lists a choice twice")
        return self

    @property
    def multiple(self) -> bool:
        return len(self.correct) > 1


class ObservationStep(_ScoredStep):
    """Read the live value of `tag` off the cell and type it. Accepted when within `tolerance`
    (absolute, in the tag's unit) or `tolerance_pct` of the live value at the moment of answering,
    or of any live value of the last `window_s` seconds (reading a moving value and typing it on a
    keypad takes a few seconds; 0 judges against the value at the moment of answering only)."""

    kind: Literal["observation"]
    text: Text
    tag: Alias
    tolerance: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    tolerance_pct: float | None = Field(default=None, gt=0, le=100, allow_inf_nan=False)
    window_s: float = Field(default=8.0, ge=0, le=60, allow_inf_nan=False)
    tries: int = Field(default=2, ge=1, le=10)
    controls: tuple[Control, ...] = ()

    @model_validator(mode="after")
    def _one_tolerance(self) -> ObservationStep:
        if (self.tolerance is None) == (self.tolerance_pct is None):
            raise _fail("tolerance", "give exactly one of tolerance (absolute) or tolerance_pct (percent)")
        return self

    def accepts(self, answer: float, live: float) -> bool:
        """Whether `answer` is close enough to the live value."""
        if not (math.isfinite(answer) and math.isfinite(live)):
            return False
        allowed = self.tolerance if self.tolerance is not None else abs(live) * float(self.tolerance_pct or 0) / 100
        return abs(answer - live) <= allowed + 1e-9


Step = Annotated[InstructionStep | ActionStep | QuizStep | ObservationStep, Field(discriminator="kind")]


# -------------------------------------------------------------------------------------------- module


class LabModule(_Model):
    """One lab module, as validated from its YAML file."""

    schema_: Literal["skillslab.module/1"] = Field(alias="schema")
    id: str
    version: int = Field(ge=1, strict=True)
    title: Text
    summary: Text
    # Optional so older modules stay valid; certificates and badges list them when present.
    skills: tuple[Text, ...] = ()
    level: Literal["taster", "intro", "basic", "intermediate", "advanced"]
    audience: Literal["visitor", "trainee"] = "trainee"
    estimated_min: float = Field(gt=0, le=240, allow_inf_nan=False)
    cell: str | None = None
    mastery: Fraction | None = 0.8
    time_limit_s: float | None = Field(default=None, ge=60, allow_inf_nan=False)
    warn_before_s: float | None = Field(default=None, ge=MIN_WARNING_S, allow_inf_nan=False)
    max_attempts: int | None = Field(default=None, ge=1, strict=True)
    safety: tuple[Text, ...] = ()
    setup: tuple[CellAction, ...] = ()
    teardown: tuple[CellAction, ...] = ()
    steps: tuple[Step, ...] = Field(min_length=1)

    json_schema_id: ClassVar[str] = "https://skillslab.example/schema/skillslab.module-1.json"

    @field_validator("id")
    @classmethod
    def _id_slug(cls, v: str) -> str:
        return _slug(v)

    @model_validator(mode="after")
    def _consistent(self) -> LabModule:
        ids = [s.id for s in self.steps if s.id is not None]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise _fail("step_ids", f"step ids must be unique, {', '.join(dupes)} repeated")
        if self.mastery is not None and not any(s.scored for s in self.steps):
            raise _fail("mastery_unscored", "mastery needs at least one scored step (weight > 0); use mastery: null")
        if self.warn_before_s is not None and self.time_limit_s is None:
            raise _fail("warn_without_limit", "warn_before_s needs a time_limit_s")
        if self.time_limit_s is not None and self.warning_at_s is not None and self.warning_at_s <= 0:
            raise _fail("warn_too_early", "warn_before_s must be shorter than time_limit_s")
        return self

    @property
    def warning_lead_s(self) -> float | None:
        """How long before the time limit the warning comes: `warn_before_s`, or 10 % of the
        limit between 20 s and 2 min."""
        if self.time_limit_s is None:
            return None
        if self.warn_before_s is not None:
            return self.warn_before_s
        return min(max(MIN_WARNING_S, 0.1 * self.time_limit_s), 120.0)

    @property
    def warning_at_s(self) -> float | None:
        """Seconds into the attempt when the time-limit warning is due."""
        lead = self.warning_lead_s
        return None if lead is None or self.time_limit_s is None else self.time_limit_s - lead

    def step_id(self, index: int) -> str:
        """The step's id, or `step-<n>` (1-based) when the author gave none."""
        step = self.steps[index]
        return step.id or f"step-{index + 1}"

    @property
    def max_points(self) -> float:
        return sum(s.points for s in self.steps)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages every text of the module is written in (nl and en at least)."""
        langs = set(LANGUAGES)
        for text in self.texts():
            langs &= set(text.languages())
        return tuple(lang for lang in LANGUAGES if lang in langs)

    def texts(self) -> Iterator[Text]:
        """Every text in the module, for language coverage."""
        yield from _texts(self)

    def tags_used(self) -> set[str]:
        """Every tag alias the module reads or writes."""
        out: set[str] = set()
        for step in self.steps:
            out.update(step.watch)
            if isinstance(step, ActionStep):
                out.update(tags_used(step.check))
            if isinstance(step, ObservationStep):
                out.add(step.tag)
            for control in getattr(step, "controls", ()):
                if isinstance(control, SetpointControl | SwitchControl):
                    out.add(control.tag)
                elif control.write is not None:
                    out.add(control.write)
        for action in self.all_actions():
            if isinstance(action, WriteAction):
                out.add(action.write)
            elif isinstance(action, WaitForAction):
                out.update(tags_used(action.wait_for))
        return out

    def methods_used(self) -> set[str]:
        """Every method alias the module calls (controls and cell actions)."""
        out = {a.call for a in self.all_actions() if isinstance(a, CallAction)}
        for step in self.steps:
            for control in getattr(step, "controls", ()):
                if isinstance(control, ButtonControl) and control.call is not None:
                    out.add(control.call)
        return out

    def all_actions(self) -> Iterator[CallAction | WriteAction | WaitAction | WaitForAction]:
        yield from self.setup
        yield from self.teardown
        for step in self.steps:
            yield from step.on_enter
            if isinstance(step, ActionStep):
                yield from step.rehearse


def _texts(obj: Any) -> Iterator[Text]:
    if isinstance(obj, Text):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _texts(item)


_MODULE_ADAPTER: TypeAdapter[LabModule] = TypeAdapter(LabModule)


def module_json_schema() -> dict[str, Any]:
    """The JSON Schema of a module file, for authors' editors (`kiosk labs schema`)."""
    schema = LabModule.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = LabModule.json_schema_id
    schema["title"] = "Skills Lab Kiosk lab module (skillslab.module/1)"
    return schema
