"""Dutch and English are complete on every screen; German and Frisian coverage is reported."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.tags import ConnectionState
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.translations import load_translators

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
I18N_DIR = ROOT / "kiosk" / "i18n"
SOURCES = sorted(p for d in ("kiosk/ui", "kiosk/viewmodels") for p in (ROOT / d).rglob("*.py"))


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None where unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            done = tr is not None and tr.get("type") != "unfinished" and bool(tr.text)
            out[(name, msg.findtext("source") or "")] = tr.text if done and tr is not None else None
    return out


def test_ts_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every tr() string in the code is in the .ts files (run `make lupdate` after adding one)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    exe = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert exe, "pyside6-lupdate not found"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([exe, *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    in_code = set(messages(fresh))
    in_ts = set(messages(TS_DIR / "kiosk_nl.ts"))
    assert in_code - in_ts == set(), "strings missing from translations/*.ts: run make lupdate"


def test_dutch_is_complete() -> None:
    missing = [src for src, tr in messages(TS_DIR / "kiosk_nl.ts").items() if tr is None]
    assert missing == []


@pytest.mark.parametrize("lang", ["de", "fy"])
def test_german_and_frisian_coverage_is_reported(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    msgs = messages(TS_DIR / f"kiosk_{lang}.ts")
    done = sum(1 for tr in msgs.values() if tr is not None)
    with capsys.disabled():
        print(f"\n{lang}: {done}/{len(msgs)} screen strings translated; the rest shows in English")
    assert set(msgs) == set(messages(TS_DIR / "kiosk_nl.ts"))


def test_tag_labels_complete_in_dutch_and_english() -> None:
    for site in ("drachten", "emmen", "zernike"):
        for cell in load_site_profile(site).profile.cells:
            for tag in cell.tags:
                assert {"nl", "en"} <= set(tag.label.texts), f"{site}/{tag.alias}"
                for value, label in tag.states.items():
                    assert {"nl", "en"} <= set(label.texts), f"{site}/{tag.alias}/{value}"


def test_dashboard_in_dutch_shows_no_english_screen_string(qtbot: QtBot) -> None:
    """Walk the dashboard and its banner in Dutch: no label may still carry an English source text."""
    from kiosk.ui.dashboard import DashboardScreen
    from kiosk.ui.main_window import MainWindow
    from kiosk.viewmodels.language import LanguageModel
    from kiosk.viewmodels.live_cell import LiveCellModel

    profile = load_site_profile("drachten").profile
    language = LanguageModel(load_translators(I18N_DIR, ("nl", "en")), "nl")
    buffer = SampleBuffer()
    model = LiveCellModel(profile.cells[0], buffer)
    dash = DashboardScreen(model, language, profile.theme)
    window = MainWindow(profile, language, [dash])
    qtbot.addWidget(window)
    window.show()
    english = {src for (_ctx, src), tr in messages(TS_DIR / "kiosk_nl.ts").items() if tr != src}
    english_words = {s.split("{")[0].strip() for s in english}

    for state in (ConnectionState.CONNECTING, ConnectionState.RECONNECTING, ConnectionState.CONNECTED):
        buffer.set_connection(state)
        model.tick()
        texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible()]
        leftovers = [t for t in texts if t in english or any(t.startswith(e) for e in english_words if len(e) > 8)]
        assert leftovers == [], f"English on the Dutch screen ({state}): {leftovers}"
        if state is ConnectionState.CONNECTING:
            assert dash.banner.message().startswith("Verbinden met")
        elif state is ConnectionState.RECONNECTING:
            assert dash.banner.message().startswith("Geen verbinding met")

    language.set_language("en")
    assert dash.machine.title_text() == "Machine state"
    language.set_language("nl")
    assert dash.machine.title_text() == "Machinetoestand"
    language.set_language("en")  # the translators are app-wide: leave none behind for later tests
