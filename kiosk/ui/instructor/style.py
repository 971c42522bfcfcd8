"""The instructor screens' look: the lab screens' stylesheet plus tables, fields and the section list."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.contrast import readable_on
from kiosk.core.site import Theme
from kiosk.ui.labs.style import DIM, labs_stylesheet
from kiosk.ui.theme import scaled

CHECK_SVG = (Path(__file__).resolve().parent.parent.parent / "assets" / "check.svg").as_posix()
"""The tick drawn in a ticked box (a stylesheet that styles the box must draw the tick too)."""


def instructor_stylesheet(t: Theme, scale: float = 1.0) -> str:
    """The stylesheet of the instructor hub and its sections (cascades to every section)."""

    def s(px: float) -> int:
        return scaled(px, scale)

    on_primary = readable_on(t.primary)
    return (
        labs_stylesheet(t, scale)
        + f"""
    QPushButton#Section {{ text-align: left; padding: {s(2)}px {s(16)}px; border: none; border-radius: 10px;
        background: transparent; font-size: {s(21)}px; min-height: {s(44)}px; }}
    QPushButton#Section:checked {{ background: {t.primary}; color: {on_primary}; font-weight: 600; }}
    #SectionList {{ background: {t.surface}; border-radius: 14px; }}
    #SectionList QPushButton#Primary, #SectionList QPushButton#Danger {{ font-size: {s(18)}px;
        padding: {s(8)}px {s(8)}px; }}
    QTableView, QTableWidget, QListWidget {{ background: {t.background}; alternate-background-color: {t.surface};
        color: {t.text}; gridline-color: {DIM}; border: 1px solid {DIM}; font-size: {s(18)}px;
        selection-background-color: {t.primary}; selection-color: {on_primary}; }}
    QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
        border-bottom: 1px solid {DIM}; padding: {s(6)}px {s(8)}px; font-size: {s(16)}px; font-weight: 600; }}
    QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit {{ background: {t.background}; color: {t.text};
        border: 2px solid {DIM}; border-radius: 8px; padding: {s(6)}px {s(10)}px; font-size: {s(20)}px;
        min-height: {s(36)}px; }}
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{
        border-color: {t.primary}; }}
    QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text}; font-size: {s(20)}px;
        selection-background-color: {t.primary}; selection-color: {on_primary}; }}
    QCheckBox {{ font-size: {s(20)}px; spacing: {s(10)}px; }}
    QCheckBox::indicator {{ width: {s(28)}px; height: {s(28)}px; border: 2px solid {t.muted}; border-radius: 6px;
        background: {t.background}; }}
    QCheckBox::indicator:checked {{ background: {t.primary}; border-color: {t.primary}; image: url({CHECK_SVG}); }}
    QPushButton[active="true"] {{ border: 3px solid {t.warning}; color: {t.warning}; font-weight: 600; }}
    #Message {{ font-size: {s(19)}px; color: {t.muted}; }}
    #Message[kind="ok"] {{ color: {t.good}; }}
    #Message[kind="error"] {{ color: {t.bad}; font-weight: 600; }}
"""
    )
