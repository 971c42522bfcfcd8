"""The demo cell's model on its own: deterministic, and behaving like a machine (ramps, cause and
effect, sorting by colour and height, safety, faults). No server, no wall clock: simulated time."""

from __future__ import annotations

import itertools

import pytest

from kiosk.services.simulator.model import (
    KNOWN_FAULTS,
    REJECT_HEIGHT_MM,
    TAGS,
    CommandRefused,
    DemoCellModel,
)


def run(m: DemoCellModel, seconds: float, dt: float = 0.1) -> list[dict[str, object]]:
    """Step `m` for `seconds` of simulated time and return the values after every step."""
    out = []
    for _ in range(round(seconds / dt)):
        m.step(dt)
        out.append(m.values())
    return out


def series(states: list[dict[str, object]], key: str) -> list[float]:
    out = []
    for v in states:
        x = v[key]
        assert isinstance(x, int | float)
        out.append(float(x))
    return out


def num(m: DemoCellModel, key: str) -> float:
    v = m.values()[key]
    assert isinstance(v, int | float)
    return float(v)


def scripted_session(seed: int) -> list[dict[str, object]]:
    """The same sequence of commands as a lesson would give them, returning every state seen."""
    m = DemoCellModel(seed)
    seen = run(m, 1.0)
    m.start()
    seen += run(m, 20.0)
    m.set_speed_setpoint(200.0)
    m.set_inlet_valve(60.0)
    m.set_heater_enabled(True)
    seen += run(m, 10.0)
    m.inject_fault("SENSOR_STUCK")
    seen += run(m, 5.0)
    m.stop()
    seen += run(m, 3.0)
    m.set_mode("MANUAL")
    m.feed_part()
    m.start()
    seen += run(m, 6.0)
    return seen


# ---------------------------------------------------------------------------------------- contract
def test_values_cover_every_tag_with_the_declared_type() -> None:
    values = DemoCellModel(0).values()
    assert list(values) == [t.key for t in TAGS]
    py = {"Double": float, "Boolean": bool, "String": str, "UInt32": int}
    for tag in TAGS:
        assert type(values[tag.key]) is py[tag.vtype], tag.key


def test_same_seed_and_calls_give_identical_states() -> None:
    a, b = scripted_session(42), scripted_session(42)
    assert a == b
    assert scripted_session(43) != a  # the seed matters: parts and noise differ


def test_values_is_pure() -> None:
    m = DemoCellModel(3)
    m.start()
    run(m, 5.0)
    assert m.values() == m.values()


def test_setters_check_range_and_type() -> None:
    m = DemoCellModel(0)
    with pytest.raises(ValueError, match="between 0 and 250"):
        m.set_speed_setpoint(251.0)
    with pytest.raises(TypeError):
        m.set_speed_setpoint("fast")
    with pytest.raises(TypeError):
        m.set_speed_setpoint(True)
    with pytest.raises(ValueError):
        m.set_temperature_setpoint(float("nan"))
    with pytest.raises(ValueError, match="MANUAL, AUTO"):
        m.set_mode("TURBO")
    with pytest.raises(TypeError):
        m.set_heater_enabled(1)
    with pytest.raises(KeyError):
        m.write("Sorting.State", "Running")
    m.write("Process.PID.Kp", 8.0)
    assert m.values()["Process.PID.Kp"] == 8.0


# ---------------------------------------------------------------------------------------- sorting line
def test_belt_ramps_and_motor_current_follows_load() -> None:
    m = DemoCellModel(1)
    m.set_mode("MANUAL")  # no parts: the current is the belt's own
    m.start()
    speeds = series(run(m, 2.0), "Sorting.SpeedActual")
    assert 5.0 < speeds[0] < 30.0  # a ramp, not a step
    assert all(b > a + 10 for a, b in itertools.pairwise(speeds[:7]))  # rising steadily
    assert num(m, "Sorting.SpeedActual") == pytest.approx(120.0, abs=2.0)
    empty = sum(series(run(m, 2.0), "Sorting.MotorCurrent")) / 20
    assert 0.6 < empty < 1.2
    m.set_speed_setpoint(250.0)
    fast = sum(series(run(m, 3.0), "Sorting.MotorCurrent")[-10:]) / 10
    assert fast > empty + 0.4  # more speed, more current
    m.stop()
    run(m, 2.0)
    assert m.state == "Stopped"
    assert num(m, "Sorting.SpeedActual") == 0.0
    assert num(m, "Sorting.MotorCurrent") == 0.0


