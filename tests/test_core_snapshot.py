"""Quality rules of the Snapshot: live, stale, bad; no Qt, no network."""

from __future__ import annotations

import math
import subprocess
import sys

from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality, Sample, TagKind, TagSpec
from kiosk.core.text import LocalText

SPEED = TagSpec("speed", "ns=2;s=S", LocalText.of({"nl": "Snelheid", "en": "Speed"}), unit="mm/s", lo=0, hi=250)
RUN = TagSpec("running", "ns=2;s=R", LocalText.of("Running"), kind=TagKind.BOOL)
MODE = TagSpec("mode", "ns=2;s=M", LocalText.of("Mode"), kind=TagKind.TEXT)
AGED = TagSpec("aged", "ns=2;s=A", LocalText.of("Aged"), max_age_s=2.0)


def connected(now: float = 0.0) -> Snapshot:
    snap = Snapshot([SPEED, RUN, MODE, AGED], contact_timeout_s=1.5)
    snap.set_connection(ConnectionState.CONNECTED)
    snap.note_contact(now)
    return snap


def test_nothing_received_is_unknown_not_live() -> None:
    snap = connected()
    snap.refresh(0.0)
    assert snap.get("speed").quality is Quality.UNKNOWN
    assert snap.live_value("speed") is None


def test_good_value_is_live() -> None:
    snap = connected()
    snap.apply([Sample("speed", 120.0, True, None, 0.0)])
    assert snap.refresh(0.1) == {"speed", "running", "mode", "aged"}  # first refresh: everything is new
    assert snap.get("speed").quality is Quality.LIVE
    assert snap.live_value("speed") == 120.0


def test_bad_status_nan_and_wrong_type_are_bad() -> None:
    snap = connected()
    snap.apply(
        [
            Sample("speed", 1.0, False, None, 0.0, "BadSensorFailure"),
            Sample("running", 1, True, None, 0.0),  # an int is not a bool
            Sample("mode", 3.0, True, None, 0.0),
            Sample("aged", math.nan, True, None, 0.0),
        ]
    )
    snap.refresh(0.1)
    for alias in ("speed", "running", "mode", "aged"):
        assert snap.get(alias).quality is Quality.BAD, alias
        assert snap.live_value(alias) is None
    assert snap.get("speed").status_name == "BadSensorFailure"


def test_connection_loss_makes_every_value_stale_but_keeps_it() -> None:
    snap = connected()
    snap.apply([Sample("speed", 120.0, True, None, 0.0)])
    snap.refresh(0.1)
    snap.set_connection(ConnectionState.RECONNECTING)
    assert snap.refresh(0.2) == {"speed"}
    v = snap.get("speed")
    assert v.quality is Quality.STALE and v.value == 120.0
    assert snap.live_value("speed") is None


def test_silence_beyond_contact_timeout_is_stale_and_contact_revives() -> None:
    snap = connected(now=0.0)
    snap.apply([Sample("speed", 5.0, True, None, 0.0)])
    snap.refresh(1.0)
    assert snap.get("speed").quality is Quality.LIVE
    snap.refresh(1.6)
    assert snap.get("speed").quality is Quality.STALE
    snap.note_contact(1.7)  # a keep-alive: the unchanged value is current again
    snap.refresh(1.8)
    assert snap.get("speed").quality is Quality.LIVE


def test_values_from_before_a_loss_stay_stale_after_reconnect_until_resent() -> None:
    snap = connected()
    snap.apply([Sample("speed", 1.0, True, None, 0.0), Sample("mode", "AUTO", True, None, 0.0)])
    snap.refresh(0.1)
    # Loss and reconnect inside one drain: the old speed arrived before the loss, the new mode after.
    snap.apply([Sample("speed", 2.0, True, None, 0.2), Sample("mode", "MANUAL", True, None, 0.3)], lost_at=1)
    snap.note_contact(0.3)
    snap.refresh(0.3)
    assert snap.get("speed").quality is Quality.STALE and snap.get("speed").value == 2.0
    assert snap.get("mode").quality is Quality.LIVE and snap.get("mode").value == "MANUAL"
    snap.apply([Sample("speed", 2.5, True, None, 0.4)])
    snap.refresh(0.4)
    assert snap.get("speed").quality is Quality.LIVE


def test_link_ok_needs_connection_and_recent_contact() -> None:
    snap = connected(now=0.0)
    assert snap.link_ok(1.0) and not snap.link_ok(1.6)
    snap.set_connection(ConnectionState.RECONNECTING)
    assert not snap.link_ok(0.1)


def test_max_age_per_tag() -> None:
    snap = connected()
    snap.apply([Sample("aged", 1.0, True, None, 0.0)])
    snap.note_contact(2.5)
    snap.refresh(2.5)
    assert snap.get("aged").quality is Quality.STALE


def test_unknown_alias_ignored_and_refresh_reports_only_changes() -> None:
    snap = connected()
    snap.apply([Sample("nope", 1.0, True, None, 0.0), Sample("speed", 1.0, True, None, 0.0)])
    snap.refresh(0.1)
    assert snap.refresh(0.2) == set()
    snap.apply([Sample("speed", 2.0, True, None, 0.15)])
    assert snap.refresh(0.3) == {"speed"}


def test_core_imports_no_qt_opcua_or_sqlite() -> None:
    """Importing every core module in a fresh interpreter loads none of the forbidden libraries
    (the import-linter contract checks the source; this checks what really gets loaded)."""
    code = (
        "import pkgutil, importlib, sys, kiosk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'kiosk.core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'pyqtgraph', 'asyncua',"
        " 'sqlite_utils', 'sqlite3'}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
