"""IdleModel: notices when the kiosk is left alone and asks for the reset.

Every touch, click, wheel turn and key press anywhere in the application counts as activity (an event
filter on the QApplication, which sees events before any widget does), and so does machine activity the
current step asked for (`LabRunnerModel.step_activity`, wired by the composition root). The rule itself
is kiosk.core.idle.IdleWatch; this model gives it the time and tells the screens.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.core.idle import IdlePhase, IdlePolicy, IdleWatch, Presence

__all__ = ["ACTIVITY_EVENTS", "IdleModel"]

TICK_MS = 250

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)


class IdleModel(QObject):
    """Signals: warning_changed() (the phase or the seconds left changed: show or hide the countdown);
    expired() (reset the kiosk now; emitted once)."""

    warning_changed = Signal()
    expired = Signal()

    def __init__(
        self, policy: IdlePolicy, *, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._watch = IdleWatch(policy, clock())
        self._phase = IdlePhase.ACTIVE
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    @property
    def policy(self) -> IdlePolicy:
        return self._watch.policy

    @property
    def presence(self) -> Presence:
        return self._watch.presence

    @property
    def warning(self) -> bool:
        return self._phase is IdlePhase.WARNING

    @property
    def seconds_left(self) -> int:
        """Whole seconds left of the warning (0 when there is none)."""
        return self._left

    def set_presence(self, presence: Presence) -> None:
        """Someone else is served now (the clock starts again)."""
        self._watch.set_presence(presence, self._clock())
        self._on_tick()

    def activity(self) -> None:
        """A touch, or machine activity the current step asked for."""
        self._watch.activity(self._clock())
        if self._phase is IdlePhase.WARNING:
            self._on_tick()

    def machine_activity(self) -> None:
        """The machine did what the current step asked (see IdleWatch.machine_activity)."""
        self._watch.machine_activity(self._clock())
        if self._phase is IdlePhase.WARNING:
            self._on_tick()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity()
        return False  # never swallow: the widget under the finger gets it as usual

    def _on_tick(self) -> None:
        phase, left = self._watch.tick(self._clock())
        if phase is IdlePhase.EXPIRED:
            self._phase, self._left = IdlePhase.ACTIVE, 0
            self.warning_changed.emit()
            self.expired.emit()
            return
        whole = int(left + 0.999) if phase is IdlePhase.WARNING else 0
        if (phase, whole) != (self._phase, self._left):
            self._phase, self._left = phase, whole
            self.warning_changed.emit()
