"""How the current step stands, in colour, icon and word: waiting, 7 of 10, passed, timed out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from kiosk.ui.labs.toggle_row import repolish

STATES: tuple[str, ...] = ("waiting", "progress", "passed", "failed", "nolive")
"""`state` values the stylesheet colours: grey, primary, green, red, amber."""


class CheckStatus(QFrame):
    """A coloured bar on the left, a big icon, a word and a line of detail. Readable without colour:
    the icon and the word say the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Status")
        self.bar = QFrame(self)
        self.bar.setObjectName("StatusBar")
        self.bar.setFixedWidth(10)
        self.icon = QLabel(self)
        self.icon.setObjectName("StatusIcon")
        self.icon.setFixedWidth(56)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word = QLabel(self)
        self.word.setObjectName("StatusWord")
        self.word.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("LabMuted")
        self.detail.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 16, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.bar, 0, 0, 2, 1)
        grid.addWidget(self.icon, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.word, 0, 2)
        grid.addWidget(self.detail, 1, 2)
        grid.setColumnStretch(2, 1)
        self._state = ""
        self.show_status("waiting", "○", "", "")

    @property
    def state(self) -> str:
        return self._state

    def show_status(self, state: str, icon: str, word: str, detail: str) -> None:
        if state not in STATES:
            raise ValueError(f"unknown status {state!r}")
        self.icon.setText(icon)
        self.word.setText(word)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if state != self._state:
            self._state = state
            self.setProperty("state", state)
            repolish(self)
