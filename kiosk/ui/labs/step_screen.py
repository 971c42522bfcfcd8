"""The step screen: one step of the running module, with its live values, check, hints and controls."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QElapsedTimer, QEvent, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.formatting import format_number
from kiosk.core.labs.checks import Progress
from kiosk.core.labs.module import ActionStep, InstructionStep, ObservationStep, QuizStep, Step, Text
from kiosk.core.labs.session import LabSession, ObservationVerdict, Phase, StepState, StepStatus
from kiosk.core.site import Theme
from kiosk.core.tags import Quality
from kiosk.ui.labs.check_status import CheckStatus
from kiosk.ui.labs.confirm_bar import ConfirmBar
from kiosk.ui.labs.controls_panel import ControlsPanel
from kiosk.ui.labs.keypad import NumberPad
from kiosk.ui.labs.quiz_view import QuizView
from kiosk.ui.labs.toggle_row import repolish
from kiosk.ui.labs.words import clock_text, language_name, percent_text, points_text
from kiosk.ui.trend_panel import TrendPanel
from kiosk.ui.value_tile import ValueTile
from kiosk.viewmodels.lab_runner import LabRunnerModel
from kiosk.viewmodels.live_cell import LiveCellModel

IMAGE_MAX_W = 720
IMAGE_MAX_H = 380
TREND_H = 230
RIGHT_COLUMN_W = 500
"""Width of the right column (status, hints, live values) on a wide screen; a third of a narrow one."""
HINT_GUARD_MS = 800
"""After a hint is taken the hint button waits this long, so a double tap does not buy the next one."""

_FINISHED = (StepStatus.DONE, StepStatus.PASSED, StepStatus.FAILED, StepStatus.WAIVED, StepStatus.SKIPPED)


def step_text(step: Step) -> Text:
    """The main text of a step: the question of a quiz, else its text."""
    return step.question if isinstance(step, QuizStep) else step.text


def step_aliases(step: Step, finished: bool) -> tuple[str, ...]:
    """Tags whose live values the step shows: its `watch` list and its check's tags. An observation's
    tag only once the step is finished: while it is open, reading the value off the cell is the task."""
    aliases: list[str] = list(step.tags() if isinstance(step, ActionStep) else step.watch)
    if isinstance(step, ObservationStep) and finished and step.tag not in aliases:
        aliases.append(step.tag)
    return tuple(aliases)


class StepScreen(QWidget):
    """Shows `runner.session`'s current step; rebuilt when the step changes, refreshed on
    `session_changed`, clocks and check progress updated on `ticked`.

    Footer: Stop module (confirmed), Skip step (an open quiz, observation or action step: confirmed,
    since the step then fails with no points) and Next (a finished step, or an instruction).
    `confirm` is the one question bar both use."""

    def __init__(self, runner: LabRunnerModel, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._theme = theme
        self._shown: tuple[str, int] | None = None  # (attempt id, step index) on screen
        self._live: LiveCellModel | None = None
        self._verdict: ObservationVerdict | None = None
        self._preparing_shown = False
        self._asking: Literal["stop", "skip"] | None = None  # what `confirm` asks about
        self._hint_taken = QElapsedTimer()
        self.tiles: dict[str, ValueTile] = {}
        self.quiz: QuizView | None = None
        self.pad: NumberPad | None = None
        self.controls: ControlsPanel | None = None
        self.trends: TrendPanel | None = None

        # -- header: module, step n of m, progress, time left
        header = QFrame(self)
        header.setObjectName("LabHeader")
        self.module_title = QLabel(header)
        self.module_title.setObjectName("LabHeading")
        self.step_count = QLabel(header)
        self.step_count.setObjectName("LabStepCount")
        self.progress = QProgressBar(header)
        self.progress.setTextVisible(False)
        self.time_caption = QLabel(header)
        self.time_caption.setObjectName("LabMuted")
        self.time_left = QLabel(header)
        self.time_left.setObjectName("TimeLeft")
        self.time_left.setProperty("warning", "false")
        top = QHBoxLayout()
        top.addWidget(self.module_title, 1)
        top.addWidget(self.time_caption, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.time_left, 0, Qt.AlignmentFlag.AlignBaseline)
        second = QHBoxLayout()
        second.setSpacing(20)
        second.addWidget(self.step_count)
        second.addWidget(self.progress, 1)
        self._status_row = second
        hl = QVBoxLayout(header)
        hl.setContentsMargins(20, 10, 20, 12)
        hl.setSpacing(6)
        hl.addLayout(top)
        hl.addLayout(second)

        # -- left: the step itself
        self.step_title = QLabel(self)
        self.step_title.setObjectName("LabHeading")
        self.step_title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("LabText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.fallback_note = QLabel(self)
        self.fallback_note.setObjectName("LabSmall")
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._body_host = QWidget()
        self._body = QVBoxLayout(self._body_host)
        self._body.setContentsMargins(4, 4, 12, 4)
        self._body.setSpacing(14)
        for w in (self.step_title, self.text, self.fallback_note, self.image):
            self._body.addWidget(w)
        self._kind_area = QVBoxLayout()
        self._kind_area.setSpacing(14)
        self._body.addLayout(self._kind_area)
        self._body.addStretch(1)
        left = QScrollArea(self)
        left.setWidgetResizable(True)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setWidget(self._body_host)
        QScroller.grabGesture(left.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        # -- right: how the step stands, live values, hints
        self.status = CheckStatus(self)
        self.step_time = QLabel(self)
        self.step_time.setObjectName("LabMuted")
        self.hint_button = QPushButton(self)
        self.hint_button.clicked.connect(self._on_hint)
        self.hints_taken = QLabel(self)
        self.hints_taken.setObjectName("LabText")
        self.hints_taken.setWordWrap(True)
        self._tiles_host = QWidget()
        self._tiles_host.setObjectName("StepTiles")
        self._tiles = QVBoxLayout(self._tiles_host)
        self._tiles.setContentsMargins(0, 0, 0, 0)
        self._tiles.setSpacing(10)
        self._tiles.addStretch(1)
        tiles_scroll = QScrollArea(self)
        tiles_scroll.setWidgetResizable(True)
        tiles_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tiles_scroll.setWidget(self._tiles_host)
        QScroller.grabGesture(tiles_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.status)
        right.addWidget(self.step_time)
        right.addWidget(self.hint_button)
        right.addWidget(self.hints_taken)
        right.addWidget(tiles_scroll, 1)
        right_host = QWidget(self)
        right_host.setLayout(right)
        right_host.setFixedWidth(RIGHT_COLUMN_W)
        self._right_host = right_host
        right.setContentsMargins(0, 0, 0, 0)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(left, 1)
        body.addWidget(right_host)

        # -- footer: stop, skip (each confirmed first), next
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("Danger")
        self.stop_button.clicked.connect(self._on_stop)
        self.skip_button = QPushButton(self)
        self.skip_button.clicked.connect(self._on_skip)
        self.confirm = ConfirmBar(self)
        self.confirm.confirmed.connect(self._on_confirmed)
        self.confirm.cancelled.connect(self._on_confirm_closed)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("Primary")
        self.next_button.setProperty("wide", "true")
        self.next_button.clicked.connect(self._on_next)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.stop_button)
        footer.addWidget(self.confirm, 1)
        footer.addStretch(0)
        footer.addWidget(self.skip_button)
        footer.addWidget(self.next_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(14)
        lay.addWidget(header)
        lay.addLayout(body, 1)
        lay.addLayout(footer)

        runner.session_changed.connect(self._on_session_changed)
        runner.ticked.connect(self._on_ticked)
        runner.command_finished.connect(self._on_command_finished)
        self._on_session_changed()

    # ------------------------------------------------------------------------------ building
    def _session(self) -> LabSession | None:
        s = self._runner.session
        return s if s is not None and s.phase in (Phase.STEPS, Phase.ENDED) else None

    def _rebuild(self, session: LabSession) -> None:
        """New step: rebuild the text, image, tiles and the kind's own widgets (the old ones are
        deleted, and their connections with them)."""
        self._verdict = None
        self._close_confirm()
        while self._kind_area.count():
            item = self._kind_area.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.quiz = self.pad = self.controls = None
        self.trends = None
        step = session.step
        live = self._runner.live
        lang = self._runner.language
        assert live is not None
        self._follow(live)
        if isinstance(step, QuizStep):
            self.quiz = QuizView(step, lang, self._body_host)
            self.quiz.answer_given.connect(self._on_quiz_answer)
            self._kind_area.addWidget(self.quiz)
        if isinstance(step, ObservationStep):
            spec = live.snapshot.specs.get(step.tag)
            can_be_negative = spec is None or spec.lo is None or spec.lo < 0
            self.pad = NumberPad(spec.unit if spec else "", lang, can_be_negative, self._body_host)
            self.pad.submitted.connect(self._on_observation_answer)
            self._kind_area.addWidget(self.pad)
        controls = getattr(step, "controls", ())
        if controls:
            self.controls = ControlsPanel(controls, live.snapshot, lang, self._body_host)
            self.controls.operate_requested.connect(self._on_operate)
            self._kind_area.addWidget(self.controls)
        trended = [a for a in step_aliases(step, False) if a in live.trends]
        if trended and isinstance(step, ActionStep | InstructionStep):
            # What the step is about, over the last two minutes: a jam, a ramp or a controller's
            # response is seen in a curve, not in a number.
            self.trends = TrendPanel(live, self._theme, lang, min(2, len(trended)), self._body_host, trended)
            self.trends.setFixedHeight(TREND_H)
            self._kind_area.addWidget(self.trends)
        self._show_image(step)
        self._rebuild_tiles(session)

    def _follow(self, live: LiveCellModel | None) -> None:
        """Take live values from `live` (None: from no cell, when no attempt is on screen)."""
        if self._live is live:
            return
        if self._live is not None:
            self._live.values_changed.disconnect(self._on_values_changed)
        if live is not None:
            live.values_changed.connect(self._on_values_changed)
        self._live = live

    def _rebuild_tiles(self, session: LabSession) -> None:
        live = self._runner.live
        assert live is not None
        finished = session.state().status in _FINISHED
        wanted = [a for a in step_aliases(session.step, finished) if a in live.snapshot.specs]
        if list(self.tiles) == wanted:
            return
        for tile in self.tiles.values():
            self._tiles.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = {}
        for i, alias in enumerate(wanted):
            tile = ValueTile(live.snapshot.specs[alias], self._theme, self._runner.language, self._tiles_host)
            tile.show_value(live.snapshot.get(alias))
            self._tiles.insertWidget(i, tile)
            self.tiles[alias] = tile

    def _show_image(self, step: Step) -> None:
        entry = self._runner.entry
        if step.image is None or entry is None:
            self.image.clear()
            self.image.hide()
            return
        path: Path = entry.path.parent / step.image
        pix = QPixmap(str(path))
        if pix.isNull():
            self.image.setPixmap(QPixmap())
            self.image.setObjectName("LabSmall")
            self.image.setText(self.tr("Image not found: {name}").format(name=step.image))
        else:
            self.image.setObjectName("")
            self.image.setPixmap(
                pix.scaled(
                    IMAGE_MAX_W,
                    IMAGE_MAX_H,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        repolish(self.image)
        self.image.show()

    # ------------------------------------------------------------------------------ refreshing
    def _on_session_changed(self) -> None:
        session = self._session()
        if session is None:
            self._shown = None
            self._follow(None)
            return
        key = (session.attempt_id, session.index)
        if key != self._shown:
            self._shown = key
            self._rebuild(session)
        self.refresh()

    def add_status(self, widget: QWidget) -> None:
        """A small status (the save indicator) at the end of the step count row."""
        self._status_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def refresh(self) -> None:
        """Everything that depends on the session's state and the language."""
        session = self._session()
        if session is None:
            return
        lang = self._runner.language
        module, step, state = session.module, session.step, session.state()
        total = len(module.steps)
        self.module_title.setText(module.title.get(lang))
        self.step_count.setText(self.tr("Step {n} of {total}").format(n=session.index + 1, total=total))
        self.progress.setRange(0, total)
        self.progress.setValue(sum(1 for s in session.states() if s.status in _FINISHED))
        self.step_title.setText(step.title.get(lang) if step.title is not None else "")
        self.step_title.setVisible(step.title is not None)
        text = step_text(step)
        self.text.setText(text.get(lang))
        if text.local().is_fallback(lang):
            shown = next(x for x in ("en", "nl") if x in text.languages())
            self.fallback_note.setText(
                self.tr("Not yet written in your language; shown in {language}.").format(language=language_name(shown))
            )
            self.fallback_note.show()
        else:
            self.fallback_note.hide()
        self.stop_button.setText(self.tr("Stop module"))
        self.skip_button.setText(self.tr("Skip step (no points)") if step.scored else self.tr("Skip step"))
        can_skip = self._runner.can_skip_step()
        if self._asking == "skip" and not can_skip:  # the step finished while the question was up
            self._close_confirm()
        words = self._confirm_words()
        if words is not None:
            self.confirm.set_words(*words)
        self.skip_button.setVisible(can_skip and self._asking is None)
        last = session.index + 1 >= total
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        preparing = session.step_preparing  # the step's on_enter actions still run on the cell
        self._preparing_shown = preparing
        self.next_button.setEnabled(
            session.phase is Phase.STEPS
            and not preparing
            and (state.status in _FINISHED or (isinstance(step, InstructionStep) and state.status is StepStatus.ACTIVE))
        )
        if self.quiz is not None:
            self.quiz.set_language(lang)
            self.quiz.show_state(state)
            self.quiz.setEnabled(not preparing)
        if self.pad is not None:
            self.pad.set_language(lang)
            self.pad.setEnabled(state.status is StepStatus.ACTIVE and not preparing)
        if self.controls is not None:
            self.controls.set_language(lang)
            self.controls.setEnabled(
                not preparing and (state.status is StepStatus.ACTIVE or isinstance(step, InstructionStep))
            )
        for tile in self.tiles.values():
            tile.set_language(lang)
        self._rebuild_tiles(session)
        self._show_observation_feedback(step, state)
        self._refresh_clock()

    def _on_ticked(self) -> None:
        session = self._session()
        if session is None or not self.isVisible():
            return
        if session.step_preparing != self._preparing_shown:  # on_enter done: no event says so
            self.refresh()
        else:
            self._refresh_clock()

    def _refresh_clock(self) -> None:
        """Time left, the check's progress and the hint button: what changes with time."""
        session = self._session()
        if session is None:
            return
        now = self._runner.now()
        module, step, state = session.module, session.step, session.state(now=now)
        left = session.time_left(now)
        self.time_caption.setVisible(left is not None)
        self.time_left.setVisible(left is not None)
        if left is not None:
            self.time_caption.setText(self.tr("Time left"))
            lead = module.warning_lead_s or 0.0
            warning = "true" if left <= lead else "false"
            # Not colour alone: a warning sign, and a filled badge, from the warning on.
            self.time_left.setText(("⚠ " if warning == "true" else "") + clock_text(left))
            if self.time_left.property("warning") != warning:
                self.time_left.setProperty("warning", warning)
                repolish(self.time_left)
        step_left = session.step_time_left(now)
        self.step_time.setVisible(step_left is not None)
        if step_left is not None:
            self.step_time.setText(self.tr("Time for this step: {time}").format(time=clock_text(step_left)))
        self._show_status(session, step, state)
        self._show_hints(session, step, state, now)

    def _show_status(self, session: LabSession, step: Step, state: StepState) -> None:
        lang = self._runner.language
        if session.step_preparing:
            self.status.show_status(
                "waiting", "◌", self.tr("Preparing the cell…"), self.tr("The step starts when the cell is ready.")
            )
            return
        points = ""
        if state.max_points > 0:
            points = self.tr("{points} of {max} points").format(
                points=points_text(state.points, lang), max=points_text(state.max_points, lang)
            )
        if state.status is StepStatus.PASSED:
            word = self.tr("Right") if isinstance(step, QuizStep | ObservationStep) else self.tr("Passed")
            self.status.show_status("passed", "✓", word, points)
        elif state.status is StepStatus.DONE:
            self.status.show_status("passed", "✓", self.tr("Done"), "")
        elif state.status is StepStatus.FAILED:
            word = {
                "timeout": self.tr("Timed out"),
                "gave_up": self.tr("Given up"),
                "wrong": self.tr("Wrong"),
            }.get(state.feedback or "", self.tr("Not passed"))
            self.status.show_status("failed", "✗", word, points)
        elif state.status in (StepStatus.WAIVED, StepStatus.SKIPPED):
            self.status.show_status("waiting", "–", self.tr("Waived") if state.status is StepStatus.WAIVED else "", "")
        elif isinstance(step, ActionStep):
            self._show_check(session, step)
        elif isinstance(step, InstructionStep):
            self.status.show_status("waiting", "○", self.tr("Read"), self.tr("Tap Next when you are ready."))
        elif isinstance(step, ObservationStep) and not self._is_live(step.tag):
            self.status.show_status(
                "nolive", "!", self.tr("No live values"), self.tr("Answers are judged once the cell's values are live.")
            )
        else:
            self.status.show_status("waiting", "○", self.tr("Your answer"), self.tr("Waiting for your answer."))

    def _is_live(self, alias: str) -> bool:
        live = self._runner.live
        return live is not None and live.snapshot.get(alias).quality is Quality.LIVE

    def _show_check(self, session: LabSession, step: ActionStep) -> None:
        live = self._runner.live
        assert live is not None
        snap = live.snapshot
        not_live = [a for a in step.tags() if a in snap.specs and snap.get(a).quality is not Quality.LIVE]
        progress = sorted(session.check_progress().values(), key=lambda p: p.kind != "count")
        if not_live:
            self.status.show_status(
                "nolive", "!", self.tr("No live values"), self.tr("The check waits for live values from the cell.")
            )
        elif any(p.kind == "count" or p.done > 0 for p in progress):
            lines = [self._progress_text(p) for p in progress if p.kind == "count" or p.done > 0]
            self.status.show_status("progress", "◔", lines[0], "\n".join(lines[1:]))
        else:
            self.status.show_status(
                "waiting", "○", self.tr("Waiting"), self.tr("Do what the step asks: the kiosk checks it on the cell.")
            )

    def _progress_text(self, p: Progress) -> str:
        lang = self._runner.language
        if p.kind == "count":
            return self.tr("{done} of {target}").format(
                done=points_text(p.done, lang), target=points_text(p.target, lang)
            )
        return self.tr("Holding: {done} of {target} s").format(
            done=format_number(p.done, 1, lang), target=points_text(p.target, lang)
        )

    def _show_hints(self, session: LabSession, step: Step, state: StepState, now: float) -> None:
        hints = getattr(step, "hints", ())
        lang = self._runner.language
        active = state.status is StepStatus.ACTIVE
        self.hint_button.setVisible(bool(hints) and active)  # a finished step needs no more help
        taken = session.taken_hints()
        self.hints_taken.setVisible(bool(taken))
        self.hints_taken.setText(
            "\n\n".join(self.tr("Hint {n}: {text}").format(n=i + 1, text=h.text.get(lang)) for i, h in enumerate(taken))
        )
        if not hints or not active:
            return
        if len(taken) >= len(hints):
            self.hint_button.setText(self.tr("No more hints"))
            self.hint_button.setEnabled(False)
            return
        nxt = hints[len(taken)]
        due = session.hints_due(now) > len(taken)
        if active and not due and state.duration_s is not None:
            self.hint_button.setText(self.tr("Hint in {time}").format(time=clock_text(nxt.after_s - state.duration_s)))
        elif nxt.cost > 0:
            self.hint_button.setText(self.tr("Hint (−{cost})").format(cost=percent_text(nxt.cost, lang)))
        else:
            self.hint_button.setText(self.tr("Hint"))
        just_taken = self._hint_taken.isValid() and self._hint_taken.elapsed() < HINT_GUARD_MS
        self.hint_button.setEnabled(active and due and not just_taken)

    def _show_observation_feedback(self, step: Step, state: StepState) -> None:
        if not isinstance(step, ObservationStep) or self.pad is None:
            return
        v = self._verdict
        tries = state.tries_left
        if state.status is StepStatus.PASSED:
            text = self.tr("Right: that is what the cell shows.")
        elif state.status is StepStatus.FAILED:
            text = self.tr("Not close enough, and no tries left.")
        elif v is ObservationVerdict.REJECTED:
            text = self.tr("Not close enough. Look again. Tries left: {n}").format(n=tries)
        elif v is ObservationVerdict.NOT_LIVE:
            text = self.tr("The cell's value is not live right now, so your answer was not judged. Try again.")
        else:
            text = self.tr("Read the value on the cell and type it in.")
            if tries is not None and tries > 1:
                text += " " + self.tr("Tries: {n}").format(n=tries)
        self.pad.set_message(text)

    # ------------------------------------------------------------------------------ trainee input
    def _on_values_changed(self, aliases: list[str]) -> None:
        live = self._live
        if live is None:
            return
        for alias in aliases:
            tile = self.tiles.get(alias)
            if tile is not None:
                tile.show_value(live.snapshot.get(alias))
        if self.controls is not None:
            self.controls.refresh_values()

    def _on_hint(self) -> None:
        self._hint_taken.start()
        self.hint_button.setEnabled(False)
        self._runner.take_hint()

    def _on_next(self) -> None:
        self._runner.next()

    def _on_quiz_answer(self, ids: list[str]) -> None:
        self._runner.answer_quiz(ids)

    def _on_observation_answer(self, value: float) -> None:
        verdict = self._runner.answer_observation(value)
        self._verdict = verdict
        if verdict is ObservationVerdict.REJECTED and self.pad is not None:
            self.pad.clear()  # not judged (NOT_LIVE): the answer stays, to send again when the cell is back
        self.refresh()

    def _on_operate(self, index: int, value: object) -> None:
        reason = self._runner.operate(index, value)
        if reason is None and self.controls is not None:
            self.controls.result.hide()

    def _on_command_finished(self, error: str) -> None:
        if self.controls is not None and self._session() is not None:
            self.controls.show_result(error)

    def _on_stop(self) -> None:
        self._ask("stop")

    def _on_skip(self) -> None:
        if self._runner.can_skip_step():
            self._ask("skip")

    def _ask(self, what: Literal["stop", "skip"]) -> None:
        self._asking = what
        self.stop_button.hide()
        self.skip_button.hide()
        words = self._confirm_words()
        assert words is not None
        self.confirm.ask(*words)

    def _confirm_words(self) -> tuple[str, str, str] | None:
        """(question, yes, no) of what `confirm` asks, in the current language; None when it asks nothing."""
        if self._asking == "stop":
            return self.tr("Stop this module? It is recorded as stopped."), self.tr("Yes, stop"), self.tr("No, go on")
        if self._asking == "skip":
            session = self._session()
            scored = session is not None and session.step.scored
            question = self.tr("Skip this step? You get no points for it.") if scored else self.tr("Skip this step?")
            return question, self.tr("Yes, skip"), self.tr("No, go on")
        return None

    def _on_confirmed(self) -> None:
        what = self._asking
        self._on_confirm_closed()
        if what == "stop":
            self._runner.abandon()
        elif what == "skip":
            self._runner.skip_step()

    def _on_confirm_closed(self) -> None:
        """The question was answered (or is no longer asked): the footer's buttons come back."""
        self._asking = None
        self.stop_button.show()
        self.refresh()

    def _close_confirm(self) -> None:
        self.confirm.hide()
        self._asking = None
        self.stop_button.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._right_host.setFixedWidth(min(RIGHT_COLUMN_W, max(360, event.size().width() // 3)))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.trends is not None:
                self.trends.set_language(self._runner.language)
            self.refresh()
        super().changeEvent(event)
