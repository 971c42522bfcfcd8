"""The kiosk's window: a header (site, cell, clock, language) over the current screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.idle import Presence
from kiosk.core.site import SiteProfile, Theme
from kiosk.ui.dashboard import DashboardScreen
from kiosk.ui.idle_overlay import IdleOverlay
from kiosk.ui.instructor.section import InstructorSection
from kiosk.ui.instructor_panel import InstructorPanel
from kiosk.ui.labs.labs_screen import LabsScreen
from kiosk.ui.pin_screen import FirstPinScreen, PinScreen
from kiosk.ui.showcase.showcase_screen import ShowcaseScreen
from kiosk.viewmodels.idle import IdleModel
from kiosk.viewmodels.instructor_lock import InstructorLock
from kiosk.viewmodels.language import LanguageModel

LANGUAGE_BUTTONS: tuple[tuple[str, str], ...] = (("nl", "NL"), ("en", "EN"), ("de", "DE"), ("fy", "FY"))
COMPACT_BUTTON = "padding: 0 10px;"
HEADER_GAP_PX = 12
"""Between the header's groups (name, navigation, languages, clock): it must fit a 1280 px screen."""
NAV_TEXT_MARGIN_PX = 28
"""Room beside a header button's words: its padding and border."""
"""Header buttons a little narrower than the app default, so the header fits a 1280 px screen."""
ATTENTION_MARK = "● "
"""Before "Lab modules" while a notice of the lab screens (a time warning, ...) waits to be seen."""


