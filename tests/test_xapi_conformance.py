"""The kiosk's attempt statements against the xAPI 1.0.3 statement rules (Part Two, "Experience API Data").

The validator below is written from the specification, not from `kiosk.core.labs.xapi`: it knows the
statement's properties, the IRI / UUID / RFC 5646 / ISO 8601 forms they must take, the ADL verb IRIs, and
that a statement holds no nulls. Real sessions (a shipped module and small built ones) are driven on a
fake cell to produce every verb the engine emits; negative tests prove the validator is not vacuous.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from kiosk.core.labs.module import (
    ActionStep,
    InstructionStep,
    LabModule,
    ObservationStep,
    QuizStep,
    WriteAction,
)
from kiosk.core.labs.resume import resume_point
from kiosk.core.labs.script import Command
from kiosk.core.labs.session import LabSession, MemorySink, ObservationVerdict, Outcome, Phase, StepStatus
from kiosk.core.labs.xapi import VERBS, Actor, Statement, activity_id, extension_iri, iso_duration
from kiosk.core.tags import Quality
from kiosk.services.labs.loader import load_module_file

LABS = Path(__file__).resolve().parent.parent / "labs"
WALL0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)

# ------------------------------------------------------------------------------- the rules (from the spec)

STATEMENT_PROPERTIES = frozenset(
    {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"}
)
"""Part Two, 2.4: the properties a statement may have at top level."""

AGENT_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
"""Part Two, 2.4.2.1: an Agent's Inverse Functional Identifiers (exactly one per Agent)."""

RESULT_PROPERTIES = frozenset({"score", "success", "completion", "response", "duration", "extensions"})
SCORE_PROPERTIES = frozenset({"scaled", "raw", "min", "max"})
CONTEXT_PROPERTIES = frozenset(
    {
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    }
)
CONTEXT_ACTIVITY_KEYS = frozenset({"parent", "grouping", "category", "other"})
DEFINITION_PROPERTIES = frozenset(
    {
        "name",
        "description",
        "type",
        "moreInfo",
        "interactionType",
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
        "extensions",
    }
)
INTERACTION_TYPES = frozenset(
    {
        "true-false",
        "choice",
        "fill-in",
        "long-fill-in",
        "matching",
        "performance",
        "sequencing",
        "likert",
        "numeric",
        "other",
    }
)
CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"

ADL = "http://adlnet.gov/expapi/verbs/"
ADL_VOCAB = "https://w3id.org/xapi/adl/verbs/"
REGISTERED_VERBS: dict[str, str] = {
    "attempted": ADL + "attempted",
    "initialized": ADL + "initialized",
    "experienced": ADL + "experienced",
    "asked": ADL + "asked",
    "answered": ADL + "answered",
    "passed": ADL + "passed",
    "failed": ADL + "failed",
    "completed": ADL + "completed",
    "resumed": ADL + "resumed",
    "suspended": ADL + "suspended",
    "abandoned": ADL_VOCAB + "abandoned",
    "waived": ADL_VOCAB + "waived",
}
"""The ADL registry (adlnet.gov/expapi/verbs) and the ADL vocabulary on w3id.org (cmi5's abandoned, waived)."""

KIOSK_LANGUAGES = frozenset({"nl-NL", "en-US", "de-DE", "fy-NL"})

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
"""RFC 4122 form (variant 10xx, any version), lower-case hex as the kiosk writes it."""

LANGTAG_RE = re.compile(
    r"^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})"  # language (+ extlang)
    r"(?:-[a-zA-Z]{4})?"  # script
    r"(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*"  # variants
    r"(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-zA-Z0-9]{1,8})+)?$"  # private use
)
"""RFC 5646 language tag (langtag production, without the grandfathered tags)."""

DURATION_RE = re.compile(
    r"^P(?!$)(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?"
    r"(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]{1,2})?S)?)?$"
)
"""ISO 8601 duration with at most centisecond precision (Part Two, 2.4.5 and 4.6)."""

IRI_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")
_IRI_FORBIDDEN = set(' <>"{}|\\^`')


def is_absolute_iri(value: object) -> bool:
    """An absolute IRI (RFC 3987): a scheme, then no whitespace or characters IRIs exclude; http(s) needs a host."""
    if not isinstance(value, str) or not IRI_SCHEME_RE.match(value) or _IRI_FORBIDDEN & set(value):
        return False
    parts = urlsplit(value)
    return parts.scheme not in ("http", "https") or bool(parts.netloc)


