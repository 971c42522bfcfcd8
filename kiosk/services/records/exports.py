"""One entry point for every export format, shared by `kiosk records export` and the instructor screen.

    csv    attempts.csv + skills.csv               xlsx   records.xlsx (sheets Attempts, Skills)
    pdf    certificate-<CODE>-<module>.pdf each    xapi   statements.jsonl
    badge  badge-<CODE>-<module>.json each (Open Badges 3.0)

Every file is written readable by the owner only (0600). `run_export` returns every path written, so
the caller can list them; pdf and badge write nothing when nobody passed anything in the selection.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from kiosk.core.labs.module import LabModule
from kiosk.services.records.badge import export_badges
from kiosk.services.records.certificate import export_certificates
from kiosk.services.records.export import SKILLS_CSV, export_attempts_csv, export_xapi_jsonl
from kiosk.services.records.export_xlsx import export_xlsx
from kiosk.services.records.store import RecordStore

__all__ = ["EXPORT_FORMATS", "run_export"]

EXPORT_FORMATS = ("csv", "xlsx", "pdf", "xapi", "badge")


def run_export(
    store: RecordStore,
    fmt: str,
    out_dir: str | Path,
    *,
    modules: Mapping[str, LabModule],
    trainee: str | None = None,
    since: date | None = None,
    language: str = "en",
) -> list[Path]:
    """Export the attempts the filters keep in format `fmt` (one of EXPORT_FORMATS) into `out_dir`;
    returns every file written. `modules` (id -> module) and `language` name modules and skills on
    certificates and badges. Raises ValueError for an unknown format, OSError when the folder cannot
    be written, badge.BadgeKeyError when a configured badge signing key cannot be used."""
    if fmt == "csv":
        first = export_attempts_csv(store, out_dir, trainee=trainee, since=since)
        return [first, first.with_name(SKILLS_CSV)]
    if fmt == "xlsx":
        return [export_xlsx(store, out_dir, trainee=trainee, since=since)]
    if fmt == "pdf":
        return export_certificates(store, out_dir, modules, trainee=trainee, since=since, language=language)
    if fmt == "xapi":
        return [export_xapi_jsonl(store, out_dir, trainee=trainee, since=since)]
    if fmt == "badge":
        return export_badges(store, out_dir, modules, trainee=trainee, since=since, language=language)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
