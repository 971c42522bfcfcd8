"""Values as text, per language."""

from __future__ import annotations

import math

from kiosk.core.formatting import format_number, format_value
from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText

STATE = TagSpec(
    "state",
    "ns=2;s=S",
    LocalText.of("State"),
    kind=TagKind.TEXT,
    states={"Running": LocalText.of({"nl": "In bedrijf", "en": "Running"})},
)


def test_decimal_comma_for_dutch_point_for_english() -> None:
    assert format_number(12.345, 1, "nl") == "12,3"
    assert format_number(12.345, 1, "en") == "12.3"
    assert format_number(1234.0, 0, "de") == "1234"
    assert format_number(-0.01, 1, "en") == "0.0"
    assert format_number(math.inf, 1, "en") == "–"


def test_state_labels_and_fallback() -> None:
    assert format_value(STATE, "Running", "nl") == "In bedrijf"
    assert format_value(STATE, "Running", "fy") == "Running"  # falls back to English
    assert format_value(STATE, "Weird", "nl") == "Weird"
    assert format_value(STATE, None, "nl") == "–"


def test_local_text_fallback_is_visible() -> None:
    t = LocalText.of({"nl": "Hallo", "en": "Hello"})
    assert t.get("de") == "Hello" and t.is_fallback("de")
    assert not t.is_fallback("nl")
