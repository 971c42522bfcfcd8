"""Site profiles: the shipped files, the override merge, problem messages with file:line: key, the
--cell option, and the TOML line finder."""

from __future__ import annotations

import random
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from kiosk.core.site import EMBEDDED, SITE_IDS, SiteProfile
from kiosk.core.tags import TagKind
from kiosk.core.text import LANGUAGES
from kiosk.services import site_profiles as sp
from kiosk.services.paths import AppPaths
from kiosk.services.site_profiles import (
    MAX_FILE_BYTES,
    ProfileLoad,
    apply_cell_options,
    contrast_ratio,
    find_key_line,
    load_map_methods,
    load_site_profile,
    load_tag_map,
    parse_cell_option,
    shipped_site_ids,
    shipped_sites_dir,
)

# The demo cell's tag map as the simulator serves it: alias -> (node id, kind, writable, trend, unit).
DEMOCELL: dict[str, tuple[str, str, bool, bool, str | None]] = {
    "mode": ("ns=2;s=Sorting.Mode", "text", True, False, None),
    "state": ("ns=2;s=Sorting.State", "text", False, False, None),
    "running": ("ns=2;s=Sorting.Running", "bool", False, False, None),
    "speed_setpoint": ("ns=2;s=Sorting.SpeedSetpoint", "number", True, False, "mm/s"),
    "speed_actual": ("ns=2;s=Sorting.SpeedActual", "number", False, True, "mm/s"),
    "motor_current": ("ns=2;s=Sorting.MotorCurrent", "number", False, True, "A"),
    "part_present": ("ns=2;s=Sorting.PartPresent", "bool", False, False, None),
    "part_colour": ("ns=2;s=Sorting.PartColour", "text", False, False, None),
    "part_height": ("ns=2;s=Sorting.PartHeight", "number", False, False, "mm"),
    "sensor_colour": ("ns=2;s=Sorting.SensorColour", "bool", False, False, None),
    "sensor_end": ("ns=2;s=Sorting.SensorEnd", "bool", False, False, None),
    "diverter": ("ns=2;s=Sorting.Diverter", "bool", True, False, None),
    "good_count": ("ns=2;s=Sorting.GoodCount", "number", False, False, ""),
    "reject_count": ("ns=2;s=Sorting.RejectCount", "number", False, False, ""),
    "cycle_time": ("ns=2;s=Sorting.CycleTime", "number", False, False, "s"),
    "estop": ("ns=2;s=Sorting.EmergencyStop", "bool", False, False, None),
    "guard_closed": ("ns=2;s=Sorting.GuardDoorClosed", "bool", False, False, None),
    "fault": ("ns=2;s=Sorting.FaultCode", "text", False, False, None),
    "tank_level": ("ns=2;s=Process.Level", "number", False, True, "%"),
    "inlet_valve": ("ns=2;s=Process.InletValve", "number", True, False, "%"),
    "outlet_valve": ("ns=2;s=Process.OutletValve", "number", True, False, "%"),
    "heater_enabled": ("ns=2;s=Process.HeaterEnabled", "bool", True, False, None),
    "heater_power": ("ns=2;s=Process.HeaterPower", "number", False, True, "%"),
    "temperature": ("ns=2;s=Process.Temperature", "number", False, True, "°C"),
    "temperature_setpoint": ("ns=2;s=Process.TemperatureSetpoint", "number", True, False, "°C"),
    "pressure": ("ns=2;s=Process.Pressure", "number", False, True, "bar"),
    "pid_kp": ("ns=2;s=Process.PID.Kp", "number", True, False, None),
    "pid_ki": ("ns=2;s=Process.PID.Ki", "number", True, False, None),
    "pid_kd": ("ns=2;s=Process.PID.Kd", "number", True, False, None),
    "step_up": ("ns=2;s=Simulation.StepUp", "number", False, False, None),
    "active_faults": ("ns=2;s=Simulation.ActiveFaults", "text", False, False, None),
}
RANGES = {
    "speed_setpoint": (0, 250),
    "speed_actual": (0, 250),
    "motor_current": (0, 3),
    "part_height": (0, 40),
    "cycle_time": (0, 10),
    "tank_level": (0, 100),
    "inlet_valve": (0, 100),
    "outlet_valve": (0, 100),
    "heater_power": (0, 100),
    "temperature": (10, 90),
    "temperature_setpoint": (20, 80),
    "pressure": (0, 6),
}
DECIMALS = {"motor_current": 2, "good_count": 0, "reject_count": 0, "cycle_time": 2, "pressure": 2, "step_up": 0}
STATES: dict[str, dict[str, str | None]] = {
    "mode": {"MANUAL": "Handmatig", "AUTO": "Automatisch"},
    "state": {"Idle": "Gereed", "Running": "In bedrijf", "Stopped": "Gestopt", "Fault": "Storing"},
    "part_colour": {"red": None, "silver": None, "black": None},
    "fault": {"JAM": None, "GUARD_OPEN": None, "PRESSURE_LOW": None, "OVER_TEMPERATURE": None, "ESTOP": None},
}
DUTCH_LABELS = {
    "speed_actual": "Bandsnelheid",
    "motor_current": "Motorstroom",
    "tank_level": "Tankniveau",
    "temperature": "Temperatuur",
    "pressure": "Druk",
    "good_count": "Goedgekeurd",
    "reject_count": "Afgekeurd",
    "cycle_time": "Cyclustijd",
    "estop": "Noodstop ingedrukt",
    "guard_closed": "Beschermkap dicht",
}

