"""Changing the kiosk's site.toml (the instructor's override of the shipped site profile) from a screen.

`update_site_override(path, site_id, tables=..., cells=...)` merges the changes into what the file
already says (keys it does not mention are kept), checks the result exactly as the kiosk will read it at
the next start (`load_site_profile` over a temporary copy), and only then writes it: atomically (a
temporary file in the same folder, then `os.replace`) and readable by the owner only. A change the
profile rules refuse raises `OverrideRejected` with the problems (file, key, message) and leaves the file
as it was. Comments in a hand-written site.toml are not kept (TOML writers drop them); the header
written says so.
"""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from kiosk.services.private_files import write_private
from kiosk.services.site_profiles import load_site_profile

__all__ = ["OverrideRejected", "read_site_override", "update_site_override"]

HEADER = (
    "# site.toml: this kiosk's changes to the shipped site profile, written by the instructor screens.\n"
    "# Only the keys that differ from the shipped profile belong here. Comments are not kept when the\n"
    "# screens write this file.\n\n"
)


class OverrideRejected(ValueError):
    """The change would make site.toml unusable; `problems` say where and why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def read_site_override(path: Path) -> dict[str, Any]:
    """What site.toml says now ({} when there is none). Raises OverrideRejected for a file that is not TOML."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise OverrideRejected([f"{path}: not readable as TOML: {exc}"]) from exc


def update_site_override(
    path: Path,
    site_id: str,
    *,
    tables: Mapping[str, Mapping[str, Any]] | None = None,
    cells: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """Merge `tables` (e.g. {"display": {"text_scale": 1.25}, "site": {"default_language": "en"}}) and
    `cells` (cell name -> keys of its [[cells]] entry, e.g. {"demo": {"endpoint": "opc.tcp://..."}})
    into site.toml, check it, write it; returns what was written. A value None removes that key (back
    to the shipped profile's). Raises OverrideRejected (nothing written) when the result is refused."""
    data = read_site_override(path)
    data.setdefault("site", {})["id"] = site_id  # the override names its site: a copied file is caught
    for table, values in (tables or {}).items():
        target = data.setdefault(table, {})
        for key, value in values.items():
            _set(target, key, value)
        if not target:
            del data[table]
    for name, values in (cells or {}).items():
        entries: list[dict[str, Any]] = data.setdefault("cells", [])
        entry = next((c for c in entries if c.get("name") == name), None)
        if entry is None:
            entry = {"name": name}
            entries.append(entry)
        for key, value in values.items():
            _set(entry, key, value)
    _check(path, site_id, data)
    write_private(path, (HEADER + tomli_w.dumps(data)).encode("utf-8"))
    return data


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


def _check(path: Path, site_id: str, data: Mapping[str, Any]) -> None:
    """Load the profile over a temporary copy of the new file; refuse on any problem it names."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        candidate = Path(tmp) / path.name
        candidate.write_text(tomli_w.dumps(dict(data)), encoding="utf-8")
        load = load_site_profile(site_id, override_file=candidate)
    problems = [p.replace(str(candidate), str(path)) for p in load.problems if str(candidate) in p]
    if problems:
        raise OverrideRejected(problems)
