"""The lab screens end to end with real parts: the simulated demo cell on a free port, the OPC UA
worker, the live cell model, a real LabSession in the LabRunnerModel, and the widgets (offscreen),
driven by taps as a trainee would."""

from __future__ import annotations

import concurrent.futures
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_helpers import module_cell_fixtures
from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.labs.module import CallAction, LabModule, SetpointControl, SwitchControl, WriteAction
from kiosk.core.labs.session import MemorySink, Outcome, Phase, StepStatus
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import Theme
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, Sample
from kiosk.services.labs.loader import LabCatalog, ModuleEntry
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.labs.controls_panel import ControlsPanel, SetpointEditor
from kiosk.ui.labs.keypad import MAX_CHARS, NumberPad, parse_number
from kiosk.ui.labs.labs_screen import TAP_GUARD_MS, LabsScreen
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.ui.translations import load_translators
from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel, NoticeKind, control_command
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel

I18N_DIR = Path(__file__).resolve().parent.parent / "kiosk" / "i18n"
MODULE_ID = "lab-screens-demo"
LEFT = Qt.MouseButton.LeftButton


def demo_module() -> LabModule:
    """Instruction, action (start the cell), quiz, observation: one of every step the screens show."""
    return LabModule.model_validate(module_dict())


def module_dict() -> dict[str, Any]:
    return {
        "schema": "skillslab.module/1",
        "id": MODULE_ID,
        "version": 1,
        "title": {"nl": "Proefmodule: de cel starten", "en": "Test module: starting the cell"},
        "summary": {"nl": "Alle soorten stappen.", "en": "Every kind of step."},
        "level": "intro",
        "estimated_min": 5,
        "mastery": 0.5,
        "safety": [
            {"nl": "Ik weet waar de noodstop zit.", "en": "I know where the emergency stop is."},
            {"nl": "Ik houd mijn handen uit de cel.", "en": "I keep my hands out of the cell."},
        ],
        "setup": [{"call": "stop"}, {"wait_for": {"tag": "running", "equals": False}, "timeout_s": 10}],
        "teardown": [{"call": "stop"}],
        "steps": [
            {
                "kind": "instruction",
                "text": {"nl": "Lees dit eerst goed.", "en": "Read this first."},
            },
            {
                "kind": "action",
                "title": {"nl": "Start de cel", "en": "Start the cell"},
                "text": {"nl": "Druk op Start.", "en": "Press Start."},
                "check": {"tag": "running", "equals": True},
                "timeout_s": 60,
                "on_enter": [{"write": "speed_setpoint", "value": 120}, {"wait_s": 1}],
                "hints": [{"after_s": 0, "cost": 0.1, "text": {"nl": "De knop heet Start.", "en": "Use Start."}}],
                "controls": [{"kind": "button", "call": "start", "label": {"nl": "Start", "en": "Start"}}],
                "rehearse": [{"call": "start"}],
            },
            {
                "kind": "quiz",
                "question": {"nl": "Wat doet de noodstop?", "en": "What does the emergency stop do?"},
                "choices": [
                    {"id": "a", "text": {"nl": "Alles meteen stoppen", "en": "Stop everything at once"}},
                    {"id": "b", "text": {"nl": "Koffie zetten", "en": "Make coffee"}},
                ],
                "correct": ["a"],
                "explanation": {"nl": "Hij stopt alles.", "en": "It stops everything."},
            },
            {
                "kind": "observation",
                "text": {"nl": "Lees de gewenste bandsnelheid af.", "en": "Read the conveyor speed setpoint."},
                "tag": "speed_setpoint",
                "tolerance": 0.5,
            },
        ],
    }


def broken_entry(folder: Path) -> ModuleEntry:
    return ModuleEntry(
        path=folder / "99-broken.yaml",
        module=None,
        problems=("labs/99-broken.yaml:12: steps[0].check.hold_s: must be greater than 0",),
        title=None,
    )


def catalog(folder: Path) -> LabCatalog:
    return LabCatalog((ModuleEntry(path=folder / "01-demo.yaml", module=demo_module()), broken_entry(folder)))


# ------------------------------------------------------------------------------------------ fixtures


sim, cell, worker, live = module_cell_fixtures(seed=11)


_languages: list[LanguageModel] = []
_runners: list[LabRunnerModel] = []


@pytest.fixture(autouse=True)
def _clean_up() -> Iterator[None]:
    """After each test: stop the runners' timers here, on the GUI thread (a QObject with a running
    timer must not be freed by a garbage collection on another thread), and take out the
    translators, which are installed application-wide."""
    yield
    while _runners:
        _runners.pop().shutdown()
    while _languages:
        _languages.pop().set_language("en")


def language_model(lang: str) -> LanguageModel:
    model = LanguageModel(load_translators(I18N_DIR, ("nl", "en")), lang)
    _languages.append(model)
    return model


def make_runner(live: LiveCellModel, commands: Any, folder: Path, lang: str) -> tuple[LabRunnerModel, LanguageModel]:
    language = language_model(lang)
    runner = LabRunnerModel(catalog(folder), {live.cell.name: CellLink(live, commands)}, language, MemorySink())
    _runners.append(runner)
    return runner, language


