"""Composition root: builds the services, view models and windows, and shuts them down in order.

Nothing else in the app creates long-lived objects or reads settings; everything is passed in.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.services.labs.loader import LabCatalog
    from kiosk.services.pin import PinStore
    from kiosk.services.records.lrs import LrsForwarder
    from kiosk.ui.instructor.section import InstructorSection
    from kiosk.ui.main_window import MainWindow
    from kiosk.viewmodels.attempt_replay import AttemptReplayModel
    from kiosk.viewmodels.background import BackgroundJobs
    from kiosk.viewmodels.idle import IdleModel
    from kiosk.viewmodels.instructor_lock import InstructorLock
    from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel
    from kiosk.viewmodels.language import LanguageModel
    from kiosk.viewmodels.live_cell import LiveCellModel
    from kiosk.viewmodels.records import RecordsModel
    from kiosk.viewmodels.sign_in import SignInModel

from kiosk import __version__
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig, SiteProfile, Theme
from kiosk.core.text import LANGUAGES
from kiosk.services.logging_setup import configure_logging
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.paths import AppPaths
from kiosk.services.pki import Pki, pki_folder
from kiosk.services.records import RecordStore, StoreError, StoreTooNew
from kiosk.services.simulator.server import SimulatorThread, server_certificate
from kiosk.services.simulator.showcase import start_showcase
from kiosk.services.single_instance import SingleInstance, lock_file
from kiosk.services.site_profiles import apply_cell_options, load_site_profile

log = logging.getLogger(__name__)

DEFAULT_SITE = "drachten"
I18N_DIR = Path(__file__).parent / "i18n"


@dataclass(frozen=True)
class RunOptions:
    """What the command line asks of a kiosk run."""

    site: str | None = None
    cells: list[tuple[str, str]] = field(default_factory=list)
    windowed: bool = False
    language: str | None = None
    data_dir: Path | None = None
    screenshot: Path | None = None
    screenshot_after_s: float = 3.0
    seed: int = 0
    labs: Path | None = None  # lab module folder; None: the shipped labs/
    resume_within_s: float = 2 * 3600.0  # an attempt the kiosk stopped during can be continued this long
    idle_visitor_s: float = 90.0  # a visitor's screen goes back to the start after this long untouched
    idle_trainee_s: float = 300.0  # a signed-in trainee is signed out after this long untouched


@dataclass
class CellRuntime:
    """One cell's running parts: its buffer, its OPC UA worker, and its simulator if embedded."""

    cell: CellConfig
    buffer: SampleBuffer
    worker: CellWorker
    simulator: SimulatorThread | None = None

    def stop(self) -> None:
        self.worker.stop()
        if self.simulator is not None:
            self.simulator.stop()


def start_cell(cell: CellConfig, seed: int = 0, pki: Pki | None = None) -> CellRuntime:
    """Start the link to a cell without waiting for it. An embedded cell's simulator is started on
    the worker's side, so the window appears at once and values follow. `pki`: the kiosk's
    certificates, for a cell whose security is not "none"."""
    buffer = SampleBuffer()
    simulator: SimulatorThread | None = None
    provider: Callable[[], str] | None = None
    if cell.is_embedded:
        secure = cell.security != "none" and pki is not None
        sim = simulator = SimulatorThread(host="127.0.0.1", port=0, seed=seed)

        def provider() -> str:  # a helper thread: the RSA key of a secured cell is made here, not on the GUI's
            if secure and pki is not None:
                sim.secure = True
                sim.certificate = pki.embedded_cell_certificate(lambda: server_certificate("127.0.0.1"))
            endpoint = sim.start()
            sim.call(start_showcase)
            return endpoint

    worker = CellWorker(cell, buffer, endpoint_provider=provider, pki=pki)
    worker.start()
    return CellRuntime(cell, buffer, worker, simulator)


def load_profile(options: RunOptions, paths: AppPaths) -> tuple[SiteProfile, tuple[str, ...]]:
    """The site profile with the user's override and the --cell options applied, and the problems
    found on the way (each names file, line and key; the kiosk runs on the defaults regardless)."""
    loaded = load_site_profile(options.site or DEFAULT_SITE, override_file=paths.site_override_file)
    profile = apply_cell_options(loaded.profile, options.cells) if options.cells else loaded.profile
    return profile, loaded.problems


def open_records(paths: AppPaths) -> tuple[RecordStore | None, str]:
    """The records file, or None and the reason it cannot be used (a newer kiosk's file is left
    untouched; the kiosk then runs without sign-in and says why)."""
    try:
        return RecordStore(paths.records_file), ""
    except StoreTooNew as exc:
        return None, str(exc)
    except (StoreError, OSError) as exc:
        return None, f"the records file {paths.records_file} could not be opened: {exc}"


