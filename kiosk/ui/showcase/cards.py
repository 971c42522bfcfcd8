"""The showcase's parts: a big live number, the rotating card with its page dots, the site logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QTextOption
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.formatting import format_value
from kiosk.core.showcase import Card
from kiosk.core.site import Theme
from kiosk.core.snapshot import TagValue
from kiosk.core.tags import Quality, TagKind, TagSpec
from kiosk.ui.quality_mark import QualityMark

SWIPE_PX = 60
"""A finger that moves further than this sideways is a swipe, not a tap."""


class BigNumber(QFrame):
    """One live value in big type: label, number, unit and how far it can be trusted. A value that
    is not live keeps its last number, greyed, with the quality word beside it."""

    def __init__(self, spec: TagSpec, theme: Theme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("ScNumber")
        self._language = language
        self._shown: TagValue | None = None
        self.label = QLabel(self)
        self.label.setObjectName("ScNumberLabel")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value = QLabel("–", self)
        self.value.setObjectName("ScNumberValue")
        self.value.setProperty("quality", Quality.UNKNOWN.value)
        self.unit = QLabel(spec.unit, self)
        self.unit.setObjectName("ScNumberUnit")
        self.unit.setVisible(bool(spec.unit))
        self.mark = QualityMark(theme, self)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.value, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 10, 14, 10)
        lay.setSpacing(0)
        lay.addWidget(self.label)
        lay.addLayout(row)
        lay.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_language(language)

    def value_text(self) -> str:
        return self.value.text()

    def set_language(self, language: str) -> None:
        self._language = language
        self.label.setText(self.spec.label.get(language))
        if self._shown is not None:
            shown, self._shown = self._shown, None
            self.show_value(shown)

    def show_value(self, v: TagValue) -> None:
        if v == self._shown:
            return
        self._shown = v
        if v.value is None:
            text = "–"
        elif self.spec.kind is TagKind.BOOL:
            text = self.tr("yes") if v.value else self.tr("no")
        else:
            text = format_value(self.spec, v.value, self._language)
        self.value.setText(text)
        if self.value.property("quality") != v.quality.value:
            self.value.setProperty("quality", v.quality.value)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)
        if self.mark.quality is not v.quality:
            self.mark.set_quality(v.quality)


def _fit_font(base: QFont, text: str, width: float, height: float, start: int, smallest: int) -> QFont:
    """The largest pixel size (from `start` down to `smallest`) at which `text` wraps into width x height."""
    font = QFont(base)
    size = start
    while True:
        font.setPixelSize(size)
        r = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        if r.height() <= height or size <= smallest:
            return font
        size -= 1


class CardView(QWidget):
    """The rotating card: title, body, page dots (the current one fills as its time runs out).
    A tap or a swipe to the left asks for the next card, a swipe to the right for the previous."""

    next_requested = Signal()
    previous_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._card: Card | None = None
        self._language = "nl"
        self._index = 0
        self._count = 0
        self._progress = 0.0
        self._press: QPointF | None = None
        self._fonts: tuple[QFont, QFont] | None = None
        self._fonts_key: tuple[object, ...] = ()
        self._title_h = 0.0
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def title_text(self) -> str:
        return self._card.title.get(self._language) if self._card else ""

    def body_text(self) -> str:
        return self._card.body.get(self._language) if self._card else ""

    @property
    def index(self) -> int:
        return self._index

    def set_card(self, card: Card | None, index: int, count: int, language: str) -> None:
        if (card, index, count, language) == (self._card, self._index, self._count, self._language):
            return
        self._card, self._index, self._count, self._language = card, index, count, language
        self._fonts = None
        self.update()

    def set_progress(self, progress: float) -> None:
        if abs(progress - self._progress) >= 0.004:
            self._progress = progress
            self.update()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._fonts = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 420)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        dx = event.position().x() - self._press.x()
        self._press = None
        if dx > SWIPE_PX:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()
        event.accept()

    def _layout(self) -> tuple[QRectF, QRectF, QRectF, QFont, QFont]:
        """Title (fitted into at most a third of the card), the body right under it, the dots row."""
        pad = 28.0 * max(self.scale, 0.7)
        r = QRectF(self.rect()).adjusted(pad + 6, pad, -pad, -pad)
        dots_h = 28.0 * max(self.scale, 0.7)
        inner = r.adjusted(0, 0, 0, -dots_h - pad * 0.5)
        key = (self.title_text(), self.body_text(), self.width(), self.height(), self.scale)
        if self._fonts is None or key != self._fonts_key:
            base = QFont(self.font())
            base.setBold(True)
            title_f = _fit_font(base, self.title_text(), inner.width(), inner.height() * 0.34, int(50 * self.scale), 18)
            flags = int(Qt.TextFlag.TextWordWrap)
            title_h = QFontMetricsF(title_f).boundingRect(QRectF(0, 0, inner.width(), 100000), flags, self.title_text())
            body_h = inner.height() - title_h.height() - pad * 0.5
            base.setBold(False)
            body_f = _fit_font(base, self.body_text(), inner.width(), body_h, int(36 * self.scale), 15)
            self._fonts = (title_f, body_f)
            self._fonts_key = key
            self._title_h = title_h.height()
        title_f, body_f = self._fonts
        title = QRectF(inner.left(), inner.top(), inner.width(), self._title_h)
        top = inner.top() + self._title_h + pad * 0.5
        body = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
        dots = QRectF(r.left(), r.bottom() - dots_h, r.width(), dots_h)
        return title, body, dots, title_f, body_f

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(t.surface))
        p.drawRoundedRect(QRectF(self.rect()), 18, 18)
        p.setBrush(QColor(t.accent))
        p.drawRoundedRect(QRectF(0, 0, 10, self.height()), 5, 5)
        title_r, body_r, dots_r, title_f, body_f = self._layout()
        if self._card is not None:
            opt = QTextOption()
            opt.setWrapMode(QTextOption.WrapMode.WordWrap)
            p.setPen(QColor(t.accent))
            p.setFont(title_f)
            opt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            p.drawText(title_r, self.title_text(), opt)
            p.setPen(QColor(t.text))
            p.setFont(body_f)
            opt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            p.drawText(body_r, self.body_text(), opt)
        # page dots: the current one is a pill that fills with the card's time
        n = self._count
        if n > 1:
            d = dots_r.height() * 0.45
            gap = d * 0.9
            pill_w = d * 4
            x = dots_r.left()
            y = dots_r.center().y()
            muted = QColor(t.muted)
            muted.setAlpha(110)
            for i in range(n):
                if i == self._index:
                    pill = QRectF(x, y - d / 2, pill_w, d)
                    p.setBrush(muted)
                    p.drawRoundedRect(pill, d / 2, d / 2)
                    p.setBrush(QColor(t.accent))
                    filled = QRectF(x, y - d / 2, max(d, pill_w * self._progress), d)
                    p.drawRoundedRect(filled, d / 2, d / 2)
                    x += pill_w + gap
                else:
                    p.setBrush(muted)
                    p.drawEllipse(QRectF(x, y - d / 2, d, d))
                    x += d + gap
            hint_font = QFont(self.font())
            hint_font.setPixelSize(max(14, int(20 * self.scale)))
            p.setFont(hint_font)
            p.setPen(QColor(t.muted))
            p.drawText(
                dots_r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.tr("Tap for more  ›")
            )
        p.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)


class LogoView(QWidget):
    """A site logo from an SVG file, scaled to fit and centred; nothing when the file is missing."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        if path is not None and path.is_file():
            renderer = QSvgRenderer(str(path), self)
            if renderer.isValid():
                self._renderer = renderer
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def has_logo(self) -> bool:
        return self._renderer is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self._renderer.defaultSize().toSizeF()
        k = min(self.width() / max(size.width(), 1.0), self.height() / max(size.height(), 1.0))
        w, h = size.width() * k, size.height() * k
        self._renderer.render(p, QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h))
        p.end()
