"""An attempt laid out on one time axis, for the debrief: step spans, markers and recorded trends.

Pure: no Qt, no SQLite, no clock. `build_timeline` takes what the records store holds for one
attempt — its xAPI statements (`Statement.to_dict()`, kiosk.core.labs.xapi) and its process samples
(`SampleRow`-like: registration, alias, t, value, text_value, quality) — and returns a `Timeline`.

Time origin. Every time in a Timeline is seconds relative to the attempt's start: the timestamp of
its first statement (`attempted`), which is also the attempts row's `started_at`. `start` may be
given instead (an ISO 8601 string, an aware datetime or Unix seconds); without statements the first
sample is the origin. Statement timestamps (ISO 8601 with offset) and sample times (Unix seconds,
wall clock) are both wall-clock, so they line up; `Timeline.start_epoch` turns a relative time back
into Unix seconds.

What comes out:

- `steps`: one `StepSpan` per time a step was shown (`experienced`, its `step-index` extension):
  from that moment to the next step shown, the gap before a resume, or the end. Its status comes from
  the step's own statements: passed / failed / waived; an instruction (no statement when read) is
  `done` once a later step was shown; a step still on screen when the attempt ended or stopped is
  `open`. A step shown again after a resume gets a new span that keeps how the step ended before.
- `markers`: hints (`asked`), answers (`answered`, by `result.success`), steps finished
  (`passed` / `failed` / `waived` on a step), `resumed` (the kiosk was off: `gaps` holds the stretch
  from the last sign of life before it to the resume) and `ended` (the module's final statement).
  A marker carries the facts a screen needs to word it (hint number and cost, response, points,
  outcome, ...), never words: the screen translates.
- `series`: per alias, times and values (`nan` where the sample's quality is not `live`, and at a
  resume gap, so a stale stretch is never drawn as data), the text values for text tags, and the
  stretches that were not live.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from kiosk.core.labs.xapi import ACTIVITY_TYPES, VERBS, extension_iri

__all__ = [
    "Gap",
    "Marker",
    "MarkerKind",
    "Series",
    "SpanStatus",
    "StepSpan",
    "Timeline",
    "build_timeline",
    "parse_time",
]

_VERB_BY_IRI = {iri: short for short, iri in VERBS.items()}
_LESSON = ACTIVITY_TYPES["module"]
_FINAL = frozenset({"passed", "failed", "completed", "abandoned", "waived"})
_KIOSK_LANG = {"nl-NL": "nl", "en-US": "en", "de-DE": "de", "fy-NL": "fy"}
_KIND_BY_TYPE = {
    ACTIVITY_TYPES["instruction"]: "instruction",
    ACTIVITY_TYPES["action"]: "action",
    ACTIVITY_TYPES["quiz"]: "question",  # quiz and observation share the cmi.interaction type
}
LIVE = "live"


class SpanStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    WAIVED = "waived"
    DONE = "done"  # an instruction that was read (a later step was shown)
    OPEN = "open"  # on screen when the attempt ended, or when the kiosk stopped


class MarkerKind(StrEnum):
    HINT = "hint"
    ANSWER_CORRECT = "answer_correct"
    ANSWER_WRONG = "answer_wrong"
    STEP_PASSED = "step_passed"
    STEP_FAILED = "step_failed"
    STEP_WAIVED = "step_waived"
    RESUMED = "resumed"
    ENDED = "ended"


@dataclass(frozen=True)
class StepSpan:
    """One showing of one step. `title` is a language map by kiosk code (nl, en, de, fy)."""

    index: int  # 0-based step index (the screen shows index + 1)
    step_id: str
    title: Mapping[str, str]
    kind: str  # instruction | action | question ("" when unknown)
    start: float
    end: float
    status: SpanStatus
    finished_at: float | None = None  # the passed / failed / waived statement
    hints: int = 0

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class Marker:
    """Something that happened at `t`. Only the fields that fit its kind are set."""

    t: float
    kind: MarkerKind
    step_index: int | None = None
    hint_number: int | None = None
    hint_cost: float | None = None  # fraction of the step's points
    response: str | None = None  # as recorded: quiz choice ids joined by "[,]", observation repr(float)
    live_value: float | None = None  # observation answers: the cell's value when answered
    points: float | None = None  # step finished / ended: earned
    max_points: float | None = None
    feedback: str | None = None  # step finished: correct, wrong, timeout, gave_up, ...
    outcome: str | None = None  # ended: passed, failed, completed, abandoned, waived
    reason: str | None = None  # ended: why (time limit, setup failure, ...)
    gap_s: float | None = None  # resumed: how long the kiosk was off


@dataclass(frozen=True)
class Gap:
    """A stretch with the kiosk off (before a `resumed`)."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Series:
    """One tag's recorded values. `values[i]` is nan where the value was not live (and at resume
    gaps); `texts[i]` is the text value (text tags) or None."""

    alias: str
    t: tuple[float, ...]
    values: tuple[float, ...]
    texts: tuple[str | None, ...]
    not_live: tuple[tuple[float, float], ...] = ()  # (start, end) stretches not live

    @property
    def is_text(self) -> bool:
        return any(x is not None for x in self.texts)

    @property
    def has_data(self) -> bool:
        return any(not math.isnan(v) for v in self.values) or self.is_text

    def value_range(self) -> tuple[float, float] | None:
        finite = [v for v in self.values if math.isfinite(v)]
        return (min(finite), max(finite)) if finite else None


