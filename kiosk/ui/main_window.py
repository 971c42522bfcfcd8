"""The kiosk's window: a header (site, cell, clock, language) over the current screen."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
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

from kiosk.core.site import SiteProfile
from kiosk.ui.dashboard import DashboardScreen
from kiosk.ui.labs.labs_screen import LabsScreen
from kiosk.viewmodels.language import LanguageModel

LANGUAGE_BUTTONS: tuple[tuple[str, str], ...] = (("nl", "NL"), ("en", "EN"), ("de", "DE"), ("fy", "FY"))
COMPACT_BUTTON = "padding: 0 10px;"
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
    of an attempt still running)."""

    def __init__(
        self,
        profile: SiteProfile,
        language: LanguageModel,
        dashboards: list[DashboardScreen],
        parent: QWidget | None = None,
        labs: LabsScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._language = language
        self.dashboards = dashboards
        self.labs = labs
        self._labs_attention = False

        header = QFrame(self)
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
        hl.addSpacing(24)
        hl.addWidget(self._cell, 1)

        # Live cell | Lab modules: only when the window has lab screens.
        self._nav_buttons = QButtonGroup(self)
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
            hl.addSpacing(24)

        self._cell_buttons = QButtonGroup(self)
        if len(dashboards) > 1:
            for i, d in enumerate(dashboards):
                b = QPushButton(d.model.cell.label.get(language.language), header)
                b.setCheckable(True)
                b.setChecked(i == 0)
                self._cell_buttons.addButton(b, i)
                hl.addWidget(b)
            self._cell_buttons.idClicked.connect(self._on_cell_clicked)
            hl.addSpacing(24)

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
        hl.addSpacing(24)
        hl.addWidget(self._clock)

        self.stack = QStackedWidget(self)
        for d in dashboards:
            self.stack.addWidget(d)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.stack)
        if labs is not None:
            self.pages.addWidget(labs)

        central = QWidget(self)
        vl = QVBoxLayout(central)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(0)
        vl.addWidget(header)
        vl.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock)
        self._clock_timer.start()
        if labs is not None:
            labs.notice_waiting_changed.connect(self._on_labs_notice_waiting)
        language.language_changed.connect(self._on_language_changed)
        self._on_language_changed(language.language)

    def current_dashboard(self) -> DashboardScreen:
        return self.dashboards[self.stack.currentIndex()]

    def show_live(self) -> None:
        """The live dashboards (the lab screens keep their state behind them)."""
        self.pages.setCurrentWidget(self.stack)
        self.live_button.setChecked(True)

    def show_labs(self) -> None:
        if self.labs is not None:
            self.pages.setCurrentWidget(self.labs)
            self.labs_button.setChecked(True)

    def _on_nav_clicked(self, index: int) -> None:
        if index == 0:
            self.show_live()
        else:
            self.show_labs()

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
        self.live_button.setText(self.tr("Live cell"))
        self.labs_button.setText((ATTENTION_MARK if self._labs_attention else "") + self.tr("Lab modules"))

    def _update_cell_label(self) -> None:
        self._cell.setText(self.current_dashboard().model.cell.label.get(self._language.language))
        self.setWindowTitle(self.tr("Skills Lab Kiosk") + " – " + self._profile.name.get(self._language.language))

    def _on_clock(self) -> None:
        locale = QLocale(_QT_LOCALES.get(self._language.language, "nl_NL"))
        self._clock.setText(locale.toString(QDateTime.currentDateTime(), "ddd d MMM  HH:mm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_cell_label()
            self._retranslate()
        super().changeEvent(event)


_QT_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fy": "fy_NL"}
