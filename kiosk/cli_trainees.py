"""`kiosk trainees ...`: set up trainees until the instructor screens exist. No Qt is imported here.

    kiosk trainees add CODE [--name NAME] [--group GROUP] [--data-dir DIR]
                                        add a trainee (or name a known one, or put them in a group)
    kiosk trainees list [--data-dir DIR]   the known trainees: code, name, group, date added
    kiosk trainees erase CODE --yes [--data-dir DIR]
                                        erase a trainee: name gone, history kept under a random pseudonym
                                        (kiosk.services.records.privacy; audited as "erase-trainee")

CODE is normalized as the sign-in screen does (spaces removed, upper case, a card's
`SKILLSLAB:TRAINEE:` prefix removed; kiosk.core.trainee_code) and must follow the rule: 3 to 20
characters of A-Z, 0-9 and '-', not starting or ending with '-'.

The records file is DIR/records.sqlite with --data-dir, else the kiosk's own (the platform's data
folder), the same file the kiosk uses. Every change is written to the audit log (actor "cli",
action "trainee-added" or "trainee-renamed"); the audit row names the code only, never the name,
because the audit log cannot be erased and a name must stay erasable.

Exit status: 0 done (also when nothing needed changing), 1 the records file cannot be used (written
by a newer kiosk, damaged beyond use, not writable), 2 a usage error (a code that breaks the rule,
an empty name, an unknown option).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.cli_store import add_records_dir_option, open_existing_store, open_records_store, records_file
from kiosk.core.trainee_code import code_problem, normalize_code

WRITE_TIMEOUT_S = 30.0
"""How long `add` waits for the store's writer to commit (a locked or very slow disk)."""

NO_NAME = "—"


# --------------------------------------------------------------------------------------------- add


def _add_add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "add",
        help="add a trainee by code, or give a known trainee a name",
        description="Add a trainee by their pseudonymous code. With --name, also keep a display name (in a "
        "separate table an instructor can erase); for a code that is already known, --name sets its name.",
    )
    p.add_argument("code", metavar="CODE", help="3-20 characters of A-Z, 0-9 and '-' (e.g. T-1001)")
    p.add_argument("--name", default=None, metavar="NAME", help="display name (optional)")
    p.add_argument("--group", default=None, metavar="GROUP", help="group, class or course (optional; '' for none)")
    add_records_dir_option(p)
    p.set_defaults(run=_run_add, parser=p)


