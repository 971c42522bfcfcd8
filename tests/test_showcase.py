"""The visitor showcase: content files, card rotation, the line mimic and the start screen, the last
with a real simulated cell behind a real OPC UA worker and LiveCellModel."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.showcase import Card, CardDeck, card_problems
from kiosk.core.site import CellConfig, Theme
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, Sample
from kiosk.core.text import LANGUAGES, LocalText
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.showcase_content import load_showcase_content, load_showcase_file
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.simulator.showcase import start_showcase
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.showcase.cards import BigNumber
from kiosk.ui.showcase.mimic import DIVERTER_MM, INLET_MM, STATION_MM, BeltTracker, LineInputs, SortingLineMimic
from kiosk.ui.showcase.showcase_screen import ShowcaseScreen
from kiosk.ui.theme import TOUCH_MIN_PX, stylesheet
from kiosk.ui.translations import load_translators
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

ROOT = Path(__file__).resolve().parent.parent
SITES = ("drachten", "emmen", "zernike")
LEFT = Qt.MouseButton.LeftButton


def lab_ids() -> set[str]:
    ids = set()
    for path in (ROOT / "labs").glob("*.yaml"):
        match = re.search(r"^id:\s*(\S+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            ids.add(match.group(1))
    return ids


# ------------------------------------------------------------------------------------------ content


@pytest.mark.parametrize("site", SITES)
def test_shipped_content_loads_with_every_language(site: str) -> None:
    content = load_showcase_content(site, known_modules=lab_ids())
    assert content.problems == ()
    assert 5 <= len(content.cards) <= 7
    assert len({c.id for c in content.cards}) == len(content.cards)
    for card in content.cards:
        for lang in LANGUAGES:
            assert not card.title.is_fallback(lang) and card.title.get(lang).strip(), (card.id, lang)
            assert not card.body.is_fallback(lang) and len(card.body.get(lang)) > 60, (card.id, lang)
            assert len(card.body.get(lang)) <= 400, (card.id, lang)  # readable on a card from two metres
    assert content.taster_module == "visitor-taster"
    assert set(content.offered_modules) <= lab_ids()
    assert content.taster_module in content.offered_modules


@pytest.mark.parametrize("site", SITES)
def test_every_site_has_a_logo(site: str) -> None:
    from PySide6.QtSvg import QSvgRenderer

    path = ROOT / "kiosk" / "assets" / "logos" / f"{site}.svg"
    assert QSvgRenderer(str(path)).isValid()


BROKEN = """\
seconds_per_card = 10
taster_module = "visitor-taster"
offered_modules = ["visitor-taster", "no-such-module"]

[[cards]]
id = "fine"
[cards.title]
nl = "Goed"
en = "Fine"
de = "Gut"
fy = "Goed"
[cards.body]
nl = "Tekst"
en = "Text"
de = "Text"
fy = "Tekst"

[[cards]]
id = "no-german"
[cards.title]
nl = "Zonder Duits"
en = "No German"
fy = "Sûnder Dútsk"
[cards.body]
nl = "Tekst"
en = "Text"
fy = "Tekst"

