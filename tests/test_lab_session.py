"""LabSession: the training-session state machine (SAFETY -> PREPARING -> STEPS -> ENDED), scoring,
the control gate and the xAPI statements an attempt leaves, on a real Snapshot so stale values behave as
in the app."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from kiosk.core.labs.module import CallAction, LabModule, WriteAction
from kiosk.core.labs.script import Command, PendingCommand
from kiosk.core.labs.session import (
    LabSession,
    MemorySink,
    ObservationVerdict,
    Outcome,
    Phase,
    SessionError,
    SessionEvent,
    StepStatus,
)
from kiosk.core.labs.xapi import VERBS, Actor, Statement, activity_id, extension_iri, iso_duration
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, Sample, TagKind, TagSpec
from kiosk.core.text import LocalText

E = SessionEvent
WALL0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
ACTOR = Actor("T-0042")

# ------------------------------------------------------------------------------------------- the cell

_KINDS = {
    "mode": TagKind.TEXT,
    "running": TagKind.BOOL,
    "enable": TagKind.BOOL,
    "speed_setpoint": TagKind.NUMBER,
    "speed_actual": TagKind.NUMBER,
    "good_count": TagKind.NUMBER,
    "level": TagKind.NUMBER,
}


class Cell:
    """A real Snapshot whose values a test sets. `at(t)`: time passes and the cell keeps talking
    (keep-alives); `silent(t)`: time passes with no word from the cell (stale after 1.5 s)."""

    def __init__(self, **values: Any) -> None:
        specs = [TagSpec(a, f"ns=2;s={a}", LocalText({"en": a}), kind=k, writable=True) for a, k in _KINDS.items()]
        self.snapshot = Snapshot(specs, contact_timeout_s=1.5)
        self.snapshot.set_connection(ConnectionState.CONNECTED)
        self.now = 0.0
        self.set(0.0, **values)

    def set(self, now: float, **values: Any) -> None:
        self.snapshot.apply([Sample(alias, v, True, None, now) for alias, v in values.items()])
        self.at(now)

    def bad(self, now: float, alias: str) -> None:
        """The cell reports the value with a bad status."""
        self.snapshot.apply([Sample(alias, self.snapshot.get(alias).value, False, None, now, "BadSensorFailure")])
        self.at(now)

    def at(self, now: float) -> None:
        self.now = now
        self.snapshot.note_contact(now)
        self.snapshot.refresh(now)

    def silent(self, now: float) -> None:
        self.now = now
        self.snapshot.refresh(now)


# ------------------------------------------------------------------------------------------ a module


def txt(en: str) -> dict[str, str]:
    return {"nl": f"{en} (nl)", "en": en}


def module(*steps: dict[str, Any], **fields: Any) -> LabModule:
    data: dict[str, Any] = {
        "schema": "skillslab.module/1",
        "id": "speed-and-cycle-time",
        "version": 3,
        "title": txt("Speed and cycle time"),
        "summary": txt("Summary"),
        "level": "basic",
        "estimated_min": 15,
        "steps": list(steps) or [instruction()],
    }
    if not any(st["kind"] != "instruction" and st.get("weight", 1) > 0 for st in data["steps"]):
        data["mastery"] = None  # nothing to score: completion only
    data.update(fields)
    return LabModule.model_validate(data)


def instruction(**kw: Any) -> dict[str, Any]:
    return {"kind": "instruction", "text": txt("Read this"), **kw}


def action(check: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {"kind": "action", "text": txt("Do this"), "check": check, "timeout_s": 60, "rehearse": [], **kw}


def quiz(correct: tuple[str, ...] = ("a",), **kw: Any) -> dict[str, Any]:
    choices = [{"id": i, "text": txt(f"Choice {i}")} for i in ("a", "b", "c")]
    return {"kind": "quiz", "question": txt("Which?"), "choices": choices, "correct": list(correct), **kw}


def observation(**kw: Any) -> dict[str, Any]:
    kw.setdefault("tolerance", 5)
    return {"kind": "observation", "text": txt("Read the speed"), "tag": "speed_actual", **kw}


RUNNING = {"tag": "running", "equals": True}


# ------------------------------------------------------------------------------------------- the rig


class Rig:
    """A session on a Cell, with a MemorySink and a wall clock that follows the cell's time."""

    def __init__(self, mod: LabModule, cell: Cell | None = None, **kw: Any) -> None:
        self.cell = cell or Cell(running=False, mode="MANUAL", speed_actual=120.0, good_count=0, level=10.0)
        self.sink = MemorySink()
        self.session = LabSession(mod, self.cell.snapshot, actor=ACTOR, sink=self.sink, now=0.0, wall=self.wall, **kw)

    def wall(self) -> datetime:
        return WALL0 + timedelta(seconds=self.cell.now)

    def tick(self, now: float) -> tuple[list[SessionEvent], list[PendingCommand]]:
        self.cell.at(now)
        return self.session.tick(now)

    def start(self, now: float = 0.0) -> list[SessionEvent]:
        """Acknowledge safety, begin, run setup with every command succeeding; returns the events."""
        s = self.session
        for i in range(len(s.module.safety)):
            s.acknowledge(i, now)
        s.begin(now)
        events: list[SessionEvent] = []
        for _ in range(100):
            evs, cmds = self.tick(now)
            events += evs
            if s.phase is not Phase.PREPARING:
                return events
            for p in cmds:
                s.command_finished(p.token, None, now)
        raise AssertionError("setup did not finish")

    def verbs(self) -> list[str]:
        return [st.verb for st in self.sink.statements]

    def last(self, verb: str) -> Statement:
        return [st for st in self.sink.statements if st.verb == verb][-1]

    def ext(self, st: Statement, name: str) -> Any:
        return st.extensions[extension_iri(name)]


def one(cmds: list[PendingCommand]) -> PendingCommand:
    assert len(cmds) == 1, cmds
    return cmds[0]


# ------------------------------------------------------------------------------------------ construction


def test_construction_records_attempted_with_the_attempt_number() -> None:
    rig = Rig(module(), attempt_number=2, site="hub-venlo")
    s = rig.session
    assert s.phase is Phase.SAFETY and s.result is None and s.index == 0
    [st] = rig.sink.statements
    assert st.verb == "attempted" and st.object_type == "module"
    assert st.object_id == activity_id("speed-and-cycle-time") and st.parent_id is None
    assert rig.ext(st, "attempt-number") == 2
    assert rig.ext(st, "module-version") == 3
    assert st.site == "hub-venlo"
    context = st.to_dict()["context"]["extensions"]
    assert context[extension_iri("site")] == "hub-venlo"
    assert st.registration == s.attempt_id and st.actor == ACTOR


def test_attempt_id_given_or_a_fresh_uuid() -> None:
    reg = "0b6f3c2e-5d7a-4c1e-9f2b-8a1d3e4c5b6a"
    assert Rig(module(), attempt_id=reg).session.attempt_id == reg
    with pytest.raises(ValueError):
        Rig(module(), attempt_id="reg-1")
    a, b = Rig(module()).session.attempt_id, Rig(module()).session.attempt_id
    assert a != b and re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", a)


def test_no_attempts_left_is_refused_without_a_statement() -> None:
    mod = module(max_attempts=2)
    assert Rig(mod, attempt_number=2).session.attempt_number == 2
    sink = MemorySink()
    with pytest.raises(SessionError, match="no attempts left"):
        LabSession(mod, Cell().snapshot, actor=ACTOR, sink=sink, now=0.0, wall=lambda: WALL0, attempt_number=3)
    assert sink.statements == []


# ----------------------------------------------------------------------------------------------- safety


