"""The instructor's Trainees section: the list of trainees (code, name, group, attempts, last activity;
sortable, filtered by a search box), and for the one selected: change name and group, print a sign-in
card, erase. Below, a form adds a trainee.

Every change is audited with actor "instructor" in the same write as the change (roster.save_trainee;
erase_trainee audits itself; a printed card adds a "card-printed" row), with the code only: the audit
log cannot be erased, so a name never goes into it. Reads and writes run off the GUI thread
(BackgroundJobs); while one is out the action buttons wait.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.trainee_code import ERASED_PREFIX, code_problem, normalize_code
from kiosk.services.records import RecordStore
from kiosk.services.records.privacy import erase_trainee
from kiosk.services.records.roster import TraineeRow, TraineeSaved, clean_text, row_matches, save_trainee, trainee_rows
from kiosk.services.records.sign_in_card import write_sign_in_card
from kiosk.ui.instructor.folder_picker import FolderPicker, choose_folder, default_start_folder
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.ui.labs.confirm_bar import ConfirmBar
from kiosk.viewmodels.background import BackgroundJobs

__all__ = ["COLUMNS", "TraineesSection"]

WRITE_WAIT_S = 30.0
"""How long a change waits for the store's writer to commit (a locked or very slow disk)."""
NONE_SHOWN = "—"
COLUMNS = ("code", "name", "group", "attempts", "last")
"""The table's columns, in order (the headers are set in `retranslate`)."""


def _local_date(iso: str | None) -> str:
    """The local calendar date of an ISO timestamp ("—" for none)."""
    if not iso:
        return NONE_SHOWN
    try:
        return datetime.fromisoformat(iso).astimezone().date().isoformat()
    except ValueError:
        return iso[:10]