def test_auto_sorts_by_colour_and_height_for_a_minute() -> None:
    m = DemoCellModel(5)
    m.start()
    states = run(m, 60.0)
    good, reject = num(m, "Sorting.GoodCount"), num(m, "Sorting.RejectCount")
    assert good > 5 and reject > 3
    assert good + reject == len(m.finished)
    for part in m.finished:
        should_reject = part.colour == "black" or part.height_mm < REJECT_HEIGHT_MM - 1.0
        if should_reject:
            assert part.outcome == "reject", part
        elif part.height_mm > REJECT_HEIGHT_MM + 1.0:
            assert part.outcome == "good", part
    assert {p.colour for p in m.finished if p.outcome == "reject"} >= {"black"}
    assert any(p.height_mm < REJECT_HEIGHT_MM and p.colour != "black" for p in m.finished)
    assert 0.5 < num(m, "Sorting.CycleTime") < 5.0
    # every sensor fired and the diverter moved on its own
    for key in ("Sorting.PartPresent", "Sorting.SensorColour", "Sorting.SensorEnd", "Sorting.Diverter"):
        assert any(v[key] for v in states), key
    assert {v["Sorting.PartColour"] for v in states} >= {"", "red", "silver", "black"}


def test_stop_stops_parts_and_counters() -> None:
    m = DemoCellModel(2)
    m.start()
    run(m, 20.0)
    m.stop()
    run(m, 2.0)  # ramp-down
    counts = (m.values()["Sorting.GoodCount"], m.values()["Sorting.RejectCount"])
    on_belt = m.parts_on_belt
    assert on_belt > 0
    for v in run(m, 20.0):
        assert (v["Sorting.GoodCount"], v["Sorting.RejectCount"]) == counts
        assert v["Sorting.SpeedActual"] == 0.0 and v["Sorting.State"] == "Stopped"
    assert m.parts_on_belt == on_belt  # parts stay where they stopped
    m.start()
    run(m, 10.0)
    assert (m.values()["Sorting.GoodCount"], m.values()["Sorting.RejectCount"]) != counts


def test_manual_mode_feeds_by_hand_and_diverter_by_hand() -> None:
    m = DemoCellModel(0)
    with pytest.raises(CommandRefused, match="AUTO"):
        m.set_diverter(True)
    with pytest.raises(CommandRefused, match="AUTO"):
        m.feed_part()
    m.set_mode("MANUAL")
    m.start()
    with pytest.raises(CommandRefused, match="running"):
        m.set_mode("AUTO")
    run(m, 10.0)
    assert m.parts_on_belt == 0  # no feeder in MANUAL

    m.feed_part(colour="black", height_mm=25.0)
    with pytest.raises(CommandRefused, match="occupied"):
        m.feed_part()
    states = run(m, 8.0)
    seen = [v for v in states if v["Sorting.SensorColour"]]
    assert seen and seen[0]["Sorting.PartColour"] == "black"
    assert seen[0]["Sorting.PartHeight"] == pytest.approx(25.0, abs=1.0)
    assert any(v["Sorting.SensorEnd"] for v in states)
    assert m.values()["Sorting.GoodCount"] == 1  # diverter left open by hand: even black goes through

    m.set_diverter(True)
    m.feed_part(colour="red", height_mm=25.0)
    run(m, 8.0)
    assert m.values()["Sorting.RejectCount"] == 1


