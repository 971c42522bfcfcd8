"""The records as one Excel workbook (openpyxl): sheet "Attempts" (one row per attempt, the columns of
attempts.csv) and sheet "Skills" (trainee x module, the columns of skills.csv).

Cells carry real types so a spreadsheet can sort and sum them: numbers are numbers, start and end are
datetimes (UTC, shown as yyyy-mm-dd hh:mm:ss; Excel has no time zones), the last date is a date and
`simulated` is a boolean. Empty values are empty cells. The header row is bold and frozen.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.services.records.export import (
    ATTEMPTS_HEADER,
    SKILLS_HEADER,
    inert_text,
    selected_attempts,
    skill_summary,
    write_private,
)
from kiosk.services.records.store import RecordStore

__all__ = ["ATTEMPTS_SHEET", "RECORDS_XLSX", "SKILLS_SHEET", "export_xlsx"]

RECORDS_XLSX = "records.xlsx"
ATTEMPTS_SHEET = "Attempts"
SKILLS_SHEET = "Skills"

_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_DATE_FORMAT = "yyyy-mm-dd"
_MAX_WIDTH = 60


def _when(text: str | None) -> datetime | None:
    """An ISO timestamp as a naive UTC datetime (openpyxl refuses aware ones); None stays None, and an
    unreadable timestamp is kept out rather than guessed."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _percent(scaled: float | None) -> float | None:
    return None if scaled is None else round(scaled * 100.0, 1)


def _fill(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([inert_text(v) for v in row])  # a name like "=HYPERLINK(...)" stays text
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        letter = get_column_letter(index)
        widest = len(name)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, datetime):
                cell.number_format = _DATETIME_FORMAT
                widest = max(widest, 19)
            elif isinstance(cell.value, date):
                cell.number_format = _DATE_FORMAT
                widest = max(widest, 10)
            elif cell.value is not None:
                widest = max(widest, len(str(cell.value)))
        sheet.column_dimensions[letter].width = min(widest + 2, _MAX_WIDTH)


def export_xlsx(
    store: RecordStore, out_dir: str | Path, *, trainee: str | None = None, since: date | None = None
) -> Path:
    """Write `records.xlsx` into `out_dir` (created; mode 0600) with the sheets Attempts and Skills for
    the attempts the filters keep (see export.selected_attempts); returns its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    selected = selected_attempts(store, trainee=trainee, since=since)
    attempts = [
        (
            code,
            name,
            a.module_id,
            a.module_version,
            a.site,
            a.cell,
            a.simulated,
            a.language,
            _when(a.started_at),
            _when(a.ended_at),
            a.outcome,
            a.score_raw,
            a.score_max,
            _percent(a.scaled),
        )
        for code, name, a in selected
    ]
    skills = [
        (code, name, module, _percent(best), status, count, _day(last))
        for code, name, module, best, status, count, last in skill_summary(selected)
    ]
    book = Workbook()
    first = book.active
    assert first is not None  # a new workbook always has one sheet
    first.title = ATTEMPTS_SHEET
    _fill(first, ATTEMPTS_HEADER, attempts)
    _fill(book.create_sheet(SKILLS_SHEET), SKILLS_HEADER, skills)
    buf = io.BytesIO()
    book.save(buf)
    path = out / RECORDS_XLSX
    write_private(path, buf.getvalue())
    return path
