"""The lab module format (kiosk.core.labs.module): every rule of the schema, with a good and a bad
example, straight through pydantic (the loader's file and line mapping is tested in test_lab_loader)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.core.labs.checks import AllCheck, TagCheck
from kiosk.core.labs.module import (
    SCHEMA_ID,
    ActionStep,
    ButtonControl,
    CallAction,
    InstructionStep,
    LabModule,
    ObservationStep,
    QuizStep,
    SetpointControl,
    SwitchControl,
    Text,
    WaitAction,
    WaitForAction,
    WriteAction,
    module_json_schema,
)

T = {"nl": "tekst", "en": "text"}


def instruction(**kw: Any) -> dict[str, Any]:
    return {"kind": "instruction", "text": T, **kw}


def action(**kw: Any) -> dict[str, Any]:
    return {"kind": "action", "text": T, "check": {"tag": "running", "equals": True}, "rehearse": [], **kw}


def quiz(**kw: Any) -> dict[str, Any]:
    choices = [{"id": "a", "text": T}, {"id": "b", "text": T}]
    return {"kind": "quiz", "question": T, "choices": choices, "correct": ["a"], **kw}


def observation(**kw: Any) -> dict[str, Any]:
    return {"kind": "observation", "text": T, "tag": "speed_actual", "tolerance": 5, **kw}


def module(**kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "id": "speed-basics",
        "version": 1,
        "title": T,
        "summary": T,
        "level": "basic",
        "estimated_min": 10,
        "steps": [instruction(), action()],
    }
    data.update(kw)
    return copy.deepcopy(data)


def ok(**kw: Any) -> LabModule:
    return LabModule.model_validate(module(**kw))


def errors(**kw: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """The (loc, msg) pairs of pydantic's errors. A valid step is appended to a `steps` given, because
    pydantic checks a list's min_length on the items that validated: a list whose every item fails
    also gets "should have at least 1 item after validation" (the loader drops that noise)."""
    if kw.get("steps"):
        kw["steps"] = [*kw["steps"], instruction()]
    with pytest.raises(ValidationError) as info:
        LabModule.model_validate(module(**kw))
    return [(tuple(e["loc"]), e["msg"]) for e in info.value.errors()]


def messages(**kw: Any) -> list[str]:
    return [msg for _, msg in errors(**kw)]


# ------------------------------------------------------------------------------------------ text


def test_text_needs_nl_and_en() -> None:
    text = Text.model_validate({"nl": "hallo", "en": "hello", "de": "hallo"})
    assert text.languages() == ("nl", "en", "de")
    assert text.get("fy") == "hello" and text.local().is_fallback("fy")
    assert messages(title={"nl": "x"}) == ["needs text in en (nl and en are required)"]
    assert messages(title={"de": "x"}) == ["needs text in nl and en (nl and en are required)"]
    assert messages(title={"nl": "", "en": "x"}) == ["needs text in nl (nl and en are required)"]


def test_text_must_be_a_map_with_known_languages() -> None:
    assert messages(title="Speed") == ['must be a map of languages, e.g. {nl: "...", en: "..."}']
    assert errors(title={**T, "fr": "texte"}) == [(("title", "fr"), "Extra inputs are not permitted")]
    assert errors(title={**T, "de": ""})[0][0] == ("title", "de")


# ---------------------------------------------------------------------------------- module fields


def test_minimal_module_and_defaults() -> None:
    m = ok()
    assert m.audience == "trainee" and m.mastery == 0.8 and m.cell is None
    assert m.time_limit_s is None and m.warning_lead_s is None and m.warning_at_s is None


@pytest.mark.parametrize(
    ("field", "value", "loc"),
    [
        ("schema", "skillslab.module/2", ("schema",)),
        ("id", "Speed Basics", ("id",)),
        ("id", "speed--basics", ("id",)),
        ("version", 0, ("version",)),
        ("version", "1", ("version",)),
        ("version", 1.0, ("version",)),
        ("level", "expert", ("level",)),
        ("audience", "kids", ("audience",)),
        ("estimated_min", 0, ("estimated_min",)),
        ("estimated_min", 241, ("estimated_min",)),
        ("mastery", 1.5, ("mastery",)),
        ("time_limit_s", 30, ("time_limit_s",)),
        ("max_attempts", 0, ("max_attempts",)),
        ("steps", [], ("steps",)),
    ],
)
def test_module_field_rules(field: str, value: Any, loc: tuple[str, ...]) -> None:
    assert [where for where, _ in errors(**{field: value})] == [loc]


def test_module_id_is_a_slug() -> None:
    assert ok(id="speed-2").id == "speed-2"
    assert messages(id="Speed") == ["must be lower-case letters and digits joined by '-', got 'Speed'"]


def test_unknown_field_is_refused() -> None:
    assert errors(levl="basic") == [(("levl",), "Extra inputs are not permitted")]


def test_a_list_whose_items_all_fail_is_also_too_short() -> None:
    """Pydantic's behaviour that errors() pads away (and the loader filters), pinned here."""
    with pytest.raises(ValidationError) as info:
        LabModule.model_validate(module(steps=[instruction(text=None)]))
    assert [e["type"] for e in info.value.errors()] == ["model_type", "too_short"]


