"""Render every kiosk screen in nl and en at 1920x1080 and 1280x800 into docs/screenshots/ (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py            # all four, in parallel
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --one nl 1280x800

Each (language, size) runs the real app (`kiosk.app.run`) in its own process with a fresh data dir
(a trainee T-1001 and an instructor PIN are set up first) and drives it the way a person would:
showcase, live cell, sign-in, an attempt at `speed-and-cycle-time` (signed out half-way so the module
list shows the unfinished attempt, then continued), its result and replay, the visitor taster, the
instructor PIN and the idle countdown. Every step waits for its condition (polled); a screen that is
not reached in time ends the run with a message and a non-zero exit code.

Files: docs/screenshots/<nn>-<screen>-<lang>-<w>x<h>.png
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("nl", "en")
SIZES = ((1920, 1080), (1280, 800))
MODULE = "speed-and-cycle-time"
SAFETY_MODULE = "meet-the-cell"
TRAINEE = ("T-1001", "Anna")
UNKNOWN_CODE = "T-9999"
PIN = "2580"
IDLE_VISITOR_S = 10.0  # the idle countdown shows 10 s after the last touch on a visitor's screen
POLL_MS = 100
RUN_TIMEOUT_S = 300.0


@dataclass
class Step:
    """Do `action`, wait until `until()` is true (at most `timeout_s`), wait `settle_ms` more, then
    save a screenshot named `shot` (if any)."""

    what: str
    action: Callable[[], Any] | None = None
    until: Callable[[], bool] | None = None
    timeout_s: float = 20.0
    settle_ms: int = 0
    shot: str | None = None


# ---------------------------------------------------------------------------------------------- one run
def run_one(lang: str, width: int, height: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import kiosk.app as appmod
    from kiosk.services.paths import AppPaths
    from kiosk.services.pin import PinStore, pin_file
    from kiosk.services.records import RecordStore

    data_dir = Path(tempfile.mkdtemp(prefix=f"kiosk-shots-{lang}-{width}x{height}-"))
    try:
        store = RecordStore(data_dir / "records.sqlite")
        try:
            store.add_trainee(*TRAINEE).result(10)
        finally:
            store.close()
        paths = AppPaths.under(data_dir)
        paths.ensure()
        PinStore(pin_file(paths)).set_pin(PIN)

        outcome: dict[str, Any] = {"error": None, "shots": []}

        def drive(app: Any, window: Any, options: Any) -> int:
            Driver(app, window, lang, width, height, outcome).start()
            app.exec()
            return 1 if outcome["error"] else 0

        appmod._exec = drive
        code = appmod.run(
            appmod.RunOptions(language=lang, windowed=True, data_dir=data_dir, idle_visitor_s=IDLE_VISITOR_S)
        )
        if outcome["error"]:
            print(f"screenshots {lang} {width}x{height}: FAILED: {outcome['error']}", file=sys.stderr)
            return 1
        print(f"screenshots {lang} {width}x{height}: {len(outcome['shots'])} screens", flush=True)
        return code
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


class Driver:
    """Walks through the screens with QTimer polling; never blocks the Qt loop."""

    def __init__(self, app: Any, window: Any, lang: str, width: int, height: int, outcome: dict[str, Any]) -> None:
        from PySide6.QtCore import QTimer

        from kiosk.core.labs.session import Phase, StepStatus
        from kiosk.core.tags import ConnectionState

        self.app, self.window, self.lang, self.w, self.h, self.outcome = app, window, lang, width, height, outcome
        self.labs = window.labs
        self.runner = self.labs.runner
        self.Phase, self.StepStatus, self.Connected = Phase, StepStatus, ConnectionState.CONNECTED
        self.steps = self._plan()
        self.i = -1
        self.deadline = 0.0
        self.t0 = time.monotonic()
        self.poll = QTimer(window)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._tick)
        # A person keeps touching the screen until the last step, which waits for the idle countdown.
        self.touch = QTimer(window)
        self.touch.setInterval(1000)
        self.touch.timeout.connect(window.idle.activity)
        self.settling_until = 0.0
        self.waiting = False

    # -------------------------------------------------------------------------------- helpers
    @property
    def session(self) -> Any:
        return self.runner.session

    def phase_is(self, name: str) -> Callable[[], bool]:
        return lambda: self.session is not None and self.session.phase is getattr(self.Phase, name)

    def on_step(self, kind: str) -> Callable[[], bool]:
        def check() -> bool:
            s = self.session
            return s is not None and s.phase is self.Phase.STEPS and s.step.kind == kind

        return check

    def step_done(self) -> bool:
        s = self.session
        return s is not None and s.phase is self.Phase.STEPS and s.state().status is not self.StepStatus.ACTIVE

    def acknowledge_all(self) -> None:
        module = self.runner.module
        for i in range(len(module.safety)):
            self.runner.acknowledge(i)
        self.runner.begin()

    def live_value(self, tag: str) -> float:
        return float(self.runner.live.snapshot.get(tag).value)

    def answer_observation(self) -> None:
        """Read the value off the cell, as the trainee would, and send it."""
        if not self.step_done():
            self.runner.answer_observation(self.live_value(self.session.step.tag))

    def answer_quiz(self) -> None:
        self.runner.answer_quiz(list(self.session.step.correct))

    def type_observation(self) -> None:
        pad = self.labs.steps.pad
        value = self.live_value(self.session.step.tag)
        pad.type_text(f"{value:.1f}")

    def sign_in(self, code: str) -> None:
        form = self.labs.sign_in_page.form
        form.reset()
        form.type_text(code)
        form.submit()

    def signed_in_and_loaded(self) -> bool:
        return self.labs.signed_in and self.labs.module_list.isEnabled() and self.labs.current_page() is self.labs.home

    def replay_loaded(self) -> bool:
        model = self.labs.replay_model
        return self.labs.current_page() is self.labs.replay and not model.loading and model.timeline is not None

    def idle_overlay_up(self) -> bool:
        overlay = self.window.idle_overlay
        return self.window.idle.warning and overlay is not None and overlay.isVisible()

    def stop_touching(self) -> None:
        self.touch.stop()

    # -------------------------------------------------------------------------------- the plan
    def _plan(self) -> list[Step]:
        w, labs, runner = self.window, self.labs, self.runner
        connected = lambda: w.dashboards[0].model.connection is self.Connected  # noqa: E731
        return [
            Step("the cell connects", until=connected, timeout_s=60, settle_ms=4000, shot="01-showcase"),
            Step("live cell", w.show_live, lambda: w.pages.currentWidget() is w.stack, settle_ms=3000, shot="02-live"),
            Step(
                "sign-in, unknown code",
                lambda: (w.showcase.sign_in_button.click(), self.sign_in(UNKNOWN_CODE)),
                lambda: labs.sign_in_page.form.message_kind() is not None and not labs.sign_in.checking,
                settle_ms=500,
                shot="03-sign-in",
            ),
            Step("sign in", lambda: self.sign_in(TRAINEE[0]), self.signed_in_and_loaded, settle_ms=300),
            # The module worked through has no safety statements: show those of one that has (one ticked).
            Step(
                "safety statements",
                lambda: (runner.start(SAFETY_MODULE), runner.acknowledge(0)),
                self.phase_is("SAFETY"),
                settle_ms=600,
                shot="05-safety",
            ),
            Step(
                "back to the list",
                labs.safety.back_button.click,
                lambda: labs.current_page() is labs.home,
                settle_ms=500,
            ),
            Step("start the module", lambda: runner.start(MODULE), self.phase_is("SAFETY"), settle_ms=300),
            Step(
                "preparing the cell",
                self.acknowledge_all,
                self.phase_is("PREPARING"),
                settle_ms=1500,
                shot="06-preparing",
            ),
            Step(
                "first step (instruction)",
                None,
                self.on_step("instruction"),
                timeout_s=90,
                settle_ms=2500,
                shot="07-instruction",
            ),
            Step("sign out half-way", labs.sign_out, lambda: labs.current_page() is labs.sign_in_page, settle_ms=300),
            Step(
                "module list with the unfinished attempt",
                lambda: self.sign_in(TRAINEE[0]),
                lambda: self.signed_in_and_loaded() and bool(labs.trainee_panel.cards),
                settle_ms=800,
                shot="04-module-list",
            ),
            Step(
                "continue the attempt",
                lambda: labs.trainee_panel.cards[0].continue_button.click(),
                self.phase_is("SAFETY"),
                settle_ms=300,
            ),
            Step("preparing again", self.acknowledge_all, self.on_step("instruction"), timeout_s=90, settle_ms=300),
            Step("observation step", runner.next, self.on_step("observation"), settle_ms=1500),
            Step("type on the keypad", self.type_observation, None, settle_ms=500, shot="10-observation"),
            Step("answer the observation", self.answer_observation, self.step_done, timeout_s=5, settle_ms=300),
            Step("action step", runner.next, self.on_step("action"), settle_ms=300),
            Step("operate the setpoint", lambda: runner.operate(0, 200), None, settle_ms=2500, shot="08-action"),
            Step("action check passes", None, self.step_done, timeout_s=60, settle_ms=300),
            Step("second observation", runner.next, self.on_step("observation"), settle_ms=1000),
            Step("answer it", self.answer_observation, self.step_done, timeout_s=5, settle_ms=300),
            Step("quiz", runner.next, self.on_step("quiz"), settle_ms=500),
            Step("answer the quiz", self.answer_quiz, self.step_done, timeout_s=5, settle_ms=800, shot="09-quiz"),
            Step("third observation", runner.next, self.on_step("observation"), settle_ms=1000),
            Step("answer it", self.answer_observation, self.step_done, timeout_s=5, settle_ms=300),
            Step("second quiz", runner.next, self.on_step("quiz"), settle_ms=300),
            Step("answer it", self.answer_quiz, self.step_done, timeout_s=5, settle_ms=300),
            Step("second action", runner.next, self.on_step("action"), settle_ms=300),
            Step("operate", lambda: runner.operate(0, 100), self.step_done, timeout_s=60, settle_ms=300),
            Step("last quiz", runner.next, self.on_step("quiz"), settle_ms=300),
            Step("answer it", self.answer_quiz, self.step_done, timeout_s=5, settle_ms=300),
            Step("result", runner.next, self.phase_is("ENDED"), settle_ms=1500, shot="11-result"),
            Step(
                "replay",
                labs.result.replay_button.click,
                self.replay_loaded,
                timeout_s=20,
                settle_ms=1500,
                shot="12-replay",
            ),
            Step(
                "visitor taster (Try it)",
                lambda: (w.show_start(), w.showcase.try_button.click()),
                lambda: self.phase_is("SAFETY")() and labs.visiting,
                settle_ms=300,
            ),
            Step(
                "taster step",
                self.acknowledge_all,
                self.on_step("instruction"),
                timeout_s=90,
                settle_ms=2500,
                shot="13-taster",
            ),
            Step(
                "instructor PIN",
                lambda: (w.lock.request("settings"), w.pin_page.press("2"), w.pin_page.press("5")),
                lambda: w.pages.currentWidget() is w.pin_page,
                settle_ms=500,
                shot="14-pin",
            ),
            Step("back to the taster", w.pin_page.cancel, lambda: w.pages.currentWidget() is labs, settle_ms=300),
            Step(
                "idle countdown",
                self.stop_touching,
                self.idle_overlay_up,
                timeout_s=IDLE_VISITOR_S + 10,
                settle_ms=1500,
                shot="15-idle",
            ),
            Step(
                "instructor hub",
                self.unlock_instructor,
                lambda: w.pages.currentWidget() is w.instructor_page,
                settle_ms=300,
            ),
            *self.instructor_steps(),
        ]

    # -------------------------------------------------------------------------------- the instructor
    def unlock_instructor(self) -> None:
        w = self.window
        self.touch.start()
        w.idle.activity()
        w.lock.request("settings")
        for key in (*PIN, "ok"):
            w.pin_page.press(key)

    def section(self, name: str) -> Any:
        return next(s for s in self.window.instructor_page.sections if type(s).__name__ == name)

    def instructor_steps(self) -> list[Step]:
        """A picture of every section of the hub, in its order, and of the attempts behind a progress cell."""
        hub = self.window.instructor_page
        steps: list[Step] = []
        for i, section in enumerate(hub.sections):
            name = type(section).__name__
            label = name.removesuffix("Section").lower()
            steps.append(
                Step(
                    f"instructor: {label}",
                    lambda i=i: hub.show_section(i),
                    lambda name=name: self.section_ready(name),
                    settle_ms=600,
                    shot=f"{16 + len(steps)}-instructor-{label}",
                )
            )
            if name == "ProgressSection":
                steps.append(
                    Step(
                        "instructor: the attempts of a progress cell",
                        self.open_first_attempts,
                        lambda: self.section("ProgressSection").attempts_table.rowCount() > 0,
                        settle_ms=300,
                        shot=f"{16 + len(steps)}-instructor-attempts",
                    )
                )
        return steps

    def section_ready(self, name: str) -> bool:
        """Shown, and not waiting for the records (BackgroundJobs idle)."""
        section = self.section(name)
        return self.window.instructor_page.current_section() is section and not section._jobs.busy

    def open_first_attempts(self) -> None:
        progress = self.section("ProgressSection")
        matrix = progress.matrix
        row = next(i for i, r in enumerate(matrix.rows) if r.cells)
        column = 1 + next(i for i, m in enumerate(matrix.module_ids) if m in matrix.rows[row].cells)
        progress.table.cellClicked.emit(row, column)

    # -------------------------------------------------------------------------------- the loop
    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.window.resize(self.w, self.h)
        self.window.show()
        self.touch.start()
        self.poll.start()
        QTimer.singleShot(int(RUN_TIMEOUT_S * 1000), lambda: self.fail(f"the whole run took over {RUN_TIMEOUT_S:g} s"))
        self._next()

    def _next(self) -> None:
        self.i += 1
        if self.i >= len(self.steps):
            self.poll.stop()
            self.app.quit()
            return
        step = self.steps[self.i]
        # Back to the requested size on every step: a screen that needs more room shows as a bigger
        # window in its own picture only (the window never shrinks by itself).
        self.window.resize(self.w, self.h)
        self.waiting = True
        self.settling_until = 0.0
        self.deadline = time.monotonic() + step.timeout_s
        if step.action is not None:
            try:
                step.action()
            except Exception as exc:
                self.fail(f"{step.what}: {type(exc).__name__}: {exc}")

    def _tick(self) -> None:
        if self.outcome["error"] or self.i >= len(self.steps):
            return
        step = self.steps[self.i]
        now = time.monotonic()
        if self.waiting:
            try:
                ok = step.until is None or step.until()
            except Exception as exc:
                self.fail(f"{step.what}: {type(exc).__name__}: {exc}")
                return
            if not ok:
                if now > self.deadline:
                    self.fail(f"'{step.what}' not reached within {step.timeout_s:g} s{self._where()}")
                return
            self.waiting = False
            self.settling_until = now + step.settle_ms / 1000
        if now < self.settling_until:
            return
        if step.shot:
            self.save(step.shot)
        self._next()

    def _where(self) -> str:
        s = self.session
        page = self.labs.current_page()
        where = f" (page {type(self.window.pages.currentWidget()).__name__}, labs page {type(page).__name__}"
        if s is not None:
            where += f", phase {s.phase.name}, step {s.index} {s.step.kind if s.phase is self.Phase.STEPS else ''}"
        return where + ")"

    def save(self, name: str) -> None:
        path = OUT / f"{name}-{self.lang}-{self.w}x{self.h}.png"
        image = self.window.grab().toImage()
        if not image.save(str(path)):
            self.fail(f"could not write {path}")
            return
        size = f"{image.width()}x{image.height()}"
        note = ""
        if (image.width(), image.height()) != (self.w, self.h):
            hint = self.window.minimumSizeHint()
            header = self.window.header.minimumSizeHint().width() if self.window.header.isVisible() else 0
            page = self.window.pages.currentWidget().minimumSizeHint()
            note = (
                f"  WARNING: {size}, not {self.w}x{self.h} (window minimum {hint.width()}x{hint.height()};"
                f" header minimum width {header}, page minimum {page.width()}x{page.height()})"
            )
        print(f"  {path.relative_to(ROOT)}  ({time.monotonic() - self.t0:5.1f} s){note}", flush=True)
        self.outcome["shots"].append(path)

    def fail(self, message: str) -> None:
        if self.outcome["error"] is None:
            self.outcome["error"] = message
            with contextlib.suppress(Exception):  # a picture of where it stuck, if it can be had
                self.save(f"failed-{self.i:02d}")
        self.poll.stop()
        self.app.quit()


# ---------------------------------------------------------------------------------------------- all runs
def run_all() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    procs = [
        (lang, w, h, subprocess.Popen([sys.executable, __file__, "--one", lang, f"{w}x{h}"], env=env, cwd=ROOT))
        for lang in LANGUAGES
        for w, h in SIZES
    ]
    failed = [f"{lang} {w}x{h}" for lang, w, h, p in procs if p.wait() != 0]
    took = time.monotonic() - started
    count = len(list(OUT.glob("*.png")))
    if failed:
        print(f"screenshots: FAILED for {', '.join(failed)} ({count} files, {took:.0f} s)", file=sys.stderr)
        return 1
    print(f"screenshots: {count} files in {OUT.relative_to(ROOT)} ({took:.0f} s)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--one", nargs=2, metavar=("LANG", "WxH"), help="one language and size, in this process")
    args = parser.parse_args()
    if args.one:
        lang, size = args.one
        w, h = (int(x) for x in size.lower().split("x"))
        OUT.mkdir(parents=True, exist_ok=True)
        return run_one(lang, w, h)
    return run_all()


if __name__ == "__main__":
    sys.exit(main())
