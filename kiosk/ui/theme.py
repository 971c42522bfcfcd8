"""The kiosk's look, computed from a site's Theme: one stylesheet, touch-sized by default.

Touch-first rules the stylesheets keep (tests/test_touch_first.py checks them):
- anything a finger must hit is at least TOUCH_MIN_PX on its short side (12 mm on the configured
  screen: kiosk.core.site.Display.min_touch_px);
- scroll bars are SCROLLBAR_PX wide with a handle at least TOUCH_MIN_PX long;
- no `:hover` rule: a touch screen has no hover, so state shows as :pressed / :checked / properties;
- every font size (and the paddings that go with it) is multiplied by `scale` (1.0-2.0, the site's
  `[display] text_scale`); text on a coloured fill is black or white, whichever is readable there.
"""

from __future__ import annotations

from kiosk.core.contrast import BLACK_TEXT, WHITE_TEXT, readable_on
from kiosk.core.site import Theme
from kiosk.core.tags import Quality

TOUCH_MIN_PX = 64
"""Minimum size of anything a finger must hit: at least 12 mm on the default 21.5" 1080p panel (49 px)
and on a 21.5" 1280x800 one (34 px); a 10.1" 1280x800 tablet would need 71 px (Display.min_touch_px)."""

SCROLLBAR_PX = 50
"""Width of a scroll bar (its handle: less a 3 px margin each side): 12 mm on the default 21.5" 1080p
panel (49 px), so a finger can drag it; the tables (result, replay) scroll by their bars only."""

MIN_TEXT_SCALE = 1.0
MAX_TEXT_SCALE = 2.0


def check_scale(scale: float) -> float:
    """`scale` if it is within 1.0-2.0; ValueError otherwise (a site profile's text_scale is checked
    when it is read, so this only catches a programming error)."""
    if not MIN_TEXT_SCALE <= scale <= MAX_TEXT_SCALE:
        raise ValueError(f"text scale {scale} is outside {MIN_TEXT_SCALE}-{MAX_TEXT_SCALE}")
    return scale


def scaled(px: float, scale: float) -> int:
    """A text-related size (font size, padding) at `scale`, in whole pixels."""
    return round(px * scale)


def quality_colour(theme: Theme, quality: Quality) -> str:
    return {
        Quality.LIVE: theme.good,
        Quality.STALE: theme.warning,
        Quality.BAD: theme.bad,
        Quality.UNKNOWN: theme.muted,
    }[quality]


def scrollbar_rules(t: Theme, handle: str) -> str:
    """Touch-sized scroll bars (vertical and horizontal), no arrow buttons, a visible handle."""
    return f"""
    QScrollBar:vertical {{ background: {t.background}; width: {SCROLLBAR_PX}px; margin: 0; }}
    QScrollBar:horizontal {{ background: {t.background}; height: {SCROLLBAR_PX}px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {handle}; border-radius: 8px; min-height: {TOUCH_MIN_PX}px;
                                   margin: 3px; }}
    QScrollBar::handle:horizontal {{ background: {handle}; border-radius: 8px; min-width: {TOUCH_MIN_PX}px;
                                     margin: 3px; }}
    QScrollBar::handle:pressed {{ background: {t.primary}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    """


def stylesheet(t: Theme, scale: float = 1.0) -> str:
    """Application-wide Qt stylesheet. Object names select the roles used by the widgets.

    `scale` (1.0-2.0) multiplies every font size and the paddings around text."""
    check_scale(scale)

    def s(px: float) -> int:
        return scaled(px, scale)

    on_primary = readable_on(t.primary)
    on_warning = readable_on(t.warning, BLACK_TEXT, WHITE_TEXT)
    return f"""
    QWidget {{ background: {t.background}; color: {t.text}; font-size: {s(18)}px; }}
    QLabel {{ background: transparent; }}
    #Header {{ background: {t.surface}; border-bottom: 3px solid {t.primary}; }}
    #SiteName {{ font-size: {s(26)}px; font-weight: 600; }}
    #Clock {{ font-size: {s(24)}px; color: {t.muted}; }}
    #Tile, #Panel {{ background: {t.surface}; border-radius: 12px; }}
    #TileLabel {{ font-size: {s(17)}px; color: {t.muted}; }}
    #TileValue {{ font-size: {s(40)}px; font-weight: 600; }}
    #TileValue[quality="stale"], #TileValue[quality="unknown"] {{ color: {t.muted}; }}
    #TileValue[quality="bad"] {{ color: {t.bad}; }}
    #TileUnit {{ font-size: {s(20)}px; color: {t.muted}; }}
    #PanelTitle {{ font-size: {s(17)}px; color: {t.muted}; }}
    #StateBig {{ font-size: {s(38)}px; font-weight: 700; border-radius: 10px; padding: {s(6)}px {s(18)}px; }}
    #Banner {{ background: {t.warning}; color: {on_warning}; border-radius: 10px; }}
    #Banner QLabel {{ color: {on_warning}; font-size: {s(20)}px; }}
    QPushButton {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.muted};
        border-radius: 10px; min-height: {TOUCH_MIN_PX}px; min-width: {TOUCH_MIN_PX}px;
        padding: 0 {s(16)}px; font-size: {s(20)}px;
    }}
    QPushButton:checked {{ background: {t.primary}; border-color: {t.primary}; color: {on_primary}; }}
    QPushButton:pressed {{ background: {t.primary}; color: {on_primary}; }}
    {scrollbar_rules(t, t.muted)}
    """
