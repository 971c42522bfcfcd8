"""Resuming an attempt after the kiosk stopped: the recorded statements are replayed into a ResumePoint
(kiosk.core.labs.resume) and a new LabSession continues from it at the same step with the score so far."""

from __future__ import annotations

from typing import Any

import pytest
from test_lab_session import (
    ACTOR,
    RUNNING,
    WALL0,
    Cell,
    Rig,
    action,
    instruction,
    module,
    observation,
    quiz,
)

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.resume import NotResumable, ResumePoint, abandon_statement, module_id_of_iri, resume_point
from kiosk.core.labs.session import LabSession, Outcome, Phase, SessionError, StepStatus
from kiosk.core.labs.xapi import activity_id, extension_iri


def stored(rig: Rig) -> list[dict[str, Any]]:
    """The statements as the records store keeps them (JSON-ready dicts)."""
    return [st.to_dict() for st in rig.sink.statements]


def five_steps(**fields: Any) -> LabModule:
    return module(
        instruction(id="intro"),
        quiz(id="q1", hints=[{"after_s": 5, "cost": 0.5, "text": {"nl": "h", "en": "h"}}]),
        action(RUNNING, id="start"),
        observation(id="obs", tries=3),
        quiz(id="q2"),
        **fields,
    )


def resumed_rig(mod: LabModule, point: ResumePoint, now: float = 1000.0) -> Rig:
    cell = Cell(running=False, mode="MANUAL", speed_actual=120.0, good_count=0, level=10.0)
    cell.at(now)
    return Rig(mod, cell, resume=point)


def test_the_point_is_the_step_shown_with_the_score_so_far() -> None:
    mod = five_steps()
    rig = Rig(mod, attempt_number=2)
    rig.start(0.0)
    s = rig.session
    s.next(1.0)  # intro read
    rig.tick(6.0)
    s.take_hint(6.0)
    assert s.answer_quiz(["a"], 7.0)  # passed with one hint: half the points
    s.next(8.0)
    rig.cell.set(9.0, running=True)
    rig.tick(9.0)  # the action passes
    s.next(10.0)
    rig.cell.at(11.0)
    s.answer_observation(50.0, 11.0)  # wrong: a try used
    point = resume_point(mod, stored(rig))
    assert point.attempt_id == s.attempt_id and point.attempt_number == 2 and point.began
    assert point.index == 3
    assert [p.status for p in point.steps] == [
        StepStatus.DONE,
        StepStatus.PASSED,
        StepStatus.PASSED,
        StepStatus.ACTIVE,
        StepStatus.PENDING,
    ]
    assert [p.points for p in point.steps] == [0.0, 0.5, 1.0, 0.0, 0.0]
    assert point.steps[1].hints_taken == 1 and point.steps[3].tries_used == 1
    assert point.steps[1].answer == ("a",)
    assert point.score_of(mod) == (1.5, 4.0)
    assert point.elapsed_s == pytest.approx(11.0)  # step 1 shown at 0 s, last event at 11 s


def test_a_resumed_session_continues_at_the_step_and_keeps_the_score() -> None:
    mod = five_steps()
    first = Rig(mod)
    first.start(0.0)
    first.session.next(1.0)
    first.session.answer_quiz(["a"], 2.0)
    first.session.next(3.0)
    first.cell.set(4.0, running=True)
    first.tick(4.0)
    first.session.next(5.0)
    first.session.answer_observation(50.0, 6.0)  # one try of three used
    point = resume_point(mod, stored(first))

    rig = resumed_rig(mod, point)
    s = rig.session
    assert s.attempt_id == first.session.attempt_id
    assert rig.verbs() == ["resumed"]
    resumed = rig.last("resumed")
    assert rig.ext(resumed, "step-index") == 3 and rig.ext(resumed, "run") == 2
    assert s.phase is Phase.SAFETY  # safety again: someone else may be at the kiosk now
    rig.start(1000.0)
    assert s.phase is Phase.STEPS and s.index == 3
    assert s.state().status is StepStatus.ACTIVE and s.state().tries_left == 2
    assert [st.status for st in s.states()][:3] == [StepStatus.DONE, StepStatus.PASSED, StepStatus.PASSED]
    s.answer_observation(120.0, 1001.0)
    s.next(1002.0)
    s.answer_quiz(["a"], 1003.0)
    s.next(1004.0)
    assert s.result is not None and s.result.outcome is Outcome.PASSED
    assert s.result.score_raw == 4.0 and s.result.score_max == 4.0
    # The whole attempt's statements replay to an ended attempt: nothing left to resume.
    with pytest.raises(NotResumable, match="ended"):
        resume_point(mod, stored(first) + stored(rig))


def test_a_finished_step_waits_for_next_after_resume() -> None:
    mod = five_steps()
    first = Rig(mod)
    first.start(0.0)
    first.session.next(1.0)
    first.session.answer_quiz(["b"], 2.0)  # wrong: failed, Next not pressed yet
    point = resume_point(mod, stored(first))
    assert point.index == 1 and point.steps[1].status is StepStatus.FAILED
    rig = resumed_rig(mod, point)
    rig.start(1000.0)
    s = rig.session
    assert s.index == 1 and s.state().status is StepStatus.FAILED and s.state().feedback == "wrong"
    s.next(1001.0)
    assert s.index == 2 and s.state().status is StepStatus.ACTIVE


