"""The debrief replay: the pure timeline (step spans, markers, series with gaps, resumes), and the
replay screen on a real records file filled by a real attempt (LabSession -> StoreSink -> RecordStore),
loaded off the GUI thread by the AttemptReplayModel."""

from __future__ import annotations

import concurrent.futures
import math
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.labs.module import LabModule
from kiosk.core.labs.replay import MarkerKind, SpanStatus, Timeline, build_timeline, parse_time
from kiosk.core.labs.session import LabSession, MemorySink, Phase
from kiosk.core.labs.xapi import Actor, Statement, activity_id
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Sample, TagKind, TagSpec
from kiosk.core.text import LocalText

WALL0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
T0 = WALL0.timestamp()
ACTOR = Actor("T-0042")
MODULE_ID = "replay-demo"
I18N_DIR = Path(__file__).resolve().parent.parent / "kiosk" / "i18n"


def txt(en: str, nl: str | None = None) -> dict[str, str]:
    return {"nl": nl or f"{en} (nl)", "en": en}


def demo_module() -> LabModule:
    """Instruction; action with a hint; quiz; observation: every kind of marker a debrief shows."""
    return LabModule.model_validate(
        {
            "schema": "skillslab.module/1",
            "id": MODULE_ID,
            "version": 1,
            "title": txt("Start the line and read its speed", "Start de lijn en lees de snelheid af"),
            "summary": txt("Replay demo"),
            "level": "basic",
            "estimated_min": 5,
            "mastery": 0.5,
            "steps": [
                {"kind": "instruction", "title": txt("Look at the cell", "Bekijk de cel"), "text": txt("Look.")},
                {
                    "kind": "action",
                    "title": txt("Start the line", "Start de lijn"),
                    "text": txt("Press Start."),
                    "check": {"tag": "running", "equals": True},
                    "timeout_s": 120,
                    "hints": [{"after_s": 0, "cost": 0.25, "text": txt("Use Start.")}],
                    "watch": ["speed_setpoint", "mode"],
                    "rehearse": [],
                },
                {
                    "kind": "quiz",
                    "title": txt("The emergency stop", "De noodstop"),
                    "question": txt("What does the emergency stop do?"),
                    "choices": [
                        {"id": "a", "text": txt("Stops everything", "Stopt alles")},
                        {"id": "b", "text": txt("Makes coffee", "Zet koffie")},
                    ],
                    "correct": ["a"],
                },
                {
                    "kind": "observation",
                    "title": txt("Read the speed", "Lees de snelheid af"),
                    "text": txt("Read the actual conveyor speed."),
                    "tag": "speed_actual",
                    "tolerance": 5,
                },
            ],
        }
    )


SPECS = [
    TagSpec("running", "ns=2;s=r", LocalText({"en": "Cell running"}), kind=TagKind.BOOL),
    TagSpec("mode", "ns=2;s=m", LocalText({"en": "Operating mode"}), kind=TagKind.TEXT),
    TagSpec("speed_setpoint", "ns=2;s=ss", LocalText({"en": "Speed setpoint"}), unit="mm/s", lo=0, hi=250),
    TagSpec("speed_actual", "ns=2;s=sa", LocalText({"en": "Speed"}), unit="mm/s", lo=0, hi=250),
]


class Attempt:
    """A real LabSession on a real Snapshot; the wall clock follows `now`."""

    def __init__(self, sink: Any, registration: str | None = None) -> None:
        self.snapshot = Snapshot(SPECS, contact_timeout_s=5.0)
        self.snapshot.set_connection(ConnectionState.CONNECTED)
        self.now = 0.0
        self.set(0.0, running=False, mode="MANUAL", speed_setpoint=0.0, speed_actual=0.0)
        self.session = LabSession(
            demo_module(), self.snapshot, actor=ACTOR, sink=sink, now=0.0, wall=self.wall, attempt_id=registration
        )

    def wall(self) -> datetime:
        return WALL0 + timedelta(seconds=self.now)

    def set(self, now: float, **values: Any) -> None:
        self.now = now
        self.snapshot.apply([Sample(a, v, True, None, now) for a, v in values.items()])
        self.snapshot.note_contact(now)
        self.snapshot.refresh(now)

    def tick(self, now: float) -> None:
        self.set(now)
        self.session.tick(now)

    def run(self) -> None:
        """Shown at 2 / 10 / 25 / 45 s; hint 15; running at 20 (passed); quiz wrong at 40; observation
        right at 60; ended at 65."""
        s = self.session
        self.now = 2.0
        s.begin(2.0)
        self.tick(2.0)
        assert s.phase is Phase.STEPS and s.index == 0
        self.now = 10.0
        s.next(10.0)
        self.tick(10.0)
        self.now = 15.0
        s.take_hint(15.0)
        self.set(20.0, running=True, mode="AUTO", speed_setpoint=200.0, speed_actual=150.0)
        s.tick(20.0)
        self.now = 25.0
        s.next(25.0)
        self.now = 40.0
        assert s.answer_quiz(["b"], 40.0) is False
        self.now = 45.0
        s.next(45.0)
        for k in range(46, 61):
            self.set(float(k), speed_actual=200.0)
            s.tick(float(k))
        s.answer_observation(200.0, 60.0)
        self.now = 65.0
        s.next(65.0)
        assert s.phase is Phase.ENDED


