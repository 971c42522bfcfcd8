"""SampleRecorder: process values of an attempt, at most 10 Hz per tag, on change plus a heartbeat,
written in batches to a real records file."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path

import pytest

from kiosk.services.records import RecordStore, SampleRow
from kiosk.services.records.samples import SampleRecorder

T = 10.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "records.sqlite") as s:
        yield s


def wait(store: RecordStore) -> None:
    """Until the writer has dealt with every earlier write (it is FIFO); whether they failed is not asked."""
    futures.wait([store.write(lambda c: None)], timeout=T)


def test_at_most_ten_a_second_per_tag_even_when_offered_more(store: RecordStore) -> None:
    rec = SampleRecorder(store)
    kept = sum(rec.observe("r1", i * 0.02, [("speed", float(i), "live")]) for i in range(500))  # 50 Hz for 10 s
    assert kept == 100
    rec.flush()
    wait(store)
    ts = [s.t for s in store.samples_for("r1")]
    assert len(ts) == 100 and min(b - a for a, b in itertools.pairwise(ts)) >= 0.1 - 1e-6


def test_unchanged_values_are_kept_only_as_a_heartbeat(store: RecordStore) -> None:
    rec = SampleRecorder(store, heartbeat_s=5.0)
    for i in range(200):  # 20 s at 10 Hz, flat
        rec.observe("r1", i * 0.1, [("level", 12.5, "live")])
    rec.observe("r1", 20.0, [("level", 12.5, "stale")])  # a quality change is kept at once
    rec.flush()
    wait(store)
    rows = store.samples_for("r1")
    assert [round(r.t, 1) for r in rows] == [0.0, 5.0, 10.0, 15.0, 20.0]
    assert rows[-1].quality == "stale"


def test_kinds_of_value_are_stored_as_numbers_or_text(store: RecordStore) -> None:
    rec = SampleRecorder(store)
    rec.observe("r1", 0.0, [("running", True, "live"), ("mode", "AUTO", "live"), ("x", None, "bad"), ("n", 3, "live")])
    rec.flush()
    wait(store)
    rows = {r.alias: r for r in store.samples_for("r1")}
    assert rows["running"] == SampleRow("r1", "running", 0.0, 1.0, None, "live")
    assert rows["mode"].text_value == "AUTO" and rows["mode"].value is None
    assert rows["x"].value is None and rows["x"].quality == "bad"
    assert rows["n"].value == 3.0


def test_one_batch_per_flush_and_attempts_kept_apart(store: RecordStore) -> None:
    rec = SampleRecorder(store)
    before = store.commits
    for i in range(10):
        rec.observe("r1", i * 0.1, [("a", float(i), "live"), ("b", float(-i), "live")])
        rec.observe("r2", i * 0.1, [("a", 1.0, "live")])
    assert rec.flush() == 21
    wait(store)
    assert store.commits - before <= 2  # the batch (and the wait) at most
    assert len(store.samples_for("r1")) == 20 and len(store.samples_for("r2")) == 1


def test_a_batch_that_could_not_be_written_is_written_later(store: RecordStore) -> None:
    rec = SampleRecorder(store)
    store.write(lambda c: c.execute(f"PRAGMA max_page_count = {c.execute('PRAGMA page_count').fetchone()[0]}")).result(
        T
    )
    for i in range(3000):
        rec.observe("r1", i * 0.1, [("text", f"{i:0>300}", "live")])
    rec.flush()
    wait(store)
    assert rec.failed and store.samples_for("r1") == []
    store.write(lambda c: c.execute("PRAGMA max_page_count = 1073741823")).result(T)
    assert rec.flush() == 3000
    wait(store)
    assert not rec.failed and len(store.samples_for("r1")) == 3000 and rec.pending_rows == 0


def test_the_backlog_gives_up_the_oldest_rows_when_the_store_cannot_write(
    store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.services.records.samples as samples

    monkeypatch.setattr(samples, "MAX_BACKLOG_ROWS", 100)
    store.close()  # every write fails from now on
    rec = SampleRecorder(store)
    for batch in range(5):
        for i in range(50):
            rec.observe("r1", batch * 10 + i * 0.1, [("a", float(batch * 100 + i), "live")])
        rec.flush()
    assert rec.failed and rec.pending_rows <= 100 and rec.dropped == 150
