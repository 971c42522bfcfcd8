"""A small mark beside a value that says in colour, shape and word how far it can be trusted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.core.site import Theme
from kiosk.core.tags import Quality
from kiosk.ui.theme import quality_colour


class _Dot(QWidget):
    """Filled circle for live, hollow ring for stale, cross for bad: readable without colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quality = Quality.UNKNOWN
        self.colour = QColor("#888888")
        self.setFixedSize(QSize(18, 18))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = p.pen()
        pen.setColor(self.colour)
        pen.setWidth(3)
        p.setPen(pen)
        r = self.rect().adjusted(3, 3, -3, -3)
        if self.quality is Quality.LIVE:
            p.setBrush(self.colour)
            p.drawEllipse(r)
        elif self.quality is Quality.BAD:
            p.drawLine(r.topLeft(), r.bottomRight())
            p.drawLine(r.topRight(), r.bottomLeft())
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(r)
        p.end()


class QualityMark(QWidget):
    """Dot plus word: "live", "stale", "bad", "waiting"."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._quality = Quality.UNKNOWN
        self._dot = _Dot(self)
        self._word = QLabel(self)
        self._word.setObjectName("QualityWord")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self._dot)
        lay.addWidget(self._word)
        self.set_quality(Quality.UNKNOWN)

    @property
    def quality(self) -> Quality:
        return self._quality

    def word(self) -> str:
        return self._word.text()

    def set_quality(self, quality: Quality) -> None:
        self._quality = quality
        colour = quality_colour(self._theme, quality)
        self._dot.quality = quality
        self._dot.colour = QColor(colour)
        self._dot.update()
        self._word.setStyleSheet(f"color: {colour}; font-size: 15px;")
        self._retranslate()

    def _retranslate(self) -> None:
        words = {
            Quality.LIVE: self.tr("live"),
            Quality.STALE: self.tr("stale"),
            Quality.BAD: self.tr("bad"),
            Quality.UNKNOWN: self.tr("waiting"),
        }
        self._word.setText(words[self._quality])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
