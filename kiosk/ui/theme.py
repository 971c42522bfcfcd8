"""The kiosk's look, computed from a site's Theme: one stylesheet, touch-sized by default."""

from __future__ import annotations

from kiosk.core.site import Theme
from kiosk.core.tags import Quality

TOUCH_MIN_PX = 64
"""Minimum height of anything a finger must hit (about 12 mm on a 24" 1080p kiosk screen)."""


def quality_colour(theme: Theme, quality: Quality) -> str:
    return {
        Quality.LIVE: theme.good,
        Quality.STALE: theme.warning,
        Quality.BAD: theme.bad,
        Quality.UNKNOWN: theme.muted,
    }[quality]


def stylesheet(t: Theme) -> str:
    """Application-wide Qt stylesheet. Object names select the roles used by the widgets."""
    return f"""
    QWidget {{ background: {t.background}; color: {t.text}; font-size: 18px; }}
    QLabel {{ background: transparent; }}
    #Header {{ background: {t.surface}; border-bottom: 3px solid {t.primary}; }}
    #SiteName {{ font-size: 26px; font-weight: 600; }}
    #Clock {{ font-size: 24px; color: {t.muted}; }}
    #Tile, #Panel {{ background: {t.surface}; border-radius: 12px; }}
    #TileLabel {{ font-size: 17px; color: {t.muted}; }}
    #TileValue {{ font-size: 40px; font-weight: 600; }}
    #TileValue[quality="stale"], #TileValue[quality="unknown"] {{ color: {t.muted}; }}
    #TileValue[quality="bad"] {{ color: {t.bad}; }}
    #TileUnit {{ font-size: 20px; color: {t.muted}; }}
    #PanelTitle {{ font-size: 17px; color: {t.muted}; }}
    #StateBig {{ font-size: 38px; font-weight: 700; border-radius: 10px; padding: 6px 18px; }}
    #Banner {{ background: {t.warning}; color: #111111; border-radius: 10px; }}
    #Banner QLabel {{ color: #111111; font-size: 20px; }}
    QPushButton {{
        background: {t.surface}; color: {t.text}; border: 2px solid {t.muted};
        border-radius: 10px; min-height: {TOUCH_MIN_PX}px; min-width: {TOUCH_MIN_PX}px;
        padding: 0 16px; font-size: 20px;
    }}
    QPushButton:checked {{ background: {t.primary}; border-color: {t.primary}; color: #ffffff; }}
    QPushButton:pressed {{ background: {t.primary}; }}
    """
