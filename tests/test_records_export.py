"""Exports of a real records store (attempts.csv, skills.csv, statements.jsonl: contents, filters, file
modes) and the `kiosk records export` / `kiosk audit verify` command lines with their exit codes."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.cli import main
from kiosk.services.records import RecordStore
from kiosk.services.records.export import (
    ATTEMPTS_HEADER,
    SKILLS_HEADER,
    export_attempts_csv,
    export_xapi_jsonl,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def filled(data_dir: Path) -> Iterator[tuple[RecordStore, list[dict[str, Any]]]]:
    """T-1001 (named Ana Lima): speed failed on day 1, passed on day 2; safety open on day 2.
    T-1002 (no name): speed failed on day 1. Returns the store and every statement in time order."""
    store = RecordStore(data_dir / "records.sqlite")
    store.add_trainee("T-1001", "Ana Lima", created_at=DAY1.isoformat()).result(timeout=T)
    stmts: list[dict[str, Any]] = []
    stmts += record(store, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
    stmts += record(store, "T-1002", SPEED, DAY1 + timedelta(hours=1), ended(DAY1 + timedelta(hours=1), "failed", 3.5))
    stmts += record(store, "T-1001", SPEED, DAY2, ended(DAY2, "passed", 9.0))
    stmts += record(store, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)
    stmts.sort(key=lambda s: s["timestamp"])
    yield store, stmts
    store.close()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# ------------------------------------------------------------------------------------------- csv


def test_attempts_csv_has_a_bom_a_header_and_one_row_per_attempt(filled: Any, tmp_path: Path) -> None:
    store, _ = filled
    path = export_attempts_csv(store, tmp_path / "out" / "new")
    assert path == tmp_path / "out" / "new" / "attempts.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert tuple(rows[0]) == ATTEMPTS_HEADER
    assert len(rows) == 5
    first = dict(zip(ATTEMPTS_HEADER, rows[1], strict=True))
    assert first == {
        "trainee": "T-1001",
        "name": "Ana Lima",
        "module": SPEED,
        "module_version": "3",
        "site": "drachten",
        "cell": "demo",
        "simulated": "yes",
        "language": "en",
        "started": DAY1.isoformat(timespec="milliseconds"),
        "ended": (DAY1 + timedelta(minutes=12)).isoformat(timespec="milliseconds"),
        "outcome": "failed",
        "score_raw": "4",
        "score_max": "10",
        "scaled_percent": "40",
    }
    by_code = [(r[0], r[1], r[2], r[10], r[13]) for r in rows[1:]]
    assert by_code == [
        ("T-1001", "Ana Lima", SPEED, "failed", "40"),
        ("T-1001", "Ana Lima", SPEED, "passed", "90"),
        ("T-1001", "Ana Lima", SAFETY, "", ""),
        ("T-1002", "", SPEED, "failed", "35"),
    ]


def test_skills_csv_gives_best_score_and_status_per_trainee_and_module(filled: Any, tmp_path: Path) -> None:
    store, _ = filled
    export_attempts_csv(store, tmp_path)
    rows = read_csv(tmp_path / "skills.csv")
    assert tuple(rows[0]) == SKILLS_HEADER
    assert (tmp_path / "skills.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert rows[1:] == [
        ["T-1001", "Ana Lima", SAFETY, "", "in progress", "1", "2025-03-20"],
        ["T-1001", "Ana Lima", SPEED, "90", "passed", "2", "2025-03-20"],
        ["T-1002", "", SAFETY, "", "not started", "0", ""],
        ["T-1002", "", SPEED, "35", "failed", "1", "2025-03-14"],
    ]


def test_trainee_and_since_filters(filled: Any, tmp_path: Path) -> None:
    store, _ = filled
    export_attempts_csv(store, tmp_path / "one", trainee="T-1002")
    rows = read_csv(tmp_path / "one" / "attempts.csv")
    assert [r[0] for r in rows[1:]] == ["T-1002"]
    assert [r[0] for r in read_csv(tmp_path / "one" / "skills.csv")[1:]] == ["T-1002"]

    export_attempts_csv(store, tmp_path / "since", since=date(2025, 3, 20))
    rows = read_csv(tmp_path / "since" / "attempts.csv")
    assert [(r[0], r[10]) for r in rows[1:]] == [("T-1001", "passed"), ("T-1001", "")]
    export_attempts_csv(store, tmp_path / "on-the-day", since=date(2025, 3, 14))
    assert len(read_csv(tmp_path / "on-the-day" / "attempts.csv")) == 5  # on or after
    export_attempts_csv(store, tmp_path / "later", since=date(2025, 4, 1))
    assert read_csv(tmp_path / "later" / "attempts.csv") == [list(ATTEMPTS_HEADER)]
    assert read_csv(tmp_path / "later" / "skills.csv") == [list(SKILLS_HEADER)]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_files_are_readable_by_the_owner_only_and_no_temporary_files_stay(filled: Any, tmp_path: Path) -> None:
    store, _ = filled
    export_attempts_csv(store, tmp_path / "out")
    export_xapi_jsonl(store, tmp_path / "out")
    export_attempts_csv(store, tmp_path / "out")  # overwriting keeps the mode
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["attempts.csv", "skills.csv", "statements.jsonl"]
    for p in (tmp_path / "out").iterdir():
        assert p.stat().st_mode & 0o777 == 0o600, p.name


# ------------------------------------------------------------------------------------------- xapi


def test_jsonl_holds_the_stored_statements_in_time_order(filled: Any, tmp_path: Path) -> None:
    store, stmts = filled
    path = export_xapi_jsonl(store, tmp_path)
    assert path.name == "statements.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == stmts
    stamps = [json.loads(line)["timestamp"] for line in lines]
    assert stamps == sorted(stamps)


def test_jsonl_filters(filled: Any, tmp_path: Path) -> None:
    store, stmts = filled
    path = export_xapi_jsonl(store, tmp_path, trainee="T-1002")
    got = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert got == [s for s in stmts if s["actor"] == stmts[2]["actor"]] and len(got) == 2
    path = export_xapi_jsonl(store, tmp_path, since=date(2025, 3, 20))
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


# ------------------------------------------------------------------------------------------- cli


def test_cli_export_csv_and_xapi(filled: Any, data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    filled[0].close()
    out = tmp_path / "out"
    assert main(["records", "export", "--format", "csv", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    printed = capsys.readouterr().out
    assert str(out / "attempts.csv") in printed and str(out / "skills.csv") in printed
    assert len(read_csv(out / "attempts.csv")) == 5
    args = ["records", "export", "--format", "xapi", "--out", str(out), "--data-dir", str(data_dir)]
    assert main([*args, "--trainee", " t-1002 ", "--since", "2025-03-01"]) == 0
    assert str(out / "statements.jsonl") in capsys.readouterr().out
    assert len((out / "statements.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_cli_export_errors(filled: Any, data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    filled[0].close()
    base = ["records", "export", "--out", str(tmp_path / "out"), "--data-dir", str(data_dir)]
    assert main([*base, "--format", "csv", "--trainee", "T-9999"]) == 1
    assert f"no trainee T-9999 in {data_dir / 'records.sqlite'}" in capsys.readouterr().err
    assert main([*base, "--format", "csv", "--since", "14-03-2025"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main([*base, "--format", "docx"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main(["records", "export", "--help"]) == 0
    assert "csv, xlsx, pdf, xapi, badge" in capsys.readouterr().out
    assert main(["records"]) == 2


def test_cli_export_without_a_records_file_creates_none(tmp_path: Path, capsys: Any) -> None:
    args = ["records", "export", "--format", "csv", "--out", str(tmp_path / "out"), "--data-dir", str(tmp_path)]
    assert main(args) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (tmp_path / "records.sqlite").exists()


def test_cli_export_refuses_a_newer_store(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "records.sqlite")
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    args = ["records", "export", "--format", "csv", "--out", str(tmp_path / "out"), "--data-dir", str(data_dir)]
    assert main(args) == 1
    assert "newer version" in capsys.readouterr().err
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 1
    assert "newer version" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- audit


def test_audit_verify_intact_and_tampered(data_dir: Path, capsys: Any) -> None:
    with RecordStore(data_dir / "records.sqlite") as store:
        for i in range(3):
            store.append_audit("cli", "trainee-added", {"trainee": f"T-100{i}"}).result(timeout=T)
        seqs = [e.seq for e in store.audit_entries()]
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 0
    assert "audit log intact: 3 rows" in capsys.readouterr().out

    conn = sqlite3.connect(data_dir / "records.sqlite", isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = ? WHERE seq = ?", ('{"trainee":"T-6666"}', seqs[1]))
    conn.close()
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert f"audit log tampered: row {seqs[1]} does not match" in err


def test_audit_verify_without_a_records_file(tmp_path: Path, capsys: Any) -> None:
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (tmp_path / "records.sqlite").exists()


def test_a_name_that_looks_like_a_formula_stays_text(data_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kiosk.services.records.export_xlsx import export_xlsx

    with RecordStore(data_dir / "records.sqlite") as store:
        store.add_trainee("T-1", '=HYPERLINK("http://evil.example","click")', group="@group").result(timeout=T)
        record(store, "T-1", SPEED, DAY1, ended(DAY1, "passed", 9.0))
        csv_rows = read_csv(export_attempts_csv(store, tmp_path / "csv"))
        book = load_workbook(export_xlsx(store, tmp_path / "xlsx"))
    assert csv_rows[1][1] == '\'=HYPERLINK("http://evil.example","click")'
    cell = book["Attempts"]["B2"]
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