def samples(registration: str, stale: tuple[float, float] = (30.0, 35.0)) -> list[tuple[Any, ...]]:
    """Every 0.5 s from 0 to 70 s: speed ramps up after 20 s; stale (no value) within `stale`."""
    rows: list[tuple[Any, ...]] = []
    for i in range(141):
        t = i * 0.5
        quality = "stale" if stale[0] <= t < stale[1] else "live"
        running = t >= 20
        speed = 0.0 if not running else min(200.0, (t - 20) * 20)
        rows.append((registration, "speed_actual", T0 + t, speed if quality == "live" else None, None, quality))
        rows.append((registration, "speed_setpoint", T0 + t, 200.0 if running else 0.0, None, quality))
        rows.append((registration, "running", T0 + t, 1.0 if running else 0.0, None, quality))
        rows.append((registration, "mode", T0 + t, None, "AUTO" if running else "MANUAL", quality))
    rows.append((registration, "unrelated", T0 + 1, 1.0, None, "live"))  # not a tag the module uses
    return rows


def session_timeline(with_samples: bool = True) -> Timeline:
    sink = MemorySink()
    attempt = Attempt(sink)
    attempt.run()
    reg = attempt.session.attempt_id
    return build_timeline([st.to_dict() for st in sink.statements], samples(reg) if with_samples else [], None)


# ------------------------------------------------------------------------------------------ pure


def test_time_origin_is_the_first_statement() -> None:
    tl = session_timeline()
    assert tl.start_epoch == pytest.approx(T0)
    assert tl.duration == pytest.approx(65.0)
    assert tl.ended and tl.epoch(10.0) == pytest.approx(T0 + 10)


def test_step_spans_from_shown_to_next_shown_with_how_they_ended() -> None:
    tl = session_timeline()
    spans = [(s.index, s.step_id, s.start, s.end, s.status) for s in tl.steps]
    assert spans == [
        (0, "step-1", pytest.approx(2.0), pytest.approx(10.0), SpanStatus.DONE),
        (1, "step-2", pytest.approx(10.0), pytest.approx(25.0), SpanStatus.PASSED),
        (2, "step-3", pytest.approx(25.0), pytest.approx(45.0), SpanStatus.FAILED),
        (3, "step-4", pytest.approx(45.0), pytest.approx(65.0), SpanStatus.PASSED),
    ]
    assert tl.steps[1].title == {"nl": "Start de lijn", "en": "Start the line"}
    assert tl.steps[1].hints == 1 and tl.steps[1].finished_at == pytest.approx(20.0)
    assert [s.kind for s in tl.steps] == ["instruction", "action", "question", "question"]
    assert [s.number for s in tl.steps] == [1, 2, 3, 4]
    assert tl.step_at(12.0) is tl.steps[1] and tl.step_at(25.0) is tl.steps[2]