def test_step_ids_unique() -> None:
    assert ok(steps=[instruction(id="a"), action(id="b")]).step_id(0) == "a"
    assert ok().step_id(1) == "step-2"
    assert messages(steps=[instruction(id="a"), action(id="a")]) == ["step ids must be unique, a repeated"]
    assert messages(steps=[instruction(id="Step One")]) == [
        "must be lower-case letters and digits joined by '-', got 'Step One'"
    ]


def test_mastery_needs_a_scored_step() -> None:
    assert ok(steps=[instruction()], mastery=None).max_points == 0
    assert messages(steps=[instruction()]) == ["mastery needs at least one scored step (weight > 0); use mastery: null"]
    assert messages(steps=[instruction(), action(weight=0)]) == [
        "mastery needs at least one scored step (weight > 0); use mastery: null"
    ]


def test_time_limit_and_warning() -> None:
    m = ok(time_limit_s=600)
    assert m.warning_lead_s == 60 and m.warning_at_s == 540
    assert ok(time_limit_s=3600).warning_lead_s == 120  # at most 2 min
    assert ok(time_limit_s=100).warning_lead_s == 20  # at least 20 s
    assert ok(time_limit_s=600, warn_before_s=30).warning_at_s == 570
    assert messages(warn_before_s=30) == ["warn_before_s needs a time_limit_s"]
    assert messages(time_limit_s=60, warn_before_s=60) == ["warn_before_s must be shorter than time_limit_s"]
    assert [loc for loc, _ in errors(time_limit_s=600, warn_before_s=10)] == [("warn_before_s",)]


# ------------------------------------------------------------------------------------------ steps


def test_wrong_step_kind_names_the_tag() -> None:
    ((loc, msg),) = errors(steps=[{"kind": "lecture", "text": T}])
    assert loc == ("steps", 0)
    assert "'lecture'" in msg and "'instruction', 'action', 'quiz', 'observation'" in msg


def test_step_errors_carry_the_kind_in_their_loc() -> None:
    assert errors(steps=[instruction(text=None)]) == [
        (("steps", 0, "instruction", "text"), "Input should be a valid dictionary or instance of Text")
    ]


def test_image_must_stay_inside_the_labs_folder() -> None:
    assert ok(steps=[instruction(image="img/cell.png"), action()]).steps[0].image == "img/cell.png"
    for bad in ("/etc/passwd", "../secret.png", "img/../../x.png", "C:/x.png", "\\\\server\\x.png"):
        assert messages(steps=[instruction(image=bad), action()]) == [
            f"must be a path inside the labs folder, like img/cell.png, got {bad!r}"
        ]


def test_watch_aliases() -> None:
    assert ok(steps=[instruction(watch=["speed_actual", "Sorting.Mode"]), action()]).steps[0].watch == (
        "speed_actual",
        "Sorting.Mode",
    )
    assert [loc for loc, _ in errors(steps=[instruction(watch=["2fast"]), action()])] == [
        ("steps", 0, "instruction", "watch", 0)
    ]