@dataclass(frozen=True)
class Timeline:
    start_epoch: float  # Unix seconds of t = 0
    duration: float  # t of the end (or of the last event / sample when the attempt is open)
    ended: bool
    steps: tuple[StepSpan, ...] = ()
    markers: tuple[Marker, ...] = ()
    gaps: tuple[Gap, ...] = ()
    series: Mapping[str, Series] = field(default_factory=dict)
    module_name: Mapping[str, str] = field(default_factory=dict)  # language map from the statements
    outcome: str | None = None
    score_raw: float | None = None
    score_max: float | None = None
    scaled: float | None = None
    reason: str | None = None

    def epoch(self, t: float) -> float:
        return self.start_epoch + t

    def step_at(self, t: float) -> StepSpan | None:
        """The step on screen at `t` (the later one at a boundary)."""
        found = None
        for span in self.steps:
            if span.start <= t <= span.end:
                found = span
        return found

    def markers_of(self, *kinds: MarkerKind) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.kind in kinds)


# ------------------------------------------------------------------------------------------ parsing


def parse_time(value: str | datetime | float | int) -> float:
    """Unix seconds from an ISO 8601 timestamp (with offset; "Z" allowed), an aware datetime or a number."""
    if isinstance(value, bool):
        raise TypeError("a time is not a bool")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f"time without offset: {value.isoformat()}")
    return value.timestamp()


def _verb(statement: Mapping[str, Any]) -> str:
    iri = str((statement.get("verb") or {}).get("id", ""))
    return _VERB_BY_IRI.get(iri, iri.rsplit("/", 1)[-1])


def _obj(statement: Mapping[str, Any]) -> Mapping[str, Any]:
    return statement.get("object") or {}


def _definition(statement: Mapping[str, Any]) -> Mapping[str, Any]:
    return _obj(statement).get("definition") or {}


def _is_module(statement: Mapping[str, Any]) -> bool:
    return _definition(statement).get("type") == _LESSON


def _ext(statement: Mapping[str, Any], name: str) -> Any:
    return ((statement.get("context") or {}).get("extensions") or {}).get(extension_iri(name))


def _names(statement: Mapping[str, Any]) -> dict[str, str]:
    raw = _definition(statement).get("name") or {}
    return {_KIOSK_LANG.get(k, k.split("-")[0]): str(v) for k, v in raw.items()}


def _step_id(statement: Mapping[str, Any]) -> str:
    oid = str(_obj(statement).get("id", ""))
    return oid.rsplit("/steps/", 1)[-1] if "/steps/" in oid else oid


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _score(statement: Mapping[str, Any]) -> tuple[float | None, float | None, float | None]:
    score = (statement.get("result") or {}).get("score") or {}
    return _number(score.get("raw")), _number(score.get("max")), _number(score.get("scaled"))


def _rank(statement: Mapping[str, Any]) -> int:
    """Order of statements with the same timestamp: a resume, a step shown, a hint, an answer, a step
    finished, the end (so the order they arrive in does not matter)."""
    verb = _verb(statement)
    if _is_module(statement):
        return 5 if verb in _FINAL else 0
    return {"experienced": 1, "asked": 2, "answered": 3}.get(verb, 4)