def test_markers_in_time_order_with_their_facts() -> None:
    tl = session_timeline()
    got = [(round(m.t, 3), m.kind, m.step_index) for m in tl.markers]
    assert got == [
        (15.0, MarkerKind.HINT, 1),
        (20.0, MarkerKind.STEP_PASSED, 1),
        (40.0, MarkerKind.ANSWER_WRONG, 2),
        (40.0, MarkerKind.STEP_FAILED, 2),
        (60.0, MarkerKind.ANSWER_CORRECT, 3),
        (60.0, MarkerKind.STEP_PASSED, 3),
        (65.0, MarkerKind.ENDED, None),
    ]
    hint, passed, wrong, failed, right, _, ended = tl.markers
    assert hint.hint_number == 1 and hint.hint_cost == pytest.approx(0.25)
    assert passed.points == pytest.approx(0.75) and passed.max_points == pytest.approx(1.0)
    assert wrong.response == "b" and failed.feedback == "wrong"
    assert right.response == "200.0" and right.live_value == pytest.approx(200.0)
    assert ended.outcome == "passed" and (ended.points, ended.max_points) == (pytest.approx(1.75), pytest.approx(3.0))
    assert (tl.outcome, tl.score_raw, tl.score_max) == ("passed", pytest.approx(1.75), pytest.approx(3.0))
    assert tl.scaled == pytest.approx(1.75 / 3, abs=1e-4)
    assert tl.module_name["en"] == "Start the line and read its speed"
    assert tl.markers_of(MarkerKind.HINT) == (hint,)


def test_series_have_gaps_where_not_live() -> None:
    tl = session_timeline()
    speed = tl.series["speed_actual"]
    assert len(speed.t) == 141 and speed.t[0] == pytest.approx(0.0) and speed.t[-1] == pytest.approx(70.0)
    stale = [v for t, v in zip(speed.t, speed.values, strict=True) if 30 <= t < 35]
    assert len(stale) == 10 and all(math.isnan(v) for v in stale)
    assert not math.isnan(speed.values[speed.t.index(29.5)]) and not math.isnan(speed.values[speed.t.index(35.0)])
    assert speed.not_live == ((pytest.approx(30.0), pytest.approx(35.0)),)
    assert speed.value_range() == (0.0, 200.0)
    mode = tl.series["mode"]
    assert mode.is_text and mode.texts[0] == "MANUAL" and mode.texts[-1] == "AUTO"
    assert mode.texts[mode.t.index(31.0)] is None  # a stale text is not shown as a state either
    assert not tl.series["running"].is_text


def test_samples_may_be_sample_rows_or_plain_tuples() -> None:
    from kiosk.services.records.store import SampleRow

    events = session_timeline(with_samples=False)
    assert events.series == {}
    rows = [SampleRow("r", "x", T0 + 3, 1.5, None, "live"), ("r", "x", T0 + 4, 2.5, None, "bad")]
    tl = build_timeline([], rows, T0)
    assert tl.series["x"].t == (3.0, 4.0) and tl.series["x"].values[0] == 1.5 and math.isnan(tl.series["x"].values[1])
    assert tl.series["x"].not_live == ((4.0, 4.0),)


def test_nothing_recorded_is_an_empty_timeline() -> None:
    tl = build_timeline([], [])
    assert (tl.steps, tl.markers, tl.gaps, dict(tl.series)) == ((), (), (), {})
    assert tl.duration == 0 and not tl.ended and tl.outcome is None
    only_samples = build_timeline([], [("r", "x", 1000.0, 1.0, None, "live"), ("r", "x", 1010.0, 2.0, None, "live")])
    assert only_samples.start_epoch == 1000.0 and only_samples.duration == 10.0


def test_start_may_be_given_and_events_come_in_any_order() -> None:
    sink = MemorySink()
    attempt = Attempt(sink)
    attempt.run()
    statements = [st.to_dict() for st in sink.statements]
    forward = build_timeline(statements, [], None)
    backward = build_timeline(list(reversed(statements)), [], None)
    assert forward == backward
    shifted = build_timeline(statements, [], (WALL0 - timedelta(seconds=5)).isoformat())
    assert shifted.steps[0].start == pytest.approx(7.0) and shifted.duration == pytest.approx(70.0)
    assert parse_time("2025-03-14T09:30:00Z") == pytest.approx(T0)
    assert parse_time(WALL0) == pytest.approx(T0) and parse_time(12) == 12.0
    with pytest.raises(ValueError):
        parse_time("2025-03-14T09:30:00")


# ------------------------------------------------------------------------------------------ hand-made statements


REG = str(uuid.UUID(int=7))


