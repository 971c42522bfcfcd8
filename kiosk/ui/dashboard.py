"""The live dashboard of one cell: banner, machine state, value tiles and trends."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

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


def choose_tiles(model: LiveCellModel) -> list[str]:
    """The demo cell's preferred tiles where the cell has them; else its first numeric tags."""
    specs = model.snapshot.specs
    chosen = [a for a in PREFERRED_TILES if a in specs]
    if not chosen:
        chosen = [a for a, s in specs.items() if s.kind is TagKind.NUMBER][:MAX_TILES]
    return chosen


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

        tile_grid = QGridLayout()
        tile_grid.setSpacing(12)
        for i, tile in enumerate(self.tiles.values()):
            tile_grid.addWidget(tile, i // 4, i % 4)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.machine, 1)
        top.addLayout(tile_grid, 3)
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

    def _on_language_changed(self, lang: str) -> None:
        self.banner.set_cell_label(self.model.cell.label.get(lang))
        self.machine.set_language(lang)
        for tile in self.tiles.values():
            tile.set_language(lang)
        self.trends.set_language(lang)
