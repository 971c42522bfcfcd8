"""What the `kiosk <family> <command>` command lines (labs, trainees) share: a subcommand parser whose
commands set `run`, and a main that returns an exit status instead of exiting."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

__all__ = ["AddCommand", "Runner", "build_family_parser", "run_family"]

Runner = Callable[[argparse.Namespace], int]
"""A subcommand's work: its parsed arguments in, the exit status out."""

AddCommand = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]
"""Adds one subcommand (with `set_defaults(run=...)`) to the family's subparsers."""


def build_family_parser(prog: str, description: str, commands: Sequence[AddCommand]) -> argparse.ArgumentParser:
    """The family's parser with every subcommand."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in commands:
        add(sub)
    return parser


def run_family(parser: argparse.ArgumentParser, argv: Sequence[str]) -> int:
    """Parse `argv` and run the chosen subcommand; returns the exit status (usage errors 2, --help 0,
    no subcommand: the help on stderr and 2)."""
    try:
        ns = parser.parse_args(list(argv))
        run: Runner | None = getattr(ns, "run", None)
        if run is None:  # no subcommand: say what there is
            parser.print_help(sys.stderr)
            return 2
        return run(ns)
    except SystemExit as exc:  # argparse exits for --help and usage errors; callers want a status
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