class _NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not by its text (10 after 9)."""

    def __init__(self, value: int) -> None:
        super().__init__(str(value))
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


class TraineesSection(InstructorSection):
    """The Trainees section. `site_title` goes on the sign-in cards; `pick_folder` asks where a card
    is written (tests pass one that answers a temporary folder). With no store (the records file
    could not be opened) the section says so and offers nothing."""

    def __init__(
        self,
        store: RecordStore | None,
        jobs: BackgroundJobs,
        site_title: str,
        pick_folder: FolderPicker = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._site_title = site_title
        self._pick_folder = pick_folder
        self._rows: list[TraineeRow] = []
        self._selected: TraineeRow | None = None
        self._erasing: TraineeRow | None = None
        self._card_folder: str | None = None
        self._select_next: str | None = None  # a trainee just added: selected once the list shows them
        self._busy = False

        self.title = QLabel(self)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.filter_field = QLineEdit(self)
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("LabMuted")

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)  # a row is a touch target (>= 48 px)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(40)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("LabHeading")
        self.selected_label.setWordWrap(True)  # a long hint must not push the buttons off the screen
        self.name_label = QLabel(self)
        self.name_label.setObjectName("LabMuted")
        self.name_field = QLineEdit(self)
        self.group_label = QLabel(self)
        self.group_label.setObjectName("LabMuted")
        self.group_field = QLineEdit(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("Primary")
        self.save_button.setProperty("mid", "true")
        self.save_button.clicked.connect(self.save_selected)
        self.card_button = QPushButton(self)
        self.card_button.clicked.connect(self.print_card)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("Danger")
        self.erase_button.clicked.connect(self.ask_erase)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._erase_confirmed)
        self.confirm.cancelled.connect(self._erase_cancelled)

        self.add_heading = QLabel(self)
        self.add_heading.setObjectName("LabHeading")
        self.code_field = QLineEdit(self)
        self.code_field.returnPressed.connect(self.add_trainee)
        self.new_name_field = QLineEdit(self)
        self.new_name_field.returnPressed.connect(self.add_trainee)
        self.new_group_field = QLineEdit(self)
        self.new_group_field.returnPressed.connect(self.add_trainee)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("Primary")
        self.add_button.setProperty("mid", "true")
        self.add_button.clicked.connect(self.add_trainee)

        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.filter_field, 1)
        edit = QHBoxLayout()
        edit.setSpacing(10)
        edit.addWidget(self.name_label)
        edit.addWidget(self.name_field, 3)
        edit.addWidget(self.group_label)
        edit.addWidget(self.group_field, 2)
        edit.addWidget(self.save_button)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(self.selected_label, 1)
        actions.addWidget(self.card_button)
        actions.addWidget(self.erase_button)
        add = QHBoxLayout()
        add.setSpacing(10)
        add.addWidget(self.code_field, 2)
        add.addWidget(self.new_name_field, 3)
        add.addWidget(self.new_group_field, 2)
        add.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(8)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        lay.addLayout(edit)
        lay.addWidget(self.confirm)
        lay.addSpacing(6)
        lay.addWidget(self.add_heading)
        lay.addLayout(add)
        lay.addWidget(self.message)

        self.retranslate()
        if store is None:
            for w in (self.filter_field, self.table, self.code_field, self.new_name_field, self.new_group_field):
                w.setEnabled(False)
            set_message(self.message, self._no_store_text(), "error")
        self._update_buttons()

    # ---------------------------------------------------------------- InstructorSection

    def section_title(self) -> str:
        return self.tr("Trainees")

    def activate(self) -> None:
        """Reload the list (trainees sign in and finish attempts while the hub is closed)."""
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trainees"))
        self.filter_field.setPlaceholderText(self.tr("Search code, name or group"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Group"), self.tr("Attempts"), self.tr("Last activity")]
        )
        self.name_label.setText(self.tr("Name"))
        self.group_label.setText(self.tr("Group"))
        self.name_field.setPlaceholderText(self.tr("no name"))
        self.group_field.setPlaceholderText(self.tr("no group"))
        self.save_button.setText(self.tr("Save"))
        self.card_button.setText(self.tr("Print sign-in card"))
        self.erase_button.setText(self.tr("Erase…"))
        self.add_heading.setText(self.tr("Add a trainee"))
        self.code_field.setPlaceholderText(self.tr("Code, e.g. T-1001"))
        self.new_name_field.setPlaceholderText(self.tr("Name (optional)"))
        self.new_group_field.setPlaceholderText(self.tr("Group (optional)"))
        self.add_button.setText(self.tr("Add"))
        self._show_selected()
        self._show_count()
        if self._erasing is not None and self.confirm.isVisible():
            self.confirm.set_words(*self._erase_words(self._erasing))
        if self._store is None:
            set_message(self.message, self._no_store_text(), "error")

    # ---------------------------------------------------------------- reading

    def reload(self) -> None:
        store = self._store
        if store is None:
            return
        self._jobs.run(lambda: trainee_rows(store), self._show_rows, self._read_failed, key="trainees.rows")

    def rows(self) -> list[TraineeRow]:
        """The trainees as last read (all of them, whatever the filter)."""
        return list(self._rows)

    def visible_codes(self) -> list[str]:
        """The codes the table shows now, top to bottom (sorted and filtered)."""
        return [self._code_at(r) for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def select(self, code: str) -> bool:
        """Select the row of `code` (as a tap would); False when it is not in the table."""
        for r in range(self.table.rowCount()):
            if self._code_at(r) == code:
                self.table.selectRow(r)
                return True
        return False

    def _show_rows(self, rows: list[TraineeRow]) -> None:
        keep = self._select_next or (self._selected.code if self._selected else None)
        self._select_next = None
        self._rows = rows
        self.table.setSortingEnabled(False)  # filling a sorted table re-sorts it after every cell
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            code = QTableWidgetItem(row.code)
            code.setData(Qt.ItemDataRole.UserRole, row.code)
            self.table.setItem(i, 0, code)
            self.table.setItem(i, 1, QTableWidgetItem(row.name or NONE_SHOWN))
            self.table.setItem(i, 2, QTableWidgetItem(row.group or NONE_SHOWN))
            self.table.setItem(i, 3, _NumberItem(row.attempts))
            self.table.setItem(i, 4, QTableWidgetItem(_local_date(row.last_activity)))
        self.table.setSortingEnabled(True)
        self._apply_filter()
        self._selected = None
        if keep is None or not self.select(keep):
            self._selection_changed()

    def _read_failed(self, reason: str) -> None:
        set_message(self.message, self.tr("Could not read the trainees: {reason}").format(reason=reason), "error")

    # ---------------------------------------------------------------- the selected trainee

    def _code_at(self, r: int) -> str:
        item = self.table.item(r, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _selection_changed(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        code = self._code_at(picked[0].row()) if picked else None
        self._selected = next((r for r in self._rows if r.code == code), None)
        if self.confirm.isVisible() and (self._selected is None or self._selected != self._erasing):
            self.confirm.hide()  # the question was about another trainee
            self._erasing = None
        self.name_field.setText((self._selected.name or "") if self._selected else "")
        self.group_field.setText(self._selected.group if self._selected else "")
        self._show_selected()
        self._update_buttons()

    def _show_selected(self) -> None:
        row = self._selected
        if row is None:
            self.selected_label.setText(self.tr("Select a trainee in the list to change or erase them."))
        elif row.name:
            self.selected_label.setText(f"{row.code} · {row.name}")
        else:
            self.selected_label.setText(row.code)

    def save_selected(self) -> None:
        """Save the name and group fields for the selected trainee (only what changed)."""
        row, store = self._selected, self._store
        if row is None or store is None or self._busy:
            return
        name = clean_text(self.name_field.text())
        if not name and row.name:
            set_message(
                self.message,
                self.tr("Type a name for {code}. To remove the name, erase the trainee.").format(code=row.code),
                "error",
            )
            return
        new_name = name if name and name != row.name else None
        group = clean_text(self.group_field.text())
        new_group = group if group != row.group else None
        if new_name is None and new_group is None:
            set_message(self.message, self.tr("Nothing changed for {code}.").format(code=row.code))
            return
        code = row.code
        self._start()
        self._jobs.run(
            lambda: save_trainee(store, code, new_name, group=new_group, actor="instructor").result(WRITE_WAIT_S),
            lambda saved: self._saved(code, saved),
            self._write_failed,
        )

    def _saved(self, code: str, saved: TraineeSaved) -> None:
        self._finish()
        if not saved.existed:
            set_message(self.message, self.tr("{code} was no longer in the list.").format(code=code), "error")
        else:
            set_message(self.message, self.tr("Saved the changes for {code}.").format(code=code), "ok")
        self.reload()

    # ---------------------------------------------------------------- sign-in card

    def print_card(self) -> None:
        """Ask for a folder, then write the selected trainee's sign-in card there as a PDF."""
        row, store = self._selected, self._store
        if row is None or store is None or self._busy:
            return
        start = self._card_folder or default_start_folder()
        chosen = self._pick_folder(self, self.tr("Choose the folder for the sign-in card"), start)
        if not chosen:
            return
        self._card_folder = chosen
        folder, site_title = Path(chosen), self._site_title

        def work() -> str:
            path = write_sign_in_card(folder, row.code, row.name, site_title, row.group or None)
            store.append_audit("instructor", "card-printed", {"trainee": row.code}).result(WRITE_WAIT_S)
            return str(path)

        self._start()
        self._jobs.run(work, lambda path: self._card_written(row.code, path), self._card_failed)

    def _card_written(self, code: str, path: str) -> None:
        self._finish()
        set_message(self.message, self.tr("The sign-in card of {code} is in {path}").format(code=code, path=path), "ok")

    def _card_failed(self, reason: str) -> None:
        self._finish()
        set_message(self.message, self.tr("Could not write the sign-in card: {reason}").format(reason=reason), "error")

    # ---------------------------------------------------------------- erase

    def ask_erase(self) -> None:
        """Ask, in place, whether to erase the selected trainee."""
        row = self._selected
        if row is None or self._store is None or self._busy:
            return
        self._erasing = row
        self.confirm.ask(*self._erase_words(row))

    def _erase_words(self, row: TraineeRow) -> tuple[str, str, str]:
        if row.name:
            question = self.tr(
                "Erase {name} ({code})? Their name goes, their results stay under a random pseudonym. "
                "This cannot be undone."
            ).format(name=row.name, code=row.code)
        else:
            question = self.tr(
                "Erase {code}? Their results stay under a random pseudonym. This cannot be undone."
            ).format(code=row.code)
        return question, self.tr("Yes, erase"), self.tr("No, keep")

    def _erase_cancelled(self) -> None:
        self._erasing = None
        set_message(self.message, "")

    def _erase_confirmed(self) -> None:
        row, store = self._erasing, self._store
        self._erasing = None
        if row is None or store is None or self._busy:
            return
        code = row.code
        self._start()
        self._jobs.run(
            lambda: erase_trainee(store, code, actor="instructor").result(WRITE_WAIT_S),
            lambda pseudonym: self._erased(code, pseudonym),
            self._write_failed,
        )

    def _erased(self, code: str, pseudonym: str) -> None:
        self._finish()
        set_message(
            self.message,
            self.tr("{code} is erased. Their results are kept under {pseudonym}.").format(
                code=code, pseudonym=pseudonym
            ),
            "ok",
        )
        self.reload()

    # ---------------------------------------------------------------- add

    def add_trainee(self) -> None:
        """Add the trainee typed in the form (a known code is not changed: select it instead)."""
        store = self._store
        if store is None or self._busy:
            return
        typed = self.code_field.text()
        code = normalize_code(typed)
        problem = code_problem(code)
        if problem is not None:
            shown = code or typed.strip()
            # The rule in the screen's language (code_problem's reason is English, for the command line).
            if not shown:
                text = self.tr("Type the trainee's code first (for example T-1001).")
            elif code.startswith(ERASED_PREFIX):
                text = self.tr("{code}: codes starting with {prefix} stand for erased trainees.").format(
                    code=shown, prefix=ERASED_PREFIX
                )
            else:
                text = self.tr(
                    "{code} is not a trainee code. A trainee code has 3 to 20 letters, digits or dashes (-), "
                    "and does not start or end with a dash."
                ).format(code=shown)
            set_message(self.message, text, "error")
            self.code_field.setFocus()
            return
        name = clean_text(self.new_name_field.text()) or None
        group = clean_text(self.new_group_field.text()) or None
        self._start()
        self._jobs.run(
            lambda: save_trainee(store, code, name, group=group, actor="instructor", only_new=True).result(
                WRITE_WAIT_S
            ),
            lambda saved: self._added(code, saved),
            self._write_failed,
        )

    def _added(self, code: str, saved: TraineeSaved) -> None:
        self._finish()
        if saved.existed:
            set_message(
                self.message,
                self.tr("{code} is already in the list; select it there to change it.").format(code=code),
                "error",
            )
            self.filter_field.setText(code)
            self.select(code)
            return
        for field in (self.code_field, self.new_name_field, self.new_group_field):
            field.clear()
        set_message(self.message, self.tr("Added {code}.").format(code=code), "ok")
        self._select_next = code
        self.reload()

    # ---------------------------------------------------------------- helpers

    def _write_failed(self, reason: str) -> None:
        self._finish()
        set_message(self.message, self.tr("Nothing was saved: {reason}").format(reason=reason), "error")
        self.reload()

    def _start(self) -> None:
        self._busy = True
        set_message(self.message, self.tr("Saving…"))
        self._update_buttons()

    def _finish(self) -> None:
        self._busy = False
        self._update_buttons()

    def _apply_filter(self) -> None:
        text = self.filter_field.text()
        by_code = {r.code: r for r in self._rows}
        for r in range(self.table.rowCount()):
            row = by_code.get(self._code_at(r))
            self.table.setRowHidden(r, row is None or not row_matches(row, text))
        self._show_count()

    def leave(self) -> None:
        self.confirm.hide()
        self.table.clearSelection()
        for field in (self.filter_field, self.code_field, self.new_name_field, self.new_group_field):
            field.clear()
        set_message(self.message, "")

    def _show_count(self) -> None:
        shown, total = len(self.visible_codes()), len(self._rows)
        if shown == total == 1:
            self.count_label.setText(self.tr("1 trainee"))
        elif shown == total:
            self.count_label.setText(self.tr("{total} trainees").format(total=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} trainees").format(shown=shown, total=total))

    def _update_buttons(self) -> None:
        can = self._store is not None and not self._busy
        chosen = can and self._selected is not None
        for button in (self.save_button, self.card_button, self.erase_button):
            button.setEnabled(chosen)
        for field in (self.name_field, self.group_field):
            field.setEnabled(self._selected is not None and self._store is not None)
        self.add_button.setEnabled(can)

    def _no_store_text(self) -> str:
        return self.tr("Records are off on this kiosk (the records file could not be opened): no trainees to show.")