[[cards]]
id = "no-english"
[cards.title]
nl = "Zonder Engels"
de = "Ohne Englisch"
fy = "Sûnder Ingelsk"
[cards.body]
nl = "Tekst"
de = "Text"
fy = "Tekst"
"""


def test_a_broken_content_file_names_the_file_the_line_and_the_card(tmp_path: Path) -> None:
    path = tmp_path / "drachten.showcase.toml"
    path.write_text(BROKEN, encoding="utf-8")
    content = load_showcase_file(path, known_modules=lab_ids())
    assert [c.id for c in content.cards] == ["fine", "no-german"]  # no English: left out
    text = "\n".join(content.problems)
    assert f"{path}:3: offered_modules: no module with id 'no-such-module'" in text
    assert f"{path}:20: cards[1].title: card 'no-german': missing de (shown in English instead)" in text
    assert f"{path}:24: cards[1].body: card 'no-german': missing de" in text
    assert f"{path}:31: cards[2].title: card 'no-english': missing en (required; the card is not shown)" in text
    assert content.offered_modules == ("visitor-taster",)


def test_a_content_file_with_a_syntax_error_says_where(tmp_path: Path) -> None:
    path = tmp_path / "x.showcase.toml"
    path.write_text('taster_module = "visitor-taster"\n[[cards]]\nid = fine\n', encoding="utf-8")
    content = load_showcase_file(path)
    assert content.cards == ()
    assert content.problems[0].startswith(f"{path}:3: TOML syntax error")


def test_a_missing_content_file_gives_an_empty_deck_not_a_crash(tmp_path: Path) -> None:
    content = load_showcase_content("drachten", sites_dir=tmp_path)
    assert content.cards == () and "cannot read the file" in content.problems[0]
    assert CardDeck(content.cards).current(0.0) is None


# ------------------------------------------------------------------------------------------ rotation


def card(i: int) -> Card:
    return Card(f"c{i}", LocalText({"nl": f"T{i}", "en": f"T{i}"}), LocalText({"nl": "b", "en": "b"}))


def test_the_deck_rotates_on_a_fake_clock() -> None:
    deck = CardDeck([card(0), card(1), card(2)], seconds_per_card=10, now=100.0)
    assert deck.current(100.0).id == "c0"  # type: ignore[union-attr]
    assert deck.current(109.9).id == "c0"  # type: ignore[union-attr]
    assert deck.progress(105.0) == pytest.approx(0.5)
    assert deck.current(110.0).id == "c1"  # type: ignore[union-attr]
    assert deck.current(131.0).id == "c0"  # type: ignore[union-attr]  # two steps at once, wrapping
    assert deck.progress(131.0) == pytest.approx(0.1)
    # a tap: next card with its full time
    assert deck.advance(135.0).id == "c1"  # type: ignore[union-attr]
    assert deck.current(144.9).id == "c1"  # type: ignore[union-attr]
    assert deck.current(145.0).id == "c2"  # type: ignore[union-attr]
    assert deck.advance(146.0, -1).id == "c1"  # type: ignore[union-attr]  # swipe back
    # a clock that goes backwards restarts the card's time rather than jumping
    assert deck.current(50.0).id == "c1"  # type: ignore[union-attr]
    assert deck.progress(50.0) == 0.0
    deck.restart(60.0)
    assert deck.index(60.0) == 0
    with pytest.raises(ValueError):
        CardDeck([card(0)], seconds_per_card=1)


def test_card_problems_tell_required_from_expected_languages() -> None:
    problems, usable = card_problems(Card("x", LocalText({"nl": "a", "en": "b"}), LocalText({"nl": "a"})))
    assert not usable
    assert problems == [
        "title: missing de, fy (shown in English instead)",
        "body: missing en (required; the card is not shown)",
        "body: missing de, fy (shown in English instead)",
    ]


# ------------------------------------------------------------------------------------------ mimic


def test_the_tracker_follows_the_sensors() -> None:
    tr = BeltTracker()
    base = LineInputs(live=True, speed=100.0, good=0, reject=0)
    tr.update(0.03, base)
    tr.update(0.03, LineInputs(live=True, speed=100.0, part_present=True, good=0, reject=0))
    assert len(tr.parts) == 1 and tr.parts[0].pos_mm == INLET_MM
    for _ in range(18):
        tr.update(0.1, base)  # 1.8 s at 100 mm/s
    assert tr.parts[0].pos_mm == pytest.approx(INLET_MM + 180.0, abs=1.0)
    # the station sees it a little later than the estimate: the estimate snaps to the station
    tr.update(0.0, LineInputs(live=True, speed=100.0, sensor_colour=True, part_colour="black", good=0, reject=0))
    assert tr.parts[0].colour == "black" and tr.parts[0].pos_mm == STATION_MM
    for _ in range(18):
        tr.update(0.1, base)
    tr.update(0.01, LineInputs(live=True, speed=100.0, diverter=True, good=0, reject=0))
    assert tr.parts[0].leaving == "reject" and tr.parts[0].pos_mm == DIVERTER_MM
    # not live: nothing moves
    before = tr.belt_mm
    tr.update(0.5, LineInputs(live=False, speed=100.0))
    assert tr.belt_mm == before


def fed_snapshot(cell: CellConfig, live: bool) -> Snapshot:
    snap = Snapshot(cell.tags)
    now = time.monotonic()
    snap.set_connection(ConnectionState.CONNECTED)
    snap.note_contact(now)
    values = {
        "speed_actual": 120.0,
        "state": "Running",
        "running": True,
        "part_present": False,
        "sensor_colour": True,
        "part_colour": "red",
        "diverter": False,
        "good_count": 41,
        "reject_count": 7,
        "fault": "",
    }
    snap.apply([Sample(a, v, True, None, now) for a, v in values.items()])
    if not live:
        snap.set_connection(ConnectionState.RECONNECTING)
    snap.refresh(now)
    return snap


def image_of(widget: SortingLineMimic, size: QSize) -> QImage:
    widget.resize(size)
    return widget.grab().toImage()


def colourfulness(img: QImage) -> float:
    """Mean chroma (max - min of r, g, b) over the belt's band of the picture."""
    total, n = 0.0, 0
    for y in range(int(img.height() * 0.38), int(img.height() * 0.62), 3):
        for x in range(int(img.width() * 0.03), int(img.width() * 0.79), 3):
            c = QColor(img.pixel(x, y))
            total += max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue())
            n += 1
    return total / n


