"""Helpers for tests that talk to a real simulated cell (imported by name: pytest puts tests/ on the path)."""

from __future__ import annotations

import time
from collections.abc import Callable

from kiosk.core.snapshot import Snapshot
from kiosk.services.opcua_worker import CellWorker


def wait_snapshot(worker: CellWorker, snap: Snapshot, done: Callable[[Snapshot], bool], timeout: float = 10.0) -> None:
    """Drain the worker's buffer into `snap` (as the GUI's timer does) until `done(snap)` holds;
    AssertionError after `timeout` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        snap.absorb(worker.buffer.drain(), time.monotonic())
        if done(snap):
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out; connection={snap.connection}, values={dict(snap.items())}")
