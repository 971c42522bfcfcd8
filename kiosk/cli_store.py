"""What the command lines that work on the records file share (`kiosk trainees`, `kiosk records`,
`kiosk audit`): the `--data-dir` option, where the file is, and opening it with plain messages."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["add_records_dir_option", "iso_date", "open_existing_store", "open_records_store", "records_file"]


def add_records_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="use the records file DIR/records.sqlite (default: the kiosk's own data folder)",
    )


def records_file(ns: argparse.Namespace) -> Path:
    from kiosk.services.paths import AppPaths

    return AppPaths.from_option(ns.data_dir).records_file


def open_records_store(path: Path, prog: str) -> Any:
    """The RecordStore at `path`; None, with the reason on stderr (prefixed with `prog`), when it cannot
    be used. A file from a newer kiosk is left untouched; warnings (a damaged file moved aside) go to
    stderr."""
    from kiosk.services.records import RecordStore, StoreError

    try:
        store = RecordStore(path)
    except StoreError as exc:  # StoreTooNew included: its message says the file was left untouched
        print(f"{prog}: {exc}", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"{prog}: cannot open the records file {path}: {exc.strerror or exc}", file=sys.stderr)
        return None
    for warning in store.warnings:
        print(f"records store: {warning}", file=sys.stderr)
    return store


def open_existing_store(ns: argparse.Namespace, prog: str) -> Any:
    """The records store of `--data-dir` for a command that reads or changes what is there (and so must
    not create a records file); None, with the reason on stderr, when there is none or it cannot be used."""
    path = records_file(ns)
    if not path.exists():
        print(f"{prog}: there is no records file at {path}", file=sys.stderr)
        return None
    return open_records_store(path, prog)


def iso_date(text: str) -> date:
    """An argparse type: a date as YYYY-MM-DD, or a usage error that says so."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD, e.g. 2025-03-14): {text!r}") from None
