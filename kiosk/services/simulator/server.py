"""The embedded demo cell as an OPC UA server (asyncua), on its own loop or standalone.

`DemoCellServer` publishes a `DemoCellModel` under namespace `urn:skillslab:democell` (ns=2) at
`opc.tcp://HOST:PORT/skillslab/democell`, steps the model every `tick_s` and writes only the values
that changed, with source timestamps. Client writes to the writable nodes go through the model's
setters: a wrong variant type is refused with BadTypeMismatch, a value out of range with
BadOutOfRange, a write the cell will not accept in its state (the diverter in AUTO, the mode while
running) with BadInvalidState; non-writable nodes answer BadNotWritable. Refused method calls
answer BadInvalidState and carry the reason as their only output argument.

While the fault COMM_LOSS is injected the server keeps its sessions but publishes nothing (values,
StepUp, events) and refuses the line's writes and methods with BadCommunicationError, like a
gateway that lost its PLC; the Simulation methods keep working so the fault can be cleared.

`SimulatorThread` runs one on a private event loop in a daemon thread (the GUI app and the tests),
`run_standalone` serves the `kiosk sim` command.

Security: NoSecurity and anonymous by default. The cell is meant for loopback or an isolated lab
network; message size and chunk count are bounded (asyncua's defaults are unlimited,
../shared/MEASURED.md). With `secure=True` it also offers Basic256Sha256 Sign and SignAndEncrypt
endpoints with its own self-signed certificate (made at start unless one is given; a SimulatorThread
keeps it across restarts), so the kiosk's certificate trust can be shown and tested. It accepts any
client certificate (no trust list of its own): it plays a PLC whose instructor trusts every kiosk.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import math
import signal
import socket
import sys
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import numpy as np
from asyncua import Server, ua
from asyncua.common.connection import TransportLimits
from asyncua.crypto.permission_rules import User, UserRole
from asyncua.server.address_space import AttributeService

from kiosk.services.pki import fingerprint, self_signed_certificate
from kiosk.services.simulator.model import TAGS, TAGS_BY_KEY, CommandRefused, DemoCellModel, TagInfo

__all__ = [
    "APPLICATION_URI",
    "ENDPOINT_PATH",
    "NAMESPACE_URI",
    "SERVER_NAME",
    "DemoCellServer",
    "PortInUseError",
    "SimulatorThread",
    "run_standalone",
]

NAMESPACE_URI = "urn:skillslab:democell"
APPLICATION_URI = "urn:skillslab:democell:server"  # namespace 1; the cell's own namespace is then 2
ENDPOINT_PATH = "/skillslab/democell"
SERVER_NAME = "Skills Lab demo cell"
MAX_MESSAGE_BYTES = 16 * 1024 * 1024  # far above what 1000 values need, far below asyncua's 100 MB
_CHUNK_BYTES = 65535

_log = logging.getLogger(__name__)
T = TypeVar("T")

_VTYPES: dict[str, ua.VariantType] = {
    "Double": ua.VariantType.Double,
    "Boolean": ua.VariantType.Boolean,
    "String": ua.VariantType.String,
    "UInt32": ua.VariantType.UInt32,
}
_PY_TYPES: dict[str, type] = {"Double": float, "Boolean": bool, "String": str, "UInt32": int}
_ADMIN = User(role=UserRole.Admin)


class PortInUseError(OSError):
    """The requested TCP port is taken by another process."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(errno.EADDRINUSE, f"port {port} on {host} is already in use")
        self.host = host
        self.port = port


