"""WCAG 2.x colour contrast of #rrggbb colours: relative luminance, contrast ratio, alpha blending.

Pure arithmetic (no Qt): the tests compute every text/background pair of a Theme with it, and the
stylesheets use `readable_on` to pick black or white text on a coloured button.

Reference: WCAG 2.2, definitions "relative luminance" and "contrast ratio"; success criteria 1.4.3
(text: at least 4.5:1, large text 3:1) and 1.4.6 (enhanced: 7:1).
"""

from __future__ import annotations

import re

AA_TEXT = 4.5
"""WCAG 2 AA, normal-size text (1.4.3)."""
AA_LARGE_TEXT = 3.0
"""WCAG 2 AA, large text (at least 24 px, or 18.66 px bold) and user-interface parts (1.4.11)."""
AAA_TEXT = 7.0
"""WCAG 2 AAA, normal-size text (1.4.6): what the high-contrast theme meets."""

_HEX_RE = re.compile(r"#[0-9a-fA-F]{6}")


def parse_hex(colour: str) -> tuple[int, int, int]:
    """'#rrggbb' -> (r, g, b), each 0-255. Raises ValueError for anything else."""
    if not _HEX_RE.fullmatch(colour):
        raise ValueError(f"not a colour {colour!r} (expected #rrggbb)")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    """(r, g, b) 0-255 (rounded, clamped) -> '#rrggbb'."""
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(channel: int) -> float:
    s = channel / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour: 0.0 (black) to 1.0 (white)."""
    r, g, b = parse_hex(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(colour_a: str, colour_b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours, in either order: 1.0 (same) to 21.0 (black/white)."""
    hi, lo = sorted((relative_luminance(colour_a), relative_luminance(colour_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def blend(foreground: str, background: str, alpha: float) -> str:
    """`foreground` drawn with opacity `alpha` (0.0-1.0) over an opaque `background`, as #rrggbb
    (plain sRGB compositing, as Qt paints it)."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha {alpha} is outside 0.0-1.0")
    fg, bg = parse_hex(foreground), parse_hex(background)
    r, g, b = (alpha * f + (1.0 - alpha) * k for f, k in zip(fg, bg, strict=True))
    return to_hex((r, g, b))


BLACK_TEXT = "#111111"
"""The near-black the stylesheets use for text on light fills (banner, notice)."""
WHITE_TEXT = "#ffffff"


def readable_on(fill: str, preferred: str = WHITE_TEXT, alternative: str = BLACK_TEXT) -> str:
    """The text colour for a `fill`: `preferred` when it reaches AA (4.5:1) there, else whichever of
    the two contrasts more. White is preferred by default (the kiosk's buttons are white on colour);
    light fills (warning, accent) pass BLACK_TEXT first."""
    if contrast_ratio(preferred, fill) >= AA_TEXT:
        return preferred
    return max((preferred, alternative), key=lambda c: contrast_ratio(c, fill))