def test_begin_needs_every_safety_statement_acknowledged() -> None:
    rig = Rig(module(safety=[txt("Goggles"), txt("Hands off"), txt("E-stop")]))
    s = rig.session
    s.acknowledge(0, 1.0)
    s.acknowledge(2, 2.0)
    with pytest.raises(SessionError, match="not acknowledged yet: 2"):
        s.begin(3.0)
    assert s.phase is Phase.SAFETY and s.safety_acknowledged == (True, False, True)
    assert rig.verbs() == ["attempted"]
    s.acknowledge(1, 4.0)
    s.begin(5.0)
    assert s.phase is Phase.PREPARING
    assert rig.verbs() == ["attempted", "initialized"]
    acks = rig.ext(rig.last("initialized"), "safety-acknowledged")
    assert [a["index"] for a in acks] == [0, 1, 2] and all(a["text"] and a["at"] for a in acks)


@pytest.mark.parametrize("index", [-1, 2, 5])
def test_acknowledge_an_unknown_statement(index: int) -> None:
    s = Rig(module(safety=[txt("Goggles"), txt("Hands off")])).session
    with pytest.raises(SessionError, match=f"no safety statement {index}"):
        s.acknowledge(index, 0.0)
    assert s.safety_acknowledged == (False, False)


def test_acknowledge_and_begin_only_in_the_safety_phase() -> None:
    s = Rig(module(safety=[txt("Goggles")])).session
    s.acknowledge(0, 0.0)
    s.begin(0.0)
    with pytest.raises(SessionError, match="preparing phase"):
        s.acknowledge(0, 1.0)
    with pytest.raises(SessionError, match="cannot begin"):
        s.begin(1.0)


def test_without_safety_statements_begin_at_once() -> None:
    rig = Rig(module(quiz()))
    rig.session.begin(0.0)
    events, cmds = rig.tick(0.5)
    assert events == [E.PREPARED, E.STEP_SHOWN] and cmds == []
    assert rig.session.phase is Phase.STEPS and rig.session.state().status is StepStatus.ACTIVE


def test_trainee_actions_before_the_steps_are_refused() -> None:
    s = Rig(module(quiz(hints=[{"after_s": 0, "text": txt("h")}]))).session
    for call in (
        lambda: s.next(0.0),
        lambda: s.answer_quiz(["a"], 0.0),
        lambda: s.take_hint(0.0),
        lambda: s.waive_step(0.0, "instructor"),
        lambda: s.answer_observation(1.0, 0.0),
    ):
        with pytest.raises(SessionError, match="in the safety phase"):
            call()


# ------------------------------------------------------------------------------------------------ setup


SETUP = [{"call": "reset"}, {"write": "mode", "value": "MANUAL"}, {"call": "start", "args": [1]}]


def test_setup_commands_come_out_one_at_a_time_in_order() -> None:
    rig = Rig(module(quiz(), setup=SETUP))
    s = rig.session
    s.begin(0.0)
    assert s.setup_position == (0, 3)
    sent: list[Command] = []
    for t in (0.1, 0.2, 0.3):
        events, cmds = rig.tick(t)
        p = one(cmds)
        assert p.purpose == "setup" and events == []
        assert rig.tick(t + 0.01) == ([], [])  # nothing new while the command is out
        sent.append(p.command)
        s.command_finished(p.token, None, t + 0.05)
    assert sent == [
        CallAction(call="reset"),
        WriteAction(write="mode", value="MANUAL"),
        CallAction(call="start", args=(1,)),
    ]
    assert s.phase is Phase.PREPARING and s.setup_position == (3, 3)
    events, _ = rig.tick(0.4)
    assert events == [E.PREPARED, E.STEP_SHOWN] and s.phase is Phase.STEPS


def test_setup_waits_then_waits_for_a_live_value() -> None:
    cell = Cell(running=False)
    rig = Rig(module(quiz(), setup=[{"wait_s": 2}, {"wait_for": RUNNING, "timeout_s": 30}]), cell)
    s = rig.session
    s.begin(0.0)
    rig.tick(0.0)
    rig.tick(1.9)
    assert s.setup_position == (0, 2)
    rig.tick(2.0)
    assert s.setup_position == (1, 2)
    cell.set(5.0, running=True)
    cell.silent(7.0)  # true, but stale: not evidence
    assert s.tick(7.0) == ([], []) and s.phase is Phase.PREPARING
    events, _ = rig.tick(7.5)  # the cell is heard again: live
    assert events == [E.PREPARED, E.STEP_SHOWN]


def test_a_setup_wait_for_that_times_out_ends_the_attempt() -> None:
    rig = Rig(module(quiz(), setup=[{"wait_for": RUNNING, "timeout_s": 5}]))
    s = rig.session
    s.begin(0.0)
    rig.tick(0.0)
    assert rig.tick(4.9) == ([], [])
    events, _ = rig.tick(5.0)
    assert events == [E.SETUP_FAILED, E.ENDED]
    assert s.result is not None and s.result.outcome is Outcome.ABANDONED
    assert s.result.reason == "setup: waited 5 s, but the condition did not hold on live values"


def test_a_refused_setup_command_ends_the_attempt_abandoned() -> None:
    rig = Rig(module(quiz(), quiz(), setup=SETUP, teardown=[{"call": "stop"}]))
    s = rig.session
    s.begin(0.0)
    p = one(rig.tick(0.1)[1])
    s.command_finished(p.token, "BadUserAccessDenied", 0.2)
    events, cmds = rig.tick(0.3)
    assert events == [E.SETUP_FAILED, E.ENDED]
    assert s.phase is Phase.ENDED
    assert s.result is not None and s.result.outcome is Outcome.ABANDONED
    assert s.result.reason == "setup: call reset: BadUserAccessDenied"
    assert [st.status for st in s.result.steps] == [StepStatus.SKIPPED, StepStatus.SKIPPED]
    assert rig.verbs() == ["attempted", "initialized", "abandoned"]
    assert rig.ext(rig.last("abandoned"), "reason") == "setup: call reset: BadUserAccessDenied"
    # setup touched the cell, so teardown tidies up
    assert one(cmds).command == CallAction(call="stop") and one(cmds).purpose == "teardown"


def test_setup_done_shows_step_one() -> None:
    rig = Rig(module(quiz(id="first"), quiz(), setup=SETUP, time_limit_s=600))
    events = rig.start(now=3.0)
    s = rig.session
    assert events == [E.PREPARED, E.STEP_SHOWN]
    assert s.index == 0 and s.state().status is StepStatus.ACTIVE and s.state(1).status is StepStatus.PENDING
    st = rig.last("experienced")
    assert st.object_id == activity_id("speed-and-cycle-time", "first") and rig.ext(st, "step-index") == 0
    assert s.time_left(3.0) == 600


def test_a_late_or_unknown_command_result_is_ignored() -> None:
    rig = Rig(module(quiz(), setup=SETUP))
    s = rig.session
    s.begin(0.0)
    p = one(rig.tick(0.0)[1])
    s.command_finished(p.token + 99, "boom", 0.1)
    assert s.phase is Phase.PREPARING and s.setup_position == (0, 3)
    s.command_finished(p.token, None, 0.2)
    assert s.setup_position == (1, 3)


# --------------------------------------------------------------------------------------------- on_enter


