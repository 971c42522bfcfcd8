"""The instructor's Exports section on a real records store and the shipped lab modules: the ticked
formats land in the picked folder and the message lists them; a folder that cannot be written is told
in words; every export is audited with its formats, filters and file count."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.core.labs.module import LabModule
from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
from kiosk.services.records import RecordStore
from kiosk.services.records.exports import EXPORT_FORMATS
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.instructor.exports_section import ExportsSection
from kiosk.viewmodels.background import BackgroundJobs

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def modules() -> dict[str, LabModule]:
    cell = load_site_profile("drachten", None).profile.cells[0]
    catalog = load_catalog(shipped_labs_dir(), [cell])
    return {e.module.id: e.module for e in catalog.available() if e.module is not None}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    """T-1001 (Ana Lima): speed failed on DAY1, passed on DAY2, safety open; T-1002: speed failed on DAY1."""
    s = RecordStore(tmp_path / "data" / "records.sqlite")
    s.add_trainee("T-1001", "Ana Lima", group="Class A").result(timeout=T)
    record(s, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
    record(s, "T-1002", SPEED, DAY1 + timedelta(hours=1), ended(DAY1 + timedelta(hours=1), "failed", 3.5))
    record(s, "T-1001", SPEED, DAY2, ended(DAY2, "passed", 9.0))
    record(s, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)
    yield s
    s.close()


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    pool = ThreadPoolExecutor(max_workers=2)
    j = BackgroundJobs(pool)
    yield j
    j.close()
    pool.shutdown(wait=True)


class Picker:
    """A folder picker that answers a fixed folder (or None: cancelled) and counts the questions."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.asked = 0

    def __call__(self, parent: QWidget, title: str, start: str) -> str | None:
        self.asked += 1
        return str(self.folder) if self.folder is not None else None


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def section_for(
    qtbot: QtBot,
    store: RecordStore | None,
    jobs: BackgroundJobs,
    modules: dict[str, LabModule],
    picker: Picker,
) -> ExportsSection:
    section = ExportsSection(store, jobs, modules, lambda: "nl", pick_folder=picker)
    qtbot.addWidget(section)
    section.resize(1000, 760)
    section.show()
    section.activate()
    if store is not None:
        qtbot.waitUntil(lambda: section.trainee_combo.count() == 1 + len(store.list_trainees()), timeout=WAIT_MS)
    return section


def tick(section: ExportsSection, *formats: str) -> None:
    for fmt, box in section.format_boxes.items():
        box.setChecked(fmt in formats)


def exported(qtbot: QtBot, section: ExportsSection, jobs: BackgroundJobs) -> None:
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not jobs.busy and section.export_button.isEnabled(), timeout=WAIT_MS)


def audit_rows(store: RecordStore) -> list[tuple[str, str, dict[str, object]]]:
    """The export rows of the audit (certificates also note their signing setting, as "system")."""
    return [(e.actor, e.action, json.loads(e.detail)) for e in store.audit_entries() if e.action == "export"]


