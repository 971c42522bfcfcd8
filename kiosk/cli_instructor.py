"""`kiosk instructor ...`: the instructor PIN from a shell on the kiosk computer. No Qt is imported here.

    kiosk instructor set-pin [--data-dir DIR]   set (or replace) the instructor PIN
    kiosk instructor status [--data-dir DIR]    is a PIN set, is it locked (until when)

`set-pin` asks for the new PIN twice (hidden, with getpass). When stdin is not a terminal it reads
two lines from stdin instead, so a script can pipe it (`printf '2580\\n2580\\n' | kiosk instructor
set-pin`). A PIN is 4 to 8 digits, not all the same and not a straight run (kiosk.core.pin_rules).
Setting a PIN also clears the wrong-try count and any lockout, and is the way to recover from a
damaged PIN file: being able to run it needs access to the computer as the kiosk's user, which is
the trust the kiosk's PIN screen cannot give.

The PIN file is `<config dir>/instructor-pin.json` (kiosk.services.pin.pin_file): with --data-dir
DIR that is DIR/config/instructor-pin.json, else the platform's settings folder. When the records
file (records.sqlite) exists, the change is written to its audit log (actor "cli", action "pin-set").

Exit status: 0 done; 1 the PIN file cannot be written (set-pin) or is damaged (status);
2 a usage error, a PIN that breaks the rule, or two PINs that differ.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.core.pin_rules import MAX_TRIES, pin_problem
from kiosk.services.paths import AppPaths
from kiosk.services.pin import PinStore, pin_file

AUDIT_TIMEOUT_S = 30.0


def _data_dir_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="use DIR/config/instructor-pin.json (default: the kiosk's own settings folder)",
    )


def _paths(ns: argparse.Namespace) -> AppPaths:
    return AppPaths.from_option(ns.data_dir)


def _read_two_pins() -> tuple[str, str] | None:
    """The PIN and its repetition: hidden prompts on a terminal, else two lines of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass("New instructor PIN: "), getpass.getpass("The same PIN again: ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return None
    if sys.stdin is None:
        return None
    first, second = sys.stdin.readline(), sys.stdin.readline()
    if not first or not second:
        return None
    return first.rstrip("\r\n"), second.rstrip("\r\n")


def _audit(paths: AppPaths, action: str) -> None:
    """Best effort: write to the audit log when the records file exists (never creates one)."""
    if not paths.records_file.exists():
        return
    try:
        from kiosk.services.records import RecordStore

        store = RecordStore(paths.records_file)
        try:
            store.append_audit("cli", action, {}).result(timeout=AUDIT_TIMEOUT_S)
        finally:
            store.close()
    except Exception as exc:  # the PIN is set; the audit entry is what is missing
        print(f"kiosk instructor: the PIN is set, but the audit log was not written: {exc}", file=sys.stderr)


# ------------------------------------------------------------------------------------------ set-pin


def _add_set_pin(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "set-pin",
        help="set or replace the instructor PIN",
        description="Set the instructor PIN (4 to 8 digits, not all the same, not a straight run like 1234). "
        "Asks for it twice; from a pipe, reads two lines. Clears wrong tries and any lockout, and "
        "replaces a damaged PIN file.",
    )
    _data_dir_option(p)
    p.set_defaults(run=_run_set_pin, parser=p)


def _run_set_pin(ns: argparse.Namespace) -> int:
    pins = _read_two_pins()
    if pins is None:
        print("kiosk instructor set-pin: no PIN given (type it twice, or pipe two lines)", file=sys.stderr)
        return 2
    pin, again = pins
    problem = pin_problem(pin)
    if problem is not None:
        print(f"kiosk instructor set-pin: that PIN cannot be used: {problem}", file=sys.stderr)
        return 2
    if pin != again:
        print("kiosk instructor set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
        return 2
    paths = _paths(ns)
    path = pin_file(paths)
    store = PinStore(path)
    replaced = store.is_set()
    try:
        store.set_pin(pin)
    except OSError as exc:
        print(f"kiosk instructor set-pin: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    _audit(paths, "pin-set")
    if replaced:
        print(f"replaced the instructor PIN in {path} (wrong tries and lockouts cleared)")
    else:
        print(f"set the instructor PIN in {path}")
    return 0


# ------------------------------------------------------------------------------------------- status


def _add_status(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "status",
        help="say whether a PIN is set and whether it is locked",
        description="Say whether an instructor PIN is set, and whether it is locked after wrong tries (until when).",
    )
    _data_dir_option(p)
    p.set_defaults(run=_run_status, parser=p)


def _run_status(ns: argparse.Namespace) -> int:
    paths = _paths(ns)
    path = pin_file(paths)
    status = PinStore(path).status()
    if status.problem is not None:
        print(f"instructor PIN: DAMAGED, the kiosk stays locked: {status.problem}")
        return 1
    if not status.is_set:
        print(f"instructor PIN: not set (no {path}); set one with 'kiosk instructor set-pin'")
        return 0
    print(f"instructor PIN: set ({path})")
    if status.locked_until is not None:
        until = datetime.fromtimestamp(status.locked_until).astimezone()
        minutes = max(1, round((status.locked_until - time.time()) / 60))
        print(
            f"locked after too many wrong tries until {until.isoformat(timespec='seconds')} "
            f"(about {minutes} min); lockouts in a row: {status.lockouts}"
        )
    else:
        print(f"not locked; wrong tries in a row: {status.failures} of {MAX_TRIES}")
    return 0


# ---------------------------------------------------------------------------------------- the family

_SUBCOMMANDS: tuple[AddCommand, ...] = (
    _add_set_pin,
    _add_status,
)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk instructor` parser with every subcommand."""
    return build_family_parser(
        "kiosk instructor",
        "The instructor PIN that guards leaving the kiosk and its settings.",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk instructor <argv>`; returns the exit status (usage errors 2, --help 0)."""
    return run_family(build_parser(), argv)
