"""Fault injection from the instructor screen, on a real simulated cell: the cause reaches the cell, the
screen shows the cell's own word for it, removing and resetting work, and every action is audited."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest
from live_helpers import module_cell_fixtures
from pytestqt.qtbot import QtBot

from kiosk.core.site import CellConfig
from kiosk.ui.instructor.faults_section import DEMO_CELL_FAULTS, FaultsSection
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.lab_runner import CellLink

sim, cell, worker, live = module_cell_fixtures(23)


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2)
    yield pool
    pool.shutdown(wait=True)


def test_known_faults_are_the_simulators() -> None:
    from kiosk.services.simulator.model import KNOWN_FAULTS

    assert DEMO_CELL_FAULTS == KNOWN_FAULTS


def test_cause_remove_and_reset_on_the_cell(qtbot: QtBot, live: Any, worker: Any, executor: ThreadPoolExecutor) -> None:
    audit: list[tuple[str, Mapping[str, Any]]] = []
    jobs = BackgroundJobs(executor)
    section = FaultsSection({"demo": CellLink(live, worker)}, jobs, lambda a, d: audit.append((a, dict(d))))
    qtbot.addWidget(section)
    jobs.setParent(section)
    section.activate()
    assert not section.cell_box.isVisibleTo(section)  # one cell: no choice to make
    qtbot.waitUntil(lambda: "Causes now: none" in section.active_label.text(), timeout=10_000)

    section.fault_buttons["SENSOR_STUCK"].click()
    qtbot.waitUntil(lambda: "Caused: Colour sensor stuck." in section.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: section.active_label.text() == "Causes now: Colour sensor stuck", timeout=10_000)
    assert section.fault_buttons["SENSOR_STUCK"].property("active") is True
    assert section.fault_buttons["JAM"].property("active") is False

    section.clear_button.click()
    qtbot.waitUntil(lambda: "Every cause removed" in section.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Causes now: none" in section.active_label.text(), timeout=10_000)
    section.reset_button.click()
    qtbot.waitUntil(lambda: "The cell was reset." in section.message.text(), timeout=10_000)
    assert audit == [
        ("inject-fault", {"cell": "demo", "fault": "SENSOR_STUCK"}),
        ("clear-faults", {"cell": "demo"}),
        ("reset-cell", {"cell": "demo"}),
    ]


def test_a_refused_command_is_told(qtbot: QtBot, live: Any, worker: Any, executor: ThreadPoolExecutor) -> None:
    jobs = BackgroundJobs(executor)
    section = FaultsSection({"demo": CellLink(live, worker)}, jobs, lambda a, d: None)
    qtbot.addWidget(section)
    jobs.setParent(section)
    section.inject("NOT_A_FAULT")
    qtbot.waitUntil(lambda: "The cell did not do it" in section.message.text(), timeout=10_000)
    assert section.message.property("kind") == "error"


def test_a_cell_without_fault_injection_offers_nothing(
    qtbot: QtBot, live: Any, worker: Any, cell: CellConfig, executor: ThreadPoolExecutor
) -> None:
    class NoFaults:
        """The live model of a cell whose method table has no inject_fault (a real cell's PLC)."""

        def __init__(self) -> None:
            self.cell = replace(cell, methods=tuple(m for m in cell.methods if m.alias != "inject_fault"))
            self.snapshot = live.snapshot
            self.values_changed = live.values_changed

    section = FaultsSection({"real": CellLink(NoFaults(), worker)}, BackgroundJobs(executor), lambda a, d: None)  # type: ignore[arg-type]
    qtbot.addWidget(section)
    assert "No cell of this site allows faults" in section.text.text()
    assert not any(b.isEnabled() for b in section.fault_buttons.values())
