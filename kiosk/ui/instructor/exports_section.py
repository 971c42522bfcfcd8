"""The instructor's Exports section: tick formats, optionally one trainee and a first date, pick a
folder (a USB stick), Export. Every export is audited (actor "instructor", action "export").

The writing runs off the GUI thread (BackgroundJobs), one format after the other; a format that fails
(a pulled stick, a full disk) stops the rest, and the screen says what was written before it. The
folder chosen is remembered while the kiosk runs (the section lives as long as the app).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.labs.module import LabModule
from kiosk.services.records import RecordStore, Trainee
from kiosk.services.records.exports import EXPORT_FORMATS, run_export
from kiosk.ui.instructor.folder_picker import FolderPicker, choose_folder, default_start_folder
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.viewmodels.background import BackgroundJobs

__all__ = ["ExportOutcome", "ExportsSection", "export_and_audit"]

log = logging.getLogger(__name__)

AUDIT_WAIT_S = 30.0
"""How long an export waits for its audit row to be committed (a locked or very slow disk)."""
NAMES_SHOWN = 6
"""File names listed in the message after an export; more are counted ("and 12 more")."""


# ------------------------------------------------------------------------------------ the work (no Qt)


@dataclass(frozen=True)
class ExportOutcome:
    """What an export did. `files` are the paths written, relative to `folder` where they are inside
    it; `failed_format` and `error` (in words) are set when a format could not be written, and
    `disk_error` tells a file-system failure (a pulled stick, no room, no access) from others."""

    folder: str
    files: tuple[str, ...]
    failed_format: str | None = None
    error: str | None = None
    disk_error: bool = False


def _shown(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return str(path)


def export_and_audit(
    store: RecordStore,
    formats: Sequence[str],
    folder: Path,
    *,
    modules: Mapping[str, LabModule],
    trainee: str | None,
    since: date | None,
    language: str,
) -> ExportOutcome:
    """Write each of `formats` into `folder` (blocking: run it off the GUI thread), stopping at the
    first that fails, then append one audit row (actor "instructor", action "export", detail
    {"formats", "trainee", "since", "files"} and, after a failure, "failed") and wait for its commit.
    Raises only when the audit row cannot be written (StoreError), with the files already written."""
    written: list[Path] = []
    failed: str | None = None
    error: str | None = None
    disk = False
    for fmt in formats:
        try:
            written += run_export(store, fmt, folder, modules=modules, trainee=trainee, since=since, language=language)
        except Exception as exc:  # the screen says what happened; the rest of the formats are not tried
            log.exception("export of %s to %s failed", fmt, folder)
            failed, disk = fmt, isinstance(exc, OSError)
            error = _reason(exc, folder)
            break
    detail: dict[str, object] = {
        "formats": list(formats),
        "trainee": trainee,
        "since": since.isoformat() if since else None,
        "files": len(written),
    }
    if failed is not None:
        detail["failed"] = failed
    store.append_audit("instructor", "export", detail).result(timeout=AUDIT_WAIT_S)
    return ExportOutcome(str(folder), tuple(_shown(p, folder) for p in written), failed, error, disk)


def _reason(exc: Exception, folder: Path) -> str:
    """The failure in words: an OSError's own text, with its file unless that is the folder itself
    (the message names the folder already): 'Read-only file system', 'No space left on device:
    /media/usb/attempts.csv'."""
    if isinstance(exc, OSError) and exc.strerror:
        if exc.filename is None or Path(str(exc.filename)) == folder:
            return exc.strerror
        return f"{exc.strerror}: {exc.filename}"
    return str(exc) or type(exc).__name__


# ------------------------------------------------------------------------------------------ the screen


