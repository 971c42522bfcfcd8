"""LrsPanel: the Learning Record Store part of the instructor's settings.

The address (the xAPI base), user name and password of an LRS, "Save and switch on", "Switch off",
and how forwarding goes: how many statements wait, when the last went out, the last problem. Saving
goes through kiosk.services.records.lrs (checked, audited without the password); the status comes
from the running LrsForwarder's snapshot, refreshed off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.services.records.lrs import (
    LrsForwarder,
    LrsSettings,
    LrsStatus,
    configure_lrs,
    disable_lrs,
    load_lrs_settings,
)
from kiosk.services.records.store import RecordStore
from kiosk.ui.instructor.section import set_message
from kiosk.viewmodels.background import BackgroundJobs

__all__ = ["LrsPanel"]

STATUS_EVERY_MS = 3000
WRITE_TIMEOUT_S = 10.0


class LrsPanel(QWidget):
    """See the module docstring. Without a store (no records) or forwarder it says LRS is not available."""

    def __init__(
        self,
        store: RecordStore | None,
        forwarder: LrsForwarder | None,
        jobs: BackgroundJobs,
        actor: str = "instructor",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._forwarder = forwarder
        self._jobs = jobs
        self._actor = actor
        self._status: LrsStatus | None = None
        self._has_password = False
        self.heading = QLabel(self)
        self.heading.setObjectName("LabHeading")
        self.text = QLabel(self)
        self.text.setObjectName("LabMuted")
        self.text.setWordWrap(True)
        self.endpoint_label, self.user_label, self.password_label = QLabel(self), QLabel(self), QLabel(self)
        self.endpoint = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.off_button = QPushButton(self)
        self.off_button.clicked.connect(self.switch_off)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("LabText")
        self.status_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        for row, (label, field) in enumerate(
            ((self.endpoint_label, self.endpoint), (self.user_label, self.user), (self.password_label, self.password))
        ):
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.off_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.heading)
        lay.addWidget(self.text)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.status_label)
        lay.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_EVERY_MS)
        self._timer.timeout.connect(self._show_status)
        available = store is not None and forwarder is not None
        for widget in (self.endpoint, self.user, self.password, self.save_button, self.off_button):
            widget.setEnabled(available)
        self.retranslate()

    # ------------------------------------------------------------------------------ life
    def load(self) -> None:
        """Fill the fields from the records file and start following the status (the section is shown)."""
        set_message(self.message, "")
        self.password.clear()
        store = self._store
        if store is None or self._forwarder is None:
            return
        self._jobs.run(lambda: load_lrs_settings(store), self._on_loaded, self._on_failed, key="lrs-load")
        self._show_status()
        self._timer.start()

    def stop(self) -> None:
        """The section is hidden: stop following the status."""
        self._timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _on_loaded(self, settings: object) -> None:
        if isinstance(settings, LrsSettings):
            self.endpoint.setText(settings.endpoint)
            self.user.setText(settings.username)
            self._has_password = bool(settings.password)
        else:
            self._has_password = False
        self.retranslate()

    # ------------------------------------------------------------------------------ actions
    def save(self) -> None:
        store, endpoint, user, password = self._store, self.endpoint.text(), self.user.text(), self.password.text()
        if store is None:
            return
        actor = self._actor

        def work() -> None:
            secret = password
            if not secret:  # left empty: keep the password that is saved
                current = load_lrs_settings(store)
                secret = current.password if current is not None else ""
            configure_lrs(store, endpoint, user, secret, actor=actor).result(timeout=WRITE_TIMEOUT_S)

        set_message(self.message, self.tr("Saving…"))
        self._jobs.run(work, self._on_saved, self._on_failed, key="lrs-save")

    def switch_off(self) -> None:
        store, actor = self._store, self._actor
        if store is None:
            return
        self._jobs.run(
            lambda: disable_lrs(store, actor=actor).result(timeout=WRITE_TIMEOUT_S),
            lambda _r: self._after_change(self.tr("Forwarding is off. Statements already waiting stay queued.")),
            self._on_failed,
            key="lrs-save",
        )

    def _on_saved(self, _result: object) -> None:
        self.password.clear()
        self._has_password = True
        self.retranslate()
        self._after_change(self.tr("Saved. New statements go to the LRS from now on."))

    def _after_change(self, text: str) -> None:
        set_message(self.message, text, "ok")
        if self._forwarder is not None:
            self._forwarder.nudge()
        self._refresh_soon()

    def _on_failed(self, error: str) -> None:
        set_message(self.message, self.tr("Not saved: %1").replace("%1", error), "error")

    # ------------------------------------------------------------------------------ status
    def _refresh_soon(self) -> None:
        forwarder = self._forwarder
        if forwarder is not None:
            self._jobs.run(forwarder.refresh_status, self._on_status, key="lrs-status")

    def _show_status(self) -> None:
        if self._forwarder is not None:
            self._on_status(self._forwarder.status())

    def _on_status(self, status: LrsStatus) -> None:
        self._status = status
        self.status_label.setText(self.status_text(status))

    def status_text(self, status: LrsStatus | None) -> str:
        """How forwarding goes, in words."""
        if self._forwarder is None or self._store is None:
            return self.tr("Not available: the records file could not be opened.")
        if status is None or not status.configured:
            return self.tr("No LRS is set up. Statements stay on this kiosk only.")
        lines = [
            self.tr("Forwarding is on.") if status.forwarding else self.tr("Forwarding is off."),
            self.tr("Waiting to be sent: %1").replace("%1", str(status.queued)),
        ]
        if status.refused:
            lines.append(self.tr("Refused by the LRS (kept): %1").replace("%1", str(status.refused)))
        if status.last_success_at:
            lines.append(self.tr("Last sent: %1").replace("%1", _local_time(status.last_success_at)))
        if status.last_error:
            lines.append(self.tr("Last problem: %1").replace("%1", status.last_error))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Learning Record Store (LRS)"))
        self.text.setText(
            self.tr(
                "With an LRS, every statement this kiosk records is also sent there (xAPI 1.0.3), in batches, "
                "and kept here until the LRS has it."
            )
        )
        self.endpoint_label.setText(self.tr("Address"))
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.endpoint.setPlaceholderText(self.tr("https://lrs.example.org/xapi"))
        self.password.setPlaceholderText(
            self.tr("unchanged (leave empty to keep it)") if self._has_password else self.tr("required")
        )
        self.save_button.setText(self.tr("Save and switch on"))
        self.off_button.setText(self.tr("Switch off"))
        self.status_label.setText(self.status_text(self._status))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
