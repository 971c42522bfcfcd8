"""The screen language: switches Qt's translators and tells data-driven widgets to re-label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from kiosk.core.text import DEFAULT_LANGUAGE, LANGUAGES


class LanguageModel(QObject):
    """Holds the current language. `set_language` swaps the installed translators (which makes Qt
    send LanguageChange to every widget, for `tr()` strings) and emits `language_changed` (for text
    that comes from data: tag labels, lab content).

    Translators are loaded once, at start, by the composition root: switching touches no disk.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        translators: dict[str, list[QTranslator]],
        language: str = DEFAULT_LANGUAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._translators = translators
        self._installed: list[QTranslator] = []
        self._language = ""
        self.set_language(language)

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
        if language == self._language:
            return
        app = QCoreApplication.instance()
        if app is not None:
            for tr in self._installed:
                QCoreApplication.removeTranslator(tr)
            self._installed = list(self._translators.get(language, []))
            for tr in self._installed:
                QCoreApplication.installTranslator(tr)
        self._language = language
        self.language_changed.emit(language)