# The demo cell's methods as the simulator serves them: alias -> (object node id, method node id, argument kinds).
DEMOCELL_METHODS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "start": ("ns=2;s=Sorting", "ns=2;s=Sorting.Start", ()),
    "stop": ("ns=2;s=Sorting", "ns=2;s=Sorting.Stop", ()),
    "reset": ("ns=2;s=Sorting", "ns=2;s=Sorting.Reset", ()),
    "inject_fault": ("ns=2;s=Simulation", "ns=2;s=Simulation.InjectFault", ("text",)),
    "clear_faults": ("ns=2;s=Simulation", "ns=2;s=Simulation.ClearFaults", ()),
    "feed_part": ("ns=2;s=Simulation", "ns=2;s=Simulation.FeedPart", ()),
    "set_emergency_stop": ("ns=2;s=Simulation", "ns=2;s=Simulation.SetEmergencyStop", ("bool",)),
    "set_guard_door": ("ns=2;s=Simulation", "ns=2;s=Simulation.SetGuardDoor", ("bool",)),
}
METHOD_LABELS = {  # alias -> (nl, en, de)
    "start": ("Start", "Start", "Start"),
    "reset": ("Reset (storing wissen)", "Reset (clear fault)", "Reset (Störung quittieren)"),
    "set_emergency_stop": ("Noodstop (gesimuleerd)", "Emergency stop (simulated)", "Not-Halt (simuliert)"),
}

# file:line: key: message
PROBLEM_RE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<key>\S+): (?P<message>.+)$")


