"""PrivacySection on a real records store (offscreen): the preview in words, purging only after the
inline confirmation, cancelling, and saving the retention period (audited)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from records_helpers import SAFETY, SPEED, T, ended, record

from kiosk.services.records import RecordStore
from kiosk.services.records.privacy import retention_months
from kiosk.ui.instructor.privacy_section import PrivacySection
from kiosk.viewmodels.background import BackgroundJobs

NOW = datetime.now(UTC)
OLD = NOW - timedelta(days=400)  # about 13 months ago: goes with the default 12 months
RECENT = NOW - timedelta(days=300)  # about 10 months ago: stays

WAIT_MS = 5000


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    pool = ThreadPoolExecutor(max_workers=2)
    background = BackgroundJobs(pool)
    yield background
    background.close()
    pool.shutdown(wait=True)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    """T-OLD's attempt ended 13 months ago; T-NEW's 10 months ago."""
    s = RecordStore(tmp_path / "records.sqlite")
    s.add_trainee("T-OLD", "Olga Oud", created_at=OLD.isoformat()).result(T)
    record(s, "T-OLD", SPEED, OLD, ended(OLD, "passed", 8.0))
    record(s, "T-NEW", SAFETY, RECENT, ended(RECENT, "failed", 3.0))
    yield s
    s.close()


def shown(qtbot: QtBot, store: RecordStore | None, jobs: BackgroundJobs) -> PrivacySection:
    section = PrivacySection(store, jobs, "instructor")
    qtbot.addWidget(section)
    section.show()
    section.activate()
    return section


def attempts(store: RecordStore) -> int:
    with store.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])


def test_the_preview_says_what_would_go(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, store, jobs)
    qtbot.waitUntil(lambda: "Attempts that ended before" in section.preview.text(), timeout=WAIT_MS)
    text = section.preview.text()
    assert ": 1\n" in text  # one attempt
    assert "Their statements: 2" in text
    assert "Trainees left without attempts (with their names): 1" in text
    assert section.months_label.text() == "12 months"
    assert section.last_purge_label.text() == "No purge has run yet."
    assert section.purge_button.isEnabled()
    assert not section.save_button.isEnabled()  # nothing changed yet


def test_purge_only_after_the_confirmation(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, store, jobs)
    qtbot.waitUntil(section.purge_button.isEnabled, timeout=WAIT_MS)
    section.purge_button.click()
    assert section.confirm.isVisible()
    assert attempts(store) == 2  # asking removes nothing
    section.confirm.yes_button.click()
    qtbot.waitUntil(lambda: "Purged" in section.message.text(), timeout=WAIT_MS)
    assert section.message.text() == "Purged. Attempts removed: 1. Trainees removed: 1."
    assert attempts(store) == 1
    assert [t.code for t in store.list_trainees()] == ["T-NEW"]
    last = store.audit_entries()[-1]
    assert (last.actor, last.action) == ("instructor", "purge")
    qtbot.waitUntil(lambda: section.last_purge_label.text().startswith("Last purge: "), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: section.preview.text().startswith("Nothing"), timeout=WAIT_MS)
    assert not section.purge_button.isEnabled()


def test_cancel_removes_nothing(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, store, jobs)
    qtbot.waitUntil(section.purge_button.isEnabled, timeout=WAIT_MS)
    section.purge_button.click()
    section.confirm.no_button.click()
    assert not section.confirm.isVisible()
    assert section.message.text() == "Nothing was removed."
    assert not jobs.busy  # no purge was sent
    store.barrier().result(10)  # and nothing else is queued that could still remove something
    assert attempts(store) == 2
    assert all(e.action != "purge" for e in store.audit_entries())


def test_the_retention_period_is_saved_and_audited(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, store, jobs)
    qtbot.waitUntil(section.plus_button.isEnabled, timeout=WAIT_MS)
    for _ in range(4):
        section.plus_button.click()
    section.minus_button.click()
    assert section.months_label.text() == "15 months"
    assert section.save_button.isEnabled()
    section.save_button.click()
    qtbot.waitUntil(lambda: section.message.text() == "Saved: the records are kept 15 months.", timeout=WAIT_MS)
    assert retention_months(store) == 15
    last = store.audit_entries()[-1]
    assert (last.actor, last.action) == ("instructor", "setting")
    assert json.loads(last.detail) == {"key": "retention.months", "value": 15}
    qtbot.waitUntil(lambda: not section.save_button.isEnabled(), timeout=WAIT_MS)
    # Counted again for the saved period: 15 months keeps the 400-day-old attempt.
    qtbot.waitUntil(lambda: section.preview.text().startswith("Nothing"), timeout=WAIT_MS)
    assert not section.purge_button.isEnabled()


def test_the_period_stays_within_one_to_120_months(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, store, jobs)
    qtbot.waitUntil(section.minus_button.isEnabled, timeout=WAIT_MS)
    for _ in range(11):
        section.minus_button.click()
    assert section.months_label.text() == "1 month"
    assert not section.minus_button.isEnabled()


def test_without_a_store_it_says_the_records_are_not_available(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    section = shown(qtbot, None, jobs)
    assert section.unavailable.isVisible()
    assert "not available" in section.unavailable.text()
    assert not section.purge_button.isVisible() and not section.save_button.isVisible()
    assert section.section_title() == "Privacy"
