"""InstructorPanel: the hub an unlocked instructor sees: a list of sections (trainees, progress,
exports, privacy, ...) on the left, the chosen section on the right, and "Lock and go back" and
"Close the kiosk app" under the list. Without sections it shows only the two buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.site import Theme
from kiosk.ui.instructor.section import InstructorSection
from kiosk.ui.instructor.style import instructor_stylesheet

NAV_WIDTH_PX = 280


class InstructorPanel(QWidget):
    """Signals: leave_requested() (close the kiosk app), back_requested() (lock again, to the start).

    `sections` are shown in the order given; the first is shown when the panel is (re)entered with
    `enter()`, and each is `activate()`d whenever it comes into view."""

    leave_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        theme: Theme | None = None,
        sections: Sequence[InstructorSection] = (),
        text_scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(instructor_stylesheet(theme or Theme(), text_scale))  # the site's text size too
        self.sections = list(sections)
        nav = QFrame(self)
        nav.setObjectName("SectionList")
        nav.setFixedWidth(NAV_WIDTH_PX)
        self.heading = QLabel(nav)
        self.heading.setObjectName("LabTitle")
        self.text = QLabel(nav)
        self.text.setObjectName("LabSmall")
        self.text.setWordWrap(True)
        self.section_buttons: list[QPushButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.stack = QStackedWidget(self)
        nl = QVBoxLayout(nav)
        nl.setContentsMargins(16, 16, 16, 16)
        nl.setSpacing(6)
        nl.addWidget(self.heading)
        nl.addWidget(self.text)
        nl.addSpacing(8)
        for i, section in enumerate(self.sections):
            button = QPushButton(nav)
            button.setObjectName("Section")
            button.setCheckable(True)
            self._group.addButton(button, i)
            self.section_buttons.append(button)
            nl.addWidget(button)
            # Each section scrolls on its own: a section taller (or, in a long language, wider) than
            # the screen must not make the whole window bigger than the screen.
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            scroll.viewport().setAutoFillBackground(False)
            self.stack.addWidget(scroll)
        nl.addStretch(1)
        self.back_button = QPushButton(nav)
        self.back_button.setObjectName("Primary")
        self.back_button.clicked.connect(self.back_requested)
        self.leave_button = QPushButton(nav)
        self.leave_button.setObjectName("Danger")
        self.leave_button.clicked.connect(self.leave_requested)
        nl.addWidget(self.back_button)
        nl.addWidget(self.leave_button)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(16)
        lay.addWidget(nav)
        lay.addWidget(self.stack, 1)
        if not self.sections:
            self.stack.hide()
            lay.addStretch(1)
        self._group.idClicked.connect(self.show_section)
        self.retranslate()
        if self.sections:
            self.section_buttons[0].setChecked(True)

    def enter(self) -> None:
        """The instructor just unlocked: start at the first section, fresh."""
        if self.sections:
            self.show_section(0)

    def show_section(self, index: int) -> None:
        """Show section `index` and let it refresh."""
        if not 0 <= index < len(self.sections):
            return
        self.section_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(index)
        self.sections[index].activate()

    def hideEvent(self, event: QHideEvent) -> None:
        """Left (locked, idle reset, another page): every section forgets what concerned one person."""
        for section in self.sections:
            section.leave()
        super().hideEvent(event)

    def current_section(self) -> InstructorSection | None:
        index = self.stack.currentIndex()
        return self.sections[index] if 0 <= index < len(self.sections) else None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Instructor"))
        self.text.setText(self.tr("Unlocked. It locks again at the start, or after two minutes untouched."))
        for button, section in zip(self.section_buttons, self.sections, strict=True):
            button.setText(section.section_title())
        self.back_button.setText(self.tr("Lock and go back"))
        self.leave_button.setText(self.tr("Close the kiosk app"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