def _override(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config" / "site.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _problem(load: ProfileLoad, path: Path) -> re.Match[str]:
    """The first problem that names `path` with a line and a key."""
    for problem in load.problems:
        match = PROBLEM_RE.match(problem)
        if match and match["file"] == str(path):
            return match
    raise AssertionError(f"no file:line: key problem for {path} in {load.problems}")


def _assert_fell_back(load: ProfileLoad, site: str = "drachten") -> None:
    shipped = load_site_profile(site)
    assert shipped.problems == ()
    assert load.profile == shipped.profile
    assert not any("internal error" in p for p in load.problems)


# ------------------------------------------------------------------------------------------------
# The shipped profiles
# ------------------------------------------------------------------------------------------------


def test_shipped_site_ids_match_core() -> None:
    assert shipped_site_ids() == tuple(sorted(SITE_IDS))
    assert sp._ALL_LANGUAGES == LANGUAGES


@pytest.mark.parametrize("site", SITE_IDS)
def test_every_shipped_profile_loads_without_problems(site: str) -> None:
    load = load_site_profile(site)
    assert load.problems == ()
    profile = load.profile
    assert isinstance(profile, SiteProfile)
    assert profile.id == site
    assert profile.default_language == "nl"
    assert profile.languages == LANGUAGES
    for lang in LANGUAGES:
        assert not profile.name.is_fallback(lang)
        assert not profile.welcome.is_fallback(lang)
        assert 20 < len(profile.welcome.get(lang)) < 400
    assert profile.city
    assert shipped_sites_dir() / f"{site}.toml" in load.sources
    assert shipped_sites_dir() / "democell.tags.toml" in load.sources
    demo = next(c for c in profile.cells if c.name == "demo")
    assert demo.is_embedded
    assert demo.endpoint == EMBEDDED


@pytest.mark.parametrize("site", SITE_IDS)
def test_every_profile_has_the_full_demo_cell_tag_map(site: str) -> None:
    cell = load_site_profile(site).profile.cells[0]
    assert [t.alias for t in cell.tags] == list(DEMOCELL)
    for alias, (node, kind, writable, trend, unit) in DEMOCELL.items():
        tag = cell.tag(alias)
        assert tag is not None
        assert tag.node_id == node, alias
        assert tag.kind is TagKind(kind), alias
        assert tag.writable is writable, alias
        assert tag.trend is trend, alias
        if unit is not None:
            assert tag.unit == unit, alias
        if alias in RANGES:
            assert (tag.lo, tag.hi) == RANGES[alias], alias
        if alias in DECIMALS:
            assert tag.decimals == DECIMALS[alias], alias
        assert tag.label.get("nl") and tag.label.get("en"), alias
        assert not tag.label.is_fallback("nl") and not tag.label.is_fallback("en"), alias
        assert tag.label.get("nl") != tag.label.get("en") or alias == "step_up", alias
    for alias, states in STATES.items():
        tag = cell.tag(alias)
        assert tag is not None
        for value, dutch in states.items():
            assert value in tag.states, (alias, value)
            assert not tag.states[value].is_fallback("en")
            if dutch is not None:
                assert tag.states[value].get("nl") == dutch
    for alias, dutch in DUTCH_LABELS.items():
        tag = cell.tag(alias)
        assert tag is not None and tag.label.get("nl") == dutch


@pytest.mark.parametrize("site", SITE_IDS)
def test_every_profile_has_the_demo_cell_methods(site: str) -> None:
    cell = load_site_profile(site).profile.cells[0]
    assert [m.alias for m in cell.methods] == list(DEMOCELL_METHODS)
    for alias, (object_id, method_id, args) in DEMOCELL_METHODS.items():
        method = cell.method(alias)
        assert method is not None, alias
        assert (method.object_id, method.method_id) == (object_id, method_id), alias
        assert method.args == tuple(TagKind(kind) for kind in args), alias
        for lang in ("nl", "en", "de"):
            assert method.label.get(lang) and not method.label.is_fallback(lang), (alias, lang)
        assert method.label.is_fallback("fy")  # no Frisian yet: it shows the English, marked
    for alias, (nl, en, de) in METHOD_LABELS.items():
        method = cell.method(alias)
        assert method is not None
        assert (method.label.get("nl"), method.label.get("en"), method.label.get("de")) == (nl, en, de)
    assert cell.method("nope") is None


def test_the_three_profiles_share_one_tag_map_but_not_one_theme() -> None:
    profiles = [load_site_profile(site).profile for site in SITE_IDS]
    assert profiles[0].cells[0].tags == profiles[1].cells[0].tags == profiles[2].cells[0].tags
    assert len({p.theme.primary for p in profiles}) == 3
    assert len({p.theme.accent for p in profiles}) == 3
    assert len({p.welcome.get("nl") for p in profiles}) == 3


def _wcag_contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast, written out again here so the test does not trust the module's own."""

    def lum(colour: str) -> float:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_wcag_contrast_reference_values() -> None:
    assert _wcag_contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast_ratio("#1d5f96", "#eef3f7") == pytest.approx(_wcag_contrast("#eef3f7", "#1d5f96"))


@pytest.mark.parametrize("site", SITE_IDS)
def test_shipped_themes_are_readable(site: str) -> None:
    theme = load_site_profile(site).profile.theme
    for name in ("primary", "accent", "background", "surface", "text", "muted", "good", "warning", "bad"):
        assert re.fullmatch(r"#[0-9a-f]{6}", getattr(theme, name)), name
    for ground in (theme.background, theme.surface):
        assert _wcag_contrast(theme.text, ground) >= 4.5
        assert _wcag_contrast(theme.muted, ground) >= 4.5
        for status in (theme.good, theme.warning, theme.bad, theme.accent):
            assert _wcag_contrast(status, ground) >= 3.0  # WCAG 1.4.11 for non-text marks
    assert _wcag_contrast(theme.text, theme.primary) >= 4.5  # labels on primary buttons
    assert _wcag_contrast(theme.background, "#000000") < 2.0  # a dark theme


def test_shipped_tag_map_loads_alone() -> None:
    tags, problems = load_tag_map("democell")
    assert problems == ()
    assert [t.alias for t in tags] == list(DEMOCELL)
    none, problems = load_tag_map("nosuch")
    assert none == ()
    assert problems and "unknown tag map 'nosuch'" in problems[0]


def test_shipped_tag_map_methods_load_alone() -> None:
    methods, problems = load_map_methods("democell")
    assert problems == ()
    assert methods == load_site_profile("drachten").profile.cells[0].methods
    none, problems = load_map_methods("nosuch")
    assert none == ()
    assert problems and "unknown tag map 'nosuch'" in problems[0]


# ------------------------------------------------------------------------------------------------
# Overrides that work
# ------------------------------------------------------------------------------------------------


def test_missing_override_is_no_problem(tmp_path: Path) -> None:
    load = load_site_profile("emmen", tmp_path / "nowhere" / "site.toml")
    assert load.problems == ()
    assert load.profile == load_site_profile("emmen").profile


def test_override_changes_endpoint_and_colour(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        """
# point the demo cell at the real cell in the lab
[[cells]]
name = "demo"
endpoint = "opc.tcp://192.168.10.20:4840/freeopcua/server/"

[theme]
primary = "#2266AA"
""",
    )
    load = load_site_profile("zernike", path)
    assert load.problems == ()
    shipped = load_site_profile("zernike").profile
    profile = load.profile
    assert profile.cells[0].endpoint == "opc.tcp://192.168.10.20:4840/freeopcua/server/"
    assert not profile.cells[0].is_embedded
    assert profile.cells[0].tags == shipped.cells[0].tags  # the tag map stays
    assert profile.cells[0].methods == shipped.cells[0].methods  # and its methods
    assert profile.cells[0].label == shipped.cells[0].label
    assert profile.theme.primary == "#2266aa"
    assert profile.theme.accent == shipped.theme.accent  # tables merge key by key
    assert profile.name == shipped.name
    assert load.sources[-1] == path


def test_override_adds_a_cell_with_an_inline_tag_map(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        """
[site]
default_language = "en"
welcome.en = "Welcome to the lab."

[[cells]]
name = "press"
label = { nl = "Pers", en = "Press" }
endpoint = "opc.tcp://press.local:4840"

[cells.tags.force]
node = "ns=3;s=Press.Force"
unit = "kN"
lo = 0
hi = 50
trend = true
label = { nl = "Perskracht", en = "Press force", de = "Presskraft" }

[cells.tags.state]
node = "nsu=urn:press;s=State"
kind = "text"
label.nl = "Toestand"
label.en = "State"
states.Idle = { nl = "Gereed", en = "Idle" }
""",
    )
    load = load_site_profile("drachten", path)
    assert load.problems == ()
    profile = load.profile
    assert [c.name for c in profile.cells] == ["demo", "press"]
    assert profile.default_language == "en"
    assert profile.welcome.get("en") == "Welcome to the lab."
    assert profile.welcome.get("nl").startswith("Drachten")  # the rest of [site.welcome] stays
    press = profile.cells[1]
    assert press.endpoint == "opc.tcp://press.local:4840"
    force = press.tag("force")
    assert force is not None and force.trend and force.unit == "kN" and force.hi == 50.0
    assert force.label.get("de") == "Presskraft"
    assert force.label.is_fallback("fy")
    state = press.tag("state")
    assert state is not None and state.kind is TagKind.TEXT and state.states["Idle"].get("nl") == "Gereed"


def test_override_replaces_a_cells_tag_map_as_a_whole(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        """
[[cells]]
name = "demo"
endpoint = "opc.tcp://10.1.1.1:4840"
tags.level = { node = "ns=4;i=1001", unit = "%", label = { nl = "Niveau", en = "Level" } }
""",
    )
    load = load_site_profile("emmen", path)
    assert load.problems == ()
    assert [t.alias for t in load.profile.cells[0].tags] == ["level"]


def test_override_adds_a_cell_with_inline_tags_and_methods(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        """
[[cells]]
name = "press"
label = { nl = "Pers", en = "Press" }
endpoint = "opc.tcp://press.local:4840"
tags.force = { node = "ns=3;s=Press.Force", unit = "kN", label = { nl = "Perskracht", en = "Press force" } }

[cells.methods.start]
object = "ns=3;s=Press"
method = "ns=3;s=Press.Start"
label = { nl = "Start", en = "Start", de = "Start" }

[cells.methods.set_force]
object = "nsu=urn:press;s=Press"
method = "ns=3;i=7001"
args = ["number", "bool", "text"]
label.nl = "Perskracht instellen"
label.en = "Set press force"
""",
    )
    load = load_site_profile("drachten", path)
    assert load.problems == ()
    press = load.profile.cells[1]
    assert [m.alias for m in press.methods] == ["start", "set_force"]
    set_force = press.method("set_force")
    assert set_force is not None
    assert (set_force.object_id, set_force.method_id) == ("nsu=urn:press;s=Press", "ns=3;i=7001")
    assert set_force.args == (TagKind.NUMBER, TagKind.BOOL, TagKind.TEXT)
    assert set_force.label.get("nl") == "Perskracht instellen" and set_force.label.is_fallback("de")
    start = press.method("start")
    assert start is not None and start.args == () and start.label.get("de") == "Start"
    assert load.profile.cells[0].methods == load_site_profile("drachten").profile.cells[0].methods


def test_a_cell_with_inline_tags_and_no_methods_has_none(tmp_path: Path) -> None:
    """A real cell's tags replace the demo map: the demo cell's methods must not follow them there."""
    path = _override(
        tmp_path,
        """
[[cells]]
name = "demo"
endpoint = "opc.tcp://10.1.1.1:4840"
tags.level = { node = "ns=4;i=1001", unit = "%", label = { nl = "Niveau", en = "Level" } }
""",
    )
    load = load_site_profile("emmen", path)
    assert load.problems == ()
    assert load.profile.cells[0].methods == ()


def test_override_replaces_a_cells_methods_as_a_whole(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        """
[[cells]]
name = "demo"
endpoint = "opc.tcp://10.1.1.1:4840"

[cells.methods.start]
object = "ns=2;s=Line"
method = "ns=2;s=Line.Go"
label = { nl = "Start", en = "Start" }
""",
    )
    load = load_site_profile("zernike", path)
    assert load.problems == ()
    cell = load.profile.cells[0]
    assert [m.alias for m in cell.methods] == ["start"]  # no stray demo methods (stop, inject_fault, ...)
    start = cell.method("start")
    assert start is not None and start.method_id == "ns=2;s=Line.Go"
    assert cell.tags == load_site_profile("zernike").profile.cells[0].tags  # the tag map itself stays


def test_override_with_no_methods_takes_them_away(tmp_path: Path) -> None:
    path = _override(tmp_path, '[[cells]]\nname = "demo"\nmethods = {}\n')
    load = load_site_profile("drachten", path)
    assert load.problems == ()
    assert load.profile.cells[0].methods == ()
    assert len(load.profile.cells[0].tags) == len(DEMOCELL)


def test_override_methods_replace_shipped_inline_methods_as_a_whole(tmp_path: Path) -> None:
    """Shipped inline methods and an override's: the override's table wins entirely, not key by key."""
    folder = _copy_sites(tmp_path)
    target = folder / "emmen.toml"
    target.write_text(
        target.read_text(encoding="utf-8")
        + '\n[cells.methods.start]\nobject = "ns=2;s=Sorting"\nmethod = "ns=2;s=Sorting.Start"\n'
        'label = { nl = "Start", en = "Start" }\n'
        '\n[cells.methods.stop]\nobject = "ns=2;s=Sorting"\nmethod = "ns=2;s=Sorting.Stop"\n'
        'label = { nl = "Stop", en = "Stop" }\n',
        encoding="utf-8",
    )
    shipped = load_site_profile("emmen", sites_dir=folder)
    assert shipped.problems == ()
    assert [m.alias for m in shipped.profile.cells[0].methods] == ["start", "stop"]
    path = _override(
        tmp_path,
        '[[cells]]\nname = "demo"\n[cells.methods.start]\nobject = "ns=2;s=Sorting"\n'
        'method = "ns=2;s=Sorting.Start2"\nlabel = { nl = "Start", en = "Start" }\n',
    )
    load = load_site_profile("emmen", path, sites_dir=folder)
    assert load.problems == ()
    methods = load.profile.cells[0].methods
    assert [m.alias for m in methods] == ["start"] and methods[0].method_id == "ns=2;s=Sorting.Start2"
    # an override that leaves `methods` out keeps the shipped ones
    path = _override(tmp_path, '[[cells]]\nname = "demo"\nendpoint = "opc.tcp://h:4840"\n')
    assert (
        load_site_profile("emmen", path, sites_dir=folder).profile.cells[0].methods == shipped.profile.cells[0].methods
    )


def test_override_with_a_bom_and_crlf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_bytes('\ufeff[theme]\r\nprimary = "#204060"\r\n'.encode())
    load = load_site_profile("drachten", path)
    assert load.problems == ()
    assert load.profile.theme.primary == "#204060"


# ------------------------------------------------------------------------------------------------
# Broken overrides: file:line: key: message, and the shipped profile
# ------------------------------------------------------------------------------------------------

BROKEN = [
    # (name, override text, line, key, words in the message)
    ("bad colour", '[theme]\naccent = "#00ff00"\nprimary = "#12345"\n', 3, "theme.primary", "not a colour '#12345'"),
    ("toml syntax", '[site]\ncity = "Drachten"\n\n[theme]\nprimary = #123456\n', 5, "theme.primary", "TOML syntax"),
    ("unknown key", '[theme]\nprimay = "#123456"\n', 2, "theme.primay", "did you mean 'primary'"),
    ("unknown table", '[sight]\nid = "drachten"\n', 1, "sight", "unknown key"),
    ("wrong type", "[site]\ncity = 12\n", 2, "site.city", "expected text"),
    (
        "wrong type bool",
        '[[cells]]\nname = "demo"\n[cells.tags.x]\nnode = "ns=2;s=X"\nwritable = "yes"\n'
        'label = { nl = "x", en = "x" }\n',
        5,
        "cells[0].tags.x.writable",
        "true or false",
    ),
    (
        "bad endpoint",
        '[[cells]]\nname = "demo"\nendpoint = "http://10.0.0.5:4840"\n',
        3,
        "cells[0].endpoint",
        "not an OPC UA endpoint",
    ),
    (
        "endpoint without port",
        '\n[[cells]]\nname = "demo"\n\nendpoint = "opc.tcp://plc.local"\n',
        5,
        "cells[0].endpoint",
        "no port",
    ),
    (
        "unknown tag map",
        '[[cells]]\nname = "demo"\ntags = "sortingcell"\n',
        3,
        "cells[0].tags",
        "unknown tag map 'sortingcell'",
    ),
    ("tag map path", '[[cells]]\nname = "demo"\ntags = "../../etc/passwd"\n', 3, "cells[0].tags", "not a tag map name"),
    (
        "bad kind",
        '[[cells]]\nname = "demo"\n\n[cells.tags.speed]\nnode = "ns=2;s=S"\nkind = "float"\n'
        'label = { nl = "Snelheid", en = "Speed" }\n',
        6,
        "cells[0].tags.speed.kind",
        "'number', 'bool' or 'text'",
    ),
    (
        "bad node id",
        '[[cells]]\nname = "demo"\n[cells.tags.speed]\nnode = "Sorting.Speed"\nlabel = { nl = "a", en = "b" }\n',
        4,
        "cells[0].tags.speed.node",
        "not an OPC UA node id",
    ),
    ("unknown language", '[site.name]\nnl = "Lab"\nen = "Lab"\nfr = "Labo"\n', 4, "site.name.fr", "unknown key"),
    ("default language", '[site]\nlanguages = ["en", "de"]\n', 1, "site.default_language", "not one of"),
    ("poor contrast", '[theme]\ntext = "#444444"\n', 2, "theme.text", "contrast"),
    ("other site", '[site]\nid = "emmen"\n', 2, "site.id", "for site 'emmen'"),
    (
        "second cell incomplete",
        '[[cells]]\nname = "demo"\n\n[[cells]]\nname = "line2"\nendpoint = "opc.tcp://h:4840"\ntags = "democell"\n',
        4,
        "cells[1].label",
        "required key is missing",
    ),
    ("cell named twice", '[[cells]]\nname = "demo"\n[[cells]]\nname = "demo"\n', 4, "cells[1].name", "twice"),
    (
        "range",
        '[[cells]]\nname = "demo"\ntags.t = { node = "ns=2;s=T", lo = 90, hi = 10, label = { nl = "T", en = "T" } }\n',
        3,
        "cells[0].tags.t.hi",
        "must be above lo",
    ),
    (
        "float for int",
        '[[cells]]\nname = "demo"\n[cells.tags.t]\nnode = "ns=2;s=T"\ndecimals = 1.5\nlabel = { nl = "T", en = "T" }\n',
        5,
        "cells[0].tags.t.decimals",
        "whole number",
    ),
    ("unclosed table", '[site]\ncity = "x"\n[theme\n', 3, "theme", "TOML syntax"),
    (
        "method unknown key",
        '[[cells]]\nname = "demo"\n\n[cells.methods.start]\nobject = "ns=2;s=Sorting"\n'
        'method = "ns=2;s=Sorting.Start"\narguments = []\nlabel = { nl = "Start", en = "Start" }\n',
        7,
        "cells[0].methods.start.arguments",
        "unknown key (did you mean 'args'?)",
    ),
    (
        "method bad node id",
        '[[cells]]\nname = "demo"\n[cells.methods.start]\nobject = "ns=2;s=Sorting"\n'
        'method = "Sorting.Start"\nlabel = { nl = "Start", en = "Start" }\n',
        5,
        "cells[0].methods.start.method",
        "not an OPC UA node id 'Sorting.Start'",
    ),
    (
        "method bad object id",
        '[[cells]]\nname = "demo"\n[cells.methods.start]\nobject = "ns=two;s=Sorting"\n'
        'method = "ns=2;s=Sorting.Start"\nlabel = { nl = "Start", en = "Start" }\n',
        4,
        "cells[0].methods.start.object",
        "not an OPC UA node id",
    ),
    (
        "method bad arg kind",
        '[[cells]]\nname = "demo"\n[cells.methods.inject_fault]\nobject = "ns=2;s=Simulation"\n'
        'method = "ns=2;s=Simulation.InjectFault"\nargs = ["string"]\nlabel = { nl = "F", en = "F" }\n',
        6,
        "cells[0].methods.inject_fault.args[0]",
        "expected 'number', 'bool' or 'text', got \"string\"",
    ),
    (
        "method args not a list",
        '[[cells]]\nname = "demo"\n[cells.methods.inject_fault]\nobject = "ns=2;s=Simulation"\n'
        'method = "ns=2;s=Simulation.InjectFault"\nargs = "text"\nlabel = { nl = "F", en = "F" }\n',
        6,
        "cells[0].methods.inject_fault.args",
        "expected a list",
    ),
    (
        "method bad alias",
        '[[cells]]\nname = "demo"\n[cells.methods.Start]\nobject = "ns=2;s=Sorting"\n'
        'method = "ns=2;s=Sorting.Start"\nlabel = { nl = "Start", en = "Start" }\n',
        3,
        "cells[0].methods.Start",
        "not a usable method alias 'Start'",
    ),
    (
        "method without label",
        '[[cells]]\nname = "demo"\n[cells.methods.start]\nobject = "ns=2;s=Sorting"\nmethod = "ns=2;s=Sorting.Start"\n',
        3,
        "cells[0].methods.start.label",
        "required key is missing",
    ),
    (
        "methods as a map name",
        '[[cells]]\nname = "demo"\nmethods = "democell"\n',
        3,
        "cells[0].methods",
        "expected a table",
    ),
    ("not utf-8", None, 2, None, "not UTF-8"),
]


@pytest.mark.parametrize(("name", "text", "line", "key", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_override_names_file_line_key_and_falls_back(
    tmp_path: Path, name: str, text: str | None, line: int, key: str | None, words: str
) -> None:
    if text is None:
        path = tmp_path / "site.toml"
        path.write_bytes(b'[site]\ncity = "Dr\xe4chten"\n')  # Latin-1, not UTF-8
    else:
        path = _override(tmp_path, text)
    load = load_site_profile("drachten", path)
    _assert_fell_back(load)
    assert any(str(path) in p and "not used" in p for p in load.problems)
    assert path not in load.sources
    if key is None:
        assert any(p.startswith(f"{path}:{line}: ") and words in p for p in load.problems), load.problems
        return
    problem = _problem(load, path)
    assert (int(problem["line"]), problem["key"]) == (line, key), load.problems
    assert words in problem["message"], load.problems


def test_the_example_message_from_the_brief(tmp_path: Path) -> None:
    lines = ["# site settings for this kiosk", "", "[site]", 'city = "Drachten"', ""] + [""] * 6
    path = _override(tmp_path, "\n".join([*lines, "[theme]", 'primary = "#12345"', ""]))
    load = load_site_profile("drachten", path)
    assert load.problems[0] == f"{path}:13: theme.primary: not a colour '#12345' (expected #rrggbb)"


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    path = _override(
        tmp_path,
        '[theme]\nprimary = "blue"\nbad = "#ff00"\n\n[[cells]]\nname = "demo"\nendpoint = "opc.tcp://:4840"\n',
    )
    load = load_site_profile("drachten", path)
    located = [p for p in load.problems if PROBLEM_RE.match(p)]
    assert [p.split(": ")[0:2] for p in located] == [
        [f"{path}:2", "theme.primary"],
        [f"{path}:3", "theme.bad"],
        [f"{path}:7", "cells[0].endpoint"],
    ]


def test_override_too_large_is_not_read(tmp_path: Path) -> None:
    path = _override(tmp_path, "# padding\n" * (MAX_FILE_BYTES // 10 + 10))
    load = load_site_profile("drachten", path)
    _assert_fell_back(load)
    assert any(str(path) in p and "256 KiB" in p for p in load.problems)


def test_override_that_is_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.mkdir()
    load = load_site_profile("emmen", path)
    _assert_fell_back(load, "emmen")
    assert any(str(path) in p and "cannot read" in p for p in load.problems)


def test_mangled_overrides_never_raise(tmp_path: Path) -> None:
    """Random damage to a valid override: always a profile, never an internal error."""
    good = """[site]
city = "Drachten"
welcome = { nl = "Welkom", en = "Welcome" }

[theme]
primary = "#204060"

[[cells]]
name = "demo"
endpoint = "opc.tcp://10.0.0.5:4840/x"

[[cells]]
name = "line2"
label = { nl = "Lijn 2", en = "Line 2" }
endpoint = "embedded"
tags = "democell"
"""
    rng = random.Random(7)
    path = tmp_path / "site.toml"
    for _ in range(300):
        chars = list(good)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(chars))
            action = rng.choice(["drop", "dup", "swap", "insert"])
            if action == "drop":
                del chars[pos]
            elif action == "dup":
                chars.insert(pos, chars[pos])
            elif action == "swap" and pos + 1 < len(chars):
                chars[pos], chars[pos + 1] = chars[pos + 1], chars[pos]
            else:
                chars.insert(pos, rng.choice("[]{}=\"#.,\n'x5"))
        path.write_text("".join(chars), encoding="utf-8")
        load = load_site_profile("drachten", path)
        assert isinstance(load.profile, SiteProfile)
        assert not any("internal error" in p for p in load.problems), load.problems
        for problem in load.problems:
            assert problem.startswith(str(path)), problem


# ------------------------------------------------------------------------------------------------
# Unknown site, broken shipped files
# ------------------------------------------------------------------------------------------------


def test_unknown_site_starts_as_drachten() -> None:
    load = load_site_profile("leeuwarden")
    assert load.profile == load_site_profile("drachten").profile
    assert len(load.problems) == 1
    assert "unknown site 'leeuwarden'" in load.problems[0] and "drachten" in load.problems[0]


@pytest.mark.parametrize("site_id", ["", "../drachten", "DRACHTEN", "democell.tags"])
def test_odd_site_ids_are_unknown(site_id: str) -> None:
    load = load_site_profile(site_id)
    assert load.profile.id == "drachten"
    assert "unknown site" in load.problems[0]


def _copy_sites(tmp_path: Path) -> Path:
    folder = tmp_path / "sites"
    shutil.copytree(shipped_sites_dir(), folder)
    return folder


def test_broken_shipped_profile_gives_a_minimal_profile(tmp_path: Path) -> None:
    folder = _copy_sites(tmp_path)
    target = folder / "emmen.toml"
    target.write_text(target.read_text(encoding="utf-8").replace('endpoint = "embedded"', 'endpoint = "x"'))
    load = load_site_profile("emmen", sites_dir=folder)
    assert load.profile.id == "emmen"
    assert load.profile.cells[0].is_embedded
    assert len(load.profile.cells[0].tags) == len(DEMOCELL)
    problem = _problem(load, target)
    assert problem["key"] == "cells[0].endpoint"
    assert target.read_text(encoding="utf-8").split("\n")[int(problem["line"]) - 1].startswith("endpoint")


def test_broken_shipped_profile_minimal_demo_cell_keeps_its_methods(tmp_path: Path) -> None:
    folder = _copy_sites(tmp_path)
    target = folder / "emmen.toml"
    target.write_text(target.read_text(encoding="utf-8").replace('endpoint = "embedded"', 'endpoint = "x"'))
    load = load_site_profile("emmen", sites_dir=folder)
    assert [m.alias for m in load.profile.cells[0].methods] == list(DEMOCELL_METHODS)


@pytest.mark.parametrize(
    ("old", "new", "key", "line_reads", "words"),
    [
        (
            'method = "ns=2;s=Sorting.Reset"',
            'method = "ns=2;s=Sorting.Reset"\narg = []',
            "methods.reset.arg",
            "arg = []",
            "unknown key (did you mean 'args'?)",
        ),
        (
            'args = ["bool"]  # true presses',
            'args = ["boolean"]  # true presses',
            "methods.set_emergency_stop.args[0]",
            'args = ["boolean"]',
            "expected 'number', 'bool' or 'text', got \"boolean\"",
        ),
        (
            'object = "ns=2;s=Sorting"\nmethod = "ns=2;s=Sorting.Stop"',
            'object = "Sorting"\nmethod = "ns=2;s=Sorting.Stop"',
            "methods.stop.object",
            'object = "Sorting"',
            "not an OPC UA node id 'Sorting'",
        ),
        ("[methods.feed_part]", "[method.feed_part]", "method", "[method.feed_part]", "did you mean 'methods'"),
    ],
)
def test_broken_method_in_the_shipped_tag_map_is_reported_with_its_line(
    tmp_path: Path, old: str, new: str, key: str, line_reads: str, words: str
) -> None:
    folder = _copy_sites(tmp_path)
    target = folder / "democell.tags.toml"
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1
    text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    load = load_site_profile("drachten", sites_dir=folder)
    problem = _problem(load, target)
    assert problem["key"] == key, load.problems
    assert words in problem["message"], load.problems
    assert text.split("\n")[int(problem["line"]) - 1].startswith(line_reads)
    assert load.profile.cells[0].is_embedded  # still something to start on


def test_broken_shipped_tag_map_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = _copy_sites(tmp_path)
    target = folder / "democell.tags.toml"
    text = target.read_text(encoding="utf-8").replace('unit = "A"', 'unit = "A"\ndecimal = 2')
    target.write_text(text, encoding="utf-8")
    load = load_site_profile("zernike", sites_dir=folder)
    problem = _problem(load, target)
    assert problem["key"] == "tags.motor_current.decimal"
    assert "did you mean 'decimals'" in problem["message"]
    assert text.split("\n")[int(problem["line"]) - 1] == "decimal = 2"
    assert load.profile.cells[0].is_embedded  # still something to start on


# ------------------------------------------------------------------------------------------------
# --cell NAME=opc.tcp://HOST:PORT[/path]
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("demo=opc.tcp://192.168.0.10:4840", ("demo", "opc.tcp://192.168.0.10:4840")),
        (
            " demo = opc.tcp://plc-1.lab.local:4840/freeopcua/server/ ",
            ("demo", "opc.tcp://plc-1.lab.local:4840/freeopcua/server/"),
        ),
        ("line_2=opc.tcp://[::1]:48400", ("line_2", "opc.tcp://[::1]:48400")),
        ("demo=embedded", ("demo", "embedded")),
        ("x=opc.tcp://h:1/path=with=equals", ("x", "opc.tcp://h:1/path=with=equals")),
    ],
)
def test_parse_cell_option_good(text: str, expected: tuple[str, str]) -> None:
    assert parse_cell_option(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("opc.tcp://10.0.0.1:4840", "expected NAME=opc.tcp://HOST:PORT"),
        ("demo", "expected NAME="),
        ("demo=", "expected NAME="),
        ("=opc.tcp://h:4840", "expected NAME="),
        ("Demo=opc.tcp://h:4840", "cell name 'Demo'"),
        ("demo cell=opc.tcp://h:4840", "cell name"),
        ("demo=http://h:4840", "not an OPC UA endpoint"),
        ("demo=opc.tcp://h", "no port"),
        ("demo=opc.tcp://h:port", "port"),
        ("demo=opc.tcp://h:70000", "port"),
        ("demo=opc.tcp://h:0", "out of range"),
        ("demo=opc.tcp://:4840", "host"),
        ("demo=opc.tcp://user:pw@h:4840", "password"),
        ("demo=opc.tcp://h:4840/a b", "spaces"),
        ("demo=opc.tcp://h:4840/?x=1", "query"),
        ("demo=opc.tcp:h:4840", "not an OPC UA endpoint"),
    ],
)
def test_parse_cell_option_bad(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)) as info:
        parse_cell_option(text)
    assert "--cell" in str(info.value)


