"""The machine's state at a glance: a big coloured state word, mode, emergency stop, guard door, fault."""

from __future__ import annotations

from PySide6.QtCore import QEvent
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
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for i, alias in enumerate((MODE_ALIAS, ESTOP_ALIAS, GUARD_ALIAS, FAULT_ALIAS)):
            if alias not in snapshot.specs:
                continue
            name, value = QLabel(self), QLabel("–", self)
            name.setObjectName("TileLabel")
            value.setStyleSheet("font-size: 22px; font-weight: 600;")
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
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
            label.setText(self._word(alias, v.value))
            alarm = (
                (alias == ESTOP_ALIAS and v.value is True)
                or (alias == GUARD_ALIAS and v.value is False)
                or (alias == FAULT_ALIAS and bool(v.value))
            )
            live = v.quality is Quality.LIVE
            colour = t.bad if alarm and live else (t.text if live else t.muted)
            label.setStyleSheet(f"font-size: 22px; font-weight: 600; color: {colour};")

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