def _sample_fields(sample: Any) -> tuple[str, float, float | None, str | None, str]:
    """(alias, t, value, text_value, quality) of a SampleRow, a like object, or a plain 6-tuple."""
    if hasattr(sample, "alias"):
        return sample.alias, float(sample.t), sample.value, sample.text_value, str(sample.quality)
    _reg, alias, t, value, text, quality = sample
    return str(alias), float(t), value, text, str(quality)


# ------------------------------------------------------------------------------------------ building


@dataclass
class _Open:
    index: int
    step_id: str
    title: dict[str, str]
    kind: str
    start: float
    status: SpanStatus | None = None
    finished_at: float | None = None
    hints: int = 0


def build_timeline(
    events: Sequence[Mapping[str, Any]],
    samples: Iterable[Any] = (),
    start: str | datetime | float | None = None,
    *,
    ended_at: str | datetime | float | None = None,
) -> Timeline:
    """The attempt's timeline (see the module docstring). `events` are xAPI statement dicts (any
    order); `samples` SampleRow-likes; `start` overrides the origin (default: the first statement's
    timestamp); `ended_at` (the attempts row's end) is used when no final statement is there."""
    timed = sorted(
        ((parse_time(str(s["timestamp"])), _rank(s), i, s) for i, s in enumerate(events) if s.get("timestamp")),
        key=lambda x: x[:3],
    )
    rows = sorted((_sample_fields(s) for s in samples), key=lambda r: r[1])
    if start is not None:
        origin = parse_time(start)
    elif timed:
        origin = timed[0][0]
    elif rows:
        origin = rows[0][1]
    else:
        origin = parse_time(ended_at) if ended_at is not None else 0.0

    steps: list[StepSpan] = []
    markers: list[Marker] = []
    gaps: list[Gap] = []
    current: _Open | None = None
    by_id: dict[str, int] = {}  # step id -> index, from `experienced`
    finished: dict[str, tuple[SpanStatus, float]] = {}  # step id -> how and when it ended
    module_name: dict[str, str] = {}
    outcome: str | None = None
    reason: str | None = None
    raw = top = scaled = None
    end_t: float | None = None
    last_alive: float | None = None  # the last statement time (for gaps)
    sample_times = [r[1] - origin for r in rows]

    def close(at: float, *, finished: bool) -> None:
        nonlocal current
        if current is None:
            return
        status = current.status
        if status is None:
            status = SpanStatus.DONE if finished and current.kind == "instruction" else SpanStatus.OPEN
        steps.append(
            StepSpan(
                index=current.index,
                step_id=current.step_id,
                title=current.title,
                kind=current.kind,
                start=current.start,
                end=max(at, current.start),
                status=status,
                finished_at=current.finished_at,
                hints=current.hints,
            )
        )
        current = None

    for when, _, _, st in timed:
        t = when - origin
        verb = _verb(st)
        result = st.get("result") or {}
        if _is_module(st):
            if not module_name:
                module_name = _names(st)
            if verb == "resumed":
                before = [x for x in sample_times if x < t]
                gap_start = max([x for x in (last_alive, before[-1] if before else None) if x is not None], default=t)
                if current is not None:
                    close(gap_start, finished=False)
                gaps.append(Gap(gap_start, t))
                markers.append(Marker(t, MarkerKind.RESUMED, gap_s=t - gap_start))
            elif verb in _FINAL and end_t is None:
                close(t, finished=False)
                outcome = verb
                raw, top, scaled = _score(st)
                why = _ext(st, "reason")
                reason = str(why) if why else None
                end_t = t
                markers.append(Marker(t, MarkerKind.ENDED, outcome=verb, points=raw, max_points=top, reason=reason))
            last_alive = t
            continue
        sid = _step_id(st)
        if verb == "experienced":
            index = _ext(st, "step-index")
            if not isinstance(index, int) or isinstance(index, bool):
                index = by_id.get(sid, len(by_id))
            by_id[sid] = index
            if current is not None:
                close(t, finished=True)
            kind = _KIND_BY_TYPE.get(str(_definition(st).get("type", "")), "")
            current = _Open(index, sid, _names(st), kind, t)
            if sid in finished:  # shown again after a resume: it keeps how it ended
                current.status, current.finished_at = finished[sid]
        else:
            index = by_id.get(sid)
            mine = current if current is not None and current.step_id == sid else None
            if verb == "asked":
                number = _ext(st, "hint-number")
                cost = _number(_ext(st, "hint-cost"))
                if mine is not None:
                    mine.hints += 1
                markers.append(
                    Marker(
                        t,
                        MarkerKind.HINT,
                        step_index=index,
                        hint_number=number if isinstance(number, int) else None,
                        hint_cost=cost,
                    )
                )
            elif verb == "answered":
                success = bool(result.get("success"))
                markers.append(
                    Marker(
                        t,
                        MarkerKind.ANSWER_CORRECT if success else MarkerKind.ANSWER_WRONG,
                        step_index=index,
                        response=None if result.get("response") is None else str(result.get("response")),
                        live_value=_number(_ext(st, "live-value")),
                    )
                )
            elif verb in ("passed", "failed", "waived"):
                status = {"passed": SpanStatus.PASSED, "failed": SpanStatus.FAILED, "waived": SpanStatus.WAIVED}[verb]
                kind = {"passed": MarkerKind.STEP_PASSED, "failed": MarkerKind.STEP_FAILED}.get(
                    verb, MarkerKind.STEP_WAIVED
                )
                finished[sid] = (status, t)
                if mine is not None:
                    mine.status = status
                    mine.finished_at = t
                else:  # finished after it was closed (should not happen): mend the last span of that step
                    for k in range(len(steps) - 1, -1, -1):
                        if steps[k].step_id == sid:
                            old = steps[k]
                            steps[k] = StepSpan(
                                old.index, old.step_id, old.title, old.kind, old.start, old.end, status, t, old.hints
                            )
                            break
                p, m, _ = _score(st)
                fb = _ext(st, "feedback")
                markers.append(
                    Marker(
                        t,
                        kind,
                        step_index=index,
                        points=p,
                        max_points=m,
                        feedback=str(fb) if fb else None,
                    )
                )
        last_alive = t

    last_seen = max([timed[-1][0] - origin] if timed else [], default=0.0)
    if sample_times:
        last_seen = max(last_seen, sample_times[-1])
    if end_t is None and ended_at is not None:
        end_t = parse_time(ended_at) - origin
    duration = end_t if end_t is not None else last_seen
    close(duration, finished=False)

    series = _series(rows, origin, gaps)
    steps.sort(key=lambda s: (s.start, s.index))
    markers.sort(key=lambda m: m.t)
    return Timeline(
        start_epoch=origin,
        duration=max(duration, 0.0),
        ended=outcome is not None or ended_at is not None,
        steps=tuple(steps),
        markers=tuple(markers),
        gaps=tuple(gaps),
        series=series,
        module_name=module_name,
        outcome=outcome,
        score_raw=raw,
        score_max=top,
        scaled=scaled,
        reason=reason,
    )