class ExportsSection(InstructorSection):
    """The Exports section. `modules` are the lab modules by id (titles and skills for certificates and
    badges); `language` gives the screen language at the moment of export (certificates are written in
    it); `pick_folder` asks for the folder (tests pass one that answers a temporary folder). With no
    store (the records file could not be opened) the section says so and offers nothing."""

    def __init__(
        self,
        store: RecordStore | None,
        jobs: BackgroundJobs,
        modules: Mapping[str, LabModule],
        language: Callable[[], str],
        pick_folder: FolderPicker = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._modules = dict(modules)
        self._language = language
        self._pick_folder = pick_folder
        self._folder: str | None = None
        self._running = False

        self.title = QLabel(self)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("LabMuted")
        self.intro.setWordWrap(True)

        self.formats_heading = QLabel(self)
        self.formats_heading.setObjectName("LabHeading")
        self.format_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for i, fmt in enumerate(EXPORT_FORMATS):
            box = QCheckBox(self)
            box.setMinimumHeight(48)
            self.format_boxes[fmt] = box
            grid.addWidget(box, i // 2, i % 2)
        self.format_boxes[EXPORT_FORMATS[0]].setChecked(True)

        self.filter_heading = QLabel(self)
        self.filter_heading.setObjectName("LabHeading")
        self.trainee_label = QLabel(self)
        self.trainee_label.setObjectName("LabMuted")
        self.trainee_combo = QComboBox(self)
        self.trainee_combo.setMinimumWidth(240)
        self.trainee_combo.setMinimumHeight(48)
        self.since_label = QLabel(self)
        self.since_label.setObjectName("LabMuted")
        self.all_dates = QCheckBox(self)
        self.all_dates.setMinimumHeight(48)
        self.all_dates.setChecked(True)
        self.since_edit = QDateEdit(self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addDays(-30))
        self.since_edit.setMinimumHeight(48)
        self.since_edit.setMinimumWidth(180)
        self.since_edit.setEnabled(False)
        self.all_dates.toggled.connect(lambda all_: self.since_edit.setEnabled(not all_))

        self.folder_heading = QLabel(self)
        self.folder_heading.setObjectName("LabHeading")
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("LabText")
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self)
        self.folder_button.setProperty("mid", "true")
        self.folder_button.clicked.connect(self._choose)

        self.export_button = QPushButton(self)
        self.export_button.setObjectName("Primary")
        self.export_button.setProperty("wide", "true")
        self.export_button.clicked.connect(self.export)
        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        whose = QHBoxLayout()
        whose.setSpacing(12)
        whose.addWidget(self.trainee_label)
        whose.addWidget(self.trainee_combo)
        whose.addSpacing(12)
        whose.addWidget(self.all_dates)
        whose.addSpacing(8)
        whose.addWidget(self.since_label)
        whose.addWidget(self.since_edit)
        whose.addStretch(1)
        where = QHBoxLayout()
        where.setSpacing(12)
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.folder_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(10)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addSpacing(6)
        lay.addWidget(self.formats_heading)
        lay.addLayout(grid)
        lay.addSpacing(6)
        lay.addWidget(self.filter_heading)
        lay.addLayout(whose)
        lay.addSpacing(6)
        lay.addWidget(self.folder_heading)
        lay.addLayout(where)
        lay.addSpacing(10)
        lay.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        lay.addStretch(1)

        self._trainees: list[Trainee] = []
        self.retranslate()
        if store is None:
            for w in (*self.format_boxes.values(), self.trainee_combo, self.all_dates, self.folder_button):
                w.setEnabled(False)
            self.since_edit.setEnabled(False)
            set_message(self.message, self._no_store_text(), "error")
        self._update_buttons()

    # ---------------------------------------------------------------- InstructorSection

    def section_title(self) -> str:
        return self.tr("Exports")

    def activate(self) -> None:
        """Reload the trainee list of the combo (trainees may have been added meanwhile)."""
        store = self._store
        if store is None:
            return
        self._jobs.run(store.list_trainees, self._show_trainees, self._trainees_failed, key="exports.trainees")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exports"))
        self.intro.setText(
            self.tr("The files hold trainees' names and results. Keep them on a stick only as long as needed.")
        )
        self.formats_heading.setText(self.tr("What"))
        for fmt, name in self._format_names().items():
            if fmt in self.format_boxes:
                self.format_boxes[fmt].setText(name)
        self.filter_heading.setText(self.tr("Whose and from when"))
        self.trainee_label.setText(self.tr("Trainee"))
        self.since_label.setText(self.tr("Since"))
        self.all_dates.setText(self.tr("All dates"))
        self.folder_heading.setText(self.tr("Where"))
        self.folder_button.setText(self.tr("Choose folder…"))
        self.export_button.setText(self.tr("Export"))
        self._show_folder()
        self._fill_trainee_combo()
        if self._store is None:
            set_message(self.message, self._no_store_text(), "error")

    # ---------------------------------------------------------------- what the instructor chose

    def chosen_formats(self) -> list[str]:
        """The ticked formats, in EXPORT_FORMATS order."""
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def chosen_trainee(self) -> str | None:
        data = self.trainee_combo.currentData()
        return data if isinstance(data, str) else None

    def chosen_since(self) -> date | None:
        if self.all_dates.isChecked():
            return None
        picked = self.since_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @property
    def folder(self) -> str | None:
        """The folder chosen this session, None before the first choice."""
        return self._folder

    # ---------------------------------------------------------------- actions

    def export(self) -> None:
        """Export the ticked formats to the chosen folder (asks for a folder first if none is chosen)."""
        store = self._store
        if store is None or self._running:
            return
        formats = self.chosen_formats()
        if not formats:
            set_message(self.message, self.tr("Tick at least one format to export."), "error")
            return
        if self._folder is None and not self._choose():
            return
        folder = Path(self._folder or "")
        modules, trainee, since, language = self._modules, self.chosen_trainee(), self.chosen_since(), self._language()
        self._running = True
        self._update_buttons()
        set_message(self.message, self.tr("Exporting to {folder}…").format(folder=folder))
        self._jobs.run(
            lambda: export_and_audit(
                store, formats, folder, modules=modules, trainee=trainee, since=since, language=language
            ),
            self._exported,
            self._export_failed,
        )

    def _choose(self) -> bool:
        """Ask for the folder; True when one was chosen."""
        chosen = self._pick_folder(
            self, self.tr("Choose the folder to export to"), self._folder or default_start_folder()
        )
        if not chosen:
            return False
        self._folder = chosen
        self._show_folder()
        return True

    # ---------------------------------------------------------------- answers (GUI thread)

    def _exported(self, outcome: ExportOutcome) -> None:
        self._running = False
        self._update_buttons()
        listed = self._listed(outcome.files)
        if outcome.failed_format is None:
            if not outcome.files:
                set_message(
                    self.message,
                    self.tr("Nothing was written to {folder}: no results match the trainee and date chosen.").format(
                        folder=outcome.folder
                    ),
                )
                return
            if len(outcome.files) == 1:
                text = self.tr("1 file written to {folder}: {names}")
            else:
                text = self.tr("{count} files written to {folder}: {names}")
            set_message(self.message, text.format(count=len(outcome.files), folder=outcome.folder, names=listed), "ok")
            return
        name = self._format_names().get(outcome.failed_format, outcome.failed_format)
        text = self.tr("Could not write {format} to {folder}: {reason}.").format(
            format=name, folder=outcome.folder, reason=outcome.error or ""
        )
        if outcome.disk_error:
            text += " " + self.tr("If the folder is on a USB stick, check that it is still in and has room.")
        if outcome.files:
            text += " " + self.tr("Written before that: {names}").format(names=listed)
        set_message(self.message, text, "error")

    def _export_failed(self, reason: str) -> None:
        self._running = False
        self._update_buttons()
        text = self.tr("The files may be written, but the export could not be noted in the audit log: {reason}")
        set_message(self.message, text.format(reason=reason), "error")

    def _show_trainees(self, trainees: list[Trainee]) -> None:
        self._trainees = trainees
        self._fill_trainee_combo()

    def _trainees_failed(self, reason: str) -> None:
        set_message(self.message, self.tr("Could not read the trainees: {reason}").format(reason=reason), "error")

    # ---------------------------------------------------------------- helpers

    def _format_names(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV (attempts and skills)"),
            "xlsx": self.tr("Excel (XLSX)"),
            "pdf": self.tr("PDF certificates"),
            "xapi": self.tr("xAPI statements"),
            "badge": self.tr("Open Badges"),
        }

    def _listed(self, files: Sequence[str]) -> str:
        names = ", ".join(files[:NAMES_SHOWN])
        if len(files) > NAMES_SHOWN:
            names += " " + self.tr("and {more} more").format(more=len(files) - NAMES_SHOWN)
        return names

    def _fill_trainee_combo(self) -> None:
        """All trainees first, then each code (with the name when known); keeps the choice by code."""
        keep = self.chosen_trainee()
        self.trainee_combo.clear()
        self.trainee_combo.addItem(self.tr("All trainees"), None)
        for t in self._trainees:
            shown = f"{t.code} ({t.display_name})" if t.display_name else t.code
            self.trainee_combo.addItem(shown, t.code)
        index = self.trainee_combo.findData(keep) if keep is not None else 0
        self.trainee_combo.setCurrentIndex(max(index, 0))

    def _show_folder(self) -> None:
        self.folder_label.setText(self._folder or self.tr("No folder chosen yet."))

    def _update_buttons(self) -> None:
        # Export stays on with no format ticked: a tap then says why nothing happens.
        ready = self._store is not None and not self._running
        self.export_button.setEnabled(ready)
        self.folder_button.setEnabled(ready)

    def _no_store_text(self) -> str:
        return self.tr("Records are off on this kiosk (the records file could not be opened): nothing to export.")
