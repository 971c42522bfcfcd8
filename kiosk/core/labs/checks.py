"""Live checks: when is a lab step done?

Authors write a check in the module's YAML as a mapping; `parse_check` (or a pydantic field of type
`Check`) turns it into frozen models, and `CheckRun` evaluates it against the live tag values every
GUI tick. Forms (a leaf reads one tag alias and has exactly one operator):

    {tag: mode, equals: AUTO}            {tag: x, not_equals: 3}
    {tag: level, range: [40, 60]}        inclusive
    {tag: temp, above: 50}               {tag: temp, below: 30}
    {tag: good_count, changed: true}     differs from its value when the step began
    {tag: running, rising: true}         a false->true edge (numbers: an increase) seen during the step
    {tag: running, falling: true}        a true->false edge (numbers: a decrease) seen during the step
    {tag: good_count, count: 10}         increased by at least 10 since the step began
    {all: [...]}  {any: [...]}  {not: {...}}

Any of them may add `hold_s: 3`: true continuously for that long.

The one rule that matters: a value that is not LIVE (stale, bad, unknown) is never evidence. A leaf
whose tag is not live is *unknown*; unknown never satisfies a check, not even under `not`, and a
`hold_s` timer restarts. Combinators use three-valued (Kleene) logic: `all` is false as soon as one
part is false, `any` true as soon as one part is true, otherwise unknown parts make the whole unknown.

Pure: no Qt, no I/O, no clock; time comes only from the `now` (monotonic seconds) passed in.
"""

from __future__ import annotations

import difflib
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal, Protocol

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from kiosk.core.tags import Quality

__all__ = [
    "OPERATORS",
    "AllCheck",
    "AnyCheck",
    "Check",
    "CheckRun",
    "NotCheck",
    "Progress",
    "TagCheck",
    "parse_check",
    "tags_used",
]

OPERATORS: tuple[str, ...] = (
    "equals",
    "not_equals",
    "range",
    "above",
    "below",
    "changed",
    "rising",
    "falling",
    "count",
)
"""The operators of a tag check, in the order error messages list them."""

_REL_TOL = 1e-9
_ABS_TOL = 1e-12


# --------------------------------------------------------------------------------------------- schema


def _fail(kind: str, message: str) -> PydanticCustomError:
    """An error whose message is shown as is (no "Value error, " prefix; braces are not placeholders)."""
    return PydanticCustomError(kind, "{message}", {"message": message})


def _is_number(v: object) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _scalar(v: object) -> object:
    if isinstance(v, bool | str):
        return v
    if _is_number(v):
        if not math.isfinite(float(v)):  # type: ignore[arg-type]
            raise _fail("finite_number", "must be a finite number")
        return v
    raise _fail("scalar", "must be a number, true/false or text")


def _number(v: object) -> object:
    if not _is_number(v):
        raise _fail("number", "must be a number")
    if not math.isfinite(float(v)):  # type: ignore[arg-type]
        raise _fail("finite_number", "must be a finite number")
    return v


Scalar = Annotated[bool | int | float | str, BeforeValidator(_scalar)]
"""A value to compare with: true/false, a number or text (kept as the author typed it)."""
Number = Annotated[float, BeforeValidator(_number)]
Seconds = Annotated[float, BeforeValidator(_number), Field(gt=0)]


def _error(loc: tuple[str | int, ...], kind: str, message: str, value: object) -> InitErrorDetails:
    return InitErrorDetails(type=_fail(kind, message), loc=loc, input=value)


def _unknown_key_errors(data: dict[Any, Any], allowed: tuple[str, ...], what: str) -> list[InitErrorDetails]:
    errors = []
    for key in data:
        if key in allowed:
            continue
        name = str(key)
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        errors.append(
            _error(
                (name,),
                "unknown_operator" if what == "a tag check" else "unknown_key",
                f"unknown {'operator' if what == 'a tag check' else 'key'} {name!r} in {what}{hint}; "
                f"allowed: {', '.join(allowed)}",
                data[key],
            )
        )
    return errors


class _CheckModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    _keys: ClassVar[tuple[str, ...]] = ()
    _what: ClassVar[str] = "check"

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            errors = _unknown_key_errors(data, cls._keys, cls._what)
            errors += cls._more_errors(data)
            if errors:
                raise ValidationError.from_exception_data(cls.__name__, errors)
        return data

    @classmethod
    def _more_errors(cls, data: dict[Any, Any]) -> list[InitErrorDetails]:
        return []


