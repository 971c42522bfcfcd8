"""One calm banner when the cell is out of reach; hidden while the link is good."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.core.tags import ConnectionState


class ConnectionBanner(QFrame):
    """Says, in plain words, that the values shown are not current and that the kiosk keeps trying.
    It never blocks the screen: the last values stay visible, marked stale."""

    def __init__(self, cell_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self._cell_label = cell_label
        self._state = ConnectionState.CONNECTING
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 10, 20, 10)
        lay.addWidget(self._text, 1)
        self.set_state(ConnectionState.CONNECTING)

    def message(self) -> str:
        return self._text.text()

    def set_cell_label(self, label: str) -> None:
        self._cell_label = label
        self._retranslate()

    def set_state(self, state: ConnectionState) -> None:
        self._state = state
        self.setVisible(state is not ConnectionState.CONNECTED)
        self._retranslate()

    def _retranslate(self) -> None:
        if self._state is ConnectionState.CONNECTING:
            text = self.tr("Connecting to {cell}…")
        elif self._state is ConnectionState.RECONNECTING:
            text = self.tr("No connection with {cell}. The values shown are not current. Reconnecting…")
        else:
            text = self.tr("Not connected to {cell}.")
        self._text.setText(text.format(cell=self._cell_label))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
