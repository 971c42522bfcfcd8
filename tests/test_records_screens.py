"""The lab screens with the records wired in, all real: a records file in tmp_path, the simulated cell
on a free port, the OPC UA worker, the runner, the sign-in and records models and the widgets
(offscreen). Sign in, work, lose the kiosk, sign in again and continue; sign out; a file that cannot be
used; progress that cannot be saved."""

# ruff: noqa: F811  (the cell fixtures imported from test_lab_screens are parameters of the tests)
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_lab_screens import (  # noqa: F401  (fixtures: the simulated cell, its worker and live model)
    MODULE_ID,
    _clean_up,
    _runners,
    catalog,
    cell,
    language_model,
    live,
    sim,
    tap,
    worker,
)

from kiosk.app import open_records
from kiosk.core.labs.session import Phase, StepStatus
from kiosk.core.site import Theme
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.paths import AppPaths
from kiosk.services.records import RecordStore, SaveState
from kiosk.ui.labs.labs_screen import LabsScreen
from kiosk.ui.labs.save_indicator import SaveIndicator
from kiosk.viewmodels.attempt_replay import AttemptReplayModel
from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel
from kiosk.viewmodels.live_cell import LiveCellModel
from kiosk.viewmodels.records import RecordsModel
from kiosk.viewmodels.sign_in import SignInModel

T = 10.0


@dataclass
class Kiosk:
    """One run of the kiosk's lab side on a records file."""

    screen: LabsScreen
    runner: LabRunnerModel
    records: RecordsModel
    sign_in: SignInModel
    replay: AttemptReplayModel | None

    stopped: bool = False

    def stop(self, *, crash: bool = False) -> None:
        """Close like the app does; `crash`: the kiosk dies instead (nothing more is written, the
        attempt on screen is not ended). Once."""
        if self.stopped:
            return
        self.stopped = True
        if crash and self.records.store is not None:
            self.records.store.close()
        self.runner.shutdown()
        self.sign_in.shutdown()
        if self.replay is not None:
            self.replay.shutdown()
        self.records.close()


@pytest.fixture
def readers() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="records-reader")
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def kiosks() -> Iterator[list[Kiosk]]:
    started: list[Kiosk] = []
    yield started
    for k in started:
        k.stop()


def start_kiosk(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    folder: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
    *,
    store: RecordStore | None = None,
    problem: str = "",
    lang: str = "en",
) -> Kiosk:
    language = language_model(lang)
    cat = catalog(folder)
    records = RecordsModel(store, cat, readers, simulated_cells=frozenset({live.cell.name}), unavailable_reason=problem)
    runner = LabRunnerModel(
        cat,
        {live.cell.name: CellLink(live, worker)},
        language,
        records.sink,
        site="drachten",
        recorder=records.recorder,
    )
    _runners.append(runner)
    sign_in = SignInModel(records.lookup(), readers)
    replay = AttemptReplayModel(store, readers) if store is not None else None
    screen = LabsScreen(runner, language, Theme(), records=records, sign_in=sign_in, replay_model=replay)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    kiosk = Kiosk(screen, runner, records, sign_in, replay)
    kiosks.append(kiosk)
    return kiosk


def sign_in_as(qtbot: QtBot, k: Kiosk, code: str) -> None:
    """Type the code on the physical keyboard, as a card scanner does, and wait for the trainee's records."""
    page = k.screen.sign_in_page
    assert page is not None and k.screen.current_page() is page
    qtbot.keyClicks(page.form, code)
    qtbot.keyClick(page.form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: k.screen.current_page() is k.screen.home, timeout=5000)
    qtbot.waitUntil(k.screen.module_list.isEnabled, timeout=5000)


def begin(qtbot: QtBot, k: Kiosk) -> None:
    for row in k.screen.safety.rows:
        tap(qtbot, row)
    tap(qtbot, k.screen.safety.begin_button)
    qtbot.waitUntil(lambda: k.screen.current_page() is k.screen.steps, timeout=15000)