def test_time_already_used_counts_against_the_limit() -> None:
    mod = five_steps(time_limit_s=600)
    first = Rig(mod)
    first.start(0.0)
    first.session.next(100.0)
    first.cell.at(400.0)
    first.session.answer_quiz(["a"], 400.0)  # 400 s used
    point = resume_point(mod, stored(first))
    assert point.elapsed_s == pytest.approx(400.0)
    rig = resumed_rig(mod, point, now=5000.0)  # the kiosk was off for over an hour: not counted
    rig.start(5000.0)
    assert rig.session.time_left(5000.0) == pytest.approx(200.0)
    rig.tick(5201.0)
    assert rig.session.phase is Phase.ENDED and rig.session.result is not None
    assert rig.session.result.reason == "time limit"


def test_resuming_twice_adds_up_every_run() -> None:
    mod = five_steps()
    first = Rig(mod)
    first.start(0.0)
    first.cell.at(10.0)
    first.session.next(10.0)  # 10 s in run 1
    second = resumed_rig(mod, resume_point(mod, stored(first)), now=1000.0)
    second.start(1000.0)
    second.cell.at(1030.0)
    second.session.answer_quiz(["a"], 1030.0)  # 30 s in run 2
    point = resume_point(mod, stored(first) + stored(second))
    assert point.runs == 2 and point.index == 1
    assert point.elapsed_s == pytest.approx(40.0)
    assert point.steps[1].status is StepStatus.PASSED


def test_a_crash_before_step_one_resumes_from_the_start() -> None:
    mod = five_steps()
    first = Rig(mod)  # only `attempted` recorded: the trainee was reading the safety statements
    point = resume_point(mod, stored(first))
    assert not point.began and point.index == 0 and point.elapsed_s == 0.0
    rig = resumed_rig(mod, point)
    rig.start(1000.0)
    assert rig.session.index == 0 and rig.session.state().status is StepStatus.ACTIVE


def test_a_resumed_attempt_does_not_use_another_attempt() -> None:
    mod = five_steps(max_attempts=1)
    first = Rig(mod, attempt_number=1)
    first.start(0.0)
    point = resume_point(mod, stored(first))
    rig = resumed_rig(mod, point)  # would be refused as attempt 2
    assert rig.session.attempt_number == 1


def test_statements_of_another_module_or_version_are_refused() -> None:
    mod = five_steps()
    rig = Rig(mod)
    other = module(instruction(id="x"), id="other-module")
    with pytest.raises(NotResumable, match="not about module other-module"):
        resume_point(other, stored(rig))
    with pytest.raises(NotResumable, match="nothing"):
        resume_point(mod, [])
    point = resume_point(mod, stored(rig))
    shorter = module(instruction(id="intro"), quiz(id="q1"))
    with pytest.raises(SessionError, match="not of this version"):
        LabSession(shorter, Cell().snapshot, actor=ACTOR, sink=rig.sink, now=0.0, wall=rig.wall, resume=point)


def test_module_id_of_reads_steps_and_modules() -> None:
    mod = five_steps()
    rig = Rig(mod)
    rig.start(0.0)
    assert {module_id_of_iri(st.parent_id or st.object_id) for st in rig.sink.statements} == {mod.id}
    assert module_id_of_iri("https://example.org/x") is None


def test_abandon_statement_keeps_the_score_so_far() -> None:
    mod = five_steps()
    rig = Rig(mod)
    rig.start(0.0)
    rig.session.next(1.0)
    rig.session.answer_quiz(["a"], 2.0)
    point = resume_point(mod, stored(rig))
    st = abandon_statement(
        statement_id="6f1c1b1e-7c3e-4c55-9a8e-5b1c0e0b9d11",
        module=mod,
        module_id=mod.id,
        registration=point.attempt_id,
        actor=ACTOR,
        at=WALL0,
        reason="left unfinished for more than 120 min",
        point=point,
        site="emmen",
        cell="democell",
    )
    d = st.to_dict()
    assert d["verb"]["id"].endswith("/abandoned") and d["object"]["id"] == activity_id(mod.id)
    assert d["result"]["completion"] is False and d["result"]["score"]["raw"] == 1.0
    assert d["result"]["score"]["max"] == 4.0
    assert d["context"]["extensions"][extension_iri("site")] == "emmen"
    with pytest.raises(NotResumable):
        resume_point(mod, [*stored(rig), d])


def test_a_suspended_attempt_stays_open_and_resumes() -> None:
    mod = five_steps()
    first = Rig(mod)
    first.start(0.0)
    first.session.next(1.0)
    first.cell.at(20.0)
    first.session.suspend(20.0, "idle reset")
    s = first.session
    assert s.phase is Phase.ENDED and s.suspended and s.result is None
    assert first.verbs()[-1] == "suspended" and first.ext(first.last("suspended"), "step-index") == 1
    point = resume_point(mod, stored(first))  # no outcome: still resumable
    assert point.index == 1 and point.elapsed_s == pytest.approx(20.0)
    assert point.steps[1].duration_s == pytest.approx(20.0)  # shown at wall 0 s (the rig's cell clock)
