"""The labs part of the kiosk: module list -> safety -> (preparing) -> steps -> result."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.labs.session import Phase
from kiosk.core.site import Theme
from kiosk.ui.labs.module_list import ModuleList
from kiosk.ui.labs.result_screen import ResultScreen
from kiosk.ui.labs.safety_screen import SafetyScreen
from kiosk.ui.labs.step_screen import StepScreen
from kiosk.ui.labs.style import labs_stylesheet
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.lab_runner import LabRunnerModel
from kiosk.viewmodels.language import LanguageModel

NOTICE_MS = 8000
"""How long a notice stays up (a tap on ✕ closes it sooner)."""
NOTICE_SIDE_PX = 320
"""Room left free on each side of a notice for the footer's buttons."""


class PreparingScreen(QWidget):
    """While the module's setup puts the cell in its starting state."""

    def __init__(self, runner: LabRunnerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.module_title = QLabel(self)
        self.module_title.setObjectName("LabTitle")
        self.message = QLabel(self)
        self.message.setObjectName("LabHeading")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = QLabel(self)
        self.position.setObjectName("LabMuted")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("Danger")
        self.stop_button.clicked.connect(runner.abandon)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.addWidget(self.module_title)
        lay.addStretch(1)
        lay.addWidget(self.message)
        lay.addWidget(self.position)
        lay.addStretch(1)
        lay.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        runner.session_changed.connect(self.refresh)
        runner.ticked.connect(self.refresh)

    def refresh(self) -> None:
        session = self._runner.session
        if session is None or session.phase is not Phase.PREPARING:
            return
        self.module_title.setText(session.module.title.get(self._runner.language))
        self.message.setText(self.tr("Preparing the cell for this module…"))
        done, total = session.setup_position
        self.position.setText(self.tr("{done} of {total} done").format(done=done, total=total) if total else "")
        self.stop_button.setText(self.tr("Stop module"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class NoticeBar(QFrame):
    """A message for the trainee over the top of the lab screens, gone after NOTICE_MS or a tap on ✕."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Notice")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setObjectName("NoticeClose")
        self.close_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 6, 8, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self._shown_at = QElapsedTimer()
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(message)
        self.show()
        self._timer.start()
        self._shown_at.start()

    def clear_old(self, min_age_ms: int = 1000) -> None:
        """Hide the notice unless it came up just now (with the change that caused it)."""
        if self.isVisible() and self._shown_at.isValid() and self._shown_at.elapsed() >= min_age_ms:
            self.hide()


class LabsScreen(QWidget):
    """A stack of the lab screens, switched by the runner's phase: no session -> module list;
    SAFETY -> safety; PREPARING -> preparing; STEPS -> step; ENDED -> result. Notices show in a bar
    above the stack."""

    def __init__(
        self, runner: LabRunnerModel, language: LanguageModel, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._language = language
        self.setStyleSheet(labs_stylesheet(theme))
        self.notice = NoticeBar(self)
        self.stack = QStackedWidget(self)
        self.module_list = ModuleList(runner.catalog.entries, language.language, self.stack)
        self.safety = SafetyScreen(runner, self.stack)
        self.preparing = PreparingScreen(runner, self.stack)
        self.steps = StepScreen(runner, theme, self.stack)
        self.result = ResultScreen(runner, theme, self.stack)
        for page in (self.module_list, self.safety, self.preparing, self.steps, self.result):
            self.stack.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack, 1)
        self._where: tuple[QWidget, int, int] | None = None
        self.module_list.module_chosen.connect(self._on_module_chosen)
        runner.session_changed.connect(self._on_session_changed)
        runner.notice.connect(self._on_notice)
        language.language_changed.connect(self._on_language_changed)
        self._on_session_changed()

    def _on_notice(self, message: str) -> None:
        self.notice.show_message(message)
        self._place_notice()

    def _place_notice(self) -> None:
        """Over the page, bottom centre: between the footer's corner buttons (Stop / Next, Back /
        Begin), so it hides neither them nor the header's time left; nothing moves under a finger."""
        side = min(NOTICE_SIDE_PX, self.width() // 4)
        width = self.width() - 2 * side
        height = self.notice.heightForWidth(width)
        height = max(height if height > 0 else self.notice.sizeHint().height(), TOUCH_MIN_PX)
        self.notice.setGeometry(side, self.height() - height - 14, width, height)
        self.notice.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.notice.isVisible():
            self._place_notice()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _on_module_chosen(self, module_id: str) -> None:
        self.runner.start(module_id)

    def _on_session_changed(self) -> None:
        session = self.runner.session
        if session is None:
            page: QWidget = self.module_list
        else:
            page = {
                Phase.SAFETY: self.safety,
                Phase.PREPARING: self.preparing,
                Phase.STEPS: self.steps,
                Phase.ENDED: self.result,
            }[session.phase]
        where = (page, id(session), session.index if session is not None else -1)
        if where != self._where:
            self._where = where
            self.notice.clear_old()  # a notice belongs to the screen and step it came up on
        if page is not self.stack.currentWidget():
            self.stack.setCurrentWidget(page)

    def _on_language_changed(self, lang: str) -> None:
        self.module_list.set_language(lang)
        self.safety.refresh()
        self.preparing.refresh()
        self.steps.refresh()
        self.result.refresh()
