"""BackgroundJobs: work off the GUI thread, answers on it, the latest of a key wins."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from kiosk.viewmodels.background import BackgroundJobs


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2)
    yield pool
    pool.shutdown(wait=True)


def test_the_answer_comes_on_the_gui_thread(qtbot: QtBot, executor: ThreadPoolExecutor) -> None:
    jobs = BackgroundJobs(executor)
    seen: list[tuple[int, bool]] = []
    jobs.run(lambda: threading.get_ident(), lambda ident: seen.append((ident, threading.get_ident() == main)))
    main = threading.get_ident()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0][0] != main and seen[0][1] is True
    assert not jobs.busy  # answered: nothing is out any more


def test_a_failure_is_told_in_words(qtbot: QtBot, executor: ThreadPoolExecutor) -> None:
    jobs = BackgroundJobs(executor)
    errors: list[str] = []

    def broken() -> int:
        raise OSError("the stick was pulled out")

    jobs.run(broken, lambda _r: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["the stick was pulled out"]


def test_only_the_latest_job_of_a_key_is_answered(qtbot: QtBot, executor: ThreadPoolExecutor) -> None:
    jobs = BackgroundJobs(executor)
    gate = threading.Event()
    answers: list[str] = []
    jobs.run(lambda: gate.wait(5) and "old", answers.append, key="matrix")
    jobs.run(lambda: "new", answers.append, key="matrix")
    jobs.run(lambda: "other", answers.append, key="trainees")
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    gate.set()
    qtbot.wait(200)
    assert sorted(answers) == ["new", "other"]
    assert not jobs.busy


def test_after_close_nothing_is_answered(qtbot: QtBot, executor: ThreadPoolExecutor) -> None:
    jobs = BackgroundJobs(executor)
    answers: list[int] = []
    gate = threading.Event()
    jobs.run(lambda: gate.wait(5) and 1, answers.append)
    jobs.close()
    gate.set()
    jobs.run(lambda: 2, answers.append)
    qtbot.wait(200)
    assert answers == []
