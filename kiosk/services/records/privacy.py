"""Privacy of the records: the retention period, purging what is older, and erasing one trainee.

Retention. The setting `retention.months` (default 12, allowed 1 to 120) says how long attempts are
kept. `purge` removes, in ONE transaction, every attempt that ended before the cutoff (an attempt that
never ended counts from its start) with all its rows in events, samples, safety_acks, waivers and the
LRS outbox, and then every trainee (with their name) who has no attempt left and was added before the
cutoff. What stays of the purged attempts is the aggregated, anonymous trace in the purge's audit row:
the cutoff, the number of rows removed per table and, per module, the number of attempts per outcome.
The audit log itself is never purged: its triggers refuse UPDATE and DELETE, and its hash chain would
show any row removed behind their back. That is why no audit row ever holds a trainee's name.

Erasure. `erase_trainee` deletes the trainee's name and re-keys everything that is left of them under a
fresh random pseudonym (`ANON-` and 8 Crockford base32 characters, a valid trainee code): the trainees
row, their attempts and the xAPI statements of those attempts (in `events` and in the LRS outbox). The
attempts also get fresh registrations, because other audit rows may name a registration next to the
old code, and the immutable audit log would otherwise link the two. Process samples and the safety
acknowledgements of their attempts are deleted (detail that aggregated history does not need); the
attempts (module, dates, outcome, score) and their statements stay, so counts and pass rates per
module and group are still right. Nothing keeps the link between the old code and the pseudonym.
Statements that the LRS has already accepted are outside this kiosk and are not changed.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import uuid
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kiosk.core.trainee_code import ERASED_PREFIX
from kiosk.services.records.settings import read_setting, write_setting
from kiosk.services.records.store import RecordStore, StoreError, append_audit_row, utc_now

__all__ = [
    "DEFAULT_RETENTION_MONTHS",
    "MAX_RETENTION_MONTHS",
    "MIN_RETENTION_MONTHS",
    "PSEUDONYM_PREFIX",
    "RETENTION_KEY",
    "PurgePlan",
    "UnknownTrainee",
    "cutoff_for",
    "erase_trainee",
    "last_purge",
    "purge",
    "purge_preview",
    "retention_months",
    "set_retention_months",
]

RETENTION_KEY = "retention.months"
DEFAULT_RETENTION_MONTHS = 12
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 120

PSEUDONYM_PREFIX = ERASED_PREFIX  # reserved: kiosk.core.trainee_code refuses such codes
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: nothing to misread on a printout
_PSEUDONYM_CHARS = 8


class UnknownTrainee(StoreError):
    """There is no trainee with the code that was given."""


# ------------------------------------------------------------------------------------- retention


def _retention_problem(months: object) -> str | None:
    if isinstance(months, bool) or not isinstance(months, int):
        return f"must be a whole number of months, not {months!r}"
    if not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        return f"must be {MIN_RETENTION_MONTHS} to {MAX_RETENTION_MONTHS} months, not {months}"
    return None


def retention_months(store: RecordStore) -> int:
    """How many months attempts are kept (the setting `retention.months`, default 12). A stored value
    out of range raises ValueError naming the setting and the file, so a purge never runs with it."""
    value = read_setting(store, RETENTION_KEY, DEFAULT_RETENTION_MONTHS)
    problem = _retention_problem(value)
    if problem is not None:
        raise ValueError(f"the setting {RETENTION_KEY} in {store.path} {problem}")
    assert isinstance(value, int)
    return value


def set_retention_months(store: RecordStore, months: int, *, actor: str) -> Future[None]:
    """Keep attempts `months` months (1 to 120); audited as a "setting" change by `actor`. Anything
    else raises ValueError here, before anything is queued."""
    problem = _retention_problem(months)
    if problem is not None:
        raise ValueError(f"the retention period {problem}")
    return write_setting(store, RETENTION_KEY, months, actor=actor)


# ----------------------------------------------------------------------------------------- purge


@dataclass(frozen=True)
class PurgePlan:
    """What a purge with this cutoff removes (or removed): rows per table, and per module the number
    of attempts per outcome ("open" for attempts that never ended)."""

    cutoff: str  # ISO 8601 UTC: attempts that ended before this go
    months: int
    attempts: int = 0
    events: int = 0
    samples: int = 0
    safety_acks: int = 0
    waivers: int = 0
    lrs_outbox: int = 0
    trainees: int = 0
    outcomes_per_module: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing would be removed."""
        return not (self.attempts or self.trainees)

    @property
    def attempts_per_module(self) -> dict[str, int]:
        return {module: sum(outcomes.values()) for module, outcomes in self.outcomes_per_module.items()}

    def counts(self) -> dict[str, int]:
        """Rows per table, as the audit row keeps them."""
        return {
            "attempts": self.attempts,
            "events": self.events,
            "samples": self.samples,
            "safety_acks": self.safety_acks,
            "waivers": self.waivers,
            "lrs_outbox": self.lrs_outbox,
            "trainees": self.trainees,
        }


