"""Live data of one cell for the screens: drains the worker's buffer on a fixed-rate GUI timer."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.ring import RingSeries
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, TagKind

DRAIN_INTERVAL_MS = 33
"""About 30 Hz: data rate is not frame rate; a burst costs one drain per tick, not one repaint per value."""

TREND_PERIOD_S = 0.1
TREND_WINDOW_S = 120.0  # what the trend panel shows; the records issue keeps the full history


class LiveCellModel(QObject):
    """Owns the Snapshot and the trend rings of one cell; the only reader of its SampleBuffer.

    Signals:
    - values_changed(list[str]): aliases whose shown value or quality changed this tick;
    - connection_changed(str): the ConnectionState value, when it changes;
    - trends_changed(): new trend points were appended (at most every TREND_PERIOD_S).
    """

    values_changed = Signal(list)
    connection_changed = Signal(str)
    trends_changed = Signal()

    def __init__(
        self,
        cell: CellConfig,
        buffer: SampleBuffer,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cell = cell
        self.snapshot = Snapshot(cell.tags)
        self._buffer = buffer
        self._clock = clock
        self._t0 = clock()
        self._next_trend_t = 0.0
        self.trends: dict[str, RingSeries] = {
            t.alias: RingSeries(int(TREND_WINDOW_S / TREND_PERIOD_S))
            for t in cell.tags
            if t.trend and t.kind is TagKind.NUMBER
        }
        self.dropped_total = 0
        self._shown_connection = ConnectionState.CONNECTING
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)

    @property
    def connection(self) -> ConnectionState:
        """The connection state as the screen shows it (see `tick`)."""
        return self._shown_connection

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def elapsed(self) -> float:
        """Seconds since this model started: the time axis of the trends."""
        return self._clock() - self._t0

    def _on_tick(self) -> None:
        self.tick()

    def tick(self) -> None:
        """Drain the buffer once and publish what changed. Called by the timer; tests may call it."""
        now = self._clock()
        drained = self._buffer.drain()
        self.dropped_total += drained.dropped
        changed = self.snapshot.absorb(drained, now)
        # What the screen is told: a link that is up but silent past the contact timeout counts as
        # lost, so the banner explains why every value just turned stale.
        shown = drained.connection
        if shown is ConnectionState.CONNECTED and not self.snapshot.link_ok(now):
            shown = ConnectionState.RECONNECTING
        if shown is not self._shown_connection:
            self._shown_connection = shown
            self.connection_changed.emit(shown.value)
        if changed:
            self.values_changed.emit(sorted(changed))
        t = now - self._t0
        if t >= self._next_trend_t:
            self._next_trend_t = t + TREND_PERIOD_S
            self._append_trends(t)

    def _append_trends(self, t: float) -> None:
        for alias, ring in self.trends.items():
            v = self.snapshot.get(alias)
            # A gap (NaN) where the value is not live: a trend must not draw a line it did not see.
            y = float(v.value) if v.quality is Quality.LIVE else math.nan
            ring.append(t, y)
        if self.trends:
            self.trends_changed.emit()
