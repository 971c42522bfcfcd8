"""The live dashboard of one cell: banner, machine state, value tiles and trends."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QVBoxLayout, QWidget

from kiosk.core.site import Theme
from kiosk.core.tags import ConnectionState, TagKind
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.machine_state import WATCHED, MachineStatePanel
from kiosk.ui.trend_panel import TrendPanel
from kiosk.ui.value_tile import ValueTile
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

PREFERRED_TILES: tuple[str, ...] = (
    "speed_actual",
    "motor_current",
    "cycle_time",
    "good_count",
    "reject_count",
    "tank_level",
    "temperature",
    "pressure",
)
MAX_TILES = 8
MAX_TILE_COLUMNS = 4
MIN_TILE_COLUMNS = 2
TILE_SPACING = 12


def choose_tiles(model: LiveCellModel) -> list[str]:
    """The demo cell's preferred tiles where the cell has them; else its first numeric tags."""
    specs = model.snapshot.specs
    chosen = [a for a in PREFERRED_TILES if a in specs]
    if not chosen:
        chosen = [a for a, s in specs.items() if s.kind is TagKind.NUMBER][:MAX_TILES]
    return chosen


class TileFlowLayout(QLayout):
    """The value tiles in rows of up to `max_columns`, as many columns as fit the width (never fewer
    than `min_columns`): at 1920 and 1280 px four, on a narrower window or a larger text scale three
    or two, with more rows. All cells are the same size; the last row is filled from the left."""

    def __init__(
        self,
        parent: QWidget | None = None,
        max_columns: int = MAX_TILE_COLUMNS,
        min_columns: int = MIN_TILE_COLUMNS,
        spacing: int = TILE_SPACING,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._max_columns = max_columns
        self._min_columns = min_columns
        self._columns = max_columns
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self.columns_for(width), hint=True)

    def minimumSize(self) -> QSize:
        """As narrow as `min_columns` tiles; as low as the rows of `max_columns` (the rows a narrower
        layout needs come from heightForWidth)."""
        w = self._min_columns * self._cell_min().width() + (self._min_columns - 1) * self.spacing()
        return QSize(w, self._height(self._max_columns, hint=False))

    def sizeHint(self) -> QSize:
        cols = self._max_columns
        return QSize(cols * self._cell_hint().width() + (cols - 1) * self.spacing(), self._height(cols, hint=True))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if not self._items:
            return
        cols = self.columns_for(rect.width())
        self._columns = cols
        rows = math.ceil(len(self._items) / cols)
        sp = self.spacing()
        cell_w = (rect.width() - (cols - 1) * sp) / cols
        cell_h = (rect.height() - (rows - 1) * sp) / rows
        for i, item in enumerate(self._items):
            r, c = divmod(i, cols)
            x = rect.x() + round(c * (cell_w + sp))
            y = rect.y() + round(r * (cell_h + sp))
            x2 = rect.x() + round(c * (cell_w + sp) + cell_w)
            y2 = rect.y() + round(r * (cell_h + sp) + cell_h)
            item.setGeometry(QRect(x, y, x2 - x, y2 - y))

    # --- its own -----------------------------------------------------------------------------------
    def columns(self) -> int:
        """The number of columns of the last arrangement."""
        return self._columns

    def columns_for(self, width: int) -> int:
        """The most columns (up to max_columns, at least min_columns) whose tiles fit `width`."""
        cell = self._cell_min().width()
        sp = self.spacing()
        for cols in range(self._max_columns, self._min_columns, -1):
            if cols * cell + (cols - 1) * sp <= width:
                return cols
        return self._min_columns

    def _cell_min(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _cell_hint(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.sizeHint())
        return size.expandedTo(self._cell_min())

    def _height(self, cols: int, hint: bool) -> int:
        if not self._items:
            return 0
        rows = math.ceil(len(self._items) / cols)
        cell = self._cell_hint() if hint else self._cell_min()
        return rows * cell.height() + (rows - 1) * self.spacing()


class DashboardScreen(QWidget):
    """Subscribes to a LiveCellModel and a LanguageModel; owns no data of its own."""

    def __init__(
        self, model: LiveCellModel, language: LanguageModel, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._language = language
        lang = language.language
        self.banner = ConnectionBanner(model.cell.label.get(lang), self)
        self.machine = MachineStatePanel(model.snapshot, theme, lang, self)
        self.tiles: dict[str, ValueTile] = {
            alias: ValueTile(model.snapshot.specs[alias], theme, lang, self) for alias in choose_tiles(model)
        }
        self.trends = TrendPanel(model, theme, lang, parent=self)

        self.tile_layout = TileFlowLayout()
        group = list(self.tiles.values())
        for tile in group:
            self.tile_layout.addWidget(tile)
            tile.share_mark_placement(group)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.machine, 1)
        top.addLayout(self.tile_layout, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 16)
        lay.setSpacing(12)
        lay.addWidget(self.banner)
        lay.addLayout(top, 2)
        lay.addWidget(self.trends, 3)

        model.values_changed.connect(self._on_values_changed)
        model.connection_changed.connect(self._on_connection_changed)
        language.language_changed.connect(self._on_language_changed)
        self.banner.set_state(model.connection)

    def _on_values_changed(self, aliases: list[str]) -> None:
        snap = self.model.snapshot
        for alias in aliases:
            tile = self.tiles.get(alias)
            if tile is not None:
                tile.show_value(snap.get(alias))
        if WATCHED.intersection(aliases):
            self.machine.refresh()

    def _on_connection_changed(self, state: str) -> None:
        self.banner.set_state(ConnectionState(state))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        """Lay out again from fresh size hints: new words (a language, a style sheet's font that is
        applied only when a label is first shown) must not keep the widths of the old ones."""
        for widget in self.findChildren(QWidget):
            widget.ensurePolished()
            widget.updateGeometry()
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        lay = self.layout()
        if lay is not None:
            lay.invalidate()
            lay.activate()

    def _on_language_changed(self, lang: str) -> None:
        self.banner.set_cell_label(self.model.cell.label.get(lang))
        self.machine.set_language(lang)
        for tile in self.tiles.values():
            tile.set_language(lang)
        self.trends.set_language(lang)
        QTimer.singleShot(0, self, self._relayout)  # after the widgets' own LanguageChange events