def test_emergency_stop_faults_at_once_and_blocks_start() -> None:
    m = DemoCellModel(0)
    m.start()
    run(m, 3.0)
    assert num(m, "Sorting.SpeedActual") > 100
    m.set_emergency_stop(True)
    assert m.state == "Fault"
    m.step(0.1)
    v = m.values()
    assert v["Sorting.SpeedActual"] == 0.0 and v["Sorting.FaultCode"] == "ESTOP"
    assert v["Sorting.EmergencyStop"] is True and v["Sorting.Running"] is False
    with pytest.raises(CommandRefused, match="emergency stop"):
        m.start()
    with pytest.raises(CommandRefused, match="ESTOP"):
        m.reset()
    m.set_emergency_stop(False)
    with pytest.raises(CommandRefused):
        m.start()  # released is not reset
    m.reset()
    assert m.state == "Idle" and m.values()["Sorting.FaultCode"] == ""
    m.start()
    assert m.state == "Running"


def test_emergency_stop_faults_even_when_idle() -> None:
    m = DemoCellModel(0)
    m.set_emergency_stop(True)
    assert m.state == "Fault" and m.fault_codes == ("ESTOP",)


def test_guard_door() -> None:
    m = DemoCellModel(0)
    m.set_guard_door(False)
    with pytest.raises(CommandRefused, match="guard"):
        m.start()
    assert m.state == "Idle"  # open at rest: no fault, only no start
    m.set_guard_door(True)
    m.start()
    run(m, 2.0)
    m.set_guard_door(False)
    m.step(0.1)
    assert m.state == "Fault" and m.values()["Sorting.FaultCode"] == "GUARD_OPEN"
    assert num(m, "Sorting.SpeedActual") == 0.0
    with pytest.raises(CommandRefused, match="guard door still open"):
        m.reset()
    m.set_guard_door(True)
    m.reset()
    assert m.state == "Idle"


def test_stop_is_never_refused_and_reset_needs_a_stopped_line() -> None:
    m = DemoCellModel(0)
    m.stop()
    assert m.state == "Idle"
    m.start()
    with pytest.raises(CommandRefused, match="running"):
        m.reset()
    m.stop()
    m.reset()
    assert m.state == "Idle"


# ---------------------------------------------------------------------------------------- process unit
def test_level_rises_with_inlet_and_falls_with_outlet() -> None:
    m = DemoCellModel(0)
    start = num(m, "Process.Level")
    p_closed = sum(series(run(m, 5.0), "Process.Pressure")) / 50
    m.set_inlet_valve(100.0)
    run(m, 20.0)
    assert num(m, "Process.Level") > start + 15
    p_open = num(m, "Process.Pressure")
    assert p_open < p_closed - 0.5  # the pump line sags with flow
    m.set_inlet_valve(0.0)
    m.set_outlet_valve(100.0)
    high = num(m, "Process.Level")
    run(m, 20.0)
    assert num(m, "Process.Level") < high - 15
    m.set_outlet_valve(0.0)
    # with both valves closed the level holds (noise only)
    hold = series(run(m, 10.0), "Process.Level")
    assert max(hold) - min(hold) < 1.0


def test_temperature_approaches_setpoint_with_lag_and_small_overshoot() -> None:
    m = DemoCellModel(0)
    m.set_temperature_setpoint(60.0)
    m.set_heater_enabled(True)
    temps = series(run(m, 420.0, dt=0.5), "Process.Temperature")
    assert temps[19] < 30.0  # 10 s in: heating takes time
    assert max(temps) > 60.2  # some overshoot ...
    assert max(temps) < 66.0  # ... but not wild
    assert temps[-1] == pytest.approx(60.0, abs=1.0)
    assert 5.0 < num(m, "Process.HeaterPower") < 60.0  # holding takes part power
    m.set_heater_enabled(False)
    m.step(0.5)
    assert num(m, "Process.HeaterPower") == 0.0


def test_heater_is_interlocked_on_low_level() -> None:
    m = DemoCellModel(0)
    m.set_outlet_valve(100.0)
    run(m, 120.0, dt=0.5)
    assert num(m, "Process.Level") < 10.0
    m.set_heater_enabled(True)
    run(m, 5.0)
    assert num(m, "Process.HeaterPower") == 0.0