def test_on_enter_commands_come_out_when_the_step_is_shown() -> None:
    fault = [{"write": "mode", "value": "MANUAL"}, {"call": "inject_fault", "args": ["jam"]}]
    rig = Rig(module(instruction(), quiz(on_enter=fault), instruction()))
    s = rig.session
    s.begin(0.0)
    assert rig.tick(0.0)[1] == []  # step 1 has no on_enter
    s.next(1.0)
    p1 = one(rig.tick(1.0)[1])
    assert p1.purpose == "on_enter" and p1.command == WriteAction(write="mode", value="MANUAL")
    assert rig.tick(1.1)[1] == []
    s.command_finished(p1.token, None, 1.2)
    p2 = one(rig.tick(1.3)[1])
    assert p2.command == CallAction(call="inject_fault", args=("jam",))
    s.answer_quiz(["a"], 1.4)  # a quiz can be answered meanwhile
    assert s.step_preparing
    with pytest.raises(SessionError, match="still being prepared"):
        s.next(1.5)
    assert s.permits(CallAction(call="inject_fault", args=("jam",))) == "the cell is still being prepared for this step"
    s.command_finished(p2.token, None, 1.6)
    assert rig.tick(1.7)[1] == [] and not s.step_preparing
    s.next(1.8)
    assert s.index == 2


def test_an_action_check_and_its_timeout_start_when_on_enter_is_done() -> None:
    count = {"tag": "good_count", "count": 1}
    rig = Rig(module(instruction(), action(count, timeout_s=10, on_enter=[{"call": "inject_fault"}])))
    rig.start()
    s = rig.session
    s.next(1.0)
    p = one(rig.tick(1.0)[1])
    assert s.step_preparing and s.step_time_left(5.0) == 10
    rig.cell.set(5.0, good_count=1)  # counted while the cell is still being prepared: not the trainee's
    rig.tick(5.0)
    s.command_finished(p.token, None, 6.0)
    rig.tick(6.0)  # ready: baseline good_count=1, the 10 s start now
    assert not s.step_preparing and s.step_time_left(6.0) == 10
    assert s.state().status is StepStatus.ACTIVE
    rig.cell.set(7.0, good_count=2)
    events, _ = rig.tick(7.0)
    assert events == [E.STEP_PASSED]


def test_on_enter_of_step_one_comes_with_prepared() -> None:
    rig = Rig(module(quiz(on_enter=[{"call": "inject_fault"}])))
    rig.session.begin(0.0)
    events, cmds = rig.tick(0.0)
    assert events == [E.PREPARED, E.STEP_SHOWN]
    assert one(cmds).command == CallAction(call="inject_fault") and one(cmds).purpose == "on_enter"


# --------------------------------------------------------------------------------------------- teardown


TEARDOWN = [{"call": "stop"}, {"write": "mode", "value": "MANUAL"}]


def _run_teardown(rig: Rig, t: float) -> list[Command]:
    sent = []
    for i in range(10):
        _, cmds = rig.tick(t + i)
        for p in cmds:
            assert p.purpose == "teardown"
            sent.append(p.command)
            rig.session.command_finished(p.token, None, t + i)
        if rig.session.teardown_done:
            break
    return sent


def test_teardown_runs_after_the_last_step() -> None:
    rig = Rig(module(instruction(), teardown=TEARDOWN))
    rig.start()
    assert not rig.session.teardown_done
    rig.session.next(5.0)
    assert rig.session.phase is Phase.ENDED and not rig.session.teardown_done
    assert _run_teardown(rig, 6.0) == [CallAction(call="stop"), WriteAction(write="mode", value="MANUAL")]
    assert rig.session.teardown_done


def test_teardown_runs_after_abandon() -> None:
    rig = Rig(module(quiz(), teardown=TEARDOWN))
    rig.start()
    rig.session.abandon(2.0, "closed")
    assert _run_teardown(rig, 3.0) == [CallAction(call="stop"), WriteAction(write="mode", value="MANUAL")]


def test_abandon_while_preparing_tears_down_and_ignores_the_setup_result() -> None:
    rig = Rig(module(quiz(), setup=SETUP, teardown=[{"call": "stop"}]))
    s = rig.session
    s.begin(0.0)
    p = one(rig.tick(0.0)[1])
    s.abandon(0.5, "idle")
    s.command_finished(p.token, None, 0.6)  # the reset finished after all
    assert s.setup_position == (0, 3)
    assert _run_teardown(rig, 1.0) == [CallAction(call="stop")]


def test_no_teardown_when_setup_never_ran() -> None:
    rig = Rig(module(quiz(), safety=[txt("Goggles")], teardown=TEARDOWN))
    rig.session.abandon(1.0, "idle")
    assert rig.session.teardown_done
    assert rig.tick(2.0) == ([], [])


# ------------------------------------------------------------------------------------------ instruction


def test_an_instruction_is_done_with_next_and_not_scored() -> None:
    rig = Rig(module(instruction(), quiz(weight=2), mastery=0.5))
    rig.start()
    s = rig.session
    s.next(4.0)
    st = s.state(0)
    assert st.status is StepStatus.DONE and st.points == 0 and st.max_points == 0 and st.duration_s == 4.0
    assert "passed" not in rig.verbs() and "failed" not in rig.verbs()
    s.answer_quiz(["a"], 5.0)
    s.next(6.0)
    assert s.result is not None and (s.result.score_raw, s.result.score_max) == (2.0, 2.0)


# ------------------------------------------------------------------------------------------------ action


def test_an_action_step_passes_on_a_live_value() -> None:
    rig = Rig(module(action(RUNNING, weight=2), instruction()))
    rig.start()
    s = rig.session
    assert rig.tick(1.0) == ([], []) and not s.check_satisfied()
    rig.cell.set(2.0, running=True)
    events, _ = s.tick(2.0)
    assert events == [E.STEP_PASSED]
    st = s.state()
    assert st.status is StepStatus.PASSED and st.points == 2 and st.feedback == "correct" and st.duration_s == 2.0
    assert s.check_satisfied()
    passed = rig.last("passed")
    assert passed.object_type == "action" and passed.result["success"] is True
    assert passed.result["score"] == {"raw": 2.0, "min": 0.0, "max": 2.0, "scaled": 1.0}
    assert passed.result["duration"] == "PT2S"


def test_a_stale_value_does_not_pass_an_action() -> None:
    rig = Rig(module(action(RUNNING)))
    rig.start()
    s = rig.session
    rig.cell.set(1.0, running=True)
    rig.cell.silent(3.0)  # no word from the cell since t=1
    assert rig.cell.snapshot.get("running").quality is Quality.STALE
    assert s.tick(3.0) == ([], []) and s.state().status is StepStatus.ACTIVE


def test_a_bad_value_does_not_pass_an_action() -> None:
    rig = Rig(module(action(RUNNING)))
    rig.start()
    rig.cell.set(1.0, running=True)
    rig.cell.bad(1.1, "running")
    assert rig.session.tick(1.1) == ([], [])


def test_a_value_going_stale_during_the_hold_restarts_it() -> None:
    rig = Rig(module(action({**RUNNING, "hold_s": 3})))
    rig.start()
    s = rig.session
    rig.cell.set(1.0, running=True)
    s.tick(1.0)
    rig.tick(2.0)
    assert s.check_progress()["hold_s"].done == 1.0
    rig.cell.silent(3.6)  # stale: the hold restarts
    assert s.tick(3.6) == ([], [])
    assert s.check_progress()["hold_s"].done == 0.0
    rig.tick(4.0)  # live again: hold starts over here
    assert rig.tick(6.9)[0] == []
    assert rig.tick(7.0)[0] == [E.STEP_PASSED]


def test_a_count_counts_from_when_the_step_began() -> None:
    rig = Rig(module(instruction(), action({"tag": "good_count", "count": 3})))
    rig.start()
    s = rig.session
    rig.cell.set(1.0, good_count=10)  # parts made while reading the instruction do not count
    s.next(2.0)
    rig.cell.set(3.0, good_count=12)
    assert s.tick(3.0)[0] == []
    assert s.check_progress()["count"].done == 2 and s.check_progress()["count"].target == 3
    rig.cell.set(4.0, good_count=13)
    assert s.tick(4.0)[0] == [E.STEP_PASSED]


