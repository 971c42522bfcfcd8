"""Writing the instructor's site.toml: merged, checked like the kiosk reads it, atomic and owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.services.site_override import OverrideRejected, read_site_override, update_site_override
from kiosk.services.site_profiles import load_site_profile


def test_changes_merge_and_the_kiosk_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "config" / "site.toml"
    update_site_override(path, "emmen", tables={"display": {"text_scale": 1.25}})
    update_site_override(path, "emmen", cells={"demo": {"endpoint": "opc.tcp://192.168.10.20:4840"}})
    update_site_override(path, "emmen", tables={"site": {"default_language": "en"}})
    data = read_site_override(path)
    assert data["display"] == {"text_scale": 1.25} and data["site"] == {"id": "emmen", "default_language": "en"}
    assert data["cells"] == [{"name": "demo", "endpoint": "opc.tcp://192.168.10.20:4840"}]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("# site.toml: ")
    load = load_site_profile("emmen", override_file=path)
    assert load.problems == ()
    assert load.profile.display.text_scale == 1.25 and load.profile.default_language == "en"
    assert load.profile.cells[0].endpoint == "opc.tcp://192.168.10.20:4840"
    update_site_override(path, "emmen", tables={"display": {"text_scale": None}})
    assert "display" not in read_site_override(path)  # None: back to the shipped value


def test_a_refused_change_names_the_problem_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    update_site_override(path, "drachten", tables={"display": {"text_scale": 1.5}})
    before = path.read_bytes()
    with pytest.raises(OverrideRejected) as caught:
        update_site_override(path, "drachten", tables={"display": {"text_scale": 7}})
    assert any(str(path) in p and "text_scale" in p for p in caught.value.problems)
    with pytest.raises(OverrideRejected, match="endpoint"):
        update_site_override(path, "drachten", cells={"demo": {"endpoint": "http://not-opc"}})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.toml"]  # no temporary file left


def test_a_file_that_is_not_toml_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text("[display\ntext_scale = ", encoding="utf-8")
    with pytest.raises(OverrideRejected, match="not readable as TOML"):
        update_site_override(path, "drachten", tables={"display": {"text_scale": 1.5}})
    assert path.read_text(encoding="utf-8") == "[display\ntext_scale = "
