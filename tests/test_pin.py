"""The instructor PIN: the rule, the file on disk (real scrypt, real files), the lockout timings with a
fake clock, and `kiosk instructor ...` through kiosk.cli.main with piped stdin."""

from __future__ import annotations

import io
import json
import math
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli import main
from kiosk.core.pin_rules import PinProblem, lock_seconds, pin_problem, pin_problem_kind
from kiosk.services.paths import AppPaths
from kiosk.services.pin import SCRYPT_N, PinStore, Verdict, pin_file

FAST_N = 2**10  # tests only; one test below uses the production parameters


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def fast_store(path: Path, clock: FakeClock | None = None) -> PinStore:
    return PinStore(path, clock=clock or FakeClock(), n=FAST_N)


# ------------------------------------------------------------------------------------------ the rule


@pytest.mark.parametrize("pin", ["2580", "1357", "90210", "13572468", "0007", "1212"])
def test_good_pins(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize(
    ("pin", "kind", "words"),
    [
        ("", PinProblem.TOO_SHORT, "at least 4"),
        ("258", PinProblem.TOO_SHORT, "at least 4"),
        ("123456789", PinProblem.TOO_LONG, "at most 8"),
        ("25a0", PinProblem.NOT_DIGITS, "digits"),
        (" 2580", PinProblem.NOT_DIGITS, "digits"),
        ("0000", PinProblem.ALL_SAME, "same"),
        ("11111111", PinProblem.ALL_SAME, "same"),
        ("1234", PinProblem.STRAIGHT_RUN, "straight"),
        ("4321", PinProblem.STRAIGHT_RUN, "straight"),
        ("56789", PinProblem.STRAIGHT_RUN, "straight"),
        ("7890", PinProblem.STRAIGHT_RUN, "straight"),
        ("2109", PinProblem.STRAIGHT_RUN, "straight"),
    ],
)
def test_bad_pins_say_why(pin: str, kind: PinProblem, words: str) -> None:
    assert pin_problem_kind(pin) is kind
    assert words in (pin_problem(pin) or "")


def test_lockout_schedule_doubles_up_to_a_day() -> None:
    assert [lock_seconds(k) / 60 for k in range(1, 6)] == [5, 10, 20, 40, 80]
    assert lock_seconds(9) == 1280 * 60  # 21 h 20 min; the next one is capped
    assert lock_seconds(10) == 24 * 3600
    assert lock_seconds(10_000) == 24 * 3600


# ------------------------------------------------------------------------------------------ the file


def test_set_and_verify_with_a_real_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "instructor-pin.json"
    store = fast_store(path)
    assert not store.is_set()
    assert store.verify("2580").kind is Verdict.NOT_SET
    store.set_pin("2580")
    assert store.is_set()
    data = json.loads(path.read_text())
    assert data["scheme"] == "scrypt" and data["n"] == FAST_N and data["r"] == 8 and data["p"] == 1
    assert data["failures"] == 0 and data["lockouts"] == 0 and data["locked_until"] is None
    assert "2580" not in path.read_text()
    assert store.verify("2580").ok
    wrong = store.verify("2581")
    assert wrong.kind is Verdict.WRONG and wrong.tries_left == 4
    assert not list(path.parent.glob("*.tmp")), "the temporary file was left behind"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")
def test_the_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "instructor-pin.json"
    old = os.umask(0o022)
    try:
        store = fast_store(path)
        store.set_pin("2580")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        store.verify("9999")  # a rewrite keeps the mode
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_bad_pin_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    store = fast_store(tmp_path / "pin.json")
    with pytest.raises(ValueError, match="straight"):
        store.set_pin("1234")
    assert not store.is_set()


def test_production_parameters_take_a_noticeable_but_bearable_time(tmp_path: Path) -> None:
    store = PinStore(tmp_path / "pin.json")  # N = 2**17, r = 8: needs the raised maxmem
    store.set_pin("2580")
    assert json.loads((tmp_path / "pin.json").read_text())["n"] == SCRYPT_N == 2**17
    started = time.perf_counter()
    verdict = store.verify("2580")
    took = time.perf_counter() - started
    assert verdict.ok
    assert 0.05 < took < 3.0, took


# ------------------------------------------------------------------------------------------ lockout


def five_wrong(store: PinStore) -> None:
    for expected_left in (4, 3, 2, 1):
        v = store.verify("1111")
        assert v.kind is Verdict.WRONG and v.tries_left == expected_left
    last = store.verify("1111")
    assert last.kind is Verdict.LOCKED and last.new_lockout


def test_five_wrong_tries_lock_for_five_minutes_then_ten_and_it_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "pin.json"
    store = fast_store(path, clock)
    store.set_pin("2580")
    five_wrong(store)
    locked = store.verify("2580")  # even the right PIN does not open while locked
    assert locked.kind is Verdict.LOCKED and not locked.new_lockout
    assert locked.seconds_left == pytest.approx(300)

    reopened = fast_store(path, clock)  # the kiosk restarts: still locked
    clock.now += 299
    assert reopened.verify("2580").kind is Verdict.LOCKED
    assert reopened.status().locked_until == pytest.approx(clock.now + 1)
    clock.now += 1
    five_wrong(reopened)  # the second lockout in a row: 10 minutes
    v = reopened.lock_state()
    assert v is not None and v.seconds_left == pytest.approx(600)
    clock.now += 600
    five_wrong(reopened)  # third: 20 minutes
    assert fast_store(path, clock).verify("2580").seconds_left == pytest.approx(1200)
    clock.now += 1200
    assert reopened.verify("2580").ok  # a right PIN resets the doubling
    five_wrong(reopened)
    assert reopened.verify("2580").seconds_left == pytest.approx(300)


def test_while_locked_no_hash_is_computed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.services.pin as pin_module

    clock = FakeClock()
    store = fast_store(tmp_path / "pin.json", clock)
    store.set_pin("2580")
    five_wrong(store)
    calls: list[str] = []
    real = pin_module._scrypt

    def counting(*args: Any) -> bytes:
        calls.append("hash")
        return real(*args)

    monkeypatch.setattr(pin_module, "_scrypt", counting)
    for _ in range(20):
        assert store.verify("2580").kind is Verdict.LOCKED
    assert calls == []
    clock.now += 301
    assert store.verify("2580").ok
    assert calls == ["hash"]


def test_a_correct_pin_resets_the_wrong_tries(tmp_path: Path) -> None:
    store = fast_store(tmp_path / "pin.json")
    store.set_pin("2580")
    for _ in range(4):
        store.verify("0")
    assert store.verify("2580").ok
    assert store.verify("0").tries_left == 4


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[]", b'{"scheme": "md5"}', b'{"scheme": "scrypt", "n": 1024}'],
)
def test_a_damaged_file_keeps_the_kiosk_locked(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pin.json"
    path.write_bytes(content)
    store = fast_store(path)
    assert store.is_set()  # so the first-run screen never offers to set a PIN over it
    v = store.verify("2580")
    assert v.kind is Verdict.LOCKED and math.isinf(v.seconds_left)
    assert v.problem is not None and "kiosk instructor set-pin" in v.problem
    with pytest.raises(FileExistsError):
        store.set_pin("2580", only_if_unset=True)
    store.set_pin("2580")  # the shell's way out
    assert store.verify("2580").ok


def test_a_damaged_field_is_named(tmp_path: Path) -> None:
    path = tmp_path / "pin.json"
    store = fast_store(path)
    store.set_pin("2580")
    data = json.loads(path.read_text())
    data["failures"] = "none"
    path.write_text(json.dumps(data))
    status = store.status()
    assert status.problem is not None and "failures" in status.problem


# ------------------------------------------------------------------------------------------ the CLI


def run_cli(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(args)


def test_cli_set_pin_from_a_pipe_then_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(monkeypatch, ["instructor", "status", "--data-dir", str(tmp_path)]) == 0
    assert "not set" in capsys.readouterr().out

    assert run_cli(monkeypatch, ["instructor", "set-pin", "--data-dir", str(tmp_path)], "2580\n2580\n") == 0
    out = capsys.readouterr().out
    path = pin_file(AppPaths.under(tmp_path))
    assert path == tmp_path / "config" / "instructor-pin.json"
    assert str(path) in out and "set the instructor PIN" in out
    assert PinStore(path).verify("2580").ok  # the production parameters

    assert run_cli(monkeypatch, ["instructor", "status", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "set" in out and "not locked" in out and "0 of 5" in out


def test_cli_status_shows_a_lock_and_set_pin_clears_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = pin_file(AppPaths.under(tmp_path))
    store = PinStore(path, n=FAST_N)
    store.set_pin("2580")
    for _ in range(5):
        store.verify("0")
    assert run_cli(monkeypatch, ["instructor", "status", "--data-dir", str(tmp_path)]) == 0
    assert "locked" in capsys.readouterr().out
    assert run_cli(monkeypatch, ["instructor", "set-pin", "--data-dir", str(tmp_path)], "1357\n1357\n") == 0
    assert "replaced" in capsys.readouterr().out
    assert PinStore(path).lock_state() is None


@pytest.mark.parametrize(
    ("stdin", "words"),
    [("1234\n1234\n", "straight"), ("2580\n2581\n", "differ"), ("2580\n", "no PIN"), ("12\n12\n", "at least 4")],
)
def test_cli_set_pin_refuses_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, words: str
) -> None:
    assert run_cli(monkeypatch, ["instructor", "set-pin", "--data-dir", str(tmp_path)], stdin) == 2
    assert words in capsys.readouterr().err
    assert not pin_file(AppPaths.under(tmp_path)).exists()


def test_cli_status_of_a_damaged_file_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = pin_file(AppPaths.under(tmp_path))
    path.parent.mkdir(parents=True)
    path.write_text("{")
    assert run_cli(monkeypatch, ["instructor", "status", "--data-dir", str(tmp_path)]) == 1
    assert "DAMAGED" in capsys.readouterr().out


def test_cli_family_help_and_usage(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(monkeypatch, ["instructor"]) == 2
    assert "set-pin" in capsys.readouterr().err
    assert run_cli(monkeypatch, ["instructor", "set-pin", "--help"]) == 0
    assert "twice" in capsys.readouterr().out


def test_a_clock_set_back_never_holds_the_lock_beyond_a_day(tmp_path: Path) -> None:
    """A lock taken while the clock ran years ahead is brought back to the longest lock (24 h), on
    disk too, so it ends a day after the clock is put right."""
    clock = FakeClock(now=1_800_000_000.0 + 10 * 365 * 86400)  # ten years ahead
    store = fast_store(tmp_path / "pin.json", clock)
    store.set_pin("2580")
    five_wrong(store)
    clock.now -= 10 * 365 * 86400  # put right
    v = store.lock_state()
    assert v is not None and v.kind is Verdict.LOCKED and v.seconds_left <= 24 * 3600
    clock.now += 24 * 3600 + 1
    assert store.lock_state() is None
    assert fast_store(tmp_path / "pin.json", clock).verify("2580").kind is Verdict.OK
