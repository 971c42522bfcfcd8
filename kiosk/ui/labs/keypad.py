"""A numeric keypad for touch: the observation answer is typed here (a kiosk has no keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import TOUCH_MIN_PX

MAX_CHARS = 10
"""Digits and decimal sign a trainee can type (the minus sign not counted)."""
KEY_PX = TOUCH_MIN_PX
"""Height of a key and of the display: touch-sized, and small enough that the whole pad fits beside
an observation's text on a 1280 x 800 screen."""
_DECIMAL_COMMA = frozenset({"nl", "de", "fy"})


def parse_number(text: str) -> float | None:
    """The typed text as a number; a decimal comma and a decimal point both work. None when the text
    is not (yet) a number ("", "-", ",")."""
    cleaned = text.strip().replace(",", ".").replace("−", "-")
    if cleaned.count(".") > 1:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


class NumberPad(QWidget):
    """Display, unit and keys 0-9, the decimal sign of the language, ±, ⌫ and C, plus a submit
    button. `submitted(value)` when submit is tapped with a number typed. `keys` maps "0".."9",
    "decimal", "sign", "back", "clear" to their buttons (tests tap them).

    `allow_negative=False` (a tag that cannot go below zero) hides ± and ignores a typed minus.
    At most MAX_CHARS digits and decimal sign. `set_message` shows a line of feedback beside the keys."""

    submitted = Signal(float)

    def __init__(self, unit: str, language: str, allow_negative: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._text = ""
        self.allow_negative = allow_negative
        self.display = QLabel(self)
        self.display.setObjectName("Display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.display.setFixedHeight(KEY_PX)
        self.message = QLabel(self)
        self.message.setObjectName("PadMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._unit = QLabel(unit, self)
        self._unit.setObjectName("LabHeading")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("Primary")
        self.submit_button.setProperty("wide", "true")
        self.submit_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.submit_button.clicked.connect(self._on_submit)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.display, 0, 0, 1, 4)
        grid.addWidget(self._unit, 0, 4, Qt.AlignmentFlag.AlignLeft)
        layout_rows = (
            ("7", "8", "9", "back"),
            ("4", "5", "6", "clear"),
            ("1", "2", "3", "sign"),
        )
        for r, names in enumerate(layout_rows, start=1):
            for c, name in enumerate(names):
                grid.addWidget(self._key(name), r, c)
        grid.addWidget(self._key("0"), 4, 0, 1, 3)
        grid.addWidget(self._key("decimal"), 4, 3)
        grid.addWidget(self.message, 1, 4, 2, 2)  # the free corner beside 7-9 and 4-6
        grid.addWidget(self.submit_button, 3, 4, 2, 1)  # a tall key beside 3 and 0, like Enter on a numpad
        grid.setColumnStretch(5, 1)
        self.keys["sign"].setVisible(allow_negative)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_language(language)

    def _key(self, name: str) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName("Key")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.clicked.connect(lambda: self.press(name))
        self.keys[name] = b
        return b

    # ------------------------------------------------------------------------------ state
    def text(self) -> str:
        return self._text

    def value(self) -> float | None:
        return parse_number(self._text)

    def clear(self) -> None:
        self._text = ""
        self._show()

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def set_language(self, lang: str) -> None:
        self._language = lang
        self.retranslate()

    def retranslate(self) -> None:
        for d in "0123456789":
            self.keys[d].setText(d)
        self.keys["decimal"].setText(self._decimal_sign())
        self.keys["sign"].setText("±")
        self.keys["back"].setText("⌫")
        self.keys["back"].setToolTip(self.tr("Delete the last character"))
        self.keys["clear"].setText("C")
        self.keys["clear"].setToolTip(self.tr("Clear"))
        self.submit_button.setText(self.tr("Check answer"))
        self._show()

    def _decimal_sign(self) -> str:
        return "," if self._language in _DECIMAL_COMMA else "."

    # ------------------------------------------------------------------------------ typing
    def press(self, name: str) -> None:
        """One key: a digit, "decimal", "sign", "back" or "clear" (also "," and ".")."""
        t = self._text
        sign, digits = ("-", t[1:]) if t.startswith("-") else ("", t)
        if len(name) == 1 and name in "0123456789":
            if len(digits) < MAX_CHARS:
                t = sign + ("" if digits == "0" else digits) + name
        elif name in ("decimal", ",", "."):
            if "," not in t and "." not in t and len(digits or "0") < MAX_CHARS:
                t = sign + (digits or "0") + self._decimal_sign()
        elif name == "sign":
            if self.allow_negative:
                t = digits if sign else "-" + digits
        elif name == "back":
            t = t[:-1]
        elif name == "clear":
            t = ""
        self._text = t
        self._show()

    def type_text(self, text: str) -> None:
        """Press the keys for `text` ("12,5", "-3.2"), as a trainee would."""
        for ch in text:
            if ch in "-−":
                self.press("sign")
            else:
                self.press(ch)

    def _show(self) -> None:
        shown = self._text.replace("-", "−").replace(".", self._decimal_sign()).replace(",", self._decimal_sign())
        self.display.setText(shown or " ")
        self.submit_button.setEnabled(self.isEnabled() and self.value() is not None)

    def _on_submit(self) -> None:
        v = self.value()
        if v is not None:
            self.submitted.emit(v)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text and (text.isdigit() or text in ",."):
            self.press(text)
        elif text == "-":
            self.press("sign")
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key == Qt.Key.Key_Escape:
            self.press("clear")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_submit()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.EnabledChange:
            self._show()
        super().changeEvent(event)