def _quiet_asyncua() -> None:
    """asyncua's server logs every session and method call at INFO: keep `asyncua.server` at
    WARNING unless someone set its level already. Only the server's subtree: the client's loggers
    belong to the app's logging setup. Called when a server is made, never at import."""
    lg = logging.getLogger("asyncua.server")
    if lg.level == logging.NOTSET:
        lg.setLevel(logging.WARNING)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _free_port(host: str) -> int:
    """A port the OS reports free right now (bind to 0); the caller retries if it is taken meanwhile."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def _port_taken(host: str, port: int) -> bool:
    """True if a listening socket already holds host:port. SO_REUSEADDR as asyncio sets it, so a
    port left in TIME_WAIT by our own previous run counts as free (restart on the same port)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError:
        return False  # let the real bind report the problem
    for family, socktype, proto, _, addr in infos:
        with socket.socket(family, socktype, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(addr)
            except OSError as e:
                if e.errno == errno.EADDRINUSE:
                    return True
    return False


# asyncua's types are subclasses of int/str/datetime (ua.UInt32, ua.String, ...); these helpers keep
# the conversions in one place so the rest reads plainly and mypy stays strict.
def server_certificate(host: str) -> tuple[bytes, bytes]:
    """A new certificate for a secure demo cell: (DER, key PEM), a year long, naming its host names."""
    names = list(dict.fromkeys([host, "localhost", socket.gethostname()]))
    return self_signed_certificate(SERVER_NAME, APPLICATION_URI, names, server=True, days=365)


def _bad(code: int) -> ua.StatusCode:
    return ua.StatusCode(ua.UInt32(code))


def _nid(identifier: str, ns: int) -> ua.NodeId:
    return ua.NodeId(ua.String(identifier), ua.Int16(ns))


def _std_nid(object_id: int) -> ua.NodeId:
    return ua.NodeId(ua.Int32(object_id))


def _utc_now() -> ua.DateTime:
    return cast(ua.DateTime, datetime.now(UTC))


def _refusal(code: int, reason: str) -> ua.CallMethodResult:
    """A method result with a Bad status and the reason as output argument (raw clients can read it)."""
    res = ua.CallMethodResult()
    res.StatusCode = _bad(code)
    res.OutputArguments = [ua.Variant(reason, ua.VariantType.String)]
    return res


def _argument(name: str, vtype: ua.VariantType, description: str) -> ua.Argument:
    arg = ua.Argument()
    arg.Name = name
    arg.DataType = _std_nid(vtype.value)
    arg.ValueRank = -1
    arg.ArrayDimensions = []
    arg.Description = ua.LocalizedText(description)
    return arg


class _GuardedAttributeService(AttributeService):
    """asyncua's attribute service with every write to the cell's namespace routed through a guard.

    asyncua itself only checks the variant type and lets any admin session write any attribute; a
    value setter cannot return a status per item. Wrapping Write is the one place where each item
    of a batch can be validated, applied to the model and answered with its own StatusCode.
    """

    def __init__(
        self, aspace: Any, namespace_index: int, guard: Callable[[ua.WriteValue], Awaitable[ua.StatusCode]]
    ) -> None:
        super().__init__(aspace)
        self._ns = namespace_index
        self._guard = guard

    async def write(self, params: ua.WriteParameters, user: User = _ADMIN) -> list[ua.StatusCode]:
        items = list(params.NodesToWrite or [])
        if not any(wv.NodeId.NamespaceIndex == self._ns for wv in items):
            return list(await super().write(params, user))
        results: list[ua.StatusCode | None] = [None] * len(items)
        others: list[tuple[int, ua.WriteValue]] = []
        for i, wv in enumerate(items):
            if wv.NodeId.NamespaceIndex == self._ns:
                results[i] = await self._guard(wv)
            else:
                others.append((i, wv))
        if others:
            sub = ua.WriteParameters()
            sub.NodesToWrite = [wv for _, wv in others]
            for (i, _), status in zip(others, await super().write(sub, user), strict=True):
                results[i] = status
        return [r if r is not None else _bad(ua.StatusCodes.BadInternalError) for r in results]


class DemoCellServer:
    """One demo cell served over OPC UA on the running asyncio loop.

    `start()` binds, builds the address space and starts the update loop; `endpoint` and `port` are
    valid after it. port 0 picks a free port (retrying if another process takes it first); a taken
    fixed port raises `PortInUseError`. `stop()` closes the sessions and the listening socket and is
    safe to call twice; `start()` after `stop()` serves the same model on the same port again.
    All model access happens on the loop that runs the server; other threads go through
    `SimulatorThread.call`.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
        tick_s: float = 0.1,
        bench_signals: int = 0,
        *,
        model: DemoCellModel | None = None,
        secure: bool = False,
        certificate: tuple[bytes, bytes] | None = None,
    ) -> None:
        """`secure`: also offer Basic256Sha256 Sign and SignAndEncrypt, with `certificate` (DER, key
        PEM) or, when None, one made now (see `certificate`)."""
        if not (math.isfinite(tick_s) and tick_s > 0):
            raise ValueError("tick_s must be > 0")
        if bench_signals < 0:
            raise ValueError("bench_signals must be >= 0")
        self.host = host
        self.port = port
        self.seed = seed
        self.tick_s = tick_s
        self.bench_signals = bench_signals
        self.model = model if model is not None else DemoCellModel(seed)
        self.endpoint = ""
        self.secure = secure
        self.certificate: tuple[bytes, bytes] | None = certificate
        if secure and certificate is None:
            self.certificate = server_certificate(host)
        self._requested_port = port
        self._server: Server | None = None
        self._ns = 2
        self._task: asyncio.Task[None] | None = None
        self._node_ids: dict[str, ua.NodeId] = {}
        self._vtypes: dict[str, ua.VariantType] = {}
        self._published: dict[str, object] = {}
        self._events: dict[str, list[Any]] = {}
        self._bench_ids: list[ua.NodeId] = []
        rng = np.random.default_rng(seed)
        n = bench_signals
        self._bench_amp = rng.uniform(1.0, 10.0, n)
        self._bench_freq = rng.uniform(0.02, 1.0, n)  # Hz; 10 Hz sampling stays well above Nyquist
        self._bench_phase = rng.uniform(0.0, 2 * math.pi, n)
        self._bench_rng = rng
        _quiet_asyncua()

    # ------------------------------------------------------------------ life cycle
    async def start(self) -> None:
        """Listen and serve. Raises PortInUseError / OSError when it cannot listen."""
        if self._server is not None:
            raise RuntimeError("server already started")
        fixed = self._requested_port != 0
        attempts = 1 if fixed else 5
        for attempt in range(attempts):
            port = self._requested_port if fixed else _free_port(self.host)
            if _port_taken(self.host, port):
                if fixed or attempt == attempts - 1:
                    raise PortInUseError(self.host, port)
                continue
            try:
                await self._start_on(port)
            except OSError as e:
                if e.errno == errno.EADDRINUSE:
                    if fixed or attempt == attempts - 1:
                        raise PortInUseError(self.host, port) from e
                    continue
                raise
            return

    async def _start_on(self, port: int) -> None:
        # a retry after a lost port race builds everything afresh
        self._node_ids, self._vtypes, self._events, self._bench_ids = {}, {}, {}, []
        server = Server()
        # asyncua reads these while it initialises (build info, application description)
        server.name = SERVER_NAME
        server.manufacturer_name = "Skills Lab"
        server.product_uri = "urn:skillslab:kiosk"
        await server.init()
        await server.set_application_uri(APPLICATION_URI)
        endpoint = f"opc.tcp://{_url_host(self.host)}:{port}{ENDPOINT_PATH}"
        server.set_endpoint(endpoint)
        server.set_server_name(SERVER_NAME)
        if self.secure and self.certificate is not None:
            cert_der, key_pem = self.certificate
            await server.load_certificate(cert_der, format="der")
            await server.load_private_key(key_pem, format="pem")
            server.set_security_policy(
                [
                    ua.SecurityPolicyType.NoSecurity,  # also for discovery: GetEndpoints comes unsecured
                    ua.SecurityPolicyType.Basic256Sha256_Sign,
                    ua.SecurityPolicyType.Basic256Sha256_SignAndEncrypt,
                ]
            )
        else:
            server.set_security_policy([ua.SecurityPolicyType.NoSecurity])
        server.set_identity_tokens([ua.AnonymousIdentityToken])
        server.allow_remote_admin(False)
        server.limits = TransportLimits(
            max_recv_buffer=_CHUNK_BYTES,
            max_send_buffer=_CHUNK_BYTES,
            max_chunk_count=math.ceil(MAX_MESSAGE_BYTES / _CHUNK_BYTES),
            max_message_size=MAX_MESSAGE_BYTES,
        )
        server.iserver.max_connections = 64  # a kiosk, a teacher's laptop and a few tools
        await self._build(server)
        # installed last: building the address space writes attributes through the same service
        server.iserver.attribute_service = _GuardedAttributeService(
            server.iserver.aspace, self._ns, self._on_client_write
        )
        await server.start()
        self._server = server
        self.port = port
        self._requested_port = port  # a cell keeps its address: start() after stop() binds it again
        self.endpoint = endpoint
        self._task = asyncio.create_task(self._tick_loop(), name="democell-tick")
        _log.info("demo cell serving at %s", endpoint)

    async def stop(self) -> None:
        """Stop the update loop and the server; idempotent."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        server, self._server = self._server, None
        if server is not None:
            # asyncua's clock task sleeps 1 s between updates and stop() waits for it to wake up:
            # end it here so a stop (and a restart in the tests) takes milliseconds, not a second
            clock = getattr(server.iserver, "time_task", None)
            if clock is not None:
                clock.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await clock
                server.iserver.time_task = None
            # Stop accepting first, then drop the clients. asyncua closes the client transports
            # before the listening socket, so a client that reconnects in between (ours retry
            # within a second) keeps a live connection, and Server.wait_closed() - which waits for
            # every connection since Python 3.12.1 and 3.11.x backports - then never returns.
            listener = getattr(server.bserver, "_server", None)
            if listener is not None:
                listener.close()
            transports = list(getattr(server.iserver, "asyncio_transports", []))
            for transport in transports:
                transport.close()
            try:
                await asyncio.wait_for(server.stop(), timeout=3.0)
            except TimeoutError:
                _log.warning("demo cell at %s: clients did not let go; aborting them", self.endpoint)
                for transport in list(getattr(server.iserver, "asyncio_transports", [])) + transports:
                    transport.abort()
                with contextlib.suppress(Exception, TimeoutError):
                    await asyncio.wait_for(server.stop(), timeout=3.0)
            _log.info("demo cell at %s stopped", self.endpoint)

    # ------------------------------------------------------------------ address space
    async def _build(self, server: Server) -> None:
        ns = await server.register_namespace(NAMESPACE_URI)
        if ns != 2:
            raise RuntimeError(f"namespace {NAMESPACE_URI} got index {ns}, expected 2")
        self._ns = ns
        objects = server.nodes.objects
        parents: dict[str, Any] = {}
        for name in ("Sorting", "Process", "Simulation"):
            parents[name] = await objects.add_object(_nid(name, ns), ua.QualifiedName(name, ns))
        parents["Process.PID"] = await parents["Process"].add_object(
            _nid("Process.PID", ns), ua.QualifiedName("PID", ns)
        )

        values = self.model.values()
        items: list[ua.AddNodesItem] = []
        for info in TAGS:
            parent_key, _, name = info.key.rpartition(".")
            parent_id = parents[parent_key].nodeid
            items.append(self._variable_item(parent_id, info.key, name, values[info.key], info))
        if self.bench_signals:
            bench = await parents["Simulation"].add_object(_nid("Simulation.Bench", ns), ua.QualifiedName("Bench", ns))
            width = max(3, len(str(self.bench_signals - 1)))
            for i in range(self.bench_signals):
                name = f"Sig{i:0{width}d}"
                info = TagInfo(f"Simulation.Bench.{name}", "Double", description="benchmark: noisy sine")
                items.append(self._variable_item(bench.nodeid, info.key, name, 0.0, info))
                self._bench_ids.append(_nid(info.key, ns))
        # one AddNodes call for all variables: a thousand bench signals cost one request, not 1000
        for result in await server.iserver.isession.add_nodes(items):
            result.StatusCode.check()
        self._published = dict(values)

        sim_methods: list[tuple[str, str, Callable[..., None], list[ua.Argument], bool]] = [
            ("Sorting", "Start", self.model.start, [], True),
            ("Sorting", "Stop", self.model.stop, [], True),
            ("Sorting", "Reset", self.model.reset, [], True),
            (
                "Simulation",
                "InjectFault",
                self.model.inject_fault,
                [
                    _argument(
                        "name", ua.VariantType.String, "JAM, SENSOR_STUCK, PRESSURE_DROP, OVER_TEMPERATURE or COMM_LOSS"
                    )
                ],
                False,
            ),
            ("Simulation", "ClearFaults", self.model.clear_faults, [], False),
            (
                "Simulation",
                "SetEmergencyStop",
                self.model.set_emergency_stop,
                [_argument("pressed", ua.VariantType.Boolean, "True presses, False releases")],
                False,
            ),
            (
                "Simulation",
                "SetGuardDoor",
                self.model.set_guard_door,
                [_argument("closed", ua.VariantType.Boolean, "True closes, False opens")],
                False,
            ),
            ("Simulation", "FeedPart", self.model.feed_part, [], False),
        ]
        for parent, name, fn, args, line_command in sim_methods:
            await parents[parent].add_method(
                _nid(f"{parent}.{name}", ns),
                ua.QualifiedName(name, ns),
                self._method(fn, args, line_command),
                args,
                [],
            )

        # fault events: from the object itself and from the Server object, where most clients
        # (and asyncua's own subscribe_events default) listen
        for source in ("Sorting", "Process"):
            src_id = parents[source].nodeid
            gens = []
            for emitter in (src_id, _std_nid(ua.ObjectIds.Server)):
                gen = await server.get_event_generator(emitting_node=emitter)
                gen.event.SourceNode = src_id
                gen.event.SourceName = source
                gens.append(gen)
            self._events[source] = gens

    def _variable_item(self, parent: ua.NodeId, key: str, name: str, value: object, info: TagInfo) -> ua.AddNodesItem:
        vtype = _VTYPES[info.vtype]
        node_id = _nid(key, self._ns)
        self._node_ids[key] = node_id
        self._vtypes[key] = vtype
        item = ua.AddNodesItem()
        item.RequestedNewNodeId = node_id
        item.BrowseName = ua.QualifiedName(name, self._ns)
        item.NodeClass = ua.NodeClass.Variable
        item.ParentNodeId = parent
        item.ReferenceTypeId = _std_nid(ua.ObjectIds.HasComponent)
        item.TypeDefinition = _std_nid(ua.ObjectIds.BaseDataVariableType)
        attrs = ua.VariableAttributes()
        attrs.DisplayName = ua.LocalizedText(name)
        text = info.description
        if info.unit:
            text += f" [{info.unit}]"
        if info.writable and info.lo is not None and info.hi is not None:
            text += f", writable {info.lo:g}..{info.hi:g}"
        elif info.writable:
            text += ", writable"
        attrs.Description = ua.LocalizedText(text)
        attrs.DataType = _std_nid(vtype.value)  # builtin DataType ids equal the VariantType numbers
        attrs.Value = ua.Variant(value, vtype)
        attrs.ValueRank = ua.ValueRank.Scalar
        access = ua.AccessLevel.CurrentRead.mask
        if info.writable:
            access |= ua.AccessLevel.CurrentWrite.mask
        attrs.AccessLevel = access
        attrs.UserAccessLevel = access
        attrs.MinimumSamplingInterval = self.tick_s * 1000.0
        attrs.Historizing = False
        attrs.WriteMask = 0
        attrs.UserWriteMask = 0
        item.NodeAttributes = attrs
        return item

    # ------------------------------------------------------------------ client writes and calls
    async def _on_client_write(self, wv: ua.WriteValue) -> ua.StatusCode:
        """Validate one client write to the cell's namespace and apply it to the model."""
        key = wv.NodeId.Identifier if isinstance(wv.NodeId.Identifier, str) else ""
        info = TAGS_BY_KEY.get(key)
        if info is None and key not in self._node_ids:
            exists = self._server is not None and wv.NodeId in self._server.iserver.aspace
            return _bad(ua.StatusCodes.BadNotWritable if exists else ua.StatusCodes.BadNodeIdUnknown)
        if info is None or not info.writable or wv.AttributeId != ua.AttributeIds.Value:
            return _bad(ua.StatusCodes.BadNotWritable)
        if wv.IndexRange:
            return _bad(ua.StatusCodes.BadIndexRangeInvalid)
        dv = wv.Value
        if dv is None or (dv.StatusCode is not None and not dv.StatusCode.is_good()):
            return _bad(ua.StatusCodes.BadWriteNotSupported)  # a simulated cell takes values, not qualities
        var = dv.Value
        if (
            var is None
            or var.VariantType != self._vtypes[key]
            or var.is_array
            or not isinstance(var.Value, _PY_TYPES[info.vtype])
        ):
            return _bad(ua.StatusCodes.BadTypeMismatch)
        if self.model.comm_loss:
            return _bad(ua.StatusCodes.BadCommunicationError)
        try:
            self.model.write(key, var.Value)
        except CommandRefused as e:
            _log.info("write to %s refused: %s", key, e.reason)
            return _bad(ua.StatusCodes.BadInvalidState)
        except TypeError:
            return _bad(ua.StatusCodes.BadTypeMismatch)
        except ValueError:
            return _bad(ua.StatusCodes.BadOutOfRange)
        await self.publish_now()  # read-back right after the write sees the new value
        return ua.StatusCode()

    def _method(
        self, fn: Callable[..., None], args: list[ua.Argument], line_command: bool
    ) -> Callable[..., Awaitable[Any]]:
        """An asyncua method callback around a model command. Async, so it runs on the server's
        loop with the model (asyncua runs plain functions in a thread pool)."""
        expected = [ua.VariantType(a.DataType.Identifier) for a in args]

        async def callback(_parent: ua.NodeId, *inputs: ua.Variant) -> Any:
            if len(inputs) < len(expected):
                return _bad(ua.StatusCodes.BadArgumentsMissing)
            if len(inputs) > len(expected):
                return _bad(ua.StatusCodes.BadTooManyArguments)
            values = []
            for var, vtype in zip(inputs, expected, strict=True):
                if not isinstance(var, ua.Variant) or var.VariantType != vtype or var.is_array:
                    return _bad(ua.StatusCodes.BadTypeMismatch)
                values.append(var.Value)
            if line_command and self.model.comm_loss:
                return _refusal(ua.StatusCodes.BadCommunicationError, "no connection to the cell")
            try:
                fn(*values)
            except CommandRefused as e:
                _log.info("%s refused: %s", getattr(fn, "__name__", "command"), e.reason)
                return _refusal(ua.StatusCodes.BadInvalidState, e.reason)
            except (ValueError, TypeError) as e:
                return _refusal(ua.StatusCodes.BadInvalidArgument, str(e))
            await self.publish_now()
            return []

        return callback

    # ------------------------------------------------------------------ update loop
    async def _tick_loop(self) -> None:
        loop = asyncio.get_running_loop()
        next_t = loop.time()
        while True:
            next_t += self.tick_s
            delay = next_t - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -1.0:
                next_t = loop.time()  # fell far behind (machine suspended?): no burst of catch-up ticks
            try:
                self.model.step(self.tick_s)
                await self.publish_now(bench=True)
            except asyncio.CancelledError:
                raise
            except Exception:
                # one bad tick must not end the cell; log it and go on
                _log.exception("demo cell tick failed")

    async def publish_now(self, bench: bool = False) -> None:
        """Write the model's changed values (and, with bench, new bench signals) into the address
        space, then raise pending fault events. Does nothing while COMM_LOSS is injected."""
        server = self._server
        if server is None or self.model.comm_loss:
            return
        now = _utc_now()
        write = server.write_attribute_value
        published = self._published
        for key, value in self.model.values().items():
            old = published.get(key)
            if old == value and type(old) is type(value):
                continue
            published[key] = value
            await write(
                self._node_ids[key],
                ua.DataValue(ua.Variant(value, self._vtypes[key]), SourceTimestamp=now, ServerTimestamp=now),
            )
        if bench and self._bench_ids:
            t = self.model.time_s
            sig = self._bench_amp * np.sin(2 * math.pi * self._bench_freq * t + self._bench_phase)
            sig += self._bench_rng.normal(0.0, 0.02, sig.shape) * self._bench_amp
            dtype = ua.VariantType.Double
            for node_id, value in zip(self._bench_ids, sig.tolist(), strict=True):
                dv = ua.DataValue(ua.Variant(value, dtype), SourceTimestamp=now, ServerTimestamp=now)
                await write(node_id, dv)
        for event in self.model.drain_events():
            for gen in self._events.get(event.source, []):
                gen.event.Severity = event.severity
                await gen.trigger(time_attr=now, message=f"{event.code}: {event.message}")


class SimulatorThread:
    """A `DemoCellServer` on its own asyncio loop in a daemon thread.

    The model lives as long as this object: `stop()` then `start()` serves the same cell again
    (counters and all) on the same port, as a cell whose network went away and came back.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
        tick_s: float = 0.1,
        bench_signals: int = 0,
        *,
        secure: bool = False,
        certificate: tuple[bytes, bytes] | None = None,
    ) -> None:
        """`secure`: also offer Basic256Sha256 endpoints (see the module docstring) with `certificate`
        (DER, key PEM), or one made here once, so a restart shows the same one (`certificate_der`)."""
        self.host = host
        self.port = port
        self.seed = seed
        self.tick_s = tick_s
        self.bench_signals = bench_signals
        self.secure = secure
        if secure and certificate is None:
            certificate = server_certificate(host)
        self.certificate: tuple[bytes, bytes] | None = certificate if secure else None
        self.model = DemoCellModel(seed)
        self.endpoint = ""
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: DemoCellServer | None = None
        self._stop_event: asyncio.Event | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._server is not None

    @property
    def certificate_der(self) -> bytes:
        """The server certificate (DER) a secure simulator shows; b"" when not secure."""
        return self.certificate[0] if self.certificate is not None else b""

    def start(self, timeout: float = 15.0) -> str:
        """Start serving and return the endpoint once clients can connect. The first start with
        port 0 picks a free port; later starts reuse it. RuntimeError (with the cause chained) if
        the server cannot start within `timeout` seconds. Starting a running simulator is a no-op."""
        with self._lock:
            if self.running:
                return self.endpoint
            ready = threading.Event()
            cancel = threading.Event()
            box: dict[str, Any] = {}
            thread = threading.Thread(target=self._run, args=(ready, cancel, box), name="democell-sim", daemon=True)
            self._thread = thread
            thread.start()
            if not ready.wait(timeout):
                cancel.set()
                self._request_stop()
                raise RuntimeError(f"the simulated cell did not start within {timeout:g} s")
            error = box.get("error")
            if error is not None:
                thread.join(5.0)
                self._thread = None
                raise RuntimeError(f"the simulated cell could not start: {error}") from error
            self.port = box["port"]
            self.endpoint = box["endpoint"]
            return self.endpoint

    def stop(self, timeout: float = 10.0) -> None:
        """Close the server (clients see the connection drop) and end the thread; safe to call twice."""
        with self._lock:
            thread = self._thread
            self._request_stop()
            if thread is not None:
                thread.join(timeout)
                if thread.is_alive():
                    raise RuntimeError(f"the simulated cell did not stop within {timeout:g} s")
            self._thread = None

    def call(self, fn: Callable[[DemoCellModel], T], timeout: float = 10.0) -> T:
        """Run `fn(model)` on the simulator's loop (so it never races a tick) and return its result
        or raise its exception; changed values are published at once. When not running, or when
        called from the simulator's own thread, `fn` runs directly."""
        loop, server = self._loop, self._server
        if loop is None or server is None or loop.is_closed() or threading.current_thread() is self._thread:
            return fn(self.model)

        async def run() -> T:
            result = fn(self.model)
            await server.publish_now()
            return result

        return asyncio.run_coroutine_threadsafe(run(), loop).result(timeout)

    # ------------------------------------------------------------------ thread side
    def _request_stop(self) -> None:
        loop, event = self._loop, self._stop_event
        if loop is not None and event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # loop closed between the check and the call
                loop.call_soon_threadsafe(event.set)

    def _run(self, ready: threading.Event, cancel: threading.Event, box: dict[str, Any]) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve(ready, cancel, box))
        except BaseException as e:  # reported to start(), never lost in the thread
            box.setdefault("error", e)
            ready.set()
        finally:
            try:
                pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
                for t in pending:
                    t.cancel()
                if pending:
                    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                self._loop = None
                self._server = None
                self._stop_event = None
                asyncio.set_event_loop(None)
                loop.close()

    async def _serve(self, ready: threading.Event, cancel: threading.Event, box: dict[str, Any]) -> None:
        server = DemoCellServer(
            self.host,
            self.port,
            self.seed,
            self.tick_s,
            self.bench_signals,
            model=self.model,
            secure=self.secure,
            certificate=self.certificate,
        )
        try:
            await server.start()
        except Exception as e:
            box["error"] = e
            ready.set()
            return
        stop_event = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._stop_event = stop_event
        self._server = server
        box["endpoint"] = server.endpoint
        box["port"] = server.port
        ready.set()
        try:
            if not cancel.is_set():
                await stop_event.wait()
        finally:
            self._server = None
            await server.stop()


