"""The end of an attempt: the outcome, big and plain, the score and what happened in each step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.session import Outcome, Phase, SessionResult, StepStatus
from kiosk.core.site import Theme
from kiosk.ui.labs.words import (
    STATUS_ICONS,
    clock_text,
    kind_name,
    percent_text,
    points_text,
    shorten,
    step_result_name,
)
from kiosk.viewmodels.lab_runner import LabRunnerModel

ROW_PX = 52
STEP_NAME_CHARS = 60


def step_name(module: LabModule, index: int, lang: str) -> str:
    """A short name for a step in the breakdown: its title, else the start of its text."""
    step = module.steps[index]
    text = step.title or getattr(step, "question", None) or getattr(step, "text", None)
    if text is None:
        return module.step_id(index)
    return shorten(text.get(lang), STEP_NAME_CHARS)


class ResultScreen(QWidget):
    """Passed / Failed / Completed / Stopped / Waived with icon and colour; score in % and points;
    the pass mark; a table step by step (kind, status, points, hints, time). Back to the list, or
    try again when the module allows another attempt, or replay the attempt (when enabled).

    Signals: replay_requested(str): the attempt's registration."""

    replay_requested = Signal(str)

    def __init__(self, runner: LabRunnerModel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._theme = theme
        self._module_id: str | None = None
        self.module_title = QLabel(self)
        self.module_title.setObjectName("LabHeading")
        self.module_title.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("Outcome")
        self.score = QLabel(self)
        self.score.setObjectName("Score")
        self.points = QLabel(self)
        self.points.setObjectName("LabMuted")
        self.mastery = QLabel(self)
        self.mastery.setObjectName("LabText")
        self.mastery.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("LabMuted")
        self.reason.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("LabSmall")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for c in range(7):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("Primary")
        self.back_button.setProperty("wide", "true")
        self.back_button.clicked.connect(self._on_back)
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self._on_again)
        self.replay_button = QPushButton(self)
        self.replay_button.clicked.connect(self._on_replay)
        self.replay_button.hide()
        self._replay_enabled = False

        summary = QVBoxLayout()
        summary.setSpacing(4)
        summary.addWidget(self.module_title)
        summary.addWidget(self.outcome)
        score_row = QHBoxLayout()
        score_row.setSpacing(16)
        score_row.addWidget(self.score, 0, Qt.AlignmentFlag.AlignBaseline)
        score_row.addWidget(self.points, 0, Qt.AlignmentFlag.AlignBaseline)
        score_row.addStretch(1)
        self._status_row = score_row
        summary.addLayout(score_row)
        summary.addWidget(self.mastery)
        summary.addWidget(self.reason)
        summary.addWidget(self.detail)
        footer = QHBoxLayout()
        footer.addWidget(self.again_button)
        footer.addWidget(self.replay_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(14)
        lay.addLayout(summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(footer)
        runner.session_changed.connect(self.refresh)
        self.refresh()

    def add_status(self, widget: QWidget) -> None:
        """A small status (the save indicator) at the end of the score row."""
        self._status_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def enable_replay(self, enabled: bool = True) -> None:
        """Offer "Replay" (the attempt's recorded trends and events): only when attempts are recorded."""
        self._replay_enabled = enabled
        self.refresh()

    def _on_replay(self) -> None:
        session = self._runner.session
        if session is not None:
            self.replay_requested.emit(session.attempt_id)

    def result(self) -> SessionResult | None:
        s = self._runner.session
        return s.result if s is not None and s.phase is Phase.ENDED else None

    def refresh(self) -> None:
        session = self._runner.session
        result = self.result()
        if session is None or result is None:
            return
        lang = self._runner.language
        module = session.module
        self._module_id = module.id
        t = self._theme
        words = {
            Outcome.PASSED: ("✓ " + self.tr("Passed"), t.good),
            Outcome.FAILED: ("✗ " + self.tr("Not passed"), t.bad),
            Outcome.COMPLETED: ("✓ " + self.tr("Completed"), t.good),
            Outcome.ABANDONED: ("■ " + self.tr("Stopped"), t.warning),
            Outcome.WAIVED: ("– " + self.tr("Waived"), t.muted),
        }
        text, colour = words[result.outcome]
        self.module_title.setText(module.title.get(lang))
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {colour};")
        if result.scaled is not None and result.outcome is not Outcome.WAIVED:
            self.score.setText(self.tr("Score {percent}").format(percent=percent_text(result.scaled, lang)))
            self.points.setText(
                self.tr("{points} of {max} points").format(
                    points=points_text(result.score_raw, lang), max=points_text(result.score_max, lang)
                )
            )
        else:
            self.score.setText("")
            self.points.setText(self.tr("This module is not scored."))
        self.score.setVisible(bool(self.score.text()))
        if result.mastery is None:
            self.mastery.setText(self.tr("This module has no pass mark: finishing it is what counts."))
        else:
            self.mastery.setText(
                self.tr("Pass mark: {percent} of the points.").format(percent=percent_text(result.mastery, lang))
            )
        self.reason.setText(self._reason_text(result))
        self.reason.setVisible(bool(self.reason.text()))
        not_prepared = result.outcome is Outcome.ABANDONED and _not_prepared(result.reason)
        self.detail.setText(
            self.tr("For the instructor: {reason}").format(reason=result.reason)
            if not_prepared and not self._runner.ended_offline
            else ""
        )
        self.detail.setVisible(bool(self.detail.text()))
        self._fill_table(module, result, lang)
        self.back_button.setText(self.tr("Back to modules"))
        self.again_button.setText(self.tr("Try again"))
        limit = module.max_attempts
        self.again_button.setVisible(limit is None or session.attempt_number < limit)
        self.replay_button.setText(self.tr("Replay"))
        self.replay_button.setVisible(self._replay_enabled)

    def _reason_text(self, result: SessionResult) -> str:
        reason = result.reason
        if result.outcome is Outcome.FAILED and reason == "time limit":
            return self.tr("The time for this module ran out.")
        if result.outcome is Outcome.FAILED:
            return self.tr("Below the pass mark. Look at the steps below and try again.")
        if result.outcome is Outcome.ABANDONED and _not_prepared(reason) and self._runner.ended_offline:
            return self.tr("The cell was not connected, so it could not be prepared. Try again when it is back.")
        if result.outcome is Outcome.ABANDONED and _not_prepared(reason):
            return self.tr("The cell could not be prepared for this module. Ask an instructor.")
        if result.outcome is Outcome.ABANDONED:
            return self.tr("The module was stopped before the end.")
        return ""

    def _fill_table(self, module: LabModule, result: SessionResult, lang: str) -> None:
        headers = [
            "#",
            self.tr("Step"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Points"),
            self.tr("Hints"),
            self.tr("Time"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(result.steps))
        t = self._theme
        colours = {
            StepStatus.PASSED: t.good,
            StepStatus.DONE: t.good,
            StepStatus.FAILED: t.bad,
            StepStatus.SKIPPED: t.muted,
            StepStatus.WAIVED: t.muted,
            StepStatus.PENDING: t.muted,
            StepStatus.ACTIVE: t.text,
        }
        for row, st in enumerate(result.steps):
            points = (
                f"{points_text(st.points, lang)} / {points_text(st.max_points, lang)}" if st.max_points > 0 else "–"
            )
            cells = [
                str(row + 1),
                step_name(module, row, lang),
                kind_name(st.kind),
                f"{STATUS_ICONS[st.status]} {step_result_name(st)}",
                points,
                str(st.hints_taken) if st.hints_taken else "–",
                clock_text(st.duration_s),
            ]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setForeground(_brush(colours[st.status]))
                if col >= 4 or col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _on_back(self) -> None:
        self._runner.close()

    def _on_again(self) -> None:
        module_id = self._module_id
        if module_id is not None:
            self._runner.start(module_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _not_prepared(reason: str) -> bool:
    """The engine's reason says the setup or a step's on_enter failed ("setup: ...", "step 3 (id): ...")."""
    return reason.startswith(("setup", "step "))


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))
