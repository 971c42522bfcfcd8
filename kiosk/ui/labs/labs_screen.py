"""The labs part of the kiosk: module list -> safety -> (preparing) -> steps -> result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.labs.resume import ResumePoint
from kiosk.core.labs.session import Phase
from kiosk.core.labs.xapi import Actor
from kiosk.core.site import Theme
from kiosk.core.tags import ConnectionState
from kiosk.services.records import Trainee
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.labs.confirm_bar import ConfirmBar
from kiosk.ui.labs.module_list import ModuleList
from kiosk.ui.labs.replay_screen import ReplayScreen
from kiosk.ui.labs.result_screen import ResultScreen
from kiosk.ui.labs.safety_screen import SafetyScreen
from kiosk.ui.labs.save_indicator import SaveIndicator
from kiosk.ui.labs.sign_in_screen import SignInScreen
from kiosk.ui.labs.step_screen import StepScreen
from kiosk.ui.labs.style import labs_stylesheet
from kiosk.ui.labs.trainee_panel import TraineePanel
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.attempt_replay import AttemptReplayModel
from kiosk.viewmodels.lab_runner import LabRunnerModel, Notice
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel
from kiosk.viewmodels.records import RecordsModel, TraineeRecords
from kiosk.viewmodels.sign_in import SignInModel

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


class SignInPage(QWidget):
    """The sign-in screen, with a note for the instructor under it when the records file had to be
    replaced at start-up (it was damaged: moved aside, a new one started)."""

    def __init__(
        self,
        model: SignInModel,
        language: LanguageModel,
        theme: Theme,
        warnings: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = SignInScreen(model, language, theme, self)
        self.warnings = warnings
        self.warning = QLabel(self)
        self.warning.setObjectName("RecordsWarning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warnings))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.form, 1)
        wl = QHBoxLayout()
        wl.setContentsMargins(20, 0, 20, 12)
        wl.addWidget(self.warning)
        lay.addLayout(wl)
        self.retranslate()

    def retranslate(self) -> None:
        if self.warnings:
            # The file paths and the technical detail stay as they are: they are for the instructor.
            self.warning.setText(self.tr("For the instructor: {detail}").format(detail=" ".join(self.warnings)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RecordsOffPage(QWidget):
    """Instead of sign-in when the records file cannot be used (e.g. written by a newer kiosk, which is
    left untouched): nobody can sign in, and the reason is shown for the instructor."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        self.heading = QLabel(self)
        self.heading.setObjectName("LabTitle")
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("LabText")
        self.text.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("LabSmall")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 40, 40, 40)
        lay.setSpacing(16)
        lay.addStretch(1)
        lay.addWidget(self.heading)
        lay.addWidget(self.text)
        lay.addWidget(self.detail)
        lay.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Lab modules are closed on this kiosk"))
        self.text.setText(
            self.tr("The training records cannot be used, so no progress could be saved. Ask an instructor.")
        )
        self.detail.setText(self.tr("For the instructor: {detail}").format(detail=self.reason))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
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
    visitor_finished = Signal()
    presence_changed = Signal()

    def __init__(
        self,
        runner: LabRunnerModel,
        language: LanguageModel,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        records: RecordsModel | None = None,
        sign_in: SignInModel | None = None,
        replay_model: AttemptReplayModel | None = None,
        text_scale: float = 1.0,
    ) -> None:
        """Without `records` and `sign_in` the module list is open to anyone (attempts go wherever the
        runner's sink sends them); with them a trainee signs in first, and progress is recorded."""
        super().__init__(parent)
        self.runner = runner
        self.records = records
        self.sign_in = sign_in
        self.replay_model = replay_model
        self._language = language
        self.setStyleSheet(labs_stylesheet(theme, scale=text_scale))
        self.banner = ConnectionBanner("", self)
        self._banner_host = QWidget(self)
        bl = QVBoxLayout(self._banner_host)
        bl.setContentsMargins(20, 12, 20, 0)
        bl.addWidget(self.banner)
        self.stack = QStackedWidget(self)
        self.home = QWidget(self.stack)
        self.module_list = ModuleList(runner.catalog.entries, language.language, self.home)
        self.trainee_panel: TraineePanel | None = None
        home = QVBoxLayout(self.home)
        home.setContentsMargins(0, 0, 0, 0)
        home.setSpacing(0)
        if records is not None:
            self.trainee_panel = TraineePanel(records.module, language.language, self.home)
            home.addWidget(self.trainee_panel)
        home.addWidget(self.module_list, 1)
        self.safety = SafetyScreen(runner, self.stack)
        self.preparing = PreparingScreen(runner, self.stack)
        self.steps = StepScreen(runner, theme, self.stack)
        self.result = ResultScreen(runner, theme, self.stack)
        for page in (self.home, self.safety, self.preparing, self.steps, self.result):
            self.stack.addWidget(page)
        self.sign_in_page: SignInPage | None = None
        self.records_off: RecordsOffPage | None = None
        self.replay: ReplayScreen | None = None
        self._replaying = False
        self._visiting = False
        self.save_indicators: list[SaveIndicator] = []
        if records is not None:
            self.save_indicators = [SaveIndicator(records, self.steps), SaveIndicator(records, self.result)]
            self.steps.add_status(self.save_indicators[0])
            self.result.add_status(self.save_indicators[1])
            if not records.available:
                self.records_off = RecordsOffPage(records.unavailable_reason, self.stack)
                self.stack.addWidget(self.records_off)
        if records is not None and sign_in is not None and records.available:
            self.sign_in_page = SignInPage(sign_in, language, theme, records.warnings, self.stack)
            self.stack.addWidget(self.sign_in_page)
            assert self.trainee_panel is not None
            sign_in.signed_in.connect(self._on_signed_in)
            records.trainee_loaded.connect(self._on_trainee_loaded)
            records.load_failed.connect(self._on_records_load_failed)
            self.trainee_panel.sign_out_requested.connect(self.sign_out)
            self.trainee_panel.continue_requested.connect(self._on_continue)
            self.trainee_panel.stop_requested.connect(self._on_stop_unfinished)
            if replay_model is not None:
                self.replay = ReplayScreen(replay_model, language, theme, parent=self.stack)
                self.stack.addWidget(self.replay)
                self.replay.back_requested.connect(self._on_replay_back)
                self.result.replay_requested.connect(self._on_replay_requested)
                self.result.enable_replay()
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

    # ------------------------------------------------------------------------------ who is here
    def _on_signed_in(self, trainee: Trainee) -> None:
        assert self.records is not None and self.trainee_panel is not None
        self.trainee_panel.show_trainee(trainee, loading=True)
        self.module_list.setEnabled(False)  # until the attempts they used are known (max_attempts)
        self.records.load_trainee(trainee)
        self._on_session_changed()
        self.presence_changed.emit()

    def _reload_trainee(self) -> None:
        current = self.sign_in.current if self.sign_in is not None else None
        if current is not None and self.records is not None:
            self.records.load_trainee(current)

    def _on_trainee_loaded(self, loaded: TraineeRecords) -> None:
        current = self.sign_in.current if self.sign_in is not None else None
        if current is None or current.code != loaded.trainee.code or self.trainee_panel is None:
            return  # signed out meanwhile
        if self.runner.session is None:  # else the runner's own count is newer than this read
            self.runner.set_trainee(Actor(current.code), loaded.attempts_used)
        self.trainee_panel.show_unfinished(loaded.unfinished)
        self.module_list.setEnabled(True)

    def _on_records_load_failed(self, reason: str) -> None:
        current = self.sign_in.current if self.sign_in is not None else None
        if current is None or self.trainee_panel is None:
            return
        # The attempts still go to the records file; only the counts and unfinished attempts are unknown.
        self.runner.set_trainee(Actor(current.code), {})
        self.trainee_panel.show_unfinished(())
        self.module_list.setEnabled(True)

    def start_visitor(self, module_id: str) -> bool:
        """A visitor tries a module without signing in (the showcase's "Try it"): anyone signed in is
        signed out first; the attempt is only counted. `visitor_finished` follows when it is closed."""
        self._visiting = False  # closing an earlier try here is not "the visitor finished"
        self.sign_out()
        self._visiting = self.runner.start(module_id)
        self.presence_changed.emit()
        return self._visiting

    @property
    def visiting(self) -> bool:
        """A visitor's try is on screen."""
        return self._visiting

    @property
    def signed_in(self) -> bool:
        return self.sign_in is not None and self.sign_in.current is not None

    def sign_out(self) -> None:
        """The trainee leaves: the attempt on screen is closed, and nothing of theirs stays on screen."""
        self.runner.sign_out()
        if self.records is not None:
            self.records.forget_trainee()
        if self.sign_in is not None:
            self.sign_in.sign_out()
        if self.trainee_panel is not None:
            self.trainee_panel.show_trainee(None)
        if self.sign_in_page is not None:
            self.sign_in_page.form.reset()
        if self.replay_model is not None:
            self.replay_model.clear()
        self._replaying = False
        self._visiting = False
        self.notice.dismiss()
        self._on_session_changed()
        self.presence_changed.emit()

    def _on_continue(self, point: ResumePoint) -> None:
        if self.runner.resume(point) and self.trainee_panel is not None:
            self.trainee_panel.drop(point)

    def _on_stop_unfinished(self, point: ResumePoint) -> None:
        current = self.sign_in.current if self.sign_in is not None else None
        if self.records is None or current is None or self.trainee_panel is None:
            return
        self.records.give_up_unfinished(point, current)
        self.trainee_panel.drop(point)

    def _on_replay_requested(self, registration: str) -> None:
        if self.replay is None or self.replay_model is None:
            return
        live = self.runner.live
        self.replay.set_sources(live.cell if live is not None else None, self.runner.module)
        self.replay_model.load(registration)
        self._replaying = True
        self._on_session_changed()

    def _on_replay_back(self) -> None:
        self._replaying = False
        self._on_session_changed()

    def _home_page(self) -> QWidget:
        """Where the lab screens are when no attempt is open."""
        if self.records_off is not None:
            return self.records_off
        if self.sign_in_page is not None and (self.sign_in is None or self.sign_in.current is None):
            return self.sign_in_page
        return self.home

    def _on_session_changed(self) -> None:
        session = self.runner.session
        if self._replaying and self.replay is not None and session is not None and session.phase is Phase.ENDED:
            page: QWidget = self.replay
        elif session is None:
            self._replaying = False
            if self._visiting:
                self._visiting = False
                self.visitor_finished.emit()
                self.presence_changed.emit()
            page = self._home_page()
            if self._where is not None and self._where[1] and page is self.home:
                self._reload_trainee()  # back from an attempt: counts and unfinished attempts anew
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
        recording = not (self.runner.visitor and self.runner.visitor_sink is not None)
        for indicator in self.save_indicators:
            indicator.set_recording(recording)
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
        if self.trainee_panel is not None:
            self.trainee_panel.set_language(lang)
        self.safety.refresh()
        self.preparing.refresh()
        self.steps.refresh()
        self.result.refresh()
        self.notice.retranslate()
        self._show_connection()
        if self.notice.isVisibleTo(self):
            self._place_notice()