def _series(
    rows: Sequence[tuple[str, float, float | None, str | None, str]], origin: float, gaps: Sequence[Gap]
) -> dict[str, Series]:
    per: dict[str, list[tuple[float, float | None, str | None, str]]] = {}
    for alias, t, value, text, quality in rows:
        per.setdefault(alias, []).append((t - origin, value, text, quality))
    out: dict[str, Series] = {}
    for alias, pts in per.items():
        ts: list[float] = []
        vs: list[float] = []
        xs: list[str | None] = []
        not_live: list[tuple[float, float]] = []
        bad_from: float | None = None
        g = 0
        for t, value, text, quality in pts:
            while g < len(gaps) and gaps[g].end <= t:
                # a break in the line across the time the kiosk was off
                if ts and ts[-1] < gaps[g].end:
                    ts.append(gaps[g].start)
                    vs.append(math.nan)
                    xs.append(None)
                g += 1
            live = quality == LIVE
            number = _number(value) if live else None
            ts.append(t)
            vs.append(number if number is not None else math.nan)
            xs.append(text if live else None)
            if not live and bad_from is None:
                bad_from = t
            elif live and bad_from is not None:
                not_live.append((bad_from, t))
                bad_from = None
        if bad_from is not None:
            not_live.append((bad_from, ts[-1]))
        out[alias] = Series(alias, tuple(ts), tuple(vs), tuple(xs), tuple(not_live))
    return out