class _ElidedLabel(QLabel):
    """A label that gives way when the header is full: it shrinks and ends its text with "…"
    instead of pushing the buttons off the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0))
        super().setText("" if shown == "…" else shown)
        self.setToolTip(self._full if shown != self._full else "")


class MainWindow(QMainWindow):
    """Holds one dashboard per cell and, when given, the lab screens; header buttons switch between
    live cell and lab modules, cell (when there are several) and language (on every screen, without
    a restart). The language buttons follow the language, however it was changed. While the live
    cell is shown, "Lab modules" is marked when the lab screens have a notice waiting (a time warning
    of an attempt still running).

    As the kiosk (all optional, so a plain window still works):
    - `showcase`: the start screen for visitors, with "Try it" (the taster, without sign-in), the way
      in for trainees (sign-in) and instructors (PIN);
    - `lock`: the instructor PIN; with `lockdown`, closing the window (Alt+F4, the window manager)
      asks for it instead of closing, and a kiosk without a PIN asks for one first;
    - `idle`: the idle rule; at its end everything of the person is cleared and the start returns.
    """

    def __init__(
        self,
        profile: SiteProfile,
        language: LanguageModel,
        dashboards: list[DashboardScreen],
        parent: QWidget | None = None,
        labs: LabsScreen | None = None,
        *,
        showcase: ShowcaseScreen | None = None,
        taster_module: str | None = None,
        lock: InstructorLock | None = None,
        idle: IdleModel | None = None,
        lockdown: bool = False,
        theme: Theme | None = None,
        instructor_sections: Sequence[InstructorSection] = (),
        text_scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._language = language
        self.dashboards = dashboards
        self.labs = labs
        self.showcase = showcase
        self.lock = lock
        self.idle = idle
        self.lockdown = lockdown
        self._taster = taster_module
        self._may_close = not lockdown
        self._labs_attention = False
        self._return_to: QWidget | None = None  # where Cancel on the PIN screen goes back to

        header = self.header = QFrame(self)
        header.setObjectName("Header")
        self._site = QLabel(header)
        self._site.setObjectName("SiteName")
        self._cell = _ElidedLabel(header)
        self._cell.setObjectName("Clock")
        self._clock = QLabel(header)
        self._clock.setObjectName("Clock")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(20, 8, 20, 8)
        hl.addWidget(self._site)
        hl.addSpacing(HEADER_GAP_PX)
        hl.addWidget(self._cell, 1)

        # Start | Live cell | Lab modules: only when the window has a showcase / lab screens.
        self._nav_buttons = QButtonGroup(self)
        self.start_button = QPushButton(header)
        self.start_button.setStyleSheet(COMPACT_BUTTON)
        self.start_button.setCheckable(True)
        self.start_button.setVisible(showcase is not None)
        self._nav_buttons.addButton(self.start_button, 2)
        hl.addWidget(self.start_button)
        self.live_button = QPushButton(header)
        self.labs_button = QPushButton(header)
        for i, b in enumerate((self.live_button, self.labs_button)):
            b.setStyleSheet(COMPACT_BUTTON)
            b.setCheckable(True)
            b.setChecked(i == 0)
            b.setVisible(labs is not None)
            self._nav_buttons.addButton(b, i)
            hl.addWidget(b)
        self._nav_buttons.idClicked.connect(self._on_nav_clicked)
        if labs is not None:
            hl.addSpacing(HEADER_GAP_PX)

        self._cell_buttons = QButtonGroup(self)
        if len(dashboards) > 1:
            for i, d in enumerate(dashboards):
                b = QPushButton(d.model.cell.label.get(language.language), header)
                b.setCheckable(True)
                b.setChecked(i == 0)
                self._cell_buttons.addButton(b, i)
                hl.addWidget(b)
            self._cell_buttons.idClicked.connect(self._on_cell_clicked)
            hl.addSpacing(HEADER_GAP_PX)

        self._lang_buttons = QButtonGroup(self)
        self._lang_buttons.setExclusive(True)
        for code, text in LANGUAGE_BUTTONS:
            if code not in profile.languages:
                continue
            b = QPushButton(text, header)
            b.setStyleSheet(COMPACT_BUTTON)
            b.setCheckable(True)
            b.setProperty("lang", code)
            b.setChecked(code == language.language)
            self._lang_buttons.addButton(b)
            hl.addWidget(b)
        self._lang_buttons.buttonClicked.connect(self._on_language_clicked)
        hl.addSpacing(HEADER_GAP_PX)
        hl.addWidget(self._clock)

        self.stack = QStackedWidget(self)
        for d in dashboards:
            self.stack.addWidget(d)
        self.pages = QStackedWidget(self)
        if showcase is not None:
            self.pages.addWidget(showcase)
        self.pages.addWidget(self.stack)
        if labs is not None:
            self.pages.addWidget(labs)
        self.pin_page: PinScreen | None = None
        self.first_pin_page: FirstPinScreen | None = None
        self.instructor_page: InstructorPanel | None = None
        if lock is not None:
            self.pin_page = PinScreen(lock, theme, self.pages)
            self.first_pin_page = FirstPinScreen(lock, theme, self.pages)
            self.instructor_page = InstructorPanel(self.pages, theme, instructor_sections, text_scale)
            for page in (self.pin_page, self.first_pin_page, self.instructor_page):
                self.pages.addWidget(page)

        central = QWidget(self)
        vl = QVBoxLayout(central)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(0)
        vl.addWidget(header)
        vl.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.idle_overlay = IdleOverlay(idle, central, theme) if idle is not None else None

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock)
        self._clock_timer.start()
        if labs is not None:
            labs.notice_waiting_changed.connect(self._on_labs_notice_waiting)
            labs.presence_changed.connect(self._update_presence)
            labs.visitor_finished.connect(self.show_start)  # a visitor done with the taster: the start
        if showcase is not None:
            showcase.try_requested.connect(self._on_try_requested)
            showcase.sign_in_requested.connect(self._on_sign_in_requested)
            showcase.instructor_requested.connect(self._on_instructor_requested)
        if lock is not None:
            assert self.pin_page is not None and self.instructor_page is not None
            lock.pin_requested.connect(self._on_pin_requested)
            lock.unlocked.connect(self._on_unlocked)
            lock.pin_set.connect(self.show_start)
            self.pin_page.cancelled.connect(self._on_pin_cancelled)
            self.instructor_page.back_requested.connect(self.show_start)
            self.instructor_page.leave_requested.connect(self._on_leave_requested)
        if idle is not None:
            idle.expired.connect(self.reset)
        self.pages.currentChanged.connect(self._on_page_changed)
        language.language_changed.connect(self._on_language_changed)
        self._on_language_changed(language.language)
        if lock is not None and lockdown and lock.needs_first_pin and self.first_pin_page is not None:
            self.pages.setCurrentWidget(self.first_pin_page)
        elif showcase is not None:
            self.show_start()
        self._on_page_changed(self.pages.currentIndex())

    def current_dashboard(self) -> DashboardScreen:
        return self.dashboards[self.stack.currentIndex()]

    def show_start(self) -> None:
        """The showcase (or the live cell when there is none)."""
        if self.showcase is None:
            self.show_live()
            return
        self.pages.setCurrentWidget(self.showcase)
        self.start_button.setChecked(True)

    def show_live(self) -> None:
        """The live dashboards (the lab screens keep their state behind them)."""
        self.pages.setCurrentWidget(self.stack)
        self.live_button.setChecked(True)

    def reset(self) -> None:
        """The kiosk was left alone: the attempt is saved (a trainee's left open to continue), the person
        signed out, the instructor locked out, the language back to the site's, and the start shown.
        Nothing of the previous person stays on any screen."""
        if self.labs is not None:
            self.labs.sign_out()
        if self.lock is not None:
            self.lock.cancel()
        if self.pin_page is not None:
            self.pin_page.reset()
        self._return_to = None
        self._language.set_language(self._profile.default_language)
        self.show_start()
        self._update_presence()

    # ------------------------------------------------------------------------------ the ways in
    def _on_try_requested(self) -> None:
        if self.labs is None or self._taster is None:
            return
        self.show_labs()
        self.labs.start_visitor(self._taster)

    def _on_sign_in_requested(self) -> None:
        if self.labs is not None:
            self.labs.sign_out()
        self.show_labs()

    def _on_instructor_requested(self) -> None:
        if self.lock is not None:
            self.lock.request("settings")

    def _on_pin_requested(self, purpose: str) -> None:
        if self.pin_page is None:
            return
        current = self.pages.currentWidget()
        # Cancel goes back to where the PIN was asked for, but never into the instructor's screens:
        # a PIN asked for from there (Alt+F4 in the hub) and cancelled by someone else must not
        # open them without the PIN. Cancel then goes to the start, locked.
        if current is not self.pin_page:
            behind_pin = current in (self.instructor_page, self.first_pin_page)
            self._return_to = None if behind_pin else current
        self.pages.setCurrentWidget(self.pin_page)

    def _on_pin_cancelled(self) -> None:
        back = self._return_to
        self._return_to = None
        if back is not None:
            self.pages.setCurrentWidget(back)
        else:
            self.show_start()

    def _on_unlocked(self, purpose: str) -> None:
        if purpose == "leave":
            self._on_leave_requested()
        elif self.instructor_page is not None:
            self.pages.setCurrentWidget(self.instructor_page)
            self.instructor_page.enter()

    def _on_leave_requested(self) -> None:
        """An unlocked instructor closes the kiosk app."""
        self._may_close = True
        self.close()

    # ------------------------------------------------------------------------------ lock-down
    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 and the window manager's close end the kiosk only after the instructor PIN."""
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()
        if self.lock is not None:
            self.lock.request("leave")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.lockdown and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves or closes anything in the kiosk
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------ who is here
    def _on_page_changed(self, _index: int) -> None:
        page = self.pages.currentWidget()
        # The showcase has its own name, languages and ways in: the header would only repeat them.
        self.header.setVisible(page is not self.showcase and page is not self.first_pin_page)
        # On the PIN and instructor pages no navigation button is the current one; an exclusive group
        # cannot be left with none checked, so it is opened for the moment.
        self._nav_buttons.setExclusive(False)
        self.start_button.setChecked(page is self.showcase)
        self.live_button.setChecked(page is self.stack)
        self.labs_button.setChecked(page is self.labs)
        self._nav_buttons.setExclusive(True)
        self._update_presence()

    def _update_presence(self) -> None:
        if self.idle is None:
            return
        page = self.pages.currentWidget()
        if page in (self.pin_page, self.instructor_page, self.first_pin_page) and page is not None:
            presence = Presence.INSTRUCTOR if page is self.instructor_page else Presence.VISITOR
        elif self.labs is not None and self.labs.signed_in:
            presence = Presence.TRAINEE
        elif self.labs is not None and self.labs.runner.session is not None:
            presence = Presence.VISITOR  # a try left open behind the showcase is still someone's
        elif self.showcase is not None and page is self.showcase:
            presence = Presence.NOBODY
        else:
            presence = Presence.VISITOR
        if page is self.first_pin_page:
            presence = Presence.NOBODY  # the first run waits for its PIN
        if presence is not self.idle.presence:
            self.idle.set_presence(presence)

    def show_labs(self) -> None:
        if self.labs is not None:
            self.pages.setCurrentWidget(self.labs)
            self.labs_button.setChecked(True)

    def _on_nav_clicked(self, index: int) -> None:
        if index == 0:
            self.show_live()
        elif index == 1:
            self.show_labs()
        else:
            self.show_start()

    def _on_cell_clicked(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.show_live()
        self._update_cell_label()

    def _on_language_clicked(self, button: QPushButton) -> None:
        self._language.set_language(str(button.property("lang")))

    def _on_labs_notice_waiting(self, waiting: bool) -> None:
        self._labs_attention = waiting
        self._retranslate()

    def _on_language_changed(self, lang: str) -> None:
        for b in self._lang_buttons.buttons():
            b.setChecked(b.property("lang") == lang)
        self._site.setText(self._profile.name.get(lang))
        for i, d in enumerate(self.dashboards):
            b = self._cell_buttons.button(i)
            if b is not None:
                b.setText(d.model.cell.label.get(lang))
        self._update_cell_label()
        self._retranslate()
        self._on_clock()

    def _retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.live_button.setText(self.tr("Live cell"))
        self.labs_button.setText((ATTENTION_MARK if self._labs_attention else "") + self.tr("Lab modules"))
        for b in (self.start_button, self.live_button, self.labs_button):
            # Never narrower than its words in bold (the checked look): the header squeezes the cell
            # label instead.
            self.ensurePolished()
            b.ensurePolished()
            bold = QFont(b.font())
            bold.setBold(True)
            b.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(b.text()) + NAV_TEXT_MARGIN_PX)

    def _update_cell_label(self) -> None:
        self._cell.setText(self.current_dashboard().model.cell.label.get(self._language.language))
        self.setWindowTitle(self.tr("Skills Lab Kiosk") + " – " + self._profile.name.get(self._language.language))

    def _on_clock(self) -> None:
        locale = QLocale(_QT_LOCALES.get(self._language.language, "nl_NL"))
        self._clock.setText(locale.toString(QDateTime.currentDateTime(), "ddd HH:mm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_cell_label()
            self._retranslate()
        super().changeEvent(event)


_QT_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fy": "fy_NL"}
