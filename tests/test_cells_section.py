"""The instructor's Cells screen on a real secured simulator: checking a cell shows what it offers and
its certificate, trusting it from the screen lets the kiosk connect, and a new address lands in site.toml
(or, when refused, the problem is shown and nothing is written)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig
from kiosk.services.opcua_worker import CellWorker, LinkSettings
from kiosk.services.pki import Pki, fingerprint
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_override import read_site_override
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.instructor.cells_section import CellsSection, grouped_fingerprint
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.lab_runner import CellLink
from kiosk.viewmodels.live_cell import LiveCellModel


@pytest.fixture(scope="module")
def secure_sim() -> Iterator[SimulatorThread]:
    s = SimulatorThread(host="127.0.0.1", port=0, seed=9, secure=True)
    s.start()
    yield s
    s.stop()


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2)
    yield pool
    pool.shutdown(wait=True)


class Setup:
    def __init__(self, qtbot: QtBot, sim: SimulatorThread, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
        self.pki = Pki(tmp_path / "pki")
        self.site_toml = tmp_path / "config" / "site.toml"
        demo = load_site_profile("drachten").profile.cells[0]
        self.cell: CellConfig = replace(demo.with_endpoint(sim.endpoint), security="sign-encrypt")
        self.worker = CellWorker(self.cell, SampleBuffer(), LinkSettings(reconnect_max_delay_s=0.3), pki=self.pki)
        self.live = LiveCellModel(self.cell, self.worker.buffer)
        self.audit: list[tuple[str, dict[str, Any]]] = []
        jobs = BackgroundJobs(executor)
        self.section = CellsSection(
            {"demo": CellLink(self.live, self.worker)},
            jobs,
            self.pki,
            "drachten",
            self.site_toml,
            lambda action, detail: self.audit.append((action, dict(detail))),
            language=lambda: "en",
        )
        jobs.setParent(self.section)
        qtbot.addWidget(self.section)
        self.card = self.section.cards["demo"]
        self.worker.start()
        self.live.start()

    def close(self) -> None:
        self.live.stop()
        self.worker.stop()


@pytest.fixture
def setup(qtbot: QtBot, secure_sim: SimulatorThread, tmp_path: Path, executor: ThreadPoolExecutor) -> Iterator[Setup]:
    s = Setup(qtbot, secure_sim, tmp_path, executor)
    yield s
    s.close()


def test_check_shows_offers_and_certificate_and_trust_connects(
    qtbot: QtBot, setup: Setup, secure_sim: SimulatorThread
) -> None:
    section, card = setup.section, setup.card
    section.activate()
    qtbot.waitUntil(lambda: setup.pki.own_cert_path.name in section.own_label.text(), timeout=10_000)
    own = fingerprint(setup.pki.own_cert_path.read_bytes())
    assert grouped_fingerprint(own) in section.own_label.text()
    assert card.name_label.text() == "Demo cell: sorting line and process unit (demo)"
    assert card.endpoint_label.text() == f"Address: {secure_sim.endpoint}"
    assert card.security_label.text() == "Security: Basic256Sha256 Sign & Encrypt"
    qtbot.waitUntil(
        lambda: card.state_label.text() == "Connection: the cell's certificate is not trusted yet", timeout=10_000
    )

    card.check_button.click()
    qtbot.waitUntil(lambda: card.offers_label.isVisibleTo(section), timeout=10_000)
    assert card.offers_label.text() == "This cell offers: None; Basic256Sha256 Sign; Basic256Sha256 Sign & Encrypt"
    fp = fingerprint(secure_sim.certificate_der)
    shown = card.cert_label.text()
    assert "Certificate: Skills Lab demo cell, O=Skills Lab" in shown
    assert grouped_fingerprint(fp) in shown and len(grouped_fingerprint(fp).splitlines()) == 4
    assert "Not trusted by this kiosk" in shown
    assert card.trust_button.isVisibleTo(section) and not card.untrust_button.isVisibleTo(section)

    card.trust_button.click()
    assert card.confirm_label.isVisibleTo(section)
    assert card.confirm_label.text().startswith("Trust the certificate with fingerprint")
    assert "Only if it matches what the cell's display shows." in card.confirm_label.text()
    assert not setup.pki.is_trusted(secure_sim.certificate_der)  # nothing before the confirmation
    card.confirm_yes.click()
    qtbot.waitUntil(lambda: card.message.text().startswith("Trusted."), timeout=10_000)
    assert setup.pki.is_trusted(secure_sim.certificate_der)
    assert not card.confirm_label.isVisibleTo(section)
    assert "Trusted by this kiosk" in card.cert_label.text() and card.untrust_button.isVisibleTo(section)
    qtbot.waitUntil(lambda: card.state_label.text() == "Connection: connected", timeout=10_000)

    card.untrust_button.click()
    qtbot.waitUntil(lambda: card.message.text().startswith("No longer trusted."), timeout=10_000)
    assert not setup.pki.is_trusted(secure_sim.certificate_der)
    assert setup.audit == [
        ("trust-certificate", {"cell": "demo", "fingerprint": fp}),
        ("untrust-certificate", {"cell": "demo", "fingerprint": fp}),
    ]


def test_address_change_is_written_to_site_toml(qtbot: QtBot, setup: Setup) -> None:
    card = setup.card
    card.address_edit.setText("opc.tcp://192.168.10.20:4840")
    card.security_box.setCurrentIndex(card.security_box.findData("sign"))
    card.save_button.click()
    qtbot.waitUntil(lambda: card.message.property("kind") == "ok", timeout=10_000)
    assert card.message.text() == "Saved. It takes effect when the kiosk restarts."
    assert read_site_override(setup.site_toml)["cells"] == [
        {"name": "demo", "endpoint": "opc.tcp://192.168.10.20:4840", "security": "sign"}
    ]
    profile = load_site_profile("drachten", override_file=setup.site_toml).profile
    assert (profile.cells[0].endpoint, profile.cells[0].security) == ("opc.tcp://192.168.10.20:4840", "sign")
    assert setup.worker.endpoint == setup.cell.endpoint  # the running link is not swapped
    assert setup.audit == [
        ("change-cell-address", {"cell": "demo", "endpoint": "opc.tcp://192.168.10.20:4840", "security": "sign"})
    ]


def test_a_bad_address_shows_the_problem_and_writes_nothing(qtbot: QtBot, setup: Setup) -> None:
    card = setup.card
    card.address_edit.setText("http://192.168.10.20")
    card.save_button.click()
    qtbot.waitUntil(lambda: card.message.property("kind") == "error", timeout=10_000)
    text = card.message.text()
    assert text.startswith("Not saved:") and "endpoint" in text and str(setup.site_toml) in text
    assert not setup.site_toml.exists()
    assert setup.audit == []
    assert card.save_button.isEnabled()


def test_a_cell_that_does_not_answer_is_told(qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    QApplication.processEvents()
    demo = load_site_profile("drachten").profile.cells[0].with_endpoint("opc.tcp://127.0.0.1:9")
    worker = CellWorker(demo, SampleBuffer())
    live = LiveCellModel(demo, worker.buffer)
    jobs = BackgroundJobs(executor)
    section = CellsSection(
        {"demo": CellLink(live, worker)}, jobs, Pki(tmp_path), "drachten", tmp_path / "site.toml", lambda a, d: None
    )
    jobs.setParent(section)
    qtbot.addWidget(section)
    start = time.monotonic()
    section.cards["demo"].check_button.click()
    qtbot.waitUntil(lambda: section.cards["demo"].message.property("kind") == "error", timeout=10_000)
    assert section.cards["demo"].message.text().startswith("The cell did not answer: opc.tcp://127.0.0.1:9")
    assert time.monotonic() - start < 8
