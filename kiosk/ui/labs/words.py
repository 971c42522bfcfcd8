"""Words and number formats the lab screens share: level and step-kind names, step statuses, times.

Every function translates when it is called (context "LabWords"), so a screen that calls it again
after a language switch shows the new language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from kiosk.core.formatting import format_number
from kiosk.core.labs.session import StepState, StepStatus


def level_name(level: str) -> str:
    return {
        "taster": QCoreApplication.translate("LabWords", "Taster"),
        "intro": QCoreApplication.translate("LabWords", "Introduction"),
        "basic": QCoreApplication.translate("LabWords", "Basic"),
        "intermediate": QCoreApplication.translate("LabWords", "Intermediate"),
        "advanced": QCoreApplication.translate("LabWords", "Advanced"),
    }.get(level, level)


def kind_name(kind: str) -> str:
    return {
        "instruction": QCoreApplication.translate("LabWords", "Instruction"),
        "action": QCoreApplication.translate("LabWords", "Action"),
        "quiz": QCoreApplication.translate("LabWords", "Quiz"),
        "observation": QCoreApplication.translate("LabWords", "Observation"),
    }.get(kind, kind)


def language_name(lang: str) -> str:
    """A kiosk language's name in the screen's language ("Engels" on a Dutch screen)."""
    return {
        "nl": QCoreApplication.translate("LabWords", "Dutch"),
        "en": QCoreApplication.translate("LabWords", "English"),
        "de": QCoreApplication.translate("LabWords", "German"),
        "fy": QCoreApplication.translate("LabWords", "Frisian"),
    }.get(lang, lang)


STATUS_ICONS: dict[StepStatus, str] = {
    StepStatus.PENDING: "○",
    StepStatus.ACTIVE: "●",
    StepStatus.DONE: "✓",
    StepStatus.PASSED: "✓",
    StepStatus.FAILED: "✗",
    StepStatus.WAIVED: "–",
    StepStatus.SKIPPED: "–",
}


def status_name(status: StepStatus) -> str:
    return {
        StepStatus.PENDING: QCoreApplication.translate("LabWords", "Not started"),
        StepStatus.ACTIVE: QCoreApplication.translate("LabWords", "In progress"),
        StepStatus.DONE: QCoreApplication.translate("LabWords", "Done"),
        StepStatus.PASSED: QCoreApplication.translate("LabWords", "Passed"),
        StepStatus.FAILED: QCoreApplication.translate("LabWords", "Failed"),
        StepStatus.WAIVED: QCoreApplication.translate("LabWords", "Waived"),
        StepStatus.SKIPPED: QCoreApplication.translate("LabWords", "Not reached"),
    }[status]


def step_result_name(state: StepState) -> str:
    """How a step ended, for the result breakdown: the status, made precise by the session's
    feedback (a failed step timed out, was answered wrong or skipped; a skipped one was on screen
    when the attempt ended, or never reached)."""
    if state.status is StepStatus.FAILED:
        return {
            "timeout": QCoreApplication.translate("LabWords", "Timed out"),
            "wrong": QCoreApplication.translate("LabWords", "Wrong"),
            "gave_up": QCoreApplication.translate("LabWords", "Skipped, no points"),
        }.get(state.feedback or "", status_name(state.status))
    if state.status is StepStatus.SKIPPED and state.duration_s is not None:
        return QCoreApplication.translate("LabWords", "Not finished")
    return status_name(state.status)


def clock_text(seconds: float | None) -> str:
    """A duration as m:ss (h:mm:ss from an hour); "–" for None. Counts up to whole seconds, so a
    countdown shows 0:00 only when the time is really up."""
    if seconds is None or not math.isfinite(seconds):
        return "–"
    s = max(0, math.ceil(seconds - 1e-6))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def points_text(value: float, lang: str) -> str:
    """Points as authors write weights: whole numbers without decimals, else one decimal."""
    return format_number(value, 0 if abs(value - round(value)) < 1e-9 else 1, lang)


def percent_text(fraction: float, lang: str) -> str:
    """A fraction 0..1 as a whole percentage: "85 %" as Dutch, German and Frisian write it, "85%" in English."""
    number = format_number(fraction * 100, 0, lang)
    return f"{number}%" if lang == "en" else f"{number} %"


def shorten(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: cut at a word, without trailing punctuation, and
    ended with "…" when it was cut."""
    s = " ".join(text.split())
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" .,;:!?") + "…"