def test_an_action_step_times_out() -> None:
    rig = Rig(module(action(RUNNING, timeout_s=30), instruction()))
    rig.start(now=10.0)
    s = rig.session
    assert s.step_time_left(25.0) == 15.0
    assert rig.tick(39.9)[0] == []
    events, _ = rig.tick(40.0)
    assert events == [E.STEP_FAILED]
    st = s.state()
    assert st.status is StepStatus.FAILED and st.feedback == "timeout" and st.points == 0
    assert s.step_time_left(41.0) is None
    failed = rig.last("failed")
    assert failed.result["success"] is False and rig.ext(failed, "feedback") == "timeout"
    rig.cell.set(41.0, running=True)  # too late: a finished step is not re-judged
    assert s.tick(41.0)[0] == [] and s.state().status is StepStatus.FAILED
    s.next(42.0)
    assert s.index == 1


def test_give_up_fails_an_open_step_and_a_stray_next_is_refused() -> None:
    rig = Rig(module(action(RUNNING), instruction()))
    rig.start()
    s = rig.session
    with pytest.raises(SessionError, match="still open"):
        s.next(4.0)
    assert s.state(0).status is StepStatus.ACTIVE
    s.give_up(5.0)
    st = s.state(0)
    assert st.status is StepStatus.FAILED and st.feedback == "gave_up" and st.duration_s == 5.0
    assert rig.ext(rig.last("failed"), "feedback") == "gave_up"
    assert s.index == 1 and s.state().status is StepStatus.ACTIVE


def test_a_passed_step_waits_for_next() -> None:
    rig = Rig(module(action(RUNNING), instruction()))
    rig.start()
    rig.cell.set(1.0, running=True)
    rig.session.tick(1.0)
    assert rig.tick(100.0) == ([], [])
    assert rig.session.index == 0 and rig.session.state().status is StepStatus.PASSED


# -------------------------------------------------------------------------------------------------- quiz


def test_a_single_choice_quiz_answered_right() -> None:
    rig = Rig(module(quiz(("b",)), instruction()))
    rig.start()
    s = rig.session
    assert s.answer_quiz(["b"], 3.0) is True
    st = s.state()
    assert st.status is StepStatus.PASSED and st.answer == ("b",) and st.points == 1
    assert rig.verbs()[-2:] == ["answered", "passed"]
    answered = rig.last("answered")
    assert answered.object_type == "quiz" and answered.result == {"response": "b", "success": True}


def test_a_single_choice_quiz_answered_wrong() -> None:
    rig = Rig(module(quiz(("b",)), instruction()))
    rig.start()
    s = rig.session
    assert s.answer_quiz(["a"], 3.0) is False
    st = s.state()
    assert st.status is StepStatus.FAILED and st.feedback == "wrong" and st.points == 0
    assert rig.verbs()[-2:] == ["answered", "failed"]
    with pytest.raises(SessionError, match="already finished"):
        s.answer_quiz(["b"], 4.0)


@pytest.mark.parametrize(
    ("answer", "right"),
    [(["a", "c"], True), (["c", "a"], True), (["a"], False), (["a", "b", "c"], False), (["b"], False)],
)
def test_a_multiple_choice_quiz_needs_the_exact_set(answer: list[str], right: bool) -> None:
    rig = Rig(module(quiz(("a", "c"))))
    rig.start()
    assert rig.session.answer_quiz(answer, 1.0) is right
    assert rig.session.state().status is (StepStatus.PASSED if right else StepStatus.FAILED)
    assert rig.last("answered").result["response"] == "[,]".join(answer)


def test_an_unknown_or_empty_quiz_answer_is_refused() -> None:
    rig = Rig(module(quiz()))
    rig.start()
    s = rig.session
    with pytest.raises(SessionError, match="not a choice of this quiz: z"):
        s.answer_quiz(["a", "z"], 1.0)
    with pytest.raises(SessionError, match="no choice given"):
        s.answer_quiz([], 1.0)
    assert s.state().status is StepStatus.ACTIVE and "answered" not in rig.verbs()


def test_answering_the_wrong_kind_of_step_is_refused() -> None:
    rig = Rig(module(instruction()))
    rig.start()
    with pytest.raises(SessionError, match=r"cannot answer a quiz: step 1 is an? instruction step"):
        rig.session.answer_quiz(["a"], 1.0)
    with pytest.raises(SessionError, match="instruction step"):
        rig.session.answer_observation(1.0, 1.0)


# ------------------------------------------------------------------------------------------- observation


@pytest.mark.parametrize("answer", [120.0, 115.0, 125.0, 123])
def test_an_observation_within_tolerance_is_accepted(answer: float) -> None:
    rig = Rig(module(observation(tolerance=5)))
    rig.start()
    s = rig.session
    assert s.answer_observation(answer, 2.0) is ObservationVerdict.ACCEPTED
    st = s.state()
    assert st.status is StepStatus.PASSED and st.answer == answer and st.points == 1
    answered = rig.last("answered")
    assert answered.result["success"] is True and rig.ext(answered, "live-value") == 120.0


def test_an_observation_with_tolerance_pct() -> None:
    rig = Rig(module(observation(tolerance=None, tolerance_pct=10, tries=3)))
    rig.start()
    s = rig.session
    assert s.answer_observation(133.0, 1.0) is ObservationVerdict.REJECTED  # 12 allowed around 120
    assert s.answer_observation(107.0, 2.0) is ObservationVerdict.REJECTED
    assert s.answer_observation(132.0, 3.0) is ObservationVerdict.ACCEPTED


def test_an_observation_outside_tolerance_uses_a_try_and_the_last_fails() -> None:
    rig = Rig(module(observation(tolerance=5, tries=2), instruction()))
    rig.start()
    s = rig.session
    assert s.state().tries_left == 2
    assert s.answer_observation(130.0, 1.0) is ObservationVerdict.REJECTED
    st = s.state()
    assert st.status is StepStatus.ACTIVE and st.tries_left == 1 and st.feedback == "wrong" and st.answer == 130.0
    assert s.answer_observation(100.0, 2.0) is ObservationVerdict.NO_TRIES
    st = s.state()
    assert st.status is StepStatus.FAILED and st.tries_left == 0 and st.points == 0
    assert rig.verbs()[-3:] == ["answered", "answered", "failed"]
    with pytest.raises(SessionError, match="already finished"):
        s.answer_observation(120.0, 3.0)


def test_an_observation_follows_the_value_live_at_the_moment_of_answering() -> None:
    rig = Rig(module(observation(tolerance=5, window_s=0)))
    rig.start()
    rig.cell.set(1.0, speed_actual=200.0)
    assert rig.session.answer_observation(120.0, 1.0) is ObservationVerdict.REJECTED
    assert rig.session.answer_observation(198.0, 1.5) is ObservationVerdict.ACCEPTED


def test_an_observation_of_a_stale_value_is_not_judged() -> None:
    rig = Rig(module(observation(tries=1)))
    rig.start()
    s = rig.session
    rig.cell.silent(5.0)
    before = len(rig.sink.statements)
    assert s.answer_observation(120.0, 5.0) is ObservationVerdict.NOT_LIVE
    st = s.state()
    assert st.status is StepStatus.ACTIVE and st.tries_left == 1 and st.feedback == "not_live"
    assert len(rig.sink.statements) == before
    rig.cell.at(6.0)
    assert s.answer_observation(120.0, 6.0) is ObservationVerdict.ACCEPTED


