"""One live value: label, big number, unit and quality mark."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.formatting import format_value
from kiosk.core.site import Theme
from kiosk.core.snapshot import TagValue
from kiosk.core.tags import Quality, TagKind, TagSpec
from kiosk.ui.quality_mark import QualityMark

ELIDE_MIN_CHARS = "Mmmm…"
"""An ElidedLabel is never narrower than this text: a few letters and the ellipsis."""


class ElidedLabel(QLabel):
    """A one-line label that may be squeezed: it then draws its text cut off with "…" (`text()` stays
    whole). Its minimum width is a few letters, so a long word ("Bandgeschwindigkeit") never widens
    the screen; at the kiosk's screen sizes the tiles leave room for the whole text."""

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        hint = super().minimumSizeHint()
        m = self.contentsMargins()
        narrow = self.fontMetrics().horizontalAdvance(ELIDE_MIN_CHARS) + m.left() + m.right()
        return QSize(min(hint.width(), narrow), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        p = QPainter(self)
        self.style().drawItemText(
            p, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )
        p.end()


class ValueTile(QFrame):
    """Shows one tag. `show_value` is cheap when nothing changed, so it can be called every tick.

    The quality mark sits beside the label when both fit on one line; on a narrow tile (a 1280 px
    screen, a long German label) it gets a line of its own under the label, so neither is cut off.
    The tile's minimum width is that of the narrow arrangement, whichever is shown."""

    def __init__(self, spec: TagSpec, theme: Theme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("Tile")
        self._language = language
        self._shown: TagValue | None = None
        self._label = ElidedLabel(self)
        self._label.setObjectName("TileLabel")
        self._value = QLabel("–", self)
        self._value.setObjectName("TileValue")
        self._value.setProperty("quality", Quality.UNKNOWN.value)
        self._unit = QLabel(spec.unit, self)
        self._unit.setObjectName("TileUnit")
        self.mark = QualityMark(theme, self)

        self._top = QHBoxLayout()
        self._top.setSpacing(8)
        self._top.addWidget(self._label, 1)
        self._row = QHBoxLayout()
        self._row.setSpacing(6)
        self._row.addWidget(self._value, 0, Qt.AlignmentFlag.AlignBottom)
        self._row.addWidget(self._unit, 0, Qt.AlignmentFlag.AlignBottom)
        self._row.addStretch(1)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(14, 10, 14, 10)
        self._lay.setSpacing(6)
        self._lay.addLayout(self._top)
        self._lay.addLayout(self._row)
        self._mark_on_top = False
        self._group: list[ValueTile] = [self]
        self._lay.insertWidget(1, self.mark, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_language(language)

    def value_text(self) -> str:
        return self._value.text()

    def label_text(self) -> str:
        return self._label.text()

    def mark_beside_label(self) -> bool:
        """True when the quality mark is on the label's line (wide tile), False when on its own line."""
        return self._mark_on_top

    def set_language(self, language: str) -> None:
        self._language = language
        self._label.setText(self.spec.label.get(language))
        if self._shown is not None:
            shown, self._shown = self._shown, None
            self.show_value(shown)
        self._arrange()

    def show_value(self, v: TagValue) -> None:
        if v == self._shown:
            return
        self._shown = v
        self._value.setText(self._text_for(v))
        if self._value.property("quality") != v.quality.value:
            self._value.setProperty("quality", v.quality.value)
            # Re-polish so the stylesheet's [quality=...] rules apply.
            self._value.style().unpolish(self._value)
            self._value.style().polish(self._value)
        if self.mark.quality is not v.quality:
            self.mark.set_quality(v.quality)
            self._arrange()

    def _text_for(self, v: TagValue) -> str:
        if v.value is None:
            return "–"
        if self.spec.kind is TagKind.BOOL and isinstance(v.value, bool):
            # Bool labels are statements ("Guard door closed", "Heater on"): yes/no reads right for all.
            return self.tr("yes") if v.value else self.tr("no")
        return format_value(self.spec, v.value, self._language)

    def share_mark_placement(self, tiles: list[ValueTile]) -> None:
        """Place the mark as `tiles` (which include this one) do: beside the label on all of them if
        it fits on all, else under the label on all, so that a row of tiles looks alike."""
        self._group = tiles
        self._arrange()

    def mark_fits_beside_label(self) -> bool:
        m = self._lay.contentsMargins()
        inner = self.contentsRect().width() - m.left() - m.right()
        label_w = self._label.fontMetrics().horizontalAdvance(self._label.text())
        return label_w + self._top.spacing() + self.mark.sizeHint().width() <= inner

    def _arrange(self) -> None:
        """Mark beside the label if the whole label and the mark fit on one line, else under it."""
        on_top = all(t.mark_fits_beside_label() for t in self._group)
        for tile in self._group:
            tile._place_mark(on_top)

    def _place_mark(self, on_top: bool) -> None:
        if on_top == self._mark_on_top:
            return
        self._mark_on_top = on_top
        if on_top:
            self._lay.removeWidget(self.mark)
            self._top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignRight)
        else:
            self._top.removeWidget(self.mark)
            self._lay.insertWidget(1, self.mark, 0, Qt.AlignmentFlag.AlignLeft)

    def minimumSizeHint(self) -> QSize:
        """That of the narrow arrangement (label, mark, value on three lines), so that moving the mark
        never changes what the tile needs."""
        m = self._lay.contentsMargins()
        sp = self._lay.spacing()
        mark = self.mark.sizeHint()
        label = self._label.minimumSizeHint()
        value, unit = self._value.minimumSizeHint(), self._unit.minimumSizeHint()
        value_w = value.width() + self._row.spacing() + unit.width()
        w = max(label.width(), mark.width(), value_w) + m.left() + m.right()
        h = label.height() + mark.height() + max(value.height(), unit.height()) + 2 * sp + m.top() + m.bottom()
        f = self.frameWidth()
        return QSize(w + 2 * f, h + 2 * f)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._shown is not None:
                self._value.setText(self._text_for(self._shown))
            self._arrange()
        super().changeEvent(event)