def make_screen(qtbot: QtBot, runner: LabRunnerModel, language: LanguageModel) -> LabsScreen:
    screen = LabsScreen(runner, language, Theme())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger on the widget, once it is on screen (a widget added to a shown screen appears with
    the next turn of the event loop) and enabled."""
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=3000)
    qtbot.mouseClick(widget, LEFT)


def to_first_step(qtbot: QtBot, screen: LabsScreen) -> None:
    tap(qtbot, screen.module_list.card(MODULE_ID))
    for row in screen.safety.rows:
        tap(qtbot, row)
    tap(qtbot, screen.safety.begin_button)
    qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=15000)


# ------------------------------------------------------------------------------------------ the walk


def test_trainee_walks_a_module_from_list_to_result(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    runner, language = make_runner(live, worker, tmp_path, "en")
    screen = make_screen(qtbot, runner, language)

    # list -> safety
    assert screen.current_page() is screen.home
    tap(qtbot, screen.module_list.card(MODULE_ID))
    assert screen.current_page() is screen.safety
    safety = screen.safety
    assert len(safety.rows) == 2
    assert not safety.begin_button.isEnabled()
    tap(qtbot, safety.rows[0])
    assert safety.rows[0].is_checked() and not safety.begin_button.isEnabled()
    tap(qtbot, safety.rows[1])
    assert safety.begin_button.isEnabled()
    tap(qtbot, safety.begin_button)

    # setup (stop the cell) runs through the worker, then step 1
    qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=15000)
    steps = screen.steps
    assert steps.step_count.text() == "Step 1 of 4"
    assert steps.status.word.text() == "Read"
    assert steps.next_button.isEnabled()
    tap(qtbot, steps.next_button)

    # action: the Start control makes the live check pass
    assert steps.step_count.text() == "Step 2 of 4"
    assert steps.controls is not None and not steps.next_button.isEnabled()
    assert set(steps.tiles) == {"running"}
    assert steps.status.word.text() == "Preparing the cell…"  # on_enter runs: controls wait
    assert not steps.controls.isEnabled()
    qtbot.waitUntil(lambda: steps.controls is not None and steps.controls.isEnabled(), timeout=5000)
    assert steps.status.word.text() == "Waiting"
    assert steps.hint_button.text() == "Hint (−10%)"
    started = time.monotonic()
    tap(qtbot, steps.controls.buttons[0])
    qtbot.waitUntil(lambda: steps.status.state == "passed", timeout=8000)
    assert time.monotonic() - started < 5.0
    assert steps.status.word.text() == "Passed" and steps.status.detail.text() == "1 of 1 points"
    assert steps.tiles["running"].value_text() == "yes"
    assert steps.controls.result.text() == "✓ Done."
    tap(qtbot, steps.next_button)

    # quiz: single choice, exclusive
    quiz = steps.quiz
    assert quiz is not None and not quiz.check_button.isEnabled()
    tap(qtbot, quiz.rows["b"])
    tap(qtbot, quiz.rows["a"])
    assert quiz.chosen() == ["a"]
    tap(qtbot, quiz.check_button)
    assert quiz.verdict.text() == "✓ Right!" and quiz.explanation.text() == "It stops everything."
    assert steps.status.state == "passed"
    tap(qtbot, steps.next_button)

    # observation: typed on the keypad, with a decimal comma
    pad = steps.pad
    assert pad is not None and "speed_setpoint" not in steps.tiles  # reading it off the cell is the task
    value = live.snapshot.get("speed_setpoint").value
    assert value == 120.0  # as on_enter set it
    for ch in f"{value:.1f}".replace(".", ","):
        tap(qtbot, pad.keys["decimal" if ch == "," else ch])
    assert pad.value() == pytest.approx(value)
    tap(qtbot, pad.submit_button)
    assert steps.status.state == "passed"
    assert "speed_setpoint" in steps.tiles  # shown once answered
    assert steps.next_button.text() == "Finish"
    tap(qtbot, steps.next_button)

    # result
    assert screen.current_page() is screen.result
    result = screen.result
    assert result.outcome.text() == "✓ Passed"
    assert result.score.text() == "Score 100%"
    assert result.points.text() == "3 of 3 points"
    assert result.mastery.text() == "Pass mark: 50% of the points."
    table = result.table
    assert table.rowCount() == 4
    assert [table.item(r, 3).text() for r in range(4)] == ["✓ Done", "✓ Passed", "✓ Passed", "✓ Passed"]
    assert [table.item(r, 4).text() for r in range(4)] == ["–", "1 / 1", "1 / 1", "1 / 1"]

    # the teardown stops the cell again; back to the list
    qtbot.waitUntil(lambda: live.snapshot.get("running").value is False, timeout=8000)
    tap(qtbot, result.back_button)
    assert screen.current_page() is screen.home and runner.session is None
    sink = runner.sink
    assert isinstance(sink, MemorySink)
    verbs = [s.verb for s in sink.statements]
    assert verbs[0] == "attempted" and verbs[-1] == "passed"


def test_controls_the_step_does_not_offer_are_refused_and_stop_asks_first(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    runner, language = make_runner(live, worker, tmp_path, "en")
    screen = make_screen(qtbot, runner, language)
    to_first_step(qtbot, screen)
    results: list[str] = []
    runner.command_finished.connect(results.append)

    # The instruction step offers no controls: the Start method is refused before anything is sent.
    assert runner.send(CallAction(call="start")) == "this step offers no controls"
    assert runner.operate(0) == "This step offers no such control."
    tap(qtbot, screen.steps.next_button)
    assert runner.send(CallAction(call="start")) == "the cell is still being prepared for this step"
    qtbot.waitUntil(lambda: runner.session is not None and not runner.session.step_preparing, timeout=5000)
    # The action step offers Start only: a write to the speed is refused, as is an unknown control.
    reason = runner.send(WriteAction(write="speed_setpoint", value=100.0))
    assert reason is not None and "not one of this step's controls" in reason
    assert runner.operate(3) == "This step offers no such control."
    assert results[:3] == [
        "this step offers no controls",
        "This step offers no such control.",
        "the cell is still being prepared for this step",
    ]
    assert runner.commands_in_flight == 0
    qtbot.wait(500)
    assert live.snapshot.get("running").value is False  # nothing reached the cell

    # Stop module asks first; "No" keeps the step, "Yes" ends the attempt as stopped.
    steps = screen.steps
    tap(qtbot, steps.stop_button)
    assert steps.confirm.isVisible() and not steps.stop_button.isVisible()
    tap(qtbot, steps.confirm.no_button)
    assert runner.session is not None and runner.session.phase is Phase.STEPS
    tap(qtbot, steps.stop_button)
    tap(qtbot, steps.confirm.yes_button)
    assert screen.current_page() is screen.result
    assert runner.session is not None and runner.session.result is not None
    assert runner.session.result.outcome is Outcome.ABANDONED
    assert screen.result.outcome.text() == "■ Stopped"
    statuses = [s.status for s in runner.session.result.steps]
    assert statuses == [StepStatus.DONE, StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.SKIPPED]
    # The breakdown tells the step that was on screen from those never reached.
    table = screen.result.table
    assert [table.item(r, 3).text() for r in range(4)] == ["✓ Done", "– Not finished", "– Not reached", "– Not reached"]


def test_step_screen_speaks_dutch_and_switches_language_live(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    runner, language = make_runner(live, worker, tmp_path, "nl")
    screen = make_screen(qtbot, runner, language)
    assert screen.module_list.card(MODULE_ID).meta.text() == "Introductie  ·  5 min"
    to_first_step(qtbot, screen)
    steps = screen.steps
    tap(qtbot, steps.next_button)  # to the action step: tiles, hint, controls, status
    assert steps.status.word.text() == "De cel wordt klaargezet…"
    qtbot.waitUntil(lambda: steps.hint_button.isEnabled() and steps.status.word.text() == "Wachten", timeout=5000)
    assert steps.step_count.text() == "Stap 2 van 4"
    assert steps.text.text() == "Druk op Start."
    assert steps.stop_button.text() == "Module stoppen"
    assert steps.next_button.text() == "Volgende"
    assert steps.hint_button.text() == "Hint (−10 %)"
    assert steps.status.word.text() == "Wachten"
    assert steps.tiles["running"].label_text() == "Cel draait"
    english = _english_sources()
    shown = [w.text() for w in screen.findChildren(QLabel) + screen.findChildren(QPushButton) if w.isVisible()]
    assert [t for t in shown if t in english] == []

    language.set_language("en")
    assert steps.step_count.text() == "Step 2 of 4"
    assert steps.text.text() == "Press Start."
    assert steps.next_button.text() == "Next"
    tap(qtbot, steps.stop_button)
    tap(qtbot, steps.confirm.yes_button)


def test_unavailable_modules_are_greyed_with_their_reason(qtbot: QtBot, tmp_path: Path) -> None:
    demo = load_site_profile("drachten").profile.cells[0]
    live = LiveCellModel(demo, SampleBuffer())
    runner, language = make_runner(live, CellWorker(demo, SampleBuffer()), tmp_path, "en")
    screen = make_screen(qtbot, runner, language)
    cards = screen.module_list.cards
    assert [c.entry.module_id for c in cards] == [MODULE_ID, "99-broken"]  # available first
    broken = screen.module_list.card("99-broken")
    assert broken.property("available") == "false"
    assert broken.title.text() == "99-broken.yaml"
    assert broken.summary.text() == "Not available"
    assert broken.reason.isVisible() and "must be greater than 0" in broken.reason.text()
    assert not any(b.isVisible() for b in broken.badges.values())
    qtbot.mouseClick(broken, LEFT)
    assert runner.session is None and screen.current_page() is screen.home
    good = screen.module_list.card(MODULE_ID)
    assert not good.reason.isVisible()
    assert [lang for lang, b in good.badges.items() if b.property("missing") == "false"] == ["nl", "en"]
    assert good.height() >= 2 * TOUCH_MIN_PX


# ------------------------------------------------------------------------------------------ small parts


def test_keypad_takes_a_decimal_comma_and_a_point(qtbot: QtBot) -> None:
    pad = NumberPad("A", "nl")
    qtbot.addWidget(pad)
    pad.show()
    assert pad.keys["decimal"].text() == ","
    assert not pad.submit_button.isEnabled()
    pad.type_text("-12,5")
    assert pad.display.text() == "−12,5" and pad.value() == -12.5
    pad.press("back")
    pad.press("decimal")  # a second decimal sign is ignored
    assert pad.text() == "-12,"
    got: list[float] = []
    pad.submitted.connect(got.append)
    tap(qtbot, pad.submit_button)
    assert got == [-12.0]
    pad.set_language("en")
    assert pad.keys["decimal"].text() == "." and pad.display.text() == "−12."
    assert parse_number("3.25") == 3.25 and parse_number("3,25") == 3.25
    assert parse_number("") is None and parse_number("-") is None and parse_number("1,2,3") is None
    for key in pad.keys.values():
        assert key.height() >= TOUCH_MIN_PX


def test_control_commands_follow_the_control() -> None:
    button = demo_module().steps[1].controls[0]
    assert control_command(button) == CallAction(call="start")
    setpoint, switch = LabModule.model_validate({**module_dict(), "steps": [_setpoint_step()]}).steps[0].controls
    assert control_command(setpoint, 120) == WriteAction(write="speed_setpoint", value=120.0)
    with pytest.raises(ValueError, match="outside"):
        control_command(setpoint, 300)
    assert control_command(switch, "AUTO") == WriteAction(write="mode", value="AUTO")
    with pytest.raises(ValueError, match="not one of"):
        control_command(switch, "TURBO")


def _setpoint_step() -> dict[str, Any]:
    return {
        "kind": "action",
        "text": {"nl": "Stel in.", "en": "Set it."},
        "check": {"tag": "speed_setpoint", "equals": 120},
        "controls": [
            {"kind": "setpoint", "tag": "speed_setpoint", "min": 50, "max": 200, "step": 10},
            {"kind": "switch", "tag": "mode", "options": ["MANUAL", "AUTO"]},
        ],
        "rehearse": [{"write": "speed_setpoint", "value": 120}],
    }


def _english_sources() -> set[str]:
    """English source strings of the lab screens whose Dutch differs (they must not show in Dutch)."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parent.parent / "translations" / "kiosk_nl.ts"
    out: set[str] = set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
            if tr and tr != src and "{" not in src:
                out.add(src)
    return out


