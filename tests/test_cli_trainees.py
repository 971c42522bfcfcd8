"""`kiosk trainees add|list`: the real CLI function on a temporary data folder, and once through the
installed `kiosk` entry point."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.services.records import RecordStore

KIOSK = Path(sys.executable).with_name("kiosk")


def kiosk(*args: str) -> int:
    return main(["trainees", *args])


def records(data_dir: Path) -> RecordStore:
    return RecordStore(data_dir / "records.sqlite")


def test_add_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk("list", "--data-dir", str(tmp_path)) == 0
    assert "no trainees yet" in capsys.readouterr().out
    assert not (tmp_path / "records.sqlite").exists()  # listing creates nothing

    assert kiosk("add", " t-1001 ", "--data-dir", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("added T-1001 to ") and str(tmp_path / "records.sqlite") in out
    assert kiosk("add", "skillslab:trainee:emmen-042", "--name", "Ann  de Vries", "--data-dir", str(tmp_path)) == 0
    assert capsys.readouterr().out.startswith("added EMMEN-042 (with a name) to ")

    assert kiosk("list", "--data-dir", str(tmp_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "GROUP", "ADDED"]
    assert lines[1].split()[:4] == ["EMMEN-042", "Ann", "de", "Vries"]
    assert lines[2].split()[:2] == ["T-1001", "—"]
    assert len(lines[1].split()[-1]) == len("2024-05-01") and lines[1].split()[-1][4] == "-"
    assert lines[-1].startswith("2 trainees in ")

    with records(tmp_path) as store:
        assert store.trainee("EMMEN-042") is not None
        assert store.trainee("EMMEN-042").display_name == "Ann de Vries"  # type: ignore[union-attr]
        audit = store.audit_entries()
        assert [(e.actor, e.action, json.loads(e.detail)) for e in audit] == [
            ("cli", "trainee-added", {"trainee": "T-1001"}),
            ("cli", "trainee-added", {"trainee": "EMMEN-042"}),
        ]
        assert all("Ann" not in e.detail for e in audit)  # names stay out of the audit log (it cannot be erased)
        assert store.verify_audit_chain() is None


def test_a_group_is_set_listed_and_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk("add", "T-1", "--group", " MBO  3A ", "--data-dir", str(tmp_path)) == 0
    assert kiosk("add", "T-1", "--group", "MBO 3A", "--data-dir", str(tmp_path)) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert kiosk("add", "T-1", "--group", "HBO-1", "--data-dir", str(tmp_path)) == 0
    assert capsys.readouterr().out.startswith("put T-1 in group HBO-1 in ")
    assert kiosk("list", "--data-dir", str(tmp_path)) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[:3] == ["T-1", "—", "HBO-1"]
    with records(tmp_path) as store:
        assert store.trainee("T-1").group == "HBO-1"  # type: ignore[union-attr]
        assert [(e.action, json.loads(e.detail)) for e in store.audit_entries()] == [
            ("trainee-added", {"trainee": "T-1", "group": "MBO 3A"}),
            ("trainee-regrouped", {"trainee": "T-1", "group": "HBO-1"}),
        ]


def test_naming_a_known_code_and_adding_it_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(tmp_path)
    assert kiosk("add", "T-1001", "--data-dir", d) == 0
    assert kiosk("add", "T-1001", "--data-dir", d) == 0
    assert "T-1001 is already known" in capsys.readouterr().out.splitlines()[-1]
    assert kiosk("add", "T-1001", "--name", "Bo", "--data-dir", d) == 0
    assert capsys.readouterr().out.startswith("named T-1001 in ")
    assert kiosk("add", "T-1001", "--name", "Bo", "--data-dir", d) == 0  # same name: nothing to do
    assert "nothing changed" in capsys.readouterr().out
    assert kiosk("add", "T-1001", "--name", "Bo Jansen", "--data-dir", d) == 0
    assert capsys.readouterr().out.startswith("renamed T-1001 in ")
    with records(tmp_path) as store:
        assert [t.display_name for t in store.list_trainees()] == ["Bo Jansen"]
        assert [e.action for e in store.audit_entries()] == ["trainee-added", "trainee-renamed", "trainee-renamed"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("T1", "at least 3 characters"),
        ("T_1001", "only the letters A-Z"),
        ("T1001-", "start or end"),
        ("-T1001", "start or end"),
        ("X" * 21, "at most 20"),
        ("   ", "no trainee code"),
    ],
)
def test_a_bad_code_is_refused_with_the_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, words: str
) -> None:
    assert kiosk("add", "--data-dir", str(tmp_path), "--", code) == 2  # "--": a code may start with '-'
    err = capsys.readouterr().err
    assert "is not a trainee code" in err and words in err
    assert not (tmp_path / "records.sqlite").exists()


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk("add", "T-1001", "--name", "  ", "--data-dir", str(tmp_path)) == 2
    assert "--name needs a name" in capsys.readouterr().err
    assert kiosk() == 2
    err = capsys.readouterr().err
    assert "add" in err and "list" in err
    assert kiosk("add") == 2
    assert kiosk("remove", "T-1") == 2
    assert kiosk("--help") == 0
    assert "trainees --help" in _run_help(capsys)


def _run_help(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--help"])
    return capsys.readouterr().out


def test_a_records_file_from_a_newer_kiosk_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "records.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for args in (("add", "T-1001"), ("list",)):
        assert kiosk(*args, "--data-dir", str(tmp_path)) == 1
        err = capsys.readouterr().err
        assert "newer version of the kiosk" in err and str(path) in err and "left untouched" in err
    assert path.read_bytes() == before


def test_a_damaged_records_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "records.sqlite").write_bytes(b"this is not a database" * 100)
    assert kiosk("list", "--data-dir", str(tmp_path)) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("records store: The records file could not be read")
    assert "moved aside" in captured.err and "no trainees yet" in captured.out
    assert list(tmp_path.glob("records.sqlite.corrupt-*"))


def test_the_installed_entry_point(tmp_path: Path) -> None:
    assert KIOSK.exists(), KIOSK
    assert kiosk("add", "T-2002", "--name", "Cas", "--data-dir", str(tmp_path)) == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(KIOSK), "trainees", "list", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].split()[:2] == ["T-2002", "Cas"]
    no_qt = (
        "import sys; from kiosk.cli import main; code = main(sys.argv[1:]); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    quiet = subprocess.run(
        [sys.executable, "-c", no_qt, "trainees", "list", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert quiet.returncode == 0, quiet.stderr
    bad = subprocess.run(
        [str(KIOSK), "trainees", "add", "T_1", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert bad.returncode == 2 and "is not a trainee code" in bad.stderr
