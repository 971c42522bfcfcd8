"""Pure, deterministic model of the demo cell: a sorting line plus a small process unit.

No asyncua, no I/O, no wall clock: time only moves when `step(dt)` is called, and every random
draw comes from one `random.Random(seed)`. The same seed and the same sequence of calls give the
same states, value for value, which is what the tests and reproducible lab demos rely on.

The sorting line is modelled on a Festo MPS style sorting station: a feeder drops cylindrical parts
(red, silver or black; about 25 mm high, some too low) on a belt; they pass an inlet sensor, a
colour/height station, a pneumatic diverter that pushes rejects off, and an end-of-belt sensor
before falling into the good bin. The process unit is a small heated tank with an inlet valve fed by
a pump, a gravity outlet valve, a heater under PID control and a pressure transmitter on the pump
line.

`values()` gives the whole observable state as one flat dict keyed by the node names the OPC UA
server publishes (`"Sorting.Mode"`, `"Process.Level"`, ...; see `TAGS`), so the server maps keys
to nodes one to one.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

__all__ = [
    "COLOURS",
    "FAULT_CODES",
    "KNOWN_FAULTS",
    "MODES",
    "STATES",
    "TAGS",
    "CommandRefused",
    "DemoCellModel",
    "FaultEvent",
    "FinishedPart",
    "TagInfo",
]

MODES: Final = ("MANUAL", "AUTO")
STATES: Final = ("Idle", "Running", "Stopped", "Fault")
COLOURS: Final = ("red", "silver", "black")
# Faults an instructor (or a test) can inject: the *causes*.
KNOWN_FAULTS: Final = ("JAM", "SENSOR_STUCK", "PRESSURE_DROP", "OVER_TEMPERATURE", "COMM_LOSS")
# Fault codes the cell itself latches, most important first: FaultCode shows the first active one.
FAULT_CODES: Final = ("ESTOP", "GUARD_OPEN", "JAM", "OVER_TEMPERATURE", "PRESSURE_LOW")

_U32: Final = 0xFFFFFFFF

# --- sorting line geometry (mm along the belt, part centre positions) ------------------------------
PART_LENGTH_MM: Final = 40.0  # parts are cylinders of 40 mm diameter
_HALF: Final = PART_LENGTH_MM / 2
INLET_MM: Final = 20.0  # where the feeder drops a part, and where the inlet sensor looks
STATION_MM: Final = 220.0  # colour/height station
DIVERTER_MM: Final = 400.0  # pneumatic diverter; a part pushed here goes to the reject bin
END_SENSOR_MM: Final = 600.0
BELT_END_MM: Final = 640.0  # a part past this falls into the good bin
REJECT_HEIGHT_MM: Final = 22.0  # parts lower than this are rejected
_DIVERTER_WINDOW: Final = (DIVERTER_MM - 70.0, DIVERTER_MM + 5.0)  # where AUTO fires the diverter

# --- drive ---------------------------------------------------------------------------------------
SPEED_MAX: Final = 250.0  # mm/s
ACCEL: Final = 150.0  # mm/s^2: 0 -> 120 mm/s in 0.8 s, what a small geared belt drive with a VFD ramp does
DECEL: Final = 300.0  # mm/s^2: controlled stop
_BLOCKED_DECEL: Final = 1500.0  # a jammed belt stops within a fraction of a second
CURRENT_MAX: Final = 3.0  # A, range of the current transmitter
_STALL_CURRENT: Final = 2.8  # A: a stalled motor draws near the drive's current limit
_JAM_TRIP_S: Final = 2.0  # the drive's stall monitor trips after this long
_FEED_MIN_S: Final = 0.8  # the feeder cylinder needs this long per stroke

# --- process unit --------------------------------------------------------------------------------
PUMP_NOMINAL_BAR: Final = 4.0
PRESSURE_LOW_BAR: Final = 2.0
_PRESSURE_RESET_BAR: Final = 2.2  # hysteresis: Reset clears PRESSURE_LOW only above this
OVER_TEMPERATURE_C: Final = 85.0
_TEMPERATURE_RESET_C: Final = 80.0
AMBIENT_C: Final = 20.0
_INLET_WATER_C: Final = 15.0
_HEATER_MIN_LEVEL: Final = 10.0  # % : dry-run protection switches the heater off below this
_QMAX: Final = 0.35  # heater at 100 %, in K/s for a tank of relative heat capacity 1 (full)
_UA: Final = 0.0025  # heat loss to ambient, 1/s for a full tank
_TAU_ELEMENT_S: Final = 6.0  # heater element heats up / cools down
_TAU_SENSOR_S: Final = 3.0  # thermowell lag of the temperature sensor
_FILL_RATE: Final = 1.6  # %/s through a fully open inlet valve at nominal pump pressure
_DRAIN_RATE: Final = 2.2  # %/s through a fully open outlet valve from a full tank

_SUBSTEP_S: Final = 0.05  # internal integration step; also keeps every sensor crossing observed


class CommandRefused(Exception):
    """A command the cell will not carry out in its present state; `reason` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class TagInfo:
    """One published value: its key in `values()` (also the OPC UA string node id, ns=2), its type
    ("Double" | "Boolean" | "String" | "UInt32"), unit, and for writable ones the accepted range."""

    key: str
    vtype: str
    unit: str = ""
    writable: bool = False
    lo: float | None = None
    hi: float | None = None
    description: str = ""


