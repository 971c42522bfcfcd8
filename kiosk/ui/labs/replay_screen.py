"""The debrief replay of one attempt: the recorded trends on one time axis with the steps, hints and
answers marked, and the same events as a list under them (tap a row: a cursor line goes to it).

Layout, top to bottom: a header (Back, module title, trainee, date, duration, outcome and score);
the step strip (numbered, coloured step spans, a row of marker symbols, and the time axis in m:ss
from the attempt's start); one plot per numeric tag and a band per on/off or text tag, all linked to
the strip's time axis, with the step spans shaded alternately and a vertical line per hint, answer,
resume and end; then the event list. Everything comes from an `AttemptReplayModel` (loaded off the
GUI thread); tag labels and units from the cell's tag map, step titles and quiz choices from the
module when the screen has them (`set_sources`), else from the recorded statements.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimeZone, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.contrast import readable_on
from kiosk.core.formatting import format_number
from kiosk.core.labs.module import LabModule, ObservationStep, QuizStep
from kiosk.core.labs.replay import Marker, MarkerKind, Series, SpanStatus, StepSpan, Timeline
from kiosk.core.site import CellConfig, Theme
from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText
from kiosk.ui.labs.style import DIM, labs_stylesheet
from kiosk.ui.labs.words import percent_text, points_text, shorten
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.ui.trend_panel import PLOT_MIN_H, PLOT_MIN_W
from kiosk.viewmodels.attempt_replay import AttemptReplayModel
from kiosk.viewmodels.language import LanguageModel

__all__ = ["ElapsedAxis", "ReplayScreen", "TagPlot", "elapsed_text"]

AXIS_W = 64
"""Width of every plot's left axis, the same for all so their time axes line up."""
NUMBER_PLOT_PX = 100
BAND_PLOT_PX = 40
STRIP_PX = 96
STEP_NAME_CHARS = 48
_NICE_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)
_ON_DARK = "#ffffff"
_ON_LIGHT = "#111111"


