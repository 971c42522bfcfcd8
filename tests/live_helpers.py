"""Helpers for tests that talk to a real simulated cell (imported by name: pytest puts tests/ on the path)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from kiosk.core.snapshot import Snapshot
from kiosk.services.opcua_worker import CellWorker


def wait_snapshot(worker: CellWorker, snap: Snapshot, done: Callable[[Snapshot], bool], timeout: float = 10.0) -> None:
    """Drain the worker's buffer into `snap` (as the GUI's timer does) until `done(snap)` holds;
    AssertionError after `timeout` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        snap.absorb(worker.buffer.drain(), time.monotonic())
        if done(snap):
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out; connection={snap.connection}, values={dict(snap.items())}")


def module_cell_fixtures(seed: int) -> tuple[Any, Any, Any, Any]:
    """Module-scoped fixtures `sim`, `cell`, `worker`, `live` for screen tests: a real simulator with
    `seed`, the shipped demo cell's map pointed at it, its OPC UA worker, and one LiveCellModel that has
    every value live (a subscription sends a value only when it changes, so a fresh model would never
    see the tags that stand still). Use: `sim, cell, worker, live = module_cell_fixtures(11)`."""
    import pytest
    from PySide6.QtWidgets import QApplication

    from kiosk.core.sample_buffer import SampleBuffer
    from kiosk.core.site import CellConfig, Theme
    from kiosk.core.tags import Quality
    from kiosk.services.simulator.server import SimulatorThread
    from kiosk.services.site_profiles import load_site_profile
    from kiosk.ui.theme import stylesheet
    from kiosk.viewmodels.live_cell import LiveCellModel

    @pytest.fixture(scope="module")
    def sim() -> Iterator[SimulatorThread]:
        s = SimulatorThread(host="127.0.0.1", port=0, seed=seed)
        s.start()
        yield s
        s.stop()

    @pytest.fixture(scope="module")
    def cell(sim: SimulatorThread) -> CellConfig:
        return load_site_profile("drachten").profile.cells[0].with_endpoint(sim.endpoint)

    @pytest.fixture(scope="module")
    def worker(cell: CellConfig) -> Iterator[CellWorker]:
        w = CellWorker(cell, SampleBuffer())
        w.start()
        yield w
        w.stop()

    @pytest.fixture(scope="module")
    def live(qapp: QApplication, cell: CellConfig, worker: CellWorker) -> Iterator[LiveCellModel]:
        qapp.setStyleSheet(stylesheet(Theme()))
        model = LiveCellModel(cell, worker.buffer)
        model.start()
        end = time.monotonic() + 15
        while time.monotonic() < end and any(v.quality is not Quality.LIVE for _, v in model.snapshot.items()):
            qapp.processEvents()
            time.sleep(0.02)
        assert all(v.quality is Quality.LIVE for _, v in model.snapshot.items()), "the cell's values did not arrive"
        yield model
        model.stop()

    return sim, cell, worker, live
