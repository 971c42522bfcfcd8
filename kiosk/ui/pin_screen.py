"""The instructor PIN screens: `PinScreen` (leave the kiosk, change settings) and `FirstPinScreen`
(choose the first PIN on first run). Both talk only to kiosk.viewmodels.instructor_lock.InstructorLock.

What they share: a heading, a line of dots for the digits typed (the digits are never shown, not even
in a tooltip or an accessible name), a message line, a big numeric keypad (0-9, Clear, ⌫, OK) and a
Cancel button that emits `cancelled`. The physical keyboard works too while the screen has the focus:
digits type, Backspace deletes one, Enter is OK, Escape clears what was typed (and cancels when
nothing is). At most PIN_MAX_LEN digits; OK needs PIN_MIN_LEN.

PinScreen messages: "Checking…" while the hash runs; a wrong PIN with the tries left; a lockout with
a countdown (m:ss, or h:mm:ss) during which the keypad is off; a damaged PIN file (no countdown: only
`kiosk instructor set-pin` on the computer ends it). The typed digits are cleared after every try.

FirstPinScreen: enter the PIN, then the same again; a PIN that breaks the rule (kiosk.core.pin_rules)
is refused with the rule's reason in plain words, two that differ start over.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.contrast import readable_on
from kiosk.core.pin_rules import PIN_MAX_LEN, PIN_MIN_LEN, PinProblem, pin_problem_kind
from kiosk.core.site import Theme
from kiosk.services.pin import PinVerdict, Verdict
from kiosk.ui.labs.style import DIM, DIM_TEXT, labs_stylesheet
from kiosk.ui.labs.toggle_row import repolish
from kiosk.ui.labs.words import clock_text
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.instructor_lock import FirstPinRefusal, InstructorLock, Purpose

__all__ = ["FirstPinScreen", "PinScreen", "pin_stylesheet"]

KEY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("1", "2", "3"),
    ("4", "5", "6"),
    ("7", "8", "9"),
    ("clear", "0", "back"),
)
"""The keypad as on a phone; OK is a wide key below it."""
KEY_MAX_PX = 100
KEY_W_PX = 120
"""Width of a digit key's face (QSS min/max-width); OK spans three keys."""
DOTS_PX = TOUCH_MIN_PX + 24
CONTENT_MAX_W_PX = 1200
TICK_MS = 250

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_OURS = (*_ENTER, Qt.Key.Key_Backspace, Qt.Key.Key_Escape)

# message kinds
_CHECKING = "checking"
_WRONG = "wrong"
_LOCKED = "locked"
_DAMAGED = "damaged"
_NOT_SET = "not-set"
_SAVED = "saved"


def pin_stylesheet(t: Theme) -> str:
    return f"""
    #PinTitle {{ font-size: 44px; font-weight: 700; }}
    #PinHint {{ font-size: 24px; color: {t.muted}; }}
    #PinDots {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
               font-size: 40px; color: {t.text}; padding: 0 20px; }}
    #PinDots[enabled="false"] {{ border-color: {DIM}; color: {DIM_TEXT}; }}
    #PinMessage {{ font-size: 24px; }}
    #PinMessage[tone="info"] {{ color: {t.muted}; }}
    #PinMessage[tone="problem"] {{ color: {t.warning}; font-weight: 600; }}
    QPushButton#PinKey {{ font-size: 34px; font-weight: 600; min-height: {TOUCH_MIN_PX}px;
                         min-width: {KEY_W_PX}px; max-width: {KEY_W_PX}px; padding: 0; }}
    QPushButton#PinKey[word="true"] {{ font-size: 22px; }}
    QPushButton#PinOk {{ font-size: 28px; font-weight: 700; background: {t.primary}; border-color: {t.primary};
                        color: {readable_on(t.primary)}; min-height: {TOUCH_MIN_PX}px; }}
    QPushButton#PinOk:disabled, QPushButton#PinKey:disabled {{ background: {t.surface}; border-color: {DIM};
                                                               color: {DIM_TEXT}; }}
    QPushButton#PinCancel {{ min-width: 200px; font-size: 22px; }}
    """


def pin_problem_words(problem: PinProblem) -> str:
    """Why a new PIN is refused, in the shown language. The first-PIN screen and the PIN change in the
    instructor's settings say it the same way, from the FirstPinScreen translations."""
    texts = {
        PinProblem.NOT_DIGITS: QCoreApplication.translate("FirstPinScreen", "A PIN has digits only."),
        PinProblem.TOO_SHORT: QCoreApplication.translate("FirstPinScreen", "A PIN has at least 4 digits."),
        PinProblem.TOO_LONG: QCoreApplication.translate("FirstPinScreen", "A PIN has at most 8 digits."),
        PinProblem.ALL_SAME: QCoreApplication.translate(
            "FirstPinScreen",
            "All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.",
        ),
        PinProblem.STRAIGHT_RUN: QCoreApplication.translate(
            "FirstPinScreen",
            "The digits run straight up or down (like 1234 or 4321). That is one of the first PINs "
            "anyone tries. Choose another.",
        ),
    }
    return texts[problem]