def run(options: RunOptions) -> int:
    """Run the kiosk until it is closed. Returns the process exit code."""
    paths = AppPaths.under(options.data_dir) if options.data_dir else AppPaths.default()
    paths.ensure()
    configure_logging(paths.log_dir)
    instance = SingleInstance(lock_file(paths))
    try:
        acquired = instance.acquire()
    except OSError as exc:
        print(
            f"Skills Lab Kiosk cannot start: its lock file in {paths.data_dir} cannot be made: {exc}", file=sys.stderr
        )
        return 1
    if not acquired:
        holder = instance.holder_pid()
        print(
            f"Skills Lab Kiosk is already running (process {holder if holder else 'unknown'}) with the data "
            f"in {paths.data_dir}. Use that window, or close it first.",
            file=sys.stderr,
        )
        return 1
    try:
        return _run(options, paths)
    finally:
        instance.release()


def _run(options: RunOptions, paths: AppPaths) -> int:
    log.info("Skills Lab Kiosk %s starting (Python %s)", __version__, sys.version.split()[0])
    # Qt is imported here, not at module level, so the command line answers without it.
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Skills Lab Kiosk")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    kiosk = Kiosk(options, paths)
    try:
        kiosk.build(app)
        return _exec(app, kiosk.window, options)
    finally:
        kiosk.close()


