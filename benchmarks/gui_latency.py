"""GUI responsiveness under live data, and time to the first live value.

Starts the simulated demo cell with 100 extra signals changing at 10 Hz (plus the demo cell's own
tags), the OPC UA worker, the live-cell view model and the full dashboard, offscreen. Measures:

- first_live_s: from showing the window to the first LIVE value on a tile (target < 3 s);
- lateness of a 16 ms QTimer over the run: p50 / p99 / max (target: p99 < 34 ms, two frames);
- notifications received per second (should be about 100 x 10 + the demo tags).

Prints the figures and exits 1 when a target is missed.
Usage: python benchmarks/gui_latency.py [--seconds 20] [--signals 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import EMBEDDED, CellConfig, Theme
from kiosk.core.tags import Quality, TagSpec
from kiosk.core.text import LocalText
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.dashboard import DashboardScreen
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

FIRST_LIVE_TARGET_S = 3.0
P99_TARGET_MS = 34.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--signals", type=int, default=100)
    args = ap.parse_args()

    app = QApplication(sys.argv[:1])
    # As in the app: the simulator is started by the worker after the window shows.
    sim = SimulatorThread(port=0, seed=1, bench_signals=args.signals)
    demo = load_site_profile("drachten").profile.cells[0]
    extra = tuple(
        TagSpec(f"sig{i:03d}", f"ns=2;s=Simulation.Bench.Sig{i:03d}", LocalText.of(f"Signal {i}"), lo=-2, hi=2)
        for i in range(args.signals)
    )
    cell = CellConfig(demo.name, demo.label, EMBEDDED, demo.tags + extra)
    buffer = SampleBuffer()
    worker = CellWorker(cell, buffer, endpoint_provider=sim.start)
    model = LiveCellModel(cell, buffer)
    screen = DashboardScreen(model, LanguageModel({}, "nl"), Theme())
    screen.resize(1920, 1000)

    received = 0
    original_drain = buffer.drain

    def counting_drain():  # type: ignore[no-untyped-def]
        nonlocal received
        d = original_drain()
        received += len(d.samples)
        return d

    buffer.drain = counting_drain  # type: ignore[method-assign]

    shown_at = time.monotonic()
    screen.show()
    worker.start()
    model.start()
    first_live: list[float] = []
    lateness_ms: list[float] = []
    last = [0.0]
    measure_from = [0.0]
    tile = screen.tiles["speed_actual"]

    def on_probe() -> None:
        now = time.monotonic()
        if not first_live and tile.mark.quality is Quality.LIVE:
            first_live.append(now - shown_at)
            measure_from[0] = now + 1.0  # let the initial burst settle
        if first_live and now >= measure_from[0] and last[0]:
            lateness_ms.append(max(0.0, (now - last[0]) * 1000 - 16))
        last[0] = now

    probe = QTimer()
    probe.setInterval(16)
    probe.timeout.connect(on_probe)
    probe.start()
    count_from = [0, 0.0]

    def start_count() -> None:
        count_from[0], count_from[1] = received, time.monotonic()

    QTimer.singleShot(int(FIRST_LIVE_TARGET_S * 1000 + 2000), start_count)
    QTimer.singleShot(int((args.seconds + 5) * 1000), app.quit)
    app.exec()
    rate = (received - count_from[0]) / max(1e-9, time.monotonic() - count_from[1])
    model.stop()
    worker.stop()
    sim.stop()

    ok = True
    if not first_live:
        print("first_live_s: never")
        return 1
    p = sorted(lateness_ms)
    if len(p) < 100:
        print(f"too few timer samples ({len(p)}): the first live value came too late to measure")
        return 1
    p50 = statistics.median(p)
    p99 = p[min(len(p) - 1, int(len(p) * 0.99))]
    print(f"signals: {args.signals} x 10 Hz + {len(demo.tags)} demo tags; run {args.seconds:.0f} s")
    print(f"first_live_s: {first_live[0]:.2f} (target < {FIRST_LIVE_TARGET_S})")
    print(f"timer_lateness_ms: p50 {p50:.1f}  p99 {p99:.1f}  max {p[-1]:.1f} (target p99 < {P99_TARGET_MS})")
    print(f"notifications_per_s: {rate:.0f}; dropped: {model.dropped_total}")
    if first_live[0] >= FIRST_LIVE_TARGET_S:
        print("MISSED: first live value too late")
        ok = False
    if p99 >= P99_TARGET_MS:
        print("MISSED: GUI timer late")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
