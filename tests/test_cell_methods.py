"""Cell methods by alias: `CellWorker.call` against the simulated demo cell on a free loopback port,
and the argument checks it makes before anything is sent."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from asyncua import Client, ua
from live_helpers import wait_snapshot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig, MethodSpec
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, TagKind
from kiosk.core.text import LocalText
from kiosk.services import opcua_worker
from kiosk.services.opcua_worker import CellWorker, CommandRefused, check_call_args, fits_kind
from kiosk.services.simulator.server import NAMESPACE_URI, SimulatorThread
from kiosk.services.site_profiles import load_site_profile


def _started(cell: CellConfig) -> CellWorker:
    worker = CellWorker(cell, SampleBuffer())
    worker.start()
    return worker


@pytest.fixture
def worker(cell: CellConfig) -> Iterator[CellWorker]:
    w = _started(cell)
    yield w
    w.stop()


def connected(worker: CellWorker, cell: CellConfig) -> Snapshot:
    snap = Snapshot(cell.tags)
    wait_snapshot(worker, snap, lambda s: s.connection is ConnectionState.CONNECTED)
    return snap


# ------------------------------------------------------------------------------------------------
# Against the simulated cell
# ------------------------------------------------------------------------------------------------


def test_start_makes_the_cell_run(worker: CellWorker, cell: CellConfig) -> None:
    snap = connected(worker, cell)
    wait_snapshot(worker, snap, lambda s: s.live_value("running") is False)
    assert worker.call("start").result(5) is None  # the demo cell's methods have no output
    wait_snapshot(worker, snap, lambda s: s.live_value("running") is True)
    worker.call("stop").result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("running") is False and s.live_value("state") == "Stopped")


def test_inject_fault_raises_the_jam_fault_code(worker: CellWorker, cell: CellConfig) -> None:
    snap = connected(worker, cell)
    worker.call("start").result(5)
    worker.call("inject_fault", "JAM").result(5)
    # the belt has to be driven against the jam for about 2 s before the cell latches JAM
    wait_snapshot(worker, snap, lambda s: s.live_value("fault") == "JAM" and s.live_value("state") == "Fault")
    assert "JAM" in (snap.live_value("active_faults") or "")
    with pytest.raises(CommandRefused, match="cause still present"):
        worker.call("reset").result(5)
    worker.call("clear_faults").result(5)
    worker.call("reset").result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("fault") == "" and s.live_value("state") == "Idle")


def test_a_refused_method_comes_back_with_the_cells_reason(worker: CellWorker, cell: CellConfig) -> None:
    snap = connected(worker, cell)
    worker.call("set_emergency_stop", True).result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("estop") is True and s.live_value("fault") == "ESTOP")
    with pytest.raises(CommandRefused) as info:
        worker.call("start").result(5)
    message = str(info.value)
    assert message.startswith("the cell refused 'start': ")
    assert "the emergency stop is pressed: release it and press Reset" in message  # the simulator's words
    assert "BadInvalidState" in message
    # released and reset, the same call goes through
    worker.call("set_emergency_stop", False).result(5)
    worker.call("reset").result(5)
    worker.call("start").result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("running") is True)


def test_the_guard_door_and_a_hand_fed_part(worker: CellWorker, cell: CellConfig) -> None:
    snap = connected(worker, cell)
    worker.call("set_guard_door", False).result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("guard_closed") is False)
    with pytest.raises(CommandRefused, match="guard door is open"):
        worker.call("start").result(5)
    worker.call("set_guard_door", True).result(5)
    worker.write("mode", "MANUAL").result(5)
    worker.call("feed_part").result(5)
    wait_snapshot(worker, snap, lambda s: s.live_value("part_present") is True)


BAD_CALLS: list[tuple[str, tuple[Any, ...], str]] = [
    ("nope", (), "the cell has no method 'nope'"),
    ("Start", (), "the cell has no method 'Start'"),
    ("set_emergency_stop", ("yes",), "'set_emergency_stop' argument 1 takes true or false, not 'yes'"),
    ("set_emergency_stop", (1,), "'set_emergency_stop' argument 1 takes true or false, not 1"),
    ("inject_fault", (42,), "'inject_fault' argument 1 takes text, not 42"),
    ("inject_fault", (), "'inject_fault' takes 1 argument (text), got 0"),
    ("inject_fault", ("JAM", "now"), "'inject_fault' takes 1 argument (text), got 2"),
    ("start", (True,), "'start' takes no arguments, got 1"),
]


def test_bad_calls_are_refused_without_contacting_the_cell(worker: CellWorker, cell: CellConfig) -> None:
    snap = connected(worker, cell)
    wait_snapshot(worker, snap, lambda s: s.live_value("estop") is False and s.live_value("running") is False)
    for alias, args, words in BAD_CALLS:
        future = worker.call(alias, *args)
        assert future.done(), alias  # failed on the spot: no round trip to the cell
        with pytest.raises(CommandRefused) as info:
            future.result(0)
        assert str(info.value) == words
    time.sleep(0.3)  # had anything been sent (an e-stop, a fault, a start), the cell would show it by now
    wait_snapshot(
        worker,
        snap,
        lambda s: s.live_value("estop") is False and s.live_value("running") is False and s.live_value("fault") == "",
    )


@pytest.mark.parametrize(("alias", "args", "words"), BAD_CALLS, ids=[f"{a}{list(x)}" for a, x, _ in BAD_CALLS])
def test_bad_calls_are_refused_even_without_a_link(alias: str, args: tuple[Any, ...], words: str) -> None:
    """The message is about the call, not the connection: the worker was never started."""
    idle = CellWorker(load_site_profile("drachten").profile.cells[0], SampleBuffer())
    with pytest.raises(CommandRefused) as info:
        idle.call(alias, *args).result(0)
    assert str(info.value) == words


def test_a_good_call_on_a_worker_that_is_not_running_is_refused() -> None:
    idle = CellWorker(load_site_profile("drachten").profile.cells[0], SampleBuffer())
    with pytest.raises(CommandRefused, match="not running"):
        idle.call("start").result(0)


def test_a_call_while_the_cell_is_unreachable_says_not_connected() -> None:
    demo = load_site_profile("drachten").profile.cells[0].with_endpoint("opc.tcp://127.0.0.1:9/nothing")
    w = _started(demo)
    try:
        with pytest.raises(CommandRefused, match="not connected"):
            w.call("start").result(5)
    finally:
        w.stop()


def test_node_ids_with_a_namespace_uri_are_resolved(sim: SimulatorThread, cell: CellConfig) -> None:
    nsu = f"nsu={NAMESPACE_URI};s="
    methods = (
        MethodSpec("go", f"{nsu}Sorting", f"{nsu}Sorting.Start", LocalText.of("Go")),
        MethodSpec("elsewhere", "nsu=urn:not-here;s=Sorting", "nsu=urn:not-here;s=Sorting.Start", LocalText.of("x")),
    )
    w = _started(replace(cell, methods=methods))
    try:
        snap = connected(w, cell)
        w.call("go").result(5)
        wait_snapshot(w, snap, lambda s: s.live_value("running") is True)
        with pytest.raises(CommandRefused, match="no namespace urn:not-here"):
            w.call("elsewhere").result(5)
    finally:
        w.stop()


def test_the_declared_argument_types_are_read_from_the_cell(sim: SimulatorThread) -> None:
    async def body() -> list[Any]:
        async with Client(sim.endpoint) as client:
            return [
                await opcua_worker._declared_arg_types(client, ua.NodeId.from_string(method), count)
                for method, count in [
                    ("ns=2;s=Simulation.InjectFault", 1),
                    ("ns=2;s=Simulation.SetEmergencyStop", 1),
                    ("ns=2;s=Simulation.SetEmergencyStop", 2),  # more asked than declared
                    ("ns=2;s=Simulation.NoSuchMethod", 1),
                ]
            ]

    assert asyncio.run(body()) == [
        (ua.VariantType.String,),
        (ua.VariantType.Boolean,),
        (ua.VariantType.Boolean, None),
        None,  # not readable: send as is, ask again next time
    ]


# ------------------------------------------------------------------------------------------------
# The checks themselves
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "fits"),
    [
        (TagKind.BOOL, True, True),
        (TagKind.BOOL, False, True),
        (TagKind.BOOL, 1, False),
        (TagKind.BOOL, "true", False),
        (TagKind.BOOL, None, False),
        (TagKind.NUMBER, 3, True),
        (TagKind.NUMBER, -2.5, True),
        (TagKind.NUMBER, True, False),
        (TagKind.NUMBER, math.nan, False),
        (TagKind.NUMBER, math.inf, False),
        (TagKind.NUMBER, "3", False),
        (TagKind.NUMBER, None, False),
        (TagKind.TEXT, "JAM", True),
        (TagKind.TEXT, "", True),
        (TagKind.TEXT, b"JAM", False),
        (TagKind.TEXT, 5, False),
    ],
)
def test_fits_kind(kind: TagKind, value: Any, fits: bool) -> None:
    assert fits_kind(kind, value) is fits


def test_check_call_args_with_several_arguments() -> None:
    spec = MethodSpec("move", "ns=3;s=Axis", "ns=3;s=Axis.Move", LocalText.of("Move"), (TagKind.NUMBER, TagKind.BOOL))
    check_call_args(spec, (12.5, True))
    check_call_args(spec, [3, False])
    with pytest.raises(CommandRefused, match=r"^'move' takes 2 arguments \(number, bool\), got 1$"):
        check_call_args(spec, (1.0,))
    with pytest.raises(CommandRefused, match=r"^'move' argument 1 takes a number, not True$"):
        check_call_args(spec, (True, True))
    with pytest.raises(CommandRefused, match=r"^'move' argument 2 takes true or false, not 0$"):
        check_call_args(spec, (1.0, 0))
    with pytest.raises(CommandRefused, match="argument 1 takes a number, not inf"):
        check_call_args(spec, (math.inf, True))


def test_number_arguments_are_sent_as_the_declared_type() -> None:
    spec = MethodSpec("move", "ns=3;s=Axis", "ns=3;s=Axis.Move", LocalText.of("Move"), (TagKind.NUMBER, TagKind.BOOL))
    as_int16 = opcua_worker._arg_variant(spec, 0, 3.0, ua.VariantType.Int16)
    assert (as_int16.Value, as_int16.VariantType) == (3, ua.VariantType.Int16) and isinstance(as_int16.Value, int)
    as_float = opcua_worker._arg_variant(spec, 0, 2, ua.VariantType.Float)
    assert (as_float.Value, as_float.VariantType) == (2.0, ua.VariantType.Float) and isinstance(as_float.Value, float)
    with pytest.raises(CommandRefused, match=r"argument 1 takes a whole number, not 2\.5"):
        opcua_worker._arg_variant(spec, 0, 2.5, ua.VariantType.UInt32)
    with pytest.raises(CommandRefused, match=r"argument 1 must be between -32768 and 32767 \(Int16\), not 40000"):
        opcua_worker._arg_variant(spec, 0, 40000, ua.VariantType.Int16)
    with pytest.raises(CommandRefused, match=r"between 0 and 255 \(Byte\), not -1"):
        opcua_worker._arg_variant(spec, 0, -1, ua.VariantType.Byte)
    assert opcua_worker._arg_variant(spec, 0, -128, ua.VariantType.SByte).Value == -128
    assert opcua_worker._arg_variant(spec, 0, 2**64 - 1, ua.VariantType.UInt64).Value == 2**64 - 1
    undeclared = opcua_worker._arg_variant(spec, 0, 2.5, None)
    assert undeclared.VariantType is ua.VariantType.Double
    flag = opcua_worker._arg_variant(spec, 1, True, ua.VariantType.Boolean)
    assert (flag.Value, flag.VariantType) == (True, ua.VariantType.Boolean)
