"""End to end with real parts: the simulated demo cell on a free loopback port, the OPC UA worker on
its own thread, the view model and the dashboard widgets (offscreen)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from live_helpers import wait_snapshot
from pytestqt.qtbot import QtBot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality
from kiosk.services.opcua_worker import CellWorker, CommandRefused
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile


@pytest.fixture
def worker(cell: CellConfig) -> Iterator[CellWorker]:
    w = CellWorker(cell, SampleBuffer())
    w.start()
    yield w
    w.stop()


def test_every_tag_arrives_live(worker: CellWorker, cell: CellConfig) -> None:
    snap = Snapshot(cell.tags)
    wait_snapshot(worker, snap, lambda s: all(v.quality is Quality.LIVE for _, v in s.items()))
    assert snap.connection is ConnectionState.CONNECTED
    assert snap.get("mode").value in ("MANUAL", "AUTO")
    assert isinstance(snap.get("running").value, bool)


def test_method_call_and_writes_reach_the_cell(worker: CellWorker, cell: CellConfig) -> None:
    snap = Snapshot(cell.tags)
    wait_snapshot(worker, snap, lambda s: s.connection is ConnectionState.CONNECTED)
    worker.write("mode", "AUTO").result(5)
    worker.write("speed_setpoint", 200.0).result(5)
    worker.call_method("ns=2;s=Sorting", "ns=2;s=Sorting.Start").result(5)
    wait_snapshot(
        worker,
        snap,
        lambda s: (
            s.live_value("running") is True
            and (s.live_value("speed_actual") or 0) > 50
            and s.live_value("speed_setpoint") == 200.0
        ),
    )


def test_bad_writes_are_refused_before_sending(worker: CellWorker, cell: CellConfig) -> None:
    snap = Snapshot(cell.tags)
    wait_snapshot(worker, snap, lambda s: s.connection is ConnectionState.CONNECTED)
    for alias, value, words in [
        ("speed_setpoint", 999.0, "between"),
        ("speed_setpoint", "fast", "number"),
        ("running", True, "not writable"),
        ("mode", "TURBO", "one of"),
        ("nope", 1, "unknown tag"),
    ]:
        with pytest.raises(CommandRefused, match=words):
            worker.write(alias, value).result(5)


def test_unreachable_cell_reports_reconnecting_with_the_reason() -> None:
    demo = load_site_profile("drachten").profile.cells[0].with_endpoint("opc.tcp://127.0.0.1:9/nothing")
    w = CellWorker(demo, SampleBuffer())
    w.start()
    try:
        end = time.monotonic() + 5
        d = w.buffer.drain()
        while d.connection is not ConnectionState.RECONNECTING and time.monotonic() < end:
            time.sleep(0.05)
            d = w.buffer.drain()
        assert d.connection is ConnectionState.RECONNECTING
        assert d.error
        with pytest.raises(CommandRefused, match="not connected"):
            w.write("speed_setpoint", 100.0).result(5)
    finally:
        w.stop()
    assert w.buffer.drain().connection is ConnectionState.DISCONNECTED


def test_dashboard_shows_values_banner_on_loss_and_recovers(
    qtbot: QtBot, sim: SimulatorThread, worker: CellWorker, cell: CellConfig
) -> None:
    from kiosk.core.site import Theme
    from kiosk.ui.dashboard import DashboardScreen
    from kiosk.viewmodels.language import LanguageModel
    from kiosk.viewmodels.live_cell import LiveCellModel

    language = LanguageModel({}, "en")
    model = LiveCellModel(cell, worker.buffer)
    screen = DashboardScreen(model, language, Theme())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    model.start()

    tile = screen.tiles["speed_actual"]
    qtbot.waitUntil(lambda: tile.mark.quality is Quality.LIVE and tile.value_text() != "–", timeout=5000)
    qtbot.waitUntil(lambda: screen.banner.isHidden(), timeout=2000)
    spec = cell.tag("speed_actual")
    assert spec is not None and tile.label_text() == spec.label.get("en")
    assert screen.machine.state_text() not in ("", "–")

    started = time.monotonic()
    sim.stop()
    qtbot.waitUntil(
        lambda: screen.banner.isVisible() and all(t.mark.quality is Quality.STALE for t in screen.tiles.values()),
        timeout=2000,
    )
    assert time.monotonic() - started < 2.0
    assert "not current" in screen.banner.message()
    assert tile.value_text() != "–"  # the last value stays, marked stale

    restarted = time.monotonic()
    sim.start()
    qtbot.waitUntil(
        lambda: screen.banner.isHidden() and all(t.mark.quality is Quality.LIVE for t in screen.tiles.values()),
        timeout=8000,
    )
    # Live again because the cell sent them again, not because old numbers were revived.
    for alias in screen.tiles:
        received = model.snapshot.get(alias).received_ts
        assert received is not None and received > restarted, alias
    model.stop()


def test_values_the_cell_does_not_resend_come_back_live_after_a_reconnect(worker: CellWorker, cell: CellConfig) -> None:
    """asyncua can keep the server's subscription across a reconnect; then a constant value (the mode)
    is never sent again. The worker re-reads every tag when the link comes back, so it is live again."""
    from asyncua.client.ua_client import UaClientState

    snap = Snapshot(cell.tags)
    wait_snapshot(worker, snap, lambda s: all(v.quality is Quality.LIVE for _, v in s.items()))
    client = worker._client
    assert client is not None
    # The link blips: the client says it is reconnecting for a moment, the session and subscription survive.
    client.uaclient._state = UaClientState.RECONNECTING
    wait_snapshot(worker, snap, lambda s: s.get("mode").quality is not Quality.LIVE)
    client.uaclient._state = UaClientState.CONNECTED
    wait_snapshot(worker, snap, lambda s: s.get("mode").quality is Quality.LIVE, timeout=5.0)
    assert snap.get("mode").value == "AUTO"
