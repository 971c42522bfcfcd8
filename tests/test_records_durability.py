"""Proof of durability: a writer in a subprocess is killed with SIGKILL at random moments, many times, on
the same records file; afterwards `PRAGMA integrity_check` is ok and every write that had been reported as
committed is there (events by id, sample batches whole, audit rows by seq with an unbroken hash chain).

The writer is tests/records_writer.py (a realistic mix of statements, samples and audit rows, printing
`started ...` before and `committed ...` after each write). A second test kills the real
`kiosk labs rehearse --data-dir` mid-rehearsal.

SIGKILL ends the process, not the machine: what it proves is that COMMIT is atomic, that a write is
reported only after its COMMIT, and that a file left with a hot WAL (and a killed checkpoint) opens
cleanly. Power loss (the fsync that synchronous=FULL adds) is beyond what a test can pull the plug on.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from kiosk.core.labs.xapi import VERBS, activity_id
from kiosk.services.records import RecordStore
from kiosk.services.records.store import GENESIS_HASH, audit_hash

ROOT = Path(__file__).resolve().parents[1]
WRITER = Path(__file__).with_name("records_writer.py")
TASTER = ROOT / "labs" / "01-visitor-taster.yaml"

ROUNDS = 25  # killed writers, one after the other, on the same file
FULL_CHECK_EVERY = 5  # also open it with RecordStore (which checkpoints the WAL away on close) every 5th round
SEED = 20250314
FIRST_COMMIT_TIMEOUT = 30.0  # s; a started writer reports its first commit well within a second

FINAL_IRIS = {VERBS[v]: v for v in ("passed", "failed", "completed", "abandoned", "waived")}


# ------------------------------------------------------------------------------------------ children


class Child:
    """A subprocess whose stdout lines are collected on a thread; `kill()` sends SIGKILL."""

    def __init__(self, args: list[str], stderr_path: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        self.args = args
        self.stderr_path = stderr_path
        self._stderr: IO[bytes] = stderr_path.open("wb")
        self.lines: list[str] = []  # whole lines only (a line cut by the kill is dropped)
        self.first_commit = threading.Event()
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=self._stderr)
        self._reader = threading.Thread(target=self._read, name="child-stdout", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                break
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.lines.append(line)
            if "committed " in line:
                self.first_commit.set()

    def kill(self) -> bool:
        """SIGKILL; True when the process was still running (it was killed, it did not exit)."""
        running = self.proc.poll() is None
        if running:
            with suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        self._stderr.close()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return running

    def stderr_tail(self) -> str:
        with suppress(OSError):
            return self.stderr_path.read_text("utf-8", "replace")[-2000:]
        return ""


@contextmanager
def child(args: list[str], stderr_path: Path) -> Iterator[Child]:
    """A Child that is killed on the way out, whatever happens in the block."""
    c = Child(args, stderr_path)
    try:
        yield c
    finally:
        c.kill()  # a no-op when it was killed already


def run_and_kill(args: list[str], stderr_path: Path, delay: float, what: str) -> tuple[list[str], bool]:
    """Start `args`, wait for its first committed line, SIGKILL it `delay` s later: (its lines, killed running)."""
    with child(args, stderr_path) as c:
        if not c.first_commit.wait(FIRST_COMMIT_TIMEOUT):
            pytest.fail(
                f"{what}: no committed line within {FIRST_COMMIT_TIMEOUT:.0f} s (exit {c.proc.poll()}); "
                f"stdout: {c.lines[-5:]}; stderr: {c.stderr_tail()}"
            )
        time.sleep(delay)
        killed = c.kill()
        return list(c.lines), killed


# ------------------------------------------------------------------------------------------ checking


def read_only(path: Path) -> sqlite3.Connection:
    """A plain read-only connection: it reads through a hot WAL and does not checkpoint it away on close."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def first(items: set[str] | set[int], n: int = 8) -> list[str]:
    return sorted(str(i) for i in items)[:n]


@dataclass
class Reported:
    """Everything reported committed so far, over all rounds: key -> the round that reported it."""

    events: dict[str, int] = field(default_factory=dict)
    samples: dict[str, int] = field(default_factory=dict)  # tag -> round; the row count ends the tag: ...n<rows>
    audit: dict[int, tuple[str, int]] = field(default_factory=dict)  # seq -> (tag, round)


def rows_of(tag: str) -> int:
    return int(tag.rsplit("n", 1)[1])


