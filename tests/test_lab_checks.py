"""Live lab checks: schema errors, each operator, hold_s timing, baselines, edges and the rule that a
value that is not LIVE never satisfies anything."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from kiosk.core.labs.checks import (
    AllCheck,
    Check,
    CheckRun,
    NotCheck,
    Progress,
    TagCheck,
    parse_check,
    tags_used,
)
from kiosk.core.snapshot import Snapshot, TagValue
from kiosk.core.tags import ConnectionState, Quality, Sample, TagKind, TagSpec
from kiosk.core.text import LocalText


class Cell:
    """A stand-in for the Snapshot: alias -> TagValue, set by the test."""

    def __init__(self, **values: Any):
        self.values: dict[str, TagValue] = {}
        for alias, v in values.items():
            self.set(alias, v)

    def set(self, alias: str, value: Any, quality: Quality = Quality.LIVE) -> None:
        self.values[alias] = TagValue(value, quality, None, None)

    def stale(self, alias: str) -> None:
        self.values[alias] = TagValue(self.values[alias].value, Quality.STALE, None, None)

    def get(self, alias: str) -> TagValue:
        return self.values.get(alias, TagValue(None, Quality.UNKNOWN, None, None))


def run(check: dict[str, Any], cell: Cell, now: float = 0.0) -> CheckRun:
    return CheckRun(parse_check(check), cell, now)


def errors(data: object) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as info:
        parse_check(data)
    return [(e["loc"], e["msg"]) for e in info.value.errors()]


# ---------------------------------------------------------------------------------------------- schema


def test_parse_forms() -> None:
    c = parse_check({"all": [{"tag": "mode", "equals": "AUTO"}, {"tag": "running", "equals": True, "hold_s": 3}]})
    assert isinstance(c, AllCheck)
    first, second = c.all
    assert isinstance(first, TagCheck) and first.op == "equals" and first.operand == "AUTO"
    assert isinstance(second, TagCheck) and second.equals is True and second.hold_s == 3
    n = parse_check({"not": {"tag": "x", "range": [40, 60]}, "hold_s": 1.5})
    assert isinstance(n, NotCheck) and isinstance(n.not_, TagCheck) and n.not_.range == (40, 60)
    # YAML scalars keep their type: 120 stays a number, true a bool, "3" text
    assert parse_check({"tag": "t", "equals": 120}).equals == 120  # type: ignore[union-attr]
    assert parse_check({"tag": "t", "equals": "3"}).equals == "3"  # type: ignore[union-attr]
    assert parse_check({"tag": "t", "count": 10}).op == "count"  # type: ignore[union-attr]


def test_models_are_frozen() -> None:
    c = parse_check({"tag": "x", "above": 1})
    with pytest.raises(ValidationError):
        c.above = 2  # type: ignore[union-attr]


def test_hold_s_must_be_positive() -> None:
    assert errors({"tag": "x", "equals": 1, "hold_s": 0}) == [(("hold_s",), "Input should be greater than 0")]
    [(loc, msg)] = errors({"all": [{"tag": "x", "equals": 1}], "hold_s": -1})
    assert loc == ("hold_s",) and "greater than 0" in msg


def test_unknown_operator_is_named_with_the_allowed_ones() -> None:
    [(loc, msg)] = errors({"tag": "x", "equal": 3})
    assert loc == ("equal",)
    assert "unknown operator 'equal'" in msg and "did you mean 'equals'" in msg
    for op in ("equals", "not_equals", "range", "above", "below", "changed", "rising", "falling", "count"):
        assert op in msg


def test_unknown_check_and_bad_shapes() -> None:
    [(loc, msg)] = errors({"foo": 1})
    assert loc == () and "unknown check" in msg and "all" in msg and "equals" in msg
    [(loc, msg)] = errors("mode == AUTO")
    assert loc == () and "mapping" in msg
    [(loc, msg)] = errors({"tag": "x"})
    assert loc == () and "needs one operator" in msg
    [(loc, msg)] = errors({"tag": "x", "equals": 1, "above": 2})
    assert loc == () and "equals and above" in msg
    [(loc, msg)] = errors({"tag": "x", "all": [{"tag": "y", "equals": 1}]})
    assert loc == () and "exactly one of" in msg
    [(loc, msg)] = errors({"any": [{"tag": "a", "equals": 1}], "hold": 3})
    assert loc == ("hold",) and "hold_s" in msg
    assert errors({"all": []}) == [(("all",), "needs at least one check")]
    assert errors({"tag": "x", "equals": None}) == [(("equals",), "equals needs a value")]
    assert errors({"tag": "", "equals": 1})[0][0] == ("tag",)


def test_operand_types() -> None:
    [(loc, msg)] = errors({"tag": "x", "range": [60, 40]})
    assert loc == ("range",) and msg == "must be [low, high] with low <= high, got [60, 40]"
    assert parse_check({"tag": "x", "range": [50, 50]}).range == (50, 50)  # type: ignore[union-attr]
    assert errors({"tag": "x", "above": True}) == [(("above",), "must be a number")]
    assert errors({"tag": "x", "below": "30"}) == [(("below",), "must be a number")]
    assert errors({"tag": "x", "above": float("inf")}) == [(("above",), "must be a finite number")]
    assert errors({"tag": "x", "equals": [1]}) == [(("equals",), "must be a number, true/false or text")]
    assert errors({"tag": "x", "changed": False})[0][0] == ("changed",)
    assert errors({"tag": "x", "count": 0})[0] == (("count",), "Input should be greater than 0")
    assert errors({"tag": "x", "count": 2.5})[0][0] == ("count",)


def test_nested_loc_paths_for_messages() -> None:
    class Step(BaseModel):
        check: Check

    class Module(BaseModel):
        steps: list[Step]

    ok = {"check": {"tag": "a", "equals": 1}}
    bad = {"check": {"all": [{"tag": "a", "equals": 1}, {"not": {"tag": "b", "above": 1, "hold_s": 0}}]}}
    with pytest.raises(ValidationError) as info:
        Module.model_validate({"steps": [ok, ok, bad]})
    [err] = info.value.errors()
    assert err["loc"] == ("steps", 2, "check", "all", 1, "not", "hold_s")
    assert "greater than 0" in err["msg"]
    assert Module.model_json_schema()  # authors get a JSON Schema


def test_tags_used() -> None:
    c = parse_check(
        {
            "all": [
                {"tag": "mode", "equals": "AUTO"},
                {"any": [{"tag": "level", "range": [40, 60]}, {"not": {"tag": "alarm", "equals": True}}]},
                {"tag": "mode", "not_equals": "MAN"},
            ]
        }
    )
    assert tags_used(c) == {"mode", "level", "alarm"}
    assert CheckRun(c, Cell(), 0.0).tags == {"mode", "level", "alarm"}


# ------------------------------------------------------------------------------------------- operators


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        ({"equals": "AUTO"}, "AUTO", True),
        ({"equals": "AUTO"}, "auto", False),
        ({"equals": True}, True, True),
        ({"equals": True}, 1, False),  # booleans compare strictly
        ({"equals": 1}, True, False),
        ({"equals": 120}, 120.0, True),  # an int in YAML matches a float tag
        ({"equals": 0.3}, 0.1 + 0.2, True),  # tiny tolerance
        ({"equals": 120}, 120.001, False),
        ({"equals": 3}, "3", False),
        ({"not_equals": 3}, 4, True),
        ({"not_equals": 3}, 3.0, False),
        ({"not_equals": "AUTO"}, "MAN", True),
        ({"range": [40, 60]}, 40, True),
        ({"range": [40, 60]}, 60.0, True),
        ({"range": [40, 60]}, 50, True),
        ({"range": [40, 60]}, 39.9, False),
        ({"range": [40, 60]}, 60.1, False),
        ({"range": [0, 1]}, True, False),  # a bool is not a number
        ({"above": 50}, 50.5, True),
        ({"above": 50}, 50, False),
        ({"above": 50}, "60", False),
        ({"below": 30}, 29, True),
        ({"below": 30}, 30, False),
    ],
)
def test_value_operators(check: dict[str, Any], value: Any, expected: bool) -> None:
    cell = Cell(x=value)
    r = run({"tag": "x", **check}, cell)
    assert r.evaluate(0.0) is expected


def test_changed_uses_the_value_at_step_start() -> None:
    cell = Cell(good=5)
    r = run({"tag": "good", "changed": True}, cell)
    assert not r.evaluate(0.1)
    cell.set("good", 6)
    assert r.evaluate(0.2)
    cell.set("good", 5.0)  # back to where it began
    assert not r.evaluate(0.3)


def test_changed_baseline_from_first_live_value_when_not_live_at_start() -> None:
    cell = Cell(good=5)
    cell.stale("good")
    r = run({"tag": "good", "changed": True}, cell)
    cell.set("good", 7)  # first live value: this is the baseline, not the stale 5
    assert not r.evaluate(0.1)
    cell.set("good", 8)
    assert r.evaluate(0.2)


def test_count_since_step_began() -> None:
    cell = Cell(good=100)
    r = run({"tag": "good", "count": 10}, cell)
    assert not r.evaluate(0.0)
    assert r.progress() == {"count": Progress("count", 0.0, 10.0, "good")}
    cell.set("good", 107)
    assert not r.evaluate(1.0)
    assert r.progress()["count"].done == 7
    cell.set("good", 110)
    assert r.evaluate(2.0)
    cell.stale("good")
    assert not r.evaluate(3.0)  # stale never satisfies, even once reached
    cell.set("good", 112)
    assert r.evaluate(4.0)


def test_count_with_a_not_live_start_takes_the_first_live_value() -> None:
    cell = Cell()
    r = run({"tag": "good", "count": 3}, cell)  # unknown at start
    assert not r.evaluate(0.0)
    cell.set("good", 50)
    assert not r.evaluate(1.0)
    cell.set("good", 52)
    assert not r.evaluate(2.0)
    cell.set("good", 53)
    assert r.evaluate(3.0)


def test_count_survives_a_counter_reset() -> None:
    cell = Cell(good=100)
    r = run({"tag": "good", "count": 3}, cell)
    cell.set("good", 102)
    assert not r.evaluate(1.0)
    cell.set("good", 0)  # the PLC reset its counter: count on from there
    assert not r.evaluate(2.0)
    cell.set("good", 3)
    assert r.evaluate(3.0)


def test_rising_edge_of_a_bool_is_seen_and_kept() -> None:
    cell = Cell(running=False)
    r = run({"tag": "running", "rising": True}, cell)
    assert not r.evaluate(0.0)
    cell.set("running", True)
    assert r.evaluate(0.1)
    assert r.evaluate(0.2)  # seen during the step
    cell.set("running", False)
    assert r.evaluate(0.3)
    cell.stale("running")
    assert not r.evaluate(0.4)  # but only while the tag is live


def test_rising_needs_a_live_false_first() -> None:
    cell = Cell(running=True)  # already running when the step begins: no edge
    r = run({"tag": "running", "rising": True}, cell)
    assert not r.evaluate(0.0)
    assert not r.evaluate(1.0)
    cell = Cell()
    r = run({"tag": "running", "rising": True}, cell)  # unknown -> true is not an edge
    cell.set("running", True)
    assert not r.evaluate(0.1)
    cell.set("running", False)
    assert not r.evaluate(0.2)
    cell.set("running", True)
    assert r.evaluate(0.3)


def test_falling_edge_and_numbers() -> None:
    cell = Cell(running=True)
    r = run({"tag": "running", "falling": True}, cell)
    cell.set("running", True)
    assert not r.evaluate(0.1)
    cell.set("running", False)
    assert r.evaluate(0.2)

    cell = Cell(speed=10.0)
    up = run({"tag": "speed", "rising": True}, cell)
    down = run({"tag": "speed", "falling": True}, cell)
    assert not up.evaluate(0.0) and not down.evaluate(0.0)
    cell.set("speed", 12.0)
    assert up.evaluate(0.1) and not down.evaluate(0.1)
    cell.set("speed", 11.0)
    assert down.evaluate(0.2)


def test_edge_across_a_stale_gap_counts_only_live_observations() -> None:
    cell = Cell(running=False)
    r = run({"tag": "running", "rising": True}, cell)
    assert not r.evaluate(0.0)
    cell.set("running", True, Quality.STALE)
    assert not r.evaluate(0.1)
    cell.set("running", True)  # live false before, live true now: the cell did start
    assert r.evaluate(0.2)


# --------------------------------------------------------------------------------------------- hold_s


def test_hold_s_needs_the_leaf_true_continuously() -> None:
    cell = Cell(running=False)
    r = run({"tag": "running", "equals": True, "hold_s": 3}, cell, now=10.0)
    assert not r.evaluate(10.0)
    cell.set("running", True)
    assert not r.evaluate(11.0)
    assert not r.evaluate(13.9)
    assert r.progress(13.9)["hold_s"].done == pytest.approx(2.9)
    assert r.evaluate(14.0)
    assert r.progress(14.0) == {"hold_s": Progress("hold", 3.0, 3.0, "running")}
    cell.set("running", False)  # drops: timer restarts
    assert not r.evaluate(14.1)
    assert r.progress(14.1)["hold_s"].done == 0.0
    cell.set("running", True)
    assert not r.evaluate(15.0)
    assert r.evaluate(18.0)


def test_hold_s_restarts_when_the_value_goes_stale() -> None:
    cell = Cell(level=50)
    r = run({"tag": "level", "range": [40, 60], "hold_s": 2}, cell)
    assert not r.evaluate(0.0)
    assert not r.evaluate(1.5)
    cell.stale("level")  # same number, but not live
    assert not r.evaluate(1.6)
    cell.set("level", 50)
    assert not r.evaluate(1.7)
    assert not r.evaluate(3.6)
    assert r.evaluate(3.7)


def test_hold_s_on_a_combinator() -> None:
    cell = Cell(mode="AUTO", running=True)
    r = run({"all": [{"tag": "mode", "equals": "AUTO"}, {"tag": "running", "equals": True}], "hold_s": 1}, cell)
    assert not r.evaluate(0.0)
    assert not r.evaluate(0.5)
    cell.set("mode", "MAN")
    assert not r.evaluate(0.6)
    cell.set("mode", "AUTO")
    assert not r.evaluate(0.7)
    assert r.evaluate(1.7)
    assert r.progress(1.7) == {"hold_s": Progress("hold", 1.0, 1.0, None)}


def test_progress_keys_follow_the_yaml() -> None:
    cell = Cell(good=0, running=True)
    r = run(
        {"all": [{"tag": "running", "equals": True, "hold_s": 3}, {"tag": "good", "count": 10}]},
        cell,
    )
    r.evaluate(0.0)
    cell.set("good", 7)
    r.evaluate(1.0)
    p = r.progress(1.0)
    assert set(p) == {"all[0].hold_s", "all[1].count"}
    assert p["all[1].count"] == Progress("count", 7.0, 10.0, "good")
    assert p["all[0].hold_s"].done == pytest.approx(1.0)


# -------------------------------------------------------------------------------------- combinators


def test_all_any_not() -> None:
    cell = Cell(mode="AUTO", running=False)
    both = run({"all": [{"tag": "mode", "equals": "AUTO"}, {"tag": "running", "equals": True}]}, cell)
    either = run({"any": [{"tag": "mode", "equals": "MAN"}, {"tag": "running", "equals": True}]}, cell)
    neither = run({"not": {"tag": "running", "equals": True}}, cell)
    assert not both.evaluate(0.0)
    assert not either.evaluate(0.0)
    assert neither.evaluate(0.0)
    cell.set("running", True)
    assert both.evaluate(0.1)
    assert either.evaluate(0.1)
    assert not neither.evaluate(0.1)


# ---------------------------------------------------------------------------- not live is no evidence


@pytest.mark.parametrize("quality", [Quality.STALE, Quality.BAD, Quality.UNKNOWN])
@pytest.mark.parametrize(
    "check",
    [
        {"tag": "x", "equals": 5},
        {"tag": "x", "not_equals": 7},
        {"tag": "x", "range": [0, 10]},
        {"tag": "x", "above": 1},
        {"tag": "x", "below": 9},
        {"not": {"tag": "x", "equals": 7}},
        {"not": {"tag": "x", "above": 100}},
        {"any": [{"tag": "x", "equals": 5}, {"tag": "y", "equals": 0}]},
        {"not": {"all": [{"tag": "x", "equals": 7}, {"tag": "y", "equals": 1}]}},
    ],
)
def test_not_live_never_satisfies(check: dict[str, Any], quality: Quality) -> None:
    cell = Cell(x=5, y=1)
    cell.set("x", 5, quality)
    assert not run(check, cell).evaluate(0.0)
    cell.set("x", 5)  # the same check is satisfied once x is live
    assert run(check, cell).evaluate(0.0)


def test_known_parts_still_decide_all_and_any() -> None:
    cell = Cell(y=0)
    cell.set("x", 5, Quality.STALE)
    # all is definitely false when one part is false, so not(all) is true without x
    assert run({"not": {"all": [{"tag": "x", "equals": 5}, {"tag": "y", "equals": 1}]}}, cell).evaluate(0.0)
    # any is true when one live part is true
    assert run({"any": [{"tag": "x", "equals": 5}, {"tag": "y", "equals": 0}]}, cell).evaluate(0.0)
    assert not run({"all": [{"tag": "x", "equals": 5}, {"tag": "y", "equals": 0}]}, cell).evaluate(0.0)


def test_with_a_real_snapshot() -> None:
    spec = TagSpec("running", "ns=2;s=Running", LocalText({"en": "Running"}), kind=TagKind.BOOL)
    snap = Snapshot([spec], contact_timeout_s=1.5)
    snap.set_connection(ConnectionState.CONNECTED)
    snap.note_contact(0.0)
    snap.apply([Sample("running", True, True, None, 0.0)])
    snap.refresh(0.0)
    r = CheckRun(parse_check({"tag": "running", "equals": True, "hold_s": 1}), snap, 0.0)
    assert not r.evaluate(0.0)
    assert r.evaluate(1.0)
    snap.refresh(2.0)  # no word from the cell for 2 s: stale
    assert snap.get("running").quality is Quality.STALE
    assert not r.evaluate(2.0)


def test_a_plain_callable_reader() -> None:
    values = {"t": TagValue(51.0, Quality.LIVE, None, None)}
    r = CheckRun(parse_check({"tag": "t", "above": 50}), values.get, 0.0)
    assert r.evaluate(0.0)
    assert not CheckRun(parse_check({"tag": "missing", "below": 50}), values.get, 0.0).evaluate(0.0)
