"""A question asked in place of the button that raised it: "Stop this module?" with No and Yes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConfirmBar(QFrame):
    """Hidden until `ask`. No (left) keeps things as they are, Yes (right, red) does it; either hides
    the bar. The owner sets the words in `ask` and again after a language switch (`set_words`).

    Signals: `opened()` when a question comes up (the lab screens clear a notice that would cover
    it), `confirmed()` on Yes, `cancelled()` on No.
    """

    opened = Signal()
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Confirm")
        self.question = QLabel(self)
        self.question.setObjectName("LabText")
        self.question.setWordWrap(True)
        self.yes_button = QPushButton(self)
        self.yes_button.setObjectName("DangerSolid")
        self.yes_button.clicked.connect(self._on_yes)
        self.no_button = QPushButton(self)
        self.no_button.clicked.connect(self._on_no)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(12)
        lay.addWidget(self.question, 1)
        lay.addWidget(self.no_button)
        lay.addWidget(self.yes_button)
        self.hide()

    def ask(self, question: str, yes: str, no: str) -> None:
        self.set_words(question, yes, no)
        self.show()
        self.opened.emit()

    def set_words(self, question: str, yes: str, no: str) -> None:
        self.question.setText(question)
        self.yes_button.setText(yes)
        self.no_button.setText(no)

    def _on_yes(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _on_no(self) -> None:
        self.hide()
        self.cancelled.emit()
