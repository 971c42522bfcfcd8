"""PrivacySection: the instructor's screen for the retention period and purging old records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.records import RecordStore
from kiosk.services.records.privacy import (
    DEFAULT_RETENTION_MONTHS,
    MAX_RETENTION_MONTHS,
    MIN_RETENTION_MONTHS,
    PurgePlan,
    last_purge,
    purge,
    purge_preview,
    retention_months,
    set_retention_months,
)
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.ui.labs.confirm_bar import ConfirmBar
from kiosk.viewmodels.background import BackgroundJobs

__all__ = ["PrivacySection"]

WRITE_TIMEOUT_S = 120.0
"""How long a background job waits for the store to commit a purge or a setting."""

STEP_BUTTON_PX = 72  # - and + are fingers' targets, not spin-box arrows


def _local_date(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().date().isoformat()


def _local_minute(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


class PrivacySection(InstructorSection):
    """The retention period (- / + and Save), what a purge would remove now, "Purge now" behind an inline
    confirmation, and when the last purge ran. Every read and write of `store` goes through `jobs`;
    with no store the section only says that the records are not available. Changes are audited as
    `actor`."""

    def __init__(
        self, store: RecordStore | None, jobs: BackgroundJobs, actor: str = "instructor", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._actor = actor
        self._saved_months: int | None = None  # None until the first load answers
        self._months = DEFAULT_RETENTION_MONTHS
        self._plan: PurgePlan | None = None
        self._last_purge: str | None = None
        self._busy = False
        # The message as a function of the language, so a language switch translates it again.
        self._message: tuple[Callable[[], str], str] | None = None  # (text, kind)

        self.title = QLabel(self)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.unavailable = QLabel(self)
        self.unavailable.setObjectName("LabText")
        self.unavailable.setWordWrap(True)

        self.retention_label = QLabel(self)
        self.retention_label.setObjectName("LabText")
        self.minus_button = QPushButton("−", self)
        self.plus_button = QPushButton("+", self)
        for button in (self.minus_button, self.plus_button):
            button.setMinimumSize(STEP_BUTTON_PX, STEP_BUTTON_PX)
        self.months_label = QLabel(self)
        self.months_label.setObjectName("LabHeading")
        self.months_label.setMinimumWidth(160)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("Primary")
        self.retention_hint = QLabel(self)
        self.retention_hint.setObjectName("LabMuted")
        self.retention_hint.setWordWrap(True)

        self.preview_heading = QLabel(self)
        self.preview_heading.setObjectName("LabText")
        self.preview = QLabel(self)
        self.preview.setObjectName("LabMuted")
        self.preview.setWordWrap(True)
        self.last_purge_label = QLabel(self)
        self.last_purge_label.setObjectName("LabMuted")
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("Danger")
        self.purge_button.setProperty("wide", "true")
        self.confirm = ConfirmBar(self)
        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)

        steps = QHBoxLayout()
        steps.setSpacing(12)
        steps.addWidget(self.minus_button)
        steps.addWidget(self.months_label)
        steps.addWidget(self.plus_button)
        steps.addSpacing(16)
        steps.addWidget(self.save_button)
        steps.addStretch(1)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        lay.addWidget(self.title)
        lay.addWidget(self.unavailable)
        self._records_widgets: list[QWidget] = [self.retention_label, self.retention_hint, self.preview_heading]
        lay.addWidget(self.retention_label)
        lay.addLayout(steps)
        lay.addWidget(self.retention_hint)
        lay.addSpacing(12)
        lay.addWidget(self.preview_heading)
        lay.addWidget(self.preview)
        lay.addWidget(self.last_purge_label)
        lay.addLayout(purge_row)
        lay.addWidget(self.confirm)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self._records_widgets += [
            self.minus_button,
            self.months_label,
            self.plus_button,
            self.save_button,
            self.preview,
            self.last_purge_label,
            self.purge_button,
        ]

        self.minus_button.clicked.connect(lambda: self._step(-1))
        self.plus_button.clicked.connect(lambda: self._step(+1))
        self.save_button.clicked.connect(self._save)
        self.purge_button.clicked.connect(self._ask_purge)
        self.confirm.confirmed.connect(self._purge)
        self.confirm.cancelled.connect(self._cancelled)
        for widget in self._records_widgets:
            widget.setVisible(store is not None)
        self.unavailable.setVisible(store is None)
        self.retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------------------ InstructorSection

    def section_title(self) -> str:
        return self.tr("Privacy")

    def activate(self) -> None:
        """Reload the retention period, the preview and the last purge's date."""
        self._load()

    def leave(self) -> None:
        self.confirm.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Privacy"))
        self.unavailable.setText(self.tr("The records are not available on this kiosk, so there is nothing to purge."))
        self.retention_label.setText(self.tr("Keep the records of attempts for"))
        self.save_button.setText(self.tr("Save"))
        self.retention_hint.setText(
            self.tr(
                "A purge removes attempts that ended longer ago than this, and trainees who have no attempts "
                "left. The audit log is always kept."
            )
        )
        self.preview_heading.setText(self.tr("What a purge would remove now"))
        self.purge_button.setText(self.tr("Purge now"))
        self.confirm.set_words(*self._confirm_words())
        self._show_months()
        self._show_plan()
        self._show_last_purge()
        self._show_message()

    # ------------------------------------------------------------------------------------ showing

    def _months_text(self, months: int) -> str:
        return self.tr("1 month") if months == 1 else self.tr("%1 months").replace("%1", str(months))

    def _show_months(self) -> None:
        self.months_label.setText(self._months_text(self._months))

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is None:
            self.preview.setText(self.tr("Counting…"))
            return
        if plan.empty:
            self.preview.setText(
                self.tr("Nothing: no attempt ended before %1.").replace("%1", _local_date(plan.cutoff))
            )
            return
        lines = [
            self.tr("Attempts that ended before %1: %2")
            .replace("%1", _local_date(plan.cutoff))
            .replace("%2", str(plan.attempts)),
            self.tr("Their statements: %1").replace("%1", str(plan.events)),
            self.tr("Their process samples: %1").replace("%1", str(plan.samples)),
            self.tr("Their safety acknowledgements: %1").replace("%1", str(plan.safety_acks)),
            self.tr("Their waived steps: %1").replace("%1", str(plan.waivers)),
            self.tr("Their statements waiting for the LRS: %1").replace("%1", str(plan.lrs_outbox)),
            self.tr("Trainees left without attempts (with their names): %1").replace("%1", str(plan.trainees)),
        ]
        self.preview.setText("\n".join(lines))

    def _show_last_purge(self) -> None:
        if self._last_purge is None:
            self.last_purge_label.setText(self.tr("No purge has run yet."))
        else:
            self.last_purge_label.setText(self.tr("Last purge: %1").replace("%1", _local_minute(self._last_purge)))

    def _confirm_words(self) -> tuple[str, str, str]:
        return (
            self.tr("Remove these records for good? This cannot be undone."),
            self.tr("Purge"),
            self.tr("Cancel"),
        )

    def _say(self, text: Callable[[], str] | None, kind: str = "") -> None:
        """Show `text()` (None: no message); it is called again after a language switch."""
        self._message = None if text is None else (text, kind)
        self._show_message()

    def _show_message(self) -> None:
        if self._message is None:
            set_message(self.message, "")
            return
        text, kind = self._message
        set_message(self.message, text(), kind)

    def _update_buttons(self) -> None:
        ready = self._store is not None and self._saved_months is not None and not self._busy
        self.minus_button.setEnabled(ready and self._months > MIN_RETENTION_MONTHS)
        self.plus_button.setEnabled(ready and self._months < MAX_RETENTION_MONTHS)
        self.save_button.setEnabled(ready and self._months != self._saved_months)
        self.purge_button.setEnabled(ready and self._plan is not None and not self._plan.empty)

    # ------------------------------------------------------------------------------------ actions

    def _load(self) -> None:
        store = self._store
        if store is None:
            return

        def work() -> tuple[int, PurgePlan, str | None]:
            return retention_months(store), purge_preview(store), last_purge(store)

        self._jobs.run(work, self._loaded, self._failed, key="privacy-load")

    def _loaded(self, answer: tuple[int, PurgePlan, str | None]) -> None:
        months, plan, last = answer
        unsaved = self._saved_months is not None and self._months != self._saved_months
        self._saved_months = months
        if not unsaved:  # an instructor's edit that is not saved yet stays on screen
            self._months = months
        self._plan, self._last_purge = plan, last
        self._show_months()
        self._show_plan()
        self._show_last_purge()
        self._update_buttons()

    def _failed(self, error: str) -> None:
        self._busy = False
        # The error itself is the store's words, in English: only the frame around it is translated.
        self._say(lambda: self.tr("Could not read or change the records: %1").replace("%1", error), "error")
        self._update_buttons()

    def _step(self, delta: int) -> None:
        self._months = max(MIN_RETENTION_MONTHS, min(MAX_RETENTION_MONTHS, self._months + delta))
        self._show_months()
        self._update_buttons()

    def _save(self) -> None:
        store, months, actor = self._store, self._months, self._actor
        if store is None:
            return

        def work() -> int:
            set_retention_months(store, months, actor=actor).result(timeout=WRITE_TIMEOUT_S)
            return months

        self._busy = True
        self._update_buttons()
        self._jobs.run(work, self._saved, self._failed, key="privacy-write")

    def _saved(self, months: int) -> None:
        self._busy = False
        self._saved_months = months
        self._say(lambda: self.tr("Saved: the records are kept %1.").replace("%1", self._months_text(months)), "ok")
        self._plan = None  # the preview depends on the period: count again
        self._show_plan()
        self._update_buttons()
        self._load()

    def _ask_purge(self) -> None:
        self._say(None)
        self.confirm.ask(*self._confirm_words())

    def _cancelled(self) -> None:
        self._say(lambda: self.tr("Nothing was removed."))

    def _purge(self) -> None:
        store, actor = self._store, self._actor
        if store is None:
            return

        def work() -> PurgePlan:
            return purge(store, actor=actor).result(timeout=WRITE_TIMEOUT_S)

        self._busy = True
        self._update_buttons()
        self._jobs.run(work, self._purged, self._failed, key="privacy-write")

    def _purged(self, done: PurgePlan) -> None:
        self._busy = False
        self._say(
            lambda: (
                self.tr("Purged. Attempts removed: %1. Trainees removed: %2.")
                .replace("%1", str(done.attempts))
                .replace("%2", str(done.trainees))
            ),
            "ok",
        )
        self._plan = None
        self._show_plan()
        self._update_buttons()
        self._load()