def test_apply_cell_options() -> None:
    profile = load_site_profile("drachten").profile
    changed = apply_cell_options(profile, [("demo", "opc.tcp://10.0.0.9:4840"), ("line2", "opc.tcp://h:4841")])
    assert [c.name for c in changed.cells] == ["demo", "line2"]
    assert changed.cells[0].endpoint == "opc.tcp://10.0.0.9:4840"
    assert changed.cells[0].tags == profile.cells[0].tags
    assert changed.cells[1].endpoint == "opc.tcp://h:4841"
    assert [t.alias for t in changed.cells[1].tags] == list(DEMOCELL)
    assert changed.cells[1].methods == profile.cells[0].methods
    assert changed.cells[0].methods == profile.cells[0].methods
    assert changed.cells[1].label.get("en") == "Cell line2"
    assert profile.cells[0].is_embedded  # the original is untouched
    assert apply_cell_options(profile, []) == profile
    with pytest.raises(ValueError):
        apply_cell_options(profile, [("demo", "tcp://nope")])


# ------------------------------------------------------------------------------------------------
# The line finder
# ------------------------------------------------------------------------------------------------

LINE_FINDER_TOML = '''# comment [not.a.table]
title = "x"                                  # 2
multi = """
[fake]
key = "not a key"
"""                                          # 6
literal = \'\'\'
[[cells]]
\'\'\'                                          # 9
numbers = [                                  # 10
  1,
  { inside = "[x]" },
]
dotted.key.here = 1                          # 14
"quoted key" = 2                             # 15

[site]                                       # 17
name = { nl = "a", en = "b" }                # 18
"a.b".c = 3                                  # 19

[[cells]]                                    # 21
name = "one"                                 # 22

[cells.tags.speed]                           # 24
node = "ns=2;s=A"                            # 25
label.nl = "Snelheid"                        # 26

[[cells]]                                    # 28
name = "two"                                 # 29
'endpoint' = "opc.tcp://h:1"                 # 30

  [ cells . tags . "level x" ]               # 32
  node = "ns=2;s=B"                          # 33

[[cells.points]]                             # 35
x = 1                                        # 36
[[cells.points]]                             # 37
x = 2                                        # 38

[theme]                                      # 40
primary = "#123456"                          # 41
'''


