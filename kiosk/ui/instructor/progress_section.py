"""ProgressSection: the trainee x module matrix, an attempt list per cell, the replay, and waivers.

Three pages in one section:
- the matrix, filtered by group, site and period: each cell shows the status mark, the best score,
  the number of attempts and the last date; tapping a cell opens
- the attempts of that trainee in that module (newest first): Replay opens the recorded attempt on
  the replay screen; "Waive a step" lets the instructor pick a failed or unfinished step and give a
  reason (kiosk.services.records.waivers), after which the attempt's new result is shown;
- the replay (kiosk.ui.labs.replay_screen), whose Back returns to the attempts.
Every read and write goes through BackgroundJobs: the GUI thread never waits on the disk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.waiver import waivable_steps
from kiosk.core.site import CellConfig, Theme
from kiosk.services.records.progress import ProgressCell, ProgressFilter, ProgressMatrix, progress_matrix
from kiosk.services.records.store import Attempt, RecordStore
from kiosk.services.records.waivers import WaiverResult, waive_step
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.ui.labs.replay_screen import ReplayScreen
from kiosk.ui.labs.words import shorten
from kiosk.viewmodels.attempt_replay import AttemptReplayModel
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.language import LanguageModel

__all__ = ["PERIODS", "ProgressSection"]

PERIODS: tuple[tuple[str, int | None], ...] = (
    ("all", None),
    ("7d", 7),
    ("30d", 30),
    ("365d", 365),
)
"""The period filter's choices: key and the number of days back (None: all time)."""

MODULE_COLUMN_CHARS = 22
ROW_PX = 52
_MARKS = {"passed": "✓", "completed": "✓", "failed": "✗", "in progress": "…"}


