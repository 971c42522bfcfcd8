"""Attempts the kiosk stopped during: offered for resume within the time limit, closed as abandoned
(keeping their score) when too old, when the module changed, or when it is no longer offered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from test_lab_session import WALL0, Rig, instruction, module, quiz

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.xapi import VERBS, extension_iri
from kiosk.services.records import AttemptFields, RecordStore
from kiosk.services.records.unfinished import close_unfinished, review_unfinished

T = 10.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "records.sqlite") as s:
        yield s


def mod(version: int = 3) -> LabModule:
    return module(instruction(id="intro"), quiz(id="q1"), quiz(id="q2"), version=version)


def crashed_attempt(store: RecordStore, m: LabModule) -> Rig:
    """An attempt that got to step 3 with one quiz right, then the kiosk died (no end recorded)."""
    rig = Rig(m)
    rig.start(0.0)
    rig.session.next(1.0)
    rig.session.answer_quiz(["a"], 2.0)
    rig.session.next(3.0)
    fields = AttemptFields("T-0042", m.id, m.version, "emmen", "democell", True, "nl")
    for st in rig.sink.statements:
        store.record_statement(st.to_dict(), fields).result(T)
    return rig


def test_a_recent_unfinished_attempt_is_offered(store: RecordStore) -> None:
    m = mod()
    rig = crashed_attempt(store, m)
    found = review_unfinished(
        store, {m.id: m}.get, now=WALL0 + timedelta(minutes=30), resume_within_s=3600, code="T-0042"
    )
    [point] = found.resumable
    assert found.closed == ()
    assert point.attempt_id == rig.session.attempt_id and point.index == 2
    assert point.score_of(m) == (1.0, 2.0)
    assert store.attempt(point.attempt_id).ended_at is None  # still open
    assert review_unfinished(store, {m.id: m}.get, now=WALL0, resume_within_s=3600, code="T-9999").resumable == ()


@pytest.mark.parametrize(
    ("catalog", "minutes", "reason"),
    [
        ("same", 61, "left unfinished for more than 60 min"),
        ("newer", 5, "the module changed since (version 3 -> 4)"),
        ("gone", 5, "the module is no longer offered"),
    ],
)
def test_an_attempt_that_cannot_be_resumed_is_closed_as_abandoned(
    store: RecordStore, catalog: str, minutes: int, reason: str
) -> None:
    m = mod()
    rig = crashed_attempt(store, m)
    offered = {"same": {m.id: m}, "newer": {m.id: mod(version=4)}, "gone": {}}[catalog]
    found = review_unfinished(store, offered.get, now=WALL0 + timedelta(minutes=minutes), resume_within_s=3600)
    assert found.resumable == () and found.closed == (rig.session.attempt_id,)
    attempt = store.attempt(rig.session.attempt_id)
    assert attempt is not None and attempt.outcome == "abandoned" and attempt.ended_at is not None
    last = store.events_for(rig.session.attempt_id)[-1].statement
    assert last["verb"]["id"] == VERBS["abandoned"]
    assert last["context"]["extensions"][extension_iri("reason")] == reason
    assert last["context"]["extensions"][extension_iri("site")] == "emmen"
    if catalog == "same":  # the module is known: the score so far is kept
        assert last["result"]["score"]["raw"] == 1.0 and attempt.score_raw == 1.0
    assert store.open_attempts() == []


def test_an_attempt_is_closed_once_even_when_two_readers_race(store: RecordStore) -> None:
    m = mod()
    rig = crashed_attempt(store, m)
    attempt = store.attempt(rig.session.attempt_id)
    assert attempt is not None
    close_unfinished(store, attempt, m, None, WALL0, "first")
    close_unfinished(store, attempt, m, None, WALL0, "second")
    verbs = [e.statement["verb"]["id"] for e in store.events_for(rig.session.attempt_id)]
    assert verbs.count(VERBS["abandoned"]) == 1


def test_an_attempt_past_its_time_limit_is_closed_not_offered(store: RecordStore) -> None:
    m = mod()
    rig = Rig(module(instruction(id="intro"), quiz(id="q1"), quiz(id="q2"), version=3, time_limit_s=60))
    rig.start(0.0)
    rig.cell.at(90.0)
    rig.session.next(90.0)  # the limit is only checked on tick: the kiosk died first
    fields = AttemptFields("T-0042", m.id, m.version, "emmen", "democell", True, "nl")
    for st in rig.sink.statements:
        store.record_statement(st.to_dict(), fields).result(T)
    limited = module(instruction(id="intro"), quiz(id="q1"), quiz(id="q2"), version=3, time_limit_s=60)
    found = review_unfinished(store, {m.id: limited}.get, now=WALL0 + timedelta(minutes=5), resume_within_s=3600)
    assert found.resumable == () and found.closed == (rig.session.attempt_id,)


def test_attempts_backed_out_at_the_safety_statements_do_not_count(store: RecordStore) -> None:
    m = mod()
    crashed_attempt(store, m)  # began
    backed_out = Rig(m)  # only `attempted`
    fields = AttemptFields("T-0042", m.id, m.version, "emmen", "democell", True, "nl")
    for st in backed_out.sink.statements:
        store.record_statement(st.to_dict(), fields).result(T)
    assert len(store.attempts_for("T-0042")) == 2  # both are recorded
    assert store.attempt_counts("T-0042") == {m.id: 1}