def test_an_observation_of_a_bad_value_is_not_judged() -> None:
    rig = Rig(module(observation()))
    rig.start()
    rig.cell.bad(1.0, "speed_actual")
    assert rig.session.answer_observation(120.0, 1.0) is ObservationVerdict.NOT_LIVE
    assert rig.session.state().tries_left == 2


# ------------------------------------------------------------------------------------------------- hints


HINTS = [
    {"after_s": 10, "cost": 0.1, "text": txt("Look at the mode")},
    {"after_s": 20, "cost": 0.2, "text": txt("Press AUTO")},
]


def test_hints_become_available_after_their_delay_once_each() -> None:
    rig = Rig(module(action(RUNNING, hints=HINTS)))
    rig.start(now=100.0)
    s = rig.session
    assert rig.tick(109.9)[0] == [] and s.hints_due(109.9) == 0
    assert rig.tick(110.0)[0] == [E.HINT_AVAILABLE] and s.hints_due(110.0) == 1
    assert rig.tick(115.0)[0] == []
    assert rig.tick(120.0)[0] == [E.HINT_AVAILABLE] and s.hints_due(120.0) == 2
    assert rig.tick(130.0)[0] == []
    assert s.state(now=130.0).hints_due == 2


def test_a_hint_cannot_be_taken_before_it_is_due() -> None:
    rig = Rig(module(quiz(hints=HINTS)))
    rig.start()
    s = rig.session
    with pytest.raises(SessionError, match="no hint is available"):
        s.take_hint(9.0)
    assert s.take_hint(10.0).text.en == "Look at the mode"
    with pytest.raises(SessionError, match="no hint is available"):
        s.take_hint(15.0)  # the second is not due yet
    assert s.taken_hints() == (s.module.steps[0].hints[0],)  # type: ignore[union-attr]
    assert s.state().hints_taken == 1
    asked = rig.last("asked")
    assert rig.ext(asked, "hint-number") == 1 and rig.ext(asked, "hint-cost") == 0.1
    assert asked.parent_id == activity_id("speed-and-cycle-time")


def test_hints_cost_points() -> None:
    rig = Rig(module(quiz(weight=2, hints=HINTS), mastery=0.5))
    rig.start()
    s = rig.session
    s.take_hint(20.0)
    s.take_hint(20.0)
    with pytest.raises(SessionError, match="no hint is available"):
        s.take_hint(30.0)  # none left
    s.answer_quiz(["a"], 31.0)
    assert s.state().points == pytest.approx(1.4)
    assert rig.last("passed").result["score"] == {"raw": 1.4, "min": 0.0, "max": 2.0, "scaled": 0.7}
    assert rig.ext(rig.last("passed"), "hints-taken") == 2
    s.next(32.0)
    assert s.result is not None and s.result.score_raw == pytest.approx(1.4) and s.result.outcome is Outcome.PASSED


def test_no_hint_on_a_finished_step() -> None:
    rig = Rig(module(quiz(hints=HINTS), instruction()))
    rig.start()
    rig.session.answer_quiz(["b"], 30.0)
    with pytest.raises(SessionError, match="no hint is available"):
        rig.session.take_hint(31.0)
    assert rig.session.hints_due(31.0) == 0  # finished: only the hints taken count


# -------------------------------------------------------------------------------------------- time limit


@pytest.mark.parametrize(
    ("limit", "warning_at"),
    [(60, 40), (150, 130), (600, 540), (1200, 1080), (3000, 2880)],
)
def test_the_default_time_warning(limit: float, warning_at: float) -> None:
    mod = module(quiz(), time_limit_s=limit)
    assert mod.warning_at_s == warning_at
    assert mod.warning_lead_s is not None and 20 <= mod.warning_lead_s <= 120
    rig = Rig(mod)
    rig.start(now=5.0)  # the limit counts from step 1
    assert rig.tick(5.0 + warning_at - 0.1)[0] == []
    assert rig.tick(5.0 + warning_at)[0] == [E.TIME_WARNING]
    assert rig.tick(5.0 + warning_at + 1)[0] == []
    assert rig.session.time_left(5.0 + warning_at) == pytest.approx(limit - warning_at)


def test_warn_before_s_sets_the_warning() -> None:
    mod = module(quiz(), time_limit_s=600, warn_before_s=300)
    assert mod.warning_at_s == 300
    rig = Rig(mod)
    rig.start()
    assert rig.tick(299.0)[0] == [] and rig.tick(300.0)[0] == [E.TIME_WARNING]


def test_time_up_fails_the_attempt() -> None:
    rig = Rig(module(quiz(), action(RUNNING, timeout_s=500), quiz(), instruction(), time_limit_s=120))
    rig.start(now=10.0)
    s = rig.session
    assert s.answer_quiz(["a"], 20.0)
    s.next(25.0)
    events, _ = rig.tick(130.0)
    assert events == [E.TIME_WARNING, E.TIME_UP, E.ENDED]
    assert s.phase is Phase.ENDED and s.result is not None
    assert s.result.outcome is Outcome.FAILED and s.result.reason == "time limit"
    assert [(st.status, st.feedback) for st in s.result.steps] == [
        (StepStatus.PASSED, "correct"),
        (StepStatus.FAILED, "timeout"),
        (StepStatus.SKIPPED, None),
        (StepStatus.SKIPPED, None),
    ]
    assert rig.verbs()[-2:] == ["failed", "failed"]
    module_failed = rig.last("failed")
    assert module_failed.object_type == "module" and rig.ext(module_failed, "reason") == "time limit"
    assert s.time_left(130.0) == 0.0


def test_time_up_while_preparing_does_not_count() -> None:
    rig = Rig(module(quiz(), setup=[{"wait_s": 200}], time_limit_s=100))
    s = rig.session
    s.begin(0.0)
    rig.tick(0.0)
    assert s.time_left(150.0) is None
    assert rig.tick(200.0)[0] == [E.PREPARED, E.STEP_SHOWN]
    assert s.time_left(250.0) == 50.0
    assert rig.tick(299.0)[0] == [E.TIME_WARNING]


def test_time_left_stops_at_the_end() -> None:
    rig = Rig(module(instruction(), time_limit_s=100, teardown=[{"wait_s": 30}]))
    rig.start()
    rig.session.next(10.0)
    assert rig.session.time_left(10.0) == 90.0
    rig.tick(50.0)  # teardown still running: ticks go on after the end
    assert rig.session.time_left(50.0) == 90.0


# ---------------------------------------------------------------------------------------------- outcome


def _answer_all(rig: Rig, answers: list[str], t: float = 1.0) -> None:
    for a in answers:
        rig.session.answer_quiz([a], t)
        rig.session.next(t)
        t += 1


def test_passed_at_exactly_mastery() -> None:
    rig = Rig(module(quiz(), quiz(), quiz(), quiz(), mastery=0.75))
    rig.start()
    _answer_all(rig, ["a", "a", "a", "b"])
    r = rig.session.result
    assert r is not None and r.outcome is Outcome.PASSED and r.scaled == 0.75 and r.mastery == 0.75
    st = rig.last("passed")
    assert st.object_type == "module" and st.result["success"] is True and st.result["completion"] is True


def test_failed_below_mastery() -> None:
    rig = Rig(module(quiz(), quiz(), quiz(), quiz(), mastery=0.8))
    rig.start()
    _answer_all(rig, ["a", "a", "a", "b"])
    r = rig.session.result
    assert r is not None and r.outcome is Outcome.FAILED and r.reason == ""
    st = rig.last("failed")
    assert st.object_type == "module" and st.result["success"] is False
    assert st.result["score"] == {"raw": 3.0, "min": 0.0, "max": 4.0, "scaled": 0.75}


