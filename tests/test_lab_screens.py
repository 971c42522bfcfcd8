"""The lab screens end to end with real parts: the simulated demo cell on a free port, the OPC UA
worker, the live cell model, a real LabSession in the LabRunnerModel, and the widgets (offscreen),
driven by taps as a trainee would."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.labs.module import CallAction, LabModule, WriteAction
from kiosk.core.labs.session import MemorySink, Outcome, Phase, StepStatus
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig, Theme
from kiosk.core.tags import Quality
from kiosk.services.labs.loader import LabCatalog, ModuleEntry
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.labs.keypad import NumberPad, parse_number
from kiosk.ui.labs.labs_screen import LabsScreen
from kiosk.ui.theme import TOUCH_MIN_PX, stylesheet
from kiosk.ui.translations import load_translators
from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel, control_command
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


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    s = SimulatorThread(host="127.0.0.1", port=0, seed=11)
    s.start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def cell(sim: SimulatorThread) -> CellConfig:
    return load_site_profile("drachten").profile.cells[0].with_endpoint(sim.endpoint)


@pytest.fixture(scope="module")
def worker(cell: CellConfig) -> Iterator[CellWorker]:
    w = CellWorker(cell, SampleBuffer())
    w.start()
    yield w
    w.stop()


@pytest.fixture(scope="module")
def live(qapp: QApplication, cell: CellConfig, worker: CellWorker) -> Iterator[LiveCellModel]:
    """One live model for the module's tests: the subscription sends a value only when it changes,
    so a fresh model would never see the tags that stand still."""
    qapp.setStyleSheet(stylesheet(Theme()))
    model = LiveCellModel(cell, worker.buffer)
    model.start()
    end = time.monotonic() + 15
    while time.monotonic() < end and any(v.quality is not Quality.LIVE for _, v in model.snapshot.items()):
        qapp.processEvents()
        time.sleep(0.02)
    assert all(v.quality is Quality.LIVE for _, v in model.snapshot.items()), "the cell's values did not arrive"
    yield model
    model.stop()


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
    assert screen.current_page() is screen.module_list
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
    assert steps.tiles["running"].value_text() == "on"
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
    assert screen.current_page() is screen.module_list and runner.session is None
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
    tap(qtbot, steps.confirm_no)
    assert runner.session is not None and runner.session.phase is Phase.STEPS
    tap(qtbot, steps.stop_button)
    tap(qtbot, steps.confirm_yes)
    assert screen.current_page() is screen.result
    assert runner.session is not None and runner.session.result is not None
    assert runner.session.result.outcome is Outcome.ABANDONED
    assert screen.result.outcome.text() == "■ Stopped"
    statuses = [s.status for s in runner.session.result.steps]
    assert statuses == [StepStatus.DONE, StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.SKIPPED]


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
    tap(qtbot, steps.confirm_yes)


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
    assert runner.session is None and screen.current_page() is screen.module_list
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
    with qtbot.waitSignal(runner.notice, timeout=5000) as notice:
        tap(qtbot, screen.safety.begin_button)
    assert notice.args is not None and notice.args[0].startswith("The cell could not be prepared: ")
    assert "TURBO" in notice.args[0] and "setup:" not in notice.args[0]
    qtbot.waitUntil(lambda: screen.current_page() is screen.result, timeout=3000)
    assert screen.result.outcome.text() == "■ Stopped"
    assert screen.result.reason.text() == "The cell could not be prepared for this module. Ask an instructor."
    assert screen.notice.isVisible()


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