def st(verb: str, at: float, *, step: int | None = None, kind: str = "action", **kw: Any) -> dict[str, Any]:
    sid = None if step is None else f"step-{step + 1}"
    ext = kw.pop("extensions", {})
    if verb == "experienced":
        ext = {"step-index": step, **ext}
    from kiosk.core.labs.xapi import extension_iri

    return Statement(
        id=str(uuid.uuid4()),
        actor=ACTOR,
        verb=verb,
        object_id=activity_id(MODULE_ID, sid),
        object_type="module" if step is None else kind,
        object_name={"en": "Module" if step is None else f"Step {step + 1}", "nl": "Stap"},
        timestamp=WALL0 + timedelta(seconds=at),
        registration=REG,
        parent_id=None if step is None else activity_id(MODULE_ID),
        result=kw.pop("result", {}),
        extensions={extension_iri(k): v for k, v in ext.items()},
    ).to_dict()


def test_a_resumed_attempt_marks_the_time_the_kiosk_was_off() -> None:
    events = [
        st("attempted", 0),
        st("initialized", 1),
        st("experienced", 2, step=0, kind="instruction"),
        st("experienced", 5, step=1),
        # the kiosk stops at about 20 s (last sample), comes back at 100 s
        st("resumed", 100, extensions={"step-index": 1, "run": 2}),
        st("initialized", 101),
        st("experienced", 103, step=1),
        st("passed", 110, step=1, result={"success": True, "score": {"raw": 1, "max": 1}}),
        st("passed", 120, result={"success": True, "score": {"raw": 1, "max": 1, "scaled": 1}}),
    ]
    rows = [(REG, "x", T0 + t, float(t), None, "live") for t in (0, 10, 20, 105, 115)]
    tl = build_timeline(events, rows)
    assert [(g.start, g.end) for g in tl.gaps] == [(pytest.approx(20.0), pytest.approx(100.0))]
    assert tl.gaps[0].duration == pytest.approx(80.0)
    [resumed] = tl.markers_of(MarkerKind.RESUMED)
    assert resumed.t == pytest.approx(100.0) and resumed.gap_s == pytest.approx(80.0)
    spans = [(s.index, s.start, s.end, s.status) for s in tl.steps]
    assert spans == [
        (0, pytest.approx(2.0), pytest.approx(5.0), SpanStatus.DONE),
        (1, pytest.approx(5.0), pytest.approx(20.0), SpanStatus.OPEN),  # on screen when the kiosk stopped
        (1, pytest.approx(103.0), pytest.approx(120.0), SpanStatus.PASSED),
    ]
    x = tl.series["x"]  # the line breaks across the gap
    assert x.t == (0.0, 10.0, 20.0, 20.0, 105.0, 115.0)
    assert math.isnan(x.values[3]) and x.values[4] == 105.0
    assert tl.duration == pytest.approx(120.0) and tl.outcome == "passed"


def test_a_step_finished_before_the_stop_keeps_its_status_when_shown_again() -> None:
    events = [
        st("attempted", 0),
        st("experienced", 2, step=0),
        st("failed", 8, step=0, result={"success": False}, extensions={"feedback": "timeout"}),
        st("resumed", 50),
        st("experienced", 52, step=0),
        st("experienced", 55, step=1, kind="quiz"),
        st("abandoned", 60, extensions={"reason": "idle"}),
    ]
    tl = build_timeline(events, [])
    assert [(s.index, s.status) for s in tl.steps] == [
        (0, SpanStatus.FAILED),
        (0, SpanStatus.FAILED),
        (1, SpanStatus.OPEN),
    ]
    assert tl.gaps[0].start == pytest.approx(8.0)  # no samples: the last statement before the resume
    assert tl.outcome == "abandoned" and tl.reason == "idle" and tl.score_raw is None
    assert tl.markers_of(MarkerKind.STEP_FAILED)[0].feedback == "timeout"


def test_an_open_attempt_ends_at_its_last_sign_of_life_or_its_recorded_end() -> None:
    events = [st("attempted", 0), st("experienced", 3, step=0), st("asked", 9, step=0, extensions={"hint-number": 1})]
    rows = [(REG, "x", T0 + t, 1.0, None, "live") for t in (0, 30)]
    tl = build_timeline(events, rows)
    assert not tl.ended and tl.duration == pytest.approx(30.0)
    assert tl.steps[0].status is SpanStatus.OPEN and tl.steps[0].end == pytest.approx(30.0)
    closed = build_timeline(events, rows, ended_at=(WALL0 + timedelta(seconds=40)).isoformat())
    assert closed.ended and closed.duration == pytest.approx(40.0) and closed.outcome is None


