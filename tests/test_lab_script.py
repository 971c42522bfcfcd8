"""ActionScript: cell actions (setup, teardown, on_enter, rehearse) run tick by tick, one command at a
time, in order; waits and live conditions; errors, gate refusals and cancelling."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pytest
from pydantic import TypeAdapter

from kiosk.core.labs.module import CallAction, CellAction, WriteAction
from kiosk.core.labs.script import ActionScript, Command, PendingCommand, describe_command
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, Sample, TagKind, TagSpec
from kiosk.core.text import LocalText

_ACTIONS: TypeAdapter[tuple[CellAction, ...]] = TypeAdapter(tuple[CellAction, ...])


class Cell:
    """A real Snapshot whose values a test sets; time passes with `at` (the cell keeps talking) or
    `silent` (no word from the cell, so values go stale after the contact timeout)."""

    def __init__(self, **values: Any) -> None:
        specs = [
            TagSpec("running", "ns=2;s=Running", LocalText({"en": "Running"}), kind=TagKind.BOOL),
            TagSpec("level", "ns=2;s=Level", LocalText({"en": "Level"})),
        ]
        self.snapshot = Snapshot(specs, contact_timeout_s=1.5)
        self.snapshot.set_connection(ConnectionState.CONNECTED)
        self.set(0.0, **values)

    def set(self, now: float, **values: Any) -> None:
        self.snapshot.apply([Sample(alias, v, True, None, now) for alias, v in values.items()])
        self.at(now)

    def at(self, now: float) -> None:
        self.snapshot.note_contact(now)
        self.snapshot.refresh(now)

    def silent(self, now: float) -> None:
        self.snapshot.refresh(now)


def actions(*data: dict[str, Any]) -> tuple[CellAction, ...]:
    return _ACTIONS.validate_python(data)


def script(
    data: Sequence[dict[str, Any]],
    cell: Cell | None = None,
    *,
    now: float = 0.0,
    gate: Any = None,
    tokens: Any = None,
) -> ActionScript:
    counter = itertools.count(1)
    return ActionScript(
        actions(*data),
        (cell or Cell()).snapshot,
        now,
        purpose="setup",
        tokens=tokens or (lambda: next(counter)),
        gate=gate,
    )


def one(pending: list[PendingCommand]) -> PendingCommand:
    assert len(pending) == 1, pending
    return pending[0]


# ---------------------------------------------------------------------------------------------- order


def test_commands_come_one_at_a_time_in_order() -> None:
    s = script([{"call": "reset"}, {"write": "mode", "value": "AUTO"}, {"call": "start", "args": [2]}])
    first = one(s.tick(0.0))
    assert first.command == CallAction(call="reset") and first.purpose == "setup"
    assert s.tick(0.1) == [] and s.tick(5.0) == []  # nothing more until the first is reported
    assert s.command_finished(first.token, None)
    second = one(s.tick(5.1))
    assert second.command == WriteAction(write="mode", value="AUTO")
    assert second.token != first.token
    assert s.command_finished(second.token, None)
    third = one(s.tick(5.2))
    assert third.command == CallAction(call="start", args=(2,))
    assert not s.done
    assert s.command_finished(third.token, None)
    assert s.done and s.error is None
    assert s.tick(6.0) == []


def test_position_counts_finished_actions() -> None:
    s = script([{"call": "a"}, {"call": "b"}])
    assert s.position == 0
    p = one(s.tick(0.0))
    assert s.position == 0
    s.command_finished(p.token, None)
    assert s.position == 1
    s.command_finished(one(s.tick(0.1)).token, None)
    assert s.position == 2 and s.done


def test_an_empty_script_is_done_at_once() -> None:
    s = script([])
    assert s.done and s.error is None and s.tick(0.0) == []


def test_tokens_come_from_the_shared_counter() -> None:
    counter = itertools.count(100)
    a = script([{"call": "a"}], tokens=lambda: next(counter))
    b = script([{"call": "b"}], tokens=lambda: next(counter))
    pa, pb = one(a.tick(0.0)), one(b.tick(0.0))
    assert (pa.token, pb.token) == (100, 101)
    assert not a.command_finished(pb.token, None)  # b's token is foreign to a
    assert not a.done and b.command_finished(pb.token, None) and b.done


# --------------------------------------------------------------------------------------------- errors


def test_a_refused_command_stops_the_script() -> None:
    s = script([{"call": "reset"}, {"call": "start"}])
    p = one(s.tick(0.0))
    assert s.command_finished(p.token, "BadUserAccessDenied")
    assert s.done and s.error == "call reset: BadUserAccessDenied"
    assert s.tick(1.0) == []  # `start` never comes out
    assert s.position == 0


def test_the_error_names_the_write_with_its_value() -> None:
    s = script([{"write": "running", "value": True}])
    s.command_finished(one(s.tick(0.0)).token, "not writable")
    assert s.error == "write running = true: not writable"


def test_a_foreign_token_is_not_taken() -> None:
    s = script([{"call": "reset"}])
    p = one(s.tick(0.0))
    assert s.command_finished(p.token + 7, "boom") is False
    assert s.error is None and not s.done
    assert s.command_finished(p.token, None) is True and s.done


def test_a_result_reported_twice_counts_once() -> None:
    s = script([{"call": "a"}, {"call": "b"}])
    p = one(s.tick(0.0))
    assert s.command_finished(p.token, None)
    assert s.command_finished(p.token, None) is False
    assert s.position == 1


def test_the_gate_refuses_a_command_before_it_is_sent() -> None:
    seen: list[Command] = []

    def gate(command: Command) -> str | None:
        seen.append(command)
        return "this step offers no controls" if isinstance(command, WriteAction) else None

    s = script([{"call": "start"}, {"write": "speed", "value": 150}, {"call": "stop"}], gate=gate)
    s.command_finished(one(s.tick(0.0)).token, None)
    assert s.tick(0.1) == []
    assert s.done and s.error == "write speed = 150: this step offers no controls"
    assert seen == [CallAction(call="start"), WriteAction(write="speed", value=150)]


# ---------------------------------------------------------------------------------------------- waits


def test_wait_s_pauses_before_the_next_command() -> None:
    s = script([{"call": "a"}, {"wait_s": 2}, {"call": "b"}])
    s.command_finished(one(s.tick(10.0)).token, None)
    assert s.tick(10.0) == []  # the wait begins now
    assert s.tick(11.9) == []
    assert one(s.tick(12.0)).command == CallAction(call="b")


def test_a_wait_at_the_end_finishes_the_script() -> None:
    s = script([{"wait_s": 1.5}])
    assert s.tick(0.0) == [] and not s.done
    s.tick(1.4)
    assert not s.done
    s.tick(1.5)
    assert s.done and s.error is None


def test_wait_for_continues_once_the_condition_holds_live() -> None:
    cell = Cell(level=10.0)
    s = script([{"wait_for": {"tag": "level", "above": 50}, "timeout_s": 30}, {"call": "next"}], cell)
    assert s.tick(0.0) == []
    cell.set(1.0, level=40.0)
    assert s.tick(1.0) == []
    cell.set(2.0, level=55.0)
    assert one(s.tick(2.0)).command == CallAction(call="next")


def test_wait_for_ignores_a_stale_value() -> None:
    cell = Cell(level=10.0)
    s = script([{"wait_for": {"tag": "level", "above": 50}, "timeout_s": 30}, {"call": "next"}], cell)
    s.tick(0.0)
    cell.set(1.0, level=55.0)
    cell.silent(3.0)  # no word from the cell for 2 s
    assert cell.snapshot.get("level").quality is Quality.STALE
    assert s.tick(3.0) == [] and not s.done
    cell.at(4.0)  # the cell speaks again: the value is live
    assert one(s.tick(4.0)).command == CallAction(call="next")


def test_wait_for_with_hold_s_needs_the_condition_held() -> None:
    cell = Cell(running=True)
    s = script([{"wait_for": {"tag": "running", "equals": True, "hold_s": 2}, "timeout_s": 30}], cell)
    s.tick(0.0)
    cell.at(1.0)
    s.tick(1.0)
    assert not s.done
    cell.at(2.0)
    s.tick(2.0)
    assert s.done and s.error is None


def test_wait_for_times_out_with_a_message() -> None:
    cell = Cell(level=10.0)
    s = script([{"wait_for": {"tag": "level", "above": 50}, "timeout_s": 5}, {"call": "next"}], cell, now=100.0)
    s.tick(100.0)
    cell.at(104.9)
    assert s.tick(104.9) == [] and not s.done
    cell.at(105.0)
    assert s.tick(105.0) == []
    assert s.done
    assert s.error == "waited 5 s, but the condition did not hold on live values"


def test_wait_for_timeout_counts_from_when_the_wait_begins() -> None:
    cell = Cell(level=10.0)
    s = script([{"call": "a"}, {"wait_for": {"tag": "level", "above": 50}, "timeout_s": 5}], cell)
    p = one(s.tick(0.0))
    s.command_finished(p.token, None)  # the command took 20 s
    cell.at(20.0)
    s.tick(20.0)
    cell.at(24.0)
    s.tick(24.0)
    assert s.error is None and not s.done
    cell.set(24.5, level=60.0)
    s.tick(24.5)
    assert s.done and s.error is None


# --------------------------------------------------------------------------------------------- cancel


def test_cancel_stops_and_ignores_a_late_result() -> None:
    s = script([{"call": "a"}, {"call": "b"}])
    p = one(s.tick(0.0))
    s.cancel("the attempt ended")
    assert s.done and s.error == "the attempt ended"
    assert s.command_finished(p.token, None) is False
    assert s.tick(1.0) == []
    assert s.position == 0


def test_cancel_after_the_end_keeps_a_clean_result() -> None:
    s = script([{"call": "a"}])
    s.command_finished(one(s.tick(0.0)).token, None)
    s.cancel("the trainee moved on")
    assert s.done and s.error is None


def test_cancel_during_a_wait() -> None:
    s = script([{"wait_s": 10}, {"call": "b"}])
    s.tick(0.0)
    s.cancel("stop")
    assert s.tick(20.0) == [] and s.error == "stop"


# -------------------------------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    ("command", "text"),
    [
        (CallAction(call="start"), "call start"),
        (CallAction(call="jog", args=(2, True, "fwd")), "call jog(2, true, fwd)"),
        (CallAction(call="jog", args=(1.5,)), "call jog(1.5)"),
        (WriteAction(write="speed_setpoint", value=150), "write speed_setpoint = 150"),
        (WriteAction(write="mode", value="AUTO"), "write mode = AUTO"),
        (WriteAction(write="enable", value=False), "write enable = false"),
    ],
)
def test_describe_command(command: Command, text: str) -> None:
    assert describe_command(command) == text
