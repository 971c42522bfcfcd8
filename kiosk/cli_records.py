"""`kiosk records ...`: export the records until the instructor screens exist. No Qt is imported here.

    kiosk records export --format csv|xapi --out DIR [--trainee CODE] [--since YYYY-MM-DD] [--data-dir DIR]

`csv` writes attempts.csv (one row per attempt) and skills.csv (trainee x module: best score, status);
`xapi` writes statements.jsonl (the xAPI statements as recorded, one per line, in time order). The
files are readable by the owner only. The xlsx, pdf and badge formats come with the instructor screens.

The records file is DIR/records.sqlite with --data-dir, else the kiosk's own. Exporting never creates
a records file.

Exit status: 0 written, 1 the records file cannot be used or there is no such trainee or the files
cannot be written, 2 a usage error (an unknown format, a date that is not YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.cli_store import add_records_dir_option, open_records_store, records_file
from kiosk.core.trainee_code import normalize_code

FORMATS = ("csv", "xapi")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD, e.g. 2025-03-14): {text!r}") from None


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write the records to files",
        description="Write the records to files in DIR, readable by the owner only. csv: attempts.csv and "
        "skills.csv; xapi: statements.jsonl. The xlsx, pdf and badge formats come with the instructor screens.",
    )
    p.add_argument("--format", required=True, choices=FORMATS, help="csv or xapi")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="write the files into DIR (created)")
    p.add_argument("--trainee", default=None, metavar="CODE", help="only this trainee's attempts")
    p.add_argument(
        "--since", type=_date, default=None, metavar="YYYY-MM-DD", help="only attempts started on or after this date"
    )
    add_records_dir_option(p)
    p.set_defaults(run=_run_export, parser=p)


def _run_export(ns: argparse.Namespace) -> int:
    from kiosk.services.records.export import SKILLS_CSV, export_attempts_csv, export_xapi_jsonl

    path = records_file(ns)
    if not path.exists():  # exporting must not create a records file
        print(f"kiosk records export: there is no records file at {path}", file=sys.stderr)
        return 1
    store = open_records_store(path, "kiosk records export")
    if store is None:
        return 1
    try:
        code = None if ns.trainee is None else normalize_code(ns.trainee)
        if code is not None and store.trainee(code) is None:
            print(f"kiosk records export: no trainee {code} in {path}", file=sys.stderr)
            return 1
        if ns.format == "csv":
            first = export_attempts_csv(store, ns.out, trainee=code, since=ns.since)
            written = [first, first.with_name(SKILLS_CSV)]
        else:
            written = [export_xapi_jsonl(store, ns.out, trainee=code, since=ns.since)]
    except OSError as exc:
        print(f"kiosk records export: cannot write into {ns.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # sqlite3 errors: a locked or unreadable file
        print(f"kiosk records export: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    for file in written:
        print(f"wrote {file}")
    return 0


_SUBCOMMANDS: tuple[AddCommand, ...] = (_add_export,)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk records` parser with every subcommand."""
    return build_family_parser(
        "kiosk records",
        "Export the records (until the instructor screens exist).",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk records <argv>`; returns the exit status (usage errors 2, --help 0)."""
    return run_family(build_parser(), argv)
