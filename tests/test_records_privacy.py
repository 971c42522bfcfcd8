"""Privacy of a real records store: the retention setting, purging what is older than it, erasing a
trainee (name gone, code gone from every table and statement), and the command lines' exit codes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.cli import main
from kiosk.core.trainee_code import is_valid_code
from kiosk.services.records import RecordStore, SampleRow
from kiosk.services.records.privacy import (
    PSEUDONYM_PREFIX,
    UnknownTrainee,
    cutoff_for,
    erase_trainee,
    last_purge,
    purge,
    purge_preview,
    retention_months,
    set_retention_months,
)
from kiosk.services.records.settings import write_setting

# The real hour, so the command lines (which purge against the clock) see the same ages as the services.
NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
OLD = NOW - timedelta(days=400)  # about 13 months before NOW
RECENT = NOW - timedelta(days=335)  # about 11 months before NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[RecordStore]:
    s = RecordStore(data_dir / "records.sqlite")
    yield s
    s.close()


def queued_forwarding(store: RecordStore) -> None:
    """Switch LRS forwarding on, so every statement saved from now on is queued in lrs_outbox too."""
    write_setting(store, "lrs.forwarding", True, actor="test").result(T)


def waive(store: RecordStore, registration: str) -> None:
    def work(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO waivers(registration, step_id, reason, waived_by, waived_at) VALUES (?, 'jog', 'cell down',"
            " 'instructor', '2025-01-01T00:00:00+00:00')",
            (registration,),
        )

    store.write(work).result(T)


def count(store: RecordStore, table: str) -> int:
    with store.reading() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def aged(store: RecordStore) -> dict[str, str]:
    """T-OLD: one speed attempt ended ~13 months ago (2 statements, 2 samples, 1 waiver, queued in the
    outbox). T-NEW: one attempt ended ~11 months ago. T-IDLE: added ~13 months ago, never tried.
    T-FRESH: added yesterday, never tried. Returns registration by trainee."""
    queued_forwarding(store)
    store.add_trainee("T-OLD", "Olga Oud", created_at=OLD.isoformat()).result(T)
    old = record(store, "T-OLD", SPEED, OLD, ended(OLD, "passed", 8.0))
    new = record(store, "T-NEW", SAFETY, RECENT, ended(RECENT, "failed", 3.0))
    store.add_trainee("T-IDLE", "Ida Idle", created_at=OLD.isoformat()).result(T)
    store.add_trainee("T-FRESH", created_at=(NOW - timedelta(days=1)).isoformat()).result(T)
    reg_old = old[0]["context"]["registration"]
    store.add_samples(
        [SampleRow(reg_old, "speed", 0.0, 1.0, None, "good"), SampleRow(reg_old, "speed", 1.0, 2.0, None, "good")]
    ).result(T)
    waive(store, reg_old)
    return {"T-OLD": reg_old, "T-NEW": new[0]["context"]["registration"]}


# ------------------------------------------------------------------------------------- retention


def test_retention_defaults_to_twelve_months_and_is_saved_and_audited(store: RecordStore) -> None:
    assert retention_months(store) == 12
    set_retention_months(store, 6, actor="instructor").result(T)
    assert retention_months(store) == 6
    last = store.audit_entries()[-1]
    assert (last.actor, last.action) == ("instructor", "setting")
    assert json.loads(last.detail) == {"key": "retention.months", "value": 6}


@pytest.mark.parametrize("bad", [0, 121, -3, 2.5, True, "12"])
def test_a_retention_out_of_range_is_refused_before_anything_is_saved(store: RecordStore, bad: object) -> None:
    with pytest.raises(ValueError, match="retention period"):
        set_retention_months(store, bad, actor="instructor")  # type: ignore[arg-type]
    assert retention_months(store) == 12
    assert store.audit_entries() == []


def test_a_stored_retention_out_of_range_names_the_setting(store: RecordStore) -> None:
    write_setting(store, "retention.months", 0, actor="test").result(T)
    with pytest.raises(ValueError, match=r"retention\.months .* 1 to 120 months, not 0"):
        retention_months(store)
    with pytest.raises(ValueError):
        purge_preview(store, now=NOW)


def test_the_cutoff_is_calendar_months_back_clamped_to_the_month_end() -> None:
    assert cutoff_for(datetime(2026, 6, 15, 12, tzinfo=UTC), 12) == datetime(2025, 6, 15, 12, tzinfo=UTC)
    assert cutoff_for(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert cutoff_for(datetime(2026, 1, 10, tzinfo=UTC), 13) == datetime(2024, 12, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        cutoff_for(datetime(2026, 1, 10), 1)


# ----------------------------------------------------------------------------------------- purge


def test_the_preview_counts_what_a_purge_would_remove_and_removes_nothing(
    store: RecordStore, aged: dict[str, str]
) -> None:
    plan = purge_preview(store, now=NOW)
    assert plan.cutoff == cutoff_for(NOW, 12).isoformat(timespec="milliseconds")
    assert plan.counts() == {
        "attempts": 1,
        "events": 2,
        "samples": 2,
        "safety_acks": 0,
        "waivers": 1,
        "lrs_outbox": 2,
        "trainees": 2,
    }
    assert plan.outcomes_per_module == {SPEED: {"passed": 1}}
    assert count(store, "attempts") == 2 and count(store, "trainees") == 4


def test_purge_removes_exactly_the_old_rows_and_audits_the_counts(store: RecordStore, aged: dict[str, str]) -> None:
    before = store.audit_entries()
    done = purge(store, actor="instructor", now=NOW).result(T)
    assert done.attempts == 1 and done.trainees == 2
    assert store.attempt(aged["T-OLD"]) is None
    assert store.attempt(aged["T-NEW"]) is not None
    assert store.events_for(aged["T-OLD"]) == [] and len(store.events_for(aged["T-NEW"])) == 2
    assert store.samples_for(aged["T-OLD"]) == []
    assert [t.code for t in store.list_trainees()] == ["T-FRESH", "T-NEW"]
    assert (count(store, "waivers"), count(store, "lrs_outbox"), count(store, "trainee_names")) == (0, 2, 0)
    entries = store.audit_entries()
    assert len(entries) == len(before) + 1
    last = entries[-1]
    assert (last.actor, last.action) == ("instructor", "purge")
    detail = json.loads(last.detail)
    assert detail["removed"] == done.counts()
    assert detail["outcomes_per_module"] == {SPEED: {"passed": 1}}
    assert detail["months"] == 12 and detail["cutoff"] == done.cutoff
    assert "Olga" not in last.detail and "Ida" not in last.detail
    assert store.verify_audit_chain() is None
    assert last_purge(store) == last.at
    # A second purge finds nothing more, and says so in its own audit row.
    assert purge(store, actor="instructor", now=NOW).result(T).empty


def test_an_open_attempt_counts_from_its_start_and_months_can_be_given(store: RecordStore) -> None:
    record(store, "T-OPEN", SPEED, OLD, None)
    record(store, "T-LATE", SPEED, RECENT, None)
    assert purge_preview(store, now=NOW).outcomes_per_module == {SPEED: {"open": 1}}
    assert purge_preview(store, now=NOW, months=24).empty
    assert purge_preview(store, now=NOW, months=6).attempts == 2
    purge(store, actor="cli", now=NOW).result(T)
    assert [t.code for t in store.list_trainees()] == ["T-LATE"]


def test_a_trainee_keeps_their_row_while_any_attempt_is_left(store: RecordStore) -> None:
    record(store, "T-MIX", SPEED, OLD, ended(OLD, "failed", 2.0))
    record(store, "T-MIX", SPEED, RECENT, ended(RECENT, "passed", 9.0))
    done = purge(store, actor="cli", now=NOW).result(T)
    assert (done.attempts, done.trainees) == (1, 0)
    assert [a.outcome for a in store.attempts_for("T-MIX")] == ["passed"]


def test_no_purge_yet_has_no_date(store: RecordStore) -> None:
    assert last_purge(store) is None


# ----------------------------------------------------------------------------------------- erase


def every_text(path: Path) -> str:
    """Every text value in every table of the file, and the file's bytes after a VACUUM (which drops
    freed pages, so deleted text no longer lingers in them)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("VACUUM")
        parts: list[str] = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                parts += [str(v) for v in row if isinstance(v, str)]
    finally:
        conn.close()
    raw = path.read_bytes().decode("utf-8", errors="replace")
    return "\n".join(parts) + raw


