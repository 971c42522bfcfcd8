"""The controls a step offers the trainee: buttons, setpoints (− / + / Set) and switches (segments)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.formatting import format_number
from kiosk.core.labs.module import ButtonControl, Control, SetpointControl, SwitchControl
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import Quality, TagKind
from kiosk.ui.labs.toggle_row import repolish
from kiosk.ui.theme import TOUCH_MIN_PX


def same_value(a: Any, b: Any) -> bool:
    """A live value equals a switch option: booleans strictly, numbers by value, text exactly."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return type(a) is type(b) and bool(a == b)


def _decimals(step: float) -> int:
    """Decimals enough to show a multiple of `step` (10 -> 0, 0.5 -> 1, 0.25 -> 2)."""
    for d in range(4):
        if abs(step * 10**d - round(step * 10**d)) < 1e-9:
            return d
    return 3


class SetpointEditor(QWidget):
    """− value + and Set. The value follows the tag's live value (clamped to the control's range)
    until the trainee first taps − or +; else it starts at the minimum. − and + move it to the next
    point of the step grid (min, min + step, ...) in that direction, never past min or max, so
    every value on the screen is one the step allows. `set_requested(value)` on Set."""

    set_requested = Signal(float)

    def __init__(self, control: SetpointControl, start: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self._language = "en"
        self._unit = ""
        self._decimals = max(_decimals(control.step), _decimals(control.min))
        self.touched = False  # the trainee chose a value: the live value no longer moves it
        self.value = self._clamp(start if start is not None else control.min)
        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        for b in (self.minus, self.plus):
            b.setObjectName("Key")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoRepeat(True)
            b.setAutoRepeatDelay(500)
            b.setAutoRepeatInterval(120)
        self.minus.clicked.connect(lambda: self.nudge(-1))
        self.plus.clicked.connect(lambda: self.nudge(+1))
        self.display = QLabel(self)
        self.display.setObjectName("SetpointDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(200)
        self.display.setFixedHeight(TOUCH_MIN_PX)
        self.set_button = QPushButton(self)
        self.set_button.setObjectName("Primary")
        self.set_button.setProperty("mid", "true")
        self.set_button.clicked.connect(lambda: self.set_requested.emit(self.value))
        self.range = QLabel(self)
        self.range.setObjectName("LabSmall")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.minus)
        row.addWidget(self.display)
        row.addWidget(self.plus)
        row.addSpacing(8)
        row.addWidget(self.set_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(row)
        lay.addWidget(self.range)

    def _clamp(self, v: float) -> float:
        """Within [min, max], rounded to the decimals of the grid (no 0.30000000000000004)."""
        c = self.control
        return min(max(round(v, self._decimals), c.min), c.max)

    def nudge(self, direction: int) -> None:
        """To the next grid point below (direction < 0) or above (> 0) the value shown."""
        c = self.control
        k = (self.value - c.min) / c.step
        k = math.floor(k + 1e-9) + 1 if direction > 0 else math.ceil(k - 1e-9) - 1
        self.value = self._clamp(c.min + k * c.step)
        self.touched = True
        self._show()

    def follow(self, live: float | None) -> None:
        """Show the tag's live value, until the trainee has chosen one."""
        if self.touched or live is None:
            return
        value = self._clamp(live)
        if value != self.value:
            self.value = value
            self._show()

    def set_language(self, lang: str, unit: str) -> None:
        self._language = lang
        self._unit = unit
        self.set_button.setText(self.tr("Set"))
        self._show()

    def _show(self) -> None:
        c, lang, d = self.control, self._language, self._decimals
        self.display.setText(f"{format_number(self.value, d, lang)} {self._unit}".strip())
        self.range.setText(
            self.tr("from {low} to {high}, steps of {step}").format(
                low=format_number(c.min, d, lang),
                high=format_number(c.max, d, lang),
                step=format_number(c.step, d, lang),
            )
        )
        self.minus.setEnabled(self.value > c.min + 1e-9)
        self.plus.setEnabled(self.value < c.max - 1e-9)


class ControlsPanel(QFrame):
    """Builds one widget per control of a step. It sends nothing itself: `operate_requested(index,
    value)` asks the owner to pass the control's use to the runner. `show_result` shows what came
    back (done, or the reason it was not)."""

    operate_requested = Signal(int, object)

    def __init__(
        self, controls: tuple[Control, ...], snapshot: Snapshot, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.controls = controls
        self._snapshot = snapshot
        self._language = language
        self._title = QLabel(self)
        self._title.setObjectName("PanelTitle")
        self.buttons: dict[int, QPushButton] = {}
        self.setpoints: dict[int, SetpointEditor] = {}
        self.switches: dict[int, QButtonGroup] = {}
        self._labels: dict[int, QLabel] = {}
        self.result = QLabel(self)
        self.result.setObjectName("LabMuted")
        self.result.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        button_row = QHBoxLayout()
        button_row.setSpacing(12)
        row = 0
        for i, control in enumerate(controls):
            if isinstance(control, ButtonControl):
                b = QPushButton(self)
                b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
                b.setProperty("wide", "true")
                b.clicked.connect(lambda _=False, i=i: self.operate_requested.emit(i, None))
                self.buttons[i] = b
                button_row.addWidget(b)
                continue
            label = QLabel(self)
            label.setObjectName("LabMuted")
            label.setWordWrap(True)
            self._labels[i] = label
            grid.addWidget(label, row, 0)
            if isinstance(control, SetpointControl):
                editor = SetpointEditor(control, self._live_number(control.tag), self)
                editor.set_requested.connect(lambda v, i=i: self.operate_requested.emit(i, v))
                self.setpoints[i] = editor
                grid.addWidget(editor, row + 1, 0)
            else:
                grid.addLayout(self._switch(i, control), row + 1, 0)
            row += 2
        button_row.addStretch(1)
        grid.setColumnStretch(0, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(10)
        lay.addWidget(self._title)
        if self.buttons:
            lay.addLayout(button_row)
        if row:
            lay.addLayout(grid)
        lay.addWidget(self.result)
        self.result.hide()
        self.set_language(language)
        self.refresh_values()

    def _switch(self, i: int, control: SwitchControl) -> QHBoxLayout:
        group = QButtonGroup(self)
        group.setExclusive(True)
        seg = QHBoxLayout()
        seg.setSpacing(0)
        for j, option in enumerate(control.options):
            b = QPushButton(self)
            b.setCheckable(True)
            b.setProperty("segment", "true")
            b.clicked.connect(lambda _=False, i=i, option=option: self.operate_requested.emit(i, option))
            group.addButton(b, j)
            seg.addWidget(b)
        seg.addStretch(1)
        self.switches[i] = group
        return seg

    def _live_number(self, alias: str) -> float | None:
        if alias not in self._snapshot.specs:
            return None
        tv = self._snapshot.get(alias)
        v = tv.value
        if tv.quality is not Quality.LIVE or isinstance(v, bool) or not isinstance(v, int | float):
            return None
        return float(v) if math.isfinite(v) else None

    def _option_text(self, tag: str, option: Any) -> str:
        spec = self._snapshot.specs.get(tag)
        if isinstance(option, bool):
            return self.tr("On") if option else self.tr("Off")
        if spec is not None and isinstance(option, str) and option in spec.states:
            return spec.states[option].get(self._language)
        if spec is not None and spec.kind is TagKind.NUMBER and isinstance(option, int | float):
            return format_number(float(option), spec.decimals, self._language)
        return str(option)

    def set_language(self, lang: str) -> None:
        self._language = lang
        self.retranslate()

    def retranslate(self) -> None:
        lang = self._language
        self._title.setText(self.tr("What you may do on the cell in this step"))
        for i, control in enumerate(self.controls):
            if isinstance(control, ButtonControl):
                self.buttons[i].setText(control.label.get(lang))
                continue
            spec = self._snapshot.specs.get(control.tag)
            name = (
                control.label.get(lang) if control.label is not None else spec.label.get(lang) if spec else control.tag
            )
            self._labels[i].setText(name)
            if isinstance(control, SetpointControl):
                self.setpoints[i].set_language(lang, spec.unit if spec else "")
            else:
                group = self.switches[i]
                for j, option in enumerate(control.options):
                    button = group.button(j)
                    button.setText(self._option_text(control.tag, option))

    def refresh_values(self) -> None:
        """Switches show the tag's live value as the chosen segment (none while it is not live);
        setpoints follow the live value until the trainee chooses one."""
        for editor in self.setpoints.values():
            editor.follow(self._live_number(editor.control.tag))
        for i, group in self.switches.items():
            control = self.controls[i]
            assert isinstance(control, SwitchControl)
            tv = self._snapshot.get(control.tag) if control.tag in self._snapshot.specs else None
            live = tv.value if tv is not None and tv.quality is Quality.LIVE else None
            group.setExclusive(False)
            for j, option in enumerate(control.options):
                group.button(j).setChecked(live is not None and same_value(live, option))
            group.setExclusive(True)

    def show_result(self, error: str) -> None:
        """ "" = the cell took the command; else the reason it was not sent or was refused. Switches
        then show the live value again (a tapped segment that was refused must not stay chosen)."""
        text = "✓ " + self.tr("Done.") if not error else "✗ " + self.tr("Not done: {reason}").format(reason=error)
        self.result.setText(text)
        self.result.setProperty("verdict", "right" if not error else "wrong")
        repolish(self.result)
        self.result.show()
        self.refresh_values()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