def test_a_waived_step() -> None:
    events = [
        st("attempted", 0),
        st("experienced", 1, step=0),
        st("waived", 4, step=0, result={"completion": True}, extensions={"waived-by": "instructor"}),
        st("completed", 6),
    ]
    tl = build_timeline(events, [])
    assert tl.steps[0].status is SpanStatus.WAIVED and tl.steps[0].end == pytest.approx(6.0)
    assert [m.kind for m in tl.markers] == [MarkerKind.STEP_WAIVED, MarkerKind.ENDED]


# ------------------------------------------------------------------------------------------ the screen

pytest.importorskip("pytestqt")


@pytest.fixture
def recorded(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    """A real records file with one real attempt and its samples."""
    from kiosk.services.records.sink import StoreSink
    from kiosk.services.records.store import AttemptFields, RecordStore, SampleRow

    store = RecordStore(tmp_path / "records.sqlite")
    fields = AttemptFields(
        trainee_code="T-0042",
        module_id=MODULE_ID,
        module_version=1,
        site="drachten",
        cell="demo",
        simulated=True,
        language="nl",
    )
    sink = StoreSink(store, lambda _st: fields)
    attempt = Attempt(sink)
    attempt.run()
    assert sink.flush(10)
    reg = attempt.session.attempt_id
    assert store.add_samples(SampleRow(*r) for r in samples(reg)).result(10) == 141 * 4 + 1
    yield store, reg
    store.close()


def _screen(qtbot: Any, store: Any, lang: str) -> tuple[Any, Any, Any, concurrent.futures.ThreadPoolExecutor]:
    from PySide6.QtWidgets import QApplication

    from kiosk.core.site import Theme
    from kiosk.services.site_profiles import load_site_profile
    from kiosk.ui.labs.replay_screen import ReplayScreen
    from kiosk.ui.theme import stylesheet
    from kiosk.ui.translations import load_translators
    from kiosk.viewmodels.attempt_replay import AttemptReplayModel
    from kiosk.viewmodels.language import LanguageModel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(stylesheet(Theme()))
    cell = load_site_profile("drachten").profile.cells[0]
    language = LanguageModel(load_translators(I18N_DIR, ("nl", "en")), lang)
    executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="records-reader")
    model = AttemptReplayModel(store, executor)
    screen = ReplayScreen(model, language, Theme(), cell, demo_module())
    qtbot.addWidget(screen)
    return screen, model, language, executor