def saved(k: Kiosk) -> bool:
    return k.records.save_state is SaveState.SAVED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "records.sqlite"
    with RecordStore(path) as s:
        s.add_trainee("T-1001", "Anna").result(T)
    return path


def test_after_a_crash_the_trainee_continues_at_the_same_step_with_the_score(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
    store_path: Path,
) -> None:
    first = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=RecordStore(store_path))
    sign_in_as(qtbot, first, "t-1001")  # codes are not case-sensitive
    panel = first.screen.trainee_panel
    assert panel is not None and panel.who.text() == "Hello Anna" and panel.cards == []
    tap(qtbot, first.screen.module_list.card(MODULE_ID))
    begin(qtbot, first)
    steps = first.screen.steps
    tap(qtbot, steps.next_button)  # the instruction
    qtbot.waitUntil(lambda: steps.controls is not None and steps.controls.isEnabled(), timeout=8000)
    assert steps.controls is not None
    tap(qtbot, steps.controls.buttons[0])  # Start: the action step passes
    qtbot.waitUntil(lambda: steps.status.state == "passed", timeout=8000)
    tap(qtbot, steps.next_button)
    assert steps.quiz is not None  # step 3 of 4 on screen
    registration = first.runner.session.attempt_id if first.runner.session else ""
    qtbot.waitUntil(lambda: saved(first), timeout=5000)
    [indicator] = steps.findChildren(SaveIndicator)
    qtbot.waitUntil(lambda: indicator.text() == "✓ Saved", timeout=10000)
    assert indicator.isVisible()
    qtbot.waitUntil(lambda: "running" in stored_sample_tags(store_path, registration), timeout=5000)
    first.stop(crash=True)  # the power goes: the attempt is not ended

    second = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=RecordStore(store_path))
    sign_in_as(qtbot, second, "T-1001")
    panel = second.screen.trainee_panel
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=5000)
    card = panel.cards[0]
    assert card.point.attempt_id == registration
    assert "step 3 of 4" in card.text.text() and "1 of 3 points so far" in card.text.text()
    tap(qtbot, card.continue_button)
    assert second.screen.current_page() is second.screen.safety  # safety again, then setup again
    begin(qtbot, second)
    session = second.runner.session
    assert session is not None and session.attempt_id == registration and session.index == 2
    assert [s.status for s in session.states()][:3] == [StepStatus.DONE, StepStatus.PASSED, StepStatus.ACTIVE]
    assert second.screen.steps.step_count.text() == "Step 3 of 4"
    quiz = second.screen.steps.quiz
    assert quiz is not None
    tap(qtbot, quiz.rows["a"])
    tap(qtbot, quiz.check_button)
    tap(qtbot, second.screen.steps.next_button)
    second.runner.abandon()  # the trainee stops before the last step
    qtbot.waitUntil(lambda: saved(second), timeout=5000)

    with RecordStore(store_path) as check:
        attempt = check.attempt(registration)
        verbs = [e.statement["verb"]["display"]["en-US"] for e in check.events_for(registration)]
        acks = check.safety_acks_for(registration)
    assert attempt is not None and attempt.outcome == "abandoned" and attempt.score_raw == 2.0
    assert verbs.count("attempted") == 1 and verbs.count("resumed") == 1 and verbs.count("initialized") == 2
    assert [(i, text) for i, text, _ in acks] == [
        (0, "I know where the emergency stop is."),
        (1, "I keep my hands out of the cell."),
    ]