def test_the_mimic_paints_live_and_not_live_differently(qtbot: QtBot) -> None:
    cell = load_site_profile("drachten").profile.cells[0]
    theme = Theme()
    live_snap, stale_snap = fed_snapshot(cell, True), fed_snapshot(cell, False)
    assert stale_snap.get("speed_actual").quality is Quality.STALE
    current = {"snap": live_snap}
    mimic = SortingLineMimic(lambda: current["snap"], theme, "en")
    qtbot.addWidget(mimic)
    mimic.step(0.1)
    assert mimic.is_live
    live_img = image_of(mimic, QSize(1000, 420))
    colours = {live_img.pixel(x, y) for y in range(0, 420, 5) for x in range(0, 1000, 5)}
    assert len(colours) > 20  # not blank
    current["snap"] = stale_snap
    mimic.step(0.1)
    assert not mimic.is_live
    stale_img = image_of(mimic, QSize(1000, 420))
    assert stale_img != live_img
    assert colourfulness(stale_img) < colourfulness(live_img) * 0.7  # greyed out
    live_img.save("/tmp/showcase_mimic_live.png")
    stale_img.save("/tmp/showcase_mimic_stale.png")


def test_the_mimic_animates_only_while_visible(qtbot: QtBot) -> None:
    cell = load_site_profile("drachten").profile.cells[0]
    mimic = SortingLineMimic(lambda: fed_snapshot(cell, True), Theme(), "en")
    qtbot.addWidget(mimic)
    assert not mimic.animating
    mimic.show()
    qtbot.waitUntil(lambda: mimic.animating, timeout=2000)
    belt = mimic.tracker.belt_mm
    qtbot.waitUntil(lambda: mimic.tracker.belt_mm > belt + 5, timeout=2000)  # 120 mm/s
    mimic.hide()
    assert not mimic.animating


def test_mimic_paint_time_at_1920x1080(qtbot: QtBot) -> None:
    """Average cost of one frame at full HD (the report's figure; the budget is 4 ms)."""
    cell = load_site_profile("drachten").profile.cells[0]
    snap = fed_snapshot(cell, True)
    mimic = SortingLineMimic(lambda: snap, Theme(), "en")
    qtbot.addWidget(mimic)
    mimic.resize(1920, 1080)
    img = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(5):
        mimic.step(0.033)
        mimic.render(img)
    n = 60
    start = time.perf_counter()
    for _ in range(n):
        mimic.step(0.033)
        mimic.render(img)
    ms = (time.perf_counter() - start) / n * 1000
    print(f"\nmimic frame (step + paint) at 1920x1080: {ms:.2f} ms")
    assert ms < 25  # generous for a loaded CI machine; the measured figure is in the report


# ------------------------------------------------------------------------------------------ the screen


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    s = SimulatorThread(host="127.0.0.1", port=0, seed=5)
    s.start()
    s.call(start_showcase)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def worker(sim: SimulatorThread) -> Iterator[CellWorker]:
    cell = load_site_profile("drachten").profile.cells[0].with_endpoint(sim.endpoint)
    w = CellWorker(cell, SampleBuffer())
    w.start()
    yield w
    w.stop()


@pytest.fixture(scope="module")
def live(qapp: QApplication, worker: CellWorker) -> Iterator[LiveCellModel]:
    model = LiveCellModel(worker.cell, worker.buffer)
    model.start()
    end = time.monotonic() + 15
    while time.monotonic() < end and model.snapshot.get("speed_actual").quality is not Quality.LIVE:
        qapp.processEvents()
        time.sleep(0.02)
    yield model
    model.stop()


