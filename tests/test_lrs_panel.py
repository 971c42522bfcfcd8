"""The LRS part of the instructor's settings: set up, password kept when left empty, switched off, the
status in words, and the password never in the audit log (a real records store; no LRS needed)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.records import RecordStore
from kiosk.services.records.lrs import LrsForwarder, load_lrs_settings
from kiosk.ui.instructor.lrs_panel import LrsPanel
from kiosk.viewmodels.background import BackgroundJobs


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "records.sqlite") as s:
        yield s


@pytest.fixture
def panel(qtbot: QtBot, store: RecordStore) -> Iterator[LrsPanel]:
    pool = ThreadPoolExecutor(max_workers=2)
    jobs = BackgroundJobs(pool)
    widget = LrsPanel(store, LrsForwarder(store), jobs)  # not started: nothing is sent
    qtbot.addWidget(widget)
    jobs.setParent(widget)
    widget.load()
    yield widget
    widget.stop()
    pool.shutdown(wait=True)


def test_set_up_keep_the_password_switch_off(qtbot: QtBot, panel: LrsPanel, store: RecordStore) -> None:
    assert "No LRS is set up" in panel.status_label.text()
    panel.endpoint.setText("https://lrs.example.org/xapi/")
    panel.user.setText("kiosk-drachten")
    panel.password.setText("s3cret-pw")
    panel.save_button.click()
    qtbot.waitUntil(lambda: "Saved." in panel.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Forwarding is on." in panel.status_label.text(), timeout=5000)
    assert "Waiting to be sent: 0" in panel.status_label.text()
    settings = load_lrs_settings(store)
    assert settings is not None and settings.endpoint == "https://lrs.example.org/xapi"
    assert panel.password.text() == "" and "unchanged" in panel.password.placeholderText()

    panel.user.setText("kiosk-2")  # the password field stays empty: the saved one is kept
    panel.save_button.click()
    qtbot.waitUntil(lambda: load_lrs_settings(store).username == "kiosk-2", timeout=5000)  # type: ignore[union-attr]
    assert load_lrs_settings(store).password == "s3cret-pw"  # type: ignore[union-attr]

    panel.off_button.click()
    qtbot.waitUntil(lambda: "Forwarding is off." in panel.status_label.text(), timeout=5000)
    assert all("s3cret-pw" not in e.detail for e in store.audit_entries())
    assert store.verify_audit_chain() is None


def test_a_bad_address_is_refused_in_words(qtbot: QtBot, panel: LrsPanel, store: RecordStore) -> None:
    panel.endpoint.setText("ftp://lrs")
    panel.user.setText("u")
    panel.password.setText("p")
    panel.save_button.click()
    qtbot.waitUntil(lambda: "Not saved" in panel.message.text(), timeout=5000)
    assert "http:// or https://" in panel.message.text()
    assert load_lrs_settings(store) is None
