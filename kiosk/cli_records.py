"""`kiosk records ...`: export and check the records from the command line. No Qt is imported here.

    kiosk records export --format csv|xlsx|pdf|xapi|badge --out DIR [--trainee CODE] [--since YYYY-MM-DD]
                         [--labs DIR] [--language nl|en|de|fy] [--data-dir DIR]
    kiosk records verify CODE [--data-dir DIR]

`csv` writes attempts.csv (one row per attempt) and skills.csv (trainee x module: best score, status);
`xlsx` writes records.xlsx with the same two tables as sheets; `pdf` writes a certificate per trainee
and passed module; `xapi` writes statements.jsonl (the xAPI statements as recorded, one per line, in
time order); `badge` writes an Open Badges 3.0 credential per trainee and passed module. The files are
readable by the owner only. Certificates and badges take module titles and skills from the lab
modules in --labs (the shipped ones by default), in --language. `verify` looks up the verification
code printed on a certificate (exit 1 when no passed attempt has it).

The records file is DIR/records.sqlite with --data-dir, else the kiosk's own. Exporting never creates
a records file.

Exit status: 0 written, 1 the records file cannot be used or there is no such trainee or the files
cannot be written, 2 a usage error (an unknown format, a date that is not YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.cli_store import add_records_dir_option, iso_date, open_existing_store, records_file
from kiosk.core.trainee_code import normalize_code

FORMATS = ("csv", "xlsx", "pdf", "xapi", "badge")  # = kiosk.services.records.exports.EXPORT_FORMATS
LANGUAGES = ("nl", "en", "de", "fy")


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write the records to files",
        description="Write the records to files in DIR, readable by the owner only. csv: attempts.csv and "
        "skills.csv; xlsx: records.xlsx; pdf: a certificate per passed module; xapi: statements.jsonl; "
        "badge: an Open Badges 3.0 credential per passed module.",
    )
    p.add_argument("--format", required=True, choices=FORMATS, help=", ".join(FORMATS))
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="write the files into DIR (created)")
    p.add_argument("--trainee", default=None, metavar="CODE", help="only this trainee's attempts")
    p.add_argument(
        "--since", type=iso_date, default=None, metavar="YYYY-MM-DD", help="only attempts started on or after this date"
    )
    p.add_argument(
        "--labs", type=Path, default=None, metavar="DIR", help="lab modules for titles and skills (default: shipped)"
    )
    p.add_argument("--language", choices=LANGUAGES, default="en", help="language of certificates and badges")
    add_records_dir_option(p)
    p.set_defaults(run=_run_export, parser=p)


def _run_export(ns: argparse.Namespace) -> int:
    from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
    from kiosk.services.records.badge import BadgeKeyError
    from kiosk.services.records.exports import run_export

    path = records_file(ns)
    store = open_existing_store(ns, "kiosk records export")  # exporting must not create a records file
    if store is None:
        return 1
    try:
        code = None if ns.trainee is None else normalize_code(ns.trainee)
        if code is not None and store.trainee(code) is None:
            print(f"kiosk records export: no trainee {code} in {path}", file=sys.stderr)
            return 1
        catalog = load_catalog(ns.labs if ns.labs is not None else shipped_labs_dir())
        modules = {e.module.id: e.module for e in catalog.available() if e.module is not None}
        written = run_export(
            store, ns.format, ns.out, modules=modules, trainee=code, since=ns.since, language=ns.language
        )
        # Same audit row as the instructor screen's export (files leave the kiosk: that must show).
        since = ns.since.isoformat() if ns.since else None
        detail = {"formats": [ns.format], "trainee": code, "since": since, "files": len(written)}
        store.append_audit("cli", "export", detail).result(timeout=30)
    except BadgeKeyError as exc:
        print(f"kiosk records export: {exc}", file=sys.stderr)
        return 1
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
    if not written:
        print("nothing to write: no passed module in the selection")
    return 0


def _add_verify(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "verify",
        help="check a certificate's verification code",
        description="Look up the verification code printed on a certificate. Exit 0 and the attempt it "
        "belongs to, or exit 1 when no passed attempt in the records has it.",
    )
    p.add_argument("code", metavar="CODE", help="the code, e.g. 7KQ2-M9XD-4TBR (case and dashes do not matter)")
    add_records_dir_option(p)
    p.set_defaults(run=_run_verify, parser=p)


def _run_verify(ns: argparse.Namespace) -> int:
    from kiosk.services.records.verification import verify_code

    path = records_file(ns)
    store = open_existing_store(ns, "kiosk records verify")
    if store is None:
        return 1
    try:
        attempt = verify_code(store, ns.code)
    except Exception as exc:  # sqlite3 errors: a locked or unreadable file
        print(f"kiosk records verify: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if attempt is None:
        print(f"kiosk records verify: {ns.code.strip()} is not the code of a passed attempt in {path}", file=sys.stderr)
        return 1
    score = "-" if attempt.scaled is None else f"{round(attempt.scaled * 100.0, 1):g} %"
    print(f"valid: {ns.code.strip().upper()}")
    print(f"trainee: {attempt.trainee_code}")
    print(f"module:  {attempt.module_id} (version {attempt.module_version})")
    print(f"site:    {attempt.site}")
    print(f"date:    {(attempt.ended_at or attempt.started_at)[:10]}")
    print(f"outcome: {attempt.outcome}")
    print(f"score:   {score}")
    return 0


def _add_privacy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`purge` and `retention`, which live in kiosk.cli_records_privacy."""
    from kiosk.cli_records_privacy import add_purge, add_retention

    add_purge(sub)
    add_retention(sub)


def _add_bundle(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`export-bundle` and `import-bundle`, which live in kiosk.cli_records_bundle."""
    from kiosk.cli_records_bundle import add_export_bundle, add_import_bundle

    add_export_bundle(sub)
    add_import_bundle(sub)


_SUBCOMMANDS: tuple[AddCommand, ...] = (_add_export, _add_verify, _add_privacy, _add_bundle)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk records` parser with every subcommand."""
    return build_family_parser(
        "kiosk records",
        "Export the records and check certificate codes.",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk records <argv>`; returns the exit status (usage errors 2, --help 0)."""
    return run_family(build_parser(), argv)
