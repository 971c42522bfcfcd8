"""Words shared by the lab loader's messages: values as authors wrote them, and "did you mean"."""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence
from typing import Any

__all__ = ["closest", "did_you_mean", "show_number", "show_value"]


def closest(name: str, options: Sequence[str]) -> str | None:
    """The option `name` is most likely a typo of (case does not count), for "did you mean"."""
    lowered = {o.lower(): o for o in options}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def did_you_mean(name: str, options: Sequence[str]) -> str:
    close = closest(name, options)
    return f" (did you mean {close!r}?)" if close else ""


def show_value(value: Any) -> str:
    """A value as the author wrote it in YAML."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    if isinstance(value, int | float):
        return show_number(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"


def show_number(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value):
        return f"{value:g}"
    return str(value)
