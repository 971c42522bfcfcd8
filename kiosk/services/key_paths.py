"""Paths into a data file as authors read them, for `file:line: path: message` problems.

Shared by the site-profile (TOML) and lab-module (YAML) loaders, so both name a field the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

__all__ = ["format_key"]

_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")


def format_key(path: Sequence[str | int]) -> str:
    """`steps[2].check.all[1].hold_s`: list indexes in brackets, other keys joined by dots and quoted
    only when they need it ("" for the top level)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            shown = part if _BARE_KEY_RE.fullmatch(part) else json.dumps(part, ensure_ascii=False)
            out += f".{shown}" if out else shown
    return out
