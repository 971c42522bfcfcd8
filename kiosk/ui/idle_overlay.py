"""IdleOverlay: the countdown over the whole window when the kiosk has been left alone.

"Are you still there?" with the seconds left and a big "I'm still here". Any tap anywhere counts as
activity too (the IdleModel's event filter sees it first), so the overlay never traps anyone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.contrast import readable_on
from kiosk.core.idle import Presence
from kiosk.core.site import Theme
from kiosk.viewmodels.idle import IdleModel


class IdleOverlay(QWidget):
    """A child of the window's central widget, kept over all of it while the warning runs."""

    def __init__(self, model: IdleModel, parent: QWidget, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        t = theme or Theme()
        # Read from a step away: the seconds big, the way out bigger than anything else.
        self.setStyleSheet(
            f"#IdleCard {{ background: {t.surface}; border: 3px solid {t.accent}; border-radius: 18px; }}"
            f" #IdleHeading {{ font-size: 40px; font-weight: 700; color: {t.text}; }}"
            f" #IdleCount {{ font-size: 112px; font-weight: 800; color: {t.accent}; }}"
            f" #IdleText {{ font-size: 24px; color: {t.text}; }}"
            f" QPushButton#IdleStillHere {{ font-size: 30px; font-weight: 700; background: {t.primary};"
            f" color: {readable_on(t.primary)}; border: 2px solid {t.primary}; border-radius: 12px; }}"
        )
        self._model = model
        self.card = QFrame(self)
        self.card.setObjectName("IdleCard")
        self.heading = QLabel(self.card)
        self.heading.setObjectName("IdleHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self.card)
        self.text.setObjectName("IdleText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel(self.card)
        self.count.setObjectName("IdleCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still_here = QPushButton(self.card)
        self.still_here.setObjectName("IdleStillHere")
        self.still_here.setMinimumHeight(96)
        self.still_here.clicked.connect(model.activity)
        lay = QVBoxLayout(self.card)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(18)
        lay.addWidget(self.heading)
        lay.addWidget(self.count)
        lay.addWidget(self.text)
        lay.addWidget(self.still_here)
        model.warning_changed.connect(self._on_warning_changed)
        parent.installEventFilter(self)
        self.hide()

    def _on_warning_changed(self) -> None:
        if not self._model.warning:
            self.hide()
            return
        self.retranslate()
        self._fit()
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Are you still there?"))
        self.count.setText(str(self._model.seconds_left))
        if self._model.presence is Presence.TRAINEE:
            text = self.tr("In {seconds} s you are signed out. Your progress is saved.")
        else:
            text = self.tr("In {seconds} s the kiosk goes back to the start.")
        self.text.setText(text.format(seconds=self._model.seconds_left))
        self.still_here.setText(self.tr("I'm still here"))

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        w = min(760, max(480, self.width() - 80))
        self.card.setFixedWidth(w)
        self.card.adjustSize()
        self.card.move((self.width() - w) // 2, (self.height() - self.card.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))  # dims what is behind: this is the news now