def test_erasing_removes_the_name_and_the_code_everywhere_but_keeps_the_history(
    store: RecordStore, aged: dict[str, str], data_dir: Path
) -> None:
    store.add_trainee("T-OLD", group="Course A").result(T)
    record(store, "T-OLD", SAFETY, RECENT, ended(RECENT, "passed", 10.0))
    attempts_before = store.attempts_for("T-OLD")
    pseudonym = erase_trainee(store, "T-OLD", actor="instructor").result(T)
    assert (
        pseudonym.startswith(PSEUDONYM_PREFIX) and len(pseudonym) == 13 and not is_valid_code(pseudonym)
    )  # no one signs in as it
    assert store.trainee("T-OLD") is None
    kept = store.trainee(pseudonym)
    assert kept is not None and kept.display_name is None and kept.group == "Course A"
    after = store.attempts_for(pseudonym)
    assert [(a.module_id, a.outcome, a.score_raw, a.started_at, a.ended_at) for a in after] == [
        (a.module_id, a.outcome, a.score_raw, a.started_at, a.ended_at) for a in attempts_before
    ]
    # Fresh registrations, with their statements, waiver and queue rows moved along.
    assert not {a.registration for a in after} & {a.registration for a in attempts_before}
    for a in after:
        events = store.events_for(a.registration)
        assert events and all(e.statement["actor"]["account"]["name"] == pseudonym for e in events)
        assert all(e.statement["context"]["registration"] == a.registration for e in events)
        assert store.samples_for(a.registration) == []
    assert count(store, "waivers") == 1 and count(store, "lrs_outbox") == 6
    last = store.audit_entries()[-1]
    assert (last.actor, last.action) == ("instructor", "erase-trainee")
    assert json.loads(last.detail) == {"trainee": "T-OLD", "attempts": 2}
    assert store.verify_audit_chain() is None
    store.close()
    text = every_text(data_dir / "records.sqlite")
    assert "Olga Oud" not in text
    with RecordStore(data_dir / "records.sqlite") as reopened:
        assert pseudonym not in "".join(e.detail for e in reopened.audit_entries())
    # The code survives only in the audit log, which cannot be erased (codes are pseudonymous).
    conn = sqlite3.connect(data_dir / "records.sqlite")
    try:
        for table in ("trainees", "trainee_names", "attempts", "events", "lrs_outbox", "waivers", "samples"):
            for row in conn.execute(f"SELECT * FROM {table}"):
                assert not any(isinstance(v, str) and "T-OLD" in v for v in row), (table, row)
                assert not any(isinstance(v, str) and aged["T-OLD"] in v for v in row), (table, row)
    finally:
        conn.close()


