"""The instructor's progress matrix on a real records store: the matrix and its filters, the attempts of
one cell, the replay, and waiving a step from the screen."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record
from test_waivers import run, store_attempt, three_quizzes

from kiosk.core.site import Theme
from kiosk.services.records import RecordStore
from kiosk.services.records.progress import ProgressFilter, progress_matrix
from kiosk.ui.instructor.progress_section import ProgressSection
from kiosk.viewmodels.attempt_replay import AttemptReplayModel
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.language import LanguageModel

TODAY = (DAY2 + timedelta(days=2)).date()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    """T-1001 Ana (MBO-3A): speed failed then passed (drachten), safety open. T-1002 (MBO-3A): speed failed
    at emmen. T-2001 Bo (HBO-1): no attempts."""
    with RecordStore(tmp_path / "records.sqlite") as s:
        s.add_trainee("T-1001", "Ana Lima", group="MBO-3A").result(T)
        s.add_trainee("T-1002", group="MBO-3A").result(T)
        s.add_trainee("T-2001", "Bo", group="HBO-1").result(T)
        record(s, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
        record(s, "T-1001", SPEED, DAY2, ended(DAY2, "passed", 9.0))
        record(s, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)
        record(s, "T-1002", SPEED, DAY1, ended(DAY1, "failed", 3.5), site="emmen")
        yield s


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2)
    yield pool
    pool.shutdown(wait=True)


def test_the_matrix_has_status_best_score_attempts_and_last_date(store: RecordStore) -> None:
    m = progress_matrix(store, ProgressFilter(), [SAFETY])
    assert m.module_ids == (SAFETY, SPEED)  # the given order first, then the others
    assert [r.code for r in m.rows] == ["T-1001", "T-1002", "T-2001"]
    speed = m.cell("T-1001", SPEED)
    assert speed is not None and speed.status == "passed" and speed.best_scaled == pytest.approx(0.9)
    assert speed.attempts == 2 and speed.last_date == DAY2.date().isoformat()
    assert m.cell("T-1001", SAFETY).status == "in progress"  # type: ignore[union-attr]
    assert m.cell("T-1002", SPEED).status == "failed"  # type: ignore[union-attr]
    assert m.cell("T-2001", SPEED) is None
    assert m.groups == ("HBO-1", "MBO-3A") and m.sites == ("drachten", "emmen")


def test_the_filters_narrow_rows_and_attempts(store: RecordStore) -> None:
    hbo = progress_matrix(store, ProgressFilter(group="HBO-1"))
    assert [r.code for r in hbo.rows] == ["T-2001"] and hbo.module_ids == ()
    emmen = progress_matrix(store, ProgressFilter(site="emmen"))
    assert emmen.cell("T-1002", SPEED) is not None and emmen.cell("T-1001", SPEED) is None
    late = progress_matrix(store, ProgressFilter(since=DAY2.date()))
    assert late.cell("T-1001", SPEED).attempts == 1  # type: ignore[union-attr]
    assert late.cell("T-1002", SPEED) is None
    early = progress_matrix(store, ProgressFilter(until=DAY1.date()))
    assert early.cell("T-1001", SPEED).status == "failed"  # type: ignore[union-attr]


def section(
    qtbot: QtBot, store: RecordStore, executor: ThreadPoolExecutor, modules: dict | None = None
) -> ProgressSection:
    language = LanguageModel({}, "en")
    jobs = BackgroundJobs(executor)
    replay = AttemptReplayModel(store, executor)
    widget = ProgressSection(store, jobs, modules or {}, language, Theme(), replay, today=lambda: TODAY)
    qtbot.addWidget(widget)
    jobs.setParent(widget)  # goes with the screen, as in the kiosk (no answer reaches a deleted screen)
    widget.resize(1100, 700)
    widget.activate()
    qtbot.waitUntil(lambda: widget.matrix is not None, timeout=5000)
    return widget


def test_the_screen_shows_the_matrix_and_filters(
    qtbot: QtBot, store: RecordStore, executor: ThreadPoolExecutor
) -> None:
    w = section(qtbot, store, executor)
    assert w.table.rowCount() == 3 and w.table.columnCount() == 3
    texts = {(r, c): w.table.item(r, c).text() for r in range(3) for c in range(3)}
    assert texts[(0, 0)] == "Ana Lima\nT-1001 · MBO-3A"
    speed_col = 1 + w.matrix.module_ids.index(SPEED)  # type: ignore[union-attr]
    assert texts[(0, speed_col)] == "✓ 90 %\n2× · 20 Mar 25"
    assert texts[(1, speed_col)].startswith("✗ 35 %")
    assert texts[(2, speed_col)] == ""
    assert [w.group_box.itemText(i) for i in range(w.group_box.count())] == ["All groups", "HBO-1", "MBO-3A"]
    w.group_box.setCurrentIndex(w.group_box.findData("HBO-1"))
    qtbot.waitUntil(lambda: w.table.rowCount() == 1, timeout=5000)
    w.group_box.setCurrentIndex(0)
    w.period_box.setCurrentIndex(w.period_box.findData("7d"))  # DAY2 is 2 days before TODAY, DAY1 8 days
    qtbot.waitUntil(lambda: w.matrix is not None and w.matrix.cell("T-1002", SPEED) is None, timeout=5000)
    assert w.current_filter() == ProgressFilter(since=TODAY - timedelta(days=6))


def test_a_cell_opens_its_attempts_and_the_replay(
    qtbot: QtBot, store: RecordStore, executor: ThreadPoolExecutor
) -> None:
    w = section(qtbot, store, executor)
    speed_col = 1 + w.matrix.module_ids.index(SPEED)  # type: ignore[union-attr]
    w.table.cellClicked.emit(0, speed_col)
    qtbot.waitUntil(lambda: w.attempts_table.rowCount() == 2, timeout=5000)
    assert w.pages.currentIndex() == 1
    assert w.attempts_title.text().startswith("Ana Lima (T-1001)")
    assert [w.attempts_table.item(r, 2).text() for r in range(2)] == ["passed", "not passed"]  # newest first
    assert w.attempts_table.item(0, 3).text() == "90 %" and w.attempts_table.item(0, 4).text() == "12"
    w.replay_button.click()
    assert w.replay is not None and w.pages.currentWidget() is w.replay
    w.replay.back_requested.emit()
    assert w.pages.currentIndex() == 1
    w.back_button.click()
    assert w.pages.currentIndex() == 0


def test_waiving_a_step_on_screen(qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    mod = three_quizzes()
    with RecordStore(tmp_path / "waive.sqlite") as store:
        reg = store_attempt(store, run(mod, ["b", "a", "a"]))
        w = section(qtbot, store, executor, {mod.id: mod})
        code = store.attempt(reg).trainee_code  # type: ignore[union-attr]
        w.open_attempts(code, mod.id)
        qtbot.waitUntil(lambda: w.attempts_table.rowCount() == 1, timeout=5000)
        assert w.waive_button.isEnabled()
        w.waive_button.click()
        qtbot.waitUntil(lambda: w.waiver_row.isVisibleTo(w), timeout=5000)
        assert [w.step_box.itemData(i) for i in range(w.step_box.count())] == [1]
        w.confirm_waive.click()  # no reason yet
        assert "needs a reason" in w.attempts_message.text()
        w.reason_field.setText("the screen froze")
        w.confirm_waive.click()
        qtbot.waitUntil(lambda: "now counts as passed" in w.attempts_message.text(), timeout=5000)
        qtbot.waitUntil(lambda: w.attempts_table.item(0, 2).text() == "passed", timeout=5000)
        assert store.attempt(reg).outcome == "passed"  # type: ignore[union-attr]
        assert store.audit_entries()[-1].actor == "instructor"


def test_an_attempt_of_another_module_version_cannot_be_waived(
    qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    mod = three_quizzes()
    with RecordStore(tmp_path / "v.sqlite") as store:
        reg = store_attempt(store, run(mod, ["b", "a", "a"]))
        newer = mod.model_copy(update={"version": mod.version + 1})
        w = section(qtbot, store, executor, {mod.id: newer})
        w.open_attempts(store.attempt(reg).trainee_code, mod.id)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: w.attempts_table.rowCount() == 1, timeout=5000)
        w.waive_button.click()
        assert "version 3 of the module; this kiosk has version 4" in w.attempts_message.text()
        assert not w.waiver_row.isVisibleTo(w)


def test_a_language_change_leaves_no_old_words_in_a_message(
    qtbot: QtBot, store: RecordStore, executor: ThreadPoolExecutor
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    w = section(qtbot, store, executor)
    assert w.matrix_message.text().startswith("Tap a cell")
    w.open_attempts("T-1001", SPEED)
    qtbot.waitUntil(lambda: w.attempts_table.rowCount() == 2, timeout=5000)
    w.reason_field.setText("")
    w.waiver_row.show()
    w.confirm_waive.click()
    assert "needs a reason" in w.attempts_message.text()
    QApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    assert w.attempts_message.text() == ""  # gone rather than left in the old language
    assert w.matrix_message.text().startswith("Tap a cell")  # a hint is worded again
