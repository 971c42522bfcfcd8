"""The instructor PIN screens with the real lock: a real PIN file, real scrypt on a real worker thread,
taps on the keys and presses on the physical keyboard (pytest-qt, offscreen)."""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.site import Theme
from kiosk.services.pin import PinStore, PinVerdict, Verdict
from kiosk.ui.pin_screen import FirstPinScreen, PinScreen
from kiosk.ui.theme import TOUCH_MIN_PX, stylesheet
from kiosk.viewmodels.instructor_lock import InstructorLock

FAST_N = 2**10
LEFT = Qt.MouseButton.LeftButton
SHOTS = os.environ.get("PIN_SCREENSHOTS", "/tmp")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def executor() -> Iterator[concurrent.futures.ThreadPoolExecutor]:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pin")
    yield pool
    pool.shutdown(wait=True)


@pytest.fixture(autouse=True)
def _look(qapp: QApplication) -> Iterator[None]:
    qapp.setStyleSheet(stylesheet(Theme()))
    yield
    qapp.setStyleSheet("")


class Audit:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.threads: set[str] = set()

    def __call__(self, action: str, detail: Any) -> None:
        self.threads.add(threading.current_thread().name)
        self.events.append((action, dict(detail)))

    def actions(self) -> list[str]:
        return [a for a, _ in self.events]


def make_lock(tmp_path: Path, pool: concurrent.futures.Executor, pin: str | None = "2580", clock: Any = None):  # type: ignore[no-untyped-def]
    store = PinStore(tmp_path / "instructor-pin.json", n=FAST_N, clock=clock or FakeClock())
    if pin is not None:
        store.set_pin(pin)
    audit = Audit()
    return InstructorLock(store, pool, audit), audit, store


def show(qtbot: QtBot, widget: Any) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=3000)
    qtbot.mouseClick(button, LEFT)


def tap_pin(qtbot: QtBot, screen: Any, pin: str) -> None:
    for d in pin:
        tap(qtbot, screen.keys[d])