def written(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------------------------------------ tests


def test_every_export_format_has_a_box(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, store, jobs, modules, Picker(stick))
    assert tuple(section.format_boxes) == EXPORT_FORMATS
    assert [section.trainee_combo.itemText(i) for i in range(section.trainee_combo.count())] == [
        "All trainees",
        "T-1001 (Ana Lima)",
        "T-1002",
    ]


def test_the_ticked_formats_land_in_the_picked_folder_and_the_message_lists_them(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    picker = Picker(stick)
    section = section_for(qtbot, store, jobs, modules, picker)
    tick(section, "csv", "xapi")
    exported(qtbot, section, jobs)
    files = written(stick)
    assert files and any(f.endswith(".csv") for f in files) and any(f.endswith(".jsonl") for f in files)
    assert section.message.property("kind") == "ok"
    assert section.message.text().startswith(f"{len(files)} files written to {stick}: ")
    for name in files:
        assert name in section.message.text()
    assert section.folder_label.text() == str(stick) and section.folder == str(stick)
    assert audit_rows(store) == [
        ("instructor", "export", {"formats": ["csv", "xapi"], "trainee": None, "since": None, "files": len(files)})
    ]
    exported(qtbot, section, jobs)  # the folder is remembered: not asked again
    assert picker.asked == 1
    assert len(audit_rows(store)) == 2


def test_one_trainee_since_a_date_is_what_is_exported_and_audited(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, store, jobs, modules, Picker(stick))
    tick(section, "csv")
    section.trainee_combo.setCurrentIndex(section.trainee_combo.findData("T-1001"))
    section.all_dates.setChecked(False)
    assert section.since_edit.isEnabled()
    section.since_edit.setDate(QDate(2025, 3, 20))
    exported(qtbot, section, jobs)
    attempts = next(stick.rglob("attempts.csv")).read_text(encoding="utf-8-sig")
    assert "T-1001" in attempts and "T-1002" not in attempts
    assert DAY1.date().isoformat() not in attempts  # the DAY1 attempt is before "since"
    [(_, _, detail)] = audit_rows(store)
    assert detail["trainee"] == "T-1001" and detail["since"] == date(2025, 3, 20).isoformat()


def test_all_formats_at_once(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, store, jobs, modules, Picker(stick))
    tick(section, *EXPORT_FORMATS)
    exported(qtbot, section, jobs)
    assert section.message.property("kind") == "ok", section.message.text()
    files = written(stick)
    assert {Path(f).suffix for f in files} >= {".csv", ".xlsx", ".pdf", ".jsonl"}
    [(_, _, detail)] = audit_rows(store)
    assert detail["formats"] == list(EXPORT_FORMATS) and detail["files"] == len(files)


def test_a_folder_that_cannot_be_written_is_told_in_words_and_still_audited(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    pulled = tmp_path / "not-a-folder"
    pulled.write_text("a file where the folder should be")
    section = section_for(qtbot, store, jobs, modules, Picker(pulled))
    tick(section, "csv", "xlsx")
    exported(qtbot, section, jobs)
    assert section.message.property("kind") == "error"
    text = section.message.text()
    assert text.startswith(f"Could not write CSV (attempts and skills) to {pulled}: ")
    assert "USB stick" in text
    assert audit_rows(store) == [
        (
            "instructor",
            "export",
            {"formats": ["csv", "xlsx"], "trainee": None, "since": None, "files": 0, "failed": "csv"},
        )
    ]


def test_nothing_ticked_or_no_folder_chosen_exports_nothing(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, store, jobs, modules, Picker(None))
    tick(section)
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Tick at least one format to export."
    tick(section, "csv")
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)  # the picker is cancelled
    assert not jobs.busy and section.folder is None
    assert section.folder_label.text() == "No folder chosen yet."
    store.barrier().result(timeout=T)
    assert audit_rows(store) == [] and written(stick) == []


def test_without_a_records_file_the_section_says_so(
    qtbot: QtBot, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, None, jobs, modules, Picker(stick))
    assert "Records are off" in section.message.text()
    assert not section.export_button.isEnabled() and not jobs.busy


def test_an_export_that_cannot_be_audited_says_so(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    section = section_for(qtbot, store, jobs, modules, Picker(stick))
    tick(section, "csv")
    store.close()  # reads still work, the audit row cannot be written
    exported(qtbot, section, jobs)
    assert section.message.property("kind") == "error"
    assert section.message.text().startswith("The files may be written, but the export could not be noted")


def test_a_long_list_of_files_is_shortened_in_the_message(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, modules: dict[str, LabModule], stick: Path
) -> None:
    for i in range(8):
        at = DAY2 + timedelta(hours=i + 2)
        record(store, f"T-20{i:02d}", SPEED, at, ended(at, "passed", 9.0))
    section = section_for(qtbot, store, jobs, modules, Picker(stick))
    tick(section, "pdf")
    exported(qtbot, section, jobs)
    pdfs = [f for f in written(stick) if f.endswith(".pdf")]
    assert len(pdfs) == 9  # T-1001 and the eight above passed the speed module
    text = section.message.text()
    assert text.startswith(f"9 files written to {stick}: ") and text.endswith(" and 3 more")
    assert text.count(".pdf") == 6
