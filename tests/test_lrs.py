"""LRS forwarding against a real Learning Record Store on loopback (Ralph, file backend, run from
.venv-lrs: see tests/lrs_server.py): delivery in batches, the LRS down and back, the queue across a
restart, refused and duplicate statements, the audit without the password, and `kiosk lrs ...`."""

from __future__ import annotations

import base64
import json
import random
import sqlite3
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import test_xapi_conformance as conformance  # its real lab sessions, driven on a fake cell
from lrs_server import RalphLrs, ralph_missing_reason
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.cli import main
from kiosk.services.records import RecordStore
from kiosk.services.records.lrs import (
    BACKOFF_CAP,
    REFUSED,
    HttpResponse,
    LrsForwarder,
    backoff_seconds,
    configure_lrs,
    disable_lrs,
    load_lrs_settings,
    outbox_rows,
    queue_existing,
    urllib_post,
)
from kiosk.services.records.settings import read_setting

PASSWORD = "s3cret-Lrs!"


@pytest.fixture(scope="module")
def ralph_available() -> None:
    reason = ralph_missing_reason()
    if reason is not None:
        pytest.skip(f"no Ralph LRS to test against: {reason}")


@pytest.fixture
def lrs(ralph_available: None, tmp_path: Path) -> Iterator[RalphLrs]:
    """A running Ralph LRS storing into tmp_path/lrs."""
    server = RalphLrs(tmp_path / "lrs", password=PASSWORD)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def down_lrs(ralph_available: None, tmp_path: Path) -> Iterator[RalphLrs]:
    """A Ralph LRS on a reserved port that is not started yet (nothing answers there)."""
    server = RalphLrs(tmp_path / "lrs", password=PASSWORD)
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "data" / "records.sqlite")
    yield s
    s.close()