def test_a_setup_the_cell_refuses_ends_the_attempt_with_a_notice(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    data = {**module_dict(), "safety": [], "setup": [{"write": "mode", "value": "TURBO"}], "teardown": []}
    entry = ModuleEntry(path=tmp_path / "bad-setup.yaml", module=LabModule.model_validate(data))
    language = language_model("en")
    runner = LabRunnerModel(LabCatalog((entry,)), {live.cell.name: CellLink(live, worker)}, language, MemorySink())
    _runners.append(runner)
    screen = make_screen(qtbot, runner, language)
    tap(qtbot, screen.module_list.card(MODULE_ID))
    assert screen.safety.begin_button.isEnabled()  # no safety statements: Begin at once
    with qtbot.waitSignal(runner.notice_posted, timeout=5000) as posted:
        tap(qtbot, screen.safety.begin_button)
    assert posted.args is not None
    notice = posted.args[0]
    assert notice.kind is NoticeKind.NOT_PREPARED and "TURBO" in notice.detail
    qtbot.waitUntil(lambda: screen.current_page() is screen.result, timeout=3000)
    assert screen.notice.isVisible()
    assert screen.notice.text.text() == "The cell could not be prepared for this module. Ask an instructor."
    assert screen.result.outcome.text() == "■ Stopped"
    assert screen.result.reason.text() == "The cell could not be prepared for this module. Ask an instructor."
    # The engine's reason is there for the instructor, in small print.
    assert screen.result.detail.isVisible() and "TURBO" in screen.result.detail.text()


def test_header_switches_between_live_cell_and_lab_modules(qtbot: QtBot, tmp_path: Path) -> None:
    from kiosk.ui.dashboard import DashboardScreen
    from kiosk.ui.main_window import MainWindow

    profile = load_site_profile("drachten").profile
    live = LiveCellModel(profile.cells[0], SampleBuffer())
    runner, language = make_runner(live, CellWorker(profile.cells[0], SampleBuffer()), tmp_path, "nl")
    labs = LabsScreen(runner, language, Theme())
    window = MainWindow(profile, language, [DashboardScreen(live, language, Theme())], labs=labs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert (window.live_button.text(), window.labs_button.text()) == ("Live cel", "Labmodules")
    assert window.pages.currentWidget() is window.stack
    tap(qtbot, window.labs_button)
    assert window.pages.currentWidget() is labs and window.labs_button.isChecked()
    tap(qtbot, window.live_button)
    assert window.pages.currentWidget() is window.stack
    language.set_language("en")
    assert window.labs_button.text() == "Lab modules"


def test_run_takes_a_labs_folder() -> None:
    from kiosk.cli import _run_parser

    assert _run_parser().parse_args(["--labs", "my-labs"]).labs == Path("my-labs")
    assert _run_parser().parse_args([]).labs is None


# ------------------------------------------------------------------------------------------ review fixes
# Most of these run on a fake link (a live model nobody feeds: every value unknown, the link
# "connecting") so they take no simulator; the link-loss test starts its own.

INSTRUCTION: dict[str, Any] = {"kind": "instruction", "text": {"nl": "Lees dit.", "en": "Read this."}}
ACTION: dict[str, Any] = {
    "kind": "action",
    "text": {"nl": "Start de cel.", "en": "Start the cell."},
    "check": {"tag": "running", "equals": True},
    "timeout_s": 60,
    "controls": [{"kind": "button", "call": "start", "label": {"nl": "Start", "en": "Start"}}],
    "rehearse": [{"call": "start"}],
}
OBSERVATION: dict[str, Any] = {
    "kind": "observation",
    "text": {"nl": "Lees de gewenste snelheid af.", "en": "Read the speed setpoint."},
    "tag": "speed_setpoint",
    "tolerance": 1,
}


class FakeCommands:
    """A cell link that takes every command at once (or fails it with `refuse`) and keeps a list."""

    def __init__(self, refuse: str = "") -> None:
        self.refuse = refuse
        self.sent: list[tuple[str, tuple[Any, ...]]] = []

    def write(self, alias: str, value: Any) -> concurrent.futures.Future[Any]:
        self.sent.append((alias, (value,)))
        return self._answer()

    def call(self, alias: str, *args: Any) -> concurrent.futures.Future[Any]:
        self.sent.append((alias, args))
        return self._answer()

    def _answer(self) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if self.refuse:
            future.set_exception(RuntimeError(self.refuse))
        else:
            future.set_result(None)
        return future


class ThreadedCommands(FakeCommands):
    """Answers each command 50 ms later from another thread, as the OPC UA worker does."""

    def __init__(self) -> None:
        super().__init__()
        self.futures: list[concurrent.futures.Future[Any]] = []

    def _answer(self) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        threading.Timer(0.05, future.set_result, (None,)).start()
        self.futures.append(future)
        return future


def unfed_live() -> LiveCellModel:
    return LiveCellModel(load_site_profile("drachten").profile.cells[0], SampleBuffer())


def module_with(steps: list[dict[str, Any]], **fields: Any) -> LabModule:
    """The demo module's header with other steps; no safety statements, setup, teardown or pass mark
    unless given."""
    data = {**module_dict(), "safety": [], "setup": [], "teardown": [], "mastery": None, "steps": steps, **fields}
    return LabModule.model_validate(data)


def runner_for(
    module: LabModule, live: LiveCellModel, commands: Any, lang: str = "en", clock: Any = time.monotonic
) -> tuple[LabRunnerModel, LanguageModel]:
    language = language_model(lang)
    entry = ModuleEntry(path=Path("labs") / "test.yaml", module=module)
    cells = {live.cell.name: CellLink(live, commands)}
    runner = LabRunnerModel(LabCatalog((entry,)), cells, language, MemorySink(), clock=clock)
    _runners.append(runner)
    return runner, language


def to_steps(qtbot: QtBot, screen: LabsScreen) -> None:
    """Start the module (no safety statements) and wait for step 1, and for taps to count again."""
    assert screen.runner.start(MODULE_ID)
    screen.runner.begin()
    qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=3000)
    qtbot.waitUntil(screen.accepts_taps, timeout=3000)


def finger(widget: QWidget) -> None:
    """A real tap: press and release at the widget's centre, given to the window and hit-tested there,
    so whatever lies on top at that spot gets it (qtbot.mouseClick hands the event to `widget` itself)."""
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, LEFT, Qt.KeyboardModifier.NoModifier, widget.mapTo(top, widget.rect().center()))


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """Where `widget` is, in `ancestor`'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_a_double_tap_on_next_moves_one_step(qtbot: QtBot) -> None:
    """The second tap of a double tap lands on the new step's Next (or on whatever the new page has
    there): it must be ignored, not skip the step the trainee has not read."""
    steps = [INSTRUCTION, {**INSTRUCTION, "text": {"nl": "Twee.", "en": "Two."}}, INSTRUCTION]
    runner, language = runner_for(module_with(steps), unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    session = runner.session
    assert session is not None
    finger(screen.steps.next_button)
    qtbot.wait(80)
    finger(screen.steps.next_button)
    assert session.index == 1 and screen.steps.text.text() == "Two."
    qtbot.wait(TAP_GUARD_MS + 100)
    finger(screen.steps.next_button)
    assert session.index == 2


def test_an_open_step_is_given_up_only_by_a_confirmed_skip(qtbot: QtBot) -> None:
    module = module_with([INSTRUCTION, ACTION, OBSERVATION])
    runner, language = runner_for(module, unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    steps = screen.steps
    assert not steps.skip_button.isVisible()  # an instruction is read, not skipped
    tap(qtbot, steps.next_button)
    session = runner.session
    assert session is not None and session.index == 1

    # The open action step: Next is off, and a stray Next (a stale click, a script) costs nothing.
    assert not steps.next_button.isEnabled()
    runner.next()
    assert session.index == 1 and session.state().status is StepStatus.ACTIVE
    # Skipping is offered, says what it costs, and asks first; a notice leaves the footer's buttons free.
    assert steps.skip_button.isVisible() and steps.skip_button.text() == "Skip step (no points)"
    runner.start("not-in-the-catalog")
    assert screen.notice.isVisible()
    for button in (steps.stop_button, steps.skip_button, steps.next_button):
        assert not screen.notice.geometry().intersects(rect_in(button, screen))
    screen.notice.dismiss()
    tap(qtbot, steps.skip_button)
    assert steps.confirm.isVisible() and not steps.skip_button.isVisible() and not steps.stop_button.isVisible()
    assert steps.confirm.question.text() == "Skip this step? You get no points for it."
    assert steps.confirm.yes_button.text() == "Yes, skip"
    tap(qtbot, steps.confirm.no_button)
    assert session.index == 1 and session.state().status is StepStatus.ACTIVE
    assert steps.skip_button.isVisible() and steps.stop_button.isVisible()
    tap(qtbot, steps.skip_button)
    tap(qtbot, steps.confirm.yes_button)
    skipped = session.state(1)
    assert skipped.status is StepStatus.FAILED and skipped.feedback == "gave_up" and skipped.points == 0
    assert session.index == 2  # on to the observation

    tap(qtbot, steps.stop_button)
    tap(qtbot, steps.confirm.yes_button)
    table = screen.result.table
    assert [table.item(r, 3).text() for r in range(3)] == ["✓ Done", "✗ Skipped, no points", "– Not finished"]


def test_a_double_tap_on_hint_takes_one_hint(qtbot: QtBot) -> None:
    hints = [
        {"after_s": 0, "cost": 0.2, "text": {"nl": "Een.", "en": "One."}},
        {"after_s": 0, "cost": 0.2, "text": {"nl": "Twee.", "en": "Two."}},
    ]
    runner, language = runner_for(module_with([{**ACTION, "hints": hints}]), unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    session = runner.session
    assert session is not None
    hint = screen.steps.hint_button
    assert hint.isEnabled() and hint.text() == "Hint (−20%)"
    qtbot.mouseClick(hint, LEFT)
    qtbot.mouseClick(hint, LEFT)
    assert session.state().hints_taken == 1
    assert screen.steps.hints_taken.text() == "Hint 1: One."
    qtbot.waitUntil(hint.isEnabled, timeout=2000)  # the next hint, for a deliberate tap
    qtbot.mouseClick(hint, LEFT)
    assert session.state().hints_taken == 2


def test_the_time_warning_is_marked_and_a_notice_never_covers_a_question(qtbot: QtBot) -> None:
    now = [1000.0]
    module = module_with([INSTRUCTION], time_limit_s=60)  # warned 20 s before the end
    live = unfed_live()
    # The cell is heard from at every moment the test looks: time with the link down would not count.
    live.snapshot.set_connection(ConnectionState.CONNECTED)
    runner, language = runner_for(module, live, FakeCommands(), clock=lambda: now[0])
    live.snapshot.note_contact(now[0])
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    steps = screen.steps
    assert steps.time_left.text() == "1:00" and steps.time_left.property("warning") == "false"
    now[0] += 41
    live.snapshot.note_contact(now[0])
    qtbot.waitUntil(screen.notice.isVisible, timeout=2000)
    assert screen.notice.text.text() == "19 s left for this module."
    # Not by colour alone: a sign before the time, and a filled badge.
    assert steps.time_left.text() == "⚠ 0:19" and steps.time_left.property("warning") == "true"
    # The notice sits over the footer's middle, where the question's buttons come: it makes way.
    tap(qtbot, steps.stop_button)
    assert steps.confirm.isVisible() and not screen.notice.isVisible()
    assert steps.confirm.no_button.isVisible() and steps.confirm.yes_button.isVisible()
    # A notice that comes while the question is open goes above it.
    runner.start("not-in-the-catalog")
    assert screen.notice.isVisible()
    assert not screen.notice.geometry().intersects(rect_in(steps.confirm, screen))
    tap(qtbot, steps.confirm.no_button)
    assert runner.session is not None and runner.session.phase is Phase.STEPS


def test_a_notice_waits_while_the_live_cell_is_shown_and_the_language_buttons_follow(qtbot: QtBot) -> None:
    from kiosk.ui.dashboard import DashboardScreen
    from kiosk.ui.main_window import MainWindow

    profile = load_site_profile("drachten").profile
    live = unfed_live()
    runner, language = runner_for(module_with([INSTRUCTION]), live, FakeCommands(), lang="nl")
    labs = LabsScreen(runner, language, Theme())
    window = MainWindow(profile, language, [DashboardScreen(live, language, Theme())], labs=labs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.labs_button.text() == "Labmodules"

    runner.start("not-in-the-catalog")  # a notice while the lab screens are out of view
    assert labs.notice.waiting and window.labs_button.text() == "● Labmodules"
    window.show_labs()
    assert labs.notice.isVisible() and not labs.notice.waiting
    assert window.labs_button.text() == "Labmodules"

    language.set_language("en")  # not by its button (an idle reset, say): the buttons still follow
    checked = [b.text() for b in window.findChildren(QPushButton) if b.isCheckable() and b.isChecked()]
    assert "EN" in checked and "NL" not in checked


def test_notices_questions_and_the_banner_switch_language_mid_attempt(qtbot: QtBot) -> None:
    runner, language = runner_for(module_with([INSTRUCTION, ACTION]), unfed_live(), FakeCommands(), lang="nl")
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    assert screen.banner.isVisible() and screen.banner.message().startswith("Verbinden met")
    runner.start("not-in-the-catalog")
    assert screen.notice.text.text() == "Deze module is niet beschikbaar."
    language.set_language("en")
    assert screen.notice.text.text() == "This module is not available."
    assert screen.banner.message().startswith("Connecting to")
    tap(qtbot, screen.steps.stop_button)
    assert screen.steps.confirm.question.text() == "Stop this module? It is recorded as stopped."
    language.set_language("nl")
    assert screen.steps.confirm.question.text() == "Deze module stoppen? Hij wordt opgeslagen als gestopt."
    assert screen.steps.confirm.yes_button.text() == "Ja, stoppen"


def test_an_answer_the_cell_cannot_judge_is_kept_and_the_pad_fits_the_tag(qtbot: QtBot) -> None:
    runner, language = runner_for(module_with([OBSERVATION]), unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    steps, session = screen.steps, runner.session
    assert steps.pad is not None and session is not None
    pad = steps.pad
    assert not pad.keys["sign"].isVisible()  # speed_setpoint cannot go below 0
    pad.type_text("-12")
    assert pad.text() == "12"
    assert steps.status.word.text() == "No live values"
    tap(qtbot, pad.submit_button)
    assert pad.text() == "12"  # not judged: kept, to send again when the cell is back
    assert pad.message.text().startswith("The cell's value is not live right now")
    assert session.state().tries_left == 2 and session.state().status is StepStatus.ACTIVE


def test_keypad_length_limit_is_the_same_with_or_without_a_minus() -> None:
    for start in ("", "-"):
        pad = NumberPad("", "en")
        pad.type_text(start + "9" * (MAX_CHARS - 1))
        pad.press("decimal")
        pad.press("5")
        assert pad.text() == start + "9" * (MAX_CHARS - 1) + "."
        pad.deleteLater()


def test_setpoint_moves_on_its_grid_within_its_range_and_follows_the_cell_until_touched(qtbot: QtBot) -> None:
    control = SetpointControl(kind="setpoint", tag="speed_setpoint", min=0, max=95, step=10)
    editor = SetpointEditor(control, 95.0)
    qtbot.addWidget(editor)
    editor.set_language("en", "mm/s")
    editor.show()
    assert not editor.plus.isEnabled()
    editor.nudge(-1)
    assert editor.value == 90  # the grid point below, not 80 by rounding 9.5 down
    editor.nudge(+1)
    assert editor.value == 95 and not editor.plus.isEnabled()  # never past max
    for b in (editor.minus, editor.plus, editor.set_button):
        assert b.height() >= TOUCH_MIN_PX

    fine = SetpointEditor(SetpointControl(kind="setpoint", tag="pid_kp", min=0.1, max=1, step=0.1), None)
    qtbot.addWidget(fine)
    fine.follow(0.44)  # the cell's value, to the grid's decimals
    assert fine.value == 0.4
    fine.nudge(+1)
    fine.nudge(+1)
    assert fine.value == 0.6  # not 0.6000000000000001
    fine.follow(0.9)  # the trainee has chosen: the cell's value no longer moves it
    assert fine.value == 0.6


def _snapshot(values: dict[str, Any]) -> Snapshot:
    snap = Snapshot(load_site_profile("drachten").profile.cells[0].tags)
    now = time.monotonic()
    snap.set_connection(ConnectionState.CONNECTED)
    snap.note_contact(now)
    snap.apply([Sample(alias, value, True, None, now) for alias, value in values.items()])
    snap.refresh(now)
    return snap


def test_a_refused_switch_shows_the_cells_value_again_and_a_setpoint_follows_on_enter(qtbot: QtBot) -> None:
    switch = SwitchControl(kind="switch", tag="mode", options=("MANUAL", "AUTO"))
    setpoint = SetpointControl(kind="setpoint", tag="speed_setpoint", min=50, max=200, step=10)
    snap = _snapshot({"mode": "AUTO", "speed_setpoint": 100.0})
    panel = ControlsPanel((switch, setpoint), snap, "en")
    qtbot.addWidget(panel)
    panel.show()
    group = panel.switches[0]
    assert group.button(1).isChecked()
    qtbot.mouseClick(group.button(0), LEFT)  # MANUAL, which the running cell refuses
    assert group.button(0).isChecked()
    panel.show_result("the cell refused 'mode': not while running")
    assert group.button(1).isChecked() and not group.button(0).isChecked()
    assert panel.result.text() == "✗ Not done: the cell refused 'mode': not while running"

    # The step's on_enter wrote the setpoint after the panel was built: the editor shows it.
    assert panel.setpoints[1].value == 100
    now = time.monotonic()
    snap.apply([Sample("speed_setpoint", 150.0, True, None, now)])
    snap.refresh(now)
    panel.refresh_values()
    assert panel.setpoints[1].value == 150


def test_safety_statements_in_a_missing_language_are_marked(qtbot: QtBot, tmp_path: Path) -> None:
    runner, language = make_runner(unfed_live(), FakeCommands(), tmp_path, "en")
    language.set_language("de")  # the demo module has nl and en only
    screen = make_screen(qtbot, runner, language)
    tap(qtbot, screen.module_list.card(MODULE_ID))
    assert screen.safety.fallback_note.isVisible()
    assert "English" in screen.safety.fallback_note.text()
    language.set_language("en")
    assert not screen.safety.fallback_note.isVisible()


def test_stop_while_preparing_asks_first(qtbot: QtBot) -> None:
    module = module_with([INSTRUCTION], setup=[{"wait_s": 30}])
    runner, language = runner_for(module, unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    runner.start(MODULE_ID)
    runner.begin()
    assert screen.current_page() is screen.preparing
    prep = screen.preparing
    tap(qtbot, prep.stop_button)
    assert prep.confirm.isVisible() and not prep.stop_button.isVisible()
    tap(qtbot, prep.confirm.no_button)
    assert runner.session is not None and runner.session.phase is Phase.PREPARING
    tap(qtbot, prep.stop_button)
    tap(qtbot, prep.confirm.yes_button)
    assert runner.session.phase is Phase.ENDED and screen.current_page() is screen.result


def test_command_results_come_back_on_the_gui_thread_and_the_worker_holds_no_qt_object(qtbot: QtBot) -> None:
    commands = ThreadedCommands()
    runner, _language = runner_for(module_with([ACTION]), unfed_live(), commands)
    runner.start(MODULE_ID)
    runner.begin()
    qtbot.waitUntil(lambda: runner.session is not None and runner.session.phase is Phase.STEPS, timeout=3000)
    threads: list[threading.Thread] = []
    runner.command_finished.connect(lambda _error: threads.append(threading.current_thread()))
    with qtbot.waitSignal(runner.command_finished, timeout=3000) as done:
        assert runner.operate(0) is None
    assert done.args == [""] and threads == [threading.main_thread()]
    # What the worker thread runs holds plain values only: nothing that could make a QObject (the
    # runner, its timer, a live model) be freed on that thread.
    callbacks = commands.futures[0]._done_callbacks  # type: ignore[attr-defined]
    held = [cell.cell_contents for cb in callbacks for cell in (cb.__closure__ or ())]
    assert held and not any(isinstance(h, QObject) for h in held)
    assert all(isinstance(h, queue.SimpleQueue | int | type(None)) for h in held)


def test_a_module_started_while_the_cell_is_unreachable_ends_with_a_plain_reason(qtbot: QtBot) -> None:
    demo = load_site_profile("drachten").profile.cells[0].with_endpoint("opc.tcp://127.0.0.1:1")  # nobody there
    worker = CellWorker(demo, SampleBuffer())
    worker.start()
    live = LiveCellModel(demo, worker.buffer)
    live.start()
    try:
        qtbot.waitUntil(lambda: live.connection is ConnectionState.RECONNECTING, timeout=5000)
        module = module_with([INSTRUCTION], setup=[{"call": "stop"}])
        runner, language = runner_for(module, live, worker, lang="nl")
        screen = make_screen(qtbot, runner, language)
        runner.start(MODULE_ID)
        assert screen.current_page() is screen.safety
        assert screen.banner.isVisible() and screen.banner.message().startswith("Geen verbinding met")
        with qtbot.waitSignal(runner.notice_posted, timeout=5000):
            tap(qtbot, screen.safety.begin_button)
        qtbot.waitUntil(lambda: screen.current_page() is screen.result, timeout=3000)
        assert screen.notice.text.text().startswith("De cel is niet verbonden")
        assert screen.result.outcome.text() == "■ Gestopt"
        assert screen.result.reason.text().startswith("De cel was niet verbonden")
        assert not screen.result.detail.isVisible()  # nothing for an instructor to fix in the module
    finally:
        live.stop()
        worker.stop()


@pytest.fixture
def own_sim() -> Iterator[SimulatorThread]:
    """A simulator of its own, for a test that takes it away (the module's one stays up)."""
    s = SimulatorThread(host="127.0.0.1", port=0, seed=5)
    s.start()
    yield s
    s.stop()


def test_when_the_link_drops_the_step_says_so_and_the_check_waits(qtbot: QtBot, own_sim: SimulatorThread) -> None:
    demo = load_site_profile("drachten").profile.cells[0].with_endpoint(own_sim.endpoint)
    worker = CellWorker(demo, SampleBuffer())
    worker.start()
    live = LiveCellModel(demo, worker.buffer)
    live.start()
    try:
        setup = [{"call": "start"}, {"wait_for": {"tag": "running", "equals": True}, "timeout_s": 10}]
        module = module_with([INSTRUCTION, ACTION], setup=setup)
        runner, language = runner_for(module, live, worker)
        screen = make_screen(qtbot, runner, language)
        runner.start(MODULE_ID)
        qtbot.waitUntil(lambda: live.connection is ConnectionState.CONNECTED, timeout=10000)
        assert not screen.banner.isVisible()
        runner.begin()
        qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=10000)
        assert live.snapshot.get("running").value is True

        own_sim.stop()  # the cell goes away with "running" last seen true
        qtbot.waitUntil(screen.banner.isVisible, timeout=5000)
        assert screen.banner.message().startswith("No connection with")
        tap(qtbot, screen.steps.next_button)  # to the action step, whose check the stale value would pass
        qtbot.wait(500)
        session = runner.session
        assert session is not None and session.state().status is StepStatus.ACTIVE
        assert screen.steps.status.word.text() == "No live values"
        assert screen.steps.tiles["running"].mark.quality is Quality.STALE

        own_sim.start()  # back: the value is live again and the check passes
        qtbot.waitUntil(lambda: session.state().status is StepStatus.PASSED, timeout=15000)
        assert not screen.banner.isVisible()
    finally:
        live.stop()
        worker.stop()


