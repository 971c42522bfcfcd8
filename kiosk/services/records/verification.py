"""Verification codes for passed attempts: printed on certificates, checked with `kiosk records verify`.

A code is the first 60 bits of HMAC-SHA256(secret, registration) written as 12 Crockford base32
characters in three groups (`7KQ2-M9XD-4TBR`): short enough to type off paper, deterministic (the same
attempt always gives the same code, so a certificate printed twice carries one code) and unforgeable
without the per-kiosk secret, which lives in the records file's settings ("certificate.secret") and is
created on first use. Typed codes are forgiving: case, spaces, dashes and the look-alikes O/I/L are
normalised as Crockford base32 prescribes.

Only attempts that count as passed have a code; `verify_code` finds the attempt a code belongs to by
recomputing the codes of the passed attempts (a kiosk holds thousands, not millions).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from kiosk.services.records.export import is_passed
from kiosk.services.records.settings import read_setting, write_setting
from kiosk.services.records.store import Attempt, RecordStore

__all__ = ["CODE_LENGTH", "SECRET_KEY", "normalize_verification_code", "verification_code", "verify_code"]

SECRET_KEY = "certificate.secret"
CODE_LENGTH = 12
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_WRITE_TIMEOUT_S = 30.0


def _secret(store: RecordStore) -> bytes:
    """The kiosk's certificate secret, created (and audited as "system") the first time it is needed."""
    value = read_setting(store, SECRET_KEY)
    if not isinstance(value, str) or not value:
        saved = write_setting(store, SECRET_KEY, secrets.token_hex(32), actor="system", secret=True, only_if_unset=True)
        saved.result(timeout=_WRITE_TIMEOUT_S)
        # Read back rather than trust our own token: another process may have written one first.
        value = read_setting(store, SECRET_KEY)
    return str(value).encode("utf-8")


def _code(secret: bytes, registration: str) -> str:
    digest = hmac.new(secret, registration.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = [_ALPHABET[(number >> (5 * (CODE_LENGTH - 1 - i))) & 31] for i in range(CODE_LENGTH)]
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def verification_code(store: RecordStore, attempt: Attempt) -> str:
    """The code of a passed attempt, XXXX-XXXX-XXXX. Raises ValueError for an attempt that is not passed
    (a code must never vouch for a failed or open attempt)."""
    if not is_passed(attempt):
        raise ValueError(f"attempt {attempt.registration} is not passed (outcome {attempt.outcome!r}); it has no code")
    return _code(_secret(store), attempt.registration)


def normalize_verification_code(text: str) -> str | None:
    """`text` as XXXX-XXXX-XXXX (upper case, O/I/L read as 0/1/1, spaces and dashes ignored), or None
    when it cannot be a code (wrong length or a character outside Crockford base32)."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_LOOKALIKES)
    if len(compact) != CODE_LENGTH or any(ch not in _ALPHABET for ch in compact):
        return None
    return "-".join(compact[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def verify_code(store: RecordStore, code: str) -> Attempt | None:
    """The passed attempt whose code is `code` (as typed), or None when no attempt has it."""
    wanted = normalize_verification_code(code)
    if wanted is None:
        return None
    with store.reading() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (SECRET_KEY,)).fetchone()
    if row is None:
        return None  # no code was ever issued from this records file
    secret = _secret(store)
    for trainee in store.list_trainees():
        for attempt in store.attempts_for(trainee.code):
            if is_passed(attempt) and hmac.compare_digest(_code(secret, attempt.registration), wanted):
                return attempt
    return None
