"""Every screen in every language, on the real kiosk (composition root, simulated cell, records file).

The walk visits the showcase, the live cell, sign-in, the module list with a trainee, a module's
safety statements, its steps, the result and its replay, the instructor PIN, every section of the
instructor hub, and the idle countdown. On each it switches through the four languages without a
restart and reads every visible label and button:
- Dutch: no text may still be an English screen string (a source of the .ts files that Dutch
  translates differently) — that would be an untranslated string;
- English: no text may be a Dutch translation of a screen string;
- German and Frisian: the share of screen strings that shows in English (the visible fallback) is
  printed, and nothing may be empty where English has words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_translations import TS_DIR, messages

from kiosk.app import Kiosk, RunOptions
from kiosk.services.paths import AppPaths
from kiosk.services.records import RecordStore
from kiosk.services.simulator.server import SimulatorThread

LANGS = ("nl", "en", "de", "fy")
OWN_NAMES = frozenset({"English", "Nederlands", "Deutsch", "Frysk"})
"""Each language's button says its own name in every language, on purpose."""


def _pattern(text: str) -> re.Pattern[str]:
    """A screen string as a pattern: its placeholders ({name}, %1) match anything."""
    parts = re.split(r"(\{[a-z_]+\}|%\d)", text)
    return re.compile("".join(".+" if re.fullmatch(r"\{[a-z_]+\}|%\d", p) else re.escape(p) for p in parts) + r"\Z")


def _catalogue() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], dict[str, dict[str, str]]]:
    """(English sources Dutch changes, Dutch translations that differ from English, per language
    source -> translation)."""
    per_lang = {lang: messages(TS_DIR / f"kiosk_{lang}.ts") for lang in ("nl", "de", "fy")}
    english, dutch = [], []
    for (_, source), tr in per_lang["nl"].items():
        words = re.sub(r"\{[a-z_]+\}|%\d", "", source)
        if tr and tr != source and re.search(r"[A-Za-z]{3}", words) and source not in OWN_NAMES:
            english.append(_pattern(source))
            dutch.append(_pattern(tr))
    flat = {lang: {src: tr for (_, src), tr in msgs.items() if tr} for lang, msgs in per_lang.items()}
    return english, dutch, flat


ENGLISH, DUTCH, TRANSLATED = _catalogue()


def visible_texts(window: QWidget) -> list[str]:
    texts = []
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if w.isVisible() and w.text().strip() and w.text().strip() not in OWN_NAMES:
            texts.append(w.text().strip())
    return texts


def matches(text: str, patterns: list[re.Pattern[str]]) -> bool:
    return any(p.match(text) for p in patterns)


class Walk:
    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.problems: list[str] = []
        self.seen: dict[str, list[str]] = {lang: [] for lang in LANGS}
        self.screens: list[str] = []

    def check(self, qapp: QApplication, screen: str) -> None:
        window = self.kiosk.window
        language = window._language
        self.screens.append(screen)
        for lang in LANGS:
            language.set_language(lang)
            qapp.processEvents()
            texts = visible_texts(window)
            self.seen[lang] += texts
            if lang == "nl":
                self.problems += [f"{screen} (nl): untranslated {t!r}" for t in texts if matches(t, ENGLISH)]
            elif lang == "en":
                self.problems += [f"{screen} (en): Dutch text {t!r}" for t in texts if matches(t, DUTCH)]
        language.set_language("en")
        qapp.processEvents()


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sim: SimulatorThread, tmp_path: Path) -> Iterator[Kiosk]:
    paths = AppPaths.under(tmp_path).ensure()
    with RecordStore(paths.records_file) as store:
        store.add_trainee("T-1001", "Anna").result(10)
    options = RunOptions(cells=[("demo", sim.endpoint)], windowed=True, language="en", data_dir=tmp_path)
    k = Kiosk(options, paths)
    window = k.build(qapp)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield k
    k.window._language.set_language("en")  # translators are application-wide
    k.close()


def test_every_screen_in_every_language(qapp: QApplication, qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    labs = window.labs
    assert labs is not None and labs.sign_in_page is not None and window.lock is not None
    walk = Walk(kiosk)
    walk.check(qapp, "showcase")
    window.show_live()
    walk.check(qapp, "live cell")
    window.show_labs()
    qtbot.keyClicks(labs.sign_in_page.form, "X-0000\r")
    qtbot.waitUntil(lambda: bool(labs.sign_in_page.form.message.text()), timeout=5000)
    walk.check(qapp, "sign-in, unknown code")
    labs.sign_in_page.form.reset()
    qtbot.keyClicks(labs.sign_in_page.form, "T-1001\r")
    qtbot.waitUntil(labs.module_list.isEnabled, timeout=5000)
    qtbot.waitUntil(lambda: labs.current_page() is labs.home, timeout=5000)
    walk.check(qapp, "module list")
    runner = labs.runner
    runner.start("visitor-taster")
    walk.check(qapp, "safety")
    for i in range(len(labs.safety.rows)):
        runner.acknowledge(i)
    runner.begin()
    walk.check(qapp, "preparing")
    qtbot.waitUntil(lambda: labs.current_page() is labs.steps, timeout=20000)
    walk.check(qapp, "instruction step")
    runner.next()
    walk.check(qapp, "action step")
    session = runner.session
    assert session is not None
    while session.phase.value == "steps" and session.step.kind != "quiz":
        if session.state().status.value == "active":
            runner.skip_step()
        else:
            runner.next()
    walk.check(qapp, "quiz step")
    runner.abandon()
    qtbot.waitUntil(lambda: labs.current_page() is labs.result, timeout=5000)
    walk.check(qapp, "result")
    labs.result.replay_button.click()
    qtbot.waitUntil(lambda: labs.replay is not None and labs.current_page() is labs.replay, timeout=5000)
    qtbot.wait(500)
    walk.check(qapp, "replay")
    window.lock.request("settings")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pin_page, timeout=5000)
    walk.check(qapp, "instructor PIN")
    assert window.instructor_page is not None
    window.pages.setCurrentWidget(window.instructor_page)
    hub = window.instructor_page
    for i, section in enumerate(hub.sections):
        hub.show_section(i)
        jobs = getattr(section, "_jobs", None)
        qtbot.waitUntil(lambda jobs=jobs: jobs is None or not jobs.busy, timeout=10_000)
        qtbot.wait(100)
        walk.check(qapp, f"instructor: {type(section).__name__}")
    assert window.idle_overlay is not None and kiosk.idle is not None
    window.idle_overlay.show()
    window.idle_overlay.retranslate()
    walk.check(qapp, "idle countdown")

    assert walk.problems == [], "\n".join(walk.problems)
    for lang in ("de", "fy"):
        texts = walk.seen[lang]
        english = [t for t in texts if matches(t, ENGLISH)]
        share = 1 - len(english) / max(1, len(texts))
        print(
            f"\n{lang}: {share:.0%} of {len(texts)} texts on {len(walk.screens)} screens in {lang}; "
            f"{len(set(english))} distinct screen strings fall back to English"
        )
    assert len(walk.screens) == 20