def _months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the last day of a shorter month)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month0 = divmod(index, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month0 + 1, day=day)
        except ValueError:  # 31 March minus one month: 28 or 29 February
            day -= 1


def cutoff_for(now: datetime, months: int) -> datetime:
    """The moment before which attempts are purged: `now` (timezone-aware) minus `months` months, in UTC."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _months_before(now.astimezone(UTC), months)


# SQLite's julianday() reads ISO 8601 with any UTC offset, so times stored with different offsets still
# compare right; a time it cannot read gives NULL, and such a row is kept rather than guessed at.
_OLD_ATTEMPTS = "SELECT registration FROM attempts WHERE julianday(COALESCE(ended_at, started_at)) < julianday(:cutoff)"
_GONE_TRAINEES = (
    "SELECT t.code FROM trainees t WHERE julianday(t.created_at) < julianday(:cutoff) AND NOT EXISTS"
    f" (SELECT 1 FROM attempts a WHERE a.trainee_code = t.code AND a.registration NOT IN ({_OLD_ATTEMPTS}))"
)
# Table -> the rows of it that go, in the order they are deleted (children before their attempt).
_DOOMED = (
    ("lrs_outbox", f"statement_id IN (SELECT id FROM events WHERE registration IN ({_OLD_ATTEMPTS}))"),
    ("events", f"registration IN ({_OLD_ATTEMPTS})"),
    ("samples", f"registration IN ({_OLD_ATTEMPTS})"),
    ("safety_acks", f"registration IN ({_OLD_ATTEMPTS})"),
    ("waivers", f"registration IN ({_OLD_ATTEMPTS})"),
)


def _plan(conn: sqlite3.Connection, cutoff: str, months: int) -> PurgePlan:
    """Count what goes (any connection: the preview's reader, or the purge's own transaction)."""
    args = {"cutoff": cutoff}
    counts = {
        table: conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", args).fetchone()[0]
        for table, where in _DOOMED
    }
    outcomes: dict[str, dict[str, int]] = {}
    for module, outcome, n in conn.execute(
        f"SELECT module_id, COALESCE(outcome, 'open'), count(*) FROM attempts WHERE registration IN ({_OLD_ATTEMPTS})"
        " GROUP BY module_id, COALESCE(outcome, 'open') ORDER BY module_id",
        args,
    ):
        outcomes.setdefault(str(module), {})[str(outcome)] = int(n)
    trainees = conn.execute(f"SELECT count(*) FROM ({_GONE_TRAINEES})", args).fetchone()[0]
    return PurgePlan(
        cutoff=cutoff,
        months=months,
        attempts=sum(sum(o.values()) for o in outcomes.values()),
        trainees=int(trainees),
        outcomes_per_module=outcomes,
        **{table: int(n) for table, n in counts.items()},
    )


def _cutoff(store: RecordStore, now: datetime | None, months: int | None) -> tuple[str, int]:
    kept = retention_months(store) if months is None else months
    problem = _retention_problem(kept)
    if problem is not None:
        raise ValueError(f"the retention period {problem}")
    moment = cutoff_for(now or datetime.now(UTC), kept)
    return moment.isoformat(timespec="milliseconds"), kept


def purge_preview(store: RecordStore, *, now: datetime | None = None, months: int | None = None) -> PurgePlan:
    """What `purge` with the same arguments would remove now (reads only; call it off the GUI thread).
    `months` defaults to the retention setting, `now` to the current time."""
    cutoff, kept = _cutoff(store, now, months)
    with store.reading() as conn:
        return _plan(conn, cutoff, kept)


def purge(
    store: RecordStore, *, actor: str, now: datetime | None = None, months: int | None = None
) -> Future[PurgePlan]:
    """Remove the attempts older than the retention period and the trainees left without attempts
    (see the module docstring), in one transaction with its audit row (action "purge", `actor`);
    resolves to what was removed. The audit log is never purged (append-only by trigger)."""
    cutoff, kept = _cutoff(store, now, months)

    def work(conn: sqlite3.Connection) -> PurgePlan:
        plan = _plan(conn, cutoff, kept)
        args = {"cutoff": cutoff}
        for table, where in _DOOMED:
            conn.execute(f"DELETE FROM {table} WHERE {where}", args)
        # Trainees first: which of them go depends on the old attempts still being there to tell apart.
        gone = [row[0] for row in conn.execute(_GONE_TRAINEES, args)]
        conn.execute(f"DELETE FROM attempts WHERE registration IN ({_OLD_ATTEMPTS})", args)
        conn.executemany("DELETE FROM trainee_names WHERE code = ?", [(c,) for c in gone])
        conn.executemany("DELETE FROM trainees WHERE code = ?", [(c,) for c in gone])
        detail = {
            "cutoff": cutoff,
            "months": kept,
            "removed": plan.counts(),
            "outcomes_per_module": plan.outcomes_per_module,
        }
        append_audit_row(conn, utc_now(), actor, "purge", json.dumps(detail, sort_keys=True, ensure_ascii=False))
        return plan

    return store.write(work)


def last_purge(store: RecordStore) -> str | None:
    """When the last purge ran (the audit row's ISO 8601 UTC time), or None when none has."""
    with store.reading() as conn:
        row = conn.execute("SELECT at FROM audit WHERE action = 'purge' ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


# ----------------------------------------------------------------------------------------- erase


def _new_pseudonym(conn: sqlite3.Connection) -> str:
    while True:
        code = PSEUDONYM_PREFIX + "".join(secrets.choice(_CROCKFORD) for _ in range(_PSEUDONYM_CHARS))
        if conn.execute("SELECT 1 FROM trainees WHERE code = ?", (code,)).fetchone() is None:
            return code


def _replaced(value: Any, swap: Mapping[str, str]) -> Any:
    """`value` (decoded JSON) with every string (keys included) found in `swap` replaced by its partner."""
    if isinstance(value, str):
        return swap.get(value, value)
    if isinstance(value, list):
        return [_replaced(v, swap) for v in value]
    if isinstance(value, dict):
        return {swap.get(k, k): _replaced(v, swap) for k, v in value.items()}
    return value


def _rewrite_json(text: str, swap: Mapping[str, str]) -> str:
    return json.dumps(_replaced(json.loads(text), swap), sort_keys=True, ensure_ascii=False)


def _day_only(iso: str) -> str:
    """Midnight UTC of `iso`'s day: the exact moment a trainee was added is also in the audit log
    (next to their code), so keeping it would let the log link the pseudonym back."""
    try:
        day = datetime.fromisoformat(iso).astimezone(UTC).date()
    except ValueError:
        day = datetime.now(UTC).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).isoformat(timespec="milliseconds")


def erase_trainee(store: RecordStore, code: str, *, actor: str) -> Future[str]:
    """Erase the trainee `code` (see the module docstring): the name goes, the rest is re-keyed under a
    fresh pseudonym; audited (action "erase-trainee", `actor`). Resolves to the pseudonym, for the
    caller's message only. An unknown code raises UnknownTrainee (here, or from the Future when the
    trainee went meanwhile)."""
    if store.trainee(code) is None:
        raise UnknownTrainee(f"there is no trainee {code} in {store.path}")

    def work(conn: sqlite3.Connection) -> str:
        row = conn.execute("SELECT created_at, group_name FROM trainees WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise UnknownTrainee(f"there is no trainee {code} in {store.path}")
        pseudonym = _new_pseudonym(conn)
        conn.execute(
            "INSERT INTO trainees(code, created_at, group_name) VALUES (?, ?, ?)",
            (pseudonym, _day_only(row[0]), row[1]),
        )
        registrations = [
            r[0] for r in conn.execute("SELECT registration FROM attempts WHERE trainee_code = ?", (code,))
        ]
        swap = {code: pseudonym} | {reg: str(uuid.uuid4()) for reg in registrations}
        for old in registrations:
            new = swap[old]
            conn.execute("DELETE FROM samples WHERE registration = ?", (old,))
            conn.execute("DELETE FROM safety_acks WHERE registration = ?", (old,))
            # A copy under the new keys, then the children moved over, then the old row: the foreign
            # keys are enforced and have no ON UPDATE CASCADE.
            conn.execute(
                "INSERT INTO attempts(registration, trainee_code, module_id, module_version, site, cell, simulated,"
                " language, started_at, ended_at, outcome, score_raw, score_max, scaled)"
                " SELECT ?, ?, module_id, module_version, site, cell, simulated, language, started_at, ended_at,"
                " outcome, score_raw, score_max, scaled FROM attempts WHERE registration = ?",
                (new, pseudonym, old),
            )
            # The day only: the exact time sits in the waive-step audit row next to the code.
            conn.execute(
                "UPDATE waivers SET registration = ?, waived_at = substr(waived_at, 1, 10) WHERE registration = ?",
                (new, old),
            )
            events = conn.execute("SELECT id, statement_json FROM events WHERE registration = ?", (old,)).fetchall()
            for event_id, statement_json in events:
                conn.execute(
                    "UPDATE events SET registration = ?, statement_json = ? WHERE id = ?",
                    (new, _rewrite_json(statement_json, swap), event_id),
                )
                queued = conn.execute("SELECT statement_json FROM lrs_outbox WHERE statement_id = ?", (event_id,))
                for (outbox_json,) in queued.fetchall():
                    conn.execute(
                        "UPDATE lrs_outbox SET statement_json = ? WHERE statement_id = ?",
                        (_rewrite_json(outbox_json, swap), event_id),
                    )
            conn.execute("DELETE FROM attempts WHERE registration = ?", (old,))
        conn.execute("DELETE FROM trainee_names WHERE code = ?", (code,))
        conn.execute("DELETE FROM trainees WHERE code = ?", (code,))
        # Only the old code: the audit log can never be erased, so a pseudonym named here would tie
        # the "anonymous" history back to the code (and through the card or the class list, to the person).
        detail = {"trainee": code, "attempts": len(registrations)}
        append_audit_row(conn, utc_now(), actor, "erase-trainee", json.dumps(detail, sort_keys=True))
        return pseudonym

    return store.write(work)
