"""The instructor's progress matrix: trainee x module, with status, best score, attempts and last date.

One read of the records file (any thread). Filters: a trainee group, a site (where the attempts were
made), and a period (attempts started in it). A trainee with no attempt in the filtered set still has a
row when the group filter keeps them, so an instructor sees who has not started.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kiosk.services.records.export import skill_status
from kiosk.services.records.store import ATTEMPT_COLUMNS, Attempt, RecordStore, attempt_from_row

__all__ = ["ProgressCell", "ProgressFilter", "ProgressMatrix", "ProgressRow", "progress_matrix"]

_COLUMNS = ", ".join(f"a.{c.strip()}" for c in ATTEMPT_COLUMNS.split(","))


@dataclass(frozen=True)
class ProgressFilter:
    """None keeps everything. `since`/`until` are inclusive dates of the attempt's start (UTC)."""

    group: str | None = None
    site: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class ProgressCell:
    """One trainee's standing in one module."""

    status: str  # passed, completed (a module without a pass mark), failed, in progress
    best_scaled: float | None
    attempts: int
    last_date: str  # YYYY-MM-DD of the latest start
    registrations: tuple[str, ...]  # newest first


@dataclass(frozen=True)
class ProgressRow:
    code: str
    name: str | None
    group: str
    cells: dict[str, ProgressCell] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgressMatrix:
    rows: tuple[ProgressRow, ...]
    module_ids: tuple[str, ...]  # the modules with attempts in the filtered set, plus `modules` given
    groups: tuple[str, ...]  # every group known (for the filter), sorted
    sites: tuple[str, ...]  # every site with attempts (for the filter), sorted

    def cell(self, code: str, module_id: str) -> ProgressCell | None:
        for row in self.rows:
            if row.code == code:
                return row.cells.get(module_id)
        return None


def _cell(attempts: Sequence[Attempt]) -> ProgressCell:
    status = skill_status(attempts)
    if status == "in progress" and any(a.outcome == "completed" for a in attempts):
        status = "completed"
    scores = [a.scaled for a in attempts if a.scaled is not None]
    newest = sorted(attempts, key=lambda a: a.started_at, reverse=True)
    return ProgressCell(
        status=status,
        best_scaled=max(scores) if scores else None,
        attempts=len(attempts),
        last_date=newest[0].started_at[:10],
        registrations=tuple(a.registration for a in newest),
    )


def progress_matrix(store: RecordStore, filt: ProgressFilter, modules: Sequence[str] = ()) -> ProgressMatrix:
    """The matrix under `filt`. `modules` (e.g. the catalog's, in its order) come first as columns, then
    any other module that has attempts, alphabetically."""
    where: list[str] = []
    args: list[str] = []
    if filt.group is not None:
        where.append("t.group_name = ?")
        args.append(filt.group)
    trainee_where = f" WHERE {' AND '.join(where)}" if where else ""
    attempt_where = list(where)
    attempt_args = list(args)
    if filt.site is not None:
        attempt_where.append("a.site = ?")
        attempt_args.append(filt.site)
    if filt.since is not None:
        attempt_where.append("substr(a.started_at, 1, 10) >= ?")
        attempt_args.append(filt.since.isoformat())
    if filt.until is not None:
        attempt_where.append("substr(a.started_at, 1, 10) <= ?")
        attempt_args.append(filt.until.isoformat())
    attempts_sql = f"SELECT {_COLUMNS} FROM attempts a JOIN trainees t ON t.code = a.trainee_code" + (
        f" WHERE {' AND '.join(attempt_where)}" if attempt_where else ""
    )
    with store.reading() as conn:
        trainees = conn.execute(
            "SELECT t.code, n.display_name, t.group_name FROM trainees t"
            f" LEFT JOIN trainee_names n ON n.code = t.code{trainee_where} ORDER BY t.code",
            args,
        ).fetchall()
        attempts = [attempt_from_row(r) for r in conn.execute(attempts_sql, attempt_args)]
        groups = [r[0] for r in conn.execute("SELECT DISTINCT group_name FROM trainees WHERE group_name != ''")]
        sites = [r[0] for r in conn.execute("SELECT DISTINCT site FROM attempts")]
    by_cell: dict[tuple[str, str], list[Attempt]] = defaultdict(list)
    for a in attempts:
        by_cell[(a.trainee_code, a.module_id)].append(a)
    seen = {m for _, m in by_cell}
    module_ids = [m for m in modules] + sorted(seen - set(modules))
    rows = []
    for code, name, group in trainees:
        cells = {m: _cell(by_cell[(code, m)]) for m in module_ids if (code, m) in by_cell}
        rows.append(ProgressRow(code, name, group, cells))
    return ProgressMatrix(tuple(rows), tuple(module_ids), tuple(sorted(groups)), tuple(sorted(sites)))