def run_standalone(host: str, port: int, seed: int, secure: bool = False) -> int:
    """Serve the demo cell until SIGINT/SIGTERM (`kiosk sim`). The endpoint URL is the first line
    on stdout; a taken port gives a one-line error on stderr and exit code 2. `secure` (`--secure`):
    also offer Basic256Sha256 with a certificate made for this run (its fingerprint is printed)."""
    try:
        return asyncio.run(_standalone(host, port, seed, secure))
    except KeyboardInterrupt:  # platforms without loop signal handlers
        return 0


async def _standalone(host: str, port: int, seed: int, secure: bool = False) -> int:
    server = DemoCellServer(host, port, seed, secure=secure)
    try:
        await server.start()
    except PortInUseError as e:
        print(f"kiosk sim: {e}; choose another with --port", file=sys.stderr, flush=True)
        return 2
    except OSError as e:
        print(f"kiosk sim: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr, flush=True)
        return 2
    print(server.endpoint, flush=True)
    print(f"{SERVER_NAME}: simulated sorting line and process unit (seed {seed})")
    print(f"namespace {NAMESPACE_URI} (ns=2): objects Sorting, Process, Simulation")
    if server.certificate is not None:
        print("security: none, or Basic256Sha256 sign / sign-encrypt (any client certificate); anonymous")
        print(f"certificate SHA-256: {fingerprint(server.certificate[0])}")
    else:
        print("security: none, anonymous - for loopback or an isolated lab network only")
    print("stop with Ctrl+C", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()
    print("demo cell stopped", flush=True)
    return 0