def test_completed_when_the_module_has_no_mastery() -> None:
    rig = Rig(module(quiz(), instruction(), mastery=None))
    rig.start()
    _answer_all(rig, ["b"])
    rig.session.next(5.0)
    r = rig.session.result
    assert r is not None and r.outcome is Outcome.COMPLETED and r.mastery is None
    st = rig.last("completed")
    assert st.result["completion"] is True and "success" not in st.result


def test_completed_without_scored_steps_has_no_score() -> None:
    rig = Rig(module(instruction(), mastery=None))
    rig.start()
    rig.session.next(2.0)
    r = rig.session.result
    assert r is not None and r.outcome is Outcome.COMPLETED and r.score_max == 0 and r.scaled is None
    assert "score" not in rig.last("completed").result


def test_score_and_duration() -> None:
    rig = Rig(module(quiz(weight=3), quiz(weight=1), mastery=0.5, setup=[{"wait_s": 4}]))
    s = rig.session
    s.begin(0.0)
    rig.tick(0.0)
    assert rig.tick(4.0)[0] == [E.PREPARED, E.STEP_SHOWN]
    s.answer_quiz(["a"], 10.0)
    s.next(10.0)
    s.answer_quiz(["b"], 30.25)
    s.next(34.0)
    r = s.result
    assert r is not None
    assert (r.score_raw, r.score_max, r.scaled) == (3.0, 4.0, 0.75)
    assert r.duration_s == 30.0  # from step 1 (after setup) to the end
    assert [st.duration_s for st in r.steps] == [6.0, 20.25]
    assert rig.last("passed").result["duration"] == iso_duration(34.0)  # the attempt's statement


def test_abandon_ends_and_is_idempotent() -> None:
    rig = Rig(module(quiz(), quiz(), quiz()))
    rig.start()
    s = rig.session
    s.answer_quiz(["a"], 1.0)
    s.next(2.0)
    s.abandon(3.0, "idle")
    s.abandon(4.0, "again")
    r = s.result
    assert r is not None and r.outcome is Outcome.ABANDONED and r.reason == "idle" and r.duration_s == 3.0
    assert [st.status for st in r.steps] == [StepStatus.PASSED, StepStatus.SKIPPED, StepStatus.SKIPPED]
    assert r.steps[1].duration_s == 1.0
    assert rig.verbs().count("abandoned") == 1
    st = rig.last("abandoned")
    assert st.result["completion"] is False and "success" not in st.result
    with pytest.raises(SessionError, match="ended phase"):
        s.next(5.0)


def test_waive_module() -> None:
    rig = Rig(module(quiz(), quiz()))
    rig.start()
    s = rig.session
    s.waive_module(2.0, by="instructor-7")
    r = s.result
    assert r is not None and r.outcome is Outcome.WAIVED and r.reason == "waived by instructor-7"
    st = rig.last("waived")
    assert st.object_type == "module" and rig.ext(st, "waived-by") == "instructor-7" and "score" not in st.result
    with pytest.raises(SessionError, match="already ended"):
        s.waive_module(3.0, by="x")


def test_waive_step_leaves_it_out_of_the_maximum() -> None:
    rig = Rig(module(quiz(weight=2), action(RUNNING, weight=3), mastery=0.9))
    rig.start()
    s = rig.session
    s.answer_quiz(["a"], 1.0)
    s.next(2.0)
    s.waive_step(3.0, by="instructor-7")
    st = s.state()
    assert st.status is StepStatus.WAIVED and st.max_points == 0 and st.feedback == "waived"
    waived = rig.last("waived")
    assert waived.object_type == "action" and rig.ext(waived, "waived-by") == "instructor-7"
    with pytest.raises(SessionError, match="only the open step"):
        s.waive_step(3.5, by="instructor-7")
    rig.cell.set(4.0, running=True)
    assert s.tick(4.0)[0] == []  # no longer judged
    s.next(5.0)
    r = s.result
    assert r is not None and (r.score_raw, r.score_max, r.scaled) == (2.0, 2.0, 1.0)
    assert r.outcome is Outcome.PASSED


# ---------------------------------------------------------------------------------------------- permits


CONTROLS: list[dict[str, Any]] = [
    {"kind": "button", "call": "start", "label": txt("Start")},
    {"kind": "button", "call": "jog", "args": [2, "fwd"], "label": txt("Jog")},
    {"kind": "button", "write": "enable", "value": True, "label": txt("Enable")},
    {"kind": "button", "write": "mode", "value": "AUTO", "label": txt("Auto")},
    {"kind": "setpoint", "tag": "speed_setpoint", "min": 50, "max": 200, "step": 10},
    {"kind": "switch", "tag": "running", "options": [False, True]},
]


def _step_rig(*steps: dict[str, Any]) -> Rig:
    rig = Rig(module(*steps))
    rig.start()
    return rig


@pytest.mark.parametrize(
    "command",
    [
        CallAction(call="start"),
        CallAction(call="jog", args=(2, "fwd")),
        CallAction(call="jog", args=(2.0, "fwd")),
        WriteAction(write="enable", value=True),
        WriteAction(write="mode", value="AUTO"),
        WriteAction(write="speed_setpoint", value=50),
        WriteAction(write="speed_setpoint", value=200.0),
        WriteAction(write="speed_setpoint", value=125.5),
        WriteAction(write="running", value=False),
        WriteAction(write="running", value=True),
    ],
)
def test_permits_what_the_controls_offer(command: Command) -> None:
    rig = _step_rig(action(RUNNING, controls=CONTROLS))
    assert rig.session.permits(command) is None


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        (CallAction(call="start", args=(1,)), "call start(1): this step offers call start"),
        (CallAction(call="jog", args=(3, "fwd")), "call jog(3, fwd): this step offers call jog(2, fwd)"),
        (CallAction(call="jog", args=(2,)), "call jog(2): this step offers call jog(2, fwd)"),
        (CallAction(call="jog"), "call jog: this step offers call jog(2, fwd)"),
        (WriteAction(write="enable", value=1), "write enable = 1: this step offers write enable = true"),
        (WriteAction(write="enable", value=False), "write enable = false: this step offers write enable = true"),
        (WriteAction(write="mode", value="auto"), "write mode = auto: this step offers write mode = AUTO"),
        (
            WriteAction(write="speed_setpoint", value=49.9),
            "speed_setpoint: 49.9 is outside this step's range 50 to 200",
        ),
        (WriteAction(write="speed_setpoint", value=250), "speed_setpoint: 250 is outside this step's range 50 to 200"),
        (WriteAction(write="speed_setpoint", value="100"), "speed_setpoint takes a number, not '100'"),
        (WriteAction(write="speed_setpoint", value=True), "speed_setpoint takes a number, not True"),
        (WriteAction(write="running", value=1), "running: this step offers only false, true, not 1"),
        (WriteAction(write="running", value="true"), "running: this step offers only false, true, not true"),
        (CallAction(call="stop"), "call stop is not one of this step's controls"),
        (WriteAction(write="level", value=3), "write level = 3 is not one of this step's controls"),
        (WriteAction(write="start", value=True), "write start = true is not one of this step's controls"),
    ],
)
def test_permits_refuses_with_a_reason(command: Command, reason: str) -> None:
    rig = _step_rig(action(RUNNING, controls=CONTROLS))
    assert rig.session.permits(command) == reason