def test_erasing_an_unknown_code_says_so(store: RecordStore) -> None:
    with pytest.raises(UnknownTrainee, match="no trainee T-404"):
        erase_trainee(store, "T-404", actor="instructor")
    assert store.audit_entries() == []


def test_the_erased_attempts_still_count_per_module(store: RecordStore) -> None:
    record(store, "T-1", SPEED, RECENT, ended(RECENT, "passed", 9.0))
    pseudonym = erase_trainee(store, "T-1", actor="instructor").result(T)
    assert store.attempts_for("T-1") == []
    assert [a.module_id for a in store.attempts_for(pseudonym)] == [SPEED]


# ------------------------------------------------------------------------------------ command lines


def test_purge_command_shows_refuses_without_yes_and_purges_with_it(
    store: RecordStore, aged: dict[str, str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    args = ["records", "purge", "--data-dir", str(data_dir)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 attempt," in out and "2 trainees left without attempts" in out and "nothing was removed" in out
    assert main(args) == 2
    assert "add --yes" in capsys.readouterr().err
    with RecordStore(data_dir / "records.sqlite") as s:
        assert count(s, "attempts") == 2
    assert main([*args, "--yes"]) == 0
    assert "removed 1 attempt and 2 trainees" in capsys.readouterr().out
    with RecordStore(data_dir / "records.sqlite") as s:
        assert count(s, "attempts") == 1
        assert s.audit_entries()[-1].actor == "cli"
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 0


def test_purge_command_usage_errors_and_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["records", "purge", "--months", "0", "--data-dir", str(tmp_path)]) == 2
    assert "1 to 120 months" in capsys.readouterr().err
    assert main(["records", "purge", "--dry-run", "--data-dir", str(tmp_path)]) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (tmp_path / "records.sqlite").exists()


def test_retention_command_shows_and_sets(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["records", "retention", "--data-dir", str(data_dir)]) == 0
    assert "12 months" in capsys.readouterr().out
    assert main(["records", "retention", "--set", "121", "--data-dir", str(data_dir)]) == 2
    assert main(["records", "retention", "--set", "24", "--data-dir", str(data_dir)]) == 0
    assert main(["records", "retention", "--data-dir", str(data_dir)]) == 0
    assert "24 months" in capsys.readouterr().out
    with RecordStore(data_dir / "records.sqlite") as s:
        assert retention_months(s) == 24
        assert s.audit_entries()[-1].actor == "cli"


def test_trainees_erase_command(store: RecordStore, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store.add_trainee("T-7", "Zoe Zee").result(T)
    record(store, "T-7", SPEED, RECENT, ended(RECENT, "passed", 9.0))
    store.close()
    args = ["trainees", "erase", "--data-dir", str(data_dir)]
    assert main([*args, "T-7"]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert main([*args, "T-404", "--yes"]) == 1
    assert "no trainee T-404" in capsys.readouterr().err
    assert main([*args, "bad code!", "--yes"]) == 2
    assert main([*args, "t-7", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "erased T-7" in out and PSEUDONYM_PREFIX in out
    with RecordStore(data_dir / "records.sqlite") as s:
        assert s.trainee("T-7") is None
        assert [t.display_name for t in s.list_trainees()] == [None]
        assert s.audit_entries()[-1].action == "erase-trainee"


def test_an_attempt_still_running_for_an_erased_trainee_does_not_bring_the_code_back(tmp_path: Path) -> None:
    from kiosk.services.records import StoreError

    with RecordStore(tmp_path / "records.sqlite") as store:
        store.add_trainee("T-1", "Anna").result(T)
        record(store, "T-1", SPEED, DAY1, ended(DAY1, "passed", 9.0))
        erase_trainee(store, "T-1", actor="instructor").result(T)
        with pytest.raises(StoreError, match="was erased"):
            record(store, "T-1", SPEED, DAY2, None)  # the kiosk that still had T-1 on screen
        assert store.trainee("T-1") is None and store.attempts_for("T-1") == []
        store.add_trainee("T-1").result(T)  # an instructor may give the code out again, on purpose
        record(store, "T-1", SPEED, DAY2, None)
        assert len(store.attempts_for("T-1")) == 1
