"""The sign-in screen: a trainee types their code on the on-screen keyboard, or scans their card.

A USB QR scanner is a keyboard to the computer: it types the card's text (`SKILLSLAB:TRAINEE:T-1001`,
kiosk.core.trainee_code) and presses Enter. So the physical keyboard works whatever has the focus:
while the screen is visible, an application event filter takes the key presses meant for any widget
of this screen's window (except a text input of its own, should a future header have one): characters
go into the code, Backspace deletes one, Escape clears, Enter signs in. A card scanned after
something was typed replaces what was typed.

The screen only talks to the SignInModel: `submit` on Enter or the Sign in button, `cancel` when the
code is edited while it is being checked. It emits nothing itself; whoever composes the screens
listens to `SignInModel.signed_in`. After a refusal the code stays for correcting; after a sign-in
(and a sign-out) the code and the message are cleared, so nothing of the previous person remains.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.contrast import readable_on
from kiosk.core.site import Theme
from kiosk.core.trainee_code import CARD_PREFIX, CODE_MAX_LEN, code_problem, normalize_code
from kiosk.ui.labs.style import DIM, DIM_TEXT, labs_stylesheet
from kiosk.ui.labs.toggle_row import repolish
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.sign_in import Refusal, SignInModel

KEY_ROWS: tuple[str, ...] = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM")
"""The on-screen keyboard: digits, then the letters as on the QWERTY keyboards used at the Dutch
sites, '-' at the end of the home row; the last row ends in ⌫ (two keys wide) and Clear."""

KEY_MAX_PX = 96
"""Keys grow with the screen up to this height (and never below TOUCH_MIN_PX)."""
KEY_MAX_W_PX = 132
CODE_ROW_PX = TOUCH_MIN_PX + 16
"""Height of the code field and the Sign in button beside it."""
CONTENT_MAX_W_PX = 1400
"""On a wide screen the content stays this wide, centred."""
MAX_TYPED = len(CARD_PREFIX) + CODE_MAX_LEN + 12
"""Characters kept from the physical keyboard (a card's text fits, with room to spare); anything this
long is refused as invalid anyway, so cutting it off cannot make it somebody else's code."""

_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHECKING = "checking"


def sign_in_stylesheet(t: Theme) -> str:
    return f"""
    #SignInTitle {{ font-size: 44px; font-weight: 700; }}
    #SignInHint {{ font-size: 24px; color: {t.muted}; }}
    #SignInCode {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
                  font-size: 44px; font-weight: 700; padding: 0 20px; }}
    #SignInMessage {{ font-size: 22px; }}
    #SignInMessage[tone="info"] {{ color: {t.muted}; }}
    #SignInMessage[tone="problem"] {{ color: {t.warning}; font-weight: 600; }}
    QPushButton#CodeKey {{ font-size: 30px; font-weight: 600; min-height: {TOUCH_MIN_PX}px;
                          min-width: {TOUCH_MIN_PX}px; padding: 0; }}
    QPushButton#CodeKey[word="true"] {{ font-size: 22px; }}
    QPushButton#SignInButton {{ min-width: 240px; min-height: {CODE_ROW_PX}px; max-height: {CODE_ROW_PX}px;
                               font-size: 26px; font-weight: 700; background: {t.primary};
                               border-color: {t.primary}; color: {readable_on(t.primary)}; }}
    QPushButton#SignInButton:disabled {{ background: {t.surface}; border-color: {DIM}; color: {DIM_TEXT}; }}
    """


class SignInScreen(QWidget):
    """`SignInScreen(model, language, theme=None, parent=None)`.

    Parts (tests tap and read them): `title`, `hint`, `code_display`, `message`, `sign_in_button`,
    and `keys`, which maps "0".."9", "A".."Z", "-", "back" and "clear" to their buttons.
    `code()` is the code typed so far (normalized); `message_kind()` is None, "checking", or a
    Refusal value; `reset()` clears the code and the message (for an idle timeout)."""

    def __init__(
        self,
        model: SignInModel,
        language: LanguageModel,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._language = language
        self._raw = ""  # what was typed or scanned, as typed
        self._message_kind: str | None = None
        self._filtering = False
        self.setStyleSheet(labs_stylesheet(theme or Theme()) + sign_in_stylesheet(theme or Theme()))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel(self)
        self.title.setObjectName("SignInTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hint = QLabel(self)
        self.hint.setObjectName("SignInHint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.code_display = QLabel(self)
        self.code_display.setObjectName("SignInCode")
        self.code_display.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code_display.setFixedHeight(CODE_ROW_PX)
        self.code_display.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("SignInButton")
        self.sign_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sign_in_button.setFixedHeight(CODE_ROW_PX)
        self.sign_in_button.clicked.connect(self.submit)
        self.message = QLabel(self)
        self.message.setObjectName("SignInMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setProperty("tone", "info")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setFixedHeight(64)  # two lines; the keyboard does not jump when a message comes

        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for r, row in enumerate(KEY_ROWS):
            for c, ch in enumerate(row):
                grid.addWidget(self._key(ch, "−" if ch == "-" else ch), r, c)  # a minus sign reads better
        last = len(KEY_ROWS) - 1
        grid.addWidget(self._key("back", "⌫"), last, len(KEY_ROWS[last]), 1, 2)
        grid.addWidget(self._key("clear", ""), last, len(KEY_ROWS[last]) + 2)
        self.keys["clear"].setProperty("word", "true")

        code_row = QHBoxLayout()
        code_row.setSpacing(16)
        code_row.addWidget(self.code_display, 1)
        code_row.addWidget(self.sign_in_button)

        content = QVBoxLayout()
        content.setSpacing(12)
        content.addStretch(1)  # a tall screen: the keys grow to KEY_MAX_PX, the rest is shared above and below
        content.addWidget(self.title)
        content.addWidget(self.hint)
        content.addSpacing(8)
        content.addLayout(code_row)
        content.addWidget(self.message)
        content.addLayout(grid, 12)  # sizes go by stretch: the keys first, the spacers a little
        content.addStretch(1)
        self._content = QWidget(self)
        self._content.setLayout(content)
        self._content.setMaximumWidth(CONTENT_MAX_W_PX)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(self._content)

        model.checking_changed.connect(self._on_checking)
        model.sign_in_refused.connect(self._on_refused)
        model.signed_in.connect(self._on_signed_in)
        model.signed_out.connect(self.reset)
        language.language_changed.connect(self.retranslate)
        self.retranslate()

    def _key(self, name: str, label: str) -> QPushButton:
        b = QPushButton(label, self)
        b.setObjectName("CodeKey")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        b.setMaximumHeight(KEY_MAX_PX)
        if len(name) == 1:
            b.setMaximumWidth(KEY_MAX_W_PX)
        b.clicked.connect(lambda: self.press(name))
        self.keys[name] = b
        return b

    # ------------------------------------------------------------------------------ state
    def code(self) -> str:
        """The code as typed so far, normalized (what the display shows)."""
        return normalize_code(self._raw)

    def message_kind(self) -> str | None:
        return self._message_kind

    def reset(self) -> None:
        """Clear the code and the message (after a sign-in or sign-out, or when the kiosk goes idle)."""
        if self.model.checking:
            self.model.cancel()
        self._raw = ""
        self._set_message(None)
        self._show()

    # ------------------------------------------------------------------------------ typing
    def press(self, name: str) -> None:
        """An on-screen key: "0".."9", "A".."Z", "-", "back" or "clear"."""
        if name == "back":
            self._edit(self.code()[:-1])
        elif name == "clear":
            self._edit("")
        elif len(self.code()) < CODE_MAX_LEN:
            self._edit(self.code() + name)

    def type_text(self, text: str) -> None:
        """Characters from the physical keyboard (or a scanner); whitespace is skipped."""
        raw = self._raw
        for ch in text:
            if ch.isspace() or not ch.isprintable() or len(raw) >= MAX_TYPED:
                continue
            raw += ch
            start = raw.upper().rfind(CARD_PREFIX)
            if start > 0:  # a card scanned after something was typed: the card counts
                raw = raw[start:]
        self._edit(raw)

    def submit(self) -> None:
        """Enter or the Sign in button: hand the code to the model, unless it is being checked already."""
        if self.model.checking or not self.code():
            return
        self._raw = self.model.submit(self._raw)
        self._show()

    def _edit(self, raw: str) -> None:
        if raw == self._raw:
            return
        if self.model.checking:  # the trainee changes the code: the answer for the old one no longer counts
            self.model.cancel()
        self._raw = raw
        if self._message_kind is not None:
            self._set_message(None)
        self._show()

    # ------------------------------------------------------------------------------ answers
    def _on_checking(self, checking: bool) -> None:
        if checking:
            self._set_message(_CHECKING)
        elif self._message_kind == _CHECKING:
            self._set_message(None)
        self._show()

    def _on_refused(self, kind: str) -> None:
        self._set_message(kind)
        self._show()

    def _on_signed_in(self, _trainee: object) -> None:
        self.reset()

    # ------------------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        self.hint.setText(self.tr("Type your trainee code or scan your card."))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.keys["clear"].setText(self.tr("Clear"))
        self.keys["back"].setAccessibleName(self.tr("Delete the last character"))
        self._set_message(self._message_kind)

    def message_text(self, kind: str | None) -> str:
        if kind == _CHECKING:
            return self.tr("Checking…")
        if kind == Refusal.UNKNOWN:
            return self.tr("That code is not known here. Check it, or ask your instructor.")
        if kind == Refusal.INVALID:
            return self.tr(
                "A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash."
            )
        if kind == Refusal.UNAVAILABLE:
            return self.tr("Signing in does not work right now. Try again, or ask your instructor.")
        return ""

    def _set_message(self, kind: str | None) -> None:
        self._message_kind = kind
        self.message.setText(self.message_text(kind))
        tone = "info" if kind in (None, _CHECKING) else "problem"
        if self.message.property("tone") != tone:
            self.message.setProperty("tone", tone)
            repolish(self.message)

    def _show(self) -> None:
        code = self.code()
        width = max(self.code_display.contentsRect().width() - 40, 40)  # the padding of #SignInCode
        shown = QFontMetrics(self.code_display.font()).elidedText(code, Qt.TextElideMode.ElideLeft, width)
        self.code_display.setText(shown)
        self.code_display.setToolTip(code)
        self.sign_in_button.setEnabled(not self.model.checking and code_problem(code) is None)

    # ------------------------------------------------------------------------------ Qt
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not self._takes_keys_of(watched):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if mods != Qt.KeyboardModifier.NoModifier:
            return False  # a shortcut, not typing
        key, text = event.key(), event.text()
        ours = key in (*_ENTER, Qt.Key.Key_Backspace, Qt.Key.Key_Escape) or (
            bool(text) and text.isprintable() and not text.isspace()
        )
        if not ours:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no single-key shortcut of the window takes a character of the code
            return True
        if key in _ENTER:
            if not event.isAutoRepeat():
                self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key == Qt.Key.Key_Escape:
            self.press("clear")
        else:
            self.type_text(text)
        return True

    def _takes_keys_of(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget) or not self.isVisible():
            return False
        if watched is self or self.isAncestorOf(watched):
            return True
        return watched.window() is self.window() and not isinstance(watched, _TEXT_INPUTS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
