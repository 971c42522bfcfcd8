"""InstructorSection: the base of every screen in the instructor hub."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["InstructorSection", "set_message"]


class InstructorSection(QWidget):
    """One screen of the hub. Subclasses give `section_title()` (translated, for the section list),
    may reload in `activate()` (called each time the section is shown; never blocks: reads go through
    BackgroundJobs), and put their texts in `retranslate()`, which runs on every language change."""

    def section_title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """The section was shown: refresh what may have changed meanwhile."""

    def leave(self) -> None:
        """The hub was left (locked, or the kiosk reset): forget what concerned one person (a selected
        trainee, a question left open, half-typed fields), so the next unlock starts clean."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A message already shown is in the old language: it goes, rather than stay half-translated;
            # `retranslate` then shows again whatever should be there (hints, a status in words).
            for label in self.findChildren(QLabel, "Message"):
                set_message(label, "")
            self.retranslate()
        super().changeEvent(event)


def set_message(label: QLabel, text: str, kind: str = "") -> None:
    """Show `text` in a #Message label; `kind` "ok" or "error" colours it ("" for plain)."""
    label.setText(text)
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