TAGS: Final[tuple[TagInfo, ...]] = (
    TagInfo("Sorting.Mode", "String", writable=True, description="MANUAL or AUTO"),
    TagInfo("Sorting.State", "String", description="Idle, Running, Stopped or Fault"),
    TagInfo("Sorting.Running", "Boolean", description="True while State is Running"),
    TagInfo("Sorting.SpeedSetpoint", "Double", "mm/s", True, 0.0, SPEED_MAX, "Conveyor speed setpoint"),
    TagInfo("Sorting.SpeedActual", "Double", "mm/s", description="Conveyor speed from the encoder"),
    TagInfo("Sorting.MotorCurrent", "Double", "A", lo=0.0, hi=CURRENT_MAX, description="Belt motor current"),
    TagInfo("Sorting.PartPresent", "Boolean", description="Inlet sensor: a part is at the inlet"),
    TagInfo("Sorting.PartColour", "String", description="Colour seen at the station: red/silver/black or ''"),
    TagInfo("Sorting.PartHeight", "Double", "mm", description="Height measured at the station, 0 when none"),
    TagInfo("Sorting.SensorColour", "Boolean", description="Colour/height station sensor"),
    TagInfo("Sorting.SensorEnd", "Boolean", description="End-of-belt sensor"),
    TagInfo("Sorting.Diverter", "Boolean", writable=True, description="Reject diverter; writable in MANUAL"),
    TagInfo("Sorting.GoodCount", "UInt32", description="Parts into the good bin"),
    TagInfo("Sorting.RejectCount", "UInt32", description="Parts pushed into the reject bin"),
    TagInfo("Sorting.CycleTime", "Double", "s", description="Time between the last two sorted parts"),
    TagInfo("Sorting.EmergencyStop", "Boolean", description="True while the emergency stop is pressed"),
    TagInfo("Sorting.GuardDoorClosed", "Boolean", description="Guard door switch"),
    TagInfo("Sorting.FaultCode", "String", description="Most important active fault, '' when none"),
    TagInfo("Process.Level", "Double", "%", lo=0.0, hi=100.0, description="Tank level"),
    TagInfo("Process.InletValve", "Double", "%", True, 0.0, 100.0, "Inlet valve opening"),
    TagInfo("Process.OutletValve", "Double", "%", True, 0.0, 100.0, "Outlet valve opening"),
    TagInfo("Process.HeaterEnabled", "Boolean", writable=True, description="Heater released to the PID"),
    TagInfo("Process.HeaterPower", "Double", "%", lo=0.0, hi=100.0, description="Heater power applied"),
    TagInfo("Process.Temperature", "Double", "degC", description="Tank temperature"),
    TagInfo("Process.TemperatureSetpoint", "Double", "degC", True, 20.0, 80.0, "PID setpoint"),
    TagInfo("Process.Pressure", "Double", "bar", lo=0.0, hi=6.0, description="Pump line pressure"),
    TagInfo("Process.PID.Kp", "Double", "%/K", True, 0.0, 50.0, "Proportional gain"),
    TagInfo("Process.PID.Ki", "Double", "%/(K s)", True, 0.0, 5.0, "Integral gain"),
    TagInfo("Process.PID.Kd", "Double", "% s/K", True, 0.0, 100.0, "Derivative gain"),
    TagInfo("Simulation.StepUp", "UInt32", description="Counts simulation steps (like OPC PLC's StepUp)"),
    TagInfo("Simulation.ActiveFaults", "String", description="Injected faults, comma separated"),
)
TAGS_BY_KEY: Final[dict[str, TagInfo]] = {t.key: t for t in TAGS}


@dataclass(slots=True)
class _Part:
    serial: int
    colour: str
    height_mm: float
    pos_mm: float
    seen_colour: str | None = None  # set when the part reaches the station
    seen_height_mm: float | None = None
    reject: bool | None = None  # the station's verdict