def elapsed_text(seconds: float) -> str:
    """Seconds from the start as m:ss (h:mm:ss from an hour), rounded down; negative with a minus."""
    if not math.isfinite(seconds):
        return "–"
    sign = "-" if seconds < -0.5 else ""
    s = math.floor(abs(seconds) + 1e-6) if seconds >= 0 else round(abs(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"


class ElapsedAxis(pg.AxisItem):
    """A time axis in m:ss from the attempt's start, ticks at whole seconds, minutes, ..."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return [(1.0, 0.0)]
        fits = max(2.0, size / 110.0)  # about one label per 110 px
        i = next((k for k, n in enumerate(_NICE_S) if span / n <= fits), len(_NICE_S) - 1)
        major = float(_NICE_S[i])
        minor = float(_NICE_S[i - 1]) if i > 0 else major
        return [(major, 0.0), (minor, 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [elapsed_text(v) for v in values]


def _qcolor(colour: str, alpha: int = 255) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _font(px: int, bold: bool = True) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def _style_plot(widget: pg.PlotWidget, theme: Theme, *, values_on_x: bool) -> None:
    widget.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.hideButtons()
    item = widget.getPlotItem()
    item.setClipToView(True)
    item.setDownsampling(auto=True, mode="peak")
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.muted))
        axis.setTextPen(pg.mkPen(theme.muted))
        axis.setTickFont(_font(15, bold=False))
    item.getAxis("left").setWidth(AXIS_W)
    bottom = item.getAxis("bottom")
    bottom.setStyle(showValues=values_on_x)
    if not values_on_x:
        bottom.setHeight(2)


@dataclass(frozen=True)
class _Row:
    t: float
    step: int | None  # 0-based index
    what: str
    colour: str
    order: int = 1  # at the same moment: a step shown (0) before what happened in it


class TagPlot(QFrame):
    """One tag over the attempt: a curve (numbers) or a band of states (on/off, text)."""

    def __init__(self, alias: str, spec: TagSpec | None, series: Series, theme: Theme, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.alias = alias
        self.spec = spec
        self.series = series
        self._theme = theme
        kind = spec.kind if spec is not None else (TagKind.TEXT if series.is_text else TagKind.NUMBER)
        self.is_band = kind is not TagKind.NUMBER
        self.kind = kind
        self.title = QLabel(self)
        self.title.setObjectName("PanelTitle")
        self.plot = pg.PlotWidget(background=theme.surface, axisItems={"bottom": ElapsedAxis()})
        # A plot never scrolls (its scroll bars are off), but its size hint still counts the touch-sized
        # scroll bars of the style sheet: without this floor the dashboard could not fit 800 px.
        self.plot.setMinimumSize(PLOT_MIN_W, PLOT_MIN_H)
        _style_plot(self.plot, theme, values_on_x=False)
        self.curve: pg.PlotDataItem | None = None
        self.band_labels: list[tuple[pg.TextItem, object]] = []
        self.span_items: list[pg.GraphicsObject] = []
        self.marker_lines: list[tuple[Marker, pg.InfiniteLine]] = []
        self.cursor_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(theme.text, width=2))
        self.cursor_line.setZValue(30)
        self.cursor_line.hide()
        self.plot.addItem(self.cursor_line, ignoreBounds=True)
        if self.is_band:
            self.plot.setFixedHeight(BAND_PLOT_PX)
            self.plot.setYRange(0, 1, padding=0)
            left = self.plot.getPlotItem().getAxis("left")
            left.setStyle(showValues=False, tickLength=0)
            left.setTicks([[], []])
            self._draw_band()
        else:
            self.plot.setMinimumHeight(NUMBER_PLOT_PX - 30)
            self.plot.showGrid(x=True, y=True, alpha=0.15)
            self._draw_curve()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 2, 10, 2 if self.is_band else 4)
        lay.setSpacing(0 if self.is_band else 2)
        lay.addWidget(self.title)
        lay.addWidget(self.plot, 1)

    def _draw_curve(self) -> None:
        s = self.series
        self.curve = self.plot.plot(
            list(s.t), list(s.values), pen=pg.mkPen(self._theme.accent, width=2), connect="finite"
        )
        self.curve.opts["autoDownsampleFactor"] = 1.0
        lo = self.spec.lo if self.spec is not None else None
        hi = self.spec.hi if self.spec is not None else None
        found = s.value_range()
        if found is not None:
            lo = found[0] if lo is None else min(lo, found[0])
            hi = found[1] if hi is None else max(hi, found[1])
        lo = 0.0 if lo is None else lo
        hi = lo + 1.0 if hi is None or hi <= lo else hi
        self.plot.setYRange(lo, hi, padding=0.08)
        for a, b in s.not_live:
            region = pg.LinearRegionItem(
                (a, b), movable=False, brush=_qcolor(self._theme.warning, 40), pen=pg.mkPen(None)
            )
            region.setZValue(-5)
            self.plot.addItem(region, ignoreBounds=True)

    def _draw_band(self) -> None:
        s = self.series
        t = self._theme
        runs: list[tuple[float, float, object]] = []
        for i, when in enumerate(s.t):
            if self.kind is TagKind.TEXT:
                raw: object = s.texts[i]
            else:
                v = s.values[i]
                raw = None if math.isnan(v) else bool(v)
            end = s.t[i + 1] if i + 1 < len(s.t) else when
            if runs and runs[-1][2] == raw and raw is not None:
                runs[-1] = (runs[-1][0], end, raw)
            else:
                runs.append((when, end, raw))
        palette = [t.primary, "#2f5d8a", "#5a4a8a", "#2f7a6a"]
        states: dict[object, str] = {}
        x0, x1, brushes = [], [], []
        for a, b, raw in runs:
            if raw is None or b <= a:
                continue
            if raw is True:
                colour = t.primary
            elif raw is False:
                colour = DIM
            else:
                colour = states.setdefault(raw, palette[len(states) % len(palette)])
            x0.append(a)
            x1.append(b)
            brushes.append(pg.mkBrush(colour))
            label = pg.TextItem("", color=_ON_DARK, anchor=(0, 0.5))
            label.setFont(_font(15, bold=False))
            label.setPos(a, 0.5)
            label.setZValue(5)
            self.plot.addItem(label, ignoreBounds=True)
            self.band_labels.append((label, raw))
        if x0:
            bars = pg.BarGraphItem(x0=x0, x1=x1, y0=[0.1] * len(x0), y1=[0.9] * len(x0), brushes=brushes, pen=None)
            self.plot.addItem(bars)

    def relabel(self, lang: str, words: dict[bool, str], duration: float) -> None:
        spec = self.spec
        unit = f" ({spec.unit})" if spec is not None and spec.unit else ""
        self.title.setText((spec.label.get(lang) if spec is not None else self.alias) + unit)
        for label, raw in self.band_labels:
            if isinstance(raw, bool):
                text = words[raw]
            elif spec is not None and isinstance(raw, str) and raw in spec.states:
                text = spec.states[raw].get(lang)
            else:
                text = str(raw)
            label.setText(" " + text)

    def add_spans(self, spans: Sequence[StepSpan], gaps: Sequence[tuple[float, float]]) -> None:
        t = self._theme
        for k, span in enumerate(spans):
            if k % 2 == 1:
                region = pg.LinearRegionItem(
                    (span.start, span.end), movable=False, brush=_qcolor(t.text, 18), pen=pg.mkPen(None)
                )
                region.setZValue(-10)
                self.plot.addItem(region, ignoreBounds=True)
                self.span_items.append(region)
            edge = pg.InfiniteLine(
                span.start, angle=90, movable=False, pen=pg.mkPen(t.muted, width=1, style=Qt.PenStyle.DotLine)
            )
            edge.setZValue(-9)
            self.plot.addItem(edge, ignoreBounds=True)
        for a, b in gaps:
            region = pg.LinearRegionItem(
                (a, b),
                movable=False,
                brush=QBrush(_qcolor(t.muted, 90), Qt.BrushStyle.BDiagPattern),
                pen=pg.mkPen(None),
            )
            region.setZValue(-8)
            self.plot.addItem(region, ignoreBounds=True)

    def add_marker(self, marker: Marker, colour: str, dashed: bool) -> None:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        line = pg.InfiniteLine(marker.t, angle=90, movable=False, pen=pg.mkPen(colour, width=2, style=style))
        line.setZValue(10)
        self.plot.addItem(line, ignoreBounds=True)
        self.marker_lines.append((marker, line))


class StepStrip(QFrame):
    """The numbered step spans (coloured by how they ended), the marker symbols, and the time axis."""

    def __init__(self, theme: Theme, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.axis = ElapsedAxis()
        self.plot = pg.PlotWidget(background=theme.surface, axisItems={"bottom": self.axis})
        # A plot never scrolls (its scroll bars are off), but its size hint still counts the touch-sized
        # scroll bars of the style sheet: without this floor the dashboard could not fit 800 px.
        self.plot.setMinimumSize(PLOT_MIN_W, PLOT_MIN_H)
        _style_plot(self.plot, theme, values_on_x=True)
        left = self.plot.getPlotItem().getAxis("left")
        left.setStyle(showValues=False, tickLength=0)
        left.setTicks([[], []])
        self.plot.setYRange(0, 2, padding=0)
        self.plot.setFixedHeight(STRIP_PX)
        self.step_labels: list[tuple[StepSpan, pg.TextItem]] = []
        self.symbols: list[tuple[Marker, pg.TextItem]] = []
        self._items: list[pg.GraphicsObject] = []
        self.cursor_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(theme.text, width=2))
        self.cursor_line.setZValue(30)
        self.cursor_line.hide()
        self.plot.addItem(self.cursor_line, ignoreBounds=True)
        self._frame = QFrame(self)
        self._frame.setObjectName("Panel")
        inner = QVBoxLayout(self._frame)
        inner.setContentsMargins(10, 4, 10, 4)
        inner.addWidget(self.plot)
        self._outer = QHBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self._frame)

    def set_right_margin(self, px: int) -> None:
        self._outer.setContentsMargins(0, 0, px, 0)

    def clear(self) -> None:
        for item in self._items:
            self.plot.removeItem(item)
        self._items.clear()
        self.step_labels.clear()
        self.symbols.clear()

    def _add(self, item: pg.GraphicsObject) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self._items.append(item)

    def show_timeline(self, timeline: Timeline, symbols: Sequence[tuple[Marker, str, str]]) -> None:
        self.clear()
        t = self._theme
        colours = {
            SpanStatus.PASSED: (t.good, _ON_LIGHT),
            SpanStatus.FAILED: (t.bad, _ON_LIGHT),
            SpanStatus.WAIVED: (t.muted, _ON_LIGHT),
            SpanStatus.DONE: (t.primary, _ON_DARK),
            SpanStatus.OPEN: (DIM, _ON_DARK),
        }
        spans = timeline.steps
        if spans:
            tiny = max(timeline.duration, 1.0) * 0.002
            bars = pg.BarGraphItem(
                x0=[s.start for s in spans],
                x1=[max(s.start, s.end - tiny) for s in spans],
                y0=[1.08] * len(spans),
                y1=[1.92] * len(spans),
                brushes=[pg.mkBrush(colours[s.status][0]) for s in spans],
                pen=None,
            )
            self._add(bars)
        for span in spans:
            label = pg.TextItem(str(span.number), color=colours[span.status][1], anchor=(0.5, 0.5))
            label.setFont(_font(20))
            label.setPos((span.start + span.end) / 2, 1.5)
            self._add(label)
            self.step_labels.append((span, label))
        for a, b in ((g.start, g.end) for g in timeline.gaps):
            region = pg.LinearRegionItem(
                (a, b),
                movable=False,
                brush=QBrush(_qcolor(t.muted, 140), Qt.BrushStyle.BDiagPattern),
                pen=pg.mkPen(None),
            )
            self._add(region)
        # Marker symbols, on two staggered rows where they would touch.
        near = max(timeline.duration, 1.0) * 0.018
        last_x: list[float] = [-math.inf, -math.inf]
        for marker, symbol, colour in symbols:
            row = 0 if marker.t - last_x[0] >= near else (1 if marker.t - last_x[1] >= near else 0)
            last_x[row] = marker.t
            text = pg.TextItem(symbol, color=colour, anchor=(0.5, 0.5))
            text.setFont(_font(22))
            text.setPos(marker.t, 0.72 if row == 0 else 0.28)
            self._add(text)
            self.symbols.append((marker, text))


def _drawn_markers(timeline: Timeline) -> list[Marker]:
    """The markers drawn on the time axis: a step failed by a wrong answer is shown by the answer's
    cross alone (one cross, not two); a step failed otherwise (time ran out, given up) gets its own."""
    answered = [(m.step_index, m.t) for m in timeline.markers if m.kind is MarkerKind.ANSWER_WRONG]
    return [
        m
        for m in timeline.markers
        if not (m.kind is MarkerKind.STEP_FAILED and any(i == m.step_index and abs(t - m.t) < 1.0 for i, t in answered))
    ]


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


class ReplayScreen(QWidget):
    """`ReplayScreen(model, language, theme, cell=None, module=None)`. Call `set_sources(cell, module)`
    before `model.load(registration)` when the attempt is of another module or cell. Emits
    `back_requested` when the trainee or instructor taps Back."""

    back_requested = Signal()

    def __init__(
        self,
        model: AttemptReplayModel,
        language: LanguageModel,
        theme: Theme,
        cell: CellConfig | None = None,
        module: LabModule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            labs_stylesheet(theme)
            + f"QTableWidget::item:selected {{ background: {theme.primary}; color: {readable_on(theme.primary)}; }}"
        )
        self._model = model
        self._language = language
        self._theme = theme
        self._cell = cell
        self._module = module
        self.plots: dict[str, TagPlot] = {}
        self._rows: list[_Row] = []
        self.cursor_t: float | None = None

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("Primary")
        self.back_button.setMinimumSize(TOUCH_MIN_PX * 2, TOUCH_MIN_PX)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("LabHeading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("LabMuted")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("LabStepCount")
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.score = QLabel(self)
        self.score.setObjectName("LabMuted")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QFrame(self)
        header.setObjectName("LabHeader")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        result = QVBoxLayout()
        result.setSpacing(2)
        result.addWidget(self.outcome)
        result.addWidget(self.score)
        head = QHBoxLayout(header)
        head.setContentsMargins(12, 8, 16, 8)
        head.setSpacing(16)
        head.addWidget(self.back_button)
        head.addLayout(names, 1)
        head.addLayout(result)

        self.strip = StepStrip(theme, self)
        self.legend = QLabel(self)
        self.legend.setObjectName("LabSmall")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.notice = QLabel(self)
        self.notice.setObjectName("LabMuted")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._plot_box = QWidget()
        self._plot_lay = QVBoxLayout(self._plot_box)
        self._plot_lay.setContentsMargins(0, 0, 0, 0)
        self._plot_lay.setSpacing(6)
        self.plot_scroll = QScrollArea(self)
        self.plot_scroll.setWidgetResizable(True)
        self.plot_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plot_scroll.setWidget(self._plot_box)
        self.plot_scroll.verticalScrollBar().installEventFilter(self)

        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_MIN_PX)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        thead = self.table.horizontalHeader()
        thead.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        thead.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        thead.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        thead.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._on_row)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        lay.addWidget(header)
        lay.addWidget(self.strip)
        lay.addWidget(self.legend)
        lay.addWidget(self.notice)
        lay.addWidget(self.plot_scroll, 5)
        lay.addWidget(self.table, 2)
        self.table.setMinimumHeight(TOUCH_MIN_PX * 2 + 44)
        self.plot_scroll.setMinimumHeight(NUMBER_PLOT_PX + 20)

        model.timeline_changed.connect(self._rebuild)
        model.load_failed.connect(self._on_failed)
        language.language_changed.connect(self._relabel)
        self._rebuild()

    # ---------------------------------------------------------------- public

    def set_sources(self, cell: CellConfig | None, module: LabModule | None) -> None:
        """The tag map and module the next attempts are labelled from."""
        self._cell, self._module = cell, module
        self._rebuild()

    @property
    def rows(self) -> tuple[tuple[float, int | None, str], ...]:
        """The event list as (t, step index, what happened)."""
        return tuple((r.t, r.step, r.what) for r in self._rows)

    def move_cursor(self, t: float | None) -> None:
        """Show the cursor line at `t` seconds from the start (None hides it)."""
        self.cursor_t = t
        lines = [self.strip.cursor_line, *(p.cursor_line for p in self.plots.values())]
        for line in lines:
            if t is None:
                line.hide()
            else:
                line.setValue(t)
                line.show()

    # ---------------------------------------------------------------- building

    def _lang(self) -> str:
        return self._language.language

    def _chosen_aliases(self, timeline: Timeline) -> list[str]:
        recorded = [a for a, s in timeline.series.items() if s.t]
        wanted: set[str] | None = None
        if self._module is not None:
            wanted = self._module.tags_used()
            for step in self._module.steps:
                wanted.update(step.watch)
        chosen = [a for a in recorded if wanted is None or a in wanted] or recorded
        if self._cell is not None:
            order = {t.alias: i for i, t in enumerate(self._cell.tags)}
            chosen.sort(key=lambda a: (order.get(a, len(order)), a))
        # Numbers first, bands (on/off, text) after them.
        return sorted(chosen, key=lambda a: self._is_band(a, timeline.series[a]))

    def _is_band(self, alias: str, series: Series) -> bool:
        spec = self._cell.tag(alias) if self._cell is not None else None
        if spec is not None:
            return spec.kind is not TagKind.NUMBER
        return series.is_text

    def _rebuild(self) -> None:
        for plot in self.plots.values():
            self._plot_lay.removeWidget(plot)
            plot.deleteLater()
        self.plots = {}
        while self._plot_lay.count():
            self._plot_lay.takeAt(0)
        self.strip.clear()
        self.move_cursor(None)
        timeline = self._model.timeline
        if timeline is None:
            self._relabel()
            return
        gaps = [(g.start, g.end) for g in timeline.gaps]
        shown = _drawn_markers(timeline)
        for alias in self._chosen_aliases(timeline):
            spec = self._cell.tag(alias) if self._cell is not None else None
            plot = TagPlot(alias, spec, timeline.series[alias], self._theme, self._plot_box)
            plot.add_spans(timeline.steps, gaps)
            for marker in shown:
                look = self._marker_look(marker)
                if look is not None and look[2]:
                    plot.add_marker(marker, look[1], dashed=marker.kind in (MarkerKind.ENDED, MarkerKind.RESUMED))
            plot.plot.setXLink(self.strip.plot)
            self.plots[alias] = plot
            self._plot_lay.addWidget(plot, 0 if plot.is_band else 1)
        if not any(not p.is_band for p in self.plots.values()):
            self._plot_lay.addStretch(1)
        pad = max(timeline.duration, 1.0) * 0.01
        self.strip.plot.setXRange(-pad, max(timeline.duration, 1.0) + pad, padding=0)
        symbols = [(m, look[0], look[1]) for m in shown if (look := self._marker_look(m)) is not None]
        self.strip.show_timeline(timeline, symbols)
        self._relabel()

    def _marker_look(self, marker: Marker) -> tuple[str, str, bool] | None:
        """(symbol, colour, drawn as a line in the plots) of a marker, None for none on the strip."""
        t = self._theme
        return {
            MarkerKind.HINT: ("?", t.warning, True),
            MarkerKind.ANSWER_CORRECT: ("✓", t.good, True),
            MarkerKind.ANSWER_WRONG: ("✗", t.bad, True),
            MarkerKind.STEP_FAILED: ("✗", t.bad, True),
            MarkerKind.RESUMED: ("↻", t.muted, True),
            MarkerKind.ENDED: ("■", t.text, True),
        }.get(marker.kind)

    # ---------------------------------------------------------------- words

    def _relabel(self, *_: object) -> None:
        lang = self._lang()
        t = self._theme
        self.back_button.setText(self.tr("Back"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Step"), self.tr("What happened")])
        self.legend.setText(
            "   ".join(
                f'<span style="color:{colour}; font-weight:700; font-size:20px">{symbol}</span> {word}'
                for symbol, colour, word in (
                    ("?", t.warning, self.tr("hint taken")),
                    ("✓", t.good, self.tr("right answer")),
                    ("✗", t.bad, self.tr("wrong answer or step failed")),
                    ("↻", t.muted, self.tr("paused")),
                    ("▮", t.warning, self.tr("value not live")),
                    ("■", t.text, self.tr("end")),
                )
            )
        )
        attempt = self._model.attempt
        timeline = self._model.timeline
        if timeline is None or attempt is None:
            self.title.setText(self.tr("Replay of an attempt"))
            self.subtitle.setText("")
            self.outcome.setText("")
            self.score.setText("")
            if self._model.loading:
                self.notice.setText(self.tr("Loading the attempt…"))
            elif self._model.error:
                self.notice.setText(self.tr("This attempt could not be loaded.") + "\n" + self._model.error)
            else:
                self.notice.setText(self.tr("No attempt chosen."))
            self.notice.show()
            self.table.setRowCount(0)
            self._rows = []
            return
        module = self._module if self._module is not None and self._module.id == attempt.module_id else None
        if module is not None:
            title = module.title.get(lang)
        elif timeline.module_name:
            title = LocalText(timeline.module_name).get(lang)
        else:
            title = attempt.module_id
        self.title.setText(title)
        when = self._date_text(timeline.start_epoch, lang)
        self.subtitle.setText(
            self.tr("Trainee {code} · {date} · took {duration}").format(
                code=attempt.trainee_code, date=when, duration=elapsed_text(timeline.duration)
            )
        )
        word, colour = self._outcome_words(timeline.outcome or attempt.outcome)
        self.outcome.setText(word)
        self.outcome.setStyleSheet(f"color: {colour};")
        raw = timeline.score_raw if timeline.score_raw is not None else attempt.score_raw
        top = timeline.score_max if timeline.score_max is not None else attempt.score_max
        if raw is not None and top:
            self.score.setText(
                self.tr("Score {percent} ({points} of {max} points)").format(
                    percent=percent_text(raw / top, lang), points=points_text(raw, lang), max=points_text(top, lang)
                )
            )
        else:
            self.score.setText(self.tr("Not scored"))
        if not self.plots:
            self.notice.setText(self.tr("No process values were recorded for this attempt."))
            self.notice.show()
        else:
            self.notice.hide()
        words = {True: self.tr("on"), False: self.tr("off")}
        for plot in self.plots.values():
            plot.relabel(lang, words, timeline.duration)
        self._fill_table(timeline, module, lang)

    def _date_text(self, epoch: float, lang: str) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(epoch), QTimeZone.systemTimeZone())
        return QLocale(_LOCALES.get(lang, lang)).toString(moment, QLocale.FormatType.ShortFormat)

    def _outcome_words(self, outcome: str | None) -> tuple[str, str]:
        t = self._theme
        return {
            "passed": ("✓ " + self.tr("Passed"), t.good),
            "failed": ("✗ " + self.tr("Not passed"), t.bad),
            "completed": ("✓ " + self.tr("Completed"), t.good),
            "abandoned": ("■ " + self.tr("Stopped"), t.warning),
            "waived": ("– " + self.tr("Waived"), t.muted),
        }.get(outcome or "", (self.tr("Not finished"), t.muted))

    def _step_name(self, span: StepSpan | None, index: int | None, module: LabModule | None, lang: str) -> str:
        if index is None:
            return "–"
        text = ""
        if module is not None and 0 <= index < len(module.steps):
            step = module.steps[index]
            local = step.title or getattr(step, "question", None) or getattr(step, "text", None)
            text = local.get(lang) if local is not None else module.step_id(index)
        elif span is not None:
            text = LocalText(span.title).get(lang) or span.step_id
        return f"{index + 1}. {shorten(text, STEP_NAME_CHARS)}"

    def _fill_table(self, timeline: Timeline, module: LabModule | None, lang: str) -> None:
        t = self._theme
        rows: list[_Row] = []
        for span in timeline.steps:
            rows.append(_Row(span.start, span.index, self.tr("Step shown"), t.text, 0))
        for m in timeline.markers:
            what, colour = self._marker_words(m, module, lang)
            rows.append(_Row(m.t, m.step_index, what, colour))
        rows.sort(key=lambda r: (r.t, r.order))
        self._rows = rows
        spans = {s.index: s for s in timeline.steps}
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = [
                elapsed_text(row.t),
                self._step_name(spans.get(row.step) if row.step is not None else None, row.step, module, lang),
                row.what,
            ]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setForeground(_brush(row.colour))
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), max(240, self.width() // 3)))

    def _marker_words(self, m: Marker, module: LabModule | None, lang: str) -> tuple[str, str]:
        t = self._theme
        if m.kind is MarkerKind.HINT:
            text = self.tr("Hint {number} taken").format(number=m.hint_number or "?")
            if m.hint_cost:
                text += " " + self.tr("(costs {percent} of the step's points)").format(
                    percent=percent_text(m.hint_cost, lang)
                )
            return "? " + text, t.warning
        if m.kind in (MarkerKind.ANSWER_CORRECT, MarkerKind.ANSWER_WRONG):
            right = m.kind is MarkerKind.ANSWER_CORRECT
            answer = self._answer_text(m, module, lang)
            text = (self.tr("Right answer: {answer}") if right else self.tr("Wrong answer: {answer}")).format(
                answer=answer
            )
            if m.live_value is not None:
                text += " " + self.tr("(the cell showed {value})").format(
                    value=self._number(m, module, m.live_value, lang)
                )
            return ("✓ " if right else "✗ ") + text, t.good if right else t.bad
        if m.kind is MarkerKind.STEP_PASSED:
            if m.points is not None and m.max_points:
                return "✓ " + self.tr("Step passed: {points} of {max} points").format(
                    points=points_text(m.points, lang), max=points_text(m.max_points, lang)
                ), t.good
            return "✓ " + self.tr("Step passed"), t.good
        if m.kind is MarkerKind.STEP_FAILED:
            why = {
                "timeout": self.tr("Step failed: the time ran out"),
                "wrong": self.tr("Step failed: wrong answer"),
                "gave_up": self.tr("Step failed: skipped"),
            }.get(m.feedback or "", self.tr("Step failed"))
            return "✗ " + why, t.bad
        if m.kind is MarkerKind.STEP_WAIVED:
            return "– " + self.tr("Step waived by an instructor"), t.muted
        if m.kind is MarkerKind.RESUMED:
            return "↻ " + self.tr(
                "Paused for {duration} (the kiosk stopped, or the trainee left), then continued"
            ).format(duration=elapsed_text(m.gap_s or 0.0)), t.muted
        word, colour = self._outcome_words(m.outcome)
        text = self.tr("Attempt ended: {outcome}").format(outcome=word)
        if m.reason:
            text += f" ({m.reason})"
        return text, colour

    def _answer_text(self, m: Marker, module: LabModule | None, lang: str) -> str:
        response = m.response or ""
        step = (
            module.steps[m.step_index]
            if module is not None and m.step_index is not None and m.step_index < len(module.steps)
            else None
        )
        if isinstance(step, QuizStep):
            choices = {c.id: c.text.get(lang) for c in step.choices}
            return ", ".join(choices.get(c, c) for c in response.split("[,]") if c)
        try:
            return self._number(m, module, float(response), lang)
        except ValueError:
            return response.replace("[,]", ", ")

    def _number(self, m: Marker, module: LabModule | None, value: float, lang: str) -> str:
        decimals = 2
        step = (
            module.steps[m.step_index]
            if module is not None and m.step_index is not None and m.step_index < len(module.steps)
            else None
        )
        if isinstance(step, ObservationStep) and self._cell is not None:
            spec = self._cell.tag(step.tag)
            if spec is not None:
                decimals = spec.decimals
                if spec.unit:
                    return f"{format_number(value, decimals, lang)} {spec.unit}"
        return format_number(value, decimals, lang)

    # ---------------------------------------------------------------- events

    def _on_row(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._rows):
            self.table.selectRow(row)
            self.move_cursor(self._rows[row].t)

    def _on_failed(self, _message: str) -> None:
        self._rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot_scroll.verticalScrollBar() and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.Resize,
        ):
            self._align()
        return super().eventFilter(watched, event)

    def _align(self) -> None:
        """Keep the strip's time axis over the plots' when the plots' scroll bar takes width."""
        bar = self.plot_scroll.verticalScrollBar()
        self.strip.set_right_margin(bar.width() if bar.isVisible() else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._relabel()
        super().changeEvent(event)


_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fy": "fy_NL"}