def test_action_step_timeout_must_cover_the_longest_hold() -> None:
    check = {"all": [{"tag": "a", "equals": 1}, {"not": {"tag": "b", "equals": 2, "hold_s": 50}}]}
    step = ok(steps=[action(check=check, timeout_s=60)]).steps[0]
    assert isinstance(step, ActionStep) and isinstance(step.check, AllCheck)
    assert messages(steps=[action(check=check, timeout_s=50)]) == [
        "timeout_s (50) must be longer than the check's hold_s (50)"
    ]
    assert [loc for loc, _ in errors(steps=[action(timeout_s=0)])] == [("steps", 0, "action", "timeout_s")]


def test_action_step_needs_check_and_rehearse() -> None:
    bad = action()
    del bad["check"], bad["rehearse"]
    assert sorted(loc for loc, _ in errors(steps=[bad])) == [
        ("steps", 0, "action", "check"),
        ("steps", 0, "action", "rehearse"),
    ]


def test_action_step_tags_watch_first_then_check() -> None:
    check = {"all": [{"tag": "running", "equals": True}, {"tag": "mode", "equals": "AUTO"}]}
    step = ok(steps=[action(check=check, watch=["speed_actual", "mode"])]).steps[0]
    assert isinstance(step, ActionStep)
    assert step.tags() == ("speed_actual", "mode", "running")


def test_hints_in_order_and_within_the_points() -> None:
    hints = [{"after_s": 10, "cost": 0.25, "text": T}, {"after_s": 30, "cost": 0.5, "text": T}]
    step = ok(steps=[action(hints=hints)]).steps[0]
    assert isinstance(step, ActionStep) and [h.after_s for h in step.hints] == [10, 30]
    assert messages(steps=[action(hints=hints[::-1])]) == ["hints must be listed in order of after_s"]
    costly = [{**h, "cost": 0.6} for h in hints]
    assert messages(steps=[action(hints=costly)]) == [
        "the hints of a step may cost at most 1 (all its points) together"
    ]
    assert [loc for loc, _ in errors(steps=[action(hints=[{"after_s": -1, "text": T}])])] == [
        ("steps", 0, "action", "hints", 0, "after_s")
    ]


def test_weight_and_points() -> None:
    m = ok(steps=[instruction(), action(weight=2), quiz(), observation(weight=0)])
    assert [s.scored for s in m.steps] == [False, True, True, False]
    assert m.max_points == 3
    assert [loc for loc, _ in errors(steps=[action(weight=-1)])] == [("steps", 0, "action", "weight")]


def test_quiz_rules() -> None:
    step = ok(steps=[quiz(correct=["a", "b"])]).steps[0]
    assert isinstance(step, QuizStep) and step.multiple
    assert messages(steps=[quiz(correct=["c"])]) == ["correct names c, which is not a choice id (a, b)"]
    assert messages(steps=[quiz(correct=["a", "a"])]) == ["correct lists a choice twice"]
    twice = [{"id": "a", "text": T}, {"id": "a", "text": T}]
    assert messages(steps=[quiz(choices=twice)]) == ["choice ids must be unique, a repeated"]
    assert [loc for loc, _ in errors(steps=[quiz(choices=[{"id": "a", "text": T}])])] == [
        ("steps", 0, "quiz", "choices")
    ]
    assert [loc for loc, _ in errors(steps=[quiz(correct=[])])] == [("steps", 0, "quiz", "correct")]
    bad_id = [{"id": "A!", "text": T}, {"id": "b", "text": T}]
    assert [loc for loc, _ in errors(steps=[quiz(choices=bad_id)])] == [
        ("steps", 0, "quiz", "choices", 0, "id"),
        ("steps", 0, "quiz", "choices"),  # 1 of 2 validated: pydantic's "too short after validation" again
    ]