def _run_add(ns: argparse.Namespace) -> int:
    code = normalize_code(ns.code)
    problem = code_problem(code)
    if problem is not None:
        shown = code or ns.code
        print(f"kiosk trainees add: {shown!r} is not a trainee code: {problem}", file=sys.stderr)
        return 2
    name: str | None = None
    if ns.name is not None:
        name = " ".join(ns.name.split())
        if not name:
            print("kiosk trainees add: --name needs a name (leave the option out to add no name)", file=sys.stderr)
            return 2
    group = None if ns.group is None else " ".join(ns.group.split())
    path = records_file(ns)
    store = open_records_store(path, "kiosk trainees add")
    if store is None:
        return 1
    try:
        known = store.trainee(code)
        same_name = name is None or (known is not None and name == known.display_name)
        same_group = group is None or (known is not None and group == known.group)
        if known is not None and same_name and same_group:
            print(f"{code} is already known in {path}; nothing changed")
            return 0
        changed = "trainee-renamed" if not same_name else "trainee-regrouped"
        action = "trainee-added" if known is None else changed
        added = store.add_trainee(code, name, group=group)
        audited = store.append_audit(
            "cli", action, {"trainee": code, **({"group": group} if group is not None else {})}
        )
        added.result(timeout=WRITE_TIMEOUT_S)
        audited.result(timeout=WRITE_TIMEOUT_S)
    except Exception as exc:  # StoreError, sqlite3 errors (locked, no access), a writer that does not answer
        print(f"kiosk trainees add: could not save {code} in {path}: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if known is not None and not same_name:
        print(f"{'renamed' if known.display_name else 'named'} {code} in {path}")
    elif known is not None:
        print(f"put {code} in group {group or NO_NAME} in {path}")
    elif name is not None:
        print(f"added {code} (with a name) to {path}")
    else:
        print(f"added {code} to {path}")
    return 0


# -------------------------------------------------------------------------------------------- list


def _add_list(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="list the known trainees",
        description="List the known trainees: code, display name (or —), group (or —) and the date they were added.",
    )
    add_records_dir_option(p)
    p.set_defaults(run=_run_list, parser=p)


def _local_date(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().date().isoformat()
    except ValueError:
        return iso[:10]


def _run_list(ns: argparse.Namespace) -> int:
    path = records_file(ns)
    if not path.exists():  # listing must not create a records file
        print(f"no trainees yet (there is no records file at {path})")
        return 0
    store = open_records_store(path, "kiosk trainees list")
    if store is None:
        return 1
    try:
        trainees = store.list_trainees()
    except Exception as exc:  # sqlite3 errors: a locked or unreadable file
        print(f"kiosk trainees list: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if not trainees:
        print(f"no trainees yet in {path}")
        return 0
    rows = [("CODE", "NAME", "GROUP", "ADDED")] + [
        (t.code, t.display_name or NO_NAME, t.group or NO_NAME, _local_date(t.created_at)) for t in trainees
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for code, name, group_name, added in rows:
        print(f"{code:<{widths[0]}}  {name:<{widths[1]}}  {group_name:<{widths[2]}}  {added}")
    count = len(trainees)
    print(f"{count} trainee{'' if count == 1 else 's'} in {path}")
    return 0


# ------------------------------------------------------------------------------------------- erase


def _add_erase(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "erase",
        help="erase a trainee: their name goes, their history stays under a random pseudonym",
        description="Erase a trainee: the display name is deleted, process samples and safety acknowledgements "
        "of their attempts too, and their code is replaced everywhere by a fresh random pseudonym that nothing "
        "links back to the code. Their attempts stay, so counts per module and group stay right. Needs --yes.",
    )
    p.add_argument("code", metavar="CODE", help="the trainee's code")
    p.add_argument("--yes", action="store_true", help="erase (without this, nothing is changed)")
    add_records_dir_option(p)
    p.set_defaults(run=_run_erase, parser=p)


def _run_erase(ns: argparse.Namespace) -> int:
    from kiosk.services.records.privacy import UnknownTrainee, erase_trainee

    code = normalize_code(ns.code)
    problem = code_problem(code)
    if problem is not None:
        print(f"kiosk trainees erase: {code or ns.code!r} is not a trainee code: {problem}", file=sys.stderr)
        return 2
    if not ns.yes:
        print(f"kiosk trainees erase: nothing changed; add --yes to erase {code} (cannot be undone)", file=sys.stderr)
        return 2
    path = records_file(ns)
    store = open_existing_store(ns, "kiosk trainees erase")  # erasing must not create a records file
    if store is None:
        return 1
    try:
        pseudonym = erase_trainee(store, code, actor="cli").result(timeout=WRITE_TIMEOUT_S)
    except UnknownTrainee as exc:
        print(f"kiosk trainees erase: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # StoreError, sqlite3 errors (locked, no access), a writer that does not answer
        print(f"kiosk trainees erase: could not erase {code} in {path}: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"erased {code} in {path}; their attempts are kept as {pseudonym} (this link is not stored)")
    return 0


# ---------------------------------------------------------------------------------------- the family

_SUBCOMMANDS: tuple[AddCommand, ...] = (
    _add_add,
    _add_list,
    _add_erase,
)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk trainees` parser with every subcommand."""
    return build_family_parser(
        "kiosk trainees",
        "Set up trainees (until the instructor screens exist). Trainees are known by a "
        "pseudonymous code; a display name is optional.",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk trainees <argv>`; returns the exit status (argparse's usage errors give 2, --help 0)."""
    return run_family(build_parser(), argv)