@dataclass(frozen=True, slots=True)
class FinishedPart:
    """A part that left the belt: what it was, what the station saw, and where it went."""

    serial: int
    colour: str
    height_mm: float
    seen_colour: str | None
    seen_height_mm: float | None
    outcome: str  # "good" | "reject"
    time_s: float


@dataclass(frozen=True, slots=True)
class FaultEvent:
    """A fault code latched (active=True) or cleared by Reset (active=False), for OPC UA events."""

    source: str  # "Sorting" | "Process"
    code: str
    message: str
    severity: int  # OPC UA 1..1000
    active: bool
    time_s: float


_FAULT_INFO: Final[dict[str, tuple[str, int, str]]] = {
    # code: (source, severity, message)
    "ESTOP": ("Sorting", 900, "Emergency stop pressed: the belt stopped at once"),
    "GUARD_OPEN": ("Sorting", 800, "Guard door opened while running: the belt stopped at once"),
    "JAM": ("Sorting", 700, "Belt jammed: the motor stalled and the drive tripped"),
    "OVER_TEMPERATURE": ("Process", 750, f"Tank temperature above {OVER_TEMPERATURE_C:.0f} degC"),
    "PRESSURE_LOW": ("Process", 600, f"Pump line pressure below {PRESSURE_LOW_BAR:.1f} bar"),
}


