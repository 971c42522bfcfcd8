"""The labs part of the kiosk: module list -> safety -> (preparing) -> steps -> result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.labs.session import Phase
from kiosk.core.site import Theme
from kiosk.core.tags import ConnectionState
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.labs.confirm_bar import ConfirmBar
from kiosk.ui.labs.module_list import ModuleList
from kiosk.ui.labs.result_screen import ResultScreen
from kiosk.ui.labs.safety_screen import SafetyScreen
from kiosk.ui.labs.step_screen import StepScreen
from kiosk.ui.labs.style import labs_stylesheet
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.lab_runner import LabRunnerModel, Notice
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

NOTICE_MS = 8000
"""How long a notice stays up once it can be seen (a tap on ✕ closes it sooner)."""
NOTICE_SIDE_PX = 320
"""Room left free on each side of a notice, at least (the footer's corner buttons)."""
NOTICE_MIN_W = 360
"""A notice narrower than this between the footer's buttons goes above the footer instead."""
TAP_GUARD_MS = 400
"""After the page or the step changes, taps are ignored this long: the second tap of a double tap
must not land on whatever button the new page has under the finger (Begin -> Back, Next -> Next)."""


class PreparingScreen(QWidget):
    """While the module's setup puts the cell in its starting state. Stop module asks first."""

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
        self.stop_button.clicked.connect(self._on_stop)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._on_stop_confirmed)
        self.confirm.cancelled.connect(self.stop_button.show)
        footer = QHBoxLayout()
        footer.addWidget(self.stop_button)
        footer.addWidget(self.confirm, 1)
        footer.addStretch(0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.addWidget(self.module_title)
        lay.addStretch(1)
        lay.addWidget(self.message)
        lay.addWidget(self.position)
        lay.addStretch(1)
        lay.addLayout(footer)
        runner.session_changed.connect(self.refresh)
        runner.ticked.connect(self.refresh)

    def refresh(self) -> None:
        session = self._runner.session
        if session is None or session.phase is not Phase.PREPARING:
            if self.confirm.isVisibleTo(self):
                self.confirm.hide()
                self.stop_button.show()
            return
        self.module_title.setText(session.module.title.get(self._runner.language))
        self.message.setText(self.tr("Preparing the cell for this module…"))
        done, total = session.setup_position
        self.position.setText(self.tr("{done} of {total} done").format(done=done, total=total) if total else "")
        self.stop_button.setText(self.tr("Stop module"))
        self.confirm.set_words(*self._confirm_words())

    def _confirm_words(self) -> tuple[str, str, str]:
        return self.tr("Stop this module? It is recorded as stopped."), self.tr("Yes, stop"), self.tr("No, go on")

    def _on_stop(self) -> None:
        self.stop_button.hide()
        self.confirm.ask(*self._confirm_words())

    def _on_stop_confirmed(self) -> None:
        self.stop_button.show()
        self._runner.abandon()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class NoticeBar(QFrame):
    """A message for the trainee over the bottom of the lab screens, gone NOTICE_MS after it could
    first be seen, or on a tap on ✕. It keeps the Notice, not its text, so `retranslate` words it
    again in a new language."""

    def __init__(self, wording: Callable[[Notice], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Notice")
        self._wording = wording
        self.notice: Notice | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.close_button = QPushButton("✕", self)
        self.close_button.setObjectName("NoticeClose")
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(20, 6, 8, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.dismiss)
        self._shown_at = QElapsedTimer()
        self.hide()

    def show_notice(self, notice: Notice) -> None:
        self.notice = notice
        self.retranslate()
        self.show()
        self._shown_at.start()
        if self.isVisible():  # else the countdown starts when the lab screens come into view
            self._timer.start()

    def retranslate(self) -> None:
        if self.notice is not None:
            self.text.setText(self._wording(self.notice))

    @property
    def waiting(self) -> bool:
        """A notice is up but not seen yet (the lab screens are out of view)."""
        return self.notice is not None and not self._timer.isActive()

    def on_screen_shown(self) -> None:
        """The lab screens came into view: a waiting notice starts its countdown now."""
        if self.notice is not None and not self._timer.isActive():
            self._timer.start()
            self._shown_at.start()

    def dismiss(self) -> None:
        self.notice = None
        self._timer.stop()
        self.hide()

    def clear_old(self, min_age_ms: int = 1000) -> None:
        """Dismiss the notice unless it came up just now (with the change that caused it) or has not
        been seen yet."""
        if self.notice is not None and self._timer.isActive() and self._shown_at.elapsed() >= min_age_ms:
            self.dismiss()


class TapShield(QWidget):
    """Transparent, over the lab screens for TAP_GUARD_MS after the page or step changes: it takes
    the taps meant for the page that was there before."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._covered = parent
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TAP_GUARD_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def guard(self) -> None:
        self.setGeometry(self._covered.rect())
        self.show()
        self.raise_()
        self._timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()


class LabsScreen(QWidget):
    """A stack of the lab screens, switched by the runner's phase: no session -> module list;
    SAFETY -> safety; PREPARING -> preparing; STEPS -> step; ENDED -> result.

    Above the stack, while an attempt is open, the ConnectionBanner of its cell (the values and the
    check are not current while it shows). Notices show in a bar over the stack's bottom;
    `notice_waiting_changed(bool)` tells the window when one waits to be seen (this screen is out of
    view)."""

    notice_waiting_changed = Signal(bool)

    def __init__(
        self, runner: LabRunnerModel, language: LanguageModel, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._language = language
        self.setStyleSheet(labs_stylesheet(theme))
        self.banner = ConnectionBanner("", self)
        self._banner_host = QWidget(self)
        bl = QVBoxLayout(self._banner_host)
        bl.setContentsMargins(20, 12, 20, 0)
        bl.addWidget(self.banner)
        self.stack = QStackedWidget(self)
        self.module_list = ModuleList(runner.catalog.entries, language.language, self.stack)
        self.safety = SafetyScreen(runner, self.stack)
        self.preparing = PreparingScreen(runner, self.stack)
        self.steps = StepScreen(runner, theme, self.stack)
        self.result = ResultScreen(runner, theme, self.stack)
        for page in (self.module_list, self.safety, self.preparing, self.steps, self.result):
            self.stack.addWidget(page)
        self.notice = NoticeBar(runner.notice_text, self)
        self.tap_shield = TapShield(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self._banner_host)
        lay.addWidget(self.stack, 1)
        self._where: tuple[QWidget, str, int] | None = None
        self._live: LiveCellModel | None = None
        self._notice_waiting = False
        self.module_list.module_chosen.connect(self._on_module_chosen)
        for confirm in (self.steps.confirm, self.preparing.confirm):
            confirm.opened.connect(self.notice.dismiss)  # a notice must not cover the question's buttons
        runner.session_changed.connect(self._on_session_changed)
        runner.notice_posted.connect(self._on_notice_posted)
        language.language_changed.connect(self._on_language_changed)
        self._on_session_changed()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def accepts_taps(self) -> bool:
        """False for a moment after the page or step changed (see TAP_GUARD_MS)."""
        return not self.tap_shield.isVisible()

    # ------------------------------------------------------------------------------ notices
    def _on_notice_posted(self, notice: Notice) -> None:
        self.notice.show_notice(notice)
        self._place_notice()
        self._set_notice_waiting(self.notice.waiting)

    def _set_notice_waiting(self, waiting: bool) -> None:
        if waiting != self._notice_waiting:
            self._notice_waiting = waiting
            self.notice_waiting_changed.emit(waiting)

    def _place_notice(self) -> None:
        """Over the page's bottom, in the gap between the footer's buttons (Stop, Skip, Next; Back,
        Begin; ...), so it hides none of them, nor the header's time left; nothing moves under a
        finger. Above the footer when the gap is too narrow, and above an open question (Stop?
        Skip?), whose buttons must stay free."""
        mid = self.width() // 2
        left, right = min(NOTICE_SIDE_PX, self.width() // 4), self.width() - min(NOTICE_SIDE_PX, self.width() // 4)
        bottom = self.height() - 14
        footer = [self._rect_of(b) for b in self._footer_buttons() if b.isVisible()]
        for r in footer:
            if r.center().x() < mid:
                left = max(left, r.right() + 12)
            else:
                right = min(right, r.left() - 12)
        if right - left < NOTICE_MIN_W and footer:
            left, right = min(NOTICE_SIDE_PX, self.width() // 4), self.width() - min(NOTICE_SIDE_PX, self.width() // 4)
            bottom = min(r.top() for r in footer) - 8
        for confirm in (self.steps.confirm, self.preparing.confirm):
            if confirm.isVisible():
                bottom = min(bottom, self._rect_of(confirm).top() - 8)
        width = right - left
        height = self.notice.heightForWidth(width)
        height = max(height if height > 0 else self.notice.sizeHint().height(), TOUCH_MIN_PX)
        self.notice.setGeometry(left, bottom - height, width, height)
        self.notice.raise_()

    def _footer_buttons(self) -> list[QWidget]:
        page = self.stack.currentWidget()
        if page is self.steps:
            return [self.steps.stop_button, self.steps.skip_button, self.steps.next_button]
        if page is self.safety:
            return [self.safety.back_button, self.safety.begin_button]
        if page is self.preparing:
            return [self.preparing.stop_button]
        if page is self.result:
            return [self.result.again_button, self.result.back_button]
        return []

    def _rect_of(self, widget: QWidget) -> QRect:
        return QRect(widget.mapTo(self, QPoint(0, 0)), widget.size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.notice.on_screen_shown()
        self._set_notice_waiting(False)
        if self.notice.isVisibleTo(self):
            self._place_notice()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.notice.isVisibleTo(self):
            self._place_notice()
        if self.tap_shield.isVisible():
            self.tap_shield.setGeometry(self.rect())

    # ------------------------------------------------------------------------------ pages
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
        where = (page, session.attempt_id if session is not None else "", session.index if session is not None else -1)
        if where != self._where:
            first = self._where is None
            self._where = where
            self.notice.clear_old()  # a notice belongs to the screen and step it came up on
            if not first and self.isVisible():
                self.tap_shield.guard()
        if page is not self.stack.currentWidget():
            self.stack.setCurrentWidget(page)
        self._follow(self.runner.live)
        if self.notice.isVisibleTo(self):
            self._place_notice()  # the footer's buttons may have changed

    # ------------------------------------------------------------------------------ the cell's link
    def _follow(self, live: LiveCellModel | None) -> None:
        """Show the connection of the attempt's cell (nothing on the module list)."""
        if live is not self._live:
            if self._live is not None:
                self._live.connection_changed.disconnect(self._on_connection_changed)
            if live is not None:
                live.connection_changed.connect(self._on_connection_changed)
            self._live = live
        self._show_connection()

    def _on_connection_changed(self, _state: str) -> None:
        self._show_connection()

    def _show_connection(self) -> None:
        live = self._live
        if live is None:
            self._banner_host.hide()
            return
        self.banner.set_cell_label(live.cell.label.get(self._language.language))
        self.banner.set_state(live.connection)
        self._banner_host.setVisible(live.connection is not ConnectionState.CONNECTED)

    def _on_language_changed(self, lang: str) -> None:
        self.module_list.set_language(lang)
        self.safety.refresh()
        self.preparing.refresh()
        self.steps.refresh()
        self.result.refresh()
        self.notice.retranslate()
        self._show_connection()
        if self.notice.isVisibleTo(self):
            self._place_notice()
