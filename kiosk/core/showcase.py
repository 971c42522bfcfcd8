"""The visitor showcase's content: cards about the site and smart industry, and their rotation.

Pure: no Qt, no files. The loader (kiosk/services/showcase_content.py) reads a site's
`<site>.showcase.toml` into these types; the screen asks a `CardDeck` which card to show now, with
whatever clock it likes (tests use a fake one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.core.text import LANGUAGES, LocalText

REQUIRED_LANGUAGES: tuple[str, ...] = ("nl", "en")
"""A card without these is not shown."""

EXPECTED_LANGUAGES: tuple[str, ...] = LANGUAGES
"""A card without one of these is shown (the missing language falls back visibly) but reported."""

DEFAULT_SECONDS_PER_CARD = 14.0
MIN_SECONDS_PER_CARD = 4.0
DEFAULT_TASTER_MODULE = "visitor-taster"


@dataclass(frozen=True)
class Card:
    """One showcase card: a short title and a body of two or three sentences, per language."""

    id: str
    title: LocalText
    body: LocalText


@dataclass(frozen=True)
class ShowcaseContent:
    """What a site shows visitors: the cards, how long each stays, which modules it offers."""

    cards: tuple[Card, ...] = ()
    seconds_per_card: float = DEFAULT_SECONDS_PER_CARD
    offered_modules: tuple[str, ...] = ()
    taster_module: str = DEFAULT_TASTER_MODULE
    problems: tuple[str, ...] = field(default=())


def missing_languages(texts: Mapping[str, str], languages: Sequence[str]) -> list[str]:
    """The languages of `languages` that have no (non-blank) text in `texts`, in that order."""
    return [lang for lang in languages if not str(texts.get(lang, "")).strip()]


def card_problems(card: Card) -> tuple[list[str], bool]:
    """What is wrong with `card`'s languages, as "title: missing nl" lines, and whether it can be shown
    (nl and en present in title and body)."""
    problems: list[str] = []
    usable = True
    for part, text in (("title", card.title), ("body", card.body)):
        required = missing_languages(text.texts, REQUIRED_LANGUAGES)
        expected = [x for x in missing_languages(text.texts, EXPECTED_LANGUAGES) if x not in required]
        if required:
            usable = False
            problems.append(f"{part}: missing {', '.join(required)} (required; the card is not shown)")
        if expected:
            problems.append(f"{part}: missing {', '.join(expected)} (shown in English instead)")
    return problems, usable


class CardDeck:
    """Rotates through cards, `seconds_per_card` each, on a clock the caller passes in.

    `current(now)` moves on by itself when the card's time is up; `advance(now, step)` is a tap or a
    swipe (+1 next, -1 back) and gives the new card its full time. A clock that goes backwards
    restarts the current card's time instead of jumping. An empty deck has no current card.
    """

    def __init__(self, cards: Sequence[Card], seconds_per_card: float = DEFAULT_SECONDS_PER_CARD, now: float = 0.0):
        if seconds_per_card < MIN_SECONDS_PER_CARD:
            raise ValueError(f"seconds_per_card must be at least {MIN_SECONDS_PER_CARD}, got {seconds_per_card}")
        self.cards: tuple[Card, ...] = tuple(cards)
        self.seconds_per_card = float(seconds_per_card)
        self._index = 0
        self._since = now

    def __len__(self) -> int:
        return len(self.cards)

    def _catch_up(self, now: float) -> None:
        if not self.cards:
            return
        if now < self._since:
            self._since = now
            return
        steps = int((now - self._since) // self.seconds_per_card)
        if steps:
            self._index = (self._index + steps) % len(self.cards)
            self._since += steps * self.seconds_per_card

    def index(self, now: float) -> int:
        """The position of the card shown at `now` (0 for an empty deck)."""
        self._catch_up(now)
        return self._index

    def current(self, now: float) -> Card | None:
        self._catch_up(now)
        return self.cards[self._index] if self.cards else None

    def progress(self, now: float) -> float:
        """How much of the current card's time has passed, 0..1."""
        self._catch_up(now)
        return min(1.0, max(0.0, (now - self._since) / self.seconds_per_card))

    def advance(self, now: float, step: int = 1) -> Card | None:
        """Go `step` cards on (negative: back), wrapping; the new card gets its full time."""
        if not self.cards:
            return None
        self._catch_up(now)
        self._index = (self._index + step) % len(self.cards)
        self._since = now
        return self.cards[self._index]

    def restart(self, now: float) -> None:
        """Back to the first card, with its full time (when the showcase comes back on screen)."""
        self._index = 0
        self._since = now
