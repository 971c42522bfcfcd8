"""Exports of the records store to files (no Qt): attempts and skills as CSV, statements as xAPI JSONL.

Every function reads a `RecordStore`, writes into `out_dir` (created if missing) and returns the path of
the main file written. Files are readable by the owner only (mode 0600): each is written to a temporary
name in the same folder, created with `os.open(..., 0o600)`, then moved into place with `os.replace`.

Filters: `trainee` keeps one trainee's attempts (by code); `since` keeps attempts started on or after
that date (the UTC date of the ISO start timestamp).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.services.private_files import write_private
from kiosk.services.records.store import Attempt, RecordStore

__all__ = [
    "ATTEMPTS_CSV",
    "ATTEMPTS_HEADER",
    "SKILLS_CSV",
    "SKILLS_HEADER",
    "STATEMENTS_JSONL",
    "best_passed",
    "export_attempts_csv",
    "export_xapi_jsonl",
    "inert_text",
    "is_passed",
    "selected_attempts",
    "skill_status",
    "skill_summary",
    "write_private",
]

ATTEMPTS_CSV = "attempts.csv"
SKILLS_CSV = "skills.csv"
STATEMENTS_JSONL = "statements.jsonl"

ATTEMPTS_HEADER = (
    "trainee",
    "name",
    "module",
    "module_version",
    "site",
    "cell",
    "simulated",
    "language",
    "started",
    "ended",
    "outcome",
    "score_raw",
    "score_max",
    "scaled_percent",
)
SKILLS_HEADER = ("trainee", "name", "module", "best_scaled_percent", "status", "attempts", "last_date")

_PASSED = frozenset({"passed", "waived"})
_FAILED = frozenset({"failed"})


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_text(value: Any) -> Any:
    """A text a spreadsheet will not run: one that starts like a formula (a name typed as
    "=HYPERLINK(...)") gets a leading apostrophe, as Excel itself writes it. Other values unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([inert_text(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _started_on_or_after(attempt: Attempt, since: date | None) -> bool:
    return since is None or attempt.started_at[:10] >= since.isoformat()


def selected_attempts(
    store: RecordStore, *, trainee: str | None = None, since: date | None = None
) -> list[tuple[str, str | None, Attempt]]:
    """(code, display name, attempt) of the attempts the filters keep, by trainee code then start time."""
    trainees = store.list_trainees()
    if trainee is not None:
        trainees = [t for t in trainees if t.code == trainee]
    return [
        (t.code, t.display_name, a)
        for t in trainees
        for a in store.attempts_for(t.code)
        if _started_on_or_after(a, since)
    ]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _percent(scaled: float | None) -> str:
    if scaled is None:
        return ""
    return _number(round(scaled * 100.0, 1))


def is_passed(attempt: Attempt) -> bool:
    """True for an attempt that counts as passed (passed, or waived by an instructor)."""
    return attempt.outcome in _PASSED


def best_passed(
    selected: Iterable[tuple[str, str | None, Attempt]],
) -> list[tuple[str, str | None, Attempt]]:
    """One (code, name, attempt) per (trainee, module) that has a passed attempt: a real pass before a
    waiver, then the highest score, then the latest end; sorted by trainee code then module id."""
    best: dict[tuple[str, str], tuple[str, str | None, Attempt]] = {}

    def rank(a: Attempt) -> tuple[bool, float, str]:
        return (a.outcome == "passed", a.scaled if a.scaled is not None else -1.0, a.ended_at or a.started_at)

    for code, name, a in selected:
        if not is_passed(a):
            continue
        key = (code, a.module_id)
        if key not in best or rank(a) > rank(best[key][2]):
            best[key] = (code, name, a)
    return [best[k] for k in sorted(best)]


def skill_status(attempts: Sequence[Attempt]) -> str:
    """passed (any attempt passed or waived), failed (else any failed), in progress (else any attempt)
    or not started (no attempts)."""
    outcomes = {a.outcome for a in attempts}
    if outcomes & _PASSED:
        return "passed"
    if outcomes & _FAILED:
        return "failed"
    return "in progress" if attempts else "not started"


def skill_summary(
    selected: Sequence[tuple[str, str | None, Attempt]],
) -> list[tuple[str, str | None, str, float | None, str, int, str]]:
    """Trainee x module over the selected attempts: (code, name, module, best scaled score or None,
    skill_status, number of attempts, date of the last activity YYYY-MM-DD or ""); every trainee gets
    a row for every module anyone in the selection attempted, by code then module."""
    names: dict[str, str | None] = {}
    modules: set[str] = set()
    by_skill: dict[tuple[str, str], list[Attempt]] = {}
    for code, name, a in selected:
        names[code] = name
        modules.add(a.module_id)
        by_skill.setdefault((code, a.module_id), []).append(a)
    rows = []
    for code in sorted(names):
        for module in sorted(modules):
            group = by_skill.get((code, module), [])
            scores = [a.scaled for a in group if a.scaled is not None]
            last = max((a.ended_at or a.started_at for a in group), default="")
            rows.append(
                (code, names[code], module, max(scores) if scores else None, skill_status(group), len(group), last[:10])
            )
    return rows


def export_attempts_csv(
    store: RecordStore, out_dir: str | Path, *, trainee: str | None = None, since: date | None = None
) -> Path:
    """Write `attempts.csv` (one row per attempt) and `skills.csv` (trainee x module) into `out_dir`;
    returns the path of attempts.csv (skills.csv is next to it)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    selected = selected_attempts(store, trainee=trainee, since=since)
    attempt_rows = [
        (
            code,
            name or "",
            a.module_id,
            a.module_version,
            a.site,
            a.cell,
            "yes" if a.simulated else "no",
            a.language,
            a.started_at,
            a.ended_at or "",
            a.outcome or "",
            _number(a.score_raw),
            _number(a.score_max),
            _percent(a.scaled),
        )
        for code, name, a in selected
    ]
    attempts_path = out / ATTEMPTS_CSV
    write_private(attempts_path, _csv_bytes(ATTEMPTS_HEADER, attempt_rows))

    skill_rows = [
        (code, name or "", module, "" if best is None else _percent(best), status, count, last)
        for code, name, module, best, status, count, last in skill_summary(selected)
    ]
    write_private(out / SKILLS_CSV, _csv_bytes(SKILLS_HEADER, skill_rows))
    return attempts_path


def _time_key(timestamp: str) -> tuple[float, str]:
    """Sort by the instant (offsets may differ); an unreadable timestamp goes last."""
    try:
        return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp(), timestamp
    except ValueError:
        return float("inf"), timestamp


def export_xapi_jsonl(
    store: RecordStore, out_dir: str | Path, *, trainee: str | None = None, since: date | None = None
) -> Path:
    """Write `statements.jsonl` into `out_dir`: the selected attempts' xAPI statements as stored, one per
    line, in time order; returns its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    wanted = {a.registration for _, _, a in selected_attempts(store, trainee=trainee, since=since)}
    # One read of every event, kept as the stored text (the store writes it as sorted-key JSON): no
    # statement is parsed again, which for a year of a busy lab is most of the time an export takes.
    with store.reading() as conn:
        rows = [
            (_time_key(ts), text)
            for reg, ts, text in conn.execute(
                "SELECT registration, timestamp, statement_json FROM events ORDER BY timestamp, rowid"
            )
            if reg in wanted
        ]
    rows.sort(key=lambda r: r[0])  # by real time (offsets differ); stable: a registration's own order is kept
    lines = [text + "\n" for _, text in rows]
    path = out / STATEMENTS_JSONL
    write_private(path, "".join(lines).encode("utf-8"))
    return path