class Kiosk:
    """Everything one kiosk run is made of, built by `build(app)` and taken down by `close()` in the
    right order (also after a `build` that failed half-way). Tests build one too."""

    def __init__(self, options: RunOptions, paths: AppPaths, *, clock: Callable[[], float] | None = None) -> None:
        self.options = options
        self.paths = paths
        self._clock = clock  # for the idle rule in tests; None: time.monotonic
        self.runtimes: list[CellRuntime] = []
        self.models: list[LiveCellModel] = []
        self.runner: LabRunnerModel | None = None
        self.records: RecordsModel | None = None
        self.sign_in: SignInModel | None = None
        self.replay: AttemptReplayModel | None = None
        self.instructor_replay: AttemptReplayModel | None = None
        self.lrs: LrsForwarder | None = None
        self.pki = Pki(pki_folder(paths.data_dir))  # the kiosk's certificate and the cells it trusts
        self.lock: InstructorLock | None = None
        self.idle: IdleModel | None = None
        self.store: RecordStore | None = None
        self.readers: ThreadPoolExecutor | None = None
        # The instructor's jobs (exports to a slow stick, a purge, a cell that does not answer) run on
        # their own threads, so they never hold up a PIN check or a trainee's sign-in on `readers`.
        self.instructor_pool: ThreadPoolExecutor | None = None
        self.instructor_jobs: BackgroundJobs | None = None
        self._window: MainWindow | None = None

    @property
    def window(self) -> MainWindow:
        assert self._window is not None, "build() first"
        return self._window

    def build(self, app: QApplication) -> MainWindow:
        """Start the cells (without waiting), read the labs, open the records and make the window."""
        from kiosk.core.idle import IdlePolicy
        from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
        from kiosk.services.pin import PinStore, pin_file
        from kiosk.services.records.anonymous import AnonymousCountSink
        from kiosk.services.records.lrs import LrsForwarder
        from kiosk.services.showcase_content import load_showcase_content
        from kiosk.ui.dashboard import DashboardScreen
        from kiosk.ui.labs.labs_screen import LabsScreen
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.showcase.showcase_screen import ShowcaseScreen
        from kiosk.ui.theme import stylesheet
        from kiosk.ui.translations import load_translators
        from kiosk.viewmodels.attempt_replay import AttemptReplayModel
        from kiosk.viewmodels.background import BackgroundJobs
        from kiosk.viewmodels.idle import IdleModel
        from kiosk.viewmodels.instructor_lock import InstructorLock
        from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel
        from kiosk.viewmodels.language import LanguageModel
        from kiosk.viewmodels.live_cell import LiveCellModel
        from kiosk.viewmodels.records import RecordsModel
        from kiosk.viewmodels.sign_in import SignInModel

        options, paths = self.options, self.paths
        profile, problems = load_profile(options, paths)
        for problem in problems:
            log.warning("%s", problem)  # the console handler shows it too
        display = profile.display
        theme = display.theme_for(profile.theme)  # the high-contrast theme when the site asks for it
        app.setStyleSheet(stylesheet(theme, scale=display.text_scale))
        lang = options.language or profile.default_language
        language = LanguageModel(load_translators(I18N_DIR, LANGUAGES), lang if lang in LANGUAGES else "nl")

        store, records_problem = open_records(paths)
        self.store = store
        if records_problem:
            log.error("records: %s", records_problem)
        if store is not None:
            for warning in store.warnings:
                log.warning("records: %s", warning)
                store.append_audit("kiosk", "records-file-replaced", warning)
            # Idle until an instructor configures an LRS; reads the lrs.* settings every round.
            self.lrs = LrsForwarder(store)
            self.lrs.start()
        # Disk reads for the screens (sign-in lookups, unfinished attempts, replays): never on the GUI thread.
        readers = self.readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="records-reader")
        for cell in profile.cells:
            self.runtimes.append(start_cell(cell, options.seed, self.pki))
        models = self.models = [LiveCellModel(rt.cell, rt.buffer) for rt in self.runtimes]
        dashboards = [DashboardScreen(m, language, theme) for m in models]
        labs_dir = options.labs or shipped_labs_dir()
        catalog = load_catalog(labs_dir, profile.cells)
        content = load_showcase_content(profile.id, known_modules=[e.module_id for e in catalog.entries])
        for problem in content.problems:
            log.warning("showcase: %s", problem)
        catalog = offered(catalog, content.offered_modules)
        for entry in catalog.entries:
            for problem in entry.problems:
                log.warning("lab module unavailable: %s", problem)
        log.info("%d of %d lab modules available from %s", len(catalog.available()), len(catalog.entries), labs_dir)
        records = self.records = RecordsModel(
            store,
            catalog,
            readers,
            simulated_cells=frozenset(c.name for c in profile.cells if c.is_embedded),
            resume_within_s=options.resume_within_s,
            unavailable_reason=records_problem,
        )
        records.review_all()
        # One runner for the site: a module runs on its own cell (or the first); statements and
        # process values go to the records (a visitor's try only to a count); the worker is the
        # runner's CellCommands.
        links = {m.cell.name: CellLink(m, rt.worker) for m, rt in zip(models, self.runtimes, strict=True)}
        runner = self.runner = LabRunnerModel(
            catalog,
            links,
            language,
            records.sink,
            site=profile.id,
            recorder=records.recorder,
            visitor_sink=AnonymousCountSink(store) if store is not None else None,
        )
        self.sign_in = SignInModel(records.lookup(), readers)
        self.replay = AttemptReplayModel(store, readers) if store is not None else None
        labs = LabsScreen(
            runner,
            language,
            theme,
            records=records,
            sign_in=self.sign_in,
            replay_model=self.replay,
            text_scale=display.text_scale,
        )

        def audit(action: str, detail: Mapping[str, Any]) -> None:
            if store is not None and not store.closed:
                store.append_audit("instructor", action, detail)

        pins = PinStore(pin_file(paths))  # one instance: its lock keeps a PIN change and a check apart
        self.lock = InstructorLock(pins, readers, audit)
        policy = IdlePolicy(visitor_s=options.idle_visitor_s, trainee_s=options.idle_trainee_s)
        idle = self.idle = IdleModel(policy) if self._clock is None else IdleModel(policy, clock=self._clock)
        app.installEventFilter(idle)  # every touch anywhere is activity
        runner.step_activity.connect(idle.machine_activity)  # and the machine doing what the step asked
        showcase = ShowcaseScreen(profile, content, models[0], language, logo_path=site_logo(profile.id))
        self.instructor_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="instructor")
        jobs = self.instructor_jobs = BackgroundJobs(self.instructor_pool)
        sections = self._instructor_sections(store, jobs, catalog, language, theme, profile, links, audit, pins)
        self._window = MainWindow(
            profile,
            language,
            dashboards,
            labs=labs,
            showcase=showcase,
            taster_module=content.taster_module,
            lock=self.lock,
            idle=idle,
            lockdown=not options.windowed,
            theme=theme,
            instructor_sections=sections,
            text_scale=display.text_scale,
        )
        jobs.setParent(self._window)  # no answer reaches a screen that has gone
        # "N visitors tried it today" on the showcase: read at start and after every try.
        records.tries_today_changed.connect(showcase.set_tries_today)
        labs.visitor_finished.connect(lambda: records.load_tries_today(content.taster_module))
        records.load_tries_today(content.taster_module)
        for m in models:
            m.start()
        return self._window

    def _instructor_sections(
        self,
        store: RecordStore | None,
        jobs: BackgroundJobs,
        catalog: LabCatalog,
        language: LanguageModel,
        theme: Theme,
        profile: SiteProfile,
        links: Mapping[str, CellLink],
        audit: Callable[[str, Mapping[str, Any]], None],
        pins: PinStore,
    ) -> list[InstructorSection]:
        """The screens behind the instructor PIN, in the order the hub lists them."""
        from kiosk.ui.instructor.cells_section import CellsSection
        from kiosk.ui.instructor.exports_section import ExportsSection
        from kiosk.ui.instructor.faults_section import FaultsSection
        from kiosk.ui.instructor.privacy_section import PrivacySection
        from kiosk.ui.instructor.progress_section import ProgressSection
        from kiosk.ui.instructor.settings_section import KioskFiles, SettingsSection
        from kiosk.ui.instructor.trainees_section import TraineesSection
        from kiosk.viewmodels.attempt_replay import AttemptReplayModel

        assert self.readers is not None
        paths = self.paths
        modules = {e.module_id: e.module for e in catalog.entries if e.module is not None}
        replay = self.instructor_replay = AttemptReplayModel(store, self.readers) if store is not None else None
        site_title = profile.name.get(profile.default_language)
        files = KioskFiles(paths.data_dir, paths.site_override_file, paths.records_file, paths.log_dir)
        return [
            TraineesSection(store, jobs, site_title),
            ProgressSection(store, jobs, modules, language, theme, replay, profile.cells),
            ExportsSection(store, jobs, modules, lambda: language.language),
            FaultsSection(links, jobs, audit),
            CellsSection(
                links, jobs, self.pki, profile.id, paths.site_override_file, audit, language=lambda: language.language
            ),
            SettingsSection(profile, files, pins, jobs, audit, store=store, lrs=self.lrs),
            PrivacySection(store, jobs),
        ]

    def close(self) -> None:
        """Take it down: end the attempt on screen, stop the timers that read the buffers, commit the
        last records, then the links, then the simulators. Idempotent."""
        if self.runner is not None:
            self.runner.shutdown()
            self.runner = None
        if self.idle is not None:
            self.idle.stop()
        for model in (self.sign_in, self.replay, self.instructor_replay, self.lock):
            if model is not None:
                model.shutdown()
        self.sign_in = self.replay = self.instructor_replay = self.lock = None
        if self.records is not None:
            self.records.close()  # the last statements and samples are committed before the file closes
            self.records = None
        if self.lrs is not None:
            self.lrs.stop(timeout=2.0)  # what was not sent stays queued for the next start
            self.lrs = None
        if self.instructor_jobs is not None:
            self.instructor_jobs.close()
            self.instructor_jobs = None
        if self.instructor_pool is not None:
            # Before the store closes: an export that is still writing gets its audit row.
            self.instructor_pool.shutdown(wait=True, cancel_futures=True)
            self.instructor_pool = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.readers is not None:
            self.readers.shutdown(wait=True, cancel_futures=True)
            self.readers = None
        for m in self.models:
            m.stop()
        stop_cells(self.runtimes)
        self.runtimes = []
        self.models = []


