"""Loading the compiled translations (.qm) for every language, once, at start."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def load_translators(i18n_dir: Path, languages: Iterable[str]) -> dict[str, list[QTranslator]]:
    """For each language: the kiosk's own translator (i18n_dir/kiosk_<lang>.qm) and Qt's own
    (qtbase_<lang>.qm, for standard dialogs) where they exist. English is the source language and
    needs none. A missing kiosk file for nl is logged as an error: `make` builds it."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    result: dict[str, list[QTranslator]] = {}
    for lang in languages:
        found: list[QTranslator] = []
        if lang != "en":
            own = QTranslator()
            if own.load(str(i18n_dir / f"kiosk_{lang}.qm")):
                found.append(own)
            else:
                log.log(logging.ERROR if lang == "nl" else logging.INFO, "no translation file for %s", lang)
        qt = QTranslator()
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            found.append(qt)
        result[lang] = found
    return result