# ---------------------------------------------------------------------------------------- faults
def test_unknown_fault_names_the_known_ones() -> None:
    with pytest.raises(ValueError) as err:
        DemoCellModel(0).inject_fault("GREMLINS")
    for name in KNOWN_FAULTS:
        assert name in str(err.value)


def test_jam_stalls_the_motor_then_faults() -> None:
    m = DemoCellModel(0)
    m.start()
    run(m, 5.0)
    m.inject_fault("JAM")
    states = run(m, 3.0)
    assert states[4]["Sorting.SpeedActual"] == 0.0  # blocked within half a second
    peak = max(series(states, "Sorting.MotorCurrent"))
    assert 2.5 < peak <= 3.0
    faulted_at = next(i for i, v in enumerate(states) if v["Sorting.State"] == "Fault") / 10
    assert 1.5 <= faulted_at <= 2.5
    assert m.values()["Sorting.FaultCode"] == "JAM"
    assert m.values()["Simulation.ActiveFaults"] == "JAM"
    with pytest.raises(CommandRefused, match="blocked"):
        m.reset()
    m.clear_faults()
    m.reset()
    m.start()
    run(m, 3.0)
    assert num(m, "Sorting.SpeedActual") > 100
    events = m.drain_events()
    assert [(e.code, e.active) for e in events] == [("JAM", True), ("JAM", False)]
    assert events[0].source == "Sorting" and events[0].severity > 500


def test_sensor_stuck_rejects_everything_without_a_fault() -> None:
    m = DemoCellModel(4)
    m.inject_fault("SENSOR_STUCK")
    m.start()
    states = run(m, 60.0)
    assert m.values()["Sorting.GoodCount"] == 0
    assert num(m, "Sorting.RejectCount") > 10
    assert m.state == "Running" and m.values()["Sorting.FaultCode"] == ""
    # the clue: the colour sensor reads 'black' even with nothing in front of it
    assert all(v["Sorting.SensorColour"] and v["Sorting.PartColour"] == "black" for v in states)
    m.clear_faults()
    run(m, 30.0)
    assert num(m, "Sorting.GoodCount") > 0


def test_pressure_drop_falls_slowly_then_faults_below_2_bar() -> None:
    m = DemoCellModel(0)
    run(m, 2.0)
    m.inject_fault("PRESSURE_DROP")
    run(m, 5.0)
    assert 3.0 < num(m, "Process.Pressure") < 3.9  # slowly, not at once
    assert m.values()["Sorting.FaultCode"] == ""
    states = run(m, 40.0, dt=0.5)
    first = next(v for v in states if v["Sorting.FaultCode"] == "PRESSURE_LOW")
    assert 1.8 < series([first], "Process.Pressure")[0] < 2.05
    assert m.state == "Fault"
    m.clear_faults()
    run(m, 15.0)
    assert num(m, "Process.Pressure") > 3.5
    m.reset()
    assert m.state == "Idle"


def test_over_temperature_heater_stuck_on() -> None:
    m = DemoCellModel(0)
    m.inject_fault("OVER_TEMPERATURE")  # heater contactor welded: power even with the heater off
    states = run(m, 400.0, dt=0.5)
    assert all(v["Process.HeaterPower"] == 100.0 for v in states)
    first = next(v for v in states if v["Sorting.FaultCode"] == "OVER_TEMPERATURE")
    assert 84.0 < series([first], "Process.Temperature")[0] < 87.0
    with pytest.raises(CommandRefused, match="OVER_TEMPERATURE"):
        m.reset()  # still hot
    m.clear_faults()
    run(m, 300.0, dt=0.5)
    assert num(m, "Process.Temperature") < 80.0
    m.reset()
    assert m.state == "Idle"


def test_comm_loss_is_a_flag_for_the_server() -> None:
    m = DemoCellModel(0)
    m.inject_fault("COMM_LOSS")
    m.inject_fault("JAM")
    assert m.comm_loss
    assert m.values()["Simulation.ActiveFaults"] == "JAM,COMM_LOSS"
    m.clear_faults()
    assert not m.comm_loss and m.values()["Simulation.ActiveFaults"] == ""
