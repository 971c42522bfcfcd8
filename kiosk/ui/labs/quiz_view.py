"""A quiz step's answer area: choices as large toggle rows, Check answer, then right or wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.labs.module import QuizStep
from kiosk.core.labs.session import StepState, StepStatus
from kiosk.ui.labs.toggle_row import ToggleRow, repolish


class QuizView(QWidget):
    """Single choice (one correct id) behaves like radio buttons; multiple choice lets several be
    ticked. Check answer (enabled once something is chosen) emits `answer_given(ids)`; after that
    `show_state` locks the choices and shows the verdict, the right choices and the explanation."""

    answer_given = Signal(list)

    def __init__(self, step: QuizStep, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._language = language
        self._state: StepState | None = None
        self._locked = False  # answered: taps on choices do nothing (rows stay readable, not greyed)
        self._how = QLabel(self)
        self._how.setObjectName("LabMuted")
        self.rows: dict[str, ToggleRow] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self._how)
        for choice in step.choices:
            row = ToggleRow("", self)
            row.clicked.connect(lambda cid=choice.id: self._on_choice(cid))
            self.rows[choice.id] = row
            lay.addWidget(row)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("Primary")
        self.check_button.setProperty("wide", "true")
        self.check_button.clicked.connect(self._on_check)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("StatusWord")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("LabText")
        self.explanation.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.setSpacing(16)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.verdict, 1)
        lay.addLayout(check_row)
        lay.addWidget(self.explanation)
        self.set_language(language)

    def chosen(self) -> list[str]:
        return [cid for cid, row in self.rows.items() if row.is_checked()]

    def set_language(self, lang: str) -> None:
        self._language = lang
        for choice in self.step.choices:
            self.rows[choice.id].set_text(choice.text.get(lang))
        self.retranslate()

    def retranslate(self) -> None:
        multiple = self.step.multiple
        self._how.setText(self.tr("Choose every right answer.") if multiple else self.tr("Choose one answer."))
        self.check_button.setText(self.tr("Check answer"))
        self._show_verdict()

    def show_state(self, state: StepState) -> None:
        """Reflect the session: open (choices editable) or answered (locked, verdict shown)."""
        self._state = state
        answered = state.status in (StepStatus.PASSED, StepStatus.FAILED) and state.answer is not None
        if answered:
            for cid, row in self.rows.items():
                row.set_checked(cid in state.answer)
        open_ = state.status is StepStatus.ACTIVE
        self._locked = not open_
        self.check_button.setVisible(open_)
        self.check_button.setEnabled(open_ and bool(self.chosen()))
        self._show_verdict()

    def _show_verdict(self) -> None:
        state = self._state
        answered = state is not None and state.answer is not None and state.status is not StepStatus.ACTIVE
        correct = set(self.step.correct)
        for cid, row in self.rows.items():
            if not answered:
                row.set_verdict("")
            elif cid in correct:
                row.set_verdict("right", "✓ " + self.tr("right answer"))
            elif state is not None and cid in state.answer:
                row.set_verdict("wrong", "✗ " + self.tr("wrong"))
            else:
                row.set_verdict("")
        if not answered or state is None:
            self.verdict.setText("")
            self.explanation.setText("")
            self.explanation.hide()
            return
        ok = state.status is StepStatus.PASSED
        self.verdict.setText("✓ " + self.tr("Right!") if ok else "✗ " + self.tr("Not right."))
        self.verdict.setProperty("verdict", "right" if ok else "wrong")
        repolish(self.verdict)
        text = self.step.explanation.get(self._language) if self.step.explanation is not None else ""
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))

    def _on_choice(self, cid: str) -> None:
        if self._locked:
            return
        row = self.rows[cid]
        if self.step.multiple:
            row.set_checked(not row.is_checked())
        else:
            for other_id, other in self.rows.items():
                other.set_checked(other_id == cid)
        self.check_button.setEnabled(bool(self.chosen()))

    def _on_check(self) -> None:
        ids = self.chosen()
        if ids:
            self.check_button.setEnabled(False)
            self.answer_given.emit(ids)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
