"""How values are written on screen, per language (Dutch writes 12,5 where English writes 12.5)."""

from __future__ import annotations

import math
from typing import Any

from kiosk.core.tags import TagKind, TagSpec

_DECIMAL_COMMA = frozenset({"nl", "de", "fy"})


def format_number(value: float, decimals: int, lang: str) -> str:
    """A number with a fixed count of decimals and the language's decimal sign; no grouping, so a
    counter never jumps in width at 1,000."""
    if not math.isfinite(value):
        return "–"
    text = f"{value:.{max(decimals, 0)}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]  # never show -0.0
    return text.replace(".", ",") if lang in _DECIMAL_COMMA else text


def format_value(spec: TagSpec, value: Any, lang: str) -> str:
    """The value as text without unit. Text values with a states map show the state's label.
    Booleans are left to the caller (they are shown as words from the UI's translations)."""
    if value is None:
        return "–"
    if spec.kind is TagKind.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(float(value), spec.decimals, lang)
    if spec.kind is TagKind.TEXT and isinstance(value, str):
        label = spec.states.get(value)
        if label is not None:
            return label.get(lang)
        return value or "–"
    return str(value)
