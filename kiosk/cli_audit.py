"""`kiosk audit ...`: check the audit log. No Qt is imported here.

    kiosk audit verify [--data-dir DIR]   check the audit log's hash chain; name the first tampered row

Every audit row holds the hash of the row before and its own hash (sha256 over the previous hash and
the row); a row edited, removed or inserted afterwards breaks the chain from that row on.

Exit status: 0 the chain is intact, 1 tampered (the first row that does not match is named) or the
records file is missing or cannot be used, 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.cli_store import add_records_dir_option, open_existing_store, records_file


def _add_verify(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "verify",
        help="check the audit log's hash chain",
        description="Check every audit row's hash and its link to the row before; name the first row that "
        "does not match.",
    )
    add_records_dir_option(p)
    p.set_defaults(run=_run_verify, parser=p)


def _run_verify(ns: argparse.Namespace) -> int:

    path = records_file(ns)
    store = open_existing_store(ns, "kiosk audit verify")  # verifying must not create a records file
    if store is None:
        return 1
    try:
        bad = store.verify_audit_chain()
        rows = len(store.audit_entries())
    except Exception as exc:  # sqlite3 errors: a locked or unreadable file
        print(f"kiosk audit verify: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if bad is not None:
        print(
            f"audit log tampered: row {bad} does not match (its hash or its link to the row before) in {path}",
            file=sys.stderr,
        )
        return 1
    print(f"audit log intact: {rows} row{'' if rows == 1 else 's'} in {path}")
    return 0


_SUBCOMMANDS: tuple[AddCommand, ...] = (_add_verify,)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk audit` parser with every subcommand."""
    return build_family_parser("kiosk audit", "Check the audit log.", _SUBCOMMANDS)


def main(argv: Sequence[str]) -> int:
    """Run `kiosk audit <argv>`; returns the exit status (usage errors 2, --help 0)."""
    return run_family(build_parser(), argv)