def stored_sample_tags(path: Path, registration: str) -> set[str]:
    """The tags of which process values were recorded for the attempt (the demo module checks `running`)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT alias FROM samples WHERE registration = ?", (registration,))}
    finally:
        conn.close()


def test_an_unknown_code_records_nothing_and_sign_out_leaves_nothing_behind(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
    store_path: Path,
) -> None:
    k = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=RecordStore(store_path))
    page = k.screen.sign_in_page
    assert page is not None
    qtbot.keyClicks(page.form, "T-9999\r")
    qtbot.waitUntil(lambda: "not known" in page.form.message.text(), timeout=5000)
    assert k.screen.current_page() is page
    assert k.records.store is not None and k.records.store.trainee("T-9999") is None

    page.form.reset()
    sign_in_as(qtbot, k, "T-1001")
    tap(qtbot, k.screen.module_list.card(MODULE_ID))
    assert k.runner.session is not None and k.runner.actor.code == "T-1001"
    k.runner.close()
    panel = k.screen.trainee_panel
    assert panel is not None
    tap(qtbot, panel.sign_out_button)
    assert k.screen.current_page() is page
    assert page.form.code() == "" and panel.who.text() == "" and panel.cards == []
    assert k.runner.session is None and k.runner.actor.code == "kiosk-visitor"
    shown = " ".join(w.text() for w in k.screen.findChildren(type(panel.who)) if w.isVisible())
    assert "Anna" not in shown and "T-1001" not in shown


def test_progress_that_cannot_be_saved_is_shown_as_not_saved(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
    store_path: Path,
) -> None:
    store = RecordStore(store_path)
    k = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=store)
    sign_in_as(qtbot, k, "T-1001")
    tap(qtbot, k.screen.module_list.card(MODULE_ID))
    qtbot.waitUntil(lambda: saved(k), timeout=5000)
    store.close()  # the file is gone from under the kiosk (e.g. the USB stick it lives on was pulled)
    begin(qtbot, k)
    [indicator] = k.screen.steps.findChildren(SaveIndicator)
    qtbot.waitUntil(lambda: indicator.text() == "⚠ Could not save: trying again", timeout=5000)
    assert indicator.isVisible() and k.records.save_state is SaveState.FAILED
    assert "closed" in k.records.save_error
    assert k.runner.session is not None and k.runner.session.phase is Phase.STEPS  # the work goes on


def test_a_file_from_a_newer_kiosk_closes_the_lab_modules_and_is_left_untouched(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
) -> None:
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(paths.records_file)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE future(x)")
    conn.commit()
    conn.close()
    before = paths.records_file.read_bytes()
    store, problem = open_records(paths)
    assert store is None and "newer version" in problem
    k = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=None, problem=problem)
    page = k.screen.records_off
    assert page is not None and k.screen.current_page() is page
    assert page.heading.text() == "Lab modules are closed on this kiosk"
    assert "newer version" in page.detail.text()
    assert paths.records_file.read_bytes() == before


def test_a_damaged_file_is_replaced_and_the_instructor_is_told(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
) -> None:
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.records_file.write_bytes(b"this is not a database" * 100)
    store, problem = open_records(paths)
    assert store is not None and problem == ""
    k = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=store)
    page = k.screen.sign_in_page
    assert page is not None and page.warning.isVisible()
    assert page.warning.text().startswith("For the instructor: The records file could not be read")
    assert list(tmp_path.glob("records.sqlite.corrupt-*"))


def test_backing_out_of_a_continued_attempt_keeps_it_open_to_continue_later(
    qtbot: QtBot,
    live: LiveCellModel,
    worker: CellWorker,
    tmp_path: Path,
    readers: ThreadPoolExecutor,
    kiosks: list[Kiosk],
    store_path: Path,
) -> None:
    first = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=RecordStore(store_path))
    sign_in_as(qtbot, first, "T-1001")
    tap(qtbot, first.screen.module_list.card(MODULE_ID))
    begin(qtbot, first)
    registration = first.runner.session.attempt_id if first.runner.session else ""
    qtbot.waitUntil(lambda: saved(first), timeout=5000)
    first.stop(crash=True)

    second = start_kiosk(qtbot, live, worker, tmp_path, readers, kiosks, store=RecordStore(store_path))
    sign_in_as(qtbot, second, "T-1001")
    panel = second.screen.trainee_panel
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=5000)
    tap(qtbot, panel.cards[0].continue_button)
    assert second.screen.current_page() is second.screen.safety
    tap(qtbot, second.screen.safety.back_button)
    qtbot.waitUntil(lambda: second.screen.current_page() is second.screen.home, timeout=3000)
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=5000)  # offered again
    assert panel.cards[0].point.attempt_id == registration
    assert second.records.store is not None and second.records.store.attempt(registration).ended_at is None
