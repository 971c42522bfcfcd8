"""The instructor PIN rule and the lockout schedule: pure functions, no I/O.

The rule. An instructor PIN is 4 to 8 digits (0-9). Refused, because they are the first guesses:
all digits the same (`0000`, `111111`) and straight runs up or down (`1234`, `4321`, `56789`,
also across 9-0: `7890`, `8901`, `1098`). `pin_problem_kind` says which part of the rule a PIN breaks
(the screens translate that), `pin_problem` says it in plain English (the command line).

The lockout. After MAX_TRIES wrong PINs in a row the PIN is locked for FIRST_LOCK_S (5 minutes);
every further lockout before a correct PIN doubles that (10, 20, 40 minutes ...), capped at
MAX_LOCK_S (24 hours). A correct PIN resets the count and the doubling.
"""

from __future__ import annotations

import itertools
from enum import StrEnum

__all__ = [
    "FIRST_LOCK_S",
    "MAX_LOCK_S",
    "MAX_TRIES",
    "PIN_MAX_LEN",
    "PIN_MIN_LEN",
    "PinProblem",
    "lock_seconds",
    "pin_problem",
    "pin_problem_kind",
]

PIN_MIN_LEN = 4
PIN_MAX_LEN = 8
MAX_TRIES = 5
"""Wrong PINs in a row that lock the PIN."""
FIRST_LOCK_S = 5 * 60.0
MAX_LOCK_S = 24 * 3600.0


class PinProblem(StrEnum):
    """Which part of the rule a PIN breaks."""

    NOT_DIGITS = "not-digits"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    ALL_SAME = "all-same"
    STRAIGHT_RUN = "straight-run"


_REASONS = {
    PinProblem.NOT_DIGITS: "a PIN has digits (0-9) only",
    PinProblem.TOO_SHORT: f"a PIN has at least {PIN_MIN_LEN} digits",
    PinProblem.TOO_LONG: f"a PIN has at most {PIN_MAX_LEN} digits",
    PinProblem.ALL_SAME: "all digits are the same (like 0000), which is one of the first PINs anyone tries",
    PinProblem.STRAIGHT_RUN: "the digits run straight up or down (like 1234 or 4321), "
    "which is one of the first PINs anyone tries",
}


def _is_run(pin: str, step: int) -> bool:
    return all((int(b) - int(a)) % 10 == step % 10 for a, b in itertools.pairwise(pin))


def pin_problem_kind(pin: str) -> PinProblem | None:
    """Which part of the rule `pin` breaks, or None when it is a good PIN. `pin` is taken as typed
    (no spaces are removed)."""
    if not pin or not all(ch in "0123456789" for ch in pin):
        return PinProblem.TOO_SHORT if not pin else PinProblem.NOT_DIGITS
    if len(pin) < PIN_MIN_LEN:
        return PinProblem.TOO_SHORT
    if len(pin) > PIN_MAX_LEN:
        return PinProblem.TOO_LONG
    if len(set(pin)) == 1:
        return PinProblem.ALL_SAME
    if _is_run(pin, 1) or _is_run(pin, -1):
        return PinProblem.STRAIGHT_RUN
    return None


def pin_problem(pin: str) -> str | None:
    """What is wrong with `pin`, in plain English, or None when it is a good PIN."""
    kind = pin_problem_kind(pin)
    return None if kind is None else _REASONS[kind]


def lock_seconds(lockouts: int) -> float:
    """How long the `lockouts`-th lockout in a row lasts (1 -> 5 min, 2 -> 10 min, ... at most 24 h)."""
    if lockouts < 1:
        return 0.0
    return min(FIRST_LOCK_S * 2.0 ** min(lockouts - 1, 32), MAX_LOCK_S)
