"""The machine's state at a glance: a big coloured state word, mode, emergency stop, guard door, fault."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.formatting import format_value
from kiosk.core.site import Theme
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import Quality

STATE_ALIAS = "state"
MODE_ALIAS = "mode"
ESTOP_ALIAS = "estop"
GUARD_ALIAS = "guard_closed"
FAULT_ALIAS = "fault"
WATCHED = frozenset({STATE_ALIAS, MODE_ALIAS, ESTOP_ALIAS, GUARD_ALIAS, FAULT_ALIAS})


class WrapLabel(QLabel):
    """A label that wraps at spaces only when it must: it asks for the width of its text on one line,
    can be squeezed to its longest word, and then asks for the height of its wrapped lines (QLabel's
    own hint for wrapped text is a squarer block, and a grid does not always give it the height)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _extra_w(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right() + 1

    def sizeHint(self) -> QSize:
        self.ensurePolished()  # the font of its style sheet
        hint = super().sizeHint()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + self._extra_w()
        return QSize(max(hint.width(), one_line), hint.height())

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(word) for word in self.text().split()), default=0)
        return QSize(longest + self._extra_w(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PolishRequest):
            # The style sheet's font can arrive after a layout measured the label: measure again.
            self.updateGeometry()
            self._fit_height()

    def _fit_height(self) -> None:
        needed = self.heightForWidth(max(self.width(), self.minimumSizeHint().width()))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class MachineStatePanel(QFrame):
    """Reads the state, mode, estop, guard and fault aliases from a Snapshot (absent ones are left
    out). Colour follows the state; a value that is not live is shown grey with its last word."""

    def __init__(self, snapshot: Snapshot, theme: Theme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self._snapshot = snapshot
        self._theme = theme
        self._language = language
        self._title = QLabel(self)
        self._title.setObjectName("PanelTitle")
        self.state_label = QLabel("–", self)
        self.state_label.setObjectName("StateBig")
        self.state_label.setWordWrap(True)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        for i, alias in enumerate((MODE_ALIAS, ESTOP_ALIAS, GUARD_ALIAS, FAULT_ALIAS)):
            if alias not in snapshot.specs:
                continue
            name, value = WrapLabel("", self), WrapLabel("–", self)
            name.setObjectName("TileLabel")
            value.setStyleSheet("font-size: 22px; font-weight: 600;")
            # Both wrap at spaces: a long fault text ("Werkstück auf dem Band verklemmt") or name
            # ("Schutztür geschlossen") takes two lines instead of widening the dashboard.
            if alias == FAULT_ALIAS:
                # The fault's text can be a sentence: it gets the panel's whole width, under its name.
                grid.addWidget(name, 2 * i, 0, 1, 2)
                grid.addWidget(value, 2 * i + 1, 0, 1, 2)
            else:
                grid.addWidget(name, 2 * i, 0, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(value, 2 * i, 1, Qt.AlignmentFlag.AlignVCenter)
            self._rows[alias] = (name, value)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(self._title)
        lay.addWidget(self.state_label)
        lay.addLayout(grid)
        lay.addStretch(1)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self._language = language
        for alias, (name, _value) in self._rows.items():
            name.setText(self._snapshot.specs[alias].label.get(language))
        self.refresh()

    def title_text(self) -> str:
        return self._title.text()

    def state_text(self) -> str:
        return self.state_label.text()

    def refresh(self) -> None:
        """Redraw from the snapshot. Cheap; called when any watched alias changed."""
        t = self._theme
        self._title.setText(self.tr("Machine state"))
        state = self._snapshot.get(STATE_ALIAS)
        spec = self._snapshot.specs.get(STATE_ALIAS)
        text = format_value(spec, state.value, self._language) if spec else "–"
        colour = {
            "Running": t.good,
            "Idle": t.primary,
            "Stopped": t.warning,
            "Fault": t.bad,
        }.get(str(state.value), t.muted)
        if state.quality is not Quality.LIVE:
            colour = t.muted
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"background: {colour}; color: #ffffff;")
        for alias, (_name, label) in self._rows.items():
            v = self._snapshot.get(alias)
            alarm = (
                (alias == ESTOP_ALIAS and v.value is True)
                or (alias == GUARD_ALIAS and v.value is False)
                or (alias == FAULT_ALIAS and bool(v.value))
            )
            live = v.quality is Quality.LIVE
            colour = t.bad if alarm and live else (t.text if live else t.muted)
            style = f"font-size: 22px; font-weight: 600; color: {colour};"
            if label.styleSheet() != style:
                label.setStyleSheet(style)
                label.ensurePolished()
            label.setText(self._word(alias, v.value))

    def _word(self, alias: str, value: object) -> str:
        if value is None:
            return "–"
        if alias == ESTOP_ALIAS:
            return self.tr("pressed") if value else self.tr("released")
        if alias == GUARD_ALIAS:
            return self.tr("closed") if value else self.tr("open")
        if alias == FAULT_ALIAS and not value:
            return self.tr("none")
        return format_value(self._snapshot.specs[alias], value, self._language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
