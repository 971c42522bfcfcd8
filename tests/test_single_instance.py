"""One kiosk per data folder: a real lock held by a real other process, dropped when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.services.paths import AppPaths
from kiosk.services.single_instance import SingleInstance, lock_file

HOLDER = textwrap.dedent(
    """
    import sys, time
    from kiosk.services.single_instance import SingleInstance
    lock = SingleInstance(sys.argv[1])
    print("held" if lock.acquire() else "refused", flush=True)
    time.sleep(120)
    """
)


def start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_file_is_in_the_data_folder(tmp_path: Path) -> None:
    assert lock_file(AppPaths.under(tmp_path)) == tmp_path / "kiosk.lock"


def test_a_second_instance_is_refused_and_names_the_first(tmp_path: Path) -> None:
    path = tmp_path / "data" / "kiosk.lock"
    holder = start_holder(path)
    try:
        second = SingleInstance(path)
        assert second.acquire() is False
        assert not second.held
        assert second.holder_pid() == holder.pid
    finally:
        if sys.platform == "win32":
            holder.kill()
        else:
            os.kill(holder.pid, signal.SIGKILL)  # no clean-up: the OS must drop the lock
        holder.wait(timeout=10)
    assert path.exists()  # the stale file is still there ...
    third = SingleInstance(path)
    assert third.acquire() is True  # ... and does not matter
    assert third.holder_pid() == os.getpid()
    third.release()
    assert third.holder_pid() is None


def test_in_one_process_too_and_release_lets_the_next_one_in(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.lock"
    with SingleInstance(path) as held:
        assert held
        other = SingleInstance(path)
        assert not other.acquire()
        assert other.holder_pid() == os.getpid()
    assert other.acquire()
    assert other.acquire()  # asking again while holding it is fine
    other.release()
    other.release()  # idempotent


def test_different_data_folders_do_not_block_each_other(tmp_path: Path) -> None:
    a = SingleInstance(lock_file(AppPaths.under(tmp_path / "a")))
    b = SingleInstance(lock_file(AppPaths.under(tmp_path / "b")))
    try:
        assert a.acquire() and b.acquire()
    finally:
        a.release()
        b.release()


@pytest.mark.parametrize("content", [b"", b"garbage", b"-5"])
def test_an_unreadable_pid_is_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kiosk.lock"
    path.write_bytes(content)
    assert SingleInstance(path).holder_pid() is None
