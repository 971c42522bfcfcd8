"""An animated top view of the sorting line, driven by the cell's live values.

The cell does not publish where each part is; it publishes what a real line's sensors see: a part at
the inlet, the colour station's reading, the diverter, the counters and the belt speed. `BeltTracker`
turns those into parts on a picture the way an operator reads a line: a part appears when the inlet
sensor sees one, moves at the measured belt speed, takes its colour at the station, is pushed into the
reject bin when the diverter fires and falls into the good bin at the end. Sensor edges snap the
estimate back, so it never drifts far. When the values are not live the picture freezes, greys out,
is hatched and says so.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.contrast import BLACK_TEXT, WHITE_TEXT, readable_on
from kiosk.core.formatting import format_value
from kiosk.core.site import Theme
from kiosk.core.snapshot import Snapshot, TagValue
from kiosk.core.tags import Quality

FRAME_MS = 33
"""About 30 fps while the mimic is on screen; the timer stops when it is hidden."""

# Geometry of the demo cell's line (mm along the belt; kiosk/services/simulator/model.py).
INLET_MM = 20.0
STATION_MM = 220.0
DIVERTER_MM = 400.0
END_SENSOR_MM = 600.0
BELT_END_MM = 640.0
BELT_DRAWN_MM = 670.0
PART_MM = 40.0
_FALL_S = 0.45
_PUSH_S = 0.35
_PULSE_S = 0.8
_MAX_PARTS = 12

PART_COLOURS = {"red": "#e0473d", "silver": "#cfd6dd", "black": "#26282b"}
_UNKNOWN_PART = "#7d8790"


@dataclass
class TrackedPart:
    pos_mm: float
    colour: str | None = None
    leaving: str | None = None  # "good" | "reject" while it falls or is pushed off
    t_leave: float = 0.0  # seconds since it started leaving


@dataclass(frozen=True)
class LineInputs:
    """What the tracker reads from one snapshot."""

    live: bool
    speed: float = 0.0
    part_present: bool = False
    sensor_colour: bool = False
    part_colour: str = ""
    diverter: bool = False
    good: int | None = None
    reject: int | None = None


class BeltTracker:
    """Where the parts probably are, from sensor edges and the belt speed. No Qt: testable alone."""

    def __init__(self) -> None:
        self.parts: list[TrackedPart] = []
        self.belt_mm = 0.0  # how far the belt surface has moved: the stripes' phase
        self.diverter_out = 0.0  # 0 retracted .. 1 across the belt, eased toward the live position
        self.good_pulse = 0.0
        self.reject_pulse = 0.0
        self._last: LineInputs | None = None

    def update(self, dt: float, inp: LineInputs) -> None:
        last = self._last
        self._last = inp
        if not inp.live:
            return  # frozen: nothing moves on a picture that is not live
        dt = max(0.0, min(dt, 0.2))
        speed = max(0.0, inp.speed)
        dx = speed * dt
        self.belt_mm = (self.belt_mm + dx) % 10_000.0
        target = 1.0 if inp.diverter else 0.0
        self.diverter_out += (target - self.diverter_out) * min(1.0, dt / 0.06)
        self.good_pulse = max(0.0, self.good_pulse - dt / _PULSE_S)
        self.reject_pulse = max(0.0, self.reject_pulse - dt / _PULSE_S)

        for part in list(self.parts):
            if part.leaving is not None:
                part.t_leave += dt
                if part.t_leave >= (_FALL_S if part.leaving == "good" else _PUSH_S) + 0.25:
                    self.parts.remove(part)
                continue
            part.pos_mm += dx
            if part.pos_mm >= BELT_END_MM:
                part.leaving = "good"
                part.pos_mm = BELT_END_MM

        rising = last is None or not last.part_present
        if inp.part_present and rising and not self._near(INLET_MM, PART_MM):
            self.parts.append(TrackedPart(INLET_MM))
        if inp.sensor_colour and inp.part_colour:
            seen = self._nearest(STATION_MM, 80.0)
            if seen is None:
                seen = TrackedPart(STATION_MM)
                self.parts.append(seen)
            if seen.colour is None:
                seen.pos_mm = STATION_MM  # the station saw it: here it is
            seen.colour = inp.part_colour
        if inp.diverter and (last is None or not last.diverter or self._nearest(DIVERTER_MM, 30.0) is not None):
            pushed = self._nearest(DIVERTER_MM - 15.0, 60.0)
            if pushed is not None and pushed.pos_mm >= DIVERTER_MM - 10.0:
                pushed.leaving = "reject"
                pushed.pos_mm = DIVERTER_MM
        if last is not None and last.good is not None and inp.good is not None and inp.good > last.good:
            self.good_pulse = 1.0
        if last is not None and last.reject is not None and inp.reject is not None and inp.reject > last.reject:
            self.reject_pulse = 1.0
            if not any(p.leaving == "reject" for p in self.parts):
                counted = self._nearest(DIVERTER_MM, 60.0)
                if counted is not None:
                    counted.leaving = "reject"
                    counted.pos_mm = DIVERTER_MM
        while len(self.parts) > _MAX_PARTS:
            self.parts.pop(0)

    def _on_belt(self) -> list[TrackedPart]:
        return [p for p in self.parts if p.leaving is None]

    def _near(self, mm: float, window: float) -> bool:
        return any(abs(p.pos_mm - mm) < window for p in self._on_belt())

    def _nearest(self, mm: float, window: float) -> TrackedPart | None:
        best = min(self._on_belt(), key=lambda p: abs(p.pos_mm - mm), default=None)
        return best if best is not None and abs(best.pos_mm - mm) <= window else None


def read_inputs(snapshot: Snapshot | None) -> LineInputs:
    if snapshot is None:
        return LineInputs(live=False)

    def get(alias: str) -> TagValue:
        return snapshot.get(alias)

    speed, state = get("speed_actual"), get("state")
    live = speed.quality is Quality.LIVE and state.quality is Quality.LIVE

    def val(alias: str, kind: type, default: object) -> object:
        v = get(alias)
        return v.value if v.quality is Quality.LIVE and isinstance(v.value, kind) else default

    def count(alias: str) -> int | None:
        # a count that is not live keeps its last number (shown greyed), as the value tiles do
        v = get(alias)
        ok = v.quality in (Quality.LIVE, Quality.STALE) and isinstance(v.value, int) and not isinstance(v.value, bool)
        return int(v.value) if ok else None

    good, reject = count("good_count"), count("reject_count")
    return LineInputs(
        live=live,
        speed=float(speed.value) if isinstance(speed.value, int | float) else 0.0,
        part_present=bool(val("part_present", bool, False)),
        sensor_colour=bool(val("sensor_colour", bool, False)),
        part_colour=str(val("part_colour", str, "")),
        diverter=bool(val("diverter", bool, False)),
        good=good,
        reject=reject,
    )


def _grey(colour: QColor, amount: float = 0.85) -> QColor:
    """The colour drained toward grey: how everything looks when it is not live."""
    g = int(0.3 * colour.red() + 0.59 * colour.green() + 0.11 * colour.blue())
    return QColor(
        int(colour.red() + (g - colour.red()) * amount),
        int(colour.green() + (g - colour.green()) * amount),
        int(colour.blue() + (g - colour.blue()) * amount),
    )


class SortingLineMimic(QWidget):
    """The sorting line, painted. Reads a Snapshot from `snapshot_provider` on its own timer
    (FRAME_MS) while visible; `step(dt)` does one frame by hand (tests, benchmarks)."""

    def __init__(
        self,
        snapshot_provider: Callable[[], Snapshot | None],
        theme: Theme,
        language: str = "nl",
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._provider = snapshot_provider
        self._theme = theme
        self._language = language
        self._clock = clock
        self._last_t: float | None = None
        self.tracker = BeltTracker()
        self.inputs = LineInputs(live=False)
        self._state_text = "–"
        self._state_key = ""
        self._quality = Quality.UNKNOWN
        self._blink = 0.0
        self._snapshot: Snapshot | None = None  # the last one `step` was given
        self._frozen_key: tuple[object, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_frame)
        self.setMinimumSize(480, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._retranslate()

    # ---------------------------------------------------------------------------------- driving

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    @property
    def is_live(self) -> bool:
        return self.inputs.live

    def set_language(self, language: str) -> None:
        self._language = language
        self._frozen_key = None
        self._refresh_state()
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self._last_t = None
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _on_frame(self) -> None:
        now = self._clock()
        dt = 0.0 if self._last_t is None else now - self._last_t
        self._last_t = now
        self.step(dt)

    def step(self, dt: float) -> None:
        """Read the snapshot, move the picture on by `dt` seconds and ask for a repaint."""
        snapshot = self._provider()
        self.inputs = read_inputs(snapshot)
        self.tracker.update(dt, self.inputs)
        self._blink = (self._blink + dt) % 1.0
        self._snapshot = snapshot
        self._refresh_state()
        # A picture that is not live stands still: repaint it only when what it shows changes.
        key = (self.inputs, self._state_text, self._quality, self._language)
        if self.inputs.live or key != self._frozen_key:
            self._frozen_key = None if self.inputs.live else key
            self.update()

    def _refresh_state(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            self._state_text, self._state_key, self._quality = "–", "", Quality.UNKNOWN
            return
        state = snapshot.get("state")
        spec = snapshot.specs.get("state")
        self._quality = state.quality
        self._state_key = str(state.value) if state.value is not None else ""
        text = format_value(spec, state.value, self._language) if spec is not None else self._state_key
        fault = snapshot.get("fault")
        fault_spec = snapshot.specs.get("fault")
        if self._state_key == "Fault" and fault.value and fault_spec is not None:
            text = f"{text}: {format_value(fault_spec, fault.value, self._language)}"
        self._state_text = text

    def _retranslate(self) -> None:
        self._words = {
            "station": self.tr("Colour sensor"),
            "diverter": self.tr("Diverter"),
            "good": self.tr("Good"),
            "reject": self.tr("Rejected"),
            "inlet": self.tr("In"),
            "not_live": self.tr("Not live"),
            "last_known": self.tr("Showing the last known values"),
            "waiting": self.tr("Waiting for the cell…"),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._frozen_key = None
            self.update()
        super().changeEvent(event)

    # ---------------------------------------------------------------------------------- painting

    def _state_colour(self) -> QColor:
        t = self._theme
        return QColor(
            {"Running": t.good, "Idle": t.primary, "Stopped": t.warning, "Fault": t.bad}.get(self._state_key, t.muted)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        t = self._theme
        w, h = float(self.width()), float(self.height())
        live = self.inputs.live
        waiting = self._quality is Quality.UNKNOWN

        def c(colour: str | QColor) -> QColor:
            q = QColor(colour)
            return q if live else _grey(q)

        p.fillRect(self.rect(), QColor(t.surface))
        u = min(w / 14.0, h / 6.2)  # the unit type and strokes scale with
        font = QFont(self.font())

        def set_font(px: float, bold: bool = False) -> None:
            font.setPixelSize(max(10, int(px)))
            font.setBold(bold)
            p.setFont(font)

        # --- layout (fractions of the height keep the picture's rows apart at any size)
        x0, x1 = w * 0.04, w * 0.78
        belt_h = max(28.0, h * 0.17)
        y_mid = h * 0.5
        belt = QRectF(x0, y_mid - belt_h / 2, x1 - x0, belt_h)
        mm = (x1 - x0) / BELT_DRAWN_MM

        def bx(pos_mm: float) -> float:
            return x0 + (pos_mm + 10.0) * mm

        part_r = belt_h * 0.32  # drawn larger than to scale: readable from two metres
        state_colour = c(self._state_colour())
        label_h = u * 0.5

        # --- state pill (top left)
        set_font(u * 0.44, True)
        label = self._state_text if not waiting else "–"
        fm = p.fontMetrics()
        pill = QRectF(x0, h * 0.04, fm.horizontalAdvance(label) + u * 0.9, max(u * 0.72, h * 0.11))
        fault_blink = self._state_key == "Fault" and live and self._blink < 0.5
        p.setPen(Qt.PenStyle.NoPen)
        fill = state_colour.lighter(130) if fault_blink else state_colour
        p.setBrush(fill)
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(QColor(readable_on(fill.name())))  # white on red and green, dark on amber
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

        # --- belt: frame, moving slats, end rollers
        p.setPen(QPen(state_colour, max(2.0, u * 0.07)))
        p.setBrush(QColor("#2a3137") if live else QColor("#2e2e2e"))
        p.drawRoundedRect(belt, belt_h / 2, belt_h / 2)
        p.save()
        clip = QPainterPath()
        clip.addRoundedRect(belt.adjusted(3, 3, -3, -3), belt_h / 2, belt_h / 2)
        p.setClipPath(clip)
        pitch_mm = 30.0
        phase = (self.tracker.belt_mm % pitch_mm) * mm
        p.setPen(QPen(QColor("#3d464e") if live else QColor("#3a3a3a"), max(2.0, u * 0.09)))
        x = x0 - pitch_mm * mm + phase
        lean = belt_h * 0.25
        while x < x1 + pitch_mm * mm:
            p.drawLine(QPointF(x, belt.top()), QPointF(x + lean, belt.bottom()))
            x += pitch_mm * mm
        p.restore()
        roller_r = belt_h * 0.2
        angle = (self.tracker.belt_mm * mm / max(roller_r, 1.0)) % (2 * math.pi)
        p.setPen(QPen(QColor("#8a949c") if live else QColor("#6a6a6a"), max(2.0, u * 0.05)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for cx in (x0 + belt_h / 2, x1 - belt_h / 2):
            p.drawEllipse(QPointF(cx, y_mid), roller_r, roller_r)
            for k in (0.0, math.pi):
                a = angle + k
                p.drawLine(
                    QPointF(cx + math.cos(a) * roller_r * 0.3, y_mid + math.sin(a) * roller_r * 0.3),
                    QPointF(cx + math.cos(a) * roller_r, y_mid + math.sin(a) * roller_r),
                )

        # --- inlet chute with its sensor lamp
        inlet_x = bx(INLET_MM)
        present = self.inputs.part_present and live
        chute = QRectF(inlet_x - part_r * 1.3, belt.top() - h * 0.14, part_r * 2.6, h * 0.11)
        p.setPen(QPen(c(t.muted), max(2.0, u * 0.05)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(chute, 6, 6)
        lamp_r = max(4.0, u * 0.09)
        p.setBrush(c(t.accent) if present else QColor(t.surface))
        p.drawEllipse(QPointF(chute.right() + lamp_r * 2, chute.center().y()), lamp_r, lamp_r)
        set_font(u * 0.3, True)
        p.setPen(c(t.text))
        p.drawText(
            QRectF(chute.center().x() - u * 2, chute.top() - label_h - 2, u * 4, label_h),
            Qt.AlignmentFlag.AlignCenter,
            self._words["inlet"],
        )

        # --- colour station: an arch over the belt with a sensor beam
        st_x = bx(STATION_MM)
        sensing = self.inputs.sensor_colour and live
        arch = QRectF(st_x - part_r * 1.5, belt.top() - h * 0.06, part_r * 3.0, belt_h + h * 0.12)
        if sensing:
            beam = QColor(t.accent)
            beam.setAlpha(70)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(beam)
            p.drawRect(QRectF(st_x - part_r * 1.2, belt.top(), part_r * 2.4, belt_h))
        p.setPen(QPen(c(t.accent) if sensing else c(t.muted), max(3.0, u * 0.1)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(arch, 8, 8)
        set_font(u * 0.3, True)
        p.setPen(c(t.accent) if sensing else c(t.text))
        p.drawText(
            QRectF(st_x - u * 2.4, arch.top() - label_h - 2, u * 4.8, label_h),
            Qt.AlignmentFlag.AlignCenter,
            self._words["station"],
        )

        # --- reject bin under the diverter, good bin at the end
        div_x = bx(DIVERTER_MM)
        reject_bin = QRectF(div_x - h * 0.17, belt.bottom() + h * 0.08, h * 0.34, h * 0.24)
        good_bin = QRectF(x1 + w * 0.02, y_mid - h * 0.02, w * 0.96 - x1, h * 0.3)
        self._draw_bin(p, reject_bin, c(t.bad), self.inputs.reject, self.tracker.reject_pulse, u, live)
        self._draw_bin(p, good_bin, c(t.good), self.inputs.good, self.tracker.good_pulse, u, live)
        set_font(u * 0.34, True)
        p.setPen(c(t.bad))
        p.drawText(
            QRectF(reject_bin.left() - u, reject_bin.bottom() + 2, reject_bin.width() + 2 * u, label_h),
            Qt.AlignmentFlag.AlignCenter,
            self._words["reject"],
        )
        p.setPen(c(t.good))
        p.drawText(
            QRectF(good_bin.left() - u, good_bin.top() - label_h - 2, good_bin.width() + 2 * u, label_h),
            Qt.AlignmentFlag.AlignCenter,
            self._words["good"],
        )

        # --- parts
        for part in self.tracker.parts:
            centre = QPointF(bx(part.pos_mm), y_mid)
            alpha = 255
            scale = 1.0
            if part.leaving == "reject":
                k = min(1.0, part.t_leave / _PUSH_S)
                centre = QPointF(div_x, y_mid + (reject_bin.center().y() - y_mid) * k)
                scale = 1.0 - 0.25 * k
                alpha = int(255 * max(0.0, 1.0 - max(0.0, part.t_leave - _PUSH_S) / 0.25))
            elif part.leaving == "good":
                k = min(1.0, part.t_leave / _FALL_S)
                start_x = bx(BELT_END_MM)
                centre = QPointF(start_x + (good_bin.center().x() - start_x) * k, y_mid + h * 0.12 * k)
                scale = 1.0 - 0.3 * k
                alpha = int(255 * max(0.0, 1.0 - max(0.0, part.t_leave - _FALL_S) / 0.25))
            fill = c(PART_COLOURS.get(part.colour or "", _UNKNOWN_PART))
            fill.setAlpha(alpha)
            edge = QColor("#ffffff" if part.colour == "black" else "#0b0f12")
            edge.setAlpha(alpha)
            p.setPen(QPen(edge, max(1.5, u * 0.04)))
            p.setBrush(fill)
            p.drawEllipse(centre, part_r * scale, part_r * scale)
            if part.colour is None and part.leaving is None:
                set_font(part_r * 1.1, True)
                p.setPen(QColor("#e8edf1"))
                p.drawText(
                    QRectF(centre.x() - part_r, centre.y() - part_r, 2 * part_r, 2 * part_r),
                    Qt.AlignmentFlag.AlignCenter,
                    "?",
                )

        # --- diverter: a cylinder on the far side whose paddle sweeps across the belt
        out = self.tracker.diverter_out if live else (1.0 if self.inputs.diverter else 0.0)
        firing = self.inputs.diverter and live
        body = QRectF(div_x - part_r * 1.2, belt.top() - h * 0.12, part_r * 2.4, h * 0.07)
        p.setPen(QPen(QColor("#0b0f12"), 2.0))
        p.setBrush(c(t.warning) if firing else c(t.muted))
        p.drawRoundedRect(body, 5, 5)
        rod_end = belt.top() - h * 0.025 + (belt_h * 0.9) * out
        p.setPen(QPen(c(t.muted), max(2.0, u * 0.08)))
        p.drawLine(QPointF(div_x, body.bottom()), QPointF(div_x, rod_end))
        p.setPen(QPen(c(t.warning) if firing else c(t.text), max(4.0, u * 0.14)))
        p.drawLine(QPointF(div_x - part_r * 1.3, rod_end), QPointF(div_x + part_r * 1.3, rod_end))
        set_font(u * 0.3, True)
        p.setPen(c(t.warning) if firing else c(t.text))
        p.drawText(
            QRectF(div_x - u * 2.4, body.top() - label_h - 2, u * 4.8, label_h),
            Qt.AlignmentFlag.AlignCenter,
            self._words["diverter"],
        )

        # --- not live: hatch, frame and a plain word
        if not live:
            hatch = QColor(t.muted)
            hatch.setAlpha(70)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            p.drawRect(self.rect())
            p.setPen(QPen(QColor(t.warning), max(3.0, u * 0.08), Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 12, 12)
            set_font(u * 0.5, True)
            title = self._words["waiting"] if waiting else self._words["not_live"]
            sub = "" if waiting else self._words["last_known"]
            fm = p.fontMetrics()
            set_font(u * 0.3)
            sub_w = p.fontMetrics().horizontalAdvance(sub)
            box_w = max(fm.horizontalAdvance(title), sub_w) + u * 1.0
            box_h = u * (1.35 if sub else 0.9)
            box = QRectF(w * 0.97 - box_w, h * 0.04, box_w, box_h)  # top right: clear of the line
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.warning))
            p.drawRoundedRect(box, 10, 10)
            p.setPen(QColor(readable_on(t.warning, BLACK_TEXT, WHITE_TEXT)))
            set_font(u * 0.5, True)
            top = box.adjusted(0, u * 0.1, 0, -(u * 0.55 if sub else u * 0.1))
            p.drawText(top, Qt.AlignmentFlag.AlignCenter, title)
            if sub:
                set_font(u * 0.3)
                p.drawText(box.adjusted(0, box_h - u * 0.6, 0, -u * 0.1), Qt.AlignmentFlag.AlignCenter, sub)

    def _draw_bin(
        self, p: QPainter, r: QRectF, colour: QColor, count: int | None, pulse: float, u: float, live: bool
    ) -> None:
        grad = QLinearGradient(r.topLeft(), r.bottomLeft())
        top = QColor(colour)
        top.setAlpha(int(60 + 120 * pulse))
        bottom = QColor(colour)
        bottom.setAlpha(30)
        grad.setColorAt(0.0, top)
        grad.setColorAt(1.0, bottom)
        p.setPen(QPen(colour, max(2.0, u * 0.07)))
        p.setBrush(QBrush(grad))
        path = QPainterPath()
        inset = r.width() * 0.08
        path.moveTo(r.topLeft())
        path.lineTo(r.topRight())
        path.lineTo(r.right() - inset, r.bottom())
        path.lineTo(r.left() + inset, r.bottom())
        path.closeSubpath()
        p.drawPath(path)
        font = QFont(p.font())
        font.setPixelSize(max(12, int(min(u * 0.8, r.height() * 0.6) * (1.0 + 0.15 * pulse))))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(self._theme.text) if live else _grey(QColor(self._theme.muted)))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, "–" if count is None else str(count))