def test_observation_rules() -> None:
    step = ok(steps=[observation()]).steps[0]
    assert isinstance(step, ObservationStep)
    assert step.accepts(102, 100) and step.accepts(95, 100) and not step.accepts(94.9, 100)
    assert not step.accepts(float("nan"), 100)
    pct = ok(steps=[observation(tolerance=None, tolerance_pct=10)]).steps[0]
    assert isinstance(pct, ObservationStep) and pct.accepts(109, 100) and not pct.accepts(111, 100)
    one_of = "give exactly one of tolerance (absolute) or tolerance_pct (percent)"
    assert messages(steps=[observation(tolerance_pct=5)]) == [one_of]
    assert messages(steps=[observation(tolerance=None)]) == [one_of]
    assert [loc for loc, _ in errors(steps=[observation(tries=11)])] == [("steps", 0, "observation", "tries")]
    assert [loc for loc, _ in errors(steps=[observation(tolerance=-1)])] == [("steps", 0, "observation", "tolerance")]


# --------------------------------------------------------------------------------------- controls


def control_errors(control: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    return errors(steps=[instruction(controls=[control])])


def test_button_calls_or_writes() -> None:
    call = {"kind": "button", "label": T, "call": "inject_fault", "args": ["JAM"]}
    write = {"kind": "button", "label": T, "write": "mode", "value": "AUTO"}
    step = ok(steps=[instruction(controls=[call, write]), action()]).steps[0]
    assert isinstance(step, InstructionStep)
    first, second = step.controls
    assert isinstance(first, ButtonControl) and first.args == ("JAM",)
    assert isinstance(second, ButtonControl) and second.value == "AUTO"
    where = ("steps", 0, "instruction", "controls", 0, "button")
    assert control_errors({"kind": "button", "label": T}) == [
        (where, "a button has exactly one of call (a method) or write (a tag)")
    ]
    assert control_errors({**call, "write": "mode"}) == [
        (where, "a button has exactly one of call (a method) or write (a tag)")
    ]
    assert control_errors({"kind": "button", "label": T, "write": "mode"}) == [
        (where, "a button that writes needs a value")
    ]
    assert control_errors({**call, "value": 1}) == [(where, "value belongs to write buttons; a call button takes args")]
    assert control_errors({**write, "args": [1]}) == [
        (where, "args belong to call buttons; a write button takes a value")
    ]
    assert control_errors({"kind": "button", "call": "start"}) == [((*where, "label"), "Field required")]


def test_setpoint_range() -> None:
    good = {"kind": "setpoint", "tag": "speed_setpoint", "min": 50, "max": 200, "step": 10}
    step = ok(steps=[instruction(controls=[good]), action()]).steps[0]
    assert isinstance(step, InstructionStep) and isinstance(step.controls[0], SetpointControl)
    where = ("steps", 0, "instruction", "controls", 0, "setpoint")
    assert control_errors({**good, "min": 200}) == [(where, "min must be below max, got min 200 and max 200")]
    assert [loc for loc, _ in control_errors({**good, "step": 0})] == [(*where, "step")]
    assert [loc for loc, _ in control_errors({**good, "max": float("inf")})] == [(*where, "max")]


def test_switch_options() -> None:
    good = {"kind": "switch", "tag": "mode", "options": ["MANUAL", "AUTO"]}
    step = ok(steps=[instruction(controls=[good, {**good, "options": [False, True]}]), action()]).steps[0]
    assert isinstance(step, InstructionStep) and isinstance(step.controls[1], SwitchControl)
    assert step.controls[1].options == (False, True)
    where = ("steps", 0, "instruction", "controls", 0, "switch", "options")
    assert control_errors({**good, "options": ["AUTO", "AUTO"]}) == [(where, "options must differ from each other")]
    assert [loc for loc, _ in control_errors({**good, "options": ["AUTO"]})] == [where]
    assert [loc for loc, _ in control_errors({**good, "options": ["AUTO", [1]]})] == [(*where, 1), where]


def test_unknown_control_kind() -> None:
    ((loc, msg),) = control_errors({"kind": "knob", "tag": "x"})
    assert loc == ("steps", 0, "instruction", "controls", 0)
    assert "'button', 'setpoint', 'switch'" in msg


# ------------------------------------------------------------------------------------ cell actions


def test_cell_action_forms() -> None:
    setup = [
        {"call": "inject_fault", "args": ["JAM"]},
        {"write": "mode", "value": "AUTO"},
        {"wait_s": 2},
        {"wait_for": {"tag": "running", "equals": True, "hold_s": 2}, "timeout_s": 10},
    ]
    m = ok(setup=setup, teardown=[{"call": "stop"}])
    assert [type(a) for a in m.setup] == [CallAction, WriteAction, WaitAction, WaitForAction]
    wait_for = m.setup[3]
    assert isinstance(wait_for, WaitForAction) and isinstance(wait_for.wait_for, TagCheck)
    assert ok(setup=[{"wait_for": {"tag": "running", "equals": True}}]).setup[0].timeout_s == 30  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({}, "a cell action has exactly one of call, write, wait_s, wait_for (none of them found)"),
        (
            {"call": "start", "wait_s": 1},
            "a cell action has exactly one of call, write, wait_s, wait_for (more than one of them found)",
        ),
        ("start", "a cell action is {call: ...}, {write: ..., value: ...}, {wait_s: ...} or {wait_for: ...}"),
        (
            {"wait_for": {"tag": "running", "equals": True, "hold_s": 30}, "timeout_s": 30},
            "timeout_s (30) must be longer than the check's hold_s (30)",
        ),
    ],
)
def test_cell_action_rules(entry: Any, message: str) -> None:
    assert errors(setup=[entry]) == [(("setup", 0), message)]