def test_the_skip_question_goes_away_when_the_step_finishes_meanwhile(qtbot: QtBot) -> None:
    quiz = module_dict()["steps"][2]
    runner, language = runner_for(module_with([quiz, INSTRUCTION]), unfed_live(), FakeCommands())
    screen = make_screen(qtbot, runner, language)
    to_steps(qtbot, screen)
    steps = screen.steps
    tap(qtbot, steps.skip_button)
    assert steps.confirm.isVisible()
    assert steps.quiz is not None
    tap(qtbot, steps.quiz.rows["a"])  # the choices stay usable while the question is up
    tap(qtbot, steps.quiz.check_button)
    session = runner.session
    assert session is not None and session.state().status is StepStatus.PASSED
    assert not steps.confirm.isVisible() and not steps.skip_button.isVisible()
    assert steps.stop_button.isVisible() and steps.next_button.isEnabled()


def test_backing_out_before_begin_does_not_use_up_an_attempt(qtbot: QtBot) -> None:
    module = module_with([INSTRUCTION], max_attempts=1, safety=[{"nl": "Veilig.", "en": "Safe."}])
    runner, language = runner_for(module, unfed_live(), FakeCommands())
    make_screen(qtbot, runner, language)
    assert runner.start(MODULE_ID)
    runner.close()  # Back on the safety screen
    assert runner.start(MODULE_ID)  # still allowed: the exercise never began
    runner.acknowledge(0)
    runner.begin()
    runner.close()
    notices: list[Any] = []
    runner.notice_posted.connect(notices.append)
    assert not runner.start(MODULE_ID)  # that one counted
    assert [n.kind for n in notices] == [NoticeKind.NO_ATTEMPTS_LEFT]
