"""The demo cell over OPC UA: a real asyncua client against a real server on a free loopback port.
Each test starts its own cell (SimulatorThread) and talks to it from a private event loop."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from asyncua import Client, ua

from kiosk.services.simulator.model import TAGS, DemoCellModel
from kiosk.services.simulator.server import NAMESPACE_URI, SimulatorThread

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]

VTYPES = {
    "Double": ua.VariantType.Double,
    "Boolean": ua.VariantType.Boolean,
    "String": ua.VariantType.String,
    "UInt32": ua.VariantType.UInt32,
}
METHODS = {
    "Sorting": {"Start", "Stop", "Reset"},
    "Simulation": {"InjectFault", "ClearFaults", "SetEmergencyStop", "SetGuardDoor", "FeedPart"},
}


@pytest.fixture
def sim() -> Iterator[SimulatorThread]:
    s = SimulatorThread(host="127.0.0.1", port=0, seed=11)
    s.start()
    yield s
    s.stop()


def with_client(endpoint: str, body: Callable[[Client], Awaitable[T]], timeout: float = 15.0) -> T:
    """Connect, run `body(client)`, disconnect: on a fresh loop, so tests stay plain functions."""

    async def main() -> T:
        client = Client(endpoint, timeout=5)
        async with client:
            return await asyncio.wait_for(body(client), timeout)

    return asyncio.run(main())


def node(c: Client, key: str) -> Any:
    return c.get_node(f"ns=2;s={key}")


async def wait_for(read: Callable[[], Awaitable[T]], ok: Callable[[T], bool], timeout: float = 5.0) -> T:
    end = time.monotonic() + timeout
    while True:
        value = await read()
        if ok(value) or time.monotonic() > end:
            return value
        await asyncio.sleep(0.05)


# ---------------------------------------------------------------------------------------- address space
def test_address_space_has_every_node_with_its_type_and_bench_signals() -> None:
    cell = SimulatorThread(seed=3, bench_signals=5)
    cell.start()
    assert cell.endpoint == f"opc.tcp://127.0.0.1:{cell.port}/skillslab/democell"

    async def body(c: Client) -> None:
        step = node(c, "Simulation.StepUp")
        first_step, t0 = await step.read_value(), time.monotonic()
        assert await c.get_namespace_index(NAMESPACE_URI) == 2
        values = await c.read_attributes([node(c, t.key) for t in TAGS], ua.AttributeIds.Value)
        for tag, dv in zip(TAGS, values, strict=True):
            assert dv.StatusCode.is_good(), tag.key
            assert dv.Value.VariantType == VTYPES[tag.vtype], tag.key
            assert dv.SourceTimestamp is not None, tag.key
        for tag in TAGS:
            n = node(c, tag.key)
            assert await n.read_data_type_as_variant_type() == VTYPES[tag.vtype], tag.key
            level = await n.get_access_level()
            assert (ua.AccessLevel.CurrentWrite in level) == tag.writable, tag.key
        for obj, names in METHODS.items():
            children = await node(c, obj).get_children(refs=ua.ObjectIds.HasComponent)
            methods = {
                (await ch.read_browse_name()).Name
                for ch in children
                if await ch.read_node_class() == ua.NodeClass.Method
            }
            assert methods == names
            for name in names:
                assert await node(c, f"{obj}.{name}").read_node_class() == ua.NodeClass.Method
        app = (await c.get_endpoints())[0].Server
        assert app.ApplicationName.Text == "Skills Lab demo cell"

        # bench signals: noisy sines, new every tick
        bench = [node(c, f"Simulation.Bench.Sig{i:03d}") for i in range(5)]
        first = await c.read_values(bench)
        await asyncio.sleep(0.3)
        later = await c.read_values(bench)
        assert all(isinstance(v, float) for v in first + later)
        assert all(a != b for a, b in zip(first, later, strict=True))
        # StepUp counts ticks, 10 a second
        await asyncio.sleep(0.5)
        ticks = await step.read_value() - first_step
        assert 0.7 * 10 * (time.monotonic() - t0) <= ticks <= 10 * (time.monotonic() - t0) + 2

    try:
        with_client(cell.endpoint, body)
    finally:
        cell.stop()


# ---------------------------------------------------------------------------------------- commands
def test_start_ramps_the_belt_up_then_a_jam_faults_the_line(sim: SimulatorThread) -> None:
    async def body(c: Client) -> list[float]:
        assert await node(c, "Sorting.Running").read_value() is False
        await node(c, "Sorting").call_method("2:Start")
        assert await node(c, "Sorting.Running").read_value() is True  # published at once
        assert await node(c, "Sorting.State").read_value() == "Running"
        speeds = []
        for _ in range(12):
            speeds.append(await node(c, "Sorting.SpeedActual").read_value())
            await asyncio.sleep(0.1)

        await node(c, "Simulation").call_method("2:InjectFault", "JAM")
        assert await node(c, "Simulation.ActiveFaults").read_value() == "JAM"
        code = await wait_for(node(c, "Sorting.FaultCode").read_value, lambda v: v == "JAM", timeout=5.0)
        assert code == "JAM"
        assert await node(c, "Sorting.State").read_value() == "Fault"
        assert await node(c, "Sorting.SpeedActual").read_value() == 0.0
        with pytest.raises(ua.uaerrors.BadInvalidState):
            await node(c, "Sorting").call_method("2:Reset")  # still jammed
        await node(c, "Simulation").call_method("2:ClearFaults")
        await node(c, "Sorting").call_method("2:Reset")
        assert await node(c, "Sorting.FaultCode").read_value() == ""
        assert await node(c, "Sorting.State").read_value() == "Idle"
        return speeds

    speeds = with_client(sim.endpoint, body)
    assert any(10 < s < 110 for s in speeds)  # seen on the way up, not jumping
    assert speeds[-1] == pytest.approx(120.0, abs=3.0)
    assert sim.call(lambda m: m.state) == "Idle"


def test_valid_writes_reach_the_model_and_bad_writes_are_refused(sim: SimulatorThread) -> None:
    async def body(c: Client) -> None:
        sp = node(c, "Sorting.SpeedSetpoint")
        await sp.write_value(ua.DataValue(ua.Variant(180.0, ua.VariantType.Double)))
        assert await sp.read_value() == 180.0
        with pytest.raises(ua.uaerrors.BadOutOfRange):
            await sp.write_value(ua.DataValue(ua.Variant(999.0, ua.VariantType.Double)))
        with pytest.raises(ua.uaerrors.BadTypeMismatch):
            await sp.write_value(ua.DataValue(ua.Variant(100, ua.VariantType.Int32)))
        with pytest.raises(ua.uaerrors.BadTypeMismatch):
            await sp.write_value(ua.DataValue(ua.Variant("fast", ua.VariantType.String)))
        with pytest.raises(ua.uaerrors.BadNotWritable):
            await node(c, "Sorting.Running").write_value(ua.DataValue(ua.Variant(True)))
        mode = node(c, "Sorting.Mode")
        with pytest.raises(ua.uaerrors.BadOutOfRange):
            await mode.write_value(ua.DataValue(ua.Variant("TURBO", ua.VariantType.String)))
        diverter = node(c, "Sorting.Diverter")
        with pytest.raises(ua.uaerrors.BadInvalidState):  # the program owns it in AUTO
            await diverter.write_value(ua.DataValue(ua.Variant(True, ua.VariantType.Boolean)))
        await mode.write_value(ua.DataValue(ua.Variant("MANUAL", ua.VariantType.String)))
        await diverter.write_value(ua.DataValue(ua.Variant(True, ua.VariantType.Boolean)))
        assert await diverter.read_value() is True
        # one batch, one status per item
        results = await c.uaclient.write_attributes(
            [sp.nodeid, node(c, "Process.InletValve").nodeid],
            [ua.DataValue(ua.Variant(v, ua.VariantType.Double)) for v in (-5.0, 40.0)],
            ua.AttributeIds.Value,
        )
        assert [r.value for r in results] == [ua.StatusCodes.BadOutOfRange, ua.StatusCodes.Good]
        # the other way round: a change made on the model through call() is published at once
        await asyncio.to_thread(sim.call, lambda m: m.set_guard_door(False))
        assert await node(c, "Sorting.GuardDoorClosed").read_value() is False

    with_client(sim.endpoint, body)
    values = sim.call(lambda m: m.values())
    assert values["Sorting.SpeedSetpoint"] == 180.0
    assert values["Sorting.Mode"] == "MANUAL" and values["Sorting.Diverter"] is True
    assert values["Process.InletValve"] == 40.0
    with pytest.raises(ValueError, match="known faults"):
        sim.call(lambda m: m.inject_fault("NOPE"))
    assert isinstance(sim.model, DemoCellModel)


def test_refused_start_answers_bad_invalid_state_and_raises_an_event(sim: SimulatorThread) -> None:
    events: list[Any] = []

    class Handler:
        def event_notification(self, event: Any) -> None:
            events.append(event)

    async def body(c: Client) -> None:
        sub = await c.create_subscription(50, Handler())
        await sub.subscribe_events()  # the Server object: where generic clients listen
        await node(c, "Simulation").call_method("2:SetEmergencyStop", True)
        assert await node(c, "Sorting.FaultCode").read_value() == "ESTOP"
        assert await node(c, "Sorting.State").read_value() == "Fault"
        with pytest.raises(ua.uaerrors.BadInvalidState):
            await node(c, "Sorting").call_method("2:Start")
        with pytest.raises(ua.uaerrors.BadInvalidArgument):
            await node(c, "Simulation").call_method("2:InjectFault", "GREMLINS")
        with pytest.raises(ua.uaerrors.BadTypeMismatch):
            await node(c, "Simulation").call_method("2:SetEmergencyStop", "yes")
        await wait_for(lambda: asyncio.sleep(0, len(events)), lambda n: n > 0)
        await node(c, "Simulation").call_method("2:SetEmergencyStop", False)
        await node(c, "Sorting").call_method("2:Reset")
        assert await node(c, "Sorting.State").read_value() == "Idle"

    with_client(sim.endpoint, body)
    estop = [e for e in events if "ESTOP" in e.Message.Text]
    assert estop and estop[0].Severity >= 800 and estop[0].SourceName == "Sorting"


def test_comm_loss_freezes_the_published_values(sim: SimulatorThread) -> None:
    async def body(c: Client) -> None:
        step = node(c, "Simulation.StepUp")
        await node(c, "Simulation").call_method("2:InjectFault", "COMM_LOSS")
        frozen = await step.read_data_value()
        await asyncio.sleep(0.5)
        again = await step.read_data_value()
        assert again.Value.Value == frozen.Value.Value
        assert again.SourceTimestamp == frozen.SourceTimestamp  # the client sees it go stale
        with pytest.raises(ua.uaerrors.BadCommunicationError):
            await node(c, "Sorting.SpeedSetpoint").write_value(ua.DataValue(ua.Variant(90.0)))
        with pytest.raises(ua.uaerrors.BadCommunicationError):
            await node(c, "Sorting").call_method("2:Start")
        await node(c, "Simulation").call_method("2:ClearFaults")  # the simulation side still answers
        await asyncio.sleep(0.3)
        assert (await step.read_value()) > frozen.Value.Value

    with_client(sim.endpoint, body)


# ---------------------------------------------------------------------------------------- life cycle
def test_stop_then_start_serves_again_on_the_same_port(sim: SimulatorThread) -> None:
    endpoint, port = sim.endpoint, sim.port

    async def read_step(c: Client) -> int:
        return int(await node(c, "Simulation.StepUp").read_value())

    before = with_client(endpoint, read_step)
    sim.stop()
    with pytest.raises((OSError, asyncio.TimeoutError, ua.UaError)):
        with_client(endpoint, read_step, timeout=2.0)
    assert sim.start() == endpoint and sim.port == port
    assert with_client(endpoint, read_step) >= before  # the same cell, carried on


def test_start_fails_clearly_on_a_taken_port() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        cell = SimulatorThread(port=taken)
        with pytest.raises(RuntimeError, match="already in use"):
            cell.start()


# ---------------------------------------------------------------------------------------- standalone
def _standalone(port: int) -> subprocess.Popen[str]:
    code = (
        "import sys; from kiosk.services.simulator.server import run_standalone; "
        f"sys.exit(run_standalone('127.0.0.1', {port}, 5))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_run_standalone_prints_the_endpoint_first_and_stops_on_sigint() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = _standalone(port)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first == f"opc.tcp://127.0.0.1:{port}/skillslab/democell"

        async def body(c: Client) -> str:
            return str(await node(c, "Sorting.State").read_value())

        assert with_client(first, body) == "Idle"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err


def test_run_standalone_on_a_taken_port_says_so_and_returns_2() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        proc = _standalone(s.getsockname()[1])
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "already in use" in lines[0]