def test_replay_screen_shows_the_recorded_attempt(qtbot: Any, recorded: tuple[Any, str]) -> None:
    from PySide6.QtCore import Qt

    from kiosk.ui.theme import TOUCH_MIN_PX

    store, reg = recorded
    screen, model, language, executor = _screen(qtbot, store, "en")
    try:
        screen.resize(1280, 800)
        screen.show()
        gui = threading.get_ident()
        seen: list[int] = []
        model.timeline_changed.connect(lambda: seen.append(threading.get_ident()))
        with qtbot.waitSignal(model.timeline_changed, timeout=10000):
            model.load(reg)
            assert model.loading
        assert seen == [gui] and not model.loading  # delivered on the GUI thread
        tl = model.timeline
        assert tl is not None and model.attempt is not None and model.attempt.trainee_code == "T-0042"

        # The tags the module uses, numbers first; the unrelated tag is left out.
        assert list(screen.plots) == ["speed_setpoint", "speed_actual", "mode", "running"]
        assert [p.is_band for p in screen.plots.values()] == [False, False, True, True]
        speed = screen.plots["speed_actual"]
        assert speed.title.text() == "Conveyor speed (mm/s)" or speed.title.text().endswith("(mm/s)")
        assert speed.curve is not None
        xs, ys = speed.curve.xData, speed.curve.yData  # as given (getData is clipped to the view)
        assert len(xs) == 141 and xs[0] == pytest.approx(0.0) and xs[-1] == pytest.approx(70.0)
        assert sum(1 for y in ys if math.isnan(y)) == 10  # the stale stretch is not drawn
        assert [label.toPlainText().strip() for label, _ in screen.plots["running"].band_labels] == [
            "off",
            "on",
            "on",
        ]  # a gap while stale

        # Step spans: four numbered spans on the strip, centred on their spans; shaded alternately.
        labels = [(span.number, label.toPlainText(), label.pos().x()) for span, label in screen.strip.step_labels]
        assert [(n, text) for n, text, _ in labels] == [(1, "1"), (2, "2"), (3, "3"), (4, "4")]
        assert [x for _, _, x in labels] == [pytest.approx(v) for v in (6.0, 17.5, 35.0, 55.0)]
        assert len(speed.span_items) == 2
        # Markers: ? at 15 s, ✓ (passed: no symbol) ... ✗ wrong at 40 s, ✗ failed at 40 s, ✓ at 60 s, ■ at 65 s.
        symbols = [(label.toPlainText(), round(label.pos().x(), 3)) for _, label in screen.strip.symbols]
        assert symbols == [("?", 15.0), ("✗", 40.0), ("✓", 60.0), ("■", 65.0)]
        lines = [(m.kind, round(line.value(), 3)) for m, line in speed.marker_lines]
        assert (MarkerKind.HINT, 15.0) in lines and (MarkerKind.ANSWER_CORRECT, 60.0) in lines
        assert len(lines) == 4

        # Header and the list of events, in time order.
        assert screen.title.text() == "Start the line and read its speed"
        assert "T-0042" in screen.subtitle.text() and "1:05" in screen.subtitle.text()
        assert "Passed" in screen.outcome.text() and "58%" in screen.score.text()
        times = [r[0] for r in screen.rows]
        assert times == sorted(times) and len(times) == 4 + 7
        assert screen.table.rowCount() == 11
        hint_row = next(i for i, r in enumerate(screen.rows) if r[2].startswith("? Hint 1"))
        assert screen.table.item(hint_row, 1).text() == "2. Start the line"
        assert "25%" in screen.table.item(hint_row, 2).text()
        wrong = next(r for r in screen.rows if r[2].startswith("✗ Wrong answer"))
        assert "Makes coffee" in wrong[2]
        right = next(r for r in screen.rows if r[2].startswith("✓ Right answer"))
        assert "200 mm/s" in right[2]

        # Tapping a row moves the cursor line in every plot to that time.
        rect = screen.table.visualRect(screen.table.model().index(hint_row, 2))
        screen.table.scrollToItem(screen.table.item(hint_row, 0))
        rect = screen.table.visualRect(screen.table.model().index(hint_row, 2))
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert screen.cursor_t == pytest.approx(15.0)
        assert all(
            p.cursor_line.isVisible() and p.cursor_line.value() == pytest.approx(15.0) for p in screen.plots.values()
        )

        # Touch: Back is a full target and says it wants to go back.
        assert screen.back_button.height() >= TOUCH_MIN_PX
        assert screen.table.verticalHeader().defaultSectionSize() >= TOUCH_MIN_PX
        with qtbot.waitSignal(screen.back_requested, timeout=1000):
            qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    finally:
        model.shutdown()
        executor.shutdown(wait=True)
        language.set_language("en")


def test_replay_screen_in_dutch_and_a_missing_attempt(qtbot: Any, recorded: tuple[Any, str]) -> None:
    store, reg = recorded
    screen, model, language, executor = _screen(qtbot, store, "nl")
    try:
        screen.resize(1280, 800)
        screen.show()
        with qtbot.waitSignal(model.timeline_changed, timeout=10000):
            model.load(reg)
        assert screen.title.text() == "Start de lijn en lees de snelheid af"
        assert "Gewenste bandsnelheid" in screen.plots["speed_setpoint"].title.text()
        language.set_language("en")
        assert screen.title.text() == "Start the line and read its speed"
        assert screen.plots["speed_setpoint"].title.text() == "Conveyor speed setpoint (mm/s)"
        with qtbot.waitSignal(model.load_failed, timeout=10000) as failed:
            model.load(str(uuid.uuid4()))
        assert "no attempt" in failed.args[0]
        assert model.timeline is None and screen.plots == {} and screen.table.rowCount() == 0
        assert screen.notice.isVisibleTo(screen)
    finally:
        model.shutdown()
        executor.shutdown(wait=True)
        language.set_language("en")


