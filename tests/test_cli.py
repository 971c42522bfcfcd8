"""The command line as a user meets it: real subprocesses, offscreen Qt, a real simulator."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtGui import QImage

from kiosk import __version__


def kiosk(*args: str, timeout: float = 60, **kw: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        **kw,  # type: ignore[call-overload]
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_version() -> None:
    result = kiosk("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_bad_options_are_named() -> None:
    result = kiosk("--cell", "demo=http://example")
    assert result.returncode == 2
    assert "--cell" in result.stderr
    result = kiosk("--site", "amsterdam")
    assert result.returncode == 2 and "amsterdam" in result.stderr
    result = kiosk("--screenshot", "shot.jpg")
    assert result.returncode == 2 and ".png" in result.stderr


def test_screenshot_of_the_running_kiosk(tmp_path: Path) -> None:
    """The whole app: embedded simulator, worker, dashboard; renders a PNG and exits 0."""
    target = tmp_path / "shot.png"
    result = kiosk(
        "--windowed",
        "--lang",
        "en",
        "--data-dir",
        str(tmp_path / "data"),
        "--screenshot",
        str(target),
        "--after",
        "4",
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 1000
    assert (tmp_path / "data" / "logs" / "kiosk.log").exists()


def test_broken_override_is_reported_and_the_kiosk_still_starts(tmp_path: Path) -> None:
    config = tmp_path / "data" / "config"
    config.mkdir(parents=True)
    (config / "site.toml").write_text('[theme]\nprimary = "#12345"\n', encoding="utf-8")
    result = kiosk(
        "--windowed",
        "--data-dir",
        str(tmp_path / "data"),
        "--screenshot",
        str(tmp_path / "s.png"),
        "--after",
        "1",
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "site.toml:2: theme.primary" in result.stderr
    assert (tmp_path / "s.png").exists()


def test_sim_prints_its_endpoint_first_and_stops_on_interrupt() -> None:
    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sim", "--port", str(port), "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    timer = threading.Timer(30, proc.kill)  # a hung child must not hang the suite
    timer.start()
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first == f"opc.tcp://127.0.0.1:{port}/skillslab/democell"
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