class TagCheck(_CheckModel):
    """A leaf: one tag alias, exactly one operator, optionally `hold_s`."""

    _keys: ClassVar[tuple[str, ...]] = ("tag", *OPERATORS, "hold_s")
    _what: ClassVar[str] = "a tag check"

    tag: str = Field(min_length=1)
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    range: tuple[Number, Number] | None = None
    above: Number | None = None
    below: Number | None = None
    changed: Literal[True] | None = None
    rising: Literal[True] | None = None
    falling: Literal[True] | None = None
    count: int | None = Field(default=None, gt=0, strict=True)
    hold_s: Seconds | None = None

    @classmethod
    def _more_errors(cls, data: dict[Any, Any]) -> list[InitErrorDetails]:
        errors = []
        present = [k for k in OPERATORS if k in data]
        for k in present:
            if data[k] is None:
                errors.append(_error((k,), "missing_value", f"{k} needs a value", None))
        if not present and not any(k not in cls._keys for k in data):
            errors.append(
                _error((), "missing_operator", f"a tag check needs one operator: {', '.join(OPERATORS)}", data)
            )
        elif len(present) > 1:
            errors.append(
                _error(
                    (),
                    "several_operators",
                    f"one operator per tag check, found {' and '.join(present)}; combine checks with all: [...]",
                    data,
                )
            )
        return errors

    @field_validator("range")
    @classmethod
    def _range_ordered(cls, v: tuple[float, float] | None) -> tuple[float, float] | None:
        if v is not None and v[0] > v[1]:
            raise _fail("range_order", f"must be [low, high] with low <= high, got [{v[0]:g}, {v[1]:g}]")
        return v

    @property
    def op(self) -> str:
        """The name of this check's operator."""
        for k in OPERATORS:
            if getattr(self, k) is not None:
                return k
        raise AssertionError("validated TagCheck without an operator")  # pragma: no cover

    @property
    def operand(self) -> Any:
        return getattr(self, self.op)


class AllCheck(_CheckModel):
    """True when every part is true."""

    _keys: ClassVar[tuple[str, ...]] = ("all", "hold_s")
    _what: ClassVar[str] = "an all check"

    all: tuple[Check, ...]
    hold_s: Seconds | None = None

    @field_validator("all")
    @classmethod
    def _not_empty(cls, v: tuple[Check, ...]) -> tuple[Check, ...]:
        if not v:
            raise _fail("empty", "needs at least one check")
        return v


class AnyCheck(_CheckModel):
    """True when at least one part is true."""

    _keys: ClassVar[tuple[str, ...]] = ("any", "hold_s")
    _what: ClassVar[str] = "an any check"

    any: tuple[Check, ...]
    hold_s: Seconds | None = None

    @field_validator("any")
    @classmethod
    def _not_empty(cls, v: tuple[Check, ...]) -> tuple[Check, ...]:
        if not v:
            raise _fail("empty", "needs at least one check")
        return v


class NotCheck(_CheckModel):
    """True when the part is definitely false (all it reads is live); written `not:` in YAML."""

    _keys: ClassVar[tuple[str, ...]] = ("not", "hold_s")
    _what: ClassVar[str] = "a not check"

    not_: Check = Field(alias="not")
    hold_s: Seconds | None = None


_CLASSES: tuple[type[_CheckModel], ...] = (TagCheck, AllCheck, AnyCheck, NotCheck)
_FORMS = (
    "a check is {tag: <alias>, <operator>: ...} with one of "
    + ", ".join(OPERATORS)
    + ", or {all: [...]}, {any: [...]}, {not: {...}}"
)


