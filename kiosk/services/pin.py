"""The instructor PIN on disk: a scrypt hash, the count of wrong tries and the lockout, in one small
JSON file only the kiosk's user can read.

The file (`pin_file(paths)`, i.e. `<config dir>/instructor-pin.json`):

    {"scheme": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64, 16 bytes>",
     "hash": "<base64, 32 bytes>", "failures": 0, "locked_until": null, "lockouts": 0}

It is always written whole, to a temporary file created with mode 0600 (`os.open(..., 0o600)`),
flushed, then moved over the old one with `os.replace`: a crash leaves the old file or the new one,
never half of one. On Windows the mode bits mean little; the file sits in the user's own profile.

Cost. scrypt with N=2**17, r=8, p=1 (OWASP's recommendation) needs 128 MiB, more than Python's
default `maxmem` (32 MiB), so `maxmem` is raised to fit (128 * r * (N + p + 2) bytes plus 16 MiB).
One hash took 0.45-0.46 s on this 2-core machine (3 runs; ../shared/MEASURED.md says about 0.42 s).
Callers run `verify` and `set_pin` off the GUI thread (kiosk.viewmodels.instructor_lock).

Lockout (kiosk.core.pin_rules). Five wrong PINs in a row lock the PIN for 5 minutes; each further
lockout before a correct PIN doubles that, up to 24 hours; a correct PIN resets both counts. The
count and the lock are in the file, so restarting the kiosk does not reset them. While locked,
`verify` answers LOCKED without hashing (waiting out the hash must not give an attacker a free try).
The lock uses the wall clock (it has to survive a restart): setting the computer's clock forward
ends it, but that takes OS access, which can also just set a new PIN.

A damaged file (not JSON, fields missing or of the wrong kind, unreadable) does NOT count as "no
PIN": that would let anyone who can break the file set their own PIN on the kiosk's first-run screen.
It counts as set and LOCKED, with no end, and the verdict's `problem` says why. Recovery: someone
with access to the computer's shell, as the kiosk's user, runs `kiosk instructor set-pin`, which
writes a fresh file (and resets the tries and the lockout).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import logging
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.core.pin_rules import MAX_LOCK_S, MAX_TRIES, lock_seconds, pin_problem
from kiosk.services.paths import AppPaths
from kiosk.services.private_files import write_private

__all__ = [
    "PIN_FILE_NAME",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "PinStatus",
    "PinStore",
    "PinVerdict",
    "Verdict",
    "pin_file",
    "scrypt_maxmem",
]

log = logging.getLogger(__name__)

PIN_FILE_NAME = "instructor-pin.json"
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
_HEADROOM = 16 * 1024 * 1024
_MAXMEM_CAP = 2**31 - 1  # hashlib takes maxmem as a C long (32 bits on Windows)

DAMAGED_HINT = "set a new PIN with 'kiosk instructor set-pin' on this computer"


def pin_file(paths: AppPaths) -> Path:
    """Where the kiosk keeps the instructor PIN: `<config dir>/instructor-pin.json`."""
    return paths.config_dir / PIN_FILE_NAME


def scrypt_maxmem(n: int, r: int, p: int) -> int:
    """`maxmem` for hashlib.scrypt that fits these parameters (OpenSSL needs 128*r*(n+p+2) bytes)."""
    return min(128 * r * (n + p + 2) + _HEADROOM, _MAXMEM_CAP)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=scrypt_maxmem(n, r, p), dklen=HASH_BYTES
    )


class Verdict(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # tries_left more before the lock
    LOCKED = "locked"  # seconds_left until a PIN can be tried again (inf: damaged file, see `problem`)
    NOT_SET = "not-set"


@dataclass(frozen=True)
class PinVerdict:
    """The answer of `PinStore.verify`.

    - `kind`: OK, WRONG, LOCKED or NOT_SET;
    - `tries_left`: wrong PINs still allowed before the lock (WRONG; 0 otherwise);
    - `seconds_left` / `locked_until` (epoch seconds): LOCKED by too many tries; for a lock that
      needs a new PIN (damaged file) `seconds_left` is inf and `locked_until` None;
    - `new_lockout`: this very try started the lock (the audit log writes "locked-out");
    - `problem`: for LOCKED without an end, why (in English, for the log and the instructor).
    """

    kind: Verdict
    tries_left: int = 0
    seconds_left: float = 0.0
    locked_until: float | None = None
    new_lockout: bool = False
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.kind is Verdict.OK


@dataclass(frozen=True)
class PinStatus:
    """What `kiosk instructor status` shows. `problem` is set when the file is damaged."""

    is_set: bool
    failures: int = 0
    lockouts: int = 0
    locked_until: float | None = None
    problem: str | None = None


class _Damaged(Exception):
    pass


@dataclass
class _Record:
    n: int
    r: int
    p: int
    salt: bytes
    hash: bytes
    failures: int
    locked_until: float | None
    lockouts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "scheme": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "hash": base64.b64encode(self.hash).decode("ascii"),
            "failures": self.failures,
            "locked_until": self.locked_until,
            "lockouts": self.lockouts,
        }


def _int_field(data: dict[str, Any], name: str, low: int, high: int) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Damaged(f"field {name!r} is missing or not a whole number from {low} to {high}")
    return value


def _b64_field(data: dict[str, Any], name: str, min_len: int) -> bytes:
    value = data.get(name)
    if not isinstance(value, str):
        raise _Damaged(f"field {name!r} is missing")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _Damaged(f"field {name!r} is not base64") from None
    if len(raw) < min_len:
        raise _Damaged(f"field {name!r} is too short")
    return raw


def _parse(text: bytes) -> _Record:
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        raise _Damaged("it is not JSON") from None
    if not isinstance(data, dict):
        raise _Damaged("it is not a JSON object")
    if data.get("scheme") != "scrypt":
        raise _Damaged(f"unknown scheme {data.get('scheme')!r}")
    n = _int_field(data, "n", 2, 2**24)
    if n & (n - 1):
        raise _Damaged("field 'n' is not a power of two")
    locked_until = data.get("locked_until")
    if locked_until is not None and (
        isinstance(locked_until, bool) or not isinstance(locked_until, int | float) or not math.isfinite(locked_until)
    ):
        raise _Damaged("field 'locked_until' is not a time")
    return _Record(
        n=n,
        r=_int_field(data, "r", 1, 64),
        p=_int_field(data, "p", 1, 16),
        salt=_b64_field(data, "salt", 8),
        hash=_b64_field(data, "hash", 16),
        failures=_int_field(data, "failures", 0, 10**9),
        locked_until=None if locked_until is None else float(locked_until),
        lockouts=_int_field(data, "lockouts", 0, 10**9),
    )


class PinStore:
    """`PinStore(path, *, clock=time.time, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)`.

    `n`, `r`, `p` are the scrypt parameters for a PIN set from now on (tests pass a small n to be
    fast); a stored PIN is checked with the parameters written beside it. Safe to call from any
    thread (one lock serializes the read-modify-write of the file within this process).

    - `is_set()`: a PIN file exists (a damaged one counts: see the module text);
    - `set_pin(pin)`: store a new PIN (ValueError with the plain reason when it breaks the rule);
      resets wrong tries and lockouts. `only_if_unset=True` raises FileExistsError when a PIN is set;
    - `verify(pin) -> PinVerdict`: hashes at most once; LOCKED without hashing while locked;
    - `lock_state() -> PinVerdict | None`: LOCKED or NOT_SET when no PIN can be tried now, else None
      (reads the file, never hashes, changes nothing);
    - `status() -> PinStatus`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Callable[[], float] = time.time,
        n: int = SCRYPT_N,
        r: int = SCRYPT_R,
        p: int = SCRYPT_P,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._n, self._r, self._p = n, r, p
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------ reading
    def is_set(self) -> bool:
        return self.path.exists()

    def _load(self) -> _Record | None:
        """The record; None when there is no file. Raises _Damaged."""
        try:
            with open(self.path, "rb") as f:
                text = f.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _Damaged(f"it cannot be read ({exc.strerror or exc})") from None
        if len(text) > MAX_FILE_BYTES:
            raise _Damaged("it is far too large")
        return _parse(text)

    def _damaged(self, why: str) -> str:
        return f"the PIN file {self.path} is damaged: {why}; {DAMAGED_HINT}"

    def status(self) -> PinStatus:
        with self._lock:
            try:
                rec = self._load()
            except _Damaged as exc:
                return PinStatus(is_set=True, problem=self._damaged(str(exc)))
        if rec is None:
            return PinStatus(is_set=False)
        until = rec.locked_until if rec.locked_until is not None and rec.locked_until > self._clock() else None
        return PinStatus(True, rec.failures, rec.lockouts, until)

    def _locked(self, rec: _Record, now: float) -> PinVerdict | None:
        if rec.locked_until is None or now >= rec.locked_until:
            return None
        left = rec.locked_until - now
        if left > MAX_LOCK_S:
            # A clock set back must not stretch the lock beyond the longest one: the stored end is
            # brought back too, so it does not stay "24 h from now" for as long as the clock was off.
            left = MAX_LOCK_S
            rec.locked_until = now + left
            with contextlib.suppress(OSError):
                self._write(rec)
        return PinVerdict(Verdict.LOCKED, seconds_left=left, locked_until=now + left)

    def lock_state(self) -> PinVerdict | None:
        with self._lock:
            try:
                rec = self._load()
            except _Damaged as exc:
                return PinVerdict(Verdict.LOCKED, seconds_left=math.inf, problem=self._damaged(str(exc)))
            if rec is None:
                return PinVerdict(Verdict.NOT_SET)
            return self._locked(rec, self._clock())

    # ------------------------------------------------------------------------------ writing
    def _write(self, rec: _Record) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private(self.path, json.dumps(rec.to_json(), indent=1).encode("utf-8"))

    def set_pin(self, pin: str, *, only_if_unset: bool = False) -> None:
        """Store `pin` (hashing takes about 0.45 s). Raises ValueError (the rule's reason),
        FileExistsError (`only_if_unset` and a PIN, even a damaged file, is there) or OSError."""
        problem = pin_problem(pin)
        if problem is not None:
            raise ValueError(problem)
        salt = os.urandom(SALT_BYTES)
        digest = _scrypt(pin, salt, self._n, self._r, self._p)
        rec = _Record(self._n, self._r, self._p, salt, digest, failures=0, locked_until=None, lockouts=0)
        with self._lock:
            if only_if_unset and self.path.exists():
                raise FileExistsError(f"an instructor PIN is already set in {self.path}")
            self._write(rec)

    def verify(self, pin: str) -> PinVerdict:
        """Check `pin`. Anything typed counts as a try (also a PIN that breaks the rule)."""
        with self._lock:
            try:
                rec = self._load()
            except _Damaged as exc:
                return PinVerdict(Verdict.LOCKED, seconds_left=math.inf, problem=self._damaged(str(exc)))
            if rec is None:
                return PinVerdict(Verdict.NOT_SET)
            now = self._clock()
            locked = self._locked(rec, now)
            if locked is not None:
                return locked
            digest = _scrypt(pin, rec.salt, rec.n, rec.r, rec.p)
            if hmac.compare_digest(digest, rec.hash):
                if rec.failures or rec.lockouts or rec.locked_until is not None:
                    rec.failures, rec.lockouts, rec.locked_until = 0, 0, None
                    try:
                        self._write(rec)
                    except OSError as exc:  # the PIN was right; the old count stays on disk
                        log.warning("could not reset the wrong-PIN count in %s: %s", self.path, exc)
                return PinVerdict(Verdict.OK)
            rec.failures += 1
            rec.locked_until = None  # not locked now (checked above): an old, ended lock is cleared
            verdict: PinVerdict
            if rec.failures >= MAX_TRIES:
                rec.lockouts += 1
                rec.failures = 0
                seconds = lock_seconds(rec.lockouts)
                rec.locked_until = now + seconds
                verdict = PinVerdict(
                    Verdict.LOCKED, seconds_left=seconds, locked_until=rec.locked_until, new_lockout=True
                )
            else:
                verdict = PinVerdict(Verdict.WRONG, tries_left=MAX_TRIES - rec.failures)
            try:
                self._write(rec)
            except OSError as exc:  # a wrong try that cannot be counted must not be free: stay locked
                log.error("could not count a wrong PIN in %s: %s", self.path, exc)
                return PinVerdict(
                    Verdict.LOCKED,
                    seconds_left=math.inf,
                    problem=f"a wrong try cannot be counted in {self.path} ({exc.strerror or exc})",
                )
            return verdict