def test_right_pin_on_the_keys_unlocks_for_the_purpose(
    qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lock, audit, _ = make_lock(tmp_path, executor)
    screen = PinScreen(lock)
    show(qtbot, screen)
    lock.request("leave")
    assert "leave" in screen.hint.text()
    assert not screen.keys["ok"].isEnabled()
    tap_pin(qtbot, screen, "2589")
    tap(qtbot, screen.keys["back"])
    tap(qtbot, screen.keys["0"])
    assert screen.typed_count() == 4
    assert screen.dots.text() == "● ● ● ●"
    assert "2" not in screen.dots.text() + screen.dots.toolTip() + screen.dots.accessibleName()
    with qtbot.waitSignal(lock.unlocked, timeout=5000) as unlocked:
        tap(qtbot, screen.keys["ok"])
        assert screen.message_kind() == "checking" and screen.message.text() == "Checking…"
        assert not screen.keys["5"].isEnabled()
    assert unlocked.args == ["leave"]
    assert audit.events == [("unlock", {"purpose": "leave"})]
    assert audit.threads == {threading.main_thread().name}  # reported on the GUI thread
    assert screen.typed_count() == 0 and screen.message_kind() is None
    lock.shutdown()


def test_wrong_pins_from_the_physical_keyboard_then_a_lockout_with_a_countdown(
    qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    wall = FakeClock()
    lock, audit, store = make_lock(tmp_path, executor, clock=wall)
    mono = FakeClock()
    screen = PinScreen(lock, clock=mono)
    show(qtbot, screen)
    lock.request("settings")
    assert "settings" in screen.hint.text()
    for left in (4, 3, 2, 1):
        qtbot.keyClicks(screen, "99999")
        qtbot.keyClick(screen, Qt.Key.Key_Backspace)
        assert screen.typed_count() == 4
        with qtbot.waitSignal(lock.refused, timeout=5000):
            qtbot.keyClick(screen, Qt.Key.Key_Return)
        assert screen.message_kind() == "wrong"
        assert screen.message.text() == f"Wrong PIN. Tries left before the PIN locks: {left}"
        assert screen.typed_count() == 0
    qtbot.keyClicks(screen, "9999")
    with qtbot.waitSignal(lock.locked_out, timeout=5000) as out:
        qtbot.keyClick(screen, Qt.Key.Key_Enter)
    assert out.args == [pytest.approx(wall.now + 300)]
    assert screen.message_kind() == "locked"
    assert "5:00" in screen.message.text()
    assert not screen.keys["ok"].isEnabled() and not screen.keys["2"].isEnabled()
    qtbot.keyClicks(screen, "2580")  # typing is ignored while locked
    assert screen.typed_count() == 0
    mono.now += 61
    wall.now += 61
    qtbot.waitUntil(lambda: "3:59" in screen.message.text(), timeout=2000)
    assert audit.actions() == ["unlock-failed"] * 5 + ["locked-out"]
    assert audit.events[0][1] == {"purpose": "settings", "tries_left": 4, "reason": "wrong"}
    assert audit.events[4][1]["tries_left"] == 0
    assert "until" in audit.events[5][1]

    # Asked again later: the screen knows the lock before anyone types.
    screen2 = PinScreen(lock, clock=mono)
    show(qtbot, screen2)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        lock.request("leave")
    assert screen2.message_kind() == "locked"

    wall.now += 240
    mono.now += 240
    qtbot.waitUntil(lambda: screen.keys["2"].isEnabled(), timeout=2000)
    assert screen.message_kind() is None
    tap_pin(qtbot, screen, "2580")
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert store.status().failures == 0
    lock.shutdown()


def test_cancel_and_escape(qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor) -> None:
    lock, _, _ = make_lock(tmp_path, executor)
    screen = PinScreen(lock)
    show(qtbot, screen)
    lock.request("leave")
    qtbot.keyClicks(screen, "25")
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # first: clears the digits
    assert screen.typed_count() == 0
    with qtbot.waitSignal(screen.cancelled, timeout=1000), qtbot.waitSignal(lock.cancelled, timeout=1000):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)  # then: cancels
    lock.request("leave")
    tap_pin(qtbot, screen, "258")
    with qtbot.waitSignal(screen.cancelled, timeout=1000):
        tap(qtbot, screen.cancel_button)
    assert screen.typed_count() == 0 and lock.purpose == ""
    lock.shutdown()


def test_a_damaged_pin_file_keeps_the_screen_locked(
    qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lock, audit, store = make_lock(tmp_path, executor)
    store.path.write_text("{ damaged")
    screen = PinScreen(lock)
    show(qtbot, screen)
    assert not lock.needs_first_pin
    with qtbot.waitSignal(lock.locked, timeout=5000):
        lock.request("leave")
    assert screen.message_kind() == "damaged"
    assert "kiosk instructor set-pin" in screen.message.text()
    assert not screen.keys["1"].isEnabled()
    # The lock itself refuses too, whatever reaches it.
    with qtbot.waitSignal(lock.refused, timeout=5000) as refused:
        lock.submit("2580")
    verdict = refused.args[0]
    assert isinstance(verdict, PinVerdict) and verdict.kind is Verdict.LOCKED and verdict.problem
    assert audit.events[-1] == ("unlock-failed", {"purpose": "leave", "tries_left": 0, "reason": "damaged"})
    lock.shutdown()


def test_first_pin_screen_enter_confirm_and_the_rule(
    qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lock, audit, store = make_lock(tmp_path, executor, pin=None)
    assert lock.needs_first_pin
    screen = FirstPinScreen(lock)
    show(qtbot, screen)
    assert screen.step() == "enter"
    tap_pin(qtbot, screen, "1234")
    tap(qtbot, screen.keys["ok"])
    assert screen.step() == "enter" and screen.message_kind() == "straight-run"
    assert "1234" in screen.message.text()  # the example in the rule, not what was typed
    qtbot.keyClicks(screen, "0000")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.message_kind() == "all-same"
    qtbot.keyClicks(screen, "2580")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.step() == "confirm" and screen.hint.text() == "Type the same PIN again."
    qtbot.keyClicks(screen, "2581")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.step() == "enter" and screen.message_kind() == "mismatch"
    assert not store.is_set()
    for _ in range(2):
        tap_pin(qtbot, screen, "2580")
        with qtbot.waitSignal(lock.pin_set, timeout=5000) if screen.step() == "confirm" else contextlib.nullcontext():
            tap(qtbot, screen.keys["ok"])
    assert screen.message_kind() == "saved"
    assert store.is_set() and not lock.needs_first_pin
    assert store.verify("2580").ok
    assert audit.events == [("pin-set", {})]
    # A second first PIN never replaces the one that is set.
    with qtbot.waitSignal(lock.first_pin_refused, timeout=5000) as refused:
        lock.set_first_pin("1357", "1357")
    assert refused.args == ["already-set"]
    assert store.verify("2580").ok
    lock.shutdown()


def test_keys_are_touch_sized_it_fits_1280x800_and_it_retranslates(
    qtbot: QtBot, tmp_path: Path, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lock, _, _ = make_lock(tmp_path, executor, clock=FakeClock())
    screen = PinScreen(lock)
    show(qtbot, screen)
    lock.request("leave")
    tap_pin(qtbot, screen, "25")
    qtbot.wait(50)
    for name, key in [*screen.keys.items(), ("cancel", screen.cancel_button)]:
        assert key.height() >= TOUCH_MIN_PX and key.width() >= TOUCH_MIN_PX, name
        bottom_right = key.mapTo(screen, key.rect().bottomRight())
        assert screen.rect().contains(bottom_right), f"{name} is cut off"
    screen.grab().save(f"{SHOTS}/pin_screen.png")
    with qtbot.waitSignal(lock.refused, timeout=5000):
        lock.submit("9999")
    screen.grab().save(f"{SHOTS}/pin_screen_wrong.png")

    first_lock, _, _ = make_lock(tmp_path / "first", executor, pin=None)
    first = FirstPinScreen(first_lock)
    show(qtbot, first)
    qtbot.keyClicks(first, "1234")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.wait(50)
    first.grab().save(f"{SHOTS}/pin_first.png")

    screen.title.setText("x")
    QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.title.text() == "Instructor PIN"
    lock.shutdown()
    first_lock.shutdown()
