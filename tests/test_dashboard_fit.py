"""The live dashboard fits a 1280x800 kiosk screen (1280x716 under the window's 84 px header) in every
language, also with a long fault text, with every label's text shown whole; tested on the real
simulated demo cell, offscreen."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_helpers import module_cell_fixtures
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from kiosk.core.site import Theme
from kiosk.core.tags import Quality
from kiosk.services.opcua_worker import CellWorker
from kiosk.ui.dashboard import DashboardScreen, TileFlowLayout
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.ui.translations import load_translators
from kiosk.ui.value_tile import ElidedLabel
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

I18N_DIR = Path(__file__).resolve().parent.parent / "kiosk" / "i18n"
LANGUAGES = ("nl", "de", "en")
SCREEN_W, SCREEN_H = 1280, 716  # a 1280x800 screen less the window's header


sim, cell, worker, live = module_cell_fixtures(seed=13)


@pytest.fixture
def languages() -> Iterator[list[LanguageModel]]:
    """Language models made by a test; set back to English after it (translators are app-wide)."""
    made: list[LanguageModel] = []
    yield made
    for model in made:
        model.set_language("en")


SETTLE_MS = 1000
"""How long the layouts may take to settle before a clipped label counts."""


def make_dashboard(qtbot: QtBot, live: LiveCellModel, lang: str, made: list[LanguageModel]) -> DashboardScreen:
    language = LanguageModel(load_translators(I18N_DIR, LANGUAGES), lang)
    made.append(language)
    screen = DashboardScreen(live, language, Theme())
    qtbot.addWidget(screen)
    screen.resize(SCREEN_W, SCREEN_H)
    screen.show()
    qtbot.waitExposed(screen)
    # The tiles show the values the model already has once they change; push them all once.
    screen._on_values_changed(list(live.snapshot.specs))
    # Let the layouts settle on the new texts (posted layout requests; at most a few event loop turns).
    with contextlib.suppress(QtTimeoutError):
        qtbot.waitUntil(
            lambda: not clipped_labels(screen) and all(t.mark.quality is Quality.LIVE for t in screen.tiles.values()),
            timeout=SETTLE_MS,
        )
    return screen


def clipped_labels(screen: DashboardScreen) -> list[str]:
    """Each visible label whose text does not show whole at its current size, with the reason."""
    bounds = screen.rect()
    problems: list[str] = []
    for label in screen.findChildren(QLabel):
        if not label.isVisibleTo(screen) or not label.text():
            continue
        text = label.text()
        width = label.contentsRect().width()
        fm = label.fontMetrics()
        top_left = label.mapTo(screen, QPoint(0, 0))
        if not bounds.contains(QRect(top_left, label.size())):
            problems.append(f"{text!r} lies outside the dashboard at {top_left} {label.size()}")
        if isinstance(label, ElidedLabel):
            if label.is_elided():
                problems.append(f"{text!r} is cut off with … ({fm.horizontalAdvance(text)} > {width})")
        elif label.wordWrap():
            longest = max((fm.horizontalAdvance(word) for word in text.split()), default=0)
            if longest > width:
                problems.append(f"{text!r}: a word is wider than the label ({longest} > {width})")
            if label.heightForWidth(label.width()) > label.height():
                problems.append(
                    f"{text!r}: wrapped lines need {label.heightForWidth(label.width())} > {label.height()}"
                )
        elif fm.horizontalAdvance(text) > width:
            problems.append(f"{text!r} is clipped ({fm.horizontalAdvance(text)} > {width})")
        if not label.wordWrap() and fm.height() > label.contentsRect().height():
            problems.append(f"{text!r} is cut off at the bottom ({fm.height()} > {label.contentsRect().height()})")
    return problems


def assert_fits(screen: DashboardScreen, lang: str) -> None:
    hint = screen.minimumSizeHint()
    assert hint.width() <= SCREEN_W, f"{lang}: minimum width {hint.width()}"
    assert hint.height() <= SCREEN_H, f"{lang}: minimum height {hint.height()}"
    assert screen.size().width() == SCREEN_W and screen.size().height() == SCREEN_H
    problems = clipped_labels(screen)
    assert problems == [], f"{lang}: {problems}"
    for tile in screen.tiles.values():
        # value, unit and quality word are all there, readable
        assert tile.value_text() != ""  # "–" is how a value with no number yet (NaN) shows
        assert tile.mark.quality is Quality.LIVE and tile.mark.word()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_dashboard_fits_1280x716_with_every_label_whole(
    qtbot: QtBot, live: LiveCellModel, languages: list[LanguageModel], lang: str
) -> None:
    screen = make_dashboard(qtbot, live, lang, languages)
    assert_fits(screen, lang)
    # all tiles in four columns, and each at least a finger wide
    assert screen.tile_layout.columns() == 4
    for tile in screen.tiles.values():
        assert tile.width() >= TOUCH_MIN_PX and tile.height() >= TOUCH_MIN_PX


def test_switching_language_keeps_it_fitting(qtbot: QtBot, live: LiveCellModel, languages: list[LanguageModel]) -> None:
    screen = make_dashboard(qtbot, live, "en", languages)
    for lang in ("de", "nl", "en"):
        languages[0].set_language(lang)
        with contextlib.suppress(QtTimeoutError):  # the layouts settle on the new texts
            qtbot.waitUntil(lambda: not clipped_labels(screen), timeout=SETTLE_MS)
        assert_fits(screen, lang)


def test_on_1920x996_the_tiles_keep_their_wide_look(
    qtbot: QtBot, live: LiveCellModel, languages: list[LanguageModel]
) -> None:
    screen = make_dashboard(qtbot, live, "de", languages)
    screen.resize(1920, 996)
    qtbot.wait(50)
    assert screen.tile_layout.columns() == 4
    assert all(t.mark_beside_label() for t in screen.tiles.values())
    assert clipped_labels(screen) == []


def test_a_narrow_window_reflows_the_tiles_to_fewer_columns(qtbot: QtBot, live: LiveCellModel) -> None:
    layout = TileFlowLayout()
    screen_w = 4 * 150 + 3 * layout.spacing()
    layout.deleteLater()
    language = LanguageModel({}, "en")
    screen = DashboardScreen(live, language, Theme())
    qtbot.addWidget(screen)
    screen.show()
    cell_w = max(t.minimumSizeHint().width() for t in screen.tiles.values())
    assert cell_w < screen_w  # sanity
    cols_wide = screen.tile_layout.columns_for(4 * cell_w + 3 * screen.tile_layout.spacing())
    cols_narrow = screen.tile_layout.columns_for(3 * cell_w + 2 * screen.tile_layout.spacing())
    assert (cols_wide, cols_narrow) == (4, 3)
    assert screen.tile_layout.columns_for(10) == 2
    assert screen.tile_layout.heightForWidth(10) > screen.tile_layout.heightForWidth(4000)


def test_a_long_fault_text_wraps_instead_of_widening_the_dashboard(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, languages: list[LanguageModel]
) -> None:
    screens = {lang: make_dashboard(qtbot, live, lang, languages) for lang in LANGUAGES}
    worker.call("start").result(5)
    worker.call("inject_fault", "JAM").result(5)
    try:
        # the belt has to be driven against the jam for about 2 s before the cell latches JAM
        qtbot.waitUntil(lambda: live.snapshot.live_value("fault") == "JAM", timeout=15000)
        qtbot.wait(300)  # the model's next tick shows it, then the layouts settle
        for lang, screen in screens.items():
            fault_spec = live.snapshot.specs["fault"]
            fault_text = fault_spec.states["JAM"].get(lang) if fault_spec.states else "JAM"
            shown = [lb.text() for lb in screen.machine.findChildren(QLabel)]
            assert fault_text in shown, lang
            assert_fits(screen, lang)
    finally:
        worker.call("clear_faults").result(5)
        worker.call("reset").result(5)
        qtbot.waitUntil(lambda: live.snapshot.live_value("fault") == "", timeout=10000)
