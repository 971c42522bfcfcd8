"""The module list: one card per lab module of the catalog; a tap on an available card starts it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.formatting import format_number
from kiosk.core.labs.module import Text
from kiosk.core.text import LANGUAGES
from kiosk.services.labs.loader import ModuleEntry
from kiosk.ui.labs.toggle_row import repolish
from kiosk.ui.labs.words import level_name
from kiosk.ui.theme import TOUCH_MIN_PX

CARD_MIN_WIDTH_PX = 560
"""A column more once the list is this much wider: two columns at 1280 px, three at 1920 px."""

MAX_PROBLEMS_SHOWN = 2


class ModuleCard(QFrame):
    """One catalog entry. Available: title, summary, level, time and language badges (a language
    the module is not fully written in is dimmed). Unavailable: greyed, with the loader's reason in
    small print for the instructor. A tap on an available card emits `clicked`."""

    clicked = Signal()

    def __init__(self, entry: ModuleEntry, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("Card")
        self.setProperty("available", "true" if entry.available else "false")
        self.setProperty("pressed", "false")
        self.setMinimumHeight(2 * TOUCH_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        if entry.available:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._language = language
        self.title = QLabel(self)
        self.title.setObjectName("LabHeading")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("LabMuted")
        self.summary.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("LabMuted")
        self.badges: dict[str, QLabel] = {}
        badge_row = QHBoxLayout()
        badge_row.setSpacing(6)
        badge_row.addWidget(self.meta, 1)
        for lang in LANGUAGES:
            badge = QLabel(lang.upper(), self)
            badge.setObjectName("Badge")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            written = entry.module is not None and lang in entry.module.languages
            badge.setProperty("missing", "false" if written else "true")
            badge.setVisible(entry.available)
            self.badges[lang] = badge
            badge_row.addWidget(badge)
        self.reason = QLabel(self)
        self.reason.setObjectName("LabSmall")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.reason.setVisible(not entry.available)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(8)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addStretch(1)
        lay.addLayout(badge_row)
        lay.addWidget(self.reason)
        for child in self.findChildren(QLabel):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_language(language)

    def set_language(self, lang: str) -> None:
        self._language = lang
        self.retranslate()

    def retranslate(self) -> None:
        entry, lang = self.entry, self._language
        module = entry.module
        title: Text | None = module.title if module is not None else entry.title
        self.title.setText(title.get(lang) if title is not None else entry.path.name)
        if module is not None and entry.available:
            self.summary.setText(module.summary.get(lang))
            minutes = format_number(module.estimated_min, 0, lang)
            parts = [level_name(module.level), self.tr("{minutes} min").format(minutes=minutes)]
            if module.time_limit_s is not None:
                parts.append(self.tr("time limit"))
            self.meta.setText("  ·  ".join(parts))
        else:
            self.summary.setText(self.tr("Not available"))
            self.meta.setText(level_name(module.level) if module is not None else "")
        problems = list(entry.problems[:MAX_PROBLEMS_SHOWN])
        more = len(entry.problems) - len(problems)
        if more > 0:
            problems.append(self.tr("(and {count} more)").format(count=more))
        self.reason.setText("\n".join(problems))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.entry.available and event.button() == Qt.MouseButton.LeftButton:
            self.setProperty("pressed", "true")
            repolish(self)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.property("pressed") == "true":
            self.setProperty("pressed", "false")
            repolish(self)
        if (
            self.entry.available
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ModuleList(QWidget):
    """Every module of the catalog as a card (available ones first, in catalog order), in as many
    columns as fit. `module_chosen(module_id)` when an available card is tapped."""

    module_chosen = Signal(str)

    def __init__(self, entries: tuple[ModuleEntry, ...], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._heading = QLabel(self)
        self._heading.setObjectName("LabTitle")
        self._intro = QLabel(self)
        self._intro.setObjectName("LabMuted")
        self._intro.setWordWrap(True)
        self._empty = QLabel(self)
        self._empty.setObjectName("LabText")
        self._empty.setWordWrap(True)
        ordered = sorted(entries, key=lambda e: not e.available)  # stable: catalog order within each group
        self.cards: list[ModuleCard] = []
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 8, 0)
        self._grid.setSpacing(16)
        for entry in ordered:
            card = ModuleCard(entry, language, self._grid_host)
            card.clicked.connect(lambda e=entry: self._on_card_clicked(e))
            self.cards.append(card)
        self._columns = 0
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._grid_host)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._scroll = scroll
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        lay.addWidget(self._heading)
        lay.addWidget(self._intro)
        lay.addWidget(self._empty)
        lay.addWidget(scroll, 1)
        self._empty.setVisible(not entries)
        self._lay_out(2)
        self.retranslate()

    def card(self, module_id: str) -> ModuleCard:
        return next(c for c in self.cards if c.entry.module_id == module_id)

    def set_language(self, lang: str) -> None:
        self._language = lang
        for card in self.cards:
            card.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Lab modules"))
        self._intro.setText(self.tr("Choose a module to work on the demo cell step by step."))
        self._empty.setText(self.tr("No lab modules are installed on this kiosk."))

    def _on_card_clicked(self, entry: ModuleEntry) -> None:
        if entry.available and entry.module_id:
            self.module_chosen.emit(entry.module_id)

    def _lay_out(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(4):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        self._grid.setRowStretch(self._grid.rowCount(), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(max(1, min(3, event.size().width() // CARD_MIN_WIDTH_PX)))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