class _PinPad(QWidget):
    """What both screens share. Parts (tests tap and read them): `title`, `hint`, `dots`,
    `message`, `keys` ("0".."9", "back", "clear", "ok") and `cancel_button`. `typed_count()` is the
    number of digits typed; `message_kind()` the message shown (None when none)."""

    cancelled = Signal()

    def __init__(self, lock: InstructorLock, theme: Theme | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        t = theme or Theme()
        self.lock = lock
        self._pin = ""
        self._message_kind: str | None = None
        self._keypad_on = True
        self.setStyleSheet(labs_stylesheet(t) + pin_stylesheet(t))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel(self)
        self.title.setObjectName("PinTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("PinHint")
        self.hint.setWordWrap(True)
        self.dots = QLabel(self)
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setFixedHeight(DOTS_PX)
        self.dots.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = QLabel(self)
        self.message.setObjectName("PinMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setProperty("tone", "info")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumHeight(140)  # up to four lines; nothing jumps when a message comes
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("PinCancel")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)

        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for r, row in enumerate(KEY_ROWS):
            for c, name in enumerate(row):
                grid.addWidget(self._key(name), r, c)
        ok = self._key("ok")
        ok.setObjectName("PinOk")
        grid.addWidget(ok, len(KEY_ROWS), 0, 1, 3)
        self.keys["back"].setText("⌫")
        self.keys["clear"].setProperty("word", "true")
        for d in "0123456789":
            self.keys[d].setText(d)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.title)
        left.addWidget(self.hint)
        left.addSpacing(8)
        left.addWidget(self.dots)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 1)
        pad = QVBoxLayout()
        pad.addStretch(1)
        pad.addLayout(grid, 12)
        pad.addStretch(1)
        columns.addLayout(pad, 0)
        self._content = QWidget(self)
        self._content.setLayout(columns)
        self._content.setMaximumWidth(CONTENT_MAX_W_PX)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addWidget(self._content)

    def _key(self, name: str) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName("PinKey")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        b.setMinimumHeight(TOUCH_MIN_PX)
        b.setMaximumHeight(KEY_MAX_PX)
        b.clicked.connect(lambda: self.press(name))
        self.keys[name] = b
        return b

    # ------------------------------------------------------------------------------ state
    def typed_count(self) -> int:
        return len(self._pin)

    def message_kind(self) -> str | None:
        return self._message_kind

    def reset(self) -> None:
        """Forget the digits and the message (after a try, a cancel, or when the screen is shown)."""
        self._pin = ""
        self._set_message(None)
        self._show()

    def cancel(self) -> None:
        self._pin = ""
        self._cancel_work()
        self.reset()
        self.cancelled.emit()

    def _cancel_work(self) -> None:
        self.lock.cancel()

    # ------------------------------------------------------------------------------ typing
    def press(self, name: str) -> None:
        """An on-screen key: "0".."9", "back", "clear" or "ok"."""
        if not self._keypad_on or self.lock.checking:
            return
        if name == "ok":
            if len(self._pin) >= PIN_MIN_LEN:
                pin, self._pin = self._pin, ""
                self._show()
                self._submit(pin)
            return
        if name == "back":
            self._pin = self._pin[:-1]
        elif name == "clear":
            self._pin = ""
        elif len(name) == 1 and name in "0123456789" and len(self._pin) < PIN_MAX_LEN:
            self._pin += name
        if self._message_kind in (_WRONG, _NOT_SET) or self._message_kind in set(PinProblem) | set(FirstPinRefusal):
            self._set_message(None)  # typing again: the old complaint has done its job
        self._show()

    def _submit(self, pin: str) -> None:
        raise NotImplementedError

    def _show(self) -> None:
        n = len(self._pin)
        shown = ["●"] * n + ["○"] * max(0, PIN_MIN_LEN - n)
        self.dots.setText(" ".join(shown))
        on = self._keypad_on and not self.lock.checking
        if self.dots.property("enabled") != ("true" if on else "false"):
            self.dots.setProperty("enabled", "true" if on else "false")
            repolish(self.dots)
        for name, b in self.keys.items():
            if name == "ok":
                b.setEnabled(on and n >= PIN_MIN_LEN)
            elif name in ("back", "clear"):
                b.setEnabled(on and n > 0)
            else:
                b.setEnabled(on and n < PIN_MAX_LEN)

    # ------------------------------------------------------------------------------ words
    def retranslate(self) -> None:
        # The shared words have one explicit context, "PinScreen": self.tr here would be looked up under
        # the subclass's name at run time, while lupdate files it under "_PinPad".
        self.keys["clear"].setText(QCoreApplication.translate("PinScreen", "Clear"))
        self.keys["back"].setAccessibleName(QCoreApplication.translate("PinScreen", "Delete the last digit"))
        self.keys["ok"].setText(QCoreApplication.translate("PinScreen", "OK"))
        self.cancel_button.setText(QCoreApplication.translate("PinScreen", "Cancel"))
        self._set_message(self._message_kind)

    def message_text(self, kind: str | None) -> str:
        return ""

    def _set_message(self, kind: str | None) -> None:
        self._message_kind = kind
        self.message.setText(self.message_text(kind))
        tone = "info" if kind in (None, _CHECKING, _SAVED) else "problem"
        if self.message.property("tone") != tone:
            self.message.setProperty("tone", tone)
            repolish(self.message)

    # ------------------------------------------------------------------------------ Qt
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_ours(event):
            event.accept()  # no single-key shortcut of the window takes a digit of the PIN
            return True
        return super().event(event)

    @staticmethod
    def _is_ours(event: QKeyEvent) -> bool:
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        text = event.text()
        return event.key() in _OURS or (len(text) == 1 and text in "0123456789")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._is_ours(event):
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text()
        if key in _ENTER:
            if not event.isAutoRepeat():
                self.press("ok")
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key == Qt.Key.Key_Escape:
            if self._pin:
                self.press("clear")
            elif not event.isAutoRepeat():
                self.cancel()
        else:
            self.press(text)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PinScreen(_PinPad):
    """`PinScreen(lock, theme=None, parent=None, *, clock=time.monotonic)`: asks for the instructor
    PIN when `lock.request(purpose)` is called and submits it to the lock. Emits `cancelled` when
    Cancel is tapped (the lock's request is closed too); whoever composes the screens listens to
    `lock.unlocked(purpose)`. `seconds_locked()` is the countdown (0 when not locked)."""

    def __init__(
        self,
        lock: InstructorLock,
        theme: Theme | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(lock, theme, parent)
        self._clock = clock
        self._purpose = lock.purpose
        self._tries_left = 0
        self._locked_until: float | None = None  # on `clock`; inf: until a new PIN is set
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        lock.pin_requested.connect(self._on_requested)
        lock.checking_changed.connect(self._on_checking)
        lock.refused.connect(self._on_refused)
        lock.locked.connect(self._on_refused)
        lock.unlocked.connect(self._on_unlocked)
        self.retranslate()
        self._show()

    def seconds_locked(self) -> float:
        if self._locked_until is None:
            return 0.0
        return max(0.0, self._locked_until - self._clock())

    def _submit(self, pin: str) -> None:
        self.lock.submit(pin)

    # ------------------------------------------------------------------------------ answers
    def _on_requested(self, purpose: str) -> None:
        self._purpose = purpose
        self._pin = ""
        self.retranslate()  # the hint names the purpose
        if self._locked_until == math.inf:
            # Locked "until repaired" (a damaged file, a failed write): look again, the lock's peek
            # locks the keypad anew if it still is.
            self._unlock_keypad()
        if self._locked_until is None:
            self._set_message(None)
        self._show()

    def _on_checking(self, checking: bool) -> None:
        if checking:
            self._set_message(_CHECKING)
        elif self._message_kind == _CHECKING:
            self._set_message(None)
        self._show()

    def _on_refused(self, verdict: object) -> None:
        if not isinstance(verdict, PinVerdict):
            return
        self._pin = ""
        if verdict.kind is Verdict.WRONG:
            self._tries_left = verdict.tries_left
            self._set_message(_WRONG)
        elif verdict.kind is Verdict.NOT_SET:
            self._set_message(_NOT_SET)
        elif verdict.problem is not None or math.isinf(verdict.seconds_left):
            self._lock_keypad(math.inf)
            self._set_message(_DAMAGED)
        else:
            self._lock_keypad(self._clock() + verdict.seconds_left)
            self._set_message(_LOCKED)
        self._show()

    def _on_unlocked(self, _purpose: str) -> None:
        self._unlock_keypad()
        self.reset()

    def _lock_keypad(self, until: float) -> None:
        self._locked_until = until
        self._keypad_on = False
        if math.isfinite(until):
            self._tick.start()
        else:
            self._tick.stop()

    def _unlock_keypad(self) -> None:
        self._locked_until = None
        self._keypad_on = True
        self._tick.stop()

    def _on_tick(self) -> None:
        if self.seconds_locked() <= 0:
            self._unlock_keypad()
            self._set_message(None)
            self._show()
        else:
            self._set_message(_LOCKED)

    def _cancel_work(self) -> None:
        self.lock.cancel()  # the lock stays on screen-independent: a countdown continues when shown again

    def reset(self) -> None:
        self._pin = ""
        self._set_message(_LOCKED if self._locked_until is not None and math.isfinite(self._locked_until) else None)
        if self._locked_until is not None and math.isinf(self._locked_until):
            self._set_message(_DAMAGED)
        self._show()

    # ------------------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.title.setText(self.tr("Instructor PIN"))
        if self._purpose == Purpose.LEAVE:
            self.hint.setText(self.tr("Type the instructor PIN to leave the kiosk."))
        elif self._purpose == Purpose.SETTINGS:
            self.hint.setText(self.tr("Type the instructor PIN to change the settings."))
        else:
            self.hint.setText(self.tr("Type the instructor PIN."))
        super().retranslate()

    def message_text(self, kind: str | None) -> str:
        if kind == _CHECKING:
            return self.tr("Checking…")
        if kind == _WRONG:
            return self.tr("Wrong PIN. Tries left before the PIN locks: {n}").format(n=self._tries_left)
        if kind == _LOCKED:
            return self.tr("Too many wrong tries. You can try again in {time}.").format(
                time=clock_text(self.seconds_locked())
            )
        if kind == _DAMAGED:
            return self.tr(
                "The PIN cannot be checked, so the kiosk stays locked. Someone with access to this "
                "computer can set a new PIN with: kiosk instructor set-pin"
            )
        if kind == _NOT_SET:
            return self.tr("No instructor PIN has been set yet.")
        return ""


class FirstPinScreen(_PinPad):
    """`FirstPinScreen(lock, theme=None, parent=None)`: the first run, when `lock.needs_first_pin`.
    Type a PIN, then the same again; `lock.set_first_pin` stores it and `lock.pin_set` follows.
    `step()` is "enter" or "confirm". Cancel emits `cancelled` (and starts over)."""

    def __init__(self, lock: InstructorLock, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(lock, theme, parent)
        self._step = "enter"
        self._first = ""
        lock.checking_changed.connect(self._on_checking)
        lock.first_pin_refused.connect(self._on_refused)
        lock.pin_set.connect(self._on_saved)
        self.retranslate()
        self._show()

    def step(self) -> str:
        return self._step

    def _submit(self, pin: str) -> None:
        if self._step == "enter":
            problem = pin_problem_kind(pin)
            if problem is not None:
                self._set_message(problem.value)
                return
            self._first = pin
            self._step = "confirm"
            self.retranslate()
            self._set_message(None)
            return
        first, self._first = self._first, ""
        self.lock.set_first_pin(first, pin)

    def _start_over(self) -> None:
        self._first = ""
        self._pin = ""
        self._step = "enter"
        self.retranslate()

    def _cancel_work(self) -> None:
        self._start_over()

    def _on_checking(self, checking: bool) -> None:
        if checking:
            self._set_message(_CHECKING)
        elif self._message_kind == _CHECKING:
            self._set_message(None)
        self._show()

    def _on_refused(self, reason: str) -> None:
        self._start_over()
        self._set_message(reason)
        self._show()

    def _on_saved(self) -> None:
        self._start_over()
        self._set_message(_SAVED)
        self._show()

    # ------------------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose the instructor PIN"))
        if self._step == "enter":
            self.hint.setText(
                self.tr(
                    "Instructors need this PIN to leave the kiosk or change its settings. "
                    "Type 4 to 8 digits that only instructors know."
                )
            )
        else:
            self.hint.setText(self.tr("Type the same PIN again."))
        super().retranslate()

    def message_text(self, kind: str | None) -> str:
        texts = {
            _CHECKING: self.tr("Saving…"),
            _SAVED: self.tr("The instructor PIN is saved."),
            FirstPinRefusal.MISMATCH: self.tr("The two PINs were not the same. Start again."),
            FirstPinRefusal.ALREADY_SET: self.tr(
                "An instructor PIN is already set. It can be changed only on the computer itself."
            ),
            FirstPinRefusal.FAILED: self.tr("The PIN could not be saved. Try again, or check the computer's disk."),
            FirstPinRefusal.BUSY: self.tr("Still busy. Wait a moment and try again."),
        }
        if kind in set(PinProblem):
            return pin_problem_words(PinProblem(kind))
        return texts.get(kind, "") if kind is not None else ""
