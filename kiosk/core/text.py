"""Multilingual text as data: a map from language code to string, with visible fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LANGUAGES: tuple[str, ...] = ("nl", "en", "de", "fy")
"""The kiosk's languages, Dutch first (the default)."""

DEFAULT_LANGUAGE = "nl"
FALLBACK_ORDER: tuple[str, ...] = ("en", "nl")


@dataclass(frozen=True)
class LocalText:
    """Text in several languages. `get` falls back to English, then Dutch.

    `is_fallback(lang)` tells a screen that the text it shows is not in the asked language, so the
    screen can mark it (German and Frisian fall back visibly, never silently).
    """

    texts: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, value: str | Mapping[str, str]) -> LocalText:
        """A LocalText from a plain string (same in every language) or a language map."""
        if isinstance(value, str):
            return cls({lang: value for lang in LANGUAGES})
        return cls({k: v for k, v in value.items() if v})

    def get(self, lang: str) -> str:
        if lang in self.texts:
            return self.texts[lang]
        for other in FALLBACK_ORDER:
            if other in self.texts:
                return self.texts[other]
        return next(iter(self.texts.values()), "")

    def is_fallback(self, lang: str) -> bool:
        return lang not in self.texts
