"""The lab screens' part of the look: object names used by kiosk.ui.labs, on top of the app's stylesheet.

Set on the LabsScreen, so it cascades to every lab widget; colours come from the site's Theme.
"""

from __future__ import annotations

from kiosk.core.contrast import BLACK_TEXT, WHITE_TEXT, readable_on
from kiosk.core.site import Theme
from kiosk.ui.theme import TOUCH_MIN_PX, check_scale, scaled, scrollbar_rules

DIM = "#3a4852"
"""Borders of things that are there but not for now (missing language, disabled)."""
DIM_TEXT = "#7a8a94"
"""Text of a disabled button: visibly off, still readable."""
KEY_LINE_FACTOR = 1.6
"""A keypad key is this many times its font size high (at least TOUCH_MIN_PX): 64 px at 30 px text."""


def labs_stylesheet(t: Theme, scale: float = 1.0) -> str:
    """The lab screens' stylesheet for theme `t`; `scale` (1.0-2.0) multiplies every font size and
    the paddings around text (and the keypad keys' height, which is fixed: it grows with its text)."""
    check_scale(scale)

    def s(px: float) -> int:
        return scaled(px, scale)

    on_primary = readable_on(t.primary)
    on_bad = readable_on(t.bad)
    on_warning = readable_on(t.warning, BLACK_TEXT, WHITE_TEXT)
    on_accent = readable_on(t.accent, BLACK_TEXT, WHITE_TEXT)
    key_px = max(TOUCH_MIN_PX, round(s(30) * KEY_LINE_FACTOR))
    # Widgets that fix their size for 1.0 text (CheckStatus.icon 56 px wide, ToggleRow's box 48 px,
    # NumberPad.display 64 px high): the stylesheet gives them room for the scaled text. Qt applies a
    # stylesheet's min/max sizes when it polishes a widget, after its constructor's setFixed*.
    status_icon_px = max(56, round(s(40) * 1.4))
    toggle_box_px = max(48, round(s(30) * KEY_LINE_FACTOR))
    pad_display_px = max(TOUCH_MIN_PX, round(s(40) * 1.2) + 2 * s(4) + 4)
    return f"""
    #LabTitle {{ font-size: {s(30)}px; font-weight: 700; }}
    #LabHeading {{ font-size: {s(26)}px; font-weight: 600; }}
    #LabText {{ font-size: {s(24)}px; }}
    #LabMuted {{ font-size: {s(19)}px; color: {t.muted}; }}
    #LabSmall {{ font-size: {s(15)}px; color: {t.muted}; }}
    #LabHeader {{ background: {t.surface}; border-radius: 12px; }}
    #LabStepCount {{ font-size: {s(24)}px; font-weight: 600; }}
    #TimeLeft {{ font-size: {s(26)}px; font-weight: 600; color: {t.text}; }}
    #SaveState {{ font-size: {s(19)}px; color: {t.muted}; padding: 0 {s(8)}px; }}
    #SaveState[state="saved"] {{ color: {t.good}; }}
    #SaveState[state="failed"] {{ color: {on_warning}; background: {t.warning}; border-radius: 8px; font-weight: 600; }}
    #TimeLeft[warning="true"] {{ color: {on_warning}; background: {t.warning}; border-radius: 8px;
                                 padding: 0 {s(10)}px; }}
    #Notice {{ background: {t.accent}; border-radius: 10px; border: 2px solid {on_accent}; }}
    QPushButton#NoticeClose {{ background: transparent; border: 2px solid {on_accent}; color: {on_accent}; }}
    #Notice QLabel {{ color: {on_accent}; font-size: {s(21)}px; font-weight: 600; }}
    #Confirm {{ background: {t.surface}; border: 2px solid {t.bad}; border-radius: 12px; }}

    QPushButton:disabled {{ color: {DIM_TEXT}; border-color: {DIM}; }}
    QPushButton#Primary {{ background: {t.primary}; border-color: {t.primary}; color: {on_primary}; font-weight: 600; }}
    QPushButton#Primary:disabled {{ background: {t.surface}; border-color: {DIM}; color: {DIM_TEXT}; }}
    QPushButton[wide="true"] {{ min-width: 240px; font-size: {s(22)}px; }}
    QPushButton[mid="true"] {{ min-width: 140px; font-size: {s(22)}px; }}
    QPushButton[segment="true"] {{ min-width: 180px; font-size: {s(22)}px; }}
    QPushButton#Danger {{ border-color: {t.bad}; color: {t.bad}; }}
    QPushButton#DangerSolid {{ background: {t.bad}; border-color: {t.bad}; color: {on_bad}; font-weight: 600; }}
    QPushButton#Key {{ font-size: {s(30)}px; font-weight: 600; min-width: 96px; min-height: {key_px}px;
                      max-height: {key_px}px; padding: 0; }}

    #Card {{ background: {t.surface}; border: 2px solid {t.surface}; border-radius: 14px; }}
    #Card[pressed="true"] {{ border-color: {t.primary}; }}
    #Card[available="false"] {{ background: {t.background}; border: 2px dashed {DIM}; }}
    #Card[available="false"] #LabHeading {{ color: {t.muted}; }}
    #Badge {{ border: 2px solid {t.primary}; border-radius: 6px; padding: {s(1)}px {s(6)}px; font-size: {s(15)}px;
              font-weight: 700; }}
    #Badge[missing="true"] {{ border: 2px dashed {DIM}; color: {t.muted}; text-decoration: line-through; }}

    #Toggle {{ background: {t.surface}; border: 2px solid {t.muted}; border-radius: 12px; }}
    #Toggle[checked="true"] {{ border-color: {t.primary}; background: #17343f; }}
    #Toggle[verdict="right"] {{ border-color: {t.good}; }}
    #Toggle[verdict="wrong"] {{ border-color: {t.bad}; }}
    #Toggle[verdict="right"] #LabMuted, QLabel[verdict="right"] {{ color: {t.good}; font-weight: 700; }}
    #Toggle[verdict="wrong"] #LabMuted, QLabel[verdict="wrong"] {{ color: {t.bad}; font-weight: 700; }}
    #ToggleBox {{ border: 3px solid {t.muted}; border-radius: 8px; font-size: {s(30)}px; font-weight: 700;
                  color: {t.text}; background: {t.background};
                  min-width: {toggle_box_px}px; max-width: {toggle_box_px}px;
                  min-height: {toggle_box_px}px; max-height: {toggle_box_px}px; }}
    #Toggle[checked="true"] #ToggleBox {{ border-color: {t.primary}; background: {t.primary}; color: {on_primary}; }}

    #Status {{ background: {t.surface}; border-radius: 12px; }}
    #StatusBar {{ background: {t.muted}; border-radius: 5px; }}
    #Status[state="progress"] #StatusBar {{ background: {t.primary}; }}
    #Status[state="passed"] #StatusBar {{ background: {t.good}; }}
    #Status[state="failed"] #StatusBar {{ background: {t.bad}; }}
    #Status[state="nolive"] #StatusBar {{ background: {t.warning}; }}
    #StatusIcon {{ font-size: {s(40)}px; font-weight: 700; color: {t.muted};
                   min-width: {status_icon_px}px; max-width: {status_icon_px}px; }}
    #StatusWord {{ font-size: {s(28)}px; font-weight: 700; }}
    #Status[state="progress"] #StatusIcon {{ color: {t.primary}; }}
    #Status[state="passed"] #StatusIcon, #Status[state="passed"] #StatusWord {{ color: {t.good}; }}
    #Status[state="failed"] #StatusIcon, #Status[state="failed"] #StatusWord {{ color: {t.bad}; }}
    #Status[state="nolive"] #StatusIcon, #Status[state="nolive"] #StatusWord {{ color: {t.warning}; }}

    #StepTiles #TileValue {{ font-size: {s(32)}px; qproperty-wordWrap: true; }}
    #PadMessage {{ font-size: {s(20)}px; }}
    #Display {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
                font-size: {s(40)}px; font-weight: 600; padding: {s(4)}px {s(16)}px;
                min-height: {pad_display_px}px; max-height: {pad_display_px}px; }}
    #SetpointDisplay {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
                       font-size: {s(32)}px; font-weight: 600; padding: {s(4)}px {s(12)}px; }}
    #Outcome {{ font-size: {s(64)}px; font-weight: 800; }}
    #Score {{ font-size: {s(40)}px; font-weight: 700; }}

    QProgressBar {{ background: {t.background}; border: none; border-radius: 7px; max-height: 14px;
                    min-height: 14px; }}
    QProgressBar::chunk {{ background: {t.primary}; border-radius: 7px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    {scrollbar_rules(t, t.muted)}
    QTableWidget {{ background: {t.surface}; border: none; border-radius: 12px; gridline-color: {DIM};
                    font-size: {s(20)}px; }}
    QTableWidget::item {{ padding: 0 {s(12)}px; }}
    QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
                            border-bottom: 2px solid {DIM}; padding: {s(8)}px; font-size: {s(17)}px; }}
    """
