"""The whole kiosk as the composition root builds it (kiosk.app.Kiosk), on a real simulated cell, a
real records file and real widgets: the showcase as the start, a visitor's try counted only, the idle
reset that leaves nothing of the person behind, and the lock-down that needs the instructor PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, RunOptions
from kiosk.core.idle import Presence
from kiosk.core.labs.session import Phase
from kiosk.core.labs.xapi import VERBS
from kiosk.services.paths import AppPaths
from kiosk.services.pin import PinStore, pin_file
from kiosk.services.records import RecordStore
from kiosk.services.simulator.server import SimulatorThread

T = 10.0
LEFT = Qt.MouseButton.LeftButton


class Clock:
    """The idle rule's clock, moved by the test (the rest of the kiosk runs on real time)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    p = AppPaths.under(tmp_path).ensure()
    with RecordStore(p.records_file) as store:
        store.add_trainee("T-1001", "Anna").result(T)
    return p


@pytest.fixture
def make_kiosk(
    qapp: QApplication, qtbot: QtBot, sim: SimulatorThread, paths: AppPaths, clock: Clock
) -> Iterator[object]:
    built: list[Kiosk] = []

    def make(*, windowed: bool = True, language: str = "en") -> Kiosk:
        options = RunOptions(
            cells=[("demo", sim.endpoint)], windowed=windowed, language=language, data_dir=paths.data_dir
        )
        kiosk = Kiosk(options, paths, clock=clock)
        built.append(kiosk)
        window = kiosk.build(qapp)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return kiosk

    yield make
    for k in built:
        if k._window is not None:
            k._window._may_close = True  # let the test close a locked-down window
            # Translators are installed application-wide: take them out for the next test.
            k._window._language.set_language("en")
        k.close()


def all_texts(kiosk: Kiosk) -> str:
    """Every text any label, button or field of the window holds, shown or not."""
    w = kiosk.window
    parts = [x.text() for x in w.findChildren(QLabel)]
    parts += [x.text() for x in w.findChildren(QPushButton)]
    parts += [x.text() for x in w.findChildren(QLineEdit)]
    return "\n".join(parts)


def sign_in_and_start(qtbot: QtBot, kiosk: Kiosk, module_id: str) -> None:
    window = kiosk.window
    labs = window.labs
    assert labs is not None and window.showcase is not None and labs.sign_in_page is not None
    qtbot.mouseClick(window.showcase.sign_in_button, LEFT)
    assert window.pages.currentWidget() is labs
    qtbot.keyClicks(labs.sign_in_page.form, "T-1001\r")
    panel = labs.trainee_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.who.text() == "Hello Anna" and labs.module_list.isEnabled(), timeout=5000)
    labs.runner.start(module_id)
    for i in range(len(labs.safety.rows)):
        labs.runner.acknowledge(i)
    labs.runner.begin()
    qtbot.waitUntil(lambda: labs.current_page() is labs.steps, timeout=20000)


def test_the_kiosk_starts_on_the_showcase(make_kiosk: object) -> None:
    kiosk = make_kiosk()  # type: ignore[operator]
    window = kiosk.window
    assert window.pages.currentWidget() is window.showcase
    assert not window.header.isVisible()  # the showcase has its own name, languages and ways in
    assert kiosk.idle is not None and kiosk.idle.presence is Presence.NOBODY


def test_an_idle_reset_leaves_nothing_of_the_trainee(
    qtbot: QtBot, make_kiosk: object, clock: Clock, paths: AppPaths
) -> None:
    kiosk = make_kiosk(language="en")  # type: ignore[operator]
    window, idle = kiosk.window, kiosk.idle
    assert idle is not None and window.idle_overlay is not None and window.labs is not None
    sign_in_and_start(qtbot, kiosk, "visitor-taster")
    registration = window.labs.runner.session.attempt_id if window.labs.runner.session else ""
    assert idle.presence is Presence.TRAINEE
    assert "Anna" in all_texts(kiosk)

    clock.now += 301  # five minutes untouched: the warning counts down
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=3000)
    assert "signed out" in window.idle_overlay.text.text() and int(window.idle_overlay.count.text()) >= 20
    qtbot.mouseClick(window.idle_overlay.still_here, LEFT)  # "I'm still here"
    qtbot.waitUntil(lambda: not window.idle_overlay.isVisible(), timeout=3000)
    assert window.labs.runner.session is not None

    clock.now += 301 + 31  # walked away for good
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.showcase, timeout=3000)
    assert not window.idle_overlay.isVisible()
    runner = window.labs.runner
    assert runner.session is None and runner.visitor
    assert window.labs.sign_in is not None and window.labs.sign_in.current is None
    texts = all_texts(kiosk)
    assert "Anna" not in texts and "T-1001" not in texts
    assert window.labs.sign_in_page is not None and window.labs.sign_in_page.form.code() == ""
    assert window._language.language == "nl"
    assert idle.presence is Presence.NOBODY
    # Progress saved, and left open to continue: the attempt was suspended, not ended.
    assert kiosk.records is not None
    kiosk.records.flush()
    with RecordStore(paths.records_file) as store:
        attempt = store.attempt(registration)
        last = store.events_for(registration)[-1].statement
    assert attempt is not None and attempt.ended_at is None
    assert last["verb"]["id"] == VERBS["suspended"]