def test_cell_action_fields() -> None:
    assert [loc for loc, _ in errors(setup=[{"write": "mode"}])] == [("setup", 0, "value")]
    assert [loc for loc, _ in errors(setup=[{"wait_s": 0}])] == [("setup", 0, "wait_s")]
    assert [loc for loc, _ in errors(setup=[{"call": "start", "arg": [1]}])] == [("setup", 0, "arg")]
    assert [loc for loc, _ in errors(setup=[{"write": "mode", "value": None}])] == [("setup", 0, "value")]
    assert [loc for loc, _ in errors(teardown=[{"write": "x", "value": float("nan")}])] == [("teardown", 0, "value")]


def test_nested_check_errors_point_into_the_check() -> None:
    check = {"all": [{"tag": "a", "equals": 1}, {"tag": "b", "above": 2, "hold_s": 0}]}
    assert [loc for loc, _ in errors(steps=[action(check=check)])] == [
        ("steps", 0, "action", "check", "all", 1, "hold_s")
    ]


# ------------------------------------------------------------------------------- what a module uses


def test_tags_methods_actions_and_languages() -> None:
    m = ok(
        setup=[{"call": "reset"}, {"write": "mode", "value": "MANUAL"}],
        teardown=[{"wait_for": {"tag": "running", "equals": False}}],
        steps=[
            instruction(watch=["tank_level"], on_enter=[{"call": "inject_fault", "args": ["JAM"]}]),
            action(
                check={"any": [{"tag": "good_count", "count": 3}, {"not": {"tag": "fault", "equals": True}}]},
                controls=[
                    {"kind": "button", "label": T, "call": "start"},
                    {"kind": "button", "label": T, "write": "lamp", "value": True},
                    {"kind": "setpoint", "tag": "speed_setpoint", "min": 0, "max": 10},
                    {"kind": "switch", "tag": "heater", "options": [False, True]},
                ],
                rehearse=[{"call": "feed_part"}],
            ),
            observation(tag="temperature"),
        ],
    )
    assert m.tags_used() == {
        "mode", "running", "tank_level", "good_count", "fault", "lamp", "speed_setpoint", "heater", "temperature",
    }  # fmt: skip
    assert m.methods_used() == {"reset", "inject_fault", "start", "feed_part"}
    assert len(list(m.all_actions())) == 5
    assert m.languages == ("nl", "en")
    assert ok(title={**T, "de": "Text"}).languages == ("nl", "en")  # only when every text has it
    assert sum(1 for _ in m.texts()) == 7  # title, summary, 3 step texts, 2 button labels


def test_json_schema() -> None:
    schema = module_json_schema()
    assert schema["$id"] == LabModule.json_schema_id
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "skillslab.module/1" in str(schema)
    assert {"schema", "id", "version", "title", "summary", "level", "estimated_min", "steps"} <= set(schema["required"])
    assert "schema" in schema["properties"]
