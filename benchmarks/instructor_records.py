"""Instructor figures on a year of a busy lab: 500 trainees, 8 modules, 8,000 attempts, 96,000 statements.
What the progress matrix, the exports, a consolidation bundle and a purge preview cost. Prints the
figures; exits 1 when a target is missed.

    .venv/bin/python benchmarks/instructor_records.py
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.core.labs.xapi import Actor, Statement, activity_id
from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
from kiosk.services.records import RecordStore
from kiosk.services.records.bundle import export_bundle, import_bundle, read_bundle
from kiosk.services.records.exports import run_export
from kiosk.services.records.privacy import purge_preview
from kiosk.services.records.progress import ProgressFilter, progress_matrix
from kiosk.services.site_profiles import load_site_profile

TRAINEES = 500
ATTEMPTS_PER_TRAINEE_AND_MODULE = 2
STATEMENTS_PER_ATTEMPT = 12
TARGETS = {
    "progress_matrix_ms": 500.0,  # the instructor opens Progress: one read, all trainees and modules
    "progress_matrix_one_group_ms": 200.0,
    "export_csv_s": 5.0,
    "export_xlsx_s": 15.0,
    "export_xapi_s": 15.0,
    "export_bundle_s": 30.0,
    "import_bundle_s": 60.0,  # into an empty kiosk, one transaction
    "purge_preview_ms": 1000.0,
}
PEAK_MEMORY_TARGET_MB = 1024.0  # everything above in one process; a kiosk PC has 4 GB or more
WALL0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _fill(path: Path, modules: list[str]) -> int:
    """Write the attempts straight into the file (the store's own schema), in one transaction: the
    figures are about reading them back, and the store's write path has its own benchmark."""
    with RecordStore(path):
        pass  # creates the schema
    conn = sqlite3.connect(path)
    statements = 0
    with conn:
        for t in range(TRAINEES):
            code = f"T-{1000 + t}"
            conn.execute(
                "INSERT INTO trainees(code, created_at, group_name) VALUES (?, ?, ?)",
                (code, WALL0.isoformat(), f"G-{t % 20}"),
            )
            conn.execute("INSERT INTO trainee_names(code, display_name) VALUES (?, ?)", (code, f"Trainee {t}"))
            for m, module in enumerate(modules):
                for a in range(ATTEMPTS_PER_TRAINEE_AND_MODULE):
                    reg = str(uuid.uuid4())
                    start = WALL0 + timedelta(days=(t + m * 7 + a * 30) % 330, hours=m)
                    end = start + timedelta(minutes=15)
                    outcome = "passed" if (t + m + a) % 3 else "failed"
                    conn.execute(
                        "INSERT INTO attempts VALUES (?, ?, ?, 1, ?, 'demo', 1, 'nl', ?, ?, ?, ?, 10, ?)",
                        (
                            reg,
                            code,
                            module,
                            "drachten" if t % 2 else "emmen",
                            start.isoformat(),
                            end.isoformat(),
                            outcome,
                            9.0 if outcome == "passed" else 4.0,
                            0.9 if outcome == "passed" else 0.4,
                        ),
                    )
                    for i in range(STATEMENTS_PER_ATTEMPT):
                        verb = (
                            "attempted" if i == 0 else (outcome if i == STATEMENTS_PER_ATTEMPT - 1 else "experienced")
                        )
                        st = Statement(
                            id=str(uuid.uuid4()),
                            actor=Actor(code),
                            verb=verb,
                            object_id=activity_id(module)
                            if i in (0, STATEMENTS_PER_ATTEMPT - 1)
                            else activity_id(module, f"step-{i}"),
                            object_type="module" if i in (0, STATEMENTS_PER_ATTEMPT - 1) else "instruction",
                            object_name={"en": module},
                            timestamp=start + timedelta(seconds=i * 60),
                            registration=reg,
                            site="drachten",
                            cell="demo",
                        ).to_dict()
                        conn.execute(
                            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
                            (st["id"], reg, st["verb"]["id"], st["object"]["id"], st["timestamp"], json.dumps(st)),
                        )
                        statements += 1
    conn.close()
    return statements


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def main() -> int:
    cell = load_site_profile("drachten").profile.cells[0]
    catalog = load_catalog(shipped_labs_dir(), [cell])
    modules = {e.module_id: e.module for e in catalog.entries if e.module is not None}
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.sqlite"
        t_fill, statements = _timed(lambda: _fill(path, list(modules)))
        print(
            f"filled {TRAINEES} trainees, {TRAINEES * len(modules) * ATTEMPTS_PER_TRAINEE_AND_MODULE} attempts, "
            f"{statements} statements in {t_fill:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
        )
        with RecordStore(path) as store:
            runs = [_timed(lambda: progress_matrix(store, ProgressFilter(), list(modules)))[0] for _ in range(5)]
            figures["progress_matrix_ms"] = sorted(runs)[2] * 1000
            runs = [
                _timed(lambda: progress_matrix(store, ProgressFilter(group="G-3"), list(modules)))[0] for _ in range(5)
            ]
            figures["progress_matrix_one_group_ms"] = sorted(runs)[2] * 1000
            out = Path(tmp) / "out"
            for fmt in ("csv", "xlsx", "xapi"):
                figures[f"export_{fmt}_s"], _ = _timed(lambda fmt=fmt: run_export(store, fmt, out, modules=modules))
            figures["export_bundle_s"], bundle = _timed(lambda: export_bundle(store, out, since=date(2026, 1, 1)))
            figures["purge_preview_ms"] = (
                _timed(lambda: purge_preview(store, now=datetime(2027, 6, 1, tzinfo=UTC)))[0] * 1000
            )
        with RecordStore(Path(tmp) / "other.sqlite") as other:
            figures["import_bundle_s"], _ = _timed(
                lambda: import_bundle(other, read_bundle(bundle.path), actor="bench", timeout=300)
            )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = True
    for name, value in figures.items():
        target = TARGETS[name]
        missed = value >= target
        ok &= not missed
        print(f"{name:<32} {value:10.1f}   target < {target:g}{'   MISSED' if missed else ''}")
    missed = peak_mb >= PEAK_MEMORY_TARGET_MB
    ok &= not missed
    mark = "   MISSED" if missed else ""
    print(f"{'peak_resident_memory_mb':<32} {peak_mb:10.0f}   target < {PEAK_MEMORY_TARGET_MB:g}{mark}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
