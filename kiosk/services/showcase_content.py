"""Reads a site's visitor showcase content: kiosk/sites/<site>.showcase.toml.

File format (every text is a table with one string per language; nl and en are required, de and fy
expected):

    seconds_per_card = 14                 # optional, at least 4
    taster_module = "visitor-taster"      # the module behind "Try it", no sign-in
    offered_modules = ["visitor-taster", "meet-the-cell", ...]   # module ids (labs/*.yaml `id:`)

    [[cards]]
    id = "smart-industry"                 # unique in the file; lower-case, digits, -
    [cards.title]
    nl = "..."
    en = "..."
    [cards.body]
    nl = "..."
    en = "..."

Nothing here raises for bad input: each problem is one line "file:line: key: message" (the style of
the site profiles), and the content keeps every card that can be shown. A card missing nl or en is
left out; one missing de or fy is kept (the screen falls back to English) and reported.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from kiosk.core.showcase import (
    DEFAULT_SECONDS_PER_CARD,
    DEFAULT_TASTER_MODULE,
    EXPECTED_LANGUAGES,
    MIN_SECONDS_PER_CARD,
    Card,
    ShowcaseContent,
    card_problems,
)
from kiosk.core.text import LocalText
from kiosk.services.key_paths import format_key

SHOWCASE_SUFFIX = ".showcase.toml"
MAX_FILE_BYTES = 128 * 1024
_TOP_KEYS = frozenset({"seconds_per_card", "taster_module", "offered_modules", "cards"})
_CARD_KEYS = frozenset({"id", "title", "body"})
_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
_SYNTAX_AT_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_CARDS_HEADER_RE = re.compile(r"^\s*\[\[\s*cards\s*\]\]")


def shipped_sites_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "sites"


def showcase_path(site_id: str, sites_dir: Path | None = None) -> Path:
    return (sites_dir if sites_dir is not None else shipped_sites_dir()) / f"{site_id}{SHOWCASE_SUFFIX}"


class _Lines:
    """Finds the line of a key in the file's text, well enough to point an author at it."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.card_starts = [i + 1 for i, line in enumerate(self.lines) if _CARDS_HEADER_RE.match(line)]

    def _card_span(self, index: int) -> tuple[int, int]:
        start = self.card_starts[index] if index < len(self.card_starts) else 1
        end = self.card_starts[index + 1] if index + 1 < len(self.card_starts) else len(self.lines) + 1
        return start, end

    def _find(self, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf"^\s*(\[\s*cards\s*\.\s*{re.escape(key)}\s*\]|{re.escape(key)}\s*[.=])")
        for n in range(start, min(end, len(self.lines) + 1)):
            if pattern.match(self.lines[n - 1]):
                return n
        return None

    def line(self, path: Sequence[str | int]) -> int:
        if len(path) >= 2 and path[0] == "cards" and isinstance(path[1], int):
            start, end = self._card_span(path[1])
            if len(path) >= 3 and isinstance(path[2], str):
                return self._find(path[2], start, end) or start
            return start
        if path and isinstance(path[0], str):
            first = self.card_starts[0] if self.card_starts else len(self.lines) + 1
            return self._find(path[0], 1, first) or 1
        return 1