def test_a_switch_of_text_states() -> None:
    rig = _step_rig(observation(controls=[{"kind": "switch", "tag": "mode", "options": ["MANUAL", "AUTO"]}]))
    assert rig.session.permits(WriteAction(write="mode", value="MANUAL")) is None
    assert rig.session.permits(WriteAction(write="mode", value="SERVICE")) == (
        "mode: this step offers only MANUAL, AUTO, not SERVICE"
    )


def test_the_controls_of_another_step_are_refused() -> None:
    start = [{"kind": "button", "call": "start", "label": txt("Start")}]
    stop = [{"kind": "button", "call": "stop", "label": txt("Stop")}]
    rig = _step_rig(instruction(controls=start), observation(controls=stop), instruction())
    s = rig.session
    assert s.permits(CallAction(call="start")) is None
    assert s.permits(CallAction(call="stop")) == "call stop is not one of this step's controls"
    s.next(1.0)
    assert s.permits(CallAction(call="stop")) is None
    assert s.permits(CallAction(call="start")) == "call start is not one of this step's controls"
    s.answer_observation(120.0, 2.0)
    assert s.permits(CallAction(call="stop")) is None  # a finished step keeps its controls until Next
    s.next(3.0)
    assert s.permits(CallAction(call="stop")) == "this step offers no controls"


def test_permits_nothing_outside_the_steps() -> None:
    start = [{"kind": "button", "call": "start", "label": txt("Start")}]
    rig = Rig(module(instruction(controls=start), safety=[txt("Goggles")], setup=[{"call": "reset"}]))
    s = rig.session
    cmd = CallAction(call="start")
    assert s.permits(cmd) == "no step is shown"  # SAFETY
    s.acknowledge(0, 0.0)
    s.begin(0.0)
    p = one(rig.tick(0.0)[1])
    assert s.phase is Phase.PREPARING and s.permits(cmd) == "no step is shown"
    s.command_finished(p.token, None, 0.1)
    rig.tick(0.2)
    assert s.permits(cmd) is None
    s.next(1.0)
    assert s.phase is Phase.ENDED and s.permits(cmd) == "no step is shown"


def test_refusal_reasons_are_plain_words() -> None:
    rig = _step_rig(action(RUNNING, controls=CONTROLS))
    commands: list[Command] = [
        CallAction(call="jog", args=(9,)),
        WriteAction(write="enable", value=0),
        WriteAction(write="speed_setpoint", value=999),
        WriteAction(write="running", value=2),
        CallAction(call="reboot"),
    ]
    for command in commands:
        reason = rig.session.permits(command)
        assert reason is not None
        assert not re.search(r"Action\(|Control|[{}<>]|Error|None", reason), reason
        assert reason == reason.strip() and "\n" not in reason


# ------------------------------------------------------------------------------------------------- xAPI


def _full_run() -> Rig:
    mod = module(
        instruction(id="intro"),
        quiz(id="q", hints=[{"after_s": 0, "cost": 0.5, "text": txt("h")}]),
        observation(id="obs"),
        action(RUNNING, id="run"),
        mastery=0.5,
        safety=[txt("Goggles")],
    )
    rig = Rig(mod, attempt_number=2)
    s = rig.session
    rig.start()
    s.next(1.0)
    s.take_hint(2.0)
    s.answer_quiz(["a"], 3.0)
    s.next(4.0)
    s.answer_observation(50.0, 5.0)
    s.answer_observation(120.0, 6.0)
    s.next(7.0)
    rig.cell.set(8.0, running=True)
    s.tick(8.0)
    s.next(9.0)
    return rig


def test_every_event_leaves_exactly_one_statement() -> None:
    rig = _full_run()
    assert rig.verbs() == [
        "attempted",
        "initialized",
        "experienced",  # intro
        "experienced",  # quiz
        "asked",
        "answered",
        "passed",
        "experienced",  # observation
        "answered",
        "answered",
        "passed",
        "experienced",  # action
        "passed",
        "passed",  # the module
    ]
    objects = [st.object_id.rsplit("/", 1)[-1] for st in rig.sink.statements]
    assert objects[2:] == [
        "intro",
        "q",
        "q",
        "q",
        "q",
        "obs",
        "obs",
        "obs",
        "obs",
        "run",
        "run",
        "speed-and-cycle-time",
    ]


def test_statements_share_the_registration_and_steps_name_their_parent() -> None:
    rig = _full_run()
    module_iri = activity_id("speed-and-cycle-time")
    assert {st.registration for st in rig.sink.statements} == {rig.session.attempt_id}
    assert len({st.id for st in rig.sink.statements}) == len(rig.sink.statements)
    for st in rig.sink.statements:
        if st.object_type == "module":
            assert st.object_id == module_iri and st.parent_id is None
        else:
            assert st.object_id.startswith(module_iri + "/steps/") and st.parent_id == module_iri
            assert st.to_dict()["context"]["contextActivities"] == {
                "parent": [{"id": module_iri, "objectType": "Activity"}]
            }


def test_to_dict_is_an_xapi_statement() -> None:
    rig = _full_run()
    for st in rig.sink.statements:
        d = json.loads(json.dumps(st.to_dict()))
        assert d["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "https://skillslab.smartindustryhub.nl", "name": "T-0042"},
        }
        assert d["verb"]["id"] == VERBS[st.verb] and re.match(r"https?://", d["verb"]["id"])
        name = d["object"]["definition"]["name"]
        assert set(name) >= {"nl-NL", "en-US"} and all(name.values())
        assert d["object"]["objectType"] == "Activity" and d["object"]["id"] == st.object_id
        assert d["context"]["registration"] == rig.session.attempt_id and d["context"]["language"] == "nl-NL"
        ts = datetime.fromisoformat(d["timestamp"])
        assert ts.tzinfo is not None and re.search(r"(\+00:00|Z)$", d["timestamp"])
    final = rig.sink.statements[-1].to_dict()
    assert final["object"]["definition"]["name"] == {
        "nl-NL": "Speed and cycle time (nl)",
        "en-US": "Speed and cycle time",
    }
    assert final["result"]["score"] == {"raw": 2.5, "min": 0.0, "max": 3.0, "scaled": 0.8333}
    assert final["result"]["duration"] == "PT9S"
    assert final["context"]["extensions"][extension_iri("attempt-number")] == 2
    assert datetime.fromisoformat(final["timestamp"]) == WALL0 + timedelta(seconds=8)  # the wall clock at the end


def test_a_step_without_a_title_is_named_by_its_text() -> None:
    rig = _step_rig(quiz(), instruction(title=txt("Welcome")))
    assert rig.last("experienced").object_name == {"nl": "Which? (nl)", "en": "Which?"}
    rig.session.answer_quiz(["a"], 1.0)
    rig.session.next(2.0)
    assert rig.last("experienced").object_name == {"nl": "Welcome (nl)", "en": "Welcome"}


def test_a_step_without_an_id_is_named_by_its_position() -> None:
    rig = _step_rig(instruction(), quiz())
    rig.session.next(1.0)
    assert rig.last("experienced").object_id == activity_id("speed-and-cycle-time", "step-2")


def test_a_weightless_quiz_is_answered_but_not_scored() -> None:
    rig = _step_rig(quiz(weight=0), instruction())
    rig.session.answer_quiz(["a"], 1.0)
    assert rig.verbs()[-1] == "answered"
    assert rig.session.state(0).status is StepStatus.PASSED


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "PT0S"),
        (-3, "PT0S"),
        (0.5, "PT0.5S"),
        (59.99, "PT59.99S"),
        (60, "PT1M"),
        (65.25, "PT1M5.25S"),
        (3600, "PT1H"),
        (3661.5, "PT1H1M1.5S"),
        (7200.004, "PT2H"),
    ],
)
def test_iso_duration(seconds: float, text: str) -> None:
    assert iso_duration(seconds) == text


