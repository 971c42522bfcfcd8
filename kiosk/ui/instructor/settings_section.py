"""SettingsSection: this kiosk's site settings, the instructor PIN, and where its files are.

- Screen: the language the kiosk starts in and returns to, the text size and high contrast. Saved into
  the kiosk's site.toml (kiosk.services.site_override: checked as the kiosk will read it, owner-only);
  they take effect when the kiosk starts again, as the window is built from them.
- Instructor PIN: a new PIN, twice; the same rules as the first PIN (kiosk.core.pin_rules).
- Learning Record Store: its address and credentials, on or off, and how forwarding goes (LrsPanel).
- Files: the data folder, site.toml, the records file and the logs, for whoever looks after the kiosk.
Every save goes through BackgroundJobs and is audited (the PIN itself never).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pin_rules import PIN_MAX_LEN, pin_problem_kind
from kiosk.core.site import SiteProfile
from kiosk.services.pin import PinStore
from kiosk.services.records.lrs import LrsForwarder
from kiosk.services.records.store import RecordStore
from kiosk.services.site_override import OverrideRejected, update_site_override
from kiosk.ui.instructor.lrs_panel import LrsPanel
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.ui.pin_screen import pin_problem_words
from kiosk.viewmodels.background import BackgroundJobs

__all__ = ["LANGUAGE_NAMES", "TEXT_SCALES", "KioskFiles", "SettingsSection"]

TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fy": "Frysk"}
"""Each language in its own words: someone who reads only that language finds it."""

Audit = Callable[[str, Mapping[str, Any]], None]


@dataclass(frozen=True)
class KioskFiles:
    """Where the kiosk keeps its things (from kiosk.services.paths.AppPaths)."""

    data_dir: Path
    site_override: Path
    records: Path
    logs: Path


class SettingsSection(InstructorSection):
    """See the module docstring. `profile` is the profile the kiosk runs on now (the current values)."""

    def __init__(
        self,
        profile: SiteProfile,
        files: KioskFiles,
        pins: PinStore,
        jobs: BackgroundJobs,
        audit: Audit,
        parent: QWidget | None = None,
        *,
        store: RecordStore | None = None,
        lrs: LrsForwarder | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._files = files
        self._pins = pins
        self._jobs = jobs
        self._audit = audit

        self.title = QLabel()
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        # --- screen
        self.screen_heading = QLabel()
        self.screen_heading.setObjectName("LabHeading")
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for lang in profile.languages:
            self.language_box.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(profile.default_language)))
        self.scale_label = QLabel()
        self.scale_buttons: list[QPushButton] = []
        self._scale_group = QButtonGroup(self)
        scales = QHBoxLayout()
        for i, scale in enumerate(TEXT_SCALES):
            button = QPushButton(f"{round(scale * 100)} %")
            button.setCheckable(True)
            button.setProperty("mid", True)
            button.setChecked(abs(scale - profile.display.text_scale) < 1e-6)
            self._scale_group.addButton(button, i)
            self.scale_buttons.append(button)
            scales.addWidget(button)
        scales.addStretch(1)
        self.contrast_box = QCheckBox()
        self.contrast_box.setMinimumHeight(48)  # the whole line is the touch target
        self.contrast_box.setChecked(profile.display.high_contrast)
        self.save_screen = QPushButton()
        self.save_screen.setObjectName("Primary")
        self.save_screen.setProperty("wide", True)
        self.save_screen.clicked.connect(self.save_screen_settings)
        self.screen_message = QLabel()
        self.screen_message.setObjectName("Message")
        self.screen_message.setWordWrap(True)
        # --- PIN
        self.pin_heading = QLabel()
        self.pin_heading.setObjectName("LabHeading")
        self.new_pin = QLineEdit()
        self.again_pin = QLineEdit()
        for field in (self.new_pin, self.again_pin):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(PIN_MAX_LEN)
        self.save_pin = QPushButton()
        self.save_pin.setProperty("wide", True)
        self.save_pin.clicked.connect(self.change_pin)
        self.pin_message = QLabel()
        self.pin_message.setObjectName("Message")
        self.pin_message.setWordWrap(True)
        # --- the LRS
        self.lrs_panel = LrsPanel(store, lrs, jobs)
        # --- files
        self.files_heading = QLabel()
        self.files_heading.setObjectName("LabHeading")
        self.files_text = QLabel()
        self.files_text.setObjectName("LabSmall")
        self.files_text.setWordWrap(True)

        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.addWidget(self.language_label, 0, 0)
        form.addWidget(self.language_box, 0, 1)
        form.addWidget(self.scale_label, 1, 0)
        form.addLayout(scales, 1, 1)
        form.addWidget(self.contrast_box, 2, 1)
        form.setColumnStretch(1, 1)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.new_pin)
        pin_row.addWidget(self.again_pin)
        pin_row.addWidget(self.save_pin)
        pin_row.addStretch(1)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(12)
        lay.addWidget(self.title)
        lay.addWidget(self.screen_heading)
        lay.addLayout(form)
        lay.addWidget(self.save_screen)
        lay.addWidget(self.screen_message)
        lay.addSpacing(12)
        lay.addWidget(self.pin_heading)
        lay.addLayout(pin_row)
        lay.addWidget(self.pin_message)
        lay.addSpacing(12)
        lay.addWidget(self.lrs_panel)
        lay.addSpacing(12)
        lay.addWidget(self.files_heading)
        lay.addWidget(self.files_text)
        lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # ------------------------------------------------------------------------------ InstructorSection
    def section_title(self) -> str:
        return self.tr("Settings")

    def activate(self) -> None:
        self.new_pin.clear()
        self.again_pin.clear()
        set_message(self.pin_message, "")
        self.lrs_panel.load()

    def leave(self) -> None:
        self.new_pin.clear()
        self.again_pin.clear()
        self.lrs_panel.password.clear()
        self.lrs_panel.stop()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings of this kiosk"))
        self.screen_heading.setText(self.tr("Screen"))
        self.language_label.setText(self.tr("Start language"))
        self.scale_label.setText(self.tr("Text size"))
        self.contrast_box.setText(self.tr("High contrast (white and yellow on black)"))
        self.save_screen.setText(self.tr("Save"))
        self.pin_heading.setText(self.tr("Instructor PIN"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.again_pin.setPlaceholderText(self.tr("The new PIN again"))
        self.save_pin.setText(self.tr("Change the PIN"))
        self.files_heading.setText(self.tr("Files of this kiosk"))
        f = self._files
        lines = [
            (self.tr("Data folder"), f.data_dir),
            (self.tr("Site settings"), f.site_override),
            (self.tr("Records"), f.records),
            (self.tr("Logs"), f.logs),
        ]
        self.files_text.setText("\n".join(f"{label}: {path}" for label, path in lines))

    # ------------------------------------------------------------------------------ screen settings
    def chosen(self) -> dict[str, Any]:
        """The screen settings as chosen on screen."""
        index = max(0, self._scale_group.checkedId())
        return {
            "default_language": self.language_box.currentData(),
            "text_scale": TEXT_SCALES[index],
            "high_contrast": self.contrast_box.isChecked(),
        }

    def save_screen_settings(self) -> None:
        chosen = self.chosen()
        path, site_id = self._files.site_override, self._profile.id
        tables = {
            "site": {"default_language": chosen["default_language"]},
            "display": {"text_scale": chosen["text_scale"], "high_contrast": chosen["high_contrast"]},
        }
        self.save_screen.setEnabled(False)
        set_message(self.screen_message, self.tr("Saving…"))

        def work() -> str:
            try:
                update_site_override(path, site_id, tables=tables)
            except OverrideRejected as exc:
                return "\n".join(exc.problems)
            return ""

        self._jobs.run(work, lambda problems: self._on_screen_saved(problems, chosen), self._on_screen_failed)

    def _on_screen_saved(self, problems: str, chosen: Mapping[str, Any]) -> None:
        self.save_screen.setEnabled(True)
        if problems:
            set_message(self.screen_message, self.tr("Not saved: %1").replace("%1", problems), "error")
            return
        self._audit("site-settings", dict(chosen))
        set_message(self.screen_message, self.tr("Saved. It takes effect when the kiosk starts again."), "ok")

    def _on_screen_failed(self, error: str) -> None:
        self.save_screen.setEnabled(True)
        set_message(self.screen_message, self.tr("Not saved: %1").replace("%1", error), "error")

    # ------------------------------------------------------------------------------ the PIN
    def change_pin(self) -> None:
        pin, again = self.new_pin.text().strip(), self.again_pin.text().strip()
        problem = pin_problem_kind(pin)
        if problem is not None:
            set_message(self.pin_message, pin_problem_words(problem), "error")
            return
        if pin != again:
            set_message(self.pin_message, self.tr("The two PINs are not the same."), "error")
            return
        self.save_pin.setEnabled(False)
        set_message(self.pin_message, self.tr("Saving…"))
        pins = self._pins
        self._jobs.run(lambda: pins.set_pin(pin), self._on_pin_saved, self._on_pin_failed)

    def _on_pin_saved(self, _result: object) -> None:
        self.save_pin.setEnabled(True)
        self.new_pin.clear()
        self.again_pin.clear()
        self._audit("pin-changed", {})
        set_message(self.pin_message, self.tr("The new PIN is saved. Use it from now on."), "ok")

    def _on_pin_failed(self, error: str) -> None:
        self.save_pin.setEnabled(True)
        set_message(self.pin_message, self.tr("The PIN could not be saved: %1").replace("%1", error), "error")