def check_file(path: Path, reported: Reported, when: str) -> None:
    """The file is sound and holds every reported write; read with plain sqlite3 (no RecordStore)."""
    assert not list(path.parent.glob("*.corrupt-*")), f"{when}: the records file was moved aside"
    conn = read_only(path)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        assert integrity == ["ok"], f"{when}: integrity_check: {integrity[:10]}"
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        assert fk == [], f"{when}: foreign_key_check: {fk[:10]}"

        ids = {r[0] for r in conn.execute("SELECT id FROM events")}
        missing = set(reported.events) - ids
        assert not missing, (
            f"{when}: {len(missing)} of {len(reported.events)} events reported committed are not in the file, e.g. "
            + ", ".join(f"{i} (round {reported.events[i]})" for i in first(missing))
        )
        mismatched = conn.execute(
            "SELECT id FROM events WHERE json_extract(statement_json, '$.id') IS NOT id LIMIT 5"
        ).fetchall()
        assert mismatched == [], f"{when}: events whose stored statement has another id: {mismatched}"

        # the attempt's end is written in the same transaction as its final statement: never one without the other
        for event_id, verb, object_id, module_id, outcome, ended_at in conn.execute(
            "SELECT e.id, e.verb, e.object_id, a.module_id, a.outcome, a.ended_at FROM events e"
            " JOIN attempts a ON a.registration = e.registration"
            f" WHERE e.verb IN ({', '.join('?' * len(FINAL_IRIS))})",
            tuple(FINAL_IRIS),
        ):
            if object_id == activity_id(module_id):
                assert outcome == FINAL_IRIS[verb] and ended_at, (
                    f"{when}: final event {event_id} ({FINAL_IRIS[verb]}) is stored but its attempt has "
                    f"outcome {outcome!r}, ended_at {ended_at!r}"
                )

        counts = dict(conn.execute("SELECT text_value, count(*) FROM samples GROUP BY text_value").fetchall())
        missing = {tag for tag in reported.samples if tag not in counts}
        assert not missing, (
            f"{when}: {len(missing)} of {len(reported.samples)} sample batches reported committed are not in "
            "the file, e.g. " + ", ".join(f"{t} (round {reported.samples[t]})" for t in first(missing))
        )
        partial = {tag: n for tag, n in counts.items() if n != rows_of(tag)}  # reported or not: all or nothing
        assert not partial, (
            f"{when}: sample batches stored in part (tag: rows stored): {dict(list(partial.items())[:8])}"
        )

        audit = conn.execute(
            "SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()

    details = {row[0]: row[4] for row in audit}
    missing_seq = {seq for seq in reported.audit if seq not in details}
    assert not missing_seq, (
        f"{when}: {len(missing_seq)} of {len(reported.audit)} audit rows reported committed are not in the file, "
        "e.g. " + ", ".join(f"seq {s} (round {reported.audit[s][1]})" for s in sorted(missing_seq)[:8])
    )
    for seq, (tag, rnd) in reported.audit.items():
        stored = json.loads(details[seq]).get("tag")
        assert stored == tag, f"{when}: audit seq {seq} (round {rnd}) was reported for {tag} but holds {stored}"
    prev = GENESIS_HASH
    for seq, at, actor, action, detail, prev_hash, digest in audit:
        ok = prev_hash == prev and digest == audit_hash(prev, seq, at, actor, action, detail)
        assert ok, f"{when}: the audit hash chain breaks at seq {seq}"
        prev = digest


def check_with_store(path: Path, when: str, registrations: list[str]) -> None:
    """RecordStore opens the file as it is (nothing moved aside), the chain verifies, the reads work."""
    store = RecordStore(path)
    try:
        assert store.warnings == [], f"{when}: RecordStore warned on opening: {store.warnings}"
        assert store.verify_audit_chain() is None, f"{when}: audit chain broken at seq {store.verify_audit_chain()}"
        for registration in registrations:
            events = store.events_for(registration)
            assert events and all(e.statement["id"] == e.id for e in events), f"{when}: events_for({registration})"
    finally:
        store.close()
    assert not list(path.parent.glob("*.corrupt-*")), f"{when}: the records file was moved aside"


def registrations_of(path: Path, event_ids: list[str]) -> list[str]:
    conn = read_only(path)
    try:
        return [
            r[0]
            for i in event_ids
            for r in conn.execute("SELECT registration FROM events WHERE id = ?", (i,)).fetchall()
        ]
    finally:
        conn.close()


# ------------------------------------------------------------------------------------------ the tests


def test_a_writer_killed_at_random_moments_never_loses_a_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"
    rng = random.Random(SEED)
    reported = Reported()
    t0 = time.monotonic()
    in_flight_rounds = 0  # kills that landed with at least one write started and not reported committed
    in_flight_total = 0
    in_flight_stored = 0  # of those, in the file anyway (committed, killed before the line was printed)
    writes = commits = 0  # from the writers' last `stats` lines: writes per transaction > 1 means batching
    hot_wal = 0  # rounds after which a -wal file with content was left behind

    for rnd in range(ROUNDS):
        when = f"round {rnd + 1}/{ROUNDS}"
        delay = rng.uniform(0.05, 0.6)
        args = [sys.executable, str(WRITER), str(path), str(SEED * 1000 + rnd)]
        lines, killed = run_and_kill(args, tmp_path / f"writer-{rnd}.stderr", delay, when)
        assert killed, f"{when}: the writer exited by itself before the kill; last lines {lines[-5:]}"

        bad = [line for line in lines if line.startswith(("failed", "warning"))]
        assert not bad, f"{when}: the writer reported {bad[:5]}"
        started: dict[str, str] = {}  # key -> kind
        done: set[str] = set()
        stats: list[str] = []
        for line in lines:
            match line.split():
                case ["started", kind, key]:
                    started[key] = kind
                case ["committed", "event", key]:
                    reported.events[key] = rnd
                    done.add(key)
                case ["committed", "samples", key]:
                    reported.samples[key] = rnd
                    done.add(key)
                case ["committed", "audit", seq, key]:
                    reported.audit[int(seq)] = (key, rnd)
                    done.add(key)
                case ["stats", *counts]:
                    stats = counts
                case _:
                    pytest.fail(f"{when}: the writer printed {line!r}")
        if stats:
            writes += int(stats[0])
            commits += int(stats[1])
        assert done, f"{when}: the writer reported no commit before the kill"
        assert done <= set(started), f"{when}: committed without started: {first(done - set(started))}"

        wal = path.with_name(path.name + "-wal")
        hot_wal += wal.exists() and wal.stat().st_size > 0
        check_file(path, reported, when)

        in_flight = set(started) - done
        if in_flight:
            in_flight_rounds += 1
            in_flight_total += len(in_flight)
            in_flight_stored += stored_anyway(path, in_flight, started)

        if (rnd + 1) % FULL_CHECK_EVERY == 0 or rnd == ROUNDS - 1:
            some = [i for i, r in reported.events.items() if r == rnd][:5]
            check_with_store(path, when, registrations_of(path, some))

    elapsed = time.monotonic() - t0
    checked = len(reported.events) + len(reported.samples) + len(reported.audit)
    print(
        f"\n{ROUNDS} kills in {elapsed:.1f} s; {checked} reported writes checked ({len(reported.events)} events, "
        f"{len(reported.samples)} sample batches, {len(reported.audit)} audit rows); {in_flight_rounds} kills with "
        f"writes in flight ({in_flight_total} writes started but not reported, {in_flight_stored} of them in the "
        f"file anyway); {writes} writes in {commits} transactions; {hot_wal} kills left a hot WAL"
    )
    assert in_flight_rounds >= ROUNDS // 3, (
        f"only {in_flight_rounds} of {ROUNDS} kills landed while writes were in flight: the test proves little"
    )
    assert writes > commits > 0, f"no batching: {writes} writes in {commits} transactions"