class Clock:
    """A UTC clock the test moves by hand (the back-off is checked without waiting for it)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def configure(store: RecordStore, server: RalphLrs) -> None:
    configure_lrs(store, server.endpoint, server.username, server.password, actor="instructor:1").result(timeout=T)


def three_attempts(store: RecordStore) -> list[dict[str, Any]]:
    """Five statements: two ended attempts (two each) and one open one."""
    stmts = record(store, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
    stmts += record(store, "T-1002", SPEED, DAY2, ended(DAY2, "passed", 9.0))
    stmts += record(store, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)
    return stmts


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def post_directly(server: RalphLrs, statements: list[Mapping[str, Any]]) -> int:
    token = base64.b64encode(f"{server.username}:{server.password}".encode()).decode()
    request = urllib.request.Request(
        f"{server.endpoint}/statements",
        data=json.dumps(statements).encode(),
        method="POST",
        headers={
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def queue_raw(store: RecordStore, statement: Mapping[str, Any]) -> None:
    """Put a statement into the outbox as the trigger would (for one no kiosk code would build)."""
    text = json.dumps(statement)

    def work(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO lrs_outbox(statement_id, statement_json, queued_at) VALUES (?, ?, ?)",
            (statement["id"], text, "2026-03-02T08:00:00.000+00:00"),
        )

    store.write(work).result(timeout=T)


# ------------------------------------------------------------------------------------------ delivery


def test_forwarding_delivers_every_statement_in_batches_and_the_lrs_returns_them(
    store: RecordStore, lrs: RalphLrs
) -> None:
    configure(store, lrs)
    stmts = three_attempts(store)
    assert [r.statement_id for r in outbox_rows(store)] == [s["id"] for s in stmts]  # queued in the same commit
    forwarder = LrsForwarder(store, batch_size=4, poll_seconds=0.2)
    forwarder.start()
    try:
        forwarder.nudge()
        wait_until(lambda: forwarder.status().queued == 0 and forwarder.status().last_success_at is not None)
    finally:
        assert forwarder.stop(timeout=15)
    assert outbox_rows(store) == []
    status = forwarder.status()
    assert (status.configured, status.forwarding, status.endpoint, status.last_error) == (
        True,
        True,
        lrs.endpoint,
        None,
    )
    held = lrs.all_statements()
    assert sorted(s["id"] for s in held) == sorted(s["id"] for s in stmts)
    for sent in stmts:
        got = lrs.statement(sent["id"])
        assert {k: got[k] for k in ("id", "actor", "verb", "object", "context", "timestamp")} == {
            k: sent[k] for k in ("id", "actor", "verb", "object", "context", "timestamp")
        }


def test_every_statement_the_lab_engine_emits_is_accepted_by_the_lrs(store: RecordStore, lrs: RalphLrs) -> None:
    """The sessions of the xAPI conformance tests (every verb, quiz and observation results, waivers,
    a resumed attempt) go through the forwarder into Ralph, which validates statements strictly."""
    configure(store, lrs)
    sent: list[str] = []
    for make in conformance.SESSIONS.values():
        for statement in make().dicts():
            queue_raw(store, statement)
            sent.append(statement["id"])
    outcome = LrsForwarder(store).send_due()
    assert (outcome.delivered, outcome.refused, outcome.reachable) == (len(sent), 0, True)
    assert sorted(s["id"] for s in lrs.all_statements()) == sorted(sent)


def test_statements_before_enabling_are_not_queued_until_backfilled(store: RecordStore, lrs: RalphLrs) -> None:
    before = three_attempts(store)
    configure(store, lrs)
    assert outbox_rows(store) == []
    after = record(store, "T-1003", SPEED, DAY2, None)
    assert [r.statement_id for r in outbox_rows(store)] == [after[0]["id"]]
    since_day2 = [s["id"] for s in before if s["timestamp"] >= DAY2.isoformat()[:10]]
    assert queue_existing(store, date(2025, 3, 20), actor="cli").result(timeout=T) == len(since_day2)
    assert queue_existing(store, None, actor="cli").result(timeout=T) == len(before) - len(since_day2)
    assert {r.statement_id for r in outbox_rows(store)} == {s["id"] for s in before + after}
    outcome = LrsForwarder(store).send_due()
    assert (outcome.delivered, outcome.refused, outcome.reachable) == (len(before) + 1, 0, True)
    assert len(lrs.all_statements()) == len(before) + 1
    actions = [(e.action, json.loads(e.detail)) for e in store.audit_entries() if e.action == "lrs-backfill"]
    assert actions == [
        ("lrs-backfill", {"since": "2025-03-20", "queued": 3}),
        ("lrs-backfill", {"since": None, "queued": 2}),
    ]


def test_disabled_forwarding_queues_and_sends_nothing_and_keeps_the_queue(store: RecordStore, lrs: RalphLrs) -> None:
    configure(store, lrs)
    first = record(store, "T-1001", SPEED, DAY1, None)
    disable_lrs(store, actor="instructor:1").result(timeout=T)
    record(store, "T-1002", SPEED, DAY1, None)
    assert [r.statement_id for r in outbox_rows(store)] == [first[0]["id"]]
    outcome = LrsForwarder(store).send_due()
    assert outcome.skipped == "forwarding to the LRS is switched off"
    assert lrs.all_statements() == []
    configure(store, lrs)
    assert LrsForwarder(store).send_due().delivered == 1


# ------------------------------------------------------------------------------------------ failures


def test_lrs_down_keeps_the_rows_and_backs_off_then_delivers_when_back(store: RecordStore, down_lrs: RalphLrs) -> None:
    configure(store, down_lrs)
    stmts = three_attempts(store)
    clock = Clock()
    forwarder = LrsForwarder(store, clock=clock, rng=random.Random(1))

    outcome = forwarder.send_due()
    assert (outcome.delivered, outcome.postponed, outcome.reachable) == (0, len(stmts), False)
    assert outcome.error is not None and f"could not reach the LRS at {down_lrs.endpoint}" in outcome.error
    rows = outbox_rows(store)
    assert [r.tries for r in rows] == [1] * len(stmts)
    first_wait = datetime.fromisoformat(rows[0].next_try_at) - clock.now
    assert timedelta(seconds=1.6) <= first_wait <= timedelta(seconds=2.4)
    assert forwarder.status().last_error == outcome.error

    assert forwarder.send_due().skipped is not None  # paused: a down LRS is not asked again at once
    assert [r.tries for r in outbox_rows(store)] == [1] * len(stmts)

    waits = []
    for _ in range(4):
        clock.advance(BACKOFF_CAP)
        assert not forwarder.send_due().reachable
        rows = outbox_rows(store)
        waits.append(datetime.fromisoformat(rows[0].next_try_at) - clock.now)
    assert [r.tries for r in outbox_rows(store)] == [5] * len(stmts)
    assert waits[0] < waits[1] < waits[2] < waits[3]  # 4 s, 8 s, 16 s, 32 s, each +-20 %
    assert timedelta(seconds=25) <= waits[3] <= timedelta(seconds=39)
    assert forwarder.status().queued == len(stmts)

    down_lrs.start()
    assert forwarder.send_due().skipped is not None  # still paused until its back-off ends
    clock.advance(BACKOFF_CAP)
    outcome = forwarder.send_due()
    assert (outcome.delivered, outcome.reachable, outcome.error) == (len(stmts), True, None)
    assert outbox_rows(store) == []
    assert forwarder.status().last_error is None
    assert len(down_lrs.all_statements()) == len(stmts)


def test_the_queue_survives_a_restart_and_a_new_forwarder_continues(
    tmp_path: Path, store: RecordStore, down_lrs: RalphLrs
) -> None:
    configure(store, down_lrs)
    stmts = three_attempts(store)
    clock = Clock()
    assert not LrsForwarder(store, clock=clock).send_due().reachable
    before = outbox_rows(store)
    store.close()

    down_lrs.start()
    with RecordStore(tmp_path / "data" / "records.sqlite") as reopened:
        assert outbox_rows(reopened) == before  # tries, next_try_at and last_error included
        assert all(r.tries == 1 and r.last_error for r in before)
        fresh = LrsForwarder(reopened, clock=clock, poll_seconds=0.2)
        assert fresh.send_due().delivered == 0  # the rows' back-off survived the restart too
        clock.advance(60)
        fresh.start()
        try:
            wait_until(lambda: fresh.status().queued == 0 and fresh.status().last_success_at is not None)
        finally:
            assert fresh.stop(timeout=15)
        assert outbox_rows(reopened) == []
    assert sorted(s["id"] for s in down_lrs.all_statements()) == sorted(s["id"] for s in stmts)


def test_a_refused_statement_stays_with_its_error_while_the_others_go(store: RecordStore, lrs: RalphLrs) -> None:
    configure(store, lrs)
    good = record(store, "T-1001", SPEED, DAY1, ended(DAY1, "passed", 8.0))
    bad = {**good[0], "id": str(uuid.uuid4())}
    del bad["actor"]  # xAPI: a statement must have an actor
    queue_raw(store, bad)
    later = record(store, "T-1002", SPEED, DAY2, None)
    clock = Clock()

    outcome = LrsForwarder(store, clock=clock).send_due()
    assert (outcome.delivered, outcome.refused, outcome.postponed, outcome.reachable) == (3, 1, 0, True)
    [kept] = outbox_rows(store)
    assert kept.statement_id == bad["id"]
    assert kept.tries == 1
    assert kept.last_error.startswith(f"{REFUSED} by the LRS (422)")  # Ralph's answer to a missing actor
    assert '"actor"' in kept.last_error
    assert datetime.fromisoformat(kept.next_try_at) - clock.now == timedelta(days=1)
    assert sorted(s["id"] for s in lrs.all_statements()) == sorted(s["id"] for s in good + later)

    forwarder = LrsForwarder(store, clock=clock)
    assert forwarder.send_due().delivered == 0  # not due for a day
    assert forwarder.status().refused == 1
    assert forwarder.send_due(force=True).refused == 1  # an instructor's "send now": still refused, still kept
    assert [r.tries for r in outbox_rows(store)] == [2]


def test_statements_the_lrs_already_holds_count_as_delivered(store: RecordStore, lrs: RalphLrs) -> None:
    configure(store, lrs)
    stmts = three_attempts(store)
    assert post_directly(lrs, stmts[:2]) == 200  # e.g. sent before a crash that lost the delete

    outcome = LrsForwarder(store).send_due()
    assert (outcome.delivered, outcome.refused) == (len(stmts), 0)
    assert outbox_rows(store) == []
    assert sorted(s["id"] for s in lrs.all_statements()) == sorted(s["id"] for s in stmts)  # no doubles


def test_a_different_statement_under_the_same_id_is_refused_and_kept(store: RecordStore, lrs: RalphLrs) -> None:
    configure(store, lrs)
    stmts = three_attempts(store)
    impostor = {**stmts[1], "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"}}
    assert post_directly(lrs, [impostor]) == 200

    outcome = LrsForwarder(store).send_due()  # the batch gets 409, then one by one
    assert (outcome.delivered, outcome.refused) == (len(stmts) - 1, 1)
    [kept] = outbox_rows(store)
    assert kept.statement_id == stmts[1]["id"]
    assert kept.last_error == (
        f"{REFUSED} by the LRS (409): it already holds a different statement with id {stmts[1]['id']}"
    )


def test_an_lrs_answering_409_to_identical_duplicates_counts_them_delivered(store: RecordStore, lrs: RalphLrs) -> None:
    """xAPI lets an LRS answer 409 to any statement id it holds; Ralph drops identical ones instead, so
    this client wraps the real one and answers 409 the way such an LRS would, for ids Ralph holds."""
    configure(store, lrs)
    stmts = three_attempts(store)
    assert post_directly(lrs, stmts[:3]) == 200
    held = {s["id"] for s in stmts[:3]}

    def strict(method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float) -> HttpResponse:
        if method == "POST" and body is not None and held & {s["id"] for s in json.loads(body)}:
            return HttpResponse(409, {}, b'{"detail": "statement id already held"}')
        return urllib_post(method, url, body, headers, timeout)

    outcome = LrsForwarder(store, http=strict).send_due()
    assert (outcome.delivered, outcome.refused) == (len(stmts), 0)
    assert outbox_rows(store) == []
    assert len(lrs.all_statements()) == len(stmts)


def test_wrong_credentials_postpone_everything_and_say_so(store: RecordStore, lrs: RalphLrs) -> None:
    configure_lrs(store, lrs.endpoint, lrs.username, "wrong", actor="cli").result(timeout=T)
    three_attempts(store)
    outcome = LrsForwarder(store, clock=Clock()).send_due()
    assert (outcome.delivered, outcome.refused, outcome.postponed, outcome.reachable) == (0, 0, 5, False)
    assert outcome.error == f"the LRS at {lrs.endpoint} refused the username or password (401)"
    assert all(r.tries == 1 for r in outbox_rows(store))


# ------------------------------------------------------------------------------------------ settings


def test_configuring_audits_every_setting_but_never_the_password(store: RecordStore, lrs: RalphLrs) -> None:
    configure(store, lrs)
    disable_lrs(store, actor="cli").result(timeout=T)
    settings = load_lrs_settings(store)
    assert settings is not None
    assert (settings.endpoint, settings.username, settings.password, settings.forwarding) == (
        lrs.endpoint,
        lrs.username,
        PASSWORD,
        False,
    )
    assert PASSWORD not in repr(settings)
    assert read_setting(store, "lrs.password") == PASSWORD
    rows = [(e.actor, e.action, json.loads(e.detail)) for e in store.audit_entries()]
    assert rows == [
        ("instructor:1", "setting", {"key": "lrs.endpoint", "value": lrs.endpoint}),
        ("instructor:1", "setting", {"key": "lrs.username", "value": lrs.username}),
        ("instructor:1", "setting", {"key": "lrs.password", "value": "(set, not shown)"}),
        ("instructor:1", "setting", {"key": "lrs.forwarding", "value": True}),
        ("cli", "setting", {"key": "lrs.forwarding", "value": False}),
    ]
    with store.reading() as conn:
        dumped = "\n".join(conn.iterdump())
    audit_lines = [line for line in dumped.splitlines() if 'INSERT INTO "audit"' in line]
    assert audit_lines and not any(PASSWORD in line for line in audit_lines)
    assert store.verify_audit_chain() is None


@pytest.mark.parametrize(
    ("endpoint", "problem"),
    [
        ("lrs.example.org/xAPI", "http:// or https://"),
        ("ftp://lrs.example.org/xAPI", "http:// or https://"),
        ("https://lrs.example.org/xAPI/statements", "without /statements"),
        ("https://lrs.example.org/xAPI?x=1", "query or fragment"),
    ],
)
def test_a_bad_endpoint_is_refused_before_anything_is_saved(store: RecordStore, endpoint: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        configure_lrs(store, endpoint, "kiosk", PASSWORD, actor="cli")
    with pytest.raises(ValueError, match="password must not be empty"):
        configure_lrs(store, "https://lrs.example.org/xAPI", "kiosk", "", actor="cli")
    assert load_lrs_settings(store) is None
    assert store.audit_entries() == []


def test_backoff_doubles_to_the_cap_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(3)
    for tries, base in [(1, 2.0), (2, 4.0), (5, 32.0), (9, 512.0), (10, 600.0), (30, 600.0)]:
        waits = [backoff_seconds(tries, rng) for _ in range(50)]
        assert all(0.8 * base <= w <= 1.2 * base for w in waits)
        assert len(set(waits)) > 1
    assert backoff_seconds(1, rng, retry_after=120.0) == 120.0
    assert backoff_seconds(1, rng, retry_after=86400.0) == 3600.0  # a silly Retry-After is capped at an hour


# ------------------------------------------------------------------------------------------ CLI


def test_cli_configure_status_send_backfill_disable(
    tmp_path: Path, lrs: RalphLrs, capsys: Any, monkeypatch: Any
) -> None:
    data = tmp_path / "data"
    with RecordStore(data / "records.sqlite") as s:
        before = three_attempts(s)
    monkeypatch.setenv("KIOSK_LRS_PASSWORD", PASSWORD)
    args = ["--endpoint", lrs.endpoint + "/", "--username", lrs.username, "--data-dir", str(data)]
    assert main(["lrs", "configure", *args, "--password-env", "KIOSK_LRS_PASSWORD"]) == 0
    out = capsys.readouterr().out
    assert f"statements recorded from now on go to {lrs.endpoint}\n" in out
    assert PASSWORD not in out

    assert main(["lrs", "backfill", "--since", "2025-03-20", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == "queued 3 earlier statements\n"
    assert main(["lrs", "status", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"LRS: {lrs.endpoint} as {lrs.username}, forwarding on\n" in out
    assert "queued: 3 statements (0 refused by the LRS)\n" in out
    assert PASSWORD not in out

    assert main(["lrs", "send", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == "delivered 3, refused by the LRS 0, postponed 0; 0 still queued\n"
    assert len(lrs.all_statements()) == 3 == len([s for s in before if s["timestamp"] >= "2025-03-20"])

    assert main(["lrs", "disable", "--data-dir", str(data)]) == 0
    assert "forwarding off" in capsys.readouterr().out
    assert main(["lrs", "send", "--data-dir", str(data)]) == 1
    assert "nothing sent: forwarding to the LRS is switched off" in capsys.readouterr().err


def test_cli_send_exits_1_when_the_lrs_cannot_be_reached(tmp_path: Path, down_lrs: RalphLrs, capsys: Any) -> None:
    data = tmp_path / "data"
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    with RecordStore(data / "records.sqlite") as s:
        three_attempts(s)
    args = ["--endpoint", down_lrs.endpoint, "--username", "kiosk", "--password-file", str(secret)]
    assert main(["lrs", "configure", *args, "--data-dir", str(data)]) == 0
    assert main(["lrs", "backfill", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["lrs", "send", "--data-dir", str(data)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "delivered 0, refused by the LRS 0, postponed 5; 5 still queued\n"
    assert f"could not reach the LRS at {down_lrs.endpoint}" in captured.err
    assert main(["lrs", "status", "--data-dir", str(data)]) == 0
    assert "next try of a waiting statement: " in capsys.readouterr().out


def test_cli_usage_errors(tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    monkeypatch.delenv("NO_SUCH_VAR_FOR_KIOSK", raising=False)
    base = ["lrs", "configure", "--endpoint", "https://lrs.example.org/xAPI", "--username", "kiosk"]
    assert main([*base, "--password-env", "NO_SUCH_VAR_FOR_KIOSK", *data]) == 1
    assert "NO_SUCH_VAR_FOR_KIOSK is not set or empty" in capsys.readouterr().err
    assert main([*base, "--password-file", str(tmp_path / "missing.txt"), *data]) == 1
    assert f"cannot read the password file {tmp_path / 'missing.txt'}" in capsys.readouterr().err
    assert main([*base, *data]) == 2  # a password source is required
    assert (
        main(["lrs", "configure", "--endpoint", "lrs.example.org", "--username", "u", "--password-env", "X", *data])
        == 2
    )
    assert "http:// or https://" in capsys.readouterr().err
    assert main(["lrs", "status", *data]) == 1
    assert "there is no records file" in capsys.readouterr().err
    assert not (tmp_path / "data" / "records.sqlite").exists()
    assert main(["lrs", "backfill", "--since", "14-03-2025", *data]) == 2
    assert "not a date" in capsys.readouterr().err
