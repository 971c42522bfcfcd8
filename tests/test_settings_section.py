"""The instructor's settings screen: screen settings into site.toml (checked, for the next start), the
instructor PIN changed under the PIN rules, the kiosk's files shown, and every save audited."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.paths import AppPaths
from kiosk.services.pin import PinStore, pin_file
from kiosk.services.site_override import read_site_override
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.instructor.settings_section import KioskFiles, SettingsSection
from kiosk.viewmodels.background import BackgroundJobs


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2)
    yield pool
    pool.shutdown(wait=True)


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
        self.paths = AppPaths.under(tmp_path)
        self.paths.ensure()
        self.pins = PinStore(pin_file(self.paths))
        self.pins.set_pin("2580")
        self.audit: list[tuple[str, Mapping[str, Any]]] = []
        self.profile = load_site_profile("emmen").profile
        files = KioskFiles(
            self.paths.data_dir, self.paths.site_override_file, self.paths.records_file, self.paths.log_dir
        )
        jobs = BackgroundJobs(executor)
        self.section = SettingsSection(
            self.profile, files, self.pins, jobs, lambda a, d: self.audit.append((a, dict(d)))
        )
        qtbot.addWidget(self.section)
        jobs.setParent(self.section)


def test_screen_settings_go_into_site_toml_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    rig = Rig(qtbot, tmp_path, executor)
    s = rig.section
    assert s.chosen() == {"default_language": "nl", "text_scale": 1.0, "high_contrast": False}
    s.language_box.setCurrentIndex(s.language_box.findData("de"))
    s.scale_buttons[1].click()
    s.contrast_box.setChecked(True)
    s.save_screen.click()
    qtbot.waitUntil(lambda: "takes effect when the kiosk starts again" in s.screen_message.text(), timeout=5000)
    data = read_site_override(rig.paths.site_override_file)
    assert data["site"]["default_language"] == "de" and data["display"] == {"text_scale": 1.25, "high_contrast": True}
    restarted = load_site_profile("emmen", override_file=rig.paths.site_override_file)
    assert restarted.problems == () and restarted.profile.display.high_contrast
    assert rig.audit == [("site-settings", {"default_language": "de", "text_scale": 1.25, "high_contrast": True})]


def test_a_site_toml_that_is_broken_is_not_overwritten(
    qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor
) -> None:
    rig = Rig(qtbot, tmp_path, executor)
    rig.paths.site_override_file.write_text("[display\n", encoding="utf-8")
    rig.section.save_screen.click()
    qtbot.waitUntil(lambda: "Not saved" in rig.section.screen_message.text(), timeout=5000)
    assert "not readable as TOML" in rig.section.screen_message.text()
    assert rig.paths.site_override_file.read_text(encoding="utf-8") == "[display\n"
    assert rig.audit == []


def test_the_pin_is_changed_under_the_rules(qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    rig = Rig(qtbot, tmp_path, executor)
    s = rig.section
    for new, again, words in (
        ("1234", "1234", "straight up or down"),
        ("12", "12", "at least 4 digits"),
        ("7391", "7392", "not the same"),
    ):
        s.new_pin.setText(new)
        s.again_pin.setText(again)
        s.save_pin.click()
        assert words in s.pin_message.text()
    assert rig.pins.verify("2580").ok
    s.new_pin.setText("7391")
    s.again_pin.setText("7391")
    s.save_pin.click()
    qtbot.waitUntil(lambda: "The new PIN is saved" in s.pin_message.text(), timeout=10_000)
    assert rig.pins.verify("7391").ok and s.new_pin.text() == ""
    assert rig.audit == [("pin-changed", {})]  # never the PIN


def test_the_files_are_shown(qtbot: QtBot, tmp_path: Path, executor: ThreadPoolExecutor) -> None:
    rig = Rig(qtbot, tmp_path, executor)
    text = rig.section.files_text.text()
    assert str(rig.paths.records_file) in text and str(rig.paths.site_override_file) in text
