"""How long the shipped lab modules take to rehearse, and what one session tick costs.

- Rehearses every module in labs/ (each on its own embedded simulator, `--parallel` at a time) and
  prints each module's duration and the wall time of the whole run. Target: every module passes, and
  the whole run stays under 180 s at 4 in parallel (it runs inside `make test`).
- Times loading the shipped catalog (done on the GUI thread before the window shows). Target < 150 ms.
- Times `LabSession.tick` on a real Snapshot of the demo cell's 31 tags for the heaviest action step
  of the shipped modules (most check leaves), 20,000 ticks. Target: p99 < 1 ms, so a 10 Hz GUI tick
  never notices the engine.

Prints the figures and exits 1 when a target is missed.
Usage: python benchmarks/lab_rehearsal.py [--parallel 4] [--skip-rehearsal]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from datetime import UTC, datetime

from kiosk.core.labs.checks import tags_used
from kiosk.core.labs.module import ActionStep, LabModule
from kiosk.core.labs.session import LabSession, MemorySink, Phase
from kiosk.core.labs.xapi import Actor
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Sample
from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
from kiosk.services.labs.rehearsal import rehearse_modules
from kiosk.services.site_profiles import load_site_profile

REHEARSAL_TARGET_S = 180.0
CATALOG_TARGET_MS = 150.0
TICK_P99_TARGET_MS = 1.0


def _heaviest(modules: list[LabModule]) -> tuple[LabModule, int]:
    best: tuple[int, LabModule, int] | None = None
    for module in modules:
        for i, step in enumerate(module.steps):
            if isinstance(step, ActionStep):
                size = len(tags_used(step.check))
                if best is None or size > best[0]:
                    best = (size, module, i)
    assert best is not None, "no action step in the shipped modules"
    return best[1], best[2]


def tick_cost(modules: list[LabModule], cell_tags: tuple, n: int = 20_000) -> list[float]:  # type: ignore[type-arg]
    """Per-tick times in ms of a session showing the heaviest action step, values changing every tick."""
    module, index = _heaviest(modules)
    # just that step, no setup: the engine's own cost
    solo = module.model_copy(update={"setup": (), "safety": (), "steps": (module.steps[index],)})
    snapshot = Snapshot(cell_tags)
    snapshot.set_connection(ConnectionState.CONNECTED)
    numbers = [t.alias for t in cell_tags if t.kind.value == "number"]
    session = LabSession(
        solo, snapshot, actor=Actor("bench"), sink=MemorySink(), now=0.0, wall=lambda: datetime.now(UTC)
    )
    session.begin(0.0)
    times: list[float] = []
    for k in range(n):
        now = k * 0.1
        snapshot.note_contact(now)
        snapshot.apply([Sample(a, float(k % 7), True, None, now) for a in numbers])
        snapshot.refresh(now)
        t0 = time.perf_counter()
        session.tick(now)
        times.append((time.perf_counter() - t0) * 1000)
        if session.phase is Phase.ENDED:
            session = LabSession(
                solo, snapshot, actor=Actor("bench"), sink=MemorySink(), now=now, wall=lambda: datetime.now(UTC)
            )
            session.begin(now)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--skip-rehearsal", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("asyncua").setLevel(logging.CRITICAL)  # shutdown chatter of 8 simulators
    cell = load_site_profile("drachten").profile.cells[0]
    catalog = load_catalog(shipped_labs_dir(), [cell])
    loads = []
    for _ in range(5):
        t0 = time.perf_counter()
        load_catalog(shipped_labs_dir(), [cell])
        loads.append((time.perf_counter() - t0) * 1000)
    load_ms = statistics.median(loads)
    modules = [e.module for e in catalog.available() if e.module is not None]
    ok = True
    print(f"catalog of {len(catalog.entries)} shipped modules loaded at start-up: median {load_ms:.0f} ms")
    if load_ms >= CATALOG_TARGET_MS:
        print(f"MISSED: catalog load {load_ms:.0f} ms >= {CATALOG_TARGET_MS:g} ms")
        ok = False

    times = sorted(tick_cost(modules, cell.tags))
    p50 = statistics.median(times)
    p99 = times[int(len(times) * 0.99)]
    print(f"session tick (heaviest shipped check, {len(cell.tags)} tags): p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    if p99 >= TICK_P99_TARGET_MS:
        print(f"MISSED: tick p99 {p99:.3f} ms >= {TICK_P99_TARGET_MS} ms")
        ok = False

    if not args.skip_rehearsal:
        t0 = time.monotonic()
        reports = rehearse_modules([(m, cell) for m in modules], parallel=args.parallel, say=lambda _line: None)
        wall = time.monotonic() - t0
        for r in reports:
            print(f"  {r.verdict()}")
        print(f"rehearsal of {len(reports)} modules, {args.parallel} at a time: {wall:.1f} s wall")
        if not all(r.ok for r in reports):
            print("MISSED: a module failed its rehearsal")
            ok = False
        if wall >= REHEARSAL_TARGET_S:
            print(f"MISSED: rehearsal {wall:.1f} s >= {REHEARSAL_TARGET_S:g} s")
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