def _read(path: Path, problems: list[str]) -> tuple[dict[str, Any], _Lines] | None:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        problems.append(f"{path}: cannot read the file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(f"{path}: the file is larger than {MAX_FILE_BYTES // 1024} KiB and was not read")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(f"{path}:{line}: the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _SYNTAX_AT_RE.search(message)
        line = int(match.group(1)) if match else text.count("\n") + 1
        message = message[: match.start()] if match else message
        problems.append(f"{path}:{line}: TOML syntax error: {message}")
        return None
    return data, _Lines(text)


def _local_text(value: Any, where: tuple[str | int, ...], card_id: str, problem: Any) -> tuple[LocalText, bool]:
    """A language table as LocalText; (empty, False) when it is not a table of strings."""
    if not isinstance(value, dict):
        problem(where, f'card {card_id!r}: expected a table of languages (nl = "...", en = "...")')
        return LocalText(), False
    texts: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in EXPECTED_LANGUAGES:
            problem((*where, lang), f"card {card_id!r}: unknown language (known: {', '.join(EXPECTED_LANGUAGES)})")
        elif not isinstance(text, str):
            problem((*where, lang), f"card {card_id!r}: expected text in quotes")
        elif text.strip():
            texts[lang] = " ".join(text.split())
    return LocalText(texts), True


def _cards(raw: Any, problem: Any) -> list[Card]:
    if not isinstance(raw, list):
        problem(("cards",), "expected [[cards]] tables")
        return []
    cards: list[Card] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problem(("cards", i), "expected a [[cards]] table")
            continue
        card_id = entry.get("id")
        if not isinstance(card_id, str) or not _ID_RE.fullmatch(card_id):
            problem(("cards", i, "id"), f"card id {card_id!r}: use lower-case letters, digits and -")
            continue
        if card_id in seen:
            problem(("cards", i, "id"), f"card {card_id!r} is given twice; this one is left out")
            continue
        seen.add(card_id)
        for key in entry:
            if key not in _CARD_KEYS:
                problem(("cards", i, key), f"card {card_id!r}: unknown key (known: id, title, body)")
        title, ok_title = _local_text(entry.get("title"), ("cards", i, "title"), card_id, problem)
        body, ok_body = _local_text(entry.get("body"), ("cards", i, "body"), card_id, problem)
        if not (ok_title and ok_body):
            continue
        card = Card(card_id, title, body)
        lang_problems, usable = card_problems(card)
        for line in lang_problems:
            part, _, message = line.partition(": ")
            problem(("cards", i, part), f"card {card_id!r}: {message}")
        if usable:
            cards.append(card)
    return cards


def load_showcase_file(path: Path, known_modules: Collection[str] | None = None) -> ShowcaseContent:
    """The content of one showcase file, with its problems. `known_modules`: the module ids the
    kiosk has (labs/*.yaml), to check `offered_modules` and `taster_module` against; None skips it."""
    problems: list[str] = []
    read = _read(path, problems)
    if read is None:
        return ShowcaseContent(problems=tuple(problems))
    data, lines = read

    def problem(where: Sequence[str | int], message: str) -> None:
        problems.append(f"{path}:{lines.line(where)}: {format_key(where)}: {message}")

    for key in data:
        if key not in _TOP_KEYS:
            problem((key,), f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")

    seconds = data.get("seconds_per_card", DEFAULT_SECONDS_PER_CARD)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < MIN_SECONDS_PER_CARD:
        problem(("seconds_per_card",), f"expected a number of seconds, at least {MIN_SECONDS_PER_CARD:g}")
        seconds = DEFAULT_SECONDS_PER_CARD

    taster = data.get("taster_module", DEFAULT_TASTER_MODULE)
    if not isinstance(taster, str) or not taster:
        problem(("taster_module",), "expected a module id in quotes")
        taster = DEFAULT_TASTER_MODULE
    elif known_modules is not None and taster not in known_modules:
        problem(("taster_module",), f"no module with id {taster!r} (known: {', '.join(sorted(known_modules))})")

    offered_raw = data.get("offered_modules", [])
    offered: list[str] = []
    if not isinstance(offered_raw, list):
        problem(("offered_modules",), "expected a list of module ids")
    else:
        for j, module_id in enumerate(offered_raw):
            if not isinstance(module_id, str):
                problem(("offered_modules",), f"entry {j}: expected a module id in quotes")
            elif known_modules is not None and module_id not in known_modules:
                problem(("offered_modules",), f"no module with id {module_id!r}")
            elif module_id not in offered:
                offered.append(module_id)

    cards = _cards(data.get("cards", []), problem)
    if not cards:
        problems.append(f"{path}: no card can be shown")
    return ShowcaseContent(
        cards=tuple(cards),
        seconds_per_card=float(seconds),
        offered_modules=tuple(offered),
        taster_module=taster,
        problems=tuple(problems),
    )


def load_showcase_content(
    site_id: str, *, known_modules: Collection[str] | None = None, sites_dir: Path | None = None
) -> ShowcaseContent:
    """The shipped showcase content of landing spot `site_id`. Never raises for bad input."""
    path = showcase_path(site_id, sites_dir)
    try:
        return load_showcase_file(path, known_modules)
    except Exception as exc:  # the showcase must come up whatever the file says
        return ShowcaseContent(problems=(f"{path}: internal error while reading the showcase: {exc!r}",))
