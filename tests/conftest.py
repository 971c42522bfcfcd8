"""Shared fixtures. Qt runs offscreen; tests that need a cell start a real simulator on a free port."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from kiosk.core.site import CellConfig
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile

# Before any test imports Qt (none of the imports above does).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture
def sim() -> Iterator[SimulatorThread]:
    """A real simulated demo cell (asyncua server) on a free loopback port, seed 7, at rest."""
    s = SimulatorThread(host="127.0.0.1", port=0, seed=7)
    s.start()
    yield s
    s.stop()


@pytest.fixture
def cell(sim: SimulatorThread) -> CellConfig:
    """The shipped demo cell's tag map and methods, pointed at `sim`."""
    demo = load_site_profile("drachten").profile.cells[0]
    return demo.with_endpoint(sim.endpoint)
