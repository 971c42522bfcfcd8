"""Guard against the PySide6 crash in ../shared/MEASURED.md.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method that returns
nothing; the interpreter then aborts with "Fatal Python error: none_dealloc" seconds into live
plotting. pyproject.toml keeps 3.11 below 6.12. These tests run the triggering workloads in a child
process, so a regression shows as a failed test, not as a crashed test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

VOID_CALLS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, QTimer
    o, t = QObject(), QTimer()
    before = sys.getrefcount(None)
    for i in range(1_000_000):
        o.setObjectName("x")
        t.setInterval(16)
    lost = before - sys.getrefcount(None)
    print(lost)
    sys.exit(1 if lost > 10_000 else 0)
    """
)

LIVE_PLOT = textwrap.dedent(
    """
    import os, sys, time
    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg
    app = QApplication([])
    w = pg.PlotWidget(); w.resize(800, 400); w.show()
    curve = w.plot(pen="y")
    w.getPlotItem().setClipToView(True)
    w.getPlotItem().setDownsampling(auto=True, mode="peak")
    x = np.arange(5000, dtype=float)
    frames = 0
    end = time.monotonic() + float(sys.argv[1])
    def tick():
        global frames
        frames += 1
        curve.setData(x, np.sin(x / 50 + frames / 10))
        w.setXRange(0, 5000, padding=0)
        if time.monotonic() > end:
            print(frames); app.quit()
    timer = QTimer(); timer.setInterval(16); timer.timeout.connect(tick); timer.start()
    app.exec()
    """
)


def _run(code: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_a_million_void_calls_lose_no_reference_to_none() -> None:
    result = _run(VOID_CALLS, timeout=120)
    assert result.returncode == 0, f"None references lost: {result.stdout} {result.stderr[-2000:]}"


@pytest.mark.slow
def test_a_plot_updating_for_a_minute_does_not_abort() -> None:
    result = _run(LIVE_PLOT, "60", timeout=150)
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) > 600  # it really drew, ~10+ frames a second at least
