"""The local records store on real SQLite files: opening (fresh, reopen, migrate, too new, damaged),
futures that resolve only after COMMIT, batching, failures, the audit chain, erasing names, and a real
LabSession writing through StoreSink."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import uuid
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.session import LabSession, Outcome, Phase
from kiosk.core.labs.xapi import VERBS, Actor, Statement, activity_id
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState
from kiosk.services.records import (
    MIGRATIONS,
    SCHEMA_VERSION,
    AttemptEnd,
    AttemptFields,
    RecordStore,
    SampleRow,
    SaveState,
    StoreClosed,
    StoreError,
    StoreSink,
    StoreTooNew,
)

WALL0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
T = 10.0  # seconds to wait for a future at most


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def user_version(path: Path) -> int:
    conn = raw(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def fields(code: str = "T-0042") -> AttemptFields:
    return AttemptFields(
        trainee_code=code,
        module_id="speed-and-cycle-time",
        module_version=3,
        site="drachten",
        cell="demo",
        simulated=True,
        language="en",
    )


def statement(registration: str, verb: str = "attempted", code: str = "T-0042", **kw: Any) -> dict[str, Any]:
    return Statement(
        id=str(uuid.uuid4()),
        actor=Actor(code),
        verb=verb,
        object_id=activity_id("speed-and-cycle-time"),
        object_type="module",
        object_name={"en": "Speed and cycle time"},
        timestamp=kw.pop("timestamp", WALL0),
        registration=registration,
        **kw,
    ).to_dict()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def store(path: Path) -> Any:
    s = RecordStore(path)
    yield s
    s.close()


# ------------------------------------------------------------------------------------------ opening


def test_a_fresh_file_is_created_at_the_current_version_in_wal_mode(path: Path) -> None:
    with RecordStore(path) as s:
        assert s.warnings == [] and s.schema_version == SCHEMA_VERSION == len(MIGRATIONS) == 3
        conn = raw(path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        conn.close()
    assert {
        "trainees",
        "trainee_names",
        "attempts",
        "events",
        "safety_acks",
        "samples",
        "audit",
        "anonymous_tries",
        "settings",
        "waivers",
        "lrs_outbox",
        "bundle_imports",
    } <= tables
    assert {"events_registration_timestamp", "events_verb", "samples_registration_t"} <= indexes
    assert user_version(path) == SCHEMA_VERSION
    assert not list(path.parent.glob("*.bak-*")) and not list(path.parent.glob("*.corrupt-*"))


def test_reopening_is_a_no_op(path: Path) -> None:
    with RecordStore(path) as s:
        s.add_trainee("T-1").result(T)
    with RecordStore(path) as s:
        assert [t.code for t in s.list_trainees()] == ["T-1"] and s.warnings == []
    assert user_version(path) == SCHEMA_VERSION and not list(path.parent.glob("*.bak-*"))


def test_a_failing_migration_is_rolled_back_and_the_backup_is_kept(path: Path) -> None:
    with RecordStore(path) as s:
        s.add_trainee("T-1", "Anna").result(T)
    before = path.read_bytes()

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE extra (x)")
        db.execute("DROP TABLE trainee_names")
        raise RuntimeError("boom")

    v = SCHEMA_VERSION
    with pytest.raises(
        StoreError, match=rf"from version {v} to {v + 1}: boom\. The file was left at version {v}; a copy"
    ):
        RecordStore(path, migrations=[*MIGRATIONS, broken])
    assert path.read_bytes() == before and user_version(path) == v
    [backup] = path.parent.glob(f"records.sqlite.bak-v{v}-*")
    for p in (path, backup):
        conn = raw(p)
        assert conn.execute("SELECT * FROM trainee_names").fetchall() == [("T-1", "Anna")]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
        conn.close()
    with RecordStore(path) as s:  # the app that knows this version still opens it
        assert s.trainee("T-1") is not None


def test_a_migration_that_works_bumps_the_version_after_a_backup(path: Path) -> None:
    with RecordStore(path) as s:
        s.add_trainee("T-1").result(T)

    def v2(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE trainees ADD COLUMN note TEXT")

    with RecordStore(path, migrations=[*MIGRATIONS, v2]) as s:
        assert s.trainee("T-1") is not None
    assert user_version(path) == SCHEMA_VERSION + 1
    assert len(list(path.parent.glob(f"records.sqlite.bak-v{SCHEMA_VERSION}-*"))) == 1


def test_a_newer_file_is_refused_untouched(path: Path) -> None:
    conn = raw(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = sorted(p.name for p in path.parent.iterdir())
    data = path.read_bytes()
    expected = rf"newer version of the kiosk \(schema 7; this kiosk knows up to {SCHEMA_VERSION}\)"
    with pytest.raises(StoreTooNew, match=expected):
        RecordStore(path)
    assert path.read_bytes() == data
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_a_damaged_file_is_moved_aside_and_reported(path: Path) -> None:
    garbage = b"this is not a database\n" * 300
    path.write_bytes(garbage)
    with RecordStore(path) as s:
        [moved] = path.parent.glob("records.sqlite.corrupt-*")
        assert moved.read_bytes() == garbage
        [warning] = s.warnings
        assert str(moved) in warning and "moved aside" in warning
        s.add_trainee("T-1").result(T)
    assert user_version(path) == SCHEMA_VERSION


def test_a_version_1_file_gets_the_visitor_counts_table_after_a_backup(path: Path) -> None:
    """The real migrations from 1 on, on a file with data, as a kiosk updated in the field meets it."""
    with RecordStore(path, migrations=MIGRATIONS[:1]) as s:
        s.add_trainee("T-1", "Anna").result(T)
    assert user_version(path) == 1
    with RecordStore(path) as s:
        anna = s.trainee("T-1")
        assert anna is not None and anna.display_name == "Anna"
        s.count_anonymous_try("2026-11-22", "visitor-taster", started=1).result(T)
        s.count_anonymous_try("2026-11-22", "visitor-taster", started=1, completed=1).result(T)
        assert s.anonymous_tries("2026-11-22") == {"visitor-taster": (2, 1)}
        assert s.anonymous_tries("2026-11-23") == {}
    assert user_version(path) == SCHEMA_VERSION
    [backup] = path.parent.glob("records.sqlite.bak-v1-*")
    conn = raw(backup)
    assert conn.execute("SELECT display_name FROM trainee_names").fetchall() == [("Anna",)]
    conn.close()


# ------------------------------------------------------------------------------------------ writes


def test_a_future_resolves_only_after_commit(store: RecordStore, path: Path) -> None:
    seen: list[Any] = []

    def check(_: Future[Any]) -> None:  # runs on the writer thread right after COMMIT
        conn = raw(path)
        seen.append(conn.execute("SELECT code FROM trainees").fetchall())
        conn.close()

    f = store.add_trainee("T-7")
    f.add_done_callback(check)
    assert f.result(T) is None
    store.close()
    assert seen == [[("T-7",)]]


def test_waiting_writes_share_one_transaction(store: RecordStore) -> None:
    gate = threading.Event()
    blocker = store.write(lambda conn: gate.wait(T))  # holds the writer while the others queue up
    futures = [store.add_trainee(f"T-{i:04d}") for i in range(300)]
    assert not any(f.done() for f in futures)
    gate.set()
    assert blocker.result(T) is True
    for f in futures:
        f.result(T)
    assert store.commits <= 2
    assert len(store.list_trainees()) == 300


def test_close_drains_the_queue_and_writes_after_close_fail(path: Path) -> None:
    s = RecordStore(path)
    futures = [s.append_audit("instructor", "note", {"i": i}) for i in range(50)]
    s.close()
    assert [f.result(0) for f in futures] == list(range(1, 51))
    s.close()  # idempotent
    with pytest.raises(StoreClosed, match="closed: nothing was saved"):
        s.add_trainee("T-9")
    sink = StoreSink(s, lambda st: fields())
    sink.record(_statement_obj("reg-x"))
    assert sink.last_future is not None and isinstance(sink.last_future.exception(0), StoreClosed)
    assert not sink.saved


def test_one_bad_write_fails_alone(store: RecordStore) -> None:
    good = store.add_trainee("T-1")
    bad = store.finish_attempt("no-such-registration", AttemptEnd(ended_at="x", outcome="passed"))
    also_good = store.add_trainee("T-2")
    assert good.result(T) is None and also_good.result(T) is None
    with pytest.raises(StoreError, match="could not save: no attempt no-such-registration"):
        bad.result(T)


def test_a_full_disk_fails_the_write_and_keeps_earlier_rows(store: RecordStore, path: Path) -> None:
    reg = str(uuid.uuid4())
    store.record_statement(statement(reg), fields()).result(T)
    store.add_samples([SampleRow(reg, "speed_actual", 0.5, 120.0, None, "live")]).result(T)
    # No more room: the file may not grow by a single page.
    store.write(lambda c: c.execute(f"PRAGMA max_page_count = {c.execute('PRAGMA page_count').fetchone()[0]}"))
    big = [SampleRow(reg, "level", float(i), float(i), "x" * 200, "live") for i in range(2000)]
    with pytest.raises(StoreError, match="could not save: database or disk is full"):
        store.add_samples(big).result(T)
    conn = raw(path)
    assert conn.execute("SELECT count(*) FROM samples").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    conn.close()
    assert store.add_trainee("T-1").result(T) is None  # a small write still fits in the free pages


# ------------------------------------------------------------------------------------------ statements


def test_statements_create_the_attempt_and_finish_closes_it(store: RecordStore) -> None:
    reg = str(uuid.uuid4())
    first = statement(reg)
    store.record_statement(first, fields()).result(T)
    store.record_statement(first, fields()).result(T)  # resent: ignored
    end = AttemptEnd(ended_at="2025-03-14T09:40:00.000+00:00", outcome="failed", score_raw=1, score_max=4, scaled=0.25)
    later = WALL0 + timedelta(minutes=10)
    store.record_statement(statement(reg, "failed", timestamp=later), fields(), end).result(T)
    [attempt] = store.attempts_for("T-0042")
    assert attempt.registration == reg and attempt.simulated is True and attempt.started_at == first["timestamp"]
    assert (attempt.outcome, attempt.score_raw, attempt.score_max, attempt.scaled) == ("failed", 1, 4, 0.25)
    events = store.events_for(reg)
    assert [e.verb for e in events] == [VERBS["attempted"], VERBS["failed"]]
    assert events[0].statement == first
    assert store.trainee("T-0042") is not None and store.trainee("nobody") is None


def test_erasing_a_name_keeps_the_attempts_and_is_audited(store: RecordStore) -> None:
    store.add_trainee("T-1", "Anna de Vries").result(T)
    store.record_statement(statement(str(uuid.uuid4()), code="T-1"), fields("T-1")).result(T)
    assert store.trainee("T-1").display_name == "Anna de Vries"  # type: ignore[union-attr]
    assert store.erase_trainee_name("T-1", actor="instructor").result(T) is True
    assert store.erase_trainee_name("T-1", actor="instructor").result(T) is False
    trainee = store.trainee("T-1")
    assert trainee is not None and trainee.display_name is None
    assert len(store.attempts_for("T-1")) == 1
    [entry] = store.audit_entries()
    assert (entry.actor, entry.action, entry.detail) == ("instructor", "erase-name", '{"trainee": "T-1"}')
    assert store.verify_audit_chain() is None


# ------------------------------------------------------------------------------------------ audit


def test_the_audit_chain_verifies_and_tampering_shows_at_its_seq(store: RecordStore, path: Path) -> None:
    for i in range(4):
        store.append_audit("instructor", "waive-step", {"step": i}).result(T)
    assert store.verify_audit_chain() is None
    conn = raw(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 3")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit WHERE seq = 3")
    conn.execute("DROP TRIGGER audit_no_update")  # someone with a database tool
    conn.execute("UPDATE audit SET detail = '{\"step\": 9}' WHERE seq = 3")
    conn.close()
    assert store.verify_audit_chain() == 3


# ------------------------------------------------------------------------------------------ StoreSink


def _statement_obj(registration: str) -> Statement:
    return Statement(
        id=str(uuid.uuid4()),
        actor=Actor("T-0042"),
        verb="attempted",
        object_id=activity_id("m"),
        object_type="module",
        object_name={"en": "M"},
        timestamp=WALL0,
        registration=registration,
    )


def _quiz_module() -> LabModule:
    def txt(en: str) -> dict[str, str]:
        return {"nl": f"{en} (nl)", "en": en}

    choices = [{"id": i, "text": txt(f"Choice {i}")} for i in ("a", "b")]
    return LabModule.model_validate(
        {
            "schema": "skillslab.module/1",
            "id": "quiz-only",
            "version": 2,
            "title": txt("Quiz only"),
            "summary": txt("Summary"),
            "level": "basic",
            "estimated_min": 1,
            "steps": [{"kind": "quiz", "question": txt("Which?"), "choices": choices, "correct": ["a"], "weight": 2}],
        }
    )


def test_store_sink_keeps_a_real_session_end_to_end(store: RecordStore) -> None:
    snapshot = Snapshot([], contact_timeout_s=1.5)
    snapshot.set_connection(ConnectionState.CONNECTED)
    mod = _quiz_module()
    clock = {"now": 0.0}
    emitted: list[Statement] = []

    def provider(st: Statement) -> AttemptFields:
        emitted.append(st)
        return AttemptFields("T-0042", mod.id, mod.version, "drachten", "demo", True, st.language)

    sink = StoreSink(store, provider)
    session = LabSession(
        mod, snapshot, actor=Actor("T-0042"), sink=sink, now=0.0, wall=lambda: WALL0 + timedelta(seconds=clock["now"])
    )
    assert sink.last_future is not None and sink.last_future.result(T) is True and sink.saved
    session.begin(0.0)
    for _ in range(10):
        clock["now"] += 1
        snapshot.note_contact(clock["now"])
        session.tick(clock["now"])
        if session.phase is Phase.STEPS:
            break
    assert session.phase is Phase.STEPS
    assert session.answer_quiz(["a"], clock["now"]) is True
    session.next(clock["now"] + 1)
    assert session.result is not None and session.result.outcome is Outcome.PASSED
    assert sink.flush(T) and sink.pending == () and sink.saved

    [attempt] = store.attempts_for("T-0042")
    assert attempt.registration == session.attempt_id and attempt.module_id == "quiz-only"
    assert attempt.module_version == 2 and attempt.language == "nl"
    assert attempt.outcome == "passed" and (attempt.score_raw, attempt.score_max, attempt.scaled) == (2.0, 2.0, 1.0)
    assert attempt.ended_at == emitted[-1].timestamp.isoformat(timespec="milliseconds")
    events = store.events_for(session.attempt_id)
    assert [e.id for e in events] == [st.id for st in emitted]
    assert [e.statement for e in events] == [st.to_dict() for st in emitted]
    assert events[-1].verb == VERBS["passed"] and len(events) >= 5


def test_a_crash_with_data_only_in_the_wal_loses_nothing(path: Path) -> None:
    """A process killed before any checkpoint leaves its commits in the -wal file: they are read, not set aside."""
    with RecordStore(path) as s:
        s.add_trainee("T-0").result(T)
    script = (
        "import os, sys\n"
        "from kiosk.services.records import RecordStore\n"
        "s = RecordStore(sys.argv[1])\n"
        "s.add_trainee('T-1', 'Bo').result(10)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=30)
    assert path.with_name("records.sqlite-wal").stat().st_size > 0
    with RecordStore(path) as s:
        assert s.warnings == []
        assert [(t.code, t.display_name) for t in s.list_trainees()] == [("T-0", None), ("T-1", "Bo")]


def _fill_up(store: RecordStore) -> None:
    """No more room: the file may not grow by a single page (SQLite's own limit, like a full disk)."""
    store.write(lambda c: c.execute(f"PRAGMA max_page_count = {c.execute('PRAGMA page_count').fetchone()[0]}")).result(
        T
    )
    filler = [SampleRow("x", "level", float(i), float(i), "x" * 200, "live") for i in range(4000)]
    with pytest.raises(StoreError):
        store.add_samples(filler).result(T)


def _room_again(store: RecordStore) -> None:
    store.write(lambda c: c.execute("PRAGMA max_page_count = 1073741823")).result(T)


def _statement(reg: str, verb: str = "attempted") -> Statement:
    return Statement(
        id=str(uuid.uuid4()),
        actor=Actor("T-0042"),
        verb=verb,
        object_id=activity_id("quiz-only"),
        object_type="module",
        object_name={"en": "Quiz"},
        timestamp=WALL0,
        registration=reg,
    )


def test_a_statement_that_could_not_be_saved_is_sent_again_in_order(store: RecordStore) -> None:
    sink = StoreSink(store, lambda st: AttemptFields("T-0042", "quiz-only", 2, "drachten", "demo", True, "nl"))
    reg = str(uuid.uuid4())
    first = _statement(reg)
    sink.record(first)
    assert sink.flush(T) and sink.state is SaveState.SAVED
    # Big enough that it cannot fit in the free pages the filler left.
    big = Statement(**{**_statement(reg, "initialized").__dict__, "result": {"response": "x" * 20000}})
    _fill_up(store)
    sink.record(big)
    assert sink.flush(T) and sink.state is SaveState.FAILED
    assert "database or disk is full" in sink.error
    assert [e.id for e in store.events_for(reg)] == [first.id]  # what was saved stays
    _room_again(store)
    assert sink.retry() == 1
    assert sink.flush(T) and sink.state is SaveState.SAVED and sink.error == ""
    assert [e.id for e in store.events_for(reg)] == [first.id, big.id]


def test_reads_for_resume_and_replay(store: RecordStore) -> None:
    reg_open, reg_done = str(uuid.uuid4()), str(uuid.uuid4())
    store.record_statement(statement(reg_open), fields()).result(T)
    store.record_statement(statement(reg_done), fields()).result(T)
    store.finish_attempt(reg_done, AttemptEnd(ended_at="2025-03-14T10:00:00.000+00:00", outcome="passed")).result(T)
    store.add_samples(
        [SampleRow(reg_open, "level", 2.0, 11.0, None, "live"), SampleRow(reg_open, "mode", 1.0, None, "AUTO", "live")]
    ).result(T)
    assert [a.registration for a in store.open_attempts()] == [reg_open]
    assert store.open_attempts("T-0042")[0].registration == reg_open and store.open_attempts("nobody") == []
    assert store.attempt_counts("T-0042") == {}  # neither began: no `initialized` event
    attempt = store.attempt(reg_done)
    assert attempt is not None and attempt.outcome == "passed" and store.attempt("nope") is None
    assert [(s.alias, s.t) for s in store.samples_for(reg_open)] == [("mode", 1.0), ("level", 2.0)]


def test_a_setting_is_saved_audited_and_read_back(path: Path) -> None:
    from kiosk.services.records.settings import read_setting, read_settings, write_setting

    with RecordStore(path) as s:
        assert read_setting(s, "retention.months", 12) == 12
        write_setting(s, "retention.months", 6, actor="instructor").result(T)
        write_setting(s, "retention.months", 9, actor="instructor").result(T)
        assert read_setting(s, "retention.months", 12) == 9
        assert read_settings(s) == {"retention.months": 9}
        actions = [(e.action, json.loads(e.detail)) for e in s.audit_entries()]
        assert actions[-1] == ("setting", {"key": "retention.months", "value": 9})
        assert s.verify_audit_chain() is None


def test_the_records_file_and_its_companions_are_owner_only(path: Path) -> None:
    import stat

    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o644)
    path.chmod(0o644)  # a file left by an older kiosk, or made under a lax umask
    with RecordStore(path) as s:
        s.add_trainee("T-1", "Anna").result(T)
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_a_cancelled_write_does_not_stop_the_writer(path: Path) -> None:
    with RecordStore(path) as s:
        gate = threading.Event()
        blocker = s.write(lambda conn: gate.wait(T))
        cancelled = s.write(lambda conn: conn.execute("INSERT INTO trainees(code, created_at) VALUES ('T-9', 'x')"))
        assert cancelled.cancel()
        gate.set()
        blocker.result(T)
        s.add_trainee("T-1").result(T)  # the writer is still there
        assert s.trainee("T-1") is not None
