"""SaveIndicator: whether the trainee's progress is in the records file ("✓ Saved", "Saving…",
"⚠ Could not save").

"Saved" is shown only once every event recorded so far is committed (RecordsModel.save_state). When a
write fails (disk full) the indicator turns amber and stays so until the retried write goes through; the
work on screen is not lost meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.records import SaveState
from kiosk.ui.labs.toggle_row import repolish
from kiosk.viewmodels.records import RecordsModel

REFRESH_MS = 500


class SaveIndicator(QLabel):
    """A small label; hidden when there is no records file (nothing is saved, and the screens say so)."""

    def __init__(self, records: RecordsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SaveState")
        self._records = records
        self._recording = True
        records.save_state_changed.connect(self.refresh)
        # Also look now and then while shown: the words must never lag behind the file for long.
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def set_recording(self, recording: bool) -> None:
        """Whether the attempt on screen is recorded at all (a visitor's try is only counted)."""
        self._recording = recording
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(self._records.available and self._recording)
        state = self._records.save_state
        self.setText(
            {
                SaveState.SAVED: self.tr("✓ Saved"),
                SaveState.SAVING: self.tr("Saving…"),
                SaveState.FAILED: self.tr("⚠ Could not save: trying again"),
            }[state]
        )
        if self.property("state") != state.value:
            self.setProperty("state", state.value)
            repolish(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
