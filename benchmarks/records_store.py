"""Records store figures: what a trainee waits for before "✓ Saved", what recording process values costs,
and what resume costs. Prints the figures; exits 1 when a target is missed.

    .venv/bin/python benchmarks/records_store.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.labs.resume import resume_point
from kiosk.core.labs.xapi import Actor, Statement, activity_id
from kiosk.services.labs.loader import load_module_file, shipped_labs_dir
from kiosk.services.records import AttemptFields, RecordStore, SampleRow

TARGETS = {
    "statement_saved_p99_ms": 20.0,  # enqueue -> committed (fsynced), one statement at a time
    "sample_batch_p99_ms": 50.0,  # one second of 10 tags at 10 Hz, one transaction
    "resume_point_ms": 50.0,  # replaying a 300-statement attempt
    "open_with_10k_attempts_ms": 1500.0,  # opening the file at start-up (quick_check included)
}

WALL0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _statement(reg: str, i: int, module_id: str) -> Statement:
    return Statement(
        id=str(uuid.uuid4()),
        actor=Actor("T-1001"),
        verb="attempted" if i == 0 else "experienced",
        object_id=activity_id(module_id) if i == 0 else activity_id(module_id, "step-1"),
        object_type="module" if i == 0 else "instruction",
        object_name={"en": "Benchmark"},
        timestamp=WALL0 + timedelta(seconds=i),
        registration=reg,
        parent_id=None if i == 0 else activity_id(module_id),
        extensions={},
        site="drachten",
        cell="democell",
    )


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    figures: dict[str, float] = {}
    fields = AttemptFields("T-1001", "bench", 1, "drachten", "democell", True, "nl")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.sqlite"
        with RecordStore(path) as store:
            reg = str(uuid.uuid4())
            waits = []
            for i in range(500):
                st = _statement(reg, i, "bench").to_dict()
                t0 = time.perf_counter()
                store.record_statement(st, fields).result(10)
                waits.append((time.perf_counter() - t0) * 1000)
            figures["statement_saved_p50_ms"] = statistics.median(waits)
            figures["statement_saved_p99_ms"] = _p(waits, 99)

            batches = []
            for second in range(120):
                rows = [
                    SampleRow(reg, f"tag{k}", second + j / 10, float(j), None, "live")
                    for k in range(10)
                    for j in range(10)
                ]
                t0 = time.perf_counter()
                store.add_samples(rows).result(10)
                batches.append((time.perf_counter() - t0) * 1000)
            figures["sample_batch_p50_ms"] = statistics.median(batches)
            figures["sample_batch_p99_ms"] = _p(batches, 99)

            # Resume: a real module, an attempt with 300 statements (steps shown over and over).
            module = load_module_file(sorted(shipped_labs_dir().glob("04-*.yaml"))[0]).module
            assert module is not None
            statements = [_statement(reg, 0, module.id).to_dict()]
            for i in range(1, 300):
                step = module.step_id(i % len(module.steps))
                st = _statement(reg, i, module.id)
                d = st.to_dict()
                d["object"]["id"] = activity_id(module.id, step)
                statements.append(d)
            t0 = time.perf_counter()
            for _ in range(10):
                resume_point(module, statements)
            figures["resume_point_ms"] = (time.perf_counter() - t0) * 100

            for _ in range(10_000):
                store.record_statement(_statement(str(uuid.uuid4()), 0, "bench").to_dict(), fields)
            store.append_audit("bench", "filled").result(60)
        size_mb = path.stat().st_size / 1e6
        t0 = time.perf_counter()
        with RecordStore(path) as again:
            figures["open_with_10k_attempts_ms"] = (time.perf_counter() - t0) * 1000
            open_attempts = len(again.open_attempts())
        figures["file_mb"] = size_mb
        figures["open_attempts_listed"] = open_attempts

    failed = False
    for name, value in figures.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else ("  ok" if value <= target else f"  MISSED (target {target:g})")
        failed |= target is not None and value > target
        print(f"{name:32s} {value:10.2f}{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
