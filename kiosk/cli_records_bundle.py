"""`kiosk records export-bundle` and `kiosk records import-bundle`: carry records from one kiosk to
another (kiosk.services.records.bundle). No Qt is imported here.

    kiosk records export-bundle --out DIR|FILE [--since YYYY-MM-DD] [--without-names] [--site SITE]
                                [--data-dir DIR]
    kiosk records import-bundle FILE [--dry-run] [--data-dir DIR]

`export-bundle` writes the attempts started on or after --since (all without it), with their trainees,
statements, safety acknowledgements, process samples and waivers, into one file readable by the owner
only: DIR/skillslab-<site>-<YYYYMMDD>.skillsbundle, or FILE when --out has a suffix (e.g. .skillsbundle)
and is not a folder. --without-names leaves the trainees' display names out (codes only).

`import-bundle` checks the whole file first and then merges it in one transaction: rows missing here
are added, identical rows skipped, attempts still open here completed from the bundle; any other
difference is a conflict, listed, and the local row is kept. Importing a bundle a second time changes
nothing. --dry-run only tells what an import would do.

The records file is DIR/records.sqlite with --data-dir, else the kiosk's own. export-bundle and
import-bundle --dry-run never create a records file; import-bundle creates one for a new kiosk.

Exit status: 0 done (also: already imported before, or a dry run without conflicts), 1 the bundle or
the records file cannot be used or the bundle cannot be written, 2 a usage error, 3 imported with
conflicts (or, with --dry-run, an import would have conflicts): the listed local rows were kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli_store import add_records_dir_option, iso_date, open_existing_store, open_records_store, records_file

if TYPE_CHECKING:  # the service module loads only when a command runs
    from kiosk.services.records.bundle import ImportSummary

__all__ = ["EXIT_CONFLICTS", "add_export_bundle", "add_import_bundle"]

EXIT_CONFLICTS = 3
ACTOR = "cli"


# ------------------------------------------------------------------------------------------ export


def add_export_bundle(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export-bundle",
        help="write the records since a date into one bundle file for another kiosk",
        description="Write the attempts started on or after --since (all without it), their trainees, "
        "statements, safety acknowledgements, samples and waivers into one bundle file (owner-only) that "
        "'kiosk records import-bundle' merges on another kiosk.",
    )
    p.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR|FILE",
        help="a folder (the file is named skillslab-<site>-<date>.skillsbundle) or the file to write",
    )
    p.add_argument(
        "--since", type=iso_date, default=None, metavar="YYYY-MM-DD", help="only attempts started on or after this date"
    )
    p.add_argument("--without-names", action="store_true", help="leave the trainees' names out (codes only)")
    p.add_argument("--site", default=None, metavar="SITE", help="the source site (default: the attempts' site)")
    add_records_dir_option(p)
    p.set_defaults(run=_run_export_bundle, parser=p)


def _run_export_bundle(ns: argparse.Namespace) -> int:
    from kiosk.services.records.bundle import export_bundle

    prog = "kiosk records export-bundle"
    path = records_file(ns)
    store = open_existing_store(ns, prog)  # exporting must not create a records file
    if store is None:
        return 1
    try:
        result = export_bundle(
            store, ns.out, since=ns.since, with_names=not ns.without_names, site=ns.site, actor=ACTOR
        )
    except OSError as exc:
        print(f"{prog}: cannot write the bundle to {ns.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # sqlite3 and store errors: a locked or unreadable records file
        print(f"{prog}: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items())
    print(f"wrote {result.path}")
    print(f"bundle {result.bundle_id} from {result.source_site}: {counts}")
    return 0


# ------------------------------------------------------------------------------------------ import


def add_import_bundle(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-bundle",
        help="merge a bundle from another kiosk into the records",
        description="Check a bundle file completely, then merge it in one transaction: missing rows are "
        "added, identical ones skipped, attempts open here completed from the bundle; any other difference "
        "is listed as a conflict and the local row kept. A bundle imported before changes nothing. "
        f"Exit status {EXIT_CONFLICTS}: imported, with conflicts.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the .skillsbundle file")
    p.add_argument("--dry-run", action="store_true", help="only tell what an import would do")
    add_records_dir_option(p)
    p.set_defaults(run=_run_import_bundle, parser=p)


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _print_summary(summary: ImportSummary) -> None:
    """The summary on stdout: per table what was (or would be) done, then every conflict."""
    if summary.already_imported_at is not None:
        print(
            f"bundle {summary.bundle_id} from {summary.source_site} was already imported on "
            f"{summary.already_imported_at}: nothing changed"
        )
        return
    verb = "would import" if summary.dry_run else "imported"
    print(f"{verb} bundle {summary.bundle_id} from {summary.source_site} (made {summary.created_at})")
    for table, c in summary.tables.items():
        completed = f", {c.completed} completed" if table == "attempts" else ""
        print(f"  {table}: {c.added} added{completed}, {c.skipped} skipped, {c.conflicts} conflicts")
    if summary.too_old:
        print(f"  left out: {summary.too_old} attempts older than this kiosk's retention period")
    if summary.conflicts:
        print(f"{len(summary.conflicts)} conflicts; the local rows were kept:")
    for conflict in summary.conflicts:
        key = "/".join(str(k) for k in conflict.key)
        for d in conflict.differences:
            print(f"  {conflict.table} {key}: {d.field} here {_value(d.local)}, in the bundle {_value(d.bundle)}")


def _run_import_bundle(ns: argparse.Namespace) -> int:
    from kiosk.services.records.bundle import BundleError, import_bundle, preview_import, read_bundle

    prog = "kiosk records import-bundle"
    try:
        bundle = read_bundle(ns.file)  # before the store is opened: a bad file touches nothing
    except BundleError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1
    path = records_file(ns)
    if ns.dry_run and not path.exists():
        print(f"{prog}: there is no records file at {path} to compare with", file=sys.stderr)
        return 1
    store = open_records_store(path, prog)
    if store is None:
        return 1
    try:
        # No time limit: a timeout here would say "nothing changed" while the queued import still
        # commits when the store closes. A command line can wait for its own work.
        summary = (
            preview_import(store, bundle) if ns.dry_run else import_bundle(store, bundle, actor=ACTOR, timeout=None)
        )
    except Exception as exc:  # StoreError, sqlite3 errors: a locked, full or unreadable records file
        print(f"{prog}: could not import {ns.file} into {path}: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        store.close()
    _print_summary(summary)
    return EXIT_CONFLICTS if summary.conflicts else 0