def test_the_line_finder_source_is_valid_toml() -> None:
    data = tomllib.loads(LINE_FINDER_TOML)
    assert data["cells"][1]["tags"]["level x"]["node"] == "ns=2;s=B"
    assert data["cells"][1]["points"][1]["x"] == 2
    assert "fake" not in data


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("title",), 2),
        (("multi",), 3),
        (("fake",), None),  # inside a multi-line string
        (("key",), None),
        (("literal",), 7),
        (("numbers",), 10),
        (("numbers", 1, "inside"), 10),  # in a multi-line array: the array's line
        (("dotted", "key", "here"), 14),
        (("dotted",), 14),
        (("quoted key",), 15),
        (("site",), 17),
        (("site", "name"), 18),
        (("site", "name", "en"), 18),  # inside an inline table: the key's line
        (("site", "a.b", "c"), 19),
        (("site", "missing"), 17),  # not there: the table header
        (("cells",), 21),
        (("cells", 0), 21),
        (("cells", 0, "name"), 22),
        (("cells", 0, "tags"), 24),
        (("cells", 0, "tags", "speed", "node"), 25),
        (("cells", 0, "tags", "speed", "label", "nl"), 26),
        (("cells", 0, "tags", "speed", "kind"), 24),
        (("cells", 1), 28),
        (("cells", 1, "name"), 29),
        (("cells", 1, "endpoint"), 30),
        (("cells", 1, "tags", "level x"), 32),
        (("cells", 1, "tags", "level x", "node"), 33),
        (("cells", 1, "points", 0, "x"), 36),
        (("cells", 1, "points", 1), 37),
        (("cells", 1, "points", 1, "x"), 38),
        (("cells", 5, "name"), 21),  # no such entry: the array's first line
        (("theme", "primary"), 41),
        (("nowhere", "at", "all"), None),
    ],
)
def test_find_key_line(path: tuple[str | int, ...], line: int | None) -> None:
    assert find_key_line(LINE_FINDER_TOML, path) == line