def is_irl(value: object) -> bool:
    """An IRL: an absolute http(s) IRI that can be looked up (an account's homePage)."""
    return is_absolute_iri(value) and urlsplit(str(value)).scheme in ("http", "https")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _language_map(where: str, value: object, errors: list[str]) -> None:
    if not isinstance(value, dict) or not value:
        errors.append(f"{where}: a language map must be a non-empty object")
        return
    for tag, text in value.items():
        if not isinstance(tag, str) or not LANGTAG_RE.match(tag):
            errors.append(f"{where}: {tag!r} is not an RFC 5646 language tag")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}[{tag}]: must be a non-empty string")


def _extensions(where: str, value: object, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: extensions must be an object")
        return
    for key in value:
        if not is_absolute_iri(key):
            errors.append(f"{where}: extension key {key!r} is not an absolute IRI")


def _nulls(value: object, path: str) -> Iterator[str]:
    if value is None:
        yield path
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _nulls(v, f"{path}.{k}")
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from _nulls(v, f"{path}[{i}]")


def _check_actor(actor: object, errors: list[str]) -> None:
    if not isinstance(actor, dict):
        errors.append("actor: must be an object")
        return
    if actor.get("objectType", "Agent") != "Agent":
        errors.append(f"actor.objectType: {actor.get('objectType')!r}, a trainee is an Agent")
    ifis = [k for k in AGENT_IFIS if k in actor]
    if len(ifis) != 1:
        errors.append(f"actor: exactly one inverse functional identifier, found {ifis}")
    if set(actor) - {"objectType", "name", *AGENT_IFIS}:
        errors.append(
            f"actor: properties an Agent does not have: {sorted(set(actor) - {'objectType', 'name', *AGENT_IFIS})}"
        )
    if "name" in actor:
        errors.append("actor.name: a person's name must never leave the kiosk")
    if "mbox" in actor or "mbox_sha1sum" in actor:
        errors.append("actor: an e-mail address (or its hash) must never leave the kiosk")
    account = actor.get("account")
    if "account" in ifis:
        if not isinstance(account, dict) or set(account) != {"homePage", "name"}:
            errors.append("actor.account: must have exactly homePage and name")
            return
        if not is_irl(account["homePage"]):
            errors.append(f"actor.account.homePage: {account['homePage']!r} is not an absolute http(s) IRL")
        if not isinstance(account["name"], str) or not account["name"].strip():
            errors.append("actor.account.name: must be a non-empty string")


def _check_verb(verb: object, errors: list[str]) -> None:
    if not isinstance(verb, dict) or set(verb) - {"id", "display"}:
        errors.append("verb: must be an object with id (and display)")
        return
    vid = verb.get("id")
    if not is_absolute_iri(vid):
        errors.append(f"verb.id: {vid!r} is not an absolute IRI")
    elif vid not in REGISTERED_VERBS.values():
        errors.append(f"verb.id: {vid!r} is not an ADL registry / ADL vocabulary verb IRI")
    if "display" in verb:
        _language_map("verb.display", verb["display"], errors)


def _check_object(obj: object, errors: list[str]) -> None:
    if not isinstance(obj, dict):
        errors.append("object: must be an object")
        return
    if obj.get("objectType", "Activity") != "Activity":
        errors.append(f"object.objectType: {obj.get('objectType')!r}, expected Activity")
    if set(obj) - {"objectType", "id", "definition"}:
        errors.append(
            f"object: properties an Activity does not have: {sorted(set(obj) - {'objectType', 'id', 'definition'})}"
        )
    if not is_absolute_iri(obj.get("id")):
        errors.append(f"object.id: {obj.get('id')!r} is not an absolute IRI")
    definition = obj.get("definition")
    if not isinstance(definition, dict):
        errors.append("object.definition: the kiosk always describes its activities")
        return
    if set(definition) - DEFINITION_PROPERTIES:
        errors.append(f"object.definition: unknown properties {sorted(set(definition) - DEFINITION_PROPERTIES)}")
    if not is_absolute_iri(definition.get("type")):
        errors.append(f"object.definition.type: {definition.get('type')!r} is not an absolute IRI")
    _language_map("object.definition.name", definition.get("name"), errors)
    if "description" in definition:
        _language_map("object.definition.description", definition["description"], errors)
    if "extensions" in definition:
        _extensions("object.definition.extensions", definition["extensions"], errors)
    # 2.4.4.1: "Interaction Activities MUST have a valid interactionType."
    interaction = definition.get("type") == CMI_INTERACTION or "interactionType" in definition
    if interaction and definition.get("interactionType") not in INTERACTION_TYPES:
        errors.append(f"object.definition.interactionType: {definition.get('interactionType')!r} is not valid")


def _check_result(result: object, errors: list[str]) -> None:
    if not isinstance(result, dict):
        errors.append("result: must be an object")
        return
    if set(result) - RESULT_PROPERTIES:
        errors.append(f"result: unknown properties {sorted(set(result) - RESULT_PROPERTIES)}")
    for flag in ("success", "completion"):
        if flag in result and not isinstance(result[flag], bool):
            errors.append(f"result.{flag}: must be a boolean")
    if "response" in result and not isinstance(result["response"], str):
        errors.append("result.response: must be a string")
    if "duration" in result and (not isinstance(result["duration"], str) or not DURATION_RE.match(result["duration"])):
        errors.append(f"result.duration: {result['duration']!r} is not an ISO 8601 duration (0.01 s precision)")
    if "extensions" in result:
        _extensions("result.extensions", result["extensions"], errors)
    if "score" in result:
        score = result["score"]
        if not isinstance(score, dict) or not score or set(score) - SCORE_PROPERTIES:
            errors.append("result.score: an object of scaled, raw, min, max")
            return
        bad = [k for k, v in score.items() if not _is_number(v)]
        if bad:
            errors.append(f"result.score: not numbers: {bad}")
            return
        if "scaled" in score and not -1 <= score["scaled"] <= 1:
            errors.append(f"result.score.scaled: {score['scaled']} is outside [-1, 1]")
        if "min" in score and "max" in score and not score["min"] < score["max"]:
            errors.append("result.score: min must be less than max")
        if "raw" in score:
            if "min" in score and score["raw"] < score["min"]:
                errors.append("result.score.raw: below min")
            if "max" in score and score["raw"] > score["max"]:
                errors.append("result.score.raw: above max")


def _check_context(context: object, errors: list[str]) -> None:
    if not isinstance(context, dict):
        errors.append("context: must be an object")
        return
    if set(context) - CONTEXT_PROPERTIES:
        errors.append(f"context: unknown properties {sorted(set(context) - CONTEXT_PROPERTIES)}")
    if "registration" in context and not (
        isinstance(context["registration"], str) and UUID_RE.match(context["registration"])
    ):
        errors.append(f"context.registration: {context['registration']!r} is not a UUID")
    if "platform" in context and not isinstance(context["platform"], str):
        errors.append("context.platform: must be a string")
    if "language" in context and not (isinstance(context["language"], str) and LANGTAG_RE.match(context["language"])):
        errors.append(f"context.language: {context['language']!r} is not an RFC 5646 tag")
    if "extensions" in context:
        _extensions("context.extensions", context["extensions"], errors)
    activities = context.get("contextActivities")
    if activities is None:
        return
    if not isinstance(activities, dict) or set(activities) - CONTEXT_ACTIVITY_KEYS:
        errors.append("context.contextActivities: an object of parent, grouping, category, other")
        return
    for key, items in activities.items():
        if not isinstance(items, list) or not items:
            errors.append(f"context.contextActivities.{key}: must be a non-empty array of Activities")
            continue
        for item in items:
            if not isinstance(item, dict) or item.get("objectType", "Activity") != "Activity":
                errors.append(f"context.contextActivities.{key}: {item!r} is not an Activity")
            elif not is_absolute_iri(item.get("id")):
                errors.append(f"context.contextActivities.{key}: id {item.get('id')!r} is not an absolute IRI")


def xapi_errors(statement: object) -> list[str]:
    """Every way `statement` (a `to_dict()`) breaks the xAPI 1.0.3 statement rules; empty when conformant."""
    errors: list[str] = []
    if not isinstance(statement, dict):
        return ["a statement must be a JSON object"]
    errors += [f"{path}: null is not allowed in a statement" for path in _nulls(statement, "statement")]
    try:
        if json.loads(json.dumps(statement, allow_nan=False)) != statement:
            errors.append("statement: changes on a JSON round trip (tuples, non-string keys, ...)")
    except (TypeError, ValueError) as exc:
        errors.append(f"statement: not JSON ({exc})")
    extra = set(statement) - STATEMENT_PROPERTIES
    if extra:
        errors.append(f"statement: properties xAPI does not define: {sorted(extra)}")
    for required in ("id", "actor", "verb", "object", "timestamp"):
        if required not in statement:
            errors.append(f"statement: {required} is missing")
    if "id" in statement and not (isinstance(statement["id"], str) and UUID_RE.match(statement["id"])):
        errors.append(f"id: {statement['id']!r} is not a UUID")
    if "actor" in statement:
        _check_actor(statement["actor"], errors)
    if "verb" in statement:
        _check_verb(statement["verb"], errors)
    if "object" in statement:
        _check_object(statement["object"], errors)
    if "result" in statement:
        _check_result(statement["result"], errors)
    if "context" in statement:
        _check_context(statement["context"], errors)
    if "timestamp" in statement:
        ts = statement["timestamp"]
        try:
            parsed = datetime.fromisoformat(ts) if isinstance(ts, str) else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            errors.append(f"timestamp: {ts!r} is not ISO 8601 with a time zone")
    return errors


def kiosk_errors(statement: dict[str, Any], *, site: str, cell: str) -> list[str]:
    """The kiosk's own profile on top of xAPI: context always set, kiosk languages, site and cell."""
    errors: list[str] = []
    context = statement.get("context", {})
    if not isinstance(context.get("registration"), str):
        errors.append("context.registration: every kiosk statement belongs to an attempt")
    if not isinstance(context.get("platform"), str) or not context.get("platform"):
        errors.append("context.platform: missing")
    if context.get("language") not in KIOSK_LANGUAGES:
        errors.append(f"context.language: {context.get('language')!r} is not a kiosk language")
    extensions = context.get("extensions", {})
    if extensions.get(extension_iri("site")) != site or extensions.get(extension_iri("cell")) != cell:
        errors.append("context.extensions: site and cell must be the values given to the session")
    names = statement.get("object", {}).get("definition", {}).get("name", {})
    if not set(names) <= KIOSK_LANGUAGES or not {"nl-NL", "en-US"} <= set(names):
        errors.append(f"object.definition.name: languages {sorted(names)}, expected kiosk languages incl. nl and en")
    return errors


# ---------------------------------------------------------------------------------- a fake cell


@dataclass(frozen=True)
class Live:
    """A live tag value, as a Snapshot gives it."""

    value: Any
    quality: Quality = Quality.LIVE


class FakeCell:
    """A snapshot of plain values that obeys the commands the session sends: writes set a tag, `start`
    runs the belt at the speed setpoint, `stop` halts it. A tag it does not know is UNKNOWN, as in a Snapshot
    that has heard nothing of it."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {
            "running": False,
            "mode": "AUTO",
            "speed_setpoint": 120.0,
            "speed_actual": 0.0,
            "pressure": 3.0,
            "temperature": 40.0,
            "good_count": 0,
            "reject_count": 0,
            "cycle_time": 2.5,
            "level": 10.0,
            "tank_level": 70.0,
        }

    def get(self, alias: str) -> Live:
        return Live(self.values[alias]) if alias in self.values else Live(None, Quality.UNKNOWN)

    def obey(self, command: Command) -> None:
        if isinstance(command, WriteAction):
            self.values[command.write] = command.value
        elif command.call == "start":
            self.values.update(running=True, speed_actual=float(self.values["speed_setpoint"]))
        elif command.call == "stop":
            self.values.update(running=False, speed_actual=0.0)


class Drive:
    """A LabSession on a FakeCell with a MemorySink; the wall clock follows the session's time."""

    def __init__(self, mod: LabModule, *, language: str, site: str, cell: str, **kw: Any) -> None:
        self.cell = FakeCell()
        self.sink = MemorySink()
        self.now = 0.0
        self.site, self.cell_name = site, cell
        self.session = LabSession(
            mod,
            self.cell,
            actor=Actor("T-0042"),
            sink=self.sink,
            now=0.0,
            wall=lambda: WALL0 + timedelta(seconds=self.now),
            language=language,
            site=site,
            cell=cell,
            **kw,
        )

    def tick(self, dt: float = 0.25) -> None:
        """Time passes; every command the session sends is carried out at once."""
        self.now += dt
        _, commands = self.session.tick(self.now)
        for pending in commands:
            self.cell.obey(pending.command)
            self.session.command_finished(pending.token, None, self.now)

    def start(self) -> None:
        s = self.session
        for i in range(len(s.module.safety)):
            s.acknowledge(i, self.now)
        s.begin(self.now)
        for _ in range(400):
            if s.phase is not Phase.PREPARING:
                return
            self.tick()
        raise AssertionError("setup did not finish")

    def ready(self) -> None:
        """Tick until the current step's on_enter actions are done."""
        for _ in range(400):
            if not self.session.step_preparing:
                return
            self.tick()

    def dicts(self) -> list[dict[str, Any]]:
        return [st.to_dict() for st in self.sink.statements]


def txt(en: str) -> dict[str, str]:
    return {"nl": f"{en} (nl)", "en": en, "de": f"{en} (de)"}


def built(*steps: dict[str, Any], **fields: Any) -> LabModule:
    """A small module, as test_lab_session builds them."""
    data: dict[str, Any] = {
        "schema": "skillslab.module/1",
        "id": "conformance-check",
        "version": 2,
        "title": txt("Conformance check"),
        "summary": txt("Summary"),
        "level": "basic",
        "estimated_min": 5,
        "mastery": 0.5,
        "steps": list(steps),
    }
    data.update(fields)
    return LabModule.model_validate(data)


def quiz(step_id: str, correct: str = "a") -> dict[str, Any]:
    choices = [{"id": c, "text": txt(f"Choice {c}")} for c in ("a", "b", "c")]
    return {"id": step_id, "kind": "quiz", "question": txt("Which?"), "choices": choices, "correct": [correct]}


def observation(step_id: str) -> dict[str, Any]:
    return {"id": step_id, "kind": "observation", "text": txt("Read the level"), "tag": "level", "tolerance": 1}


# ----------------------------------------------------------------------------- the sessions


def visitor_taster() -> Drive:
    """The shipped taster (no mastery), walked through in Frisian: attempted, initialized, experienced,
    passed (action steps), asked (a hint), answered + passed (the quiz), completed."""
    mod = load_module_file(LABS / "01-visitor-taster.yaml").module
    assert mod is not None and mod.mastery is None
    d = Drive(mod, language="fy", site="drachten", cell="demo-cell")
    d.start()
    s = d.session
    s.next(d.now)  # welcome
    d.ready()
    d.cell.values["good_count"] = 1  # a part was sorted
    d.tick()
    assert s.state().status is StepStatus.PASSED
    s.next(d.now)
    d.ready()
    d.tick(31.0)
    s.take_hint(d.now)
    d.cell.obey(WriteAction(write="speed_setpoint", value=160.0))  # the trainee moves the speed slider
    d.tick()
    assert s.state().status is StepStatus.PASSED
    s.next(d.now)
    d.ready()
    assert isinstance(s.step, QuizStep)
    assert s.answer_quiz(list(s.step.correct), d.now)
    s.next(d.now)
    while s.phase is Phase.STEPS:
        d.ready()
        s.next(d.now)
    assert s.result is not None and s.result.outcome is Outcome.COMPLETED
    return d


def mixed_passed() -> Drive:
    """Quiz wrong (answered, failed), observation right (answered, passed), a step waived: module passed."""
    d = Drive(built(quiz("q1"), observation("obs"), quiz("q2")), language="en", site="emmen", cell="cell-2")
    d.start()
    s = d.session
    assert not s.answer_quiz(["b"], d.now)
    s.next(d.now)
    d.tick()
    assert s.answer_observation(10.25, d.now) is ObservationVerdict.ACCEPTED
    s.next(d.now)
    s.waive_step(d.now, "instructor-7")
    s.next(d.now)
    assert s.result is not None and s.result.outcome is Outcome.PASSED
    return d


def failed_module() -> Drive:
    """A wrong answer below mastery: the module failed."""
    d = Drive(built(quiz("q1")), language="de", site="zernike", cell="cell-3", attempt_number=2)
    d.start()
    d.session.answer_quiz(["c"], d.now)
    d.session.next(d.now)
    assert d.session.result is not None and d.session.result.outcome is Outcome.FAILED
    return d


def abandoned() -> Drive:
    """The trainee walks away during a step: abandoned, with the reason."""
    d = Drive(built(quiz("q1"), quiz("q2")), language="nl", site="drachten", cell="cell-1")
    d.start()
    d.session.answer_quiz(["a"], d.now)
    d.session.abandon(d.now + 12.345, "idle reset")
    return d


def waived_module() -> Drive:
    """An instructor waives the whole module."""
    d = Drive(built(quiz("q1")), language="nl", site="emmen", cell="cell-1")
    d.start()
    d.session.waive_module(d.now, "instructor-7")
    assert d.session.result is not None and d.session.result.outcome is Outcome.WAIVED
    return d


def suspended_then_resumed() -> Drive:
    """The idle reset leaves the attempt open (suspended); the trainee signs in again and continues it
    (resumed) from the recorded statements. One registration throughout."""
    mod = built(quiz("q1"), quiz("q2"))
    first = Drive(mod, language="en", site="zernike", cell="cell-1")
    first.start()
    first.session.answer_quiz(["a"], first.now)
    first.session.suspend(first.now + 1.0, "idle reset")
    second = Drive(mod, language="en", site="zernike", cell="cell-1", resume=resume_point(mod, first.dicts()))
    second.start()
    second.session.next(second.now)
    second.session.answer_quiz(["a"], second.now)
    second.session.next(second.now)
    assert second.session.result is not None and second.session.result.outcome is Outcome.PASSED
    second.sink.statements[:0] = first.sink.statements
    return second


SESSIONS: dict[str, Callable[[], Drive]] = {
    "visitor-taster": visitor_taster,
    "mixed-passed": mixed_passed,
    "failed-module": failed_module,
    "abandoned": abandoned,
    "waived-module": waived_module,
    "suspended-then-resumed": suspended_then_resumed,
}


def resumed_statement(of: Drive) -> Statement:
    """No engine path resumes an attempt yet: a `resumed` statement as the kiosk would build it."""
    s = of.session
    return Statement(
        id="5b0d6a3e-9c1f-4f7a-8e2b-3d4c5e6f7a8b",
        actor=Actor("T-0042"),
        verb="resumed",
        object_id=activity_id(s.module.id),
        object_type="module",
        object_name={"nl": "Module (nl)", "en": "Module"},
        timestamp=WALL0 + timedelta(minutes=5),
        registration=s.attempt_id,
        extensions={extension_iri("attempt-number"): s.attempt_number},
        language=s.language,
        site=of.site,
        cell=of.cell_name,
    )


@pytest.fixture(scope="module")
def drives() -> dict[str, Drive]:
    return {name: make() for name, make in SESSIONS.items()}


# ------------------------------------------------------------------------------------ conformance


def test_the_sessions_emit_every_verb(drives: dict[str, Drive]) -> None:
    """Every verb the kiosk knows is emitted by a real session, so none escapes the rules."""
    emitted = {st.verb for d in drives.values() for st in d.sink.statements}
    assert emitted == set(VERBS) == set(REGISTERED_VERBS)
    step_verbs = {st.verb for d in drives.values() for st in d.sink.statements if st.parent_id is not None}
    module_verbs = {st.verb for d in drives.values() for st in d.sink.statements if st.parent_id is None}
    assert {"experienced", "asked", "answered", "passed", "failed", "waived"} <= step_verbs
    assert {"attempted", "initialized", "passed", "failed", "completed", "abandoned", "waived"} <= module_verbs
    answered = {st.object_type for d in drives.values() for st in d.sink.statements if st.verb == "answered"}
    assert answered == {"quiz", "observation"}


@pytest.mark.parametrize("name", list(SESSIONS))
def test_every_statement_conforms_to_xapi(drives: dict[str, Drive], name: str) -> None:
    """Each statement of a real session passes every xAPI 1.0.3 statement rule and the kiosk profile."""
    d = drives[name]
    for statement in d.dicts():
        assert xapi_errors(statement) == [], statement
        assert kiosk_errors(statement, site=d.site, cell=d.cell_name) == [], statement


def test_a_resumed_statement_conforms_and_joins_its_attempt(drives: dict[str, Drive]) -> None:
    """A `resumed` statement (no engine path yet) passes the rules and carries the attempt's registration."""
    d = drives["abandoned"]
    statement = resumed_statement(d).to_dict()
    assert xapi_errors(statement) == []
    assert kiosk_errors(statement, site=d.site, cell=d.cell_name) == []
    assert statement["verb"]["id"] == REGISTERED_VERBS["resumed"]
    assert statement["context"]["registration"] == d.session.attempt_id


def test_verbs_are_the_registered_iris(drives: dict[str, Drive]) -> None:
    """Each verb name maps to its ADL registry / ADL vocabulary IRI, with an en-US display."""
    for d in drives.values():
        for st in d.sink.statements:
            verb = st.to_dict()["verb"]
            assert verb["id"] == REGISTERED_VERBS[st.verb]
            assert "en-US" in verb["display"]


def test_statement_ids_are_unique_across_all_sessions(drives: dict[str, Drive]) -> None:
    """2.4.1: a statement id identifies one statement; no two statements share it."""
    ids = [st["id"] for d in drives.values() for st in d.dicts()]
    assert len(ids) == len(set(ids))


def test_one_registration_per_attempt_and_a_different_one_per_attempt(drives: dict[str, Drive]) -> None:
    """2.4.6: context.registration ties one attempt's statements together, and only those."""
    registrations = []
    for d in drives.values():
        regs = {st["context"]["registration"] for st in d.dicts()}
        assert regs == {d.session.attempt_id}
        registrations.append(regs.pop())
    assert len(set(registrations)) == len(registrations)


def test_step_statements_have_the_module_as_parent_and_module_statements_none(drives: dict[str, Drive]) -> None:
    """2.4.6.2: a step statement names the module as its parent Activity; a module statement has none."""
    for d in drives.values():
        module_iri = activity_id(d.session.module.id)
        for st in d.dicts():
            parents = st["context"].get("contextActivities", {}).get("parent")
            if st["object"]["id"] == module_iri:
                assert parents is None
            else:
                assert parents == [{"objectType": "Activity", "id": module_iri}]


def test_the_actor_is_a_pseudonymous_account_only(drives: dict[str, Drive]) -> None:
    """2.4.2: the actor is an Agent identified by an account (the trainee code) only: no name, no mailbox."""
    for d in drives.values():
        for st in d.dicts():
            assert st["actor"] == {
                "objectType": "Agent",
                "account": {"homePage": st["actor"]["account"]["homePage"], "name": "T-0042"},
            }


def test_results_carry_scores_and_durations_where_the_spec_expects_them(drives: dict[str, Drive]) -> None:
    """Scored outcomes carry a consistent score; the attempt's end carries its duration."""
    for d in drives.values():
        for st in d.sink.statements:
            result = st.to_dict().get("result", {})
            if st.verb in ("passed", "failed"):
                assert {"success", "completion", "duration", "score"} <= set(result)
                score = result["score"]
                assert score["scaled"] == pytest.approx(
                    (score["raw"] - score["min"]) / (score["max"] - score["min"]), abs=1e-4
                )
            if st.verb in ("completed", "abandoned") and st.parent_id is None:
                assert DURATION_RE.match(result["duration"])


def test_interaction_activities_name_their_interaction_type(drives: dict[str, Drive]) -> None:
    """2.4.4.1: quizzes are choice interactions (response "a[,]b"), observations numeric ones."""
    seen = {}
    for d in drives.values():
        for st in d.sink.statements:
            if st.object_type in ("quiz", "observation"):
                seen[st.object_type] = st.to_dict()["object"]["definition"]["interactionType"]
                if st.verb == "answered":
                    response = st.result["response"]
                    if st.object_type == "quiz":
                        assert re.fullmatch(r"[^\s\[\]]+(\[,\][^\s\[\]]+)*", response)
                    else:
                        float(response)
    assert seen == {"quiz": "choice", "observation": "numeric"}


def _shipped_modules() -> list[Path]:
    return sorted(LABS.glob("*.yaml"))


@pytest.mark.parametrize("path", _shipped_modules(), ids=lambda p: p.stem)
def test_every_shipped_module_yields_conformant_statements(path: Path) -> None:
    """Each shipped module walked on a fake cell (quizzes answered right, observations read off the cell,
    the first action waived, other actions given up) leaves only conformant statements."""
    mod = load_module_file(path).module
    assert mod is not None, path
    d = Drive(mod, language="fy", site="zernike", cell="cell-x")
    s = d.session
    for i in range(len(mod.safety)):
        s.acknowledge(i, 0.0)
    s.begin(0.0)
    waived = False
    for _ in range(2000):
        if s.phase is Phase.ENDED:
            break
        if s.phase is Phase.PREPARING or s.step_preparing:
            d.tick(0.5)
            continue
        step, status = s.step, s.state().status
        if status is not StepStatus.ACTIVE or isinstance(step, InstructionStep):
            s.next(d.now)
        elif isinstance(step, QuizStep):
            s.answer_quiz(list(step.correct), d.now)
        elif isinstance(step, ObservationStep):
            live = d.cell.get(step.tag)
            if live.value is None or s.answer_observation(float(live.value), d.now) is ObservationVerdict.NOT_LIVE:
                s.give_up(d.now)
        elif isinstance(step, ActionStep) and not waived:
            s.waive_step(d.now, "instructor-7")
            waived = True
        else:
            s.give_up(d.now)
        d.tick(0.5)
    assert s.phase is Phase.ENDED
    assert s.result is not None
    assert s.result.outcome is not Outcome.ABANDONED, s.result.reason  # the steps were walked, not cut short
    for statement in d.dicts():
        assert xapi_errors(statement) == [], statement
        assert kiosk_errors(statement, site="zernike", cell="cell-x") == [], statement


# ------------------------------------------------------------------------- the validator is not vacuous


def _good() -> dict[str, Any]:
    d = Drive(built(quiz("q1")), language="nl", site="emmen", cell="cell-1")
    d.start()
    d.session.answer_quiz(["a"], d.now + 1.5)
    statement = d.sink.statements[-1].to_dict()  # the step's `passed`: result, score, parent, extensions
    assert xapi_errors(statement) == []
    return statement


def _broken(edit: Callable[[dict[str, Any]], None]) -> list[str]:
    statement = copy.deepcopy(_good())
    edit(statement)
    return xapi_errors(statement)


@pytest.mark.parametrize(
    ("rule", "edit"),
    [
        ("id: ", lambda s: s.update(id="attempt-1")),
        ("id: ", lambda s: s.update(id=s["id"].upper())),
        ("null is not allowed", lambda s: s["result"].update(response=None)),
        ("null is not allowed", lambda s: s["context"]["extensions"].update({extension_iri("site"): None})),
        ("not an ISO 8601 duration", lambda s: s["result"].update(duration="PT1.234S")),
        ("not an ISO 8601 duration", lambda s: s["result"].update(duration="65.25")),
        ("not an ISO 8601 duration", lambda s: s["result"].update(duration="PT")),
        ("outside [-1, 1]", lambda s: s["result"]["score"].update(scaled=1.5)),
        ("min must be less than max", lambda s: s["result"]["score"].update(min=1.0, max=1.0)),
        ("above max", lambda s: s["result"]["score"].update(raw=7.0)),
        ("must be a boolean", lambda s: s["result"].update(success="true")),
        ("not a UUID", lambda s: s["context"].update(registration="reg-1")),
        ("not an RFC 5646", lambda s: s["context"].update(language="nl_NL")),
        ("not an RFC 5646", lambda s: s["object"]["definition"]["name"].update({"en_US": "x"})),
        ("non-empty string", lambda s: s["object"]["definition"]["name"].update({"en-US": ""})),
        ("not an absolute IRI", lambda s: s["object"].update(id="module/steps/q1")),
        ("not an absolute IRI", lambda s: s["context"]["extensions"].update({"site": "emmen"})),
        ("not an absolute IRI", lambda s: s["context"]["contextActivities"]["parent"][0].update(id="m")),
        ("not an ADL", lambda s: s["verb"].update(id="http://example.com/verbs/passed")),
        ("exactly one inverse functional identifier", lambda s: s["actor"].update(mbox="mailto:a@b.nl")),
        ("a person's name", lambda s: s["actor"].update(name="Jan de Vries")),
        ("not an absolute http(s) IRL", lambda s: s["actor"]["account"].update(homePage="skillslab")),
        ("xAPI does not define", lambda s: s.update(outcome="passed")),
        ("with a time zone", lambda s: s.update(timestamp="2025-03-14T09:30:00.000")),
        ("interactionType", lambda s: s["object"]["definition"].pop("interactionType")),
        ("round trip", lambda s: s["result"].update(response=("a", "b"))),
        ("not JSON", lambda s: s["result"]["score"].update(raw=float("nan"))),
        ("is missing", lambda s: s.pop("verb")),
    ],
)
def test_the_validator_catches_a_broken_statement(rule: str, edit: Callable[[dict[str, Any]], None]) -> None:
    """Each broken copy of a conformant statement is refused for the rule it breaks."""
    errors = _broken(edit)
    assert any(rule in e for e in errors), errors


def test_the_kiosk_profile_catches_a_wrong_site_or_language() -> None:
    """The kiosk profile refuses a site other than the session's and a language the kiosk does not speak."""
    good = _good()
    assert kiosk_errors(good, site="emmen", cell="cell-1") == []
    assert kiosk_errors(good, site="drachten", cell="cell-1")
    other = copy.deepcopy(good)
    other["context"]["language"] = "fr-FR"
    assert xapi_errors(other) == [] and kiosk_errors(other, site="emmen", cell="cell-1")


# ---------------------------------------------------------------------------------------- iso_duration


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "PT0S"),
        (0.0, "PT0S"),
        (0.004, "PT0S"),  # below half a centisecond: rounds to zero, still a valid duration
        (0.006, "PT0.01S"),
        (0.01, "PT0.01S"),
        (12.346, "PT12.35S"),
        (59.994, "PT59.99S"),
        (59.999, "PT1M"),  # rounds up into the next minute: never "PT60S" or "PT59.999S"
        (3599.999, "PT1H"),
        (3600, "PT1H"),
        (3600.5, "PT1H0.5S"),
        (86400 + 61.07, "PT24H1M1.07S"),
        (-1.0, "PT0S"),
    ],
)
def test_iso_duration_matches_the_xapi_pattern(seconds: float, text: str) -> None:
    """Edge cases round to centiseconds (half-way values follow float rounding) and match the pattern."""
    out = iso_duration(seconds)
    assert out == text
    assert DURATION_RE.match(out)


def test_iso_duration_is_centisecond_exact_and_always_valid() -> None:
    """Any whole number of centiseconds (0 to 2 h) comes back exactly, in the xAPI pattern, without
    float noise such as 0.30000000000000004."""
    for cs in range(0, 720_000, 7):
        out = iso_duration(cs / 100)
        m = DURATION_RE.match(out)
        parts = re.fullmatch(r"PT(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?", out)
        assert m and parts, out
        h, mi, sec = (float(g) if g else 0.0 for g in parts.groups())
        assert round((h * 3600 + mi * 60 + sec) * 100) == cs, out