def _statement(**kw: Any) -> Statement:
    fields: dict[str, Any] = {
        "id": "0a6b1a52-1f3c-4b5e-9b0a-000000000001",
        "actor": ACTOR,
        "verb": "passed",
        "object_id": activity_id("m"),
        "object_type": "module",
        "object_name": {"nl": "Module", "en": "Module"},
        "timestamp": WALL0,
        "registration": "reg",
    }
    fields.update(kw)
    return Statement(**fields)


def test_statement_refuses_an_unknown_verb_or_type_and_a_naive_timestamp() -> None:
    assert _statement().to_dict()["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    with pytest.raises(ValueError, match="unknown verb 'finished'"):
        _statement(verb="finished")
    with pytest.raises(ValueError, match="unknown activity type"):
        _statement(object_type="video")
    with pytest.raises(ValueError, match="timezone-aware"):
        _statement(timestamp=datetime(2025, 3, 14, 9, 30))


def test_statement_to_dict_keeps_the_timezone_offset() -> None:
    cet = timezone(timedelta(hours=1))
    d = _statement(timestamp=datetime(2025, 3, 14, 10, 30, 0, 123456, tzinfo=cet), language="en").to_dict()
    assert d["timestamp"] == "2025-03-14T10:30:00.123+01:00"
    assert d["context"]["language"] == "en-US"
    assert "result" not in d and "contextActivities" not in d["context"] and "extensions" not in d["context"]


# ------------------------------------------------------------------------------- review follow-ups


def test_a_refused_on_enter_ends_the_attempt_with_the_reason() -> None:
    rig = Rig(module(instruction(), quiz(id="diagnose", on_enter=[{"call": "inject_fault", "args": ["JAM"]}])))
    rig.start()
    s = rig.session
    s.next(1.0)
    p = one(rig.tick(1.0)[1])
    s.command_finished(p.token, "the cell has no method 'inject_fault'", 1.1)
    events, _ = rig.tick(1.2)
    assert events == [E.SETUP_FAILED, E.ENDED]
    assert s.result is not None and s.result.outcome is Outcome.ABANDONED
    assert s.result.reason == "step 2 (diagnose): call inject_fault(JAM): the cell has no method 'inject_fault'"


def test_time_up_after_every_step_is_finished_judges_the_work() -> None:
    rig = Rig(module(quiz(), time_limit_s=60))
    rig.start()
    s = rig.session
    assert s.answer_quiz(["a"], 10.0)
    events, _ = rig.tick(61.0)  # the trainee never tapped the last Next
    assert E.TIME_UP not in events and E.ENDED in events
    assert s.result is not None and s.result.outcome is Outcome.PASSED and s.result.reason == ""


@pytest.mark.parametrize("answer", [float("nan"), float("inf"), True])
def test_an_observation_answer_must_be_a_finite_number(answer: Any) -> None:
    rig = Rig(module(observation()))
    rig.start()
    with pytest.raises(SessionError, match="finite number"):
        rig.session.answer_observation(answer, 1.0)
    assert rig.session.state().tries_left == 2


def test_an_observation_accepts_a_value_seen_live_in_the_last_window_s() -> None:
    rig = Rig(module(observation(tolerance=2, window_s=8)))
    rig.start()
    s = rig.session
    for t, v in ((1.0, 150.0), (2.0, 160.0), (3.0, 170.0)):
        rig.cell.set(t, speed_actual=v)
        rig.tick(t)
    rig.cell.set(9.5, speed_actual=175.0)
    # 150 was seen at t=1, now 8.5 s ago: outside the window; 160 (t=2) is inside
    assert s.answer_observation(150.5, 9.5) is ObservationVerdict.REJECTED
    assert s.answer_observation(161.0, 9.5) is ObservationVerdict.ACCEPTED
    answered = rig.last("answered")
    assert rig.ext(answered, "live-value") == 175.0 and rig.ext(answered, "closest-recent-value") == 160.0


def test_values_that_are_not_live_never_enter_the_observation_window() -> None:
    rig = Rig(module(observation(tolerance=2, window_s=8)))
    rig.start()
    rig.cell.set(1.0, speed_actual=300.0)
    rig.cell.bad(1.0, "speed_actual")  # the cell says the reading is bad
    rig.session.tick(1.0)
    rig.cell.set(2.0, speed_actual=100.0)
    rig.session.tick(2.0)
    assert rig.session.answer_observation(300.0, 2.0) is ObservationVerdict.REJECTED
    assert rig.session.answer_observation(100.5, 2.5) is ObservationVerdict.ACCEPTED


def test_time_with_the_link_down_does_not_count_against_timeouts_or_the_limit() -> None:
    rig = Rig(module(action(RUNNING, timeout_s=10), quiz(), time_limit_s=60))
    rig.start(0.0)
    s = rig.session
    rig.tick(1.0)
    # the cell goes silent from t=1: after the 1.5 s contact timeout the link counts as down
    for t in range(2, 40):
        rig.cell.silent(float(t))
        events, _ = s.tick(float(t))
        assert E.STEP_FAILED not in events and E.TIME_UP not in events
    assert s.state().status is StepStatus.ACTIVE
    lost = s.step_time_left(39.0)
    assert lost is not None and 6.0 <= lost <= 9.0  # about 37 s of the 38 were lost, not used
    rig.tick(40.0)  # the cell talks again
    events, _ = rig.tick(48.0)
    assert E.STEP_FAILED in events  # the rest of the 10 s ran out with the link up
    time_left = s.time_left(48.0)
    assert time_left is not None and 40.0 <= time_left <= 50.0


def test_only_an_open_scored_step_can_be_given_up() -> None:
    rig = Rig(module(instruction(), quiz()))
    rig.start()
    s = rig.session
    with pytest.raises(SessionError, match="only an open quiz"):
        s.give_up(1.0)  # an instruction is read, not given up
    s.next(1.0)
    assert s.answer_quiz(["a"], 2.0)
    with pytest.raises(SessionError, match="only an open quiz"):
        s.give_up(3.0)  # already answered


def test_step_one_waits_until_the_cell_is_heard_from_after_setup() -> None:
    # Setup's last command changed the cell, but the snapshot may still hold the value from before it:
    # step 1 (and its check) waits for a publish response from after the command.
    rig = Rig(module(action(RUNNING), setup=[{"call": "start"}]), Cell(running=True))
    s = rig.session
    s.begin(0.0)
    p = one(s.tick(0.0)[1])
    s.command_finished(p.token, None, 0.5)
    events, _ = s.tick(0.6)  # no word from the cell since 0.0
    assert events == [] and s.phase is Phase.PREPARING
    rig.cell.set(0.7, running=False)  # the publish that carries the command's effect
    events, _ = s.tick(0.7)
    assert events == [E.PREPARED, E.STEP_SHOWN]
    assert s.tick(0.8)[0] == [] and s.state().status is StepStatus.ACTIVE  # judged on the fresh value


def test_an_action_check_waits_until_the_cell_is_heard_from_after_on_enter() -> None:
    rig = Rig(module(instruction(), action(RUNNING, on_enter=[{"call": "start"}])), Cell(running=True))
    rig.start()
    s = rig.session
    s.next(1.0)
    p = one(s.tick(1.0)[1])
    s.command_finished(p.token, None, 1.5)
    assert s.tick(1.6)[0] == [] and s.step_preparing  # running=True is from before on_enter
    rig.cell.set(1.7, running=False)
    s.tick(1.7)
    assert not s.step_preparing and s.state().status is StepStatus.ACTIVE
    rig.cell.set(2.0, running=True)
    assert rig.tick(2.0)[0] == [E.STEP_PASSED]
