"""The kiosk's window: a header (site, cell, clock, language) over the current screen."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.site import SiteProfile
from kiosk.ui.dashboard import DashboardScreen
from kiosk.viewmodels.language import LanguageModel

LANGUAGE_BUTTONS: tuple[tuple[str, str], ...] = (("nl", "NL"), ("en", "EN"), ("de", "DE"), ("fy", "FY"))


class MainWindow(QMainWindow):
    """Holds one dashboard per cell; header buttons switch cell (when there are several) and
    language (on every screen, without a restart)."""

    def __init__(self, profile: SiteProfile, language: LanguageModel, dashboards: list[DashboardScreen],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._language = language
        self.dashboards = dashboards

        header = QFrame(self)
        header.setObjectName("Header")
        self._site = QLabel(header)
        self._site.setObjectName("SiteName")
        self._cell = QLabel(header)
        self._cell.setObjectName("Clock")
        self._clock = QLabel(header)
        self._clock.setObjectName("Clock")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(20, 8, 20, 8)
        hl.addWidget(self._site)
        hl.addSpacing(24)
        hl.addWidget(self._cell)
        hl.addStretch(1)

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

        central = QWidget(self)
        vl = QVBoxLayout(central)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(0)
        vl.addWidget(header)
        vl.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock)
        self._clock_timer.start()
        language.language_changed.connect(self._on_language_changed)
        self._on_language_changed(language.language)

    def current_dashboard(self) -> DashboardScreen:
        return self.dashboards[self.stack.currentIndex()]

    def _on_cell_clicked(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._update_cell_label()

    def _on_language_clicked(self, button: QPushButton) -> None:
        self._language.set_language(str(button.property("lang")))

    def _on_language_changed(self, lang: str) -> None:
        self._site.setText(self._profile.name.get(lang))
        for i, d in enumerate(self.dashboards):
            b = self._cell_buttons.button(i)
            if b is not None:
                b.setText(d.model.cell.label.get(lang))
        self._update_cell_label()
        self._on_clock()

    def _update_cell_label(self) -> None:
        self._cell.setText(self.current_dashboard().model.cell.label.get(self._language.language))
        self.setWindowTitle(self.tr("Skills Lab Kiosk") + " – " + self._profile.name.get(self._language.language))

    def _on_clock(self) -> None:
        locale = QLocale(_QT_LOCALES.get(self._language.language, "nl_NL"))
        self._clock.setText(locale.toString(QDateTime.currentDateTime(), "ddd d MMM  HH:mm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_cell_label()
        super().changeEvent(event)


_QT_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fy": "fy_NL"}
