"""The visitor showcase (attract mode): the kiosk's start screen.

What a passer-by sees from two metres: the site's name and logo, the live cell as an animated mimic and
a few big numbers, a card about the site and smart industry that changes by itself, and three ways in:
"Try it" (the visitor taster, no sign-in), sign-in for trainees, and a small button for instructors.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.contrast import BLACK_TEXT, WHITE_TEXT, readable_on
from kiosk.core.showcase import CardDeck, ShowcaseContent
from kiosk.core.site import SiteProfile
from kiosk.core.snapshot import Snapshot
from kiosk.ui.showcase.cards import BigNumber, CardView, LogoView
from kiosk.ui.showcase.mimic import SortingLineMimic
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

NUMBER_ALIASES: tuple[str, ...] = ("speed_actual", "good_count", "reject_count", "temperature", "tank_level")
MAX_NUMBERS = 4
CARD_TICK_MS = 100
LANGUAGE_NAMES: dict[str, str] = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fy": "Frysk"}
"""Each language in its own words: a visitor looks for their own language, not a translation of it."""


def choose_numbers(specs: Sequence[str] | dict[str, object]) -> list[str]:
    """The big numbers: belt speed, good and rejected parts, and the tank's temperature (or level)
    where the cell has them; at most MAX_NUMBERS."""
    chosen = [a for a in NUMBER_ALIASES if a in specs]
    return chosen[:MAX_NUMBERS]


class ShowcaseScreen(QWidget):
    """The start screen. Owns no data: it reads the LiveCellModel's snapshot, the LanguageModel's
    language and the content's cards.

    Signals: try_requested() (the visitor taster, no sign-in), sign_in_requested() (trainees),
    instructor_requested(). Setter: set_tries_today(n) for the anonymous "N visitors tried it" line.
    """

    try_requested = Signal()
    sign_in_requested = Signal()
    instructor_requested = Signal()

    def __init__(
        self,
        profile: SiteProfile,
        content: ShowcaseContent,
        live: LiveCellModel,
        language: LanguageModel,
        logo_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Showcase")
        self.profile = profile
        self.content = content
        self.live = live
        self._language = language
        self._clock = clock
        self.deck = CardDeck(content.cards, content.seconds_per_card, now=clock())
        self._tries: int | None = None
        self._scale = 0.0
        theme = profile.theme
        self._theme = theme
        lang = language.language

        # --- header: logo, site name, welcome, languages
        self.logo = LogoView(logo_path, self)
        self.site_name = QLabel(self)
        self.site_name.setObjectName("ScSiteName")
        self.tagline = QLabel(self)
        self.tagline.setObjectName("ScTagline")
        for label in (self.site_name, self.tagline):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        lang_row = QHBoxLayout()
        lang_row.setSpacing(10)
        for code in profile.languages:
            button = QPushButton(LANGUAGE_NAMES.get(code, code.upper()), self)
            button.setObjectName("ScLanguage")
            button.setCheckable(True)
            button.setChecked(code == lang)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, c=code: self._language.set_language(c))
            self._language_group.addButton(button)
            self.language_buttons[code] = button
            lang_row.addWidget(button)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.site_name)
        names.addWidget(self.tagline)
        header = QHBoxLayout()
        header.setSpacing(18)
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addLayout(names, 1)
        header.addLayout(lang_row, 0)

        # --- left: welcome, live caption, mimic, numbers
        self.welcome = QLabel(self)
        self.welcome.setObjectName("ScWelcome")
        self.welcome.setWordWrap(True)
        self.welcome.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.live_caption = QLabel(self)
        self.live_caption.setObjectName("ScCaption")
        self.live_caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mimic = SortingLineMimic(self._snapshot, theme, lang, parent=self)
        specs = live.snapshot.specs
        self.numbers: dict[str, BigNumber] = {
            alias: BigNumber(specs[alias], theme, lang, self) for alias in choose_numbers(dict(specs))
        }
        numbers_row = QHBoxLayout()
        numbers_row.setSpacing(14)
        for tile in self.numbers.values():
            numbers_row.addWidget(tile, 1)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.welcome)
        left.addWidget(self.live_caption)
        left.addWidget(self.mimic, 1)
        left.addLayout(numbers_row)

        # --- right: card, the ways in
        self.card = CardView(theme, self)
        self.card.next_requested.connect(lambda: self._turn(1))
        self.card.previous_requested.connect(lambda: self._turn(-1))
        self.try_button = QPushButton(self)
        self.try_button.setObjectName("ScTry")
        self.try_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.try_button.clicked.connect(self.try_requested)
        self.try_title = QLabel(self.try_button)
        self.try_title.setObjectName("ScTryTitle")
        self.try_sub = QLabel(self.try_button)
        self.try_sub.setObjectName("ScTrySub")
        for label in (self.try_title, self.try_sub):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        try_lay = QVBoxLayout(self.try_button)
        try_lay.setContentsMargins(12, 10, 12, 10)
        try_lay.setSpacing(0)
        try_lay.addWidget(self.try_title)
        try_lay.addWidget(self.try_sub)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("ScSignIn")
        self.sign_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.instructor_button = QPushButton(self)
        self.instructor_button.setObjectName("ScInstructor")
        self.instructor_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructor_button.clicked.connect(self.instructor_requested)
        self.tries_label = QLabel(self)
        self.tries_label.setObjectName("ScTries")
        self.tries_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tries_label, 1)
        bottom.addWidget(self.instructor_button, 0)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.card, 1)
        right.addWidget(self.try_button)
        right.addWidget(self.sign_in_button)
        right.addLayout(bottom)

        body = QHBoxLayout()
        body.setSpacing(22)
        body.addLayout(left, 62)
        body.addLayout(right, 38)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(26, 18, 26, 20)
        lay.setSpacing(14)
        lay.addLayout(header)
        rule = QFrame(self)
        rule.setObjectName("ScRule")
        rule.setFixedHeight(3)
        lay.addWidget(rule)
        lay.addLayout(body, 1)

        self._card_timer = QTimer(self)
        self._card_timer.setInterval(CARD_TICK_MS)
        self._card_timer.timeout.connect(self._on_card_tick)

        live.values_changed.connect(self._on_values_changed)
        language.language_changed.connect(self._on_language_changed)
        self._apply_scale(1.0)
        self._retranslate()
        self._on_language_changed(lang)
        for alias, tile in self.numbers.items():
            tile.show_value(live.snapshot.get(alias))

    # ------------------------------------------------------------------------------- public

    def set_tries_today(self, n: int | None) -> None:
        """How many visitors tried the taster today (an anonymous count); None hides the line."""
        self._tries = n
        self._show_tries()

    def current_card_id(self) -> str:
        card = self.deck.current(self._clock())
        return card.id if card else ""

    # ------------------------------------------------------------------------------- internals

    def _snapshot(self) -> Snapshot:
        return self.live.snapshot

    def _turn(self, step: int) -> None:
        self.deck.advance(self._clock(), step)
        self._on_card_tick()

    def _on_card_tick(self) -> None:
        now = self._clock()
        card = self.deck.current(now)
        self.card.set_card(card, self.deck.index(now), len(self.deck), self._language.language)
        self.card.set_progress(self.deck.progress(now))

    def _on_values_changed(self, aliases: list[str]) -> None:
        snap = self.live.snapshot
        for alias in aliases:
            tile = self.numbers.get(alias)
            if tile is not None:
                tile.show_value(snap.get(alias))

    def _on_language_changed(self, lang: str) -> None:
        button = self.language_buttons.get(lang)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self.site_name.setText(self.profile.name.get(lang))
        self.welcome.setText(self.profile.welcome.get(lang))
        self.mimic.set_language(lang)
        for tile in self.numbers.values():
            tile.set_language(lang)
        self._retranslate()
        self._on_card_tick()

    def _retranslate(self) -> None:
        self.tagline.setText(self.tr("Smart Industry Hub Noord-Nederland · Demonstration & Skills Lab"))
        cell = self.live.cell.label.get(self._language.language)
        self.live_caption.setText(self.tr("Live now: %1").replace("%1", cell))
        self.try_title.setText(self.tr("Try it (3 min)"))
        self.try_sub.setText(self.tr("No sign-in needed"))
        self.try_button.setAccessibleName(self.try_title.text())
        self.sign_in_button.setText(self.tr("I'm a trainee: sign in"))
        self.instructor_button.setText(self.tr("Instructor"))
        self._show_tries()

    def _show_tries(self) -> None:
        n = self._tries
        self.tries_label.setVisible(n is not None)
        if n is None:
            return
        if n <= 0:
            self.tries_label.setText(self.tr("Be the first to try it today!"))
        elif n == 1:
            self.tries_label.setText(self.tr("1 visitor tried it today"))
        else:
            self.tries_label.setText(self.tr("%1 visitors tried it today").replace("%1", str(n)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.deck.restart(self._clock())
        self._on_card_tick()
        self._card_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._card_timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._apply_scale(min(size.width() / 1920.0, size.height() / 1080.0))
        super().resizeEvent(event)

    def _apply_scale(self, scale: float) -> None:
        """Type and spacing follow the screen: designed at 1920x1080, readable at 1280x800; touch
        targets never below TOUCH_MIN_PX."""
        scale = max(0.55, min(scale, 2.0))
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        t = self._theme

        def px(v: float) -> int:
            return max(1, round(v * scale))

        touch = TOUCH_MIN_PX
        # Text on the coloured buttons in the colour that reads on them, in any site's theme; pressed,
        # "Try it" darkens a little and keeps its text readable (it went to primary under dark text).
        on_accent = readable_on(t.accent, BLACK_TEXT, WHITE_TEXT)
        pressed_accent = QColor(t.accent).darker(115).name()
        logo = max(touch, px(104))
        self.logo.setFixedSize(QSize(logo, logo))
        self.card.set_scale(scale)
        self.setStyleSheet(f"""
        #ScSiteName {{ font-size: {px(54)}px; font-weight: 700; color: {t.text}; }}
        #ScTagline {{ font-size: {max(15, px(22))}px; color: {t.muted}; }}
        #ScRule {{ background: {t.primary}; border: none; }}
        #ScWelcome {{ font-size: {max(17, px(25))}px; color: {t.text}; }}
        #ScCaption {{ font-size: {max(15, px(21))}px; color: {t.accent}; font-weight: 600; }}
        #ScNumber {{ background: {t.surface}; border-radius: 14px; }}
        #ScNumberLabel {{ font-size: {max(15, px(23))}px; color: {t.muted}; }}
        #ScNumberValue {{ font-size: {max(34, px(74))}px; font-weight: 700; color: {t.text}; }}
        #ScNumberValue[quality="stale"], #ScNumberValue[quality="unknown"] {{ color: {t.muted}; }}
        #ScNumberValue[quality="bad"] {{ color: {t.bad}; }}
        #ScNumberUnit {{ font-size: {max(16, px(28))}px; color: {t.muted}; }}
        QPushButton#ScLanguage {{
            min-height: {max(touch, px(72))}px; min-width: {max(touch, px(150))}px;
            font-size: {max(17, px(24))}px; font-weight: 600; padding: 0 {px(14)}px;
            border-radius: {px(36)}px;
        }}
        QPushButton#ScTry {{
            background: {t.accent}; border: none; border-radius: {px(22)}px;
            min-height: {max(touch + 40, px(150))}px;
        }}
        QPushButton#ScTry:pressed {{ background: {pressed_accent}; }}
        #ScTryTitle {{ font-size: {max(28, px(46))}px; font-weight: 800; color: {on_accent}; }}
        #ScTrySub {{ font-size: {max(16, px(24))}px; color: {on_accent}; }}
        QPushButton#ScSignIn {{
            background: {t.primary}; color: {readable_on(t.primary)}; border: none; border-radius: {px(18)}px;
            min-height: {max(touch + 8, px(96))}px; font-size: {max(22, px(34))}px; font-weight: 700;
        }}
        QPushButton#ScInstructor {{
            background: transparent; color: {t.muted}; border: 2px solid {t.muted};
            min-height: {touch}px; font-size: {max(16, px(20))}px; padding: 0 {px(22)}px;
        }}
        #ScTries {{ font-size: {max(16, px(22))}px; color: {t.muted}; }}
        """)