def offered(catalog: LabCatalog, module_ids: Sequence[str]) -> LabCatalog:
    """The modules the site offers (its showcase file's `offered_modules`); all when it names none."""
    from kiosk.services.labs.loader import LabCatalog

    if not module_ids:
        return catalog
    wanted = set(module_ids)
    return LabCatalog(tuple(e for e in catalog.entries if e.module_id in wanted))


def site_logo(site_id: str) -> Path | None:
    """The site's logo shipped in kiosk/assets/logos (None when there is none)."""
    path = Path(__file__).parent / "assets" / "logos" / f"{site_id}.svg"
    return path if path.exists() else None


def stop_cells(runtimes: list[CellRuntime]) -> None:
    """Stop every cell; one that fails to stop does not keep the others running."""
    for rt in runtimes:
        try:
            rt.stop()
        except Exception:
            log.exception("cell %s did not stop cleanly", rt.cell.name)


def _exec(app: QApplication, window: MainWindow, options: RunOptions) -> int:
    """Show the window and run Qt's loop; Ctrl+C and SIGTERM end it like a normal close."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()

    exit_code = 0
    if options.screenshot is not None:
        target = options.screenshot

        def _take_screenshot() -> None:
            nonlocal exit_code
            target.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(target)):
                print(f"kiosk: could not write {target}", file=sys.stderr)
                exit_code = 1
            app.quit()

        QTimer.singleShot(int(options.screenshot_after_s * 1000), _take_screenshot)

    if options.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        # Lock-down: no frame (no close button), full screen, above the desktop.
        from PySide6.QtCore import Qt

        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    qt_code = app.exec()
    return exit_code or qt_code