def test_find_key_line_on_the_shipped_files() -> None:
    for site in SITE_IDS:
        text = (shipped_sites_dir() / f"{site}.toml").read_text(encoding="utf-8")
        lines = text.split("\n")
        for path, start in [
            (("theme", "primary"), "primary ="),
            (("site", "welcome", "fy"), "fy ="),
            (("cells", 0, "endpoint"), "endpoint ="),
            (("cells", 0, "label", "de"), "label ="),
        ]:
            line = find_key_line(text, path)
            assert line is not None and lines[line - 1].startswith(start), (site, path)
    text = (shipped_sites_dir() / "democell.tags.toml").read_text(encoding="utf-8")
    line = find_key_line(text, ("tags", "fault", "states", "JAM"))
    assert line is not None and text.split("\n")[line - 1].startswith("states.JAM")
    line = find_key_line(text, ("tags", "fault", "states", ""))
    assert line is not None and text.split("\n")[line - 1].startswith('states."" =')


def test_find_key_line_survives_garbage() -> None:
    for text in ["[", "[[", "a = [", 'a = """', "= 1", "a.", '"unterminated = 1', "[a.]\nb=", "\x00\r\n\r"]:
        find_key_line(text, ("a", 0, "b"))


# ------------------------------------------------------------------------------------------------
# AppPaths
# ------------------------------------------------------------------------------------------------


def test_app_paths_default_uses_the_app_name() -> None:
    paths = AppPaths.default()
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert "skillslab-kiosk" in str(folder)
        assert folder.is_absolute()
    assert paths.site_override_file == paths.config_dir / "site.toml"


def test_app_paths_under_one_folder(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "kiosk")
    assert paths.data_dir == tmp_path / "kiosk"
    assert paths.config_dir == tmp_path / "kiosk" / "config"
    assert paths.log_dir == tmp_path / "kiosk" / "logs"
    assert not paths.data_dir.exists()
    assert paths.ensure() is paths
    assert paths.config_dir.is_dir() and paths.log_dir.is_dir()
    assert AppPaths.from_option(tmp_path / "kiosk") == paths
    assert AppPaths.from_option(None) == AppPaths.default()
    assert AppPaths.under(str(tmp_path)) == AppPaths.under(tmp_path)
    with pytest.raises(AttributeError):
        paths.data_dir = tmp_path  # type: ignore[misc]