def test_a_visitor_tries_the_taster_and_only_a_count_is_kept(qtbot: QtBot, make_kiosk: object, paths: AppPaths) -> None:
    kiosk = make_kiosk()  # type: ignore[operator]
    window = kiosk.window
    assert window.showcase is not None and window.labs is not None
    qtbot.mouseClick(window.showcase.try_button, LEFT)
    runner = window.labs.runner
    assert runner.session is not None and runner.session.module.id == "visitor-taster" and runner.visitor
    assert kiosk.idle is not None and kiosk.idle.presence is Presence.VISITOR
    qtbot.waitUntil(lambda: runner.session is not None and runner.session.phase is Phase.SAFETY, timeout=3000)
    runner.close()  # the visitor is done
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.showcase, timeout=3000)
    qtbot.waitUntil(lambda: window.showcase.tries_label.text() == "1 visitor tried it today", timeout=8000)
    with RecordStore(paths.records_file) as store:
        assert store.list_trainees()[0].code == "T-1001" and store.open_attempts() == []
        assert store.attempts_for("kiosk-visitor") == []
        tries = store.anonymous_tries(date.today().isoformat())
    assert tries == {"visitor-taster": (1, 0)}


def test_closing_the_locked_down_kiosk_needs_the_instructor_pin(
    qtbot: QtBot, make_kiosk: object, paths: AppPaths
) -> None:
    PinStore(pin_file(paths)).set_pin("2580")
    kiosk = make_kiosk(windowed=False)  # type: ignore[operator]
    window = kiosk.window
    assert window.pin_page is not None
    assert window.close() is False and window.isVisible()  # Alt+F4 / the window manager's close
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pin_page, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    qtbot.keyClicks(window.pin_page, "1111\r")  # wrong
    qtbot.waitUntil(lambda: "Wrong PIN" in window.pin_page.message.text(), timeout=8000)
    assert window.isVisible()
    qtbot.keyClicks(window.pin_page, "2580\r")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=8000)
    assert kiosk.store is not None
    qtbot.waitUntil(lambda: "unlock" in [e.action for e in kiosk.store.audit_entries()], timeout=5000)
    assert "unlock-failed" in [e.action for e in kiosk.store.audit_entries()]
    assert kiosk.store.verify_audit_chain() is None


def test_a_locked_down_kiosk_without_a_pin_asks_for_one_first(make_kiosk: object) -> None:
    kiosk = make_kiosk(windowed=False)  # type: ignore[operator]
    window = kiosk.window
    assert window.pages.currentWidget() is window.first_pin_page
    assert not window.header.isVisible()


def test_a_second_kiosk_on_the_same_data_refuses_to_start(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.app import run
    from kiosk.services.single_instance import SingleInstance, lock_file

    first = SingleInstance(lock_file(paths))
    assert first.acquire()
    try:
        assert run(RunOptions(windowed=True, data_dir=paths.data_dir)) == 1
    finally:
        first.release()
    err = capsys.readouterr().err
    assert "already running" in err and str(paths.data_dir) in err


def test_a_try_left_open_behind_the_showcase_does_not_bounce_the_next_visitor(qtbot: QtBot, make_kiosk: object) -> None:
    kiosk = make_kiosk()  # type: ignore[operator]
    window = kiosk.window
    assert window.showcase is not None and window.labs is not None and kiosk.idle is not None
    qtbot.mouseClick(window.showcase.try_button, LEFT)
    first = window.labs.runner.session
    qtbot.mouseClick(window.start_button, LEFT)  # the visitor wanders off to the start screen
    assert window.pages.currentWidget() is window.showcase
    assert kiosk.idle.presence is Presence.VISITOR  # the open try is still someone's: it will be reset
    qtbot.mouseClick(window.showcase.try_button, LEFT)  # the next visitor
    runner = window.labs.runner
    qtbot.waitUntil(
        lambda: runner.session is not None and runner.session is not first and runner.session.phase is Phase.SAFETY,
        timeout=3000,
    )
    assert window.pages.currentWidget() is window.labs  # and it stays there: no bounce back to the start
    assert window.labs.visiting


def test_a_pin_asked_for_in_the_hub_and_cancelled_does_not_reopen_it(
    qtbot: QtBot, make_kiosk: object, paths: AppPaths
) -> None:
    """Alt+F4 in the instructor hub asks for the PIN; whoever taps Cancel lands on the start, locked, and
    the hub has forgotten the trainee that was selected in it."""
    PinStore(pin_file(paths)).set_pin("2580")
    kiosk = make_kiosk(windowed=False)  # type: ignore[operator]
    window = kiosk.window
    assert window.pin_page is not None and window.instructor_page is not None and window.lock is not None
    window.lock.request("settings")
    qtbot.keyClicks(window.pin_page, "2580\r")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.instructor_page, timeout=8000)
    trainees = window.instructor_page.sections[0]
    qtbot.waitUntil(lambda: trainees.table.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    trainees.table.selectRow(0)  # type: ignore[attr-defined]
    assert window.close() is False
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pin_page, timeout=3000)
    window.pin_page.cancel_button.click()
    assert window.pages.currentWidget() is window.showcase
    assert trainees.table.selectedItems() == []  # type: ignore[attr-defined]
