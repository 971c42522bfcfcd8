"""Trainee codes: the pseudonymous name a trainee signs in with, and what a trainee's QR card carries.

The rule. A trainee code is 3 to 20 characters of A-Z, 0-9 and '-', and does not start or end with
'-' (`T-1001`, `EMMEN-042`, `ZK7`). Codes are kept upper case; `normalize_code` turns whatever was
typed or scanned into that form, `code_problem` says in plain words what is wrong with the result.

The QR card format (the instructor screens print cards with it; `card_payload` makes the text).
A card carries the URI

    SKILLSLAB:TRAINEE:<CODE>           e.g.  SKILLSLAB:TRAINEE:T-1001

- The scheme and kind are case-insensitive (`skillslab:trainee:T-1001` works too). Print them upper
  case: then the whole payload fits QR *alphanumeric* mode (0-9, A-Z, space, $ % * + - . / :),
  which makes a smaller, more robust symbol than byte mode; a 20-character code gives 38 characters,
  a version 2 symbol at error-correction level M.
- The prefix tells a trainee card apart from any other QR code a scanner may be pointed at (a web
  address on a poster scans as an invalid code, never as somebody's code), and lets the sign-in
  screen notice that a card was scanned in the middle of typing (the scan replaces what was typed).
- A card that carries the bare code (`T-1001`) is accepted too, for cards made by hand.
- USB scanners "type" the payload as a keyboard would and press Enter. A scanner set to another
  keyboard layout than the kiosk's may type other characters for ':' or '-'; such a scan fails
  the rule (and is refused as invalid) rather than turning into another code, because nothing
  typed is dropped silently except spaces.
"""

from __future__ import annotations

import re

__all__ = [
    "CARD_PREFIX",
    "CODE_MAX_LEN",
    "CODE_MIN_LEN",
    "ERASED_PREFIX",
    "card_payload",
    "code_problem",
    "is_valid_code",
    "normalize_code",
    "strip_card_prefix",
]

CARD_PREFIX = "SKILLSLAB:TRAINEE:"
"""What a trainee card's QR payload starts with (compared case-insensitively)."""

CODE_MIN_LEN = 3
CODE_MAX_LEN = 20

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—−", "-"))  # typographic dashes a word processor or phone types
_WHITESPACE = re.compile(r"\s+")
_ALLOWED = re.compile(r"[A-Z0-9-]")


def strip_card_prefix(text: str) -> str:
    """`text` without a leading card prefix (any case); unchanged when it has none."""
    if text[: len(CARD_PREFIX)].upper() == CARD_PREFIX:
        return text[len(CARD_PREFIX) :]
    return text


def normalize_code(text: str) -> str:
    """The code in `text` as the kiosk keeps it: whitespace anywhere removed (a scanner's trailing
    Enter or Tab, spaces typed between groups), the card prefix `SKILLSLAB:TRAINEE:` removed,
    typographic dashes turned into '-', upper case. Nothing else is removed or changed, so a
    wrong character stays visible to `code_problem`."""
    compact = _WHITESPACE.sub("", text).translate(_DASHES)
    return strip_card_prefix(compact).upper()


ERASED_PREFIX = "ANON-"
"""The pseudonyms of erased trainees start with this; no one signs in with, or is given, such a code."""


def code_problem(code: str) -> str | None:
    """None when `code` (already normalized) follows the rule, else the reason in plain words."""
    if not code:
        return "no trainee code was given"
    bad = sorted({ch for ch in code if not _ALLOWED.fullmatch(ch)})
    if bad:
        shown = " ".join(repr(ch) for ch in bad)
        return f"a trainee code has only the letters A-Z, the digits 0-9 and '-' (not {shown})"
    if len(code) < CODE_MIN_LEN:
        return f"a trainee code has at least {CODE_MIN_LEN} characters (this one has {len(code)})"
    if len(code) > CODE_MAX_LEN:
        return f"a trainee code has at most {CODE_MAX_LEN} characters (this one has {len(code)})"
    if code.startswith("-") or code.endswith("-"):
        return "a trainee code does not start or end with '-'"
    if code.startswith(ERASED_PREFIX):
        return f"codes starting with {ERASED_PREFIX} stand for erased trainees and cannot be used"
    return None


def is_valid_code(code: str) -> bool:
    return code_problem(code) is None


def card_payload(code: str) -> str:
    """The text to put in the QR code of `code`'s card. Raises ValueError for a code that breaks
    the rule (a card that can never sign in must not be printed)."""
    normal = normalize_code(code)
    problem = code_problem(normal)
    if problem is not None:
        raise ValueError(f"{code!r}: {problem}")
    return CARD_PREFIX + normal