def test_an_older_load_is_dropped_for_a_newer_one(qtbot: Any, recorded: tuple[Any, str]) -> None:
    store, reg = recorded
    _screen_widget, model, language, executor = _screen(qtbot, store, "en")
    try:
        failures: list[str] = []
        model.load_failed.connect(failures.append)
        with qtbot.waitSignal(model.timeline_changed, timeout=10000):
            model.load(str(uuid.uuid4()))  # would fail, but is overtaken
            model.load(reg)
        qtbot.wait(100)
        assert failures == [] and model.registration == reg and model.timeline is not None
    finally:
        model.shutdown()
        executor.shutdown(wait=True)
        language.set_language("en")


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_screenshots(qtbot: Any, recorded: tuple[Any, str], size: tuple[int, int], lang: str) -> None:
    """Saved for a person to look at: /tmp/replay_<lang>_<w>x<h>.png."""
    store, reg = recorded
    screen, model, language, executor = _screen(qtbot, store, lang)
    try:
        screen.resize(*size)
        screen.show()
        with qtbot.waitSignal(model.timeline_changed, timeout=10000):
            model.load(reg)
        hint_row = next(i for i, r in enumerate(screen.rows) if r[2].startswith("?"))
        screen.table.selectRow(hint_row)
        screen.table.scrollToItem(screen.table.item(hint_row, 0))
        screen.move_cursor(screen.rows[hint_row][0])
        qtbot.wait(200)
        path = Path(f"/tmp/replay_{lang}_{size[0]}x{size[1]}.png")
        assert screen.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        model.shutdown()
        executor.shutdown(wait=True)
        language.set_language("en")


class _Reader:
    """A reader with a hand-made resumed attempt (the kiosk off from 20 s to 100 s)."""

    def __init__(self) -> None:
        from kiosk.services.records.store import Attempt as Row
        from kiosk.services.records.store import SampleRow, StoredEvent

        events = [
            st("attempted", 0),
            st("experienced", 2, step=0, kind="instruction"),
            st("experienced", 5, step=1),
            st("asked", 12, step=1, extensions={"hint-number": 1, "hint-cost": 0.1}),
            st("resumed", 100, extensions={"step-index": 1, "run": 2}),
            st("experienced", 103, step=1),
            st("failed", 130, step=1, result={"success": False}, extensions={"feedback": "timeout"}),
            st("failed", 131, result={"success": False, "score": {"raw": 0, "max": 1, "scaled": 0}}),
        ]
        self.events = [StoredEvent(str(i), REG, "", "", e["timestamp"], e) for i, e in enumerate(events)]
        self.samples = [SampleRow(REG, "speed_actual", T0 + t, 10.0 + t, None, "live") for t in range(0, 21)]
        self.samples += [SampleRow(REG, "speed_actual", T0 + t, 200.0 - t, None, "live") for t in range(101, 132)]
        self.row = Row(
            REG,
            "T-0007",
            MODULE_ID,
            1,
            "emmen",
            "demo",
            True,
            "en",
            events[0]["timestamp"],
            events[-1]["timestamp"],
            "failed",
            0.0,
            1.0,
            0.0,
        )

    def attempt(self, registration: str) -> Any:
        return self.row if registration == REG else None

    def events_for(self, registration: str) -> list[Any]:
        return self.events

    def samples_for(self, registration: str) -> list[Any]:
        return self.samples


def test_replay_screen_marks_the_time_the_kiosk_was_off(qtbot: Any) -> None:
    screen, model, language, executor = _screen(qtbot, _Reader(), "en")
    try:
        screen.resize(1280, 800)
        screen.show()
        with qtbot.waitSignal(model.timeline_changed, timeout=10000):
            model.load(REG)
        assert list(screen.plots) == ["speed_actual"]
        kinds = [m.kind for m, _ in screen.strip.symbols]
        assert kinds == [MarkerKind.HINT, MarkerKind.RESUMED, MarkerKind.STEP_FAILED, MarkerKind.ENDED]
        assert [span.number for span, _ in screen.strip.step_labels] == [1, 2, 2]
        off = next(r for r in screen.rows if r[2].startswith("↻"))
        assert off[0] == pytest.approx(100.0) and "1:20" in off[2]
        assert any("time ran out" in r[2] for r in screen.rows)
        assert "Not passed" in screen.outcome.text()
        qtbot.wait(100)
        assert screen.grab().save("/tmp/replay_resumed_en_1280x800.png")
    finally:
        model.shutdown()
        executor.shutdown(wait=True)
        language.set_language("en")