def _as_number(value: object, what: str) -> float:
    """A finite float from an int or float (not a bool): TypeError / ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    f = float(value)
    if not math.isfinite(f):
        raise ValueError(f"{what} must be a finite number")
    return f


def _in_range(value: object, what: str, lo: float, hi: float) -> float:
    f = _as_number(value, what)
    if not lo <= f <= hi:
        raise ValueError(f"{what} must be between {lo:g} and {hi:g}, got {f:g}")
    return f


def _as_bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{what} must be True or False, not {type(value).__name__}")
    return value


class DemoCellModel:
    """The demo cell's physics and control logic, advanced by `step(dt)`.

    Commands (`start`, `stop`, `reset`, `feed_part`, the setters) act at once on the state; their
    physical effect (ramps, flows, temperatures) shows after the next `step`. Commands that the cell
    refuses raise `CommandRefused(reason)`; bad arguments raise `ValueError` (out of range, unknown
    name) or `TypeError` (wrong type).
    """

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self._rng = random.Random(seed)
        self.time_s = 0.0
        self._steps = 0
        # sorting line
        self._mode = "AUTO"
        self._state = "Idle"
        self._speed_sp = 120.0
        self._speed = 0.0
        self._accel = 0.0
        self._drive_on = False
        self._current = 0.0
        self._jam_timer = 0.0
        self._parts: list[_Part] = []
        self._serial = 0
        self._diverter = False
        self._good = 0
        self._reject = 0
        self._cycle_time = 0.0
        self._last_sorted_s: float | None = None
        self._feed_travel = 0.0
        self._feed_timer = 0.0
        self._next_gap = self._rng.uniform(140.0, 220.0)
        self._estop = False
        self._guard_closed = True
        self._latched: list[str] = []
        self._injected: list[str] = []
        self.finished: deque[FinishedPart] = deque(maxlen=500)
        self._events: deque[FaultEvent] = deque(maxlen=200)
        # process unit
        self._level = 45.0
        self._inlet = 0.0
        self._outlet = 0.0
        self._heater_enabled = False
        self._temp_sp = 45.0
        self._kp, self._ki, self._kd = 6.0, 0.08, 15.0
        self._integral = 0.0
        self._d_filtered = 0.0
        self._pv_prev: float | None = None
        self._pid_out = 0.0
        self._heater_u = 0.0  # applied heater power, 0..1
        self._element = 0.0  # heater element output after its thermal lag, 0..1
        self._temp = AMBIENT_C
        self._temp_sensor = AMBIENT_C
        self._pump_bar = PUMP_NOMINAL_BAR
        self._pressure = self._line_pressure_target()
        # published (noisy, quantised) measurements; refreshed at the end of each step
        self._meas: dict[str, object] = {}
        self._sample_measurements()

    # ------------------------------------------------------------------ read-only views
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def state(self) -> str:
        return self._state

    @property
    def fault_codes(self) -> tuple[str, ...]:
        """Latched fault codes, most important first ('ESTOP', 'JAM', ...)."""
        return tuple(c for c in FAULT_CODES if c in self._latched)

    @property
    def injected_faults(self) -> tuple[str, ...]:
        """Injected fault causes, in `KNOWN_FAULTS` order."""
        return tuple(f for f in KNOWN_FAULTS if f in self._injected)

    @property
    def comm_loss(self) -> bool:
        """True while COMM_LOSS is injected: the server must stop publishing values."""
        return "COMM_LOSS" in self._injected

    @property
    def parts_on_belt(self) -> int:
        return len(self._parts)

    @property
    def true_temperature(self) -> float:
        """The water temperature itself (the published one lags behind it through the sensor)."""
        return self._temp

    def values(self) -> dict[str, object]:
        """Every published value, keyed as in `TAGS`. Pure: calling it changes nothing."""
        v: dict[str, object] = {
            "Sorting.Mode": self._mode,
            "Sorting.State": self._state,
            "Sorting.Running": self._state == "Running",
            "Sorting.SpeedSetpoint": self._speed_sp,
            "Sorting.Diverter": self._diverter,
            "Sorting.GoodCount": self._good,
            "Sorting.RejectCount": self._reject,
            "Sorting.CycleTime": round(self._cycle_time, 2),
            "Sorting.EmergencyStop": self._estop,
            "Sorting.GuardDoorClosed": self._guard_closed,
            "Sorting.FaultCode": self.fault_codes[0] if self._latched else "",
            "Process.InletValve": self._inlet,
            "Process.OutletValve": self._outlet,
            "Process.HeaterEnabled": self._heater_enabled,
            "Process.HeaterPower": round(self._heater_u * 100.0, 1),
            "Process.TemperatureSetpoint": self._temp_sp,
            "Process.PID.Kp": self._kp,
            "Process.PID.Ki": self._ki,
            "Process.PID.Kd": self._kd,
            "Simulation.StepUp": self._steps,
            "Simulation.ActiveFaults": ",".join(self.injected_faults),
        }
        v.update(self._meas)
        v.update(self._sensor_values())
        return {t.key: v[t.key] for t in TAGS}

    def drain_events(self) -> list[FaultEvent]:
        """Fault events since the last call, oldest first (at most the last 200 are kept)."""
        out = list(self._events)
        self._events.clear()
        return out

    # ------------------------------------------------------------------ sorting commands
    def start(self) -> None:
        """Idle/Stopped -> Running. Refused with the e-stop pressed, the guard open or a fault latched."""
        if self._estop:
            raise CommandRefused("the emergency stop is pressed: release it and press Reset")
        if not self._guard_closed:
            raise CommandRefused("the guard door is open: close it first")
        if self._latched:
            raise CommandRefused(f"fault {self.fault_codes[0]} is active: remove the cause and press Reset")
        if self._state == "Running":
            return
        self._state = "Running"
        self._jam_timer = 0.0
        # the feeder drops the first part as soon as the line starts
        self._feed_travel = self._next_gap
        self._feed_timer = _FEED_MIN_S

    def stop(self) -> None:
        """Running -> Stopped; the belt ramps down. A stop is never refused (no effect in other states)."""
        if self._state == "Running":
            self._state = "Stopped"

    def reset(self) -> None:
        """Clear the latched faults whose cause is gone, then go to Idle.

        Refused while running, and when a fault's cause is still there (the e-stop still pressed,
        the guard open, the belt still jammed, pressure or temperature not back in range): the
        faults that could be cleared are cleared, the rest stay and the reason names them.
        """
        if self._state == "Running":
            raise CommandRefused("the line is running: stop it before Reset")
        remaining: list[str] = []
        for code in self.fault_codes:
            why = self._fault_cause_present(code)
            if why:
                remaining.append(f"{code} ({why})")
            else:
                self._latched.remove(code)
                source, _, _ = _FAULT_INFO[code]
                cleared = FaultEvent(source, code, f"{code} cleared by Reset", 100, False, self.time_s)
                self._events.append(cleared)
        if remaining:
            self._state = "Fault"
            raise CommandRefused("cannot reset, cause still present: " + "; ".join(remaining))
        self._state = "Idle"

    def set_mode(self, mode: object) -> None:
        """'MANUAL' or 'AUTO'. Refused while running: stop the line first, as on a real cell."""
        if not isinstance(mode, str):
            raise TypeError(f"mode must be a string, not {type(mode).__name__}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        if mode == self._mode:
            return
        if self._state == "Running":
            raise CommandRefused("the line is running: stop it before changing the mode")
        self._mode = mode
        self._diverter = False

    def set_speed_setpoint(self, mm_s: object) -> None:
        """Conveyor speed setpoint, 0..250 mm/s; the belt ramps to it while running."""
        self._speed_sp = _in_range(mm_s, "speed setpoint", 0.0, SPEED_MAX)

    def set_diverter(self, on: object) -> None:
        """Drive the diverter by hand. Only in MANUAL: in AUTO the program owns it."""
        on = _as_bool(on, "diverter")
        if self._mode != "MANUAL":
            raise CommandRefused("the diverter is driven by the program in AUTO: switch to MANUAL first")
        self._diverter = on

    def feed_part(self, colour: str | None = None, height_mm: float | None = None) -> None:
        """Drop one part at the inlet (MANUAL only). Random colour/height unless given (for tests).

        Refused in AUTO (the feeder runs by itself) and while the inlet is still occupied.
        """
        if self._mode != "MANUAL":
            raise CommandRefused("parts are fed automatically in AUTO: switch to MANUAL to feed by hand")
        if colour is not None and colour not in COLOURS:
            raise ValueError(f"colour must be one of {', '.join(COLOURS)}, got {colour!r}")
        if height_mm is not None:
            height_mm = _in_range(height_mm, "part height", 5.0, 40.0)
        if not self._inlet_clear():
            raise CommandRefused("the inlet is occupied: wait until the part has moved on")
        self._spawn_part(colour, height_mm)

    def set_emergency_stop(self, pressed: object) -> None:
        """Press (True) or release (False) the emergency stop. Pressing stops the belt at once and
        latches fault ESTOP in any state; releasing does not clear it (press Reset)."""
        self._estop = _as_bool(pressed, "emergency stop")
        if self._estop:
            self._latch("ESTOP")

    def set_guard_door(self, closed: object) -> None:
        """Close (True) or open (False) the guard door. Opening it while running stops the belt at
        once and latches GUARD_OPEN; opened at rest it only blocks Start."""
        self._guard_closed = _as_bool(closed, "guard door closed")
        if not self._guard_closed and self._state == "Running":
            self._latch("GUARD_OPEN")

    # ------------------------------------------------------------------ process commands
    def set_inlet_valve(self, pct: object) -> None:
        self._inlet = _in_range(pct, "inlet valve", 0.0, 100.0)

    def set_outlet_valve(self, pct: object) -> None:
        self._outlet = _in_range(pct, "outlet valve", 0.0, 100.0)

    def set_heater_enabled(self, on: object) -> None:
        self._heater_enabled = _as_bool(on, "heater enabled")

    def set_temperature_setpoint(self, deg_c: object) -> None:
        self._temp_sp = _in_range(deg_c, "temperature setpoint", 20.0, 80.0)

    def set_pid(self, kp: object = None, ki: object = None, kd: object = None) -> None:
        """Change any of the PID gains (None keeps one). Ranges: Kp 0..50, Ki 0..5, Kd 0..100."""
        new_kp = self._kp if kp is None else _in_range(kp, "Kp", 0.0, 50.0)
        new_ki = self._ki if ki is None else _in_range(ki, "Ki", 0.0, 5.0)
        new_kd = self._kd if kd is None else _in_range(kd, "Kd", 0.0, 100.0)
        self._kp, self._ki, self._kd = new_kp, new_ki, new_kd

    def write(self, key: str, value: object) -> None:
        """Apply a client write to the writable value `key` (a `TAGS` key), through the setters.

        KeyError for a key that is not writable; otherwise what the setter raises.
        """
        writers: dict[str, Callable[[object], None]] = {
            "Sorting.Mode": self.set_mode,
            "Sorting.SpeedSetpoint": self.set_speed_setpoint,
            "Sorting.Diverter": self.set_diverter,
            "Process.InletValve": self.set_inlet_valve,
            "Process.OutletValve": self.set_outlet_valve,
            "Process.HeaterEnabled": self.set_heater_enabled,
            "Process.TemperatureSetpoint": self.set_temperature_setpoint,
            "Process.PID.Kp": lambda v: self.set_pid(kp=_as_number(v, "Kp")),
            "Process.PID.Ki": lambda v: self.set_pid(ki=_as_number(v, "Ki")),
            "Process.PID.Kd": lambda v: self.set_pid(kd=_as_number(v, "Kd")),
        }
        if key not in writers:
            raise KeyError(f"{key} is not writable")
        writers[key](value)

    # ------------------------------------------------------------------ faults
    def inject_fault(self, name: str) -> None:
        """Inject a fault cause (see `KNOWN_FAULTS`); injecting one already active changes nothing.

        JAM: the belt is blocked (speed 0, motor current near max, fault JAM after ~2 s of driving).
        SENSOR_STUCK: the colour sensor is stuck on and reads every part as black: all rejected,
        no fault raised. PRESSURE_DROP: the pump line loses pressure slowly (PRESSURE_LOW under
        2 bar). OVER_TEMPERATURE: the heater contactor sticks at 100 % (fault above 85 degC).
        COMM_LOSS: the server stops publishing values.
        """
        if name not in KNOWN_FAULTS:
            raise ValueError(f"unknown fault {name!r}; known faults: {', '.join(KNOWN_FAULTS)}")
        if name not in self._injected:
            self._injected.append(name)

    def clear_faults(self) -> None:
        """Remove every injected cause. Latched fault codes stay until Reset, as on a real cell."""
        self._injected.clear()

    # ------------------------------------------------------------------ time
    def step(self, dt: float) -> None:
        """Advance the simulation by `dt` seconds (>= 0), in internal steps of at most 50 ms."""
        if not math.isfinite(dt) or dt < 0:
            raise ValueError(f"dt must be a finite number >= 0, got {dt!r}")
        n = math.ceil(dt / _SUBSTEP_S - 1e-9) if dt > 0 else 0
        for _ in range(n):
            self._substep(dt / n)
        self._steps = (self._steps + 1) & _U32
        self._sample_measurements()

    def _substep(self, h: float) -> None:
        self.time_s += h
        self._update_process(h)
        self._update_drive(h)
        self._update_diverter()
        self._move_parts(h)
        self._run_feeder(h)
        self._check_faults()

    # ------------------------------------------------------------------ sorting internals
    def _update_drive(self, h: float) -> None:
        blocked = "JAM" in self._injected
        commanded = self._state == "Running"
        target = self._speed_sp if commanded else 0.0
        before = self._speed
        if blocked:
            self._speed = max(0.0, self._speed - _BLOCKED_DECEL * h)
        elif target > self._speed:
            self._speed = min(target, self._speed + ACCEL * h)
        else:
            self._speed = max(target, self._speed - DECEL * h)
        self._accel = (self._speed - before) / h
        self._drive_on = commanded or self._speed > 0.0
        self._jam_timer = self._jam_timer + h if (blocked and commanded) else 0.0
        if not self._drive_on:
            target_i, tau = 0.0, 0.05
        elif blocked and commanded:
            target_i, tau = _STALL_CURRENT, 0.4
        else:
            # no-load current + friction rising with speed + each part's load + inertia while ramping
            target_i = 0.35 + 0.0045 * self._speed + 0.06 * len(self._parts) + 0.0012 * abs(self._accel)
            tau = 0.15
        self._current += (target_i - self._current) * min(1.0, h / tau)

    def _update_diverter(self) -> None:
        if self._mode != "AUTO":
            return
        lo, hi = _DIVERTER_WINDOW
        self._diverter = any(p.reject and lo <= p.pos_mm <= hi for p in self._parts)

    def _move_parts(self, h: float) -> None:
        dx = self._speed * h
        if dx <= 0.0:
            return
        for part in list(self._parts):
            before = part.pos_mm
            part.pos_mm += dx
            if part.seen_colour is None and part.pos_mm >= STATION_MM - _HALF:
                self._measure(part)
            if before < DIVERTER_MM <= part.pos_mm:
                self._sorted()
                if self._diverter:
                    self._finish(part, "reject")
                    continue
            if part.pos_mm >= BELT_END_MM:
                self._finish(part, "good")

    def _measure(self, part: _Part) -> None:
        """The colour/height station looks at a part as it arrives and decides good or reject."""
        part.seen_colour = "black" if "SENSOR_STUCK" in self._injected else part.colour
        part.seen_height_mm = part.height_mm + self._rng.gauss(0.0, 0.2)
        part.reject = part.seen_colour == "black" or part.seen_height_mm < REJECT_HEIGHT_MM

    def _sorted(self) -> None:
        """A part passed the diverter, pushed off or let through: the line finished one more part.

        Cycle time is taken here, at the one point every part passes, so rejects (which leave the
        belt earlier) and good parts (which ride on to the end) do not interleave into nonsense.
        """
        if self._last_sorted_s is not None:
            self._cycle_time = self.time_s - self._last_sorted_s
        self._last_sorted_s = self.time_s

    def _finish(self, part: _Part, outcome: str) -> None:
        self._parts.remove(part)
        if outcome == "good":
            self._good = (self._good + 1) & _U32
        else:
            self._reject = (self._reject + 1) & _U32
        self.finished.append(
            FinishedPart(
                part.serial,
                part.colour,
                part.height_mm,
                part.seen_colour,
                part.seen_height_mm,
                outcome,
                self.time_s,
            )
        )

    def _run_feeder(self, h: float) -> None:
        if self._mode != "AUTO" or self._state != "Running":
            return
        self._feed_travel += self._speed * h
        self._feed_timer += h
        if self._feed_travel >= self._next_gap and self._feed_timer >= _FEED_MIN_S and self._inlet_clear():
            self._spawn_part(None, None)
            self._feed_travel = 0.0
            self._feed_timer = 0.0
            self._next_gap = self._rng.uniform(140.0, 220.0)

    def _inlet_clear(self) -> bool:
        return all(p.pos_mm >= INLET_MM + PART_LENGTH_MM + 5.0 for p in self._parts)

    def _spawn_part(self, colour: str | None, height_mm: float | None) -> None:
        # always draw both, so a given colour/height does not shift the random sequence
        drawn_colour = self._rng.choices(COLOURS, weights=(0.40, 0.35, 0.25))[0]
        too_low = self._rng.random() < 0.15
        drawn_height = self._rng.gauss(18.0, 0.5) if too_low else self._rng.gauss(25.0, 0.3)
        self._serial += 1
        self._parts.append(
            _Part(
                self._serial,
                colour if colour is not None else drawn_colour,
                height_mm if height_mm is not None else drawn_height,
                INLET_MM,
            )
        )

    def _sensor_values(self) -> dict[str, object]:
        """Binary sensors and the station readout, straight from the part positions."""
        inlet = any(abs(p.pos_mm - INLET_MM) <= _HALF for p in self._parts)
        at_station = next((p for p in self._parts if abs(p.pos_mm - STATION_MM) <= _HALF), None)
        end = any(abs(p.pos_mm - END_SENSOR_MM) <= _HALF for p in self._parts)
        stuck = "SENSOR_STUCK" in self._injected
        if at_station is not None and at_station.seen_colour is None:
            # entered the zone between two steps without being measured yet: cannot happen with
            # forward motion, but keep the readout consistent anyway
            at_station = None
        colour = at_station.seen_colour if at_station is not None else ""
        height = round(at_station.seen_height_mm or 0.0, 1) if at_station is not None else 0.0
        if stuck:
            colour = "black"  # a stuck-on sensor reads "black" even with nothing in front of it
        return {
            "Sorting.PartPresent": inlet,
            "Sorting.SensorColour": stuck or at_station is not None,
            "Sorting.PartColour": colour or "",
            "Sorting.PartHeight": height,
            "Sorting.SensorEnd": end,
        }

    # ------------------------------------------------------------------ faults internals
    def _latch(self, code: str) -> None:
        if code in ("ESTOP", "GUARD_OPEN"):
            # safety stop: torque off at once, the belt does not coast in the model
            self._speed = 0.0
            self._jam_timer = 0.0
        self._state = "Fault"
        if code not in self._latched:
            self._latched.append(code)
            source, severity, message = _FAULT_INFO[code]
            self._events.append(FaultEvent(source, code, message, severity, True, self.time_s))

    def _check_faults(self) -> None:
        if self._estop:
            self._latch("ESTOP")
        if not self._guard_closed and self._state == "Running":
            self._latch("GUARD_OPEN")
        if self._jam_timer >= _JAM_TRIP_S:
            self._latch("JAM")
        if self._pressure < PRESSURE_LOW_BAR:
            self._latch("PRESSURE_LOW")
        if self._temp_sensor > OVER_TEMPERATURE_C:
            self._latch("OVER_TEMPERATURE")

    def _fault_cause_present(self, code: str) -> str:
        """Why `code` cannot be cleared yet, or '' when its cause is gone."""
        if code == "ESTOP" and self._estop:
            return "emergency stop still pressed"
        if code == "GUARD_OPEN" and not self._guard_closed:
            return "guard door still open"
        if code == "JAM" and "JAM" in self._injected:
            return "belt still blocked"
        if code == "PRESSURE_LOW" and self._pressure < _PRESSURE_RESET_BAR:
            return f"pressure {self._pressure:.2f} bar, needs {_PRESSURE_RESET_BAR:.1f}"
        if code == "OVER_TEMPERATURE" and self._temp_sensor >= _TEMPERATURE_RESET_C:
            return f"temperature {self._temp_sensor:.1f} degC, needs below {_TEMPERATURE_RESET_C:.0f}"
        return ""

    # ------------------------------------------------------------------ process internals
    def _line_pressure_target(self) -> float:
        # pump curve: pressure sags with the flow through the inlet valve; the tank's liquid
        # column pushes back on the line (back-pressure rises with the level)
        flow = self._inlet / 100.0
        return self._pump_bar * (1.0 - 0.25 * flow * flow) + 0.25 * self._level / 100.0

    def _update_process(self, h: float) -> None:
        # pump: a leak (PRESSURE_DROP) bleeds pressure slowly; when fixed it recovers in seconds
        if "PRESSURE_DROP" in self._injected:
            self._pump_bar = max(0.4, self._pump_bar - 0.08 * h)
        else:
            self._pump_bar += (PUMP_NOMINAL_BAR - self._pump_bar) * min(1.0, h / 3.0)
        self._pressure += (self._line_pressure_target() - self._pressure) * min(1.0, h / 0.8)

        # level: inflow driven by the line pressure over the tank head, gravity outflow ~ sqrt(level)
        head = 0.25 * self._level / 100.0
        drive = max(self._pressure - head, 0.0) / (PUMP_NOMINAL_BAR * 0.75)
        q_in = _FILL_RATE * (self._inlet / 100.0) * math.sqrt(drive)  # %/s
        q_out = _DRAIN_RATE * (self._outlet / 100.0) * math.sqrt(max(self._level, 0.0) / 100.0)
        if self._level >= 100.0:
            q_in = min(q_in, q_out)  # overflow pipe: the level cannot rise past the rim
        self._level = min(100.0, max(0.0, self._level + (q_in - q_out) * h))

        # heater: PID on the measured temperature; a stuck contactor (OVER_TEMPERATURE) gives 100 %
        released = (
            self._heater_enabled
            and self._level >= _HEATER_MIN_LEVEL  # dry-run protection
            and "OVER_TEMPERATURE" not in self._latched  # the over-temperature trip
        )
        pid = self._pid(h, released)
        self._heater_u = 1.0 if "OVER_TEMPERATURE" in self._injected else pid / 100.0
        self._element += (self._heater_u - self._element) * min(1.0, h / _TAU_ELEMENT_S)

        # water: heat capacity grows with the level; loss to ambient; cold inflow mixes in
        capacity = 0.25 + 0.75 * self._level / 100.0
        d_temp = (_QMAX * self._element - _UA * (self._temp - AMBIENT_C)) / capacity
        d_temp += q_in / max(self._level, 5.0) * (_INLET_WATER_C - self._temp)
        self._temp = min(100.0, self._temp + d_temp * h)  # it boils at 100, no higher
        self._temp_sensor += (self._temp - self._temp_sensor) * min(1.0, h / _TAU_SENSOR_S)

    def _pid(self, h: float, released: bool) -> float:
        """Parallel PID, output 0..100 %: derivative on the measurement (no kick on setpoint
        changes) through a 1 s filter; the integral only winds while the output is not saturated.
        Not released (heater off, interlocked or tripped): output 0 and the integral starts afresh."""
        pv = self._temp_sensor
        if not released:
            self._integral = 0.0
            self._d_filtered = 0.0
            self._pv_prev = pv
            self._pid_out = 0.0
            return 0.0
        error = self._temp_sp - pv
        d_pv = 0.0 if self._pv_prev is None else (pv - self._pv_prev) / h
        self._pv_prev = pv
        self._d_filtered += (d_pv - self._d_filtered) * min(1.0, h / 1.0)
        unclamped = self._kp * error + self._integral - self._kd * self._d_filtered
        saturated_high = unclamped >= 100.0 and error > 0
        saturated_low = unclamped <= 0.0 and error < 0
        if not (saturated_high or saturated_low):
            self._integral = min(100.0, max(-100.0, self._integral + self._ki * error * h))
        self._pid_out = min(100.0, max(0.0, self._kp * error + self._integral - self._kd * self._d_filtered))
        return self._pid_out

    # ------------------------------------------------------------------ measurements
    def _sample_measurements(self) -> None:
        """Noisy, quantised readings of the analogue signals, drawn once per `step`."""
        g = self._rng.gauss
        n_speed, n_current = g(0.0, 0.4), g(0.0, 0.015)
        # a stopped encoder reads exactly 0; a drive that is off measures no current
        speed = round(max(0.0, self._speed + n_speed), 1) if self._speed > 0.05 else 0.0
        if self._drive_on:
            current = round(min(CURRENT_MAX, max(0.0, self._current + n_current)), 3)
        else:
            current = round(self._current, 3) if self._current > 0.005 else 0.0
        self._meas = {
            "Sorting.SpeedActual": speed,
            "Sorting.MotorCurrent": current,
            "Process.Level": round(min(100.0, max(0.0, self._level + g(0.0, 0.08))), 2),
            "Process.Temperature": round(self._temp_sensor + g(0.0, 0.05), 2),
            "Process.Pressure": round(min(6.0, max(0.0, self._pressure + g(0.0, 0.01))), 3),
        }
