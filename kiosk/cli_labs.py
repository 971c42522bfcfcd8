"""`kiosk labs ...`: tools for lab module authors. No Qt is imported here.

    kiosk labs schema [-o FILE]                      the JSON Schema of a module file (for editors)
    kiosk labs validate [--site ID] [PATH ...]       check module files against the site's cells
    kiosk labs rehearse [--site ID] [--data-dir DIR] [--parallel N] [PATH ...]
                                                     an ideal trainee completes each module on the simulator

`validate` prints every problem as `file:line: field.path: message` and, for each good file,
`ok  <file>  (<id>, <n> steps, languages nl en ...)`. Exit status: 0 all good, 1 a file has problems,
2 a usage error (unknown option, a PATH that does not exist).

Each subcommand is a pair: `_add_<name>(subparsers)` declares its arguments and sets `run` to a
function (namespace) -> exit status. New subcommands register in `_SUBCOMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.cli_family import AddCommand, build_family_parser, run_family
from kiosk.core.site import SITE_IDS

# ------------------------------------------------------------------------------------------ schema


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "schema",
        help="write the JSON Schema of a lab module file",
        description="Write the JSON Schema of a lab module file (skillslab.module/1), for editors' completion.",
    )
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="write to FILE (default: stdout)")
    p.set_defaults(run=_run_schema)


def _run_schema(ns: argparse.Namespace) -> int:
    from kiosk.core.labs.module import module_json_schema

    text = json.dumps(module_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if ns.output is None:
        sys.stdout.write(text)
        return 0
    try:
        ns.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"kiosk labs schema: cannot write {ns.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------- validate


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check lab module files against the site's cells",
        description="Check lab module files: YAML, schema, and the tags and methods of the site's cells. "
        "Prints every problem as file:line: field: message. Exit status 1 when any file has a problem.",
    )
    p.add_argument(
        "--site", choices=SITE_IDS, default="drachten", help="site profile for the cells (default: drachten)"
    )
    p.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="module files or folders (default: the shipped labs)"
    )
    p.set_defaults(run=_run_validate, parser=p)


def _run_validate(ns: argparse.Namespace) -> int:
    from kiosk.services.labs.loader import display_path, load_paths, shipped_labs_dir
    from kiosk.services.site_profiles import load_site_profile

    paths: list[Path] = list(ns.paths) or [shipped_labs_dir()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        ns.parser.error(f"no such file or folder: {', '.join(str(p) for p in missing)}")
    site = load_site_profile(ns.site, None)
    for problem in site.problems:
        print(f"site profile: {problem}", file=sys.stderr)
    catalog = load_paths(paths, site.profile.cells)
    if not catalog.entries:
        print(f"no lab modules (*.yaml, *.yml) in {', '.join(display_path(p) for p in paths)}")
        return 0
    for entry in catalog.entries:
        for problem in entry.problems:
            print(problem)
        if entry.module is not None and entry.available:
            module = entry.module
            steps = f"{len(module.steps)} step{'' if len(module.steps) == 1 else 's'}"
            print(f"ok  {display_path(entry.path)}  ({module.id}, {steps}, languages {' '.join(module.languages)})")
    broken = sum(1 for e in catalog.entries if not e.available)
    total = len(catalog.entries)
    print(
        f"{total - broken} of {total} module{'' if total == 1 else 's'} ok"
        + (f", {broken} with problems" if broken else "")
    )
    return 1 if broken else 0


# ---------------------------------------------------------------------------------------- rehearse


def _add_rehearse(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "rehearse",
        help="let an ideal trainee complete each module on the simulated cell",
        description="Run each module with an ideal trainee (the steps' rehearse: blocks, through the same "
        "control gate as a trainee) against a fresh embedded simulator in the showcase state. Prints a line "
        "per step and a verdict per module. Exit status 1 when any module cannot be completed.",
    )
    p.add_argument(
        "--site", choices=SITE_IDS, default="drachten", help="site profile for the cells (default: drachten)"
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="store each rehearsal's attempt in the records store DIR/records.sqlite and print one line per "
        "committed event (its statement id)",
    )
    p.add_argument("--parallel", type=int, default=4, metavar="N", help="modules rehearsed at once (default 4)")
    p.add_argument("--seed", type=int, default=0, help="the simulator's random seed (default 0)")
    p.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="module files or folders (default: the shipped labs)"
    )
    p.set_defaults(run=_run_rehearse, parser=p)


def _run_rehearse(ns: argparse.Namespace) -> int:
    import logging

    from kiosk.services.labs.loader import load_paths, shipped_labs_dir
    from kiosk.services.labs.rehearsal import rehearse_modules
    from kiosk.services.site_profiles import load_site_profile

    # asyncua's own warnings (session timeout negotiation and the like) are noise for an author
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("asyncua").setLevel(logging.CRITICAL)
    paths: list[Path] = list(ns.paths) or [shipped_labs_dir()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        ns.parser.error(f"no such file or folder: {', '.join(str(p) for p in missing)}")
    if ns.parallel < 1:
        ns.parser.error("--parallel must be at least 1")
    site = load_site_profile(ns.site, None)
    catalog = load_paths(paths, site.profile.cells)
    failed = 0
    runnable = []
    for entry in catalog.entries:
        if entry.module is None or not entry.available:
            failed += 1
            for problem in entry.problems:
                print(problem)
            print(f"FAIL {entry.module_id}: not rehearsed, the file has problems")
            continue
        cell = next((c for c in site.profile.cells if c.name == entry.module.cell), site.profile.cells[0])
        if not cell.is_embedded:
            print(f"note {entry.module_id}: cell '{cell.name}' is a real cell; rehearsing on the simulator instead")
        runnable.append((entry.module, cell))
    store = _open_store(ns.data_dir) if ns.data_dir is not None else None
    if ns.data_dir is not None and store is None:
        return 1
    try:
        sink_for = _store_sinks(store, ns.site) if store is not None else None
        reports = rehearse_modules(runnable, parallel=ns.parallel, seed=ns.seed, say=print, sink_for=sink_for)
    finally:
        if store is not None:
            store.close()  # waits for every queued event to be committed
    for report in reports:
        print(report.verdict())
        failed += 0 if report.ok else 1
    if store is not None:
        print(f"attempts stored in {store.path}")
    total = len(catalog.entries)
    print(f"{total - failed} of {total} module{'' if total == 1 else 's'} rehearsed successfully")
    return 1 if failed else 0


def _open_store(data_dir: Path) -> Any:
    """The records store in DIR (created when missing); None, with the reason printed, when it cannot open."""
    from kiosk.services.records import RecordStore, StoreError

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        store = RecordStore(data_dir / "records.sqlite")
    except (OSError, StoreError) as exc:
        print(f"kiosk labs rehearse: cannot open the records store in {data_dir}: {exc}", file=sys.stderr)
        return None
    for warning in store.warnings:
        print(f"records store: {warning}", file=sys.stderr)
    return store


def _store_sinks(store: Any, site: str) -> Callable[[Any, Any], Any]:
    """A StoreSink per rehearsed module that prints `committed <statement id> <verb> <module>` as soon as
    each event is committed, so anyone can check afterwards that every printed event is in the file."""
    import threading

    from kiosk.core.labs.xapi import Statement
    from kiosk.services.records import AttemptFields, StoreSink

    lock = threading.Lock()

    def sink_for(module: Any, cell: Any) -> Any:
        def fields(statement: Statement) -> AttemptFields:
            return AttemptFields(
                trainee_code=statement.actor.code,
                module_id=module.id,
                module_version=module.version,
                site=site,
                cell=cell.name,
                simulated=True,
                language=statement.language,
            )

        class _Printing(StoreSink):
            def record(self, statement: Statement) -> None:
                super().record(statement)
                future = self.last_future
                assert future is not None

                def committed(f: Any) -> None:  # runs on the store's writer thread
                    if f.exception() is None:
                        with lock:
                            print(f"committed {statement.id} {statement.verb} {module.id}", flush=True)

                future.add_done_callback(committed)

        return _Printing(store, fields)

    return sink_for


# ---------------------------------------------------------------------------------------- the family

_SUBCOMMANDS: tuple[AddCommand, ...] = (
    _add_schema,
    _add_validate,
    _add_rehearse,
)


def build_parser() -> argparse.ArgumentParser:
    """The `kiosk labs` parser with every subcommand."""
    return build_family_parser(
        "kiosk labs",
        "Tools for lab module authors.",
        _SUBCOMMANDS,
    )


def main(argv: Sequence[str]) -> int:
    """Run `kiosk labs <argv>`; returns the exit status (argparse's usage errors give 2, --help 0)."""
    return run_family(build_parser(), argv)