_languages: list[LanguageModel] = []


@pytest.fixture(autouse=True)
def _clean_up() -> Iterator[None]:
    yield
    while _languages:
        _languages.pop().set_language("en")


def make_screen(qtbot: QtBot, live: LiveCellModel, site: str, lang: str) -> tuple[ShowcaseScreen, LanguageModel]:
    profile = load_site_profile(site).profile
    QCoreApplication.instance().setStyleSheet(stylesheet(profile.theme))  # type: ignore[union-attr]
    language = LanguageModel(load_translators(ROOT / "kiosk" / "i18n", ("nl", "en")), lang)  # the shipped .qm
    _languages.append(language)
    logo = ROOT / "kiosk" / "assets" / "logos" / f"{site}.svg"
    screen = ShowcaseScreen(profile, load_showcase_content(site), live, language, logo)
    qtbot.addWidget(screen)
    return screen, language


def settle(qtbot: QtBot, seconds: float) -> None:
    qtbot.wait(int(seconds * 1000))


def test_the_screen_shows_live_values_switches_language_and_emits_its_signals(
    qtbot: QtBot, live: LiveCellModel
) -> None:
    screen, language = make_screen(qtbot, live, "drachten", "nl")
    screen.resize(1280, 800)
    screen.show()
    assert set(screen.numbers) == {"speed_actual", "good_count", "reject_count", "temperature"}
    speed = screen.numbers["speed_actual"]
    qtbot.waitUntil(lambda: speed.mark.quality is Quality.LIVE and speed.value_text() != "–", timeout=10000)
    assert speed.unit.text() == "mm/s"
    qtbot.waitUntil(lambda: screen.mimic.is_live, timeout=3000)
    assert screen.mimic.animating
    # Dutch: tr() strings and card content
    assert screen.try_title.text() == "Probeer het (3 min)"
    assert screen.card.title_text() == "Landingsplek Drachten"
    assert screen.welcome.text().startswith("Drachten is een van de drie")
    # touch targets
    for button in [
        *screen.language_buttons.values(),
        screen.try_button,
        screen.sign_in_button,
        screen.instructor_button,
    ]:
        assert button.height() >= TOUCH_MIN_PX, button.objectName()
    # language picker: a tap on English
    assert list(screen.language_buttons) == ["nl", "en", "de", "fy"]
    qtbot.mouseClick(screen.language_buttons["en"], LEFT)
    assert language.language == "en"
    assert screen.language_buttons["en"].isChecked() and not screen.language_buttons["nl"].isChecked()
    assert screen.try_title.text() == "Try it (3 min)"
    assert screen.card.title_text() == "Landing spot Drachten"
    assert screen.numbers["speed_actual"].label.text() == "Conveyor speed"
    # the card: a tap shows the next one
    first = screen.current_card_id()
    qtbot.mouseClick(screen.card, LEFT)
    assert screen.current_card_id() != first
    # the three ways in
    with qtbot.waitSignal(screen.try_requested, timeout=1000):
        qtbot.mouseClick(screen.try_button, LEFT)
    with qtbot.waitSignal(screen.sign_in_requested, timeout=1000):
        qtbot.mouseClick(screen.sign_in_button, LEFT)
    with qtbot.waitSignal(screen.instructor_requested, timeout=1000):
        qtbot.mouseClick(screen.instructor_button, LEFT)
    # the anonymous counter
    assert not screen.tries_label.isVisibleTo(screen)
    screen.set_tries_today(12)
    assert screen.tries_label.text() == "12 visitors tried it today"
    screen.set_tries_today(1)
    assert screen.tries_label.text() == "1 visitor tried it today"
    screen.hide()
    assert not screen.mimic.animating


def test_a_number_that_is_not_live_looks_not_live(qtbot: QtBot) -> None:
    cell = load_site_profile("drachten").profile.cells[0]
    stale = fed_snapshot(cell, False)
    tile = BigNumber(cell.tag("speed_actual"), Theme(), "en")  # type: ignore[arg-type]
    qtbot.addWidget(tile)
    tile.show_value(stale.get("speed_actual"))
    assert tile.value_text() == "120"
    assert tile.value.property("quality") == "stale"
    assert tile.mark.word() == "stale"
