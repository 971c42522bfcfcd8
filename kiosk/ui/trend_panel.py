"""Live trends: one small plot per trended tag, fed from the view model's numpy ring buffers."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.site import Theme
from kiosk.core.tags import TagSpec
from kiosk.viewmodels.live_cell import LiveCellModel

VISIBLE_S = 120.0


PLOT_MIN_W, PLOT_MIN_H = 120, 80
"""The smallest a plot may be squeezed to (px)."""


class SecondsAgoAxis(pg.AxisItem):
    """A time axis from -VISIBLE_S to 0, labelled "-90 s" ... "0 s"."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{round(v):d} s" for v in values]


class TrendPlot(QFrame):
    """One signal over the last VISIBLE_S seconds, with a fixed y range from the tag map.

    Tuned as measured (../shared/MEASURED.md): fixed ranges, clipToView, peak downsampling,
    antialiasing off. The x axis stays fixed at [-VISIBLE_S, 0] and the data are shifted instead:
    moving the range re-lays out and repaints axes and grid, which cost 36 ms for six plots at
    1920x1000 against 9 ms for shifted data (benchmarks/gui_latency.py). Gaps (NaN) where the value
    was not live.
    """

    def __init__(self, spec: TagSpec, theme: Theme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("Panel")
        self._title = QLabel(self)
        self._title.setObjectName("PanelTitle")
        self.time_axis = SecondsAgoAxis()
        self.plot = pg.PlotWidget(background=theme.surface, axisItems={"bottom": self.time_axis})
        # A plot never scrolls (its scroll bars are off), but its size hint still counts the touch-sized
        # scroll bars of the style sheet: without this floor the dashboard could not fit 800 px.
        self.plot.setMinimumSize(PLOT_MIN_W, PLOT_MIN_H)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        item = self.plot.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.muted))
        lo = spec.lo if spec.lo is not None else 0.0
        hi = spec.hi if spec.hi is not None else 100.0
        self.plot.setYRange(lo, hi, padding=0.05)
        self.plot.setXRange(-VISIBLE_S, 0, padding=0)
        self.curve = self.plot.plot(pen=pg.mkPen(theme.accent, width=2), connect="finite")
        self.curve.opts["autoDownsampleFactor"] = 1.0  # MEASURED: the default 5 does nothing at 10k points
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self._title)
        lay.addWidget(self.plot, 1)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        unit = f" ({self.spec.unit})" if self.spec.unit else ""
        self._title.setText(self.spec.label.get(language) + unit)

    def title_text(self) -> str:
        return self._title.text()

    def show_series(self, t: np.ndarray, y: np.ndarray, now: float) -> None:
        self.curve.setData(t - now, y, connect="finite")


class TrendPanel(QWidget):
    """A grid of TrendPlots for the trended tags of the cell (all, or those of `aliases` that are
    trended, in that order), redrawn when trends change."""

    def __init__(
        self,
        model: LiveCellModel,
        theme: Theme,
        language: str,
        columns: int = 3,
        parent: QWidget | None = None,
        aliases: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.plots: dict[str, TrendPlot] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        shown = list(model.trends) if aliases is None else [a for a in aliases if a in model.trends]
        for i, alias in enumerate(shown):
            spec = model.cell.tag(alias)
            assert spec is not None
            plot = TrendPlot(spec, theme, language, self)
            self.plots[alias] = plot
            grid.addWidget(plot, i // columns, i % columns)
        model.trends_changed.connect(self._on_trends_changed)

    def set_language(self, language: str) -> None:
        for plot in self.plots.values():
            plot.set_language(language)

    def _on_trends_changed(self) -> None:
        if not self.isVisible():
            return
        now = self._model.elapsed()
        for alias, plot in self.plots.items():
            t, y = self._model.trends[alias].view()
            plot.show_series(t, y, now)