def stored_anyway(path: Path, keys: set[str], kinds: dict[str, str]) -> int:
    """How many of the writes started but not reported are in the file (fine either way)."""
    conn = read_only(path)
    try:
        n = 0
        for key in keys:
            kind = kinds[key]
            if kind == "event":
                sql, arg = "SELECT 1 FROM events WHERE id = ?", key
            elif kind == "samples":
                sql, arg = "SELECT 1 FROM samples WHERE text_value = ? LIMIT 1", key
            else:
                sql, arg = "SELECT 1 FROM audit WHERE json_extract(detail, '$.tag') = ?", key
            n += conn.execute(sql, (arg,)).fetchone() is not None
        return n
    finally:
        conn.close()


COMMITTED = re.compile(r"committed ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")


@pytest.mark.slow
def test_a_rehearsal_killed_at_random_moments_keeps_every_printed_event(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = data / "records.sqlite"
    rng = random.Random(SEED + 1)
    printed: dict[str, int] = {}
    killed_running = 0
    per_round: list[str] = []
    t0 = time.monotonic()
    for rnd in range(3):
        when = f"rehearsal round {rnd + 1}/3"
        # the taster commits its events over about 6.5 s after the first one (bursts at 0, 1.3 and 6 s)
        delay = rng.uniform(0.0, 6.0)
        args = [sys.executable, "-m", "kiosk", "labs", "rehearse", "--data-dir", str(data), str(TASTER)]
        lines, killed = run_and_kill(args, tmp_path / f"rehearse-{rnd}.stderr", delay, when)
        killed_running += killed
        ids = [m.group(1) for line in lines if (m := COMMITTED.search(line))]
        assert ids, f"{when}: no committed event printed; lines {lines[-5:]}"
        for i in ids:
            printed[i] = rnd
        per_round.append(f"{len(ids)} events, killed {delay:.1f} s after the first")
        conn = read_only(path)
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            stored = {r[0] for r in conn.execute("SELECT id FROM events")}
        finally:
            conn.close()
        assert integrity == ["ok"], f"{when}: integrity_check: {integrity[:10]}"
        missing = set(printed) - stored
        assert not missing, f"{when}: printed as committed but not in the file: " + ", ".join(
            f"{i} (round {printed[i] + 1})" for i in sorted(missing)
        )
        check_with_store(path, when, [])
    print(
        f"\n3 rehearsals killed in {time.monotonic() - t0:.1f} s ({killed_running} while running); "
        f"{len(printed)} printed events checked ({'; '.join(per_round)})"
    )
    assert killed_running >= 1, "every rehearsal finished before its kill"
