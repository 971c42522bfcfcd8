"""The lab screens' part of the look: object names used by kiosk.ui.labs, on top of the app's stylesheet.

Set on the LabsScreen, so it cascades to every lab widget; colours come from the site's Theme.
"""

from __future__ import annotations

from kiosk.core.site import Theme
from kiosk.ui.theme import TOUCH_MIN_PX

DIM = "#3a4852"
"""Borders of things that are there but not for now (missing language, disabled)."""
DIM_TEXT = "#7a8a94"
"""Text of a disabled button: visibly off, still readable."""


def labs_stylesheet(t: Theme) -> str:
    return f"""
    #LabTitle {{ font-size: 30px; font-weight: 700; }}
    #LabHeading {{ font-size: 26px; font-weight: 600; }}
    #LabText {{ font-size: 24px; }}
    #LabMuted {{ font-size: 19px; color: {t.muted}; }}
    #LabSmall {{ font-size: 15px; color: {t.muted}; }}
    #LabHeader {{ background: {t.surface}; border-radius: 12px; }}
    #LabStepCount {{ font-size: 24px; font-weight: 600; }}
    #TimeLeft {{ font-size: 26px; font-weight: 600; color: {t.text}; }}
    #SaveState {{ font-size: 19px; color: {t.muted}; padding: 0 8px; }}
    #SaveState[state="saved"] {{ color: {t.good}; }}
    #SaveState[state="failed"] {{ color: #111111; background: {t.warning}; border-radius: 8px; font-weight: 600; }}
    #TimeLeft[warning="true"] {{ color: #111111; background: {t.warning}; border-radius: 8px; padding: 0 10px; }}
    #Notice {{ background: {t.accent}; border-radius: 10px; border: 2px solid #111111; }}
    QPushButton#NoticeClose {{ background: transparent; border: 2px solid #111111; color: #111111; }}
    #Notice QLabel {{ color: #111111; font-size: 21px; font-weight: 600; }}
    #Confirm {{ background: {t.surface}; border: 2px solid {t.bad}; border-radius: 12px; }}

    QPushButton:disabled {{ color: {DIM_TEXT}; border-color: {DIM}; }}
    QPushButton#Primary {{ background: {t.primary}; border-color: {t.primary}; color: #ffffff; font-weight: 600; }}
    QPushButton#Primary:disabled {{ background: {t.surface}; border-color: {DIM}; color: {DIM_TEXT}; }}
    QPushButton[wide="true"] {{ min-width: 240px; font-size: 22px; }}
    QPushButton[mid="true"] {{ min-width: 140px; font-size: 22px; }}
    QPushButton[segment="true"] {{ min-width: 180px; font-size: 22px; }}
    QPushButton#Danger {{ border-color: {t.bad}; color: {t.bad}; }}
    QPushButton#DangerSolid {{ background: {t.bad}; border-color: {t.bad}; color: #ffffff; font-weight: 600; }}
    QPushButton#Key {{ font-size: 30px; font-weight: 600; min-width: 96px; min-height: {TOUCH_MIN_PX}px;
                      max-height: {TOUCH_MIN_PX}px; padding: 0; }}

    #Card {{ background: {t.surface}; border: 2px solid {t.surface}; border-radius: 14px; }}
    #Card[pressed="true"] {{ border-color: {t.primary}; }}
    #Card[available="false"] {{ background: {t.background}; border: 2px dashed {DIM}; }}
    #Card[available="false"] #LabHeading {{ color: {t.muted}; }}
    #Badge {{ border: 2px solid {t.primary}; border-radius: 6px; padding: 1px 6px; font-size: 15px; font-weight: 700; }}
    #Badge[missing="true"] {{ border-color: {DIM}; color: {DIM}; }}

    #Toggle {{ background: {t.surface}; border: 2px solid {t.muted}; border-radius: 12px; }}
    #Toggle[checked="true"] {{ border-color: {t.primary}; background: #17343f; }}
    #Toggle[verdict="right"] {{ border-color: {t.good}; }}
    #Toggle[verdict="wrong"] {{ border-color: {t.bad}; }}
    #Toggle[verdict="right"] #LabMuted, QLabel[verdict="right"] {{ color: {t.good}; font-weight: 700; }}
    #Toggle[verdict="wrong"] #LabMuted, QLabel[verdict="wrong"] {{ color: {t.bad}; font-weight: 700; }}
    #ToggleBox {{ border: 3px solid {t.muted}; border-radius: 8px; font-size: 30px; font-weight: 700;
                  color: #ffffff; background: {t.background}; }}
    #Toggle[checked="true"] #ToggleBox {{ border-color: {t.primary}; background: {t.primary}; }}

    #Status {{ background: {t.surface}; border-radius: 12px; }}
    #StatusBar {{ background: {t.muted}; border-radius: 5px; }}
    #Status[state="progress"] #StatusBar {{ background: {t.primary}; }}
    #Status[state="passed"] #StatusBar {{ background: {t.good}; }}
    #Status[state="failed"] #StatusBar {{ background: {t.bad}; }}
    #Status[state="nolive"] #StatusBar {{ background: {t.warning}; }}
    #StatusIcon {{ font-size: 40px; font-weight: 700; color: {t.muted}; }}
    #StatusWord {{ font-size: 28px; font-weight: 700; }}
    #Status[state="progress"] #StatusIcon {{ color: {t.primary}; }}
    #Status[state="passed"] #StatusIcon, #Status[state="passed"] #StatusWord {{ color: {t.good}; }}
    #Status[state="failed"] #StatusIcon, #Status[state="failed"] #StatusWord {{ color: {t.bad}; }}
    #Status[state="nolive"] #StatusIcon, #Status[state="nolive"] #StatusWord {{ color: {t.warning}; }}

    #StepTiles #TileValue {{ font-size: 32px; qproperty-wordWrap: true; }}
    #PadMessage {{ font-size: 20px; }}
    #Display {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
                font-size: 40px; font-weight: 600; padding: 4px 16px; }}
    #SetpointDisplay {{ background: {t.background}; border: 2px solid {t.primary}; border-radius: 10px;
                       font-size: 32px; font-weight: 600; padding: 4px 12px; }}
    #Outcome {{ font-size: 64px; font-weight: 800; }}
    #Score {{ font-size: 40px; font-weight: 700; }}

    QProgressBar {{ background: {t.background}; border: none; border-radius: 7px; max-height: 14px;
                    min-height: 14px; }}
    QProgressBar::chunk {{ background: {t.primary}; border-radius: 7px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QScrollBar:vertical {{ background: {t.background}; width: 22px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {DIM}; border-radius: 8px; min-height: 64px; margin: 3px; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QTableWidget {{ background: {t.surface}; border: none; border-radius: 12px; gridline-color: {DIM};
                    font-size: 20px; }}
    QTableWidget::item {{ padding: 0 12px; }}
    QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
                            border-bottom: 2px solid {DIM}; padding: 8px; font-size: 17px; }}
    """
