"""TraineePanel: above the module list, who is signed in (with Sign out) and the attempts they left
unfinished when the kiosk stopped, each with Continue and Stop it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.formatting import format_number
from kiosk.core.labs.module import LabModule
from kiosk.core.labs.resume import ResumePoint
from kiosk.services.records import Trainee
from kiosk.ui.labs.toggle_row import repolish

CONFIRM_MS = 5000
""""Stop it" asks to be tapped again within this time: closing an attempt cannot be undone."""

STOP_TEXT_MARGIN_PX = 40
"""Room beside the Stop button's words: padding and border."""

MAX_UNFINISHED_SHOWN = 2
"""At most this many unfinished attempts are offered (newest first); older ones wait their turn."""


class UnfinishedCard(QFrame):
    """One unfinished attempt: module, step, points so far; Continue / Stop it."""

    continue_requested = Signal(object)  # ResumePoint
    stop_requested = Signal(object)  # ResumePoint

    def __init__(self, point: ResumePoint, module: LabModule, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Unfinished")
        self.point = point
        self.module = module
        self._language = language
        self.text = QLabel(self)
        self.text.setObjectName("LabText")
        self.text.setWordWrap(True)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("Primary")
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self.point))
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self._on_stop)
        self._confirming = False
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(CONFIRM_MS)
        self._confirm_timer.timeout.connect(self._on_confirm_expired)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 8, 8)
        lay.setSpacing(12)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.stop_button)
        lay.addWidget(self.continue_button)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self._language = lang
        self.retranslate()

    def retranslate(self) -> None:
        raw, top = self.point.score_of(self.module)
        title = self.module.title.get(self._language)
        where = self.tr("step {n} of {total}").format(n=self.point.index + 1, total=len(self.module.steps))
        if top > 0:
            score = self.tr("{raw} of {top} points so far").format(
                raw=_points(raw, self._language), top=_points(top, self._language)
            )
            where = f"{where} · {score}"
        self.text.setText(self.tr("Not finished: {title}, {where}").format(title=title, where=where))
        self.continue_button.setText(self.tr("Continue"))
        words = (self.tr("Stop it"), self.tr("Tap again to stop it"))
        self.stop_button.setText(words[1] if self._confirming else words[0])
        self.stop_button.setObjectName("Danger" if self._confirming else "")
        repolish(self.stop_button)
        # As wide as its longer words, so the question does not appear cut off (nor the card jump).
        fm = self.stop_button.fontMetrics()
        self.stop_button.setMinimumWidth(max(fm.horizontalAdvance(w) for w in words) + STOP_TEXT_MARGIN_PX)

    def _on_stop(self) -> None:
        if not self._confirming:
            self._confirming = True
            self._confirm_timer.start()
            self.retranslate()
            return
        self._confirm_timer.stop()
        self._confirming = False
        self.stop_requested.emit(self.point)

    def _on_confirm_expired(self) -> None:
        self._confirming = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TraineePanel(QWidget):
    """Signals: sign_out_requested(); continue_requested(ResumePoint); stop_requested(ResumePoint)."""

    sign_out_requested = Signal()
    continue_requested = Signal(object)
    stop_requested = Signal(object)

    def __init__(self, module_for: Callable[[str], LabModule | None], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._module_for = module_for
        self._language = language
        self._trainee: Trainee | None = None
        self._unfinished: list[ResumePoint] = []
        self._loading = False
        self.who = QLabel(self)
        self.who.setObjectName("LabHeading")
        self.status = QLabel(self)
        self.status.setObjectName("LabMuted")
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.who, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status, 1, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.sign_out_button)
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(8)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 12, 20, 0)
        lay.setSpacing(8)
        lay.addLayout(top)
        lay.addLayout(self._cards_box)
        self.cards: list[UnfinishedCard] = []
        self.retranslate()

    @property
    def trainee(self) -> Trainee | None:
        return self._trainee

    def show_trainee(self, trainee: Trainee | None, *, loading: bool = False) -> None:
        """Who is signed in (None: nobody); `loading` while their records are read."""
        self._trainee = trainee
        self._loading = loading
        if trainee is None or loading:
            self._unfinished = []
        self._rebuild()

    def show_unfinished(self, points: tuple[ResumePoint, ...]) -> None:
        self._loading = False
        self._unfinished = [p for p in points if self._module_for(p.module_id) is not None]
        self._rebuild()

    def drop(self, point: ResumePoint) -> None:
        """The attempt was continued or stopped: no longer offered."""
        self._unfinished = [p for p in self._unfinished if p.attempt_id != point.attempt_id]
        self._rebuild()

    def set_language(self, lang: str) -> None:
        self._language = lang
        for card in self.cards:
            card.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        t = self._trainee
        if t is None:
            self.who.setText("")
        elif t.display_name:
            self.who.setText(self.tr("Hello {name}").format(name=t.display_name))
        else:
            self.who.setText(self.tr("Signed in as {code}").format(code=t.code))
        self.status.setText(self.tr("Reading your records…") if self._loading else "")
        self.sign_out_button.setText(self.tr("Sign out"))

    def _rebuild(self) -> None:
        for card in self.cards:
            self._cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for point in self._unfinished[:MAX_UNFINISHED_SHOWN]:
            module = self._module_for(point.module_id)
            assert module is not None
            card = UnfinishedCard(point, module, self._language, self)
            card.continue_requested.connect(self.continue_requested)
            card.stop_requested.connect(self.stop_requested)
            self._cards_box.addWidget(card)
            self.cards.append(card)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _points(value: float, lang: str) -> str:
    """Whole points without decimals (3, not 3.0); a half point with one (2,5 in Dutch)."""
    return format_number(value, 0 if float(value).is_integer() else 1, lang)