def _pick_class(data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Choose the model by the keys present, so errors come from that model only, with clean locs."""
    if isinstance(data, _CLASSES):
        return data
    if not isinstance(data, dict):
        raise _fail("check_type", f"must be a mapping; {_FORMS}")
    kinds: list[type[_CheckModel]] = []
    if "tag" in data or any(k in data for k in OPERATORS):
        kinds.append(TagCheck)
    kinds += [cls for cls, key in ((AllCheck, "all"), (AnyCheck, "any"), (NotCheck, "not")) if key in data]
    if not kinds:
        keys = ", ".join(repr(str(k)) for k in data) or "none"
        raise _fail("unknown_check", f"unknown check (keys: {keys}); {_FORMS}")
    if len(kinds) > 1:
        names = ", ".join("tag" if c is TagCheck else c._keys[0] for c in kinds)
        raise _fail("mixed_check", f"a check is exactly one of tag / all / any / not, found {names}; nest them instead")
    return kinds[0].model_validate(data)


Check = Annotated[TagCheck | AllCheck | AnyCheck | NotCheck, WrapValidator(_pick_class)]
"""A check expression. Use as a pydantic field type (`check: Check`) or via `parse_check`."""

AllCheck.model_rebuild()
AnyCheck.model_rebuild()
NotCheck.model_rebuild()

_ADAPTER: TypeAdapter[TagCheck | AllCheck | AnyCheck | NotCheck] = TypeAdapter(Check)


def parse_check(data: object) -> Check:
    """Validate a check as written in YAML. Raises pydantic.ValidationError with locs relative to the check."""
    return _ADAPTER.validate_python(data)


def _children(check: Check) -> tuple[Check, ...]:
    if isinstance(check, AllCheck):
        return check.all
    if isinstance(check, AnyCheck):
        return check.any
    if isinstance(check, NotCheck):
        return (check.not_,)
    return ()


def tags_used(check: Check) -> set[str]:
    """The tag aliases a check reads (the step screen shows their live values)."""
    if isinstance(check, TagCheck):
        return {check.tag}
    out: set[str] = set()
    for child in _children(check):
        out |= tags_used(child)
    return out


# ------------------------------------------------------------------------------------------ evaluation


class TagValueLike(Protocol):
    @property
    def value(self) -> Any: ...

    @property
    def quality(self) -> Quality: ...


class SnapshotLike(Protocol):
    def get(self, alias: str) -> TagValueLike: ...


Reader = Callable[[str], TagValueLike | None]


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a `hold_s` or `count` has got, for "7 of 10" on the step screen."""

    kind: Literal["hold", "count"]
    done: float
    target: float
    tag: str | None = None  # the alias, for a leaf; None for a combinator's hold


def _same(a: Any, b: Any) -> bool:
    """Equality as authors mean it: booleans strictly, numbers with a tiny tolerance, text exactly."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) or _is_number(b):
        return _is_number(a) and _is_number(b) and math.isclose(float(a), float(b), rel_tol=_REL_TOL, abs_tol=_ABS_TOL)
    return type(a) is type(b) and bool(a == b)


def _le(a: float, b: float) -> bool:
    return a <= b or math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=_ABS_TOL)


class _Node:
    path: str

    def step(self, now: float) -> bool | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def progress(self, now: float, out: dict[str, Progress]) -> None:
        return None


class _Leaf(_Node):
    def __init__(self, check: TagCheck, read: Reader, now: float, path: str):
        self.check = check
        self.read = read
        self.path = path
        self.op = check.op
        self.baseline: Any = None  # for changed / count: value at step start (or first live value)
        self.last: Any = None  # last live value, for edges
        self.edge_seen = False
        self.counted = 0.0
        first = self._live(read(check.tag))
        if first is not None:
            self.baseline = first
            self.last = first

    @staticmethod
    def _live(tv: TagValueLike | None) -> Any:
        if tv is None or tv.quality != Quality.LIVE or tv.value is None:
            return None
        v = tv.value
        if _is_number(v) and not math.isfinite(float(v)):
            return None
        return v

    def step(self, now: float) -> bool | None:
        v = self._live(self.read(self.check.tag))
        if v is None:
            return None
        c, op = self.check, self.op
        if op == "equals":
            return _same(v, c.equals)
        if op == "not_equals":
            return not _same(v, c.not_equals)
        if op == "range":
            assert c.range is not None
            lo, hi = c.range
            return _is_number(v) and _le(lo, float(v)) and _le(float(v), hi)
        if op == "above":
            assert c.above is not None
            return _is_number(v) and float(v) > c.above
        if op == "below":
            assert c.below is not None
            return _is_number(v) and float(v) < c.below
        if op == "changed":
            if self.baseline is None:
                self.baseline = v
            return not _same(v, self.baseline)
        if op == "count":
            assert c.count is not None
            if not _is_number(v):
                return False
            if self.baseline is None or not _is_number(self.baseline):
                self.baseline = v
            if float(v) < float(self.baseline):  # the counter was reset: count on from its new value
                self.baseline = v
            self.counted = float(v) - float(self.baseline)
            return self.counted >= c.count - _ABS_TOL
        # rising / falling: latched once an edge between two live observations has been seen
        prev, self.last = self.last, v
        if prev is not None and not self.edge_seen:
            if isinstance(v, bool) and isinstance(prev, bool):
                self.edge_seen = (not prev and v) if op == "rising" else (prev and not v)
            elif _is_number(v) and _is_number(prev):
                self.edge_seen = float(v) > float(prev) if op == "rising" else float(v) < float(prev)
        return self.edge_seen

    def progress(self, now: float, out: dict[str, Progress]) -> None:
        if self.op == "count":
            assert self.check.count is not None
            key = f"{self.path}.count" if self.path else "count"
            out[key] = Progress("count", max(0.0, self.counted), float(self.check.count), self.check.tag)


class _Hold(_Node):
    def __init__(self, inner: _Node, hold_s: float, tag: str | None):
        self.inner = inner
        self.hold_s = hold_s
        self.tag = tag
        self.path = inner.path
        self.since: float | None = None

    def step(self, now: float) -> bool | None:
        r = self.inner.step(now)
        if r is not True:
            self.since = None
            return r
        if self.since is None:
            self.since = now
        return now - self.since >= self.hold_s - 1e-9

    def progress(self, now: float, out: dict[str, Progress]) -> None:
        self.inner.progress(now, out)
        held = 0.0 if self.since is None else min(max(now - self.since, 0.0), self.hold_s)
        key = f"{self.path}.hold_s" if self.path else "hold_s"
        out[key] = Progress("hold", held, self.hold_s, self.tag)


class _All(_Node):
    def __init__(self, parts: list[_Node], path: str):
        self.parts = parts
        self.path = path

    def step(self, now: float) -> bool | None:
        results = [p.step(now) for p in self.parts]  # every part, every tick: they keep state
        if any(r is False for r in results):
            return False
        return None if any(r is None for r in results) else True

    def progress(self, now: float, out: dict[str, Progress]) -> None:
        for p in self.parts:
            p.progress(now, out)


class _Any(_All):
    def step(self, now: float) -> bool | None:
        results = [p.step(now) for p in self.parts]
        if any(r is True for r in results):
            return True
        return None if any(r is None for r in results) else False


class _Not(_All):
    def step(self, now: float) -> bool | None:
        r = self.parts[0].step(now)
        return None if r is None else not r


def _join(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _build(check: Check, read: Reader, now: float, path: str) -> _Node:
    node: _Node
    tag: str | None = None
    if isinstance(check, TagCheck):
        node = _Leaf(check, read, now, path)
        tag = check.tag
    elif isinstance(check, AllCheck):
        node = _All([_build(c, read, now, _join(path, f"all[{i}]")) for i, c in enumerate(check.all)], path)
    elif isinstance(check, AnyCheck):
        node = _Any([_build(c, read, now, _join(path, f"any[{i}]")) for i, c in enumerate(check.any)], path)
    else:
        node = _Not([_build(check.not_, read, now, _join(path, "not"))], path)
    if check.hold_s is not None:
        node = _Hold(node, check.hold_s, tag)
    return node


class CheckRun:
    """One evaluation of a check over one showing of a step. Create it when the step begins.

    `source` is the Snapshot (anything with `.get(alias)`) or a callable alias -> value-with-quality.
    Baselines for `changed` / `count` are the values live now; a tag not live now takes its first
    live value later. Call `evaluate(now)` every tick with monotonic seconds.
    """

    def __init__(self, check: Check, source: SnapshotLike | Reader, now: float):
        read: Reader = source.get if hasattr(source, "get") else source
        self.check = check
        self.started_at = now
        self.tags = frozenset(tags_used(check))
        self._root = _build(check, read, now, "")
        self._last_now = now

    def evaluate(self, now: float) -> bool:
        """Whether the whole check is satisfied now (only LIVE values count)."""
        self._last_now = now
        return self._root.step(now) is True

    def progress(self, now: float | None = None) -> dict[str, Progress]:
        """Progress of every `hold_s` and `count` in the check, keyed by where it is written
        (e.g. "hold_s", "all[1].hold_s", "count"), as of the last `evaluate`."""
        out: dict[str, Progress] = {}
        self._root.progress(self._last_now if now is None else now, out)
        return out
