"""Logging to a rotating file, written off the GUI thread."""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import queue
from pathlib import Path

NOISY_LIBRARIES = ("asyncua",)


def configure_logging(log_dir: Path, level: int = logging.INFO) -> logging.handlers.QueueListener:
    """Send every record through a queue to a listener thread that writes `log_dir/kiosk.log`
    (1 MiB x 3), so no thread that logs waits on the disk. asyncua's reconnect tracebacks go to the
    file only (at WARNING); the console shows the kiosk's own warnings and errors.
    Returns the started listener; it is stopped at exit."""
    log_dir.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / "kiosk.log", maxBytes=1_048_576, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.addFilter(lambda record: record.name.startswith("kiosk"))
    console.setFormatter(logging.Formatter("kiosk: %(levelname)s: %(message)s"))
    q: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    listener = logging.handlers.QueueListener(q, file_handler, console, respect_handler_level=True)
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(q)]
    root.setLevel(level)
    for name in NOISY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    listener.start()
    atexit.register(listener.stop)
    return listener
