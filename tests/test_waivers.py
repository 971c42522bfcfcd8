"""Waiving a step of a finished attempt: the waived statement, the reason, the new result, the audit.

Attempts are real LabSession runs whose statements go into a real records store, as on the kiosk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from records_helpers import T
from test_lab_session import ACTOR, Rig, instruction, module, quiz

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.status import StepStatus
from kiosk.core.labs.waiver import rescore, step_progress, waivable_steps
from kiosk.core.labs.xapi import VERBS, extension_iri
from kiosk.services.records import AttemptFields, RecordStore, StoreError, attempt_end
from kiosk.services.records.waivers import waive_step, waivers_for


def three_quizzes() -> LabModule:
    return module(instruction(id="intro"), quiz(id="q1"), quiz(id="q2"), quiz(id="q3"), mastery=0.8)


def run(mod: LabModule, answers: list[str | None]) -> Rig:
    """A session through the module: each quiz gets its answer ('a' is right); None ends it there."""
    rig = Rig(mod)
    rig.start(0.0)
    s = rig.session
    s.next(1.0)  # intro read
    t = 2.0
    for answer in answers:
        if answer is None:
            s.abandon(t, "walked away")
            return rig
        s.answer_quiz([answer], t)
        s.next(t + 1)
        t += 2
    assert s.result is not None
    return rig


def store_attempt(store: RecordStore, rig: Rig) -> str:
    """Record the run's statements as the kiosk does; returns the registration."""
    fields = AttemptFields(
        trainee_code=ACTOR.code,
        module_id=rig.session.module.id,
        module_version=rig.session.module.version,
        site="drachten",
        cell="demo",
        simulated=True,
        language="en",
        started_at=None,
    )
    for st in rig.sink.statements:
        store.record_statement(st.to_dict(), fields, attempt_end(st)).result(T)
    return rig.session.attempt_id


@pytest.fixture
def store(tmp_path: Path) -> RecordStore:
    with RecordStore(tmp_path / "records.sqlite") as s:
        yield s


def test_waiving_the_failed_step_lets_the_attempt_pass(store: RecordStore) -> None:
    mod = three_quizzes()
    reg = store_attempt(store, run(mod, ["b", "a", "a"]))  # q1 wrong: 2 of 3 = 67 % < 80 %
    before = store.attempt(reg)
    assert before is not None and before.outcome == "failed"
    result = waive_step(store, mod, reg, 1, "  the touch screen did not react  ", actor="instructor").result(T)
    assert result.step_id == "q1" and result.outcome_before == "failed" and result.outcome_after == "passed"
    assert result.outcome_changed and result.scaled_after == pytest.approx(1.0)
    after = store.attempt(reg)
    assert after is not None and after.outcome == "passed"
    assert (after.score_raw, after.score_max, after.scaled) == (2.0, 2.0, 1.0)
    [waiver] = waivers_for(store, reg)
    assert (waiver.step_id, waiver.reason, waiver.waived_by) == ("q1", "the touch screen did not react", "instructor")
    events = store.events_for(reg)
    waived = [e for e in events if e.verb == VERBS["waived"]]
    assert len(waived) == 1
    ext = waived[0].statement["context"]["extensions"]
    assert ext[extension_iri("waived-by")] == "instructor"
    assert ext[extension_iri("waiver-reason")] == "the touch screen did not react"
    assert waived[0].statement["actor"] == events[0].statement["actor"]
    assert waived[0].statement["timestamp"] <= events[-1].statement["timestamp"]  # stamped at the attempt's end
    entry = store.audit_entries()[-1]
    assert entry.action == "waive-step" and "touch screen" not in entry.detail  # the reason stays out
    assert json.loads(entry.detail)["outcome_after"] == "passed"
    assert store.verify_audit_chain() is None


def test_a_waiver_that_is_not_enough_keeps_the_attempt_failed(store: RecordStore) -> None:
    mod = three_quizzes()
    reg = store_attempt(store, run(mod, ["b", "b", "a"]))  # 1 of 3
    result = waive_step(store, mod, reg, 1, "broken", actor="instructor").result(T)
    assert result.outcome_after == "failed" and not result.outcome_changed
    assert result.scaled_after == pytest.approx(0.5)
    assert store.attempt(reg).scaled == pytest.approx(0.5)  # type: ignore[union-attr]


def test_steps_never_reached_block_a_pass_until_waived_too(store: RecordStore) -> None:
    mod = module(instruction(id="intro"), quiz(id="q1"), quiz(id="q2"), mastery=0.5)
    reg = store_attempt(store, run(mod, ["a", None]))  # abandoned at q2
    statements = [e.statement for e in store.events_for(reg)]
    assert waivable_steps(mod, statements) == [2]
    assert rescore(mod, statements, "abandoned").outcome == "abandoned"  # never finished: stays as recorded
    result = waive_step(store, mod, reg, 2, "fire drill", actor="instructor").result(T)
    assert result.outcome_after == "abandoned"


def test_what_cannot_be_waived_is_refused_and_nothing_is_written(store: RecordStore) -> None:
    mod = three_quizzes()
    reg = store_attempt(store, run(mod, ["b", "a", "a"]))
    events, audit = len(store.events_for(reg)), len(store.audit_entries())
    cases = [
        (reg, 2, "x", "passed, already waived, or is not scored"),
        (reg, 0, "x", "passed, already waived, or is not scored"),  # the instruction
        (reg, 1, "   ", "needs a reason"),
        (reg, 9, "x", "no step 10"),
        ("no-such-attempt", 1, "x", "there is no attempt"),
    ]
    for registration, index, reason, words in cases:
        with pytest.raises(StoreError, match=words):
            waive_step(store, mod, registration, index, reason, actor="instructor").result(T)
    other = module(instruction(id="intro"), quiz(id="q1"), id="another-module")
    with pytest.raises(StoreError, match="not another-module"):
        waive_step(store, other, reg, 1, "x", actor="instructor").result(T)
    waive_step(store, mod, reg, 1, "ok", actor="instructor").result(T)
    with pytest.raises(StoreError, match="already waived"):
        waive_step(store, mod, reg, 1, "again", actor="instructor").result(T)
    assert len(store.events_for(reg)) == events + 1 and len(store.audit_entries()) == audit + 1
    assert len(waivers_for(store, reg)) == 1


def test_the_recorded_steps_show_the_waiver(store: RecordStore) -> None:
    mod = three_quizzes()
    reg = store_attempt(store, run(mod, ["b", "a", "a"]))
    waive_step(store, mod, reg, 1, "ok", actor="instructor").result(T)
    progress = step_progress(mod, [e.statement for e in store.events_for(reg)])
    assert [p.status for p in progress] == [StepStatus.DONE, StepStatus.WAIVED, StepStatus.PASSED, StepStatus.PASSED]


def test_an_open_attempt_cannot_be_waived_yet(store: RecordStore) -> None:
    mod = three_quizzes()
    rig = Rig(mod)
    rig.start(0.0)
    rig.session.next(1.0)
    rig.session.answer_quiz(["b"], 2.0)
    reg = store_attempt(store, rig)
    with pytest.raises(StoreError, match="has not ended"):
        waive_step(store, mod, reg, 1, "x", actor="instructor").result(T)
