"""One live value: label, big number, unit and quality mark."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.formatting import format_value
from kiosk.core.site import Theme
from kiosk.core.snapshot import TagValue
from kiosk.core.tags import Quality, TagKind, TagSpec
from kiosk.ui.quality_mark import QualityMark


class ValueTile(QFrame):
    """Shows one tag. `show_value` is cheap when nothing changed, so it can be called every tick."""

    def __init__(self, spec: TagSpec, theme: Theme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("Tile")
        self._language = language
        self._shown: TagValue | None = None
        self._label = QLabel(self)
        self._label.setObjectName("TileLabel")
        self._value = QLabel("–", self)
        self._value.setObjectName("TileValue")
        self._value.setProperty("quality", Quality.UNKNOWN.value)
        self._unit = QLabel(spec.unit, self)
        self._unit.setObjectName("TileUnit")
        self.mark = QualityMark(theme, self)

        top = QHBoxLayout()
        top.addWidget(self._label, 1)
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addWidget(self._value, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self._unit, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(top)
        lay.addLayout(row)
        self.set_language(language)

    def value_text(self) -> str:
        return self._value.text()

    def label_text(self) -> str:
        return self._label.text()

    def set_language(self, language: str) -> None:
        self._language = language
        self._label.setText(self.spec.label.get(language))
        if self._shown is not None:
            shown, self._shown = self._shown, None
            self.show_value(shown)

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

    def _text_for(self, v: TagValue) -> str:
        if v.value is None:
            return "–"
        if self.spec.kind is TagKind.BOOL and isinstance(v.value, bool):
            # Bool labels are statements ("Guard door closed", "Heater on"): yes/no reads right for all.
            return self.tr("yes") if v.value else self.tr("no")
        return format_value(self.spec, v.value, self._language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self._value.setText(self._text_for(self._shown))
        super().changeEvent(event)
