"""A large tappable row with a tick box and wrapping text: safety statements and quiz choices."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.theme import TOUCH_MIN_PX

BOX_PX = 48


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property used in a selector changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    for child in widget.findChildren(QWidget):
        child.style().unpolish(child)
        child.style().polish(child)


class ToggleRow(QFrame):
    """The whole row is the touch target (at least TOUCH_MIN_PX high). A tap emits `clicked`; the
    owner decides what the tap means and sets `checked` (a quiz may untick, a safety row may not).
    `verdict` ("", "right", "wrong") frames the row after a quiz answer, with a word, not colour alone."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Toggle")
        self.setMinimumHeight(TOUCH_MIN_PX + 8)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._checked = False
        self._verdict = ""
        self._box = QLabel(self)
        self._box.setObjectName("ToggleBox")
        self._box.setFixedSize(BOX_PX, BOX_PX)
        self._box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text = QLabel(text, self)
        self._text.setObjectName("LabText")
        self._text.setWordWrap(True)
        self._mark = QLabel(self)
        self._mark.setObjectName("LabMuted")
        self._mark.hide()
        for label in (self._box, self._text, self._mark):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(18)
        lay.addWidget(self._box, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self._text, 1)
        lay.addWidget(self._mark, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setProperty("checked", "false")
        self.setProperty("verdict", "")

    def text(self) -> str:
        return self._text.text()

    def set_text(self, text: str) -> None:
        self._text.setText(text)

    def is_checked(self) -> bool:
        return self._checked

    def set_checked(self, checked: bool) -> None:
        if checked == self._checked:
            return
        self._checked = checked
        self._box.setText("✓" if checked else "")
        self.setProperty("checked", "true" if checked else "false")
        repolish(self)

    def verdict(self) -> str:
        return self._verdict

    def set_verdict(self, verdict: str, word: str = "") -> None:
        """Frame the row green ("right") or red ("wrong") with `word` beside it; "" clears."""
        self._verdict = verdict
        self._mark.setText(word)
        self._mark.setVisible(bool(word))
        self.setProperty("verdict", verdict)
        repolish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if self.isEnabled():
                self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self.setCursor(Qt.CursorShape.PointingHandCursor if self.isEnabled() else Qt.CursorShape.ArrowCursor)
        super().changeEvent(event)
