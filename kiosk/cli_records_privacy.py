"""`kiosk records purge` and `kiosk records retention`: the retention period and purging. No Qt here.

    kiosk records purge [--months N] [--dry-run] [--yes] [--data-dir DIR]
    kiosk records retention [--set N] [--data-dir DIR]

`purge` removes the attempts that ended before the retention period (the setting, or --months N)
with their statements, samples, safety acknowledgements, waivers and queued LRS statements, and the
trainees left without attempts who were added before it (kiosk.services.records.privacy). It always
prints what goes first; --dry-run stops there, --yes does it. Without either it stops too, with exit
status 2, so a purge is never one keystroke by accident. The audit log is never purged.

`retention` shows the retention period; --set N changes it (1 to 120 months; audited, actor "cli").

Exit status: 0 done (or shown), 1 the records file is missing (purge) or cannot be used or the write
failed, 2 a usage error (a period out of range, purge without --yes or --dry-run).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from kiosk.cli_store import add_records_dir_option, open_existing_store, open_records_store, records_file

__all__ = ["add_purge", "add_retention"]

WRITE_TIMEOUT_S = 120.0
"""How long to wait for the writer to commit a purge (a large file on a slow disk)."""

ACTOR = "cli"


def _months(text: str) -> int:
    from kiosk.services.records.privacy import MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS

    try:
        months = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of months: {text!r}") from None
    if not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise argparse.ArgumentTypeError(
            f"the retention period is {MIN_RETENTION_MONTHS} to {MAX_RETENTION_MONTHS} months, not {months}"
        )
    return months


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _describe(plan: object) -> list[str]:
    from kiosk.services.records.privacy import PurgePlan

    assert isinstance(plan, PurgePlan)
    cutoff = datetime.fromisoformat(plan.cutoff).astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [f"retention {_plural(plan.months, 'month')}: attempts that ended before {cutoff} go"]
    if plan.empty:
        return [*lines, "nothing is that old"]
    lines += [
        f"  {_plural(plan.attempts, 'attempt')}, {_plural(plan.events, 'statement')}, "
        f"{_plural(plan.samples, 'process sample')}, {_plural(plan.safety_acks, 'safety acknowledgement')}, "
        f"{_plural(plan.waivers, 'waiver')}, {_plural(plan.lrs_outbox, 'queued LRS statement')}",
        f"  {_plural(plan.trainees, 'trainee')} left without attempts (with their names)",
    ]
    lines += [f"  {module}: {_plural(n, 'attempt')}" for module, n in sorted(plan.attempts_per_module.items())]
    return lines


# ------------------------------------------------------------------------------------------- purge


def add_purge(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "purge",
        help="remove the records older than the retention period",
        description="Remove the attempts that ended before the retention period, with everything recorded "
        "about them, and the trainees left without attempts. Prints what goes; --dry-run stops there, "
        "--yes removes it. The audit log is never purged.",
    )
    p.add_argument("--months", type=_months, default=None, metavar="N", help="keep N months (default: the setting)")
    p.add_argument("--dry-run", action="store_true", help="only show what would be removed")
    p.add_argument("--yes", action="store_true", help="remove it (without this, nothing is removed)")
    add_records_dir_option(p)
    p.set_defaults(run=_run_purge, parser=p)


def _run_purge(ns: argparse.Namespace) -> int:
    from kiosk.services.records.privacy import purge, purge_preview

    prog = "kiosk records purge"
    path = records_file(ns)
    store = open_existing_store(ns, prog)  # purging must not create a records file
    if store is None:
        return 1
    try:
        plan = purge_preview(store, months=ns.months)
        for line in _describe(plan):
            print(line)
        if ns.dry_run:
            print(f"dry run: nothing was removed from {path}")
            return 0
        if not ns.yes:
            print(f"{prog}: nothing was removed; add --yes to remove this (or --dry-run to only look)", file=sys.stderr)
            return 2
        done = purge(store, actor=ACTOR, months=ns.months).result()  # no limit: it commits regardless
    except ValueError as exc:  # a retention setting out of range in the file
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # StoreError, sqlite3 errors (locked, no access), a writer that does not answer
        print(f"{prog}: could not purge {path}: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"removed {_plural(done.attempts, 'attempt')} and {_plural(done.trainees, 'trainee')} from {path}")
    return 0


# --------------------------------------------------------------------------------------- retention


def add_retention(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "retention",
        help="show or set how many months records are kept",
        description="Show how many months attempts are kept before `kiosk records purge` removes them; "
        "--set N changes it (1 to 120 months, audited).",
    )
    p.add_argument("--set", type=_months, default=None, metavar="N", dest="months", help="keep N months from now on")
    add_records_dir_option(p)
    p.set_defaults(run=_run_retention, parser=p)


def _run_retention(ns: argparse.Namespace) -> int:
    from kiosk.services.records.privacy import DEFAULT_RETENTION_MONTHS, retention_months, set_retention_months

    prog = "kiosk records retention"
    path = records_file(ns)
    if ns.months is None and not path.exists():  # showing must not create a records file
        print(f"records are kept {_plural(DEFAULT_RETENTION_MONTHS, 'month')} (the default; no records file yet)")
        return 0
    store = open_records_store(path, prog)
    if store is None:
        return 1
    try:
        if ns.months is not None:
            set_retention_months(store, ns.months, actor=ACTOR).result(timeout=WRITE_TIMEOUT_S)
            print(f"records are now kept {_plural(ns.months, 'month')} in {path}")
        else:
            print(f"records are kept {_plural(retention_months(store), 'month')} in {path}")
    except ValueError as exc:  # a stored value out of range
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # StoreError, sqlite3 errors, a writer that does not answer
        print(f"{prog}: could not use {path}: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
