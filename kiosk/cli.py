"""Command line: `kiosk` runs the kiosk, `kiosk sim` runs the demo cell alone, `kiosk labs ...` has
the tools for lab module authors (kiosk.cli_labs).

Imports of Qt and asyncua happen inside the commands, so `kiosk --version` and `kiosk --help`
answer at once and `kiosk sim` starts without loading Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.core.site import SITE_IDS
from kiosk.core.text import LANGUAGES


def _cell_option(text: str) -> tuple[str, str]:
    from kiosk.services.site_profiles import parse_cell_option

    try:
        return parse_cell_option(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("seconds must be 0 or more")
    return value


def _idle_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 10:
        raise argparse.ArgumentTypeError("idle times are 10 seconds or more")
    return value


def _positive_minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("minutes must be more than 0")
    return value


def _run_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description="Skills Lab Kiosk. Without --cell the embedded simulated demo cell is started.",
        epilog="Other commands: 'kiosk sim --help' runs the simulated demo cell on its own; "
        "'kiosk labs --help' has tools for lab module authors; "
        "'kiosk trainees --help' adds and lists trainees; "
        "'kiosk instructor --help' sets the instructor PIN; "
        "'kiosk records --help' exports the records; "
        "'kiosk lrs --help' forwards the records to a Learning Record Store; "
        "'kiosk audit --help' checks the audit log.",
    )
    p.add_argument("--version", action="version", version=f"skillslab-kiosk {__version__}")
    p.add_argument("--site", choices=SITE_IDS, default=None, help="landing spot profile (default: drachten)")
    p.add_argument(
        "--cell",
        action="append",
        type=_cell_option,
        default=[],
        metavar="NAME=opc.tcp://HOST:PORT",
        help="connect cell NAME to this OPC UA endpoint instead of the simulator (repeatable)",
    )
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--lang", choices=LANGUAGES, default=None, help="screen language (default: the site's)")
    p.add_argument("--data-dir", type=Path, default=None, help="keep data, settings and logs in DIR")
    p.add_argument(
        "--labs",
        type=Path,
        default=None,
        metavar="DIR",
        help="offer the lab modules in DIR (default: the labs/ shipped with the kiosk)",
    )
    p.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        metavar="FILE.png",
        help="save the main window as PNG after --after seconds, then exit 0",
    )
    p.add_argument("--after", type=_positive_seconds, default=3.0, metavar="SECONDS")
    p.add_argument(
        "--idle-visitor",
        type=_idle_seconds,
        default=90.0,
        metavar="SECONDS",
        help="a visitor's screen goes back to the start after this long untouched (default: 90)",
    )
    p.add_argument(
        "--idle-trainee",
        type=_idle_seconds,
        default=300.0,
        metavar="SECONDS",
        help="a signed-in trainee is signed out after this long untouched; an attempt under way is kept "
        "to continue (default: 300)",
    )
    p.add_argument(
        "--resume-within",
        type=_positive_minutes,
        default=120.0,
        metavar="MINUTES",
        help="an attempt the kiosk stopped during can be continued this long after its last step; "
        "older ones are closed as abandoned (default: 120)",
    )
    p.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    return p


def _sim_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk sim",
        description="Run the simulated demo cell alone until interrupted. Prints its endpoint first.",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=4840)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--secure",
        action="store_true",
        help="also offer Basic256Sha256 Sign and SignAndEncrypt (a new certificate each run; any client accepted)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "sim":
        sim = _sim_parser().parse_args(args[1:])
        from kiosk.services.simulator.server import run_standalone

        return run_standalone(sim.host, sim.port, sim.seed, sim.secure)
    if args and args[0] == "labs":
        from kiosk.cli_labs import main as labs_main

        return labs_main(args[1:])
    if args and args[0] == "trainees":
        from kiosk.cli_trainees import main as trainees_main

        return trainees_main(args[1:])
    if args and args[0] == "instructor":
        from kiosk.cli_instructor import main as instructor_main

        return instructor_main(args[1:])
    if args and args[0] == "records":
        from kiosk.cli_records import main as records_main

        return records_main(args[1:])
    if args and args[0] == "lrs":
        from kiosk.cli_lrs import main as lrs_main

        return lrs_main(args[1:])
    if args and args[0] == "audit":
        from kiosk.cli_audit import main as audit_main

        return audit_main(args[1:])
    if args and args[0] == "run":
        args = args[1:]
    ns = _run_parser().parse_args(args)
    if ns.screenshot is not None and ns.screenshot.suffix.lower() != ".png":
        _run_parser().error("--screenshot takes a .png file name")
    from kiosk.app import RunOptions, run

    return run(
        RunOptions(
            site=ns.site,
            cells=ns.cell,
            windowed=ns.windowed,
            language=ns.lang,
            data_dir=ns.data_dir,
            screenshot=ns.screenshot,
            screenshot_after_s=ns.after,
            seed=ns.seed,
            labs=ns.labs,
            resume_within_s=ns.resume_within * 60.0,
            idle_visitor_s=ns.idle_visitor,
            idle_trainee_s=ns.idle_trainee,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
