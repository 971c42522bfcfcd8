"""`kiosk lrs ...`: forwarding the records to a Learning Record Store. No Qt is imported here.

    kiosk lrs configure --endpoint URL --username U (--password-file F | --password-env VAR) [--data-dir DIR]
    kiosk lrs status [--data-dir DIR]
    kiosk lrs send [--now] [--data-dir DIR]
    kiosk lrs disable [--data-dir DIR]
    kiosk lrs backfill [--since YYYY-MM-DD] [--data-dir DIR]

`configure` stores the xAPI endpoint (the base address, e.g. https://lrs.example.org/xAPI) and the
credentials in the records file and switches forwarding on: statements recorded from then on are queued
and the running kiosk sends them. The password is read from a file (its first line) or an environment
variable, never from the command line (it would show in the process list and the shell history), and it
is not written to the audit log. `backfill` queues the statements recorded before (or since a UTC date).
`send` sends what is due now from this process (`--now`: also what waits for a retry); `status` shows
the queue without contacting the LRS. Every change is audited as actor "cli".

Exit status: 0 done, 1 the records file cannot be used, the LRS is not configured or could not be
reached (send), the password cannot be read; 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.cli_store import add_records_dir_option, iso_date, open_existing_store, open_records_store, records_file

ACTOR = "cli"
WRITE_TIMEOUT_S = 30.0


def _add_configure(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "configure",
        help="set the LRS address and credentials and switch forwarding on",
        description="Store the LRS endpoint and credentials in the records file and switch forwarding on. "
        "Statements recorded from now on are queued and sent; use 'backfill' for earlier ones.",
    )
    p.add_argument("--endpoint", required=True, metavar="URL", help="the xAPI base address (without /statements)")
    p.add_argument("--username", required=True, metavar="USER", help="the LRS user (HTTP Basic auth)")
    secret = p.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password-file", type=Path, metavar="FILE", help="read the password from FILE's first line")
    secret.add_argument("--password-env", metavar="VAR", help="read the password from environment variable VAR")
    add_records_dir_option(p)
    p.set_defaults(run=_run_configure, parser=p)


def _add_status(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "status",
        help="show the LRS settings and the queue",
        description="Show the LRS settings (not the password) and the queue, without contacting the LRS.",
    )
    add_records_dir_option(p)
    p.set_defaults(run=_run_status, parser=p)


def _add_send(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "send",
        help="send the queued statements that are due now",
        description="Send the queued statements that are due now and print the outcome. Exit status 1 when the "
        "LRS could not be reached or did not accept the requests.",
    )
    p.add_argument("--now", action="store_true", help="also send the statements waiting for a later retry")
    add_records_dir_option(p)
    p.set_defaults(run=_run_send, parser=p)


def _add_disable(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "disable",
        help="switch forwarding off",
        description="Switch forwarding off: new statements are not queued and nothing is sent. The queue is kept "
        "and goes out when forwarding is configured again.",
    )
    add_records_dir_option(p)
    p.set_defaults(run=_run_disable, parser=p)


def _add_backfill(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backfill",
        help="queue statements recorded before forwarding was switched on",
        description="Queue the statements recorded earlier (all, or those on or after a UTC date). Statements "
        "the LRS already holds are harmless to send again.",
    )
    p.add_argument("--since", type=iso_date, default=None, metavar="YYYY-MM-DD", help="only statements from this date")
    add_records_dir_option(p)
    p.set_defaults(run=_run_backfill, parser=p)


def _read_password(ns: argparse.Namespace, prog: str) -> str | None:
    if ns.password_file is not None:
        try:
            lines = Path(ns.password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            print(f"{prog}: cannot read the password file {ns.password_file}: {exc.strerror or exc}", file=sys.stderr)
            return None
        password = lines[0] if lines else ""
        if not password:
            print(f"{prog}: the password file {ns.password_file} has an empty first line", file=sys.stderr)
            return None
        return password
    password = os.environ.get(ns.password_env, "")
    if not password:
        print(f"{prog}: the environment variable {ns.password_env} is not set or empty", file=sys.stderr)
        return None
    return password


def _open(ns: argparse.Namespace, prog: str, *, create: bool = False) -> Any:
    return open_records_store(records_file(ns), prog) if create else open_existing_store(ns, prog)


def _run_configure(ns: argparse.Namespace) -> int:
    from kiosk.services.records.lrs import configure_lrs, validate_endpoint

    prog = "kiosk lrs configure"
    try:
        validate_endpoint(ns.endpoint)
    except ValueError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    password = _read_password(ns, prog)
    if password is None:
        return 1
    store = _open(ns, prog, create=True)
    if store is None:
        return 1
    try:
        configure_lrs(store, ns.endpoint, ns.username, password, actor=ACTOR).result(timeout=WRITE_TIMEOUT_S)
    except ValueError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # StoreError: the file is locked or full
        print(f"{prog}: could not save the settings in {store.path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"LRS forwarding on: statements recorded from now on go to {ns.endpoint.strip().rstrip('/')}")
    print("Earlier statements are not sent; 'kiosk lrs backfill' queues them.")
    return 0


def _run_status(ns: argparse.Namespace) -> int:
    from kiosk.services.records.lrs import REFUSED, LrsForwarder, load_lrs_settings, outbox_rows

    prog = "kiosk lrs status"
    store = _open(ns, prog)
    if store is None:
        return 1
    try:
        settings = load_lrs_settings(store)
        status = LrsForwarder(store).refresh_status()
        refused = [r for r in outbox_rows(store) if r.last_error.startswith(REFUSED)]
    except Exception as exc:  # sqlite3 errors: a locked or unreadable file
        print(f"{prog}: cannot read {store.path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if settings is None:
        print("LRS: not configured ('kiosk lrs configure' sets it up)")
    else:
        print(f"LRS: {settings.endpoint} as {settings.username}, forwarding {'on' if settings.forwarding else 'off'}")
    print(f"queued: {status.queued} statement{'' if status.queued == 1 else 's'} ({status.refused} refused by the LRS)")
    if status.next_try_at:
        print(f"next try of a waiting statement: {status.next_try_at}")
    for row in refused[:20]:
        print(f"  {row.statement_id}: {row.last_error}")
    if len(refused) > 20:
        print(f"  ... and {len(refused) - 20} more")
    return 0


def _run_send(ns: argparse.Namespace) -> int:
    from kiosk.services.records.lrs import LrsForwarder

    prog = "kiosk lrs send"
    store = _open(ns, prog)
    if store is None:
        return 1
    try:
        forwarder = LrsForwarder(store)
        outcome = forwarder.send_due(force=ns.now)
        status = forwarder.status()
    except Exception as exc:  # StoreError, sqlite3 errors: a locked or unreadable file
        print(f"{prog}: cannot use {store.path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if outcome.skipped:
        print(f"{prog}: nothing sent: {outcome.skipped}", file=sys.stderr)
        return 1
    print(
        f"delivered {outcome.delivered}, refused by the LRS {outcome.refused}, postponed {outcome.postponed}; "
        f"{status.queued} still queued"
    )
    if not outcome.reachable:
        print(f"{prog}: {outcome.error}", file=sys.stderr)
        return 1
    return 0


def _run_disable(ns: argparse.Namespace) -> int:
    from kiosk.services.records.lrs import disable_lrs

    prog = "kiosk lrs disable"
    store = _open(ns, prog)
    if store is None:
        return 1
    try:
        disable_lrs(store, actor=ACTOR).result(timeout=WRITE_TIMEOUT_S)
    except Exception as exc:  # StoreError: the file is locked or full
        print(f"{prog}: could not save the setting in {store.path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print("LRS forwarding off: new statements are not queued; the queue is kept")
    return 0


def _run_backfill(ns: argparse.Namespace) -> int:
    from kiosk.services.records.lrs import load_lrs_settings, queue_existing

    prog = "kiosk lrs backfill"
    store = _open(ns, prog)
    if store is None:
        return 1
    try:
        if load_lrs_settings(store) is None:
            print(f"{prog}: no LRS is configured ('kiosk lrs configure' first)", file=sys.stderr)
            return 1
        added = queue_existing(store, ns.since, actor=ACTOR).result(timeout=WRITE_TIMEOUT_S)
    except Exception as exc:  # StoreError, sqlite3 errors
        print(f"{prog}: cannot use {store.path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"queued {added} earlier statement{'' if added == 1 else 's'}")
    return 0


_SUBCOMMANDS: tuple[AddCommand, ...] = (_add_configure, _add_status, _add_send, _add_disable, _add_backfill)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk lrs` parser with every subcommand."""
    return build_family_parser(
        "kiosk lrs",
        "Forward the records (xAPI statements) to a Learning Record Store.",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk lrs <argv>`; returns the exit status (usage errors 2, --help 0)."""
    return run_family(build_parser(), argv)
