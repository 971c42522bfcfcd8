"""InstructorPanel: what an unlocked instructor can do on the kiosk itself (the trainee matrix, exports
and settings screens come with the instructor issue): close the kiosk, or go back to the start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.site import Theme
from kiosk.ui.labs.style import labs_stylesheet


class InstructorPanel(QWidget):
    """Signals: leave_requested() (close the kiosk app), back_requested() (lock again, to the start)."""

    leave_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(labs_stylesheet(theme or Theme()))  # the lab screens' headings and buttons
        self.heading = QLabel(self)
        self.heading.setObjectName("LabTitle")
        self.text = QLabel(self)
        self.text.setObjectName("LabText")
        self.text.setWordWrap(True)
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("Danger")
        self.leave_button.clicked.connect(self.leave_requested)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("Primary")
        self.back_button.clicked.connect(self.back_requested)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 40, 48, 40)
        lay.setSpacing(20)
        lay.addWidget(self.heading)
        lay.addWidget(self.text)
        lay.addSpacing(12)
        lay.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Instructor"))
        self.text.setText(
            self.tr("The kiosk is unlocked. It locks again at the start, or after two minutes untouched.")
        )
        self.back_button.setText(self.tr("Lock and go back to the start"))
        self.leave_button.setText(self.tr("Close the kiosk app"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
