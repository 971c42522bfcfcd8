"""Rehearsal: every shipped module is completed by the ideal trainee on a real simulated cell.

Each module runs on its own embedded simulator (a real asyncua server on a free loopback port),
started in the kiosk's showcase state, through the real OPC UA link, snapshot and session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.core.labs.module import LabModule
from kiosk.core.site import CellConfig
from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
from kiosk.services.labs.rehearsal import RehearsalReport, rehearse_module, rehearse_modules
from kiosk.services.site_profiles import load_site_profile

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def cell() -> CellConfig:
    return load_site_profile("drachten", None).profile.cells[0]


@pytest.fixture(scope="module")
def shipped_reports(cell: CellConfig) -> dict[str, RehearsalReport]:
    catalog = load_catalog(shipped_labs_dir(), [cell])
    modules = [(e.module, cell) for e in catalog.available() if e.module is not None]
    lines: list[str] = []
    reports = rehearse_modules(modules, parallel=4, say=lines.append)
    # the verdicts first: a CI log may keep only the head of the captured output
    print("\n".join([r.verdict() for r in reports] + lines))
    return {r.module_id: r for r in reports}


def _shipped_ids() -> list[str]:
    return sorted(p.stem for p in shipped_labs_dir().glob("*.yaml"))


def test_every_shipped_module_is_available_and_there_are_at_least_six(cell: CellConfig) -> None:
    catalog = load_catalog(shipped_labs_dir(), [cell])
    problems = [p for e in catalog.entries for p in e.problems]
    assert problems == []
    assert len(catalog.available()) >= 6


@pytest.mark.parametrize("stem", _shipped_ids())
def test_shipped_module_rehearses(stem: str, shipped_reports: dict[str, RehearsalReport]) -> None:
    module_id = yaml.safe_load((shipped_labs_dir() / f"{stem}.yaml").read_text(encoding="utf-8"))["id"]
    report = shipped_reports[module_id]
    assert report.ok, report.verdict() + "\n" + "\n".join(map(str, report.lines))
    assert report.outcome in ("passed", "completed")
    assert report.lines, "no step lines"
    assert all(line.status in ("passed", "done") for line in report.lines)


def _module(**overrides: Any) -> LabModule:
    data: dict[str, Any] = {
        "schema": "skillslab.module/1",
        "id": "rehearsal-test",
        "version": 1,
        "title": {"nl": "Proef", "en": "Trial"},
        "summary": {"nl": "Proef", "en": "Trial"},
        "level": "basic",
        "estimated_min": 2,
        "setup": [
            {"call": "stop"},
            {"wait_for": {"tag": "speed_actual", "below": 1}, "timeout_s": 10},
            {"call": "reset"},
        ],
        "steps": [
            {
                "kind": "action",
                "text": {"nl": "Start de cel.", "en": "Start the cell."},
                "check": {"tag": "running", "equals": True, "hold_s": 1},
                "controls": [{"kind": "button", "call": "start", "label": {"nl": "Start", "en": "Start"}}],
                "rehearse": [{"call": "start"}],
                "timeout_s": 20,
            }
        ],
        "teardown": [{"call": "stop"}],
    }
    data.update(overrides)
    return LabModule.model_validate(data)


def test_a_good_module_passes_and_leaves_statements(cell: CellConfig) -> None:
    lines: list[str] = []
    report = rehearse_module(_module(), cell, say=lines.append)
    assert report.ok, report.verdict()
    assert report.verdict().startswith("PASS rehearsal-test: passed")
    # attempted, initialized, experienced, passed (step), passed (module)
    assert [st.verb for st in report.statements] == ["attempted", "initialized", "experienced", "passed", "passed"]
    assert any("step-1" in line and "passed" in line for line in lines)


def test_rehearse_outside_the_controls_fails_with_the_reason(cell: CellConfig) -> None:
    step = {
        "kind": "action",
        "text": {"nl": "Start de cel.", "en": "Start the cell."},
        "check": {"tag": "running", "equals": True},
        "controls": [{"kind": "button", "call": "stop", "label": {"nl": "Stop", "en": "Stop"}}],
        "rehearse": [{"call": "start"}],
        "timeout_s": 20,
    }
    report = rehearse_module(_module(steps=[step]), cell)
    assert not report.ok
    assert "step 1 (step-1): rehearse call start: call start is not one of this step's controls" in report.problem
    assert report.outcome == "abandoned"


def test_a_check_the_cell_cannot_meet_fails_at_the_timeout(cell: CellConfig) -> None:
    step = {
        "kind": "action",
        "text": {"nl": "Te snel.", "en": "Too fast."},
        "check": {"tag": "speed_actual", "above": 240},
        "controls": [{"kind": "setpoint", "tag": "speed_setpoint", "min": 0, "max": 200}],
        "rehearse": [{"write": "speed_setpoint", "value": 200}, {"call": "start"}],
        "timeout_s": 3,
    }
    step["controls"].append({"kind": "button", "call": "start", "label": {"nl": "Start", "en": "Start"}})
    report = rehearse_module(_module(steps=[step]), cell)
    assert not report.ok
    assert "step 1 (step-1): the check did not hold within 3 s (speed_actual=" in report.problem
    assert report.lines[0].status == "failed"


def test_a_setup_the_cell_refuses_is_reported(cell: CellConfig) -> None:
    # Reset is refused while the line runs: this setup forgets to stop it first.
    report = rehearse_module(_module(setup=[{"call": "start"}, {"call": "reset"}]), cell)
    assert not report.ok
    assert report.problem.startswith("setup: call reset: ")
    assert "running" in report.problem


def test_labs_dir_exists() -> None:
    assert isinstance(shipped_labs_dir(), Path)
    assert shipped_labs_dir().is_dir()


def test_cli_rehearse_prints_steps_and_verdicts_and_keeps_the_attempts(tmp_path: Path) -> None:
    import subprocess
    import sys

    good = _module().model_dump(mode="json", by_alias=True, exclude_none=True)
    bad = dict(good, id="cannot-be-done")
    bad["steps"] = [dict(good["steps"][0], controls=[{"kind": "button", "call": "stop", "label": good["title"]}])]
    labs = tmp_path / "labs"
    labs.mkdir()
    (labs / "01-good.yaml").write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    (labs / "02-bad.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    data = tmp_path / "data"
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "labs", "rehearse", "--data-dir", str(data), str(labs)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    assert "rehearsal-test: " in out and "PASS rehearsal-test: passed, score 100%" in out
    assert "FAIL cannot-be-done: step 1 (step-1): rehearse call start: call start is not one of" in out
    assert "1 of 2 modules rehearsed successfully" in out
    # every event printed as committed is in the records store, and the attempts are closed
    from kiosk.services.records import RecordStore

    committed = [line.split()[1] for line in out.splitlines() if line.startswith("committed ")]
    assert len(committed) >= 8
    with RecordStore(data / "records.sqlite") as store:
        attempts = {a.module_id: a for a in store.attempts_for("rehearsal-robot")}
        assert set(attempts) == {"rehearsal-test", "cannot-be-done"}
        assert attempts["rehearsal-test"].outcome == "passed" and attempts["rehearsal-test"].scaled == 1.0
        assert attempts["cannot-be-done"].outcome == "abandoned"
        stored = {e.id for a in attempts.values() for e in store.events_for(a.registration)}
        statements = [e.statement for e in store.events_for(attempts["rehearsal-test"].registration)]
    assert set(committed) <= stored and len(stored) == len(committed)
    assert statements[0]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted"
    assert statements[-1]["result"]["success"] is True
    assert {st["context"]["registration"] for st in statements} == {statements[0]["context"]["registration"]}
