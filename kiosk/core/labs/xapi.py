"""Attempt events in the shape of xAPI 1.0.3 statements (actor, verb, object, result, context).

The shape is final: the records store keeps `Statement.to_dict()` as JSON, and a Learning Record
Store can take it later without translation. Verbs are ADL / cmi5 verb IRIs.

Pure: timestamps are passed in (timezone-aware datetimes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "ACTIVITY_TYPES",
    "PLATFORM",
    "VERBS",
    "Actor",
    "Statement",
    "activity_id",
    "extension_iri",
    "iso_duration",
]

PLATFORM = "Skills Lab Kiosk"
ACTIVITY_BASE = "https://skillslab.smartindustryhub.nl/xapi/activities"

VERBS: dict[str, str] = {
    "attempted": "http://adlnet.gov/expapi/verbs/attempted",  # a module attempt started
    "initialized": "http://adlnet.gov/expapi/verbs/initialized",  # safety acknowledged, steps begin
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",  # a step was shown
    "asked": "http://adlnet.gov/expapi/verbs/asked",  # a hint was taken
    "answered": "http://adlnet.gov/expapi/verbs/answered",  # a quiz or observation answer
    "passed": "http://adlnet.gov/expapi/verbs/passed",  # a step or the module passed
    "failed": "http://adlnet.gov/expapi/verbs/failed",  # a step or the module failed
    "completed": "http://adlnet.gov/expapi/verbs/completed",  # the module finished, no mastery
    "abandoned": "https://w3id.org/xapi/adl/verbs/abandoned",
    "waived": "https://w3id.org/xapi/adl/verbs/waived",
    "resumed": "http://adlnet.gov/expapi/verbs/resumed",  # an attempt continued after the kiosk stopped
    "suspended": "http://adlnet.gov/expapi/verbs/suspended",  # left open (idle reset): may be resumed
}
"""The verbs an attempt uses, by short name."""

ACTIVITY_TYPES: dict[str, str] = {
    "module": "http://adlnet.gov/expapi/activities/lesson",
    "instruction": "http://adlnet.gov/expapi/activities/interaction",
    "action": "http://adlnet.gov/expapi/activities/performance",
    "quiz": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "observation": "http://adlnet.gov/expapi/activities/cmi.interaction",
}

_INTERACTION_TYPES = {"quiz": "choice", "observation": "numeric"}
"""xAPI 1.0.3 (Part Two, 2.4.4.1): "Interaction Activities MUST have a valid interactionType". A quiz's
response is its choice ids joined by "[,]"; an observation's is the number read."""

_XAPI_LANG = {"nl": "nl-NL", "en": "en-US", "de": "de-DE", "fy": "fy-NL"}


def activity_id(module_id: str, step_id: str | None = None) -> str:
    """The activity IRI of a module, or of one of its steps."""
    base = f"{ACTIVITY_BASE}/{module_id}"
    return base if step_id is None else f"{base}/steps/{step_id}"


EXTENSION_BASE = "https://skillslab.smartindustryhub.nl/xapi/extensions"


def extension_iri(name: str) -> str:
    """The IRI of a context extension by its short name (`attempt-number`, `hint-cost`, ...)."""
    return f"{EXTENSION_BASE}/{name}"


def language_tag(lang: str) -> str:
    """An RFC 5646 tag for a kiosk language code."""
    return _XAPI_LANG.get(lang, lang)


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration with centisecond precision, as xAPI wants: PT1M5.25S."""
    cs = round(max(seconds, 0.0) * 100)
    hours, rest = divmod(cs, 360000)
    minutes, rest = divmod(rest, 6000)
    secs = rest / 100
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if secs or out == "PT":
        out += f"{secs:g}S"
    return out


@dataclass(frozen=True)
class Actor:
    """A trainee (or visitor) known by a pseudonymous code on this kiosk's site; never a name."""

    code: str
    home_page: str = "https://skillslab.smartindustryhub.nl"

    def to_dict(self) -> dict[str, Any]:
        return {"objectType": "Agent", "account": {"homePage": self.home_page, "name": self.code}}


@dataclass(frozen=True)
class Statement:
    """One event of an attempt. `to_dict()` is the xAPI statement (JSON-ready)."""

    id: str  # UUID
    actor: Actor
    verb: str  # a key of VERBS
    object_id: str  # activity IRI (see activity_id)
    object_type: str  # a key of ACTIVITY_TYPES
    object_name: dict[str, str]  # kiosk language code -> name
    timestamp: datetime
    registration: str  # the attempt's UUID: ties all statements of one attempt together
    parent_id: str | None = None  # the module's activity IRI for step statements
    result: dict[str, Any] = field(default_factory=dict)  # xAPI result: score, success, completion, ...
    extensions: dict[str, Any] = field(default_factory=dict)  # context extensions (IRI keys)
    language: str = "nl"
    site: str = ""  # the landing spot (drachten, emmen, zernike): a context extension
    cell: str = ""  # the cell the attempt ran on: a context extension

    def __post_init__(self) -> None:
        if self.verb not in VERBS:
            raise ValueError(f"unknown verb {self.verb!r}")
        if self.object_type not in ACTIVITY_TYPES:
            raise ValueError(f"unknown activity type {self.object_type!r}")
        if self.timestamp.tzinfo is None:
            raise ValueError("timestamp must be timezone-aware")

    def to_dict(self) -> dict[str, Any]:
        context: dict[str, Any] = {
            "registration": self.registration,
            "platform": PLATFORM,
            "language": language_tag(self.language),
        }
        if self.parent_id is not None:
            context["contextActivities"] = {"parent": [{"id": self.parent_id, "objectType": "Activity"}]}
        extensions = dict(self.extensions)
        if self.site:
            extensions[extension_iri("site")] = self.site
        if self.cell:
            extensions[extension_iri("cell")] = self.cell
        if extensions:
            context["extensions"] = extensions
        definition: dict[str, Any] = {
            "type": ACTIVITY_TYPES[self.object_type],
            "name": {language_tag(k): v for k, v in self.object_name.items()},
        }
        if self.object_type in _INTERACTION_TYPES:
            definition["interactionType"] = _INTERACTION_TYPES[self.object_type]
        out: dict[str, Any] = {
            "id": self.id,
            "actor": self.actor.to_dict(),
            "verb": {"id": VERBS[self.verb], "display": {"en-US": self.verb}},
            "object": {
                "objectType": "Activity",
                "id": self.object_id,
                "definition": definition,
            },
            "context": context,
            "timestamp": self.timestamp.isoformat(timespec="milliseconds"),
        }
        if self.result:
            out["result"] = dict(self.result)
        return out