class ProgressSection(InstructorSection):
    """See the module docstring. `modules`: the catalog's modules by id (titles, and the steps a waiver
    needs); `cells`: the site's cells (tag labels for the replay); `today`: injectable for tests."""

    def __init__(
        self,
        store: RecordStore | None,
        jobs: BackgroundJobs,
        modules: Mapping[str, LabModule],
        language: LanguageModel,
        theme: Theme,
        replay_model: AttemptReplayModel | None,
        cells: Sequence[CellConfig] = (),
        *,
        actor: str = "instructor",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._modules = dict(modules)
        self._language = language
        self._theme = theme
        self._cells = list(cells)
        self._actor = actor
        self._today = today
        self.matrix: ProgressMatrix | None = None
        self._selected: tuple[str, str] | None = None  # (trainee code, module id) of the attempts page
        self._attempts: list[Attempt] = []
        self._waivable: list[int] = []

        self.pages = QStackedWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pages)

        # --- the matrix page
        matrix_page = QWidget()
        self.title = QLabel(matrix_page)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.group_box = QComboBox(matrix_page)
        self.site_box = QComboBox(matrix_page)
        self.period_box = QComboBox(matrix_page)
        for box in (self.group_box, self.site_box, self.period_box):
            box.setMinimumWidth(170)
            box.currentIndexChanged.connect(self._on_filter_changed)
        self.group_label = QLabel(matrix_page)
        self.site_label = QLabel(matrix_page)
        self.period_label = QLabel(matrix_page)
        for label in (self.group_label, self.site_label, self.period_label):
            label.setObjectName("LabMuted")
        filters = QHBoxLayout()
        filters.setSpacing(10)
        for label, box in (
            (self.group_label, self.group_box),
            (self.site_label, self.site_box),
            (self.period_label, self.period_box),
        ):
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(12)
        filters.addStretch(1)
        self.table = QTableWidget(matrix_page)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.cellClicked.connect(self._on_cell_clicked)
        self.legend = QLabel(matrix_page)
        self.legend.setObjectName("LabSmall")
        self.legend.setWordWrap(True)
        self.matrix_message = QLabel(matrix_page)
        self.matrix_message.setObjectName("Message")
        self.matrix_message.setWordWrap(True)
        ml = QVBoxLayout(matrix_page)
        ml.setContentsMargins(8, 8, 8, 8)
        ml.setSpacing(12)
        ml.addWidget(self.title)
        ml.addLayout(filters)
        ml.addWidget(self.table, 1)
        ml.addWidget(self.legend)
        ml.addWidget(self.matrix_message)
        self.pages.addWidget(matrix_page)

        # --- the attempts page
        attempts_page = QWidget()
        self.back_button = QPushButton(attempts_page)
        self.back_button.setObjectName("Primary")
        self.back_button.clicked.connect(self.show_matrix)
        self.attempts_title = QLabel(attempts_page)
        self.attempts_title.setObjectName("LabHeading")
        self.attempts_title.setWordWrap(True)
        self.attempts_table = QTableWidget(attempts_page)
        self.attempts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attempts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attempts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attempts_table.verticalHeader().setVisible(False)
        self.attempts_table.verticalHeader().setDefaultSectionSize(ROW_PX)  # a row is a touch target
        self.attempts_table.setColumnCount(5)
        self.attempts_table.itemSelectionChanged.connect(self._on_attempt_selected)
        self.replay_button = QPushButton(attempts_page)
        self.replay_button.setProperty("wide", True)
        self.replay_button.clicked.connect(self._on_replay)
        self.waive_button = QPushButton(attempts_page)
        self.waive_button.setProperty("wide", True)
        self.waive_button.clicked.connect(self._on_waive_opened)
        self.step_box = QComboBox(attempts_page)
        self.reason_field = QLineEdit(attempts_page)
        self.reason_field.setMaxLength(300)
        self.confirm_waive = QPushButton(attempts_page)
        self.confirm_waive.setObjectName("Primary")
        self.confirm_waive.clicked.connect(self._on_waive_confirmed)
        self.cancel_waive = QPushButton(attempts_page)
        self.cancel_waive.clicked.connect(self._close_waiver)
        self.waiver_row = QWidget(attempts_page)
        wl = QHBoxLayout(self.waiver_row)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(10)
        wl.addWidget(self.step_box, 2)
        wl.addWidget(self.reason_field, 3)
        wl.addWidget(self.confirm_waive)
        wl.addWidget(self.cancel_waive)
        self.waiver_row.hide()
        self.attempts_message = QLabel(attempts_page)
        self.attempts_message.setObjectName("Message")
        self.attempts_message.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.attempts_title, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.waive_button)
        buttons.addStretch(1)
        al = QVBoxLayout(attempts_page)
        al.setContentsMargins(8, 8, 8, 8)
        al.setSpacing(12)
        al.addLayout(head)
        al.addWidget(self.attempts_table, 1)
        al.addLayout(buttons)
        al.addWidget(self.waiver_row)
        al.addWidget(self.attempts_message)
        self.pages.addWidget(attempts_page)

        # --- the replay page
        self.replay_model = replay_model
        self.replay: ReplayScreen | None = None
        if replay_model is not None:
            self.replay = ReplayScreen(replay_model, language, theme, parent=self.pages)
            self.replay.back_requested.connect(lambda: self.pages.setCurrentIndex(1))
            self.pages.addWidget(self.replay)

        language.language_changed.connect(self._on_language_changed)
        self.retranslate()

    # ------------------------------------------------------------------------------ InstructorSection
    def section_title(self) -> str:
        return self.tr("Progress")

    def activate(self) -> None:
        self.show_matrix()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Progress per trainee and module"))
        self.group_label.setText(self.tr("Group"))
        self.site_label.setText(self.tr("Site"))
        self.period_label.setText(self.tr("Period"))
        periods = {
            "all": self.tr("All time"),
            "7d": self.tr("Last 7 days"),
            "30d": self.tr("Last 30 days"),
            "365d": self.tr("Last 12 months"),
        }
        self._refill(self.period_box, [(periods[key], key) for key, _ in PERIODS])
        self._fill_filters()
        self.legend.setText(
            self.tr("✓ passed   ✗ not passed yet   … started, not finished   (best score · attempts · last date)")
        )
        self.back_button.setText(self.tr("Back"))
        self.replay_button.setText(self.tr("Replay"))
        self.waive_button.setText(self.tr("Waive a step"))
        self.reason_field.setPlaceholderText(self.tr("Reason (required), e.g. the conveyor was broken"))
        self.confirm_waive.setText(self.tr("Waive"))
        self.cancel_waive.setText(self.tr("Cancel"))
        self.attempts_table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Site"), self.tr("Result"), self.tr("Score"), self.tr("Minutes")]
        )
        if self.matrix is not None:
            self._show_matrix_data(self.matrix)
        if self._selected is not None and self._attempts:
            self._show_attempts(self._attempts)

    def leave(self) -> None:
        self._close_waiver()
        self.reason_field.clear()
        self._selected = None
        self._attempts = []
        self.attempts_table.setRowCount(0)
        self.pages.setCurrentIndex(0)

    # ------------------------------------------------------------------------------ the matrix
    def show_matrix(self) -> None:
        """Show the matrix page and reload it with the current filters."""
        self.pages.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        if self._store is None:
            set_message(self.matrix_message, self.tr("The records are not available on this kiosk."), "error")
            return
        store, filt, order = self._store, self.current_filter(), list(self._modules)
        self._jobs.run(lambda: progress_matrix(store, filt, order), self._on_matrix, self._on_failed, key="matrix")

    def current_filter(self) -> ProgressFilter:
        group = self.group_box.currentData()
        site = self.site_box.currentData()
        days = dict(PERIODS).get(self.period_box.currentData() or "all")
        since = self._today() - timedelta(days=days - 1) if days else None
        return ProgressFilter(group=group or None, site=site or None, since=since)

    def _on_matrix(self, matrix: ProgressMatrix) -> None:
        self.matrix = matrix
        self._fill_filters()
        self._show_matrix_data(matrix)

    def _on_failed(self, message: str) -> None:
        set_message(self.matrix_message, self.tr("Could not read the records: %1").replace("%1", message), "error")

    def _fill_filters(self) -> None:
        groups = self.matrix.groups if self.matrix is not None else ()
        sites = self.matrix.sites if self.matrix is not None else ()
        self._refill(self.group_box, [(self.tr("All groups"), "")] + [(g, g) for g in groups])
        self._refill(self.site_box, [(self.tr("All sites"), "")] + [(s.capitalize(), s) for s in sites])

    def _refill(self, box: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace a combo's items, keeping the chosen value (without firing a reload)."""
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in items:
            box.addItem(text, value)
        index = box.findData(keep) if keep is not None else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _on_filter_changed(self) -> None:
        self.reload()

    def _module_title(self, module_id: str) -> str:
        module = self._modules.get(module_id)
        return module.title.get(self._language.language) if module is not None else module_id

    def _show_matrix_data(self, matrix: ProgressMatrix) -> None:
        table = self.table
        table.clear()
        table.setRowCount(len(matrix.rows))
        table.setColumnCount(1 + len(matrix.module_ids))
        table.setHorizontalHeaderLabels(
            [self.tr("Trainee")] + [shorten(self._module_title(m), MODULE_COLUMN_CHARS) for m in matrix.module_ids]
        )
        for c, module_id in enumerate(matrix.module_ids, start=1):
            header = table.horizontalHeaderItem(c)
            if header is not None:
                header.setToolTip(self._module_title(module_id))
        for r, row in enumerate(matrix.rows):
            who = f"{row.name}\n{row.code}" if row.name else row.code
            if row.group:
                who += f" · {row.group}"
            table.setItem(r, 0, QTableWidgetItem(who))
            for c, module_id in enumerate(matrix.module_ids, start=1):
                cell = row.cells.get(module_id)
                item = QTableWidgetItem(self.cell_text(cell))
                if cell is not None:
                    item.setBackground(QBrush(QColor(self._cell_colour(cell))))
                    item.setToolTip(cell.last_date)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 230)
        for c in range(1, table.columnCount()):
            table.setColumnWidth(c, 180)
        table.resizeRowsToContents()
        for r in range(table.rowCount()):
            table.setRowHeight(r, max(ROW_PX, table.rowHeight(r) + 8))
        if not matrix.rows:
            set_message(self.matrix_message, self.tr("No trainees match these filters."))
        else:
            set_message(self.matrix_message, self.tr("Tap a cell to see the attempts, replay one or waive a step."))

    def cell_text(self, cell: ProgressCell | None) -> str:
        """What a matrix cell says (empty: not started)."""
        if cell is None:
            return ""
        scored = cell.best_scaled is not None and cell.status in ("passed", "failed")  # not of a stopped try
        score = f" {round(cell.best_scaled * 100)} %" if scored and cell.best_scaled is not None else ""
        mark = _MARKS.get(cell.status, "")
        day = QLocale(self._language.language).toString(QDate.fromString(cell.last_date, "yyyy-MM-dd"), "d MMM yy")
        return f"{mark}{score}\n{cell.attempts}× · {day}"

    def _cell_colour(self, cell: ProgressCell) -> str:
        t = self._theme
        return {"passed": "#1d4a2a", "completed": "#1d4a2a", "failed": "#4a1f1f"}.get(cell.status, t.surface)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        matrix = self.matrix
        if matrix is None or column < 1 or row >= len(matrix.rows):
            return
        code = matrix.rows[row].code
        module_id = matrix.module_ids[column - 1]
        if module_id not in matrix.rows[row].cells:
            return
        self.open_attempts(code, module_id)

    # ------------------------------------------------------------------------------ the attempts
    def open_attempts(self, code: str, module_id: str) -> None:
        """Show the attempts page of one trainee in one module."""
        if self._store is None:
            return
        self._selected = (code, module_id)
        self._attempts = []
        self._close_waiver()
        set_message(self.attempts_message, "")
        row = next((r for r in (self.matrix.rows if self.matrix else ()) if r.code == code), None)
        who = f"{row.name} ({code})" if row is not None and row.name else code
        self.attempts_title.setText(f"{who} — {self._module_title(module_id)}")
        self.pages.setCurrentIndex(1)
        store = self._store
        self._jobs.run(
            lambda: [a for a in reversed(store.attempts_for(code)) if a.module_id == module_id],
            self._show_attempts,
            lambda m: set_message(self.attempts_message, m, "error"),
            key="attempts",
        )

    def _show_attempts(self, attempts: list[Attempt]) -> None:
        self._attempts = attempts
        table = self.attempts_table
        table.clearContents()
        table.setColumnCount(5)
        table.setRowCount(len(attempts))
        outcomes = {
            "passed": self.tr("passed"),
            "failed": self.tr("not passed"),
            "completed": self.tr("completed"),
            "abandoned": self.tr("stopped"),
        }
        for r, a in enumerate(attempts):
            score = f"{round(a.scaled * 100)} %" if a.scaled is not None else "—"
            minutes = "—"
            if a.ended_at:
                span = datetime.fromisoformat(a.ended_at) - datetime.fromisoformat(a.started_at)
                minutes = str(max(0, round(span.total_seconds() / 60)))
            values = [
                a.started_at[:16].replace("T", " "),
                a.site.capitalize(),
                outcomes.get(a.outcome or "", self.tr("open")),
                score,
                minutes,
            ]
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if attempts:
            table.selectRow(0)
        self._on_attempt_selected()

    def selected_attempt(self) -> Attempt | None:
        rows = self.attempts_table.selectionModel().selectedRows() if self.attempts_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._attempts):
            return None
        return self._attempts[rows[0].row()]

    def _on_attempt_selected(self) -> None:
        attempt = self.selected_attempt()
        self.replay_button.setEnabled(attempt is not None and self.replay is not None)
        self.waive_button.setEnabled(attempt is not None and attempt.ended_at is not None)
        self._close_waiver()

    def _on_replay(self) -> None:
        attempt = self.selected_attempt()
        if attempt is None or self.replay is None or self.replay_model is None:
            return
        cell = next((c for c in self._cells if c.name == attempt.cell), self._cells[0] if self._cells else None)
        self.replay.set_sources(cell, self._modules.get(attempt.module_id))
        self.replay_model.load(attempt.registration)
        self.pages.setCurrentWidget(self.replay)

    # ------------------------------------------------------------------------------ waivers
    def _on_waive_opened(self) -> None:
        attempt = self.selected_attempt()
        if attempt is None or self._store is None:
            return
        module = self._modules.get(attempt.module_id)
        if module is None or module.version != attempt.module_version:
            have = "—" if module is None else str(module.version)
            text = self.tr("This attempt was made with version %1 of the module; this kiosk has version %2.")
            set_message(
                self.attempts_message, text.replace("%1", str(attempt.module_version)).replace("%2", have), "error"
            )
            return
        store, registration = self._store, attempt.registration
        self._jobs.run(
            lambda: waivable_steps(module, [e.statement for e in store.events_for(registration)]),
            lambda steps: self._open_waiver(module, steps),
            lambda m: set_message(self.attempts_message, m, "error"),
            key="waivable",
        )

    def _open_waiver(self, module: LabModule, steps: list[int]) -> None:
        self._waivable = steps
        if not steps:
            set_message(self.attempts_message, self.tr("Every scored step of this attempt was passed or waived."))
            return
        self.step_box.clear()
        lang = self._language.language
        for i in steps:
            step = module.steps[i]
            title = step.title or getattr(step, "text", None) or getattr(step, "question", None)
            words = shorten(title.get(lang), 60) if title is not None else module.step_id(i)
            self.step_box.addItem(self.tr("Step %1: %2").replace("%1", str(i + 1)).replace("%2", words), i)
        self.reason_field.clear()
        self.waiver_row.show()
        self.reason_field.setFocus()
        set_message(self.attempts_message, self.tr("Pick the step and say why it is waived."))

    def _close_waiver(self) -> None:
        self.waiver_row.hide()

    def _on_waive_confirmed(self) -> None:
        attempt = self.selected_attempt()
        reason = " ".join(self.reason_field.text().split())
        if attempt is None or self._store is None:
            return
        if not reason:
            set_message(self.attempts_message, self.tr("A waiver needs a reason."), "error")
            return
        module = self._modules[attempt.module_id]
        future = waive_step(
            self._store, module, attempt.registration, int(self.step_box.currentData()), reason, actor=self._actor
        )
        self.confirm_waive.setEnabled(False)
        self._jobs.run(lambda: future.result(timeout=10), self._on_waived, self._on_waive_failed, key="waive")

    def _on_waived(self, result: WaiverResult) -> None:
        self.confirm_waive.setEnabled(True)
        self._close_waiver()
        if result.outcome_changed:
            text = self.tr("Step waived. The attempt now counts as passed.")
        else:
            text = self.tr("Step waived. The result stays the same.")
        set_message(self.attempts_message, text, "ok")
        if self._selected is not None:
            code, module_id = self._selected
            store = self._store
            assert store is not None
            self._jobs.run(
                lambda: [a for a in reversed(store.attempts_for(code)) if a.module_id == module_id],
                self._show_attempts_keep_message,
                key="attempts",
            )

    def _show_attempts_keep_message(self, attempts: list[Attempt]) -> None:
        text, kind = self.attempts_message.text(), self.attempts_message.property("kind") or ""
        self._show_attempts(attempts)
        set_message(self.attempts_message, text, str(kind))

    def _on_waive_failed(self, message: str) -> None:
        self.confirm_waive.setEnabled(True)
        set_message(self.attempts_message, self.tr("Not waived: %1").replace("%1", message), "error")

    def _on_language_changed(self, _language: str) -> None:
        if self.matrix is not None:
            self._show_matrix_data(self.matrix)
