"""The OPC UA client for one cell, on its own asyncio thread.

The GUI thread never talks to the network. This worker owns an asyncua Client on a private event
loop in a daemon thread; data changes go into a `SampleBuffer` that a GUI timer drains, and commands
(writes, method calls) are scheduled on the loop with `run_coroutine_threadsafe`, returning a
`concurrent.futures.Future` the caller can attach a callback to.

asyncua 2.x handles reconnects itself (auto_reconnect, subscriptions recreated); this worker adds
what it lacks: an outer loop for a first connection that fails, explicit keep-alive and lifetime
counts (the defaults send a keep-alive only every 45 minutes), and a contact clock from the
subscription's publish responses, which the Snapshot uses to mark values stale.

A cell with `security` "sign" or "sign-encrypt" gets Basic256Sha256 with the kiosk's own certificate,
and only when the certificate it shows is trusted in the kiosk's Pki (state UNTRUSTED otherwise).
`discover(endpoint)` lists what a cell offers, for the instructor screen.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from asyncua import Client, Node, ua
from asyncua.client.ua_client import UaClientState
from asyncua.crypto.security_policies import SecurityPolicyBasic256Sha256
from asyncua.crypto.uacrypto import CertProperties

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig, MethodSpec
from kiosk.core.tags import ConnectionState, Sample, TagKind, TagSpec
from kiosk.services.pki import APPLICATION_URI, Pki, PkiError, first_certificate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkSettings:
    """Timing of the link to a cell. Defaults suit a lab LAN and loopback.

    A keep-alive arrives at least every publishing_interval_ms x keepalive_count (0.5 s); each
    publish response that arrives moves the contact clock, so the Snapshot's contact timeout (1.5 s)
    notices a silently hung server within 2 s.
    """

    publishing_interval_ms: float = 100.0
    sampling_interval_ms: float = 50.0
    keepalive_count: int = 5
    lifetime_count: int = 60  # >= 3 x keepalive_count, as the spec requires
    request_timeout_s: float = 2.0
    watchdog_interval_s: float = 0.5
    reconnect_max_delay_s: float = 1.0  # MEASURED.md: the default back-off added 3.3 s
    monitor_interval_s: float = 0.05


class CommandRefused(Exception):
    """A write or method call the kiosk will not send, or that the cell rejected."""


UNTRUSTED_MESSAGE = "the cell's certificate is not trusted yet"
UNTRUSTED_RETRY_S = 5.0
TRUST_CHECK_S = 2.0
"""How often a live secure link checks that its cell's certificate is still trusted."""
"""How often a worker looks again at a cell whose certificate is not trusted (after Trust, within this)."""
"""The connection error while a secured cell shows a certificate no instructor trusted (state UNTRUSTED)."""

_MODES = {
    "sign": ua.MessageSecurityMode.Sign,
    "sign-encrypt": ua.MessageSecurityMode.SignAndEncrypt,
}
_MODE_NAMES = {
    ua.MessageSecurityMode.None_: "none",
    ua.MessageSecurityMode.Sign: "sign",
    ua.MessageSecurityMode.SignAndEncrypt: "sign-encrypt",
}


@dataclass(frozen=True)
class EndpointInfo:
    """One endpoint a cell offers (GetEndpoints): its policy by name ("None", "Basic256Sha256", ...),
    its mode as in a site profile ("none", "sign", "sign-encrypt"), the server's certificate (DER, the
    first of a chain; b"" when it sends none) and the security level the server gives it."""

    url: str
    policy: str
    mode: str
    certificate: bytes
    security_level: int = 0

    @property
    def usable(self) -> bool:
        """Whether the kiosk can use this endpoint: no security, or Basic256Sha256."""
        return self.policy in ("None", "Basic256Sha256") and self.mode in ("none", "sign", "sign-encrypt")


def _endpoint_info(description: ua.EndpointDescription) -> EndpointInfo:
    policy = str(description.SecurityPolicyUri or "").rsplit("#", 1)[-1] or "None"
    mode = _MODE_NAMES.get(description.SecurityMode, str(description.SecurityMode))
    blob = description.ServerCertificate or b""
    try:
        certificate = first_certificate(blob) if blob else b""
    except PkiError:
        certificate = b""  # shown as "no certificate": a broken one can never be trusted anyway
    return EndpointInfo(str(description.EndpointUrl), policy, mode, certificate, int(description.SecurityLevel or 0))


async def get_endpoints(endpoint: str, timeout: float = 5.0) -> list[EndpointInfo]:
    """The endpoints the server at `endpoint` offers (an unsecured GetEndpoints, as OPC UA intends for
    discovery). Raises what the connection raises (OSError, TimeoutError, ua.UaError)."""
    client = Client(endpoint, timeout=timeout)
    client.application_uri = APPLICATION_URI
    descriptions = await asyncio.wait_for(client.connect_and_get_server_endpoints(), timeout=timeout + 1.0)
    return [_endpoint_info(d) for d in descriptions]


def discover(endpoint: str, timeout: float = 5.0) -> list[EndpointInfo]:
    """`get_endpoints` for a caller off any event loop (the instructor screen's background job).
    Blocks up to about `timeout` seconds; raises ConnectionError with the reason in words."""
    try:
        return asyncio.run(get_endpoints(endpoint, timeout))
    except Exception as exc:
        raise ConnectionError(f"{endpoint}: {_describe(exc)}") from exc


_STATE_MAP = {
    UaClientState.CONNECTED: ConnectionState.CONNECTED,
    UaClientState.DISCONNECTED: ConnectionState.DISCONNECTED,
}


class _DataChangeHandler:
    """asyncua subscription callback: turns notifications into Samples in the buffer."""

    def __init__(self, buffer: SampleBuffer, aliases: dict[ua.NodeId, str]) -> None:
        self._buffer = buffer
        self._aliases = aliases

    def datachange_notification(self, node: Node, val: Any, data: Any) -> None:
        alias = self._aliases.get(node.nodeid)
        if alias is None:
            return
        dv: ua.DataValue = data.monitored_item.Value
        status = dv.StatusCode
        good = status is None or status.is_good()
        src = _epoch(dv.SourceTimestamp)
        name = "Good" if good else getattr(status, "name", str(status))
        self._buffer.push((Sample(alias, val, good, src, time.monotonic(), name),))

    def status_change_notification(self, status: Any) -> None:
        log.info("subscription status change: %s", status)


class CellWorker:
    """Connects to one cell and keeps its tag values flowing into `buffer` until `stop()`.

    Thread contract: `start`, `stop`, `write`, `call` and `call_method` may be called from any thread
    and never block on the network (apart from `stop`, which waits for the thread to end).
    """

    def __init__(
        self,
        cell: CellConfig,
        buffer: SampleBuffer,
        settings: LinkSettings | None = None,
        endpoint_provider: Callable[[], str] | None = None,
        pki: Pki | None = None,
    ) -> None:
        """`endpoint_provider`, when given, is called once on a helper thread before the first
        connection and returns the endpoint to use (the app starts the embedded simulator that way,
        so neither the GUI nor this loop waits for it).

        `pki` is needed for a cell whose `security` is "sign" or "sign-encrypt": before each
        connection the worker asks the cell for its endpoints, and connects (Basic256Sha256, the
        kiosk's own certificate) only when the certificate the cell shows is trusted in `pki`. An
        untrusted one is kept in the pki's rejected/ folder and the state is UNTRUSTED (error
        UNTRUSTED_MESSAGE) until an instructor trusts it; the worker looks again every
        `reconnect_max_delay_s`, so trusting takes effect without a restart."""
        self.cell = cell
        self._pki = pki
        self.endpoint = cell.endpoint
        self._endpoint_provider = endpoint_provider
        self.buffer = buffer
        self.settings = settings or LinkSettings()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._client: Client | None = None
        self._nodes: dict[str, Node] = {}
        self._variant_types: dict[str, ua.VariantType] = {}
        # method alias -> the variant type the cell declares for each input argument (None: not known)
        self._arg_types: dict[str, tuple[ua.VariantType | None, ...]] = {}
        self._ready = threading.Event()
        self._untrusted_logged = ""  # the fingerprint last warned about
        self._pinned: bytes | None = None  # the server certificate of the secure link in use

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("worker already started")
        self._thread = threading.Thread(target=self._run, name=f"opcua-{self.cell.name}", daemon=True)
        self._thread.start()
        self._ready.wait(5.0)

    def stop(self, timeout: float = 5.0) -> None:
        """Disconnect and end the thread. Safe to call twice."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self.buffer.set_connection(ConnectionState.DISCONNECTED)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._stopping = asyncio.Event()
        self._ready.set()
        try:
            loop.run_until_complete(self._main())
        finally:
            # asyncua leaves publish and supervisor tasks behind after disconnect; end them here so
            # closing the loop does not print "Task was destroyed but it is pending".
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    # -- the connection loop ---------------------------------------------------------------
    async def _main(self) -> None:
        assert self._stopping is not None
        if self._endpoint_provider is not None:
            try:
                self.endpoint = await asyncio.to_thread(self._endpoint_provider)
            except Exception as exc:
                log.error("cell %s could not be started: %s", self.cell.name, _describe(exc))
                self.buffer.set_connection(ConnectionState.DISCONNECTED, error=_describe(exc))
                return
        delay = 0.2
        while not self._stopping.is_set():
            client = self._make_client()
            try:
                if self.cell.security != "none" and not await self._secure(client):
                    # Nothing to close: the discovery had its own client; this one never connected.
                    self.buffer.set_connection(ConnectionState.UNTRUSTED, error=UNTRUSTED_MESSAGE)
                    # Waiting for a person to trust it: look again every few seconds, not every second.
                    if await self._sleep_or_stop(max(self.settings.reconnect_max_delay_s, UNTRUSTED_RETRY_S)):
                        return
                    continue
                await client.connect()
            except Exception as exc:  # any failure to reach the cell: say so, wait, try again
                # After a failed attempt the screen says "no connection, trying again", whether or not
                # the cell was ever reached: a kiosk must not claim to be "connecting" for an hour.
                self.buffer.set_connection(ConnectionState.RECONNECTING, error=_describe(exc))
                log.info("cannot reach %s: %s", self.endpoint, _describe(exc))
                await _close_quietly(client)
                if await self._sleep_or_stop(delay):
                    return
                delay = min(delay * 2, self.settings.reconnect_max_delay_s)
                continue
            self._client = client
            try:
                await self._serve(client)
            except Exception as exc:
                log.warning("link to %s failed: %s", self.endpoint, _describe(exc))
                self.buffer.set_connection(ConnectionState.RECONNECTING, error=_describe(exc))
            finally:
                self._client = None
                self._nodes.clear()
                await _close_quietly(client)
            # Never hammer a PLC that accepts the connection but fails what follows.
            if await self._sleep_or_stop(delay):
                break
            delay = min(delay * 2, self.settings.reconnect_max_delay_s)
        self.buffer.set_connection(ConnectionState.DISCONNECTED)

    def _make_client(self) -> Client:
        s = self.settings
        client = Client(
            self.endpoint,
            timeout=s.request_timeout_s,
            watchdog_intervall=s.watchdog_interval_s,
            auto_reconnect=True,
            reconnect_max_delay=s.reconnect_max_delay_s,
        )
        client.name = "Skills Lab Kiosk"
        client.description = "Skills Lab Kiosk"
        client.application_uri = APPLICATION_URI
        # Unlimited by default in asyncua (MEASURED.md): bound what a broken server can make us hold.
        client.max_messagesize = 16 * 1024 * 1024
        client.max_chunkcount = 1024
        return client

    async def _secure(self, client: Client) -> bool:
        """Set `client` up for the cell's security (Basic256Sha256, Sign or SignAndEncrypt) with the
        server certificate the cell shows now; False, with that certificate kept in rejected/, when it
        is not trusted. Raises ConnectionError when the cell does not offer the policy and mode, or
        when there is no certificate folder."""
        if self._pki is None:
            raise ConnectionError("the cell is secured but the kiosk was given no certificate folder")
        mode = _MODES[self.cell.security]
        wanted = _MODE_NAMES[mode]
        offered = await get_endpoints(self.endpoint, self.settings.request_timeout_s)
        match = next((e for e in offered if e.policy == "Basic256Sha256" and e.mode == wanted), None)
        if match is None:
            offers = "; ".join(sorted({f"{e.policy} {e.mode}" for e in offered})) or "nothing"
            raise ConnectionError(f"the cell does not offer Basic256Sha256 {wanted} (it offers: {offers})")
        if not match.certificate:
            raise ConnectionError("the cell sends no certificate with its Basic256Sha256 endpoint")
        pki = self._pki
        if not await asyncio.to_thread(pki.is_trusted, match.certificate):
            fp = await asyncio.to_thread(pki.reject, match.certificate)
            if fp != self._untrusted_logged:  # once per certificate, not once per second
                self._untrusted_logged = fp
                log.warning("cell %s shows a certificate that is not trusted: %s", self.cell.name, fp)
            return False
        own_cert, own_key = await asyncio.to_thread(pki.own_certificate)
        self._pinned = match.certificate
        await client.set_security(
            SecurityPolicyBasic256Sha256,
            CertProperties(own_cert, extension="der"),
            CertProperties(own_key, extension="pem"),
            server_certificate=CertProperties(match.certificate, extension="der"),
            mode=mode,
        )
        return True

    async def _serve(self, client: Client) -> None:
        """Subscribe to every tag, then watch the link until stop or an unrecoverable loss."""
        assert self._stopping is not None
        nodes = await self._resolve_nodes(client)
        aliases = {node.nodeid: alias for alias, node in nodes.items()}
        s = self.settings
        params = ua.CreateSubscriptionParameters()
        params.RequestedPublishingInterval = s.publishing_interval_ms
        params.RequestedMaxKeepAliveCount = s.keepalive_count
        params.RequestedLifetimeCount = s.lifetime_count
        params.MaxNotificationsPerPublish = 10000
        params.PublishingEnabled = True
        params.Priority = 0
        sub = await client.create_subscription(params, _DataChangeHandler(self.buffer, aliases))
        self._clock_contact(sub)
        sampling = ua.Double(s.sampling_interval_ms)
        results = await sub.subscribe_data_change(list(nodes.values()), sampling_interval=sampling)
        for alias, result in zip(nodes, results, strict=True):
            if isinstance(result, ua.StatusCode):
                log.warning("cannot subscribe to %s (%s): %s", alias, nodes[alias].nodeid, result)
                self.buffer.push((Sample(alias, None, False, None, time.monotonic(), result.name),))
        self._nodes = nodes
        self.buffer.set_connection(ConnectionState.CONNECTED)
        shown = ConnectionState.CONNECTED
        next_trust_check = time.monotonic() + TRUST_CHECK_S
        while not self._stopping.is_set():
            if self._pinned is not None and time.monotonic() >= next_trust_check:
                # "Stop trusting" must end a live secure link too: asyncua's own reconnect would
                # otherwise keep using the certificate it was given.
                next_trust_check = time.monotonic() + TRUST_CHECK_S
                assert self._pki is not None
                if not await asyncio.to_thread(self._pki.is_trusted, self._pinned):
                    raise ConnectionError("the cell's certificate is no longer trusted")
            state = client.uaclient.state
            mapped = _STATE_MAP.get(state, ConnectionState.RECONNECTING)
            if mapped is ConnectionState.DISCONNECTED:
                raise ConnectionError("the client gave up on the connection")
            self.buffer.set_connection(mapped)
            if mapped is ConnectionState.CONNECTED and shown is not ConnectionState.CONNECTED:
                await self._reread_values(client, nodes)
            shown = mapped
            if await self._sleep_or_stop(s.monitor_interval_s):
                return

    async def _reread_values(self, client: Client, nodes: dict[str, Node]) -> None:
        """After a reconnect, read every tag once. The buffer marks all values from before the loss
        stale until they arrive again, but when asyncua keeps the server's subscription alive across
        the reconnect, a value that did not change is never sent again (seen in a rehearsal under
        load: a constant setpoint stayed stale and its check could not pass)."""
        try:
            values = await client.read_attributes(list(nodes.values()))
        except Exception as exc:  # the link may drop again at once; the next reconnect reads again
            log.info("re-reading values after a reconnect failed: %s", _describe(exc))
            return
        now = time.monotonic()
        samples = []
        for alias, dv in zip(nodes, values, strict=True):
            status = dv.StatusCode
            good = status is None or status.is_good()
            name = "Good" if good else getattr(status, "name", str(status))
            value = dv.Value.Value if dv.Value is not None else None
            samples.append(Sample(alias, value, good, _epoch(dv.SourceTimestamp), now, name))
        self.buffer.push(samples)

    def _clock_contact(self, sub: Any) -> None:
        """Note contact on every publish response that really arrives (data or keep-alive).

        Not `Subscription.last_publish_at`: asyncua also sets that when it re-creates a silent
        subscription, which would keep a stalled cell's frozen values looking live. asyncua 2.x
        looks the callback up on the instance when it (re)creates a subscription, and keeps the
        current one in the session's `_subscription_callbacks`; both are pointed at the wrapper.
        """
        original = sub.publish_callback
        buffer = self.buffer

        async def on_publish(result: Any) -> None:
            buffer.note_contact(time.monotonic())
            await original(result)

        sub.publish_callback = on_publish
        registry = getattr(sub.server, "_subscription_callbacks", None)
        if isinstance(registry, dict) and sub.subscription_id in registry:
            registry[sub.subscription_id] = on_publish
        else:
            log.warning("asyncua internals changed: contact clock falls back to data changes only")

    async def _resolve_nodes(self, client: Client) -> dict[str, Node]:
        """Node objects for every tag. `nsu=URI;...` ids are resolved with one namespace-array read."""
        ns_array: list[str] | None = None
        nodes: dict[str, Node] = {}
        for spec in self.cell.tags:
            node_id = ua.NodeId.from_string(spec.node_id)
            if isinstance(node_id, ua.ExpandedNodeId) and node_id.NamespaceUri:
                if ns_array is None:
                    ns_array = await client.get_namespace_array()
                if node_id.NamespaceUri not in ns_array:
                    log.warning("namespace %s of tag %s not on the server", node_id.NamespaceUri, spec.alias)
                    self.buffer.push((Sample(spec.alias, None, False, None, time.monotonic(), "BadNodeIdUnknown"),))
                    continue
                ns_index = ua.Int16(ns_array.index(node_id.NamespaceUri))
                node_id = ua.NodeId(node_id.Identifier, ns_index, node_id.NodeIdType)
            nodes[spec.alias] = client.get_node(node_id)
        return nodes

    async def _sleep_or_stop(self, seconds: float) -> bool:
        """Sleep, but wake at once on stop. True when stopping."""
        assert self._stopping is not None
        try:
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    # -- commands ---------------------------------------------------------------------------
    def write(self, alias: str, value: Any) -> concurrent.futures.Future[None]:
        """Write a tag the tag map marks writable. The Future fails with CommandRefused when the
        value is of the wrong kind or out of range, the cell is not connected, or the cell says no."""
        return self._submit(self._write(alias, value))

    def call(self, alias: str, *args: Any) -> concurrent.futures.Future[Any]:
        """Call the cell method `alias` of the cell's method table (`{call: start}` in a lab module).

        The number and kinds of `args` are checked against the table before anything is sent: a bool
        argument takes exactly True or False, a number an int or float (not a bool) that is finite, a
        text a str. An unknown alias or a wrong argument fails the Future at once with CommandRefused,
        without contacting the cell. Otherwise the Future gets the method's output (None for none, the
        value for one, a list for several), or CommandRefused when the cell is not connected, the call
        does not reach it, or the cell refuses it; a refusal carries the cell's own reason when the
        cell gives one as its only output (as the demo cell does), else the status code.
        """
        spec = self.cell.method(alias)
        if spec is None:
            return _refused(f"the cell has no method '{alias}'")
        try:
            check_call_args(spec, args)
        except CommandRefused as exc:
            return _refused(str(exc))
        return self._submit(self._call_spec(spec, args))

    def call_method(self, object_id: str, method_id: str, *args: Any) -> concurrent.futures.Future[Any]:
        """Call a method on the cell (node id strings). The result or CommandRefused comes back in
        the Future."""
        return self._submit(self._call(object_id, method_id, args))

    def _submit(self, coro: Any) -> concurrent.futures.Future[Any]:
        loop = self._loop
        if loop is None or loop.is_closed():
            coro.close()
            failed: concurrent.futures.Future[Any] = concurrent.futures.Future()
            failed.set_exception(CommandRefused("the cell link is not running"))
            return failed
        return asyncio.run_coroutine_threadsafe(coro, loop)

    async def _write(self, alias: str, value: Any) -> None:
        spec = self.cell.tag(alias)
        if spec is None:
            raise CommandRefused(f"unknown tag '{alias}'")
        if not spec.writable:
            raise CommandRefused(f"tag '{alias}' is not writable")
        check_write_value(spec, value)
        node = self._nodes.get(alias)
        if node is None or self._client is None:
            raise CommandRefused("the cell is not connected")
        try:
            vtype = self._variant_types.get(alias)
            if vtype is None:
                vtype = await node.read_data_type_as_variant_type()
                self._variant_types[alias] = vtype
            await node.write_value(ua.DataValue(ua.Variant(_coerce(spec, value, vtype), vtype)))
        except CommandRefused:
            raise
        except ua.UaStatusCodeError as exc:
            raise CommandRefused(f"the cell refused the write to '{alias}': {exc}") from exc
        except Exception as exc:  # timeouts and connection loss mid-write
            raise CommandRefused(f"the write to '{alias}' did not reach the cell: {_describe(exc)}") from exc

    async def _call(self, object_id: str, method_id: str, args: Sequence[Any]) -> Any:
        client = self._client
        if client is None:
            raise CommandRefused("the cell is not connected")
        try:
            # A plain string would be taken as a browse name; node ids must be NodeId objects.
            method = ua.NodeId.from_string(method_id)
            return await client.get_node(object_id).call_method(method, *args)
        except ua.UaStatusCodeError as exc:
            raise CommandRefused(f"the cell refused {method_id}: {exc}") from exc
        except Exception as exc:
            raise CommandRefused(f"{method_id} did not reach the cell: {_describe(exc)}") from exc

    async def _call_spec(self, spec: MethodSpec, args: Sequence[Any]) -> Any:
        """Call a method of the cell's table (arguments already checked). Unlike `_call` this reads the
        call result itself, so a refusal can carry the reason the cell sends with it."""
        client = self._client
        if client is None:
            raise CommandRefused("the cell is not connected")
        try:
            object_id = await _resolve_node_id(client, spec.object_id)
            method_id = await _resolve_node_id(client, spec.method_id)
            types = self._arg_types.get(spec.alias)
            if types is None and TagKind.NUMBER in spec.args:  # only numbers need the declared type
                types = await _declared_arg_types(client, method_id, len(spec.args))
                if types is not None:
                    self._arg_types[spec.alias] = types
            if types is None:
                types = (None,) * len(spec.args)
            request = ua.CallMethodRequest()
            request.ObjectId = object_id
            request.MethodId = method_id
            request.InputArguments = [
                _arg_variant(spec, i, value, vtype) for i, (value, vtype) in enumerate(zip(args, types, strict=True))
            ]
            results = await client.uaclient.call([request])
        except CommandRefused:
            raise
        except Exception as exc:  # timeouts, connection loss mid-call, a namespace the server lacks
            raise CommandRefused(f"'{spec.alias}' did not reach the cell: {_describe(exc)}") from exc
        result = results[0]
        outputs = [variant.Value for variant in result.OutputArguments or []]
        if result.StatusCode.is_bad():
            status = result.StatusCode.name
            if len(outputs) == 1 and isinstance(outputs[0], str) and outputs[0].strip():
                raise CommandRefused(f"the cell refused '{spec.alias}': {outputs[0].strip()} ({status})")
            raise CommandRefused(f"the cell refused '{spec.alias}': {ua.UaStatusCodeError(result.StatusCode.value)}")
        if not outputs:
            return None
        return outputs[0] if len(outputs) == 1 else outputs


_KIND_WORDS = {TagKind.BOOL: "true or false", TagKind.TEXT: "text", TagKind.NUMBER: "a number"}


def fits_kind(kind: TagKind, value: Any) -> bool:
    """True when `value` is of `kind`: bool exactly True or False, text a str, number an int or float
    that is not a bool and is finite. The one check for what writes and method calls may send."""
    if kind is TagKind.BOOL:
        return isinstance(value, bool)
    if kind is TagKind.TEXT:
        return isinstance(value, str)
    return not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)


def check_write_value(spec: TagSpec, value: Any) -> None:
    """Raise CommandRefused unless `value` fits the tag's kind and range. Checked before sending."""
    if not fits_kind(spec.kind, value):
        raise CommandRefused(f"'{spec.alias}' takes {_KIND_WORDS[spec.kind]}, not {value!r}")
    if spec.kind is TagKind.TEXT and spec.states and value not in spec.states:
        raise CommandRefused(f"'{spec.alias}' takes one of {', '.join(spec.states)}, not {value!r}")
    if spec.kind is TagKind.NUMBER and (
        (spec.lo is not None and value < spec.lo) or (spec.hi is not None and value > spec.hi)
    ):
        raise CommandRefused(f"'{spec.alias}' must be between {spec.lo} and {spec.hi}, not {value}")


def check_call_args(spec: MethodSpec, args: Sequence[Any]) -> None:
    """Raise CommandRefused unless `args` match the method's argument kinds in number and kind, in
    words a lab author understands. Checked before sending."""
    if len(args) != len(spec.args):
        if not spec.args:
            takes = "no arguments"
        else:
            count = "1 argument" if len(spec.args) == 1 else f"{len(spec.args)} arguments"
            takes = f"{count} ({', '.join(kind.value for kind in spec.args)})"
        raise CommandRefused(f"'{spec.alias}' takes {takes}, got {len(args)}")
    for position, (kind, value) in enumerate(zip(spec.args, args, strict=True), start=1):
        if not fits_kind(kind, value):
            raise CommandRefused(f"'{spec.alias}' argument {position} takes {_KIND_WORDS[kind]}, not {value!r}")


_INTEGER_TYPES = {
    ua.VariantType.SByte,
    ua.VariantType.Byte,
    ua.VariantType.Int16,
    ua.VariantType.UInt16,
    ua.VariantType.Int32,
    ua.VariantType.UInt32,
    ua.VariantType.Int64,
    ua.VariantType.UInt64,
}


def _coerce(spec: TagSpec, value: Any, vtype: ua.VariantType) -> Any:
    if vtype in _INTEGER_TYPES:
        if float(value) != int(value):
            raise CommandRefused(f"'{spec.alias}' takes a whole number, not {value}")
        return int(value)
    if vtype in (ua.VariantType.Float, ua.VariantType.Double):
        return float(value)
    return value


def _arg_variant(spec: MethodSpec, index: int, value: Any, vtype: ua.VariantType | None) -> ua.Variant:
    """Argument `index` of a call as a Variant of the type the cell declares, so a number reaches an
    Int16 or Float argument as such (asyncua would send every int as Int64, every float as Double,
    which a server answers with BadTypeMismatch). Bool and text need no help."""
    if vtype is None or spec.args[index] is not TagKind.NUMBER:
        return ua.Variant(value)
    if vtype in _INTEGER_TYPES:
        if isinstance(value, float) and not value.is_integer():  # not float(value): big ints lose digits
            raise CommandRefused(f"'{spec.alias}' argument {index + 1} takes a whole number, not {value}")
        lo, hi = _INTEGER_RANGES[vtype]
        if not lo <= int(value) <= hi:  # else it would fail in encoding, reported as "did not reach the cell"
            raise CommandRefused(
                f"'{spec.alias}' argument {index + 1} must be between {lo} and {hi} ({vtype.name}), not {value}"
            )
        return ua.Variant(int(value), vtype)
    if vtype in (ua.VariantType.Float, ua.VariantType.Double):
        return ua.Variant(float(value), vtype)
    return ua.Variant(value)


_INTEGER_RANGES = {
    ua.VariantType.SByte: (-(2**7), 2**7 - 1),
    ua.VariantType.Byte: (0, 2**8 - 1),
    ua.VariantType.Int16: (-(2**15), 2**15 - 1),
    ua.VariantType.UInt16: (0, 2**16 - 1),
    ua.VariantType.Int32: (-(2**31), 2**31 - 1),
    ua.VariantType.UInt32: (0, 2**32 - 1),
    ua.VariantType.Int64: (-(2**63), 2**63 - 1),
    ua.VariantType.UInt64: (0, 2**64 - 1),
}


# The built-in data types are ns=0;i=1..25 and share their numbers with VariantType.
_BUILTIN_IDS = frozenset(v.value for v in ua.VariantType if v.value > 0)


async def _declared_arg_types(
    client: Client, method_id: ua.NodeId, count: int
) -> tuple[ua.VariantType | None, ...] | None:
    """The built-in variant type the cell declares for each of a method's `count` input arguments, from
    its InputArguments property (None in the tuple: not a built-in type, or not declared). None when
    the property cannot be read: the caller then sends the arguments as they are and asks again next
    time, since a timeout now says nothing about the method."""
    try:
        prop = await client.get_node(method_id).get_child("0:InputArguments")
        declared = await prop.read_value()
    except Exception:
        log.debug("input arguments of %s not readable", method_id, exc_info=True)
        return None
    types: list[ua.VariantType | None] = []
    for arg in list(declared or [])[:count]:
        data_type = getattr(arg, "DataType", None)
        identifier = getattr(data_type, "Identifier", None)
        builtin = getattr(data_type, "NamespaceIndex", None) == 0 and isinstance(identifier, int)
        types.append(ua.VariantType(identifier) if builtin and identifier in _BUILTIN_IDS else None)
    return (*types, *(None,) * (count - len(types)))


async def _resolve_node_id(client: Client, text: str) -> ua.NodeId:
    """A node id string as a NodeId; `nsu=URI;...` resolved against the server's namespace array."""
    node_id = ua.NodeId.from_string(text)
    if isinstance(node_id, ua.ExpandedNodeId) and node_id.NamespaceUri:
        namespaces = await client.get_namespace_array()
        if node_id.NamespaceUri not in namespaces:
            raise CommandRefused(f"the cell has no namespace {node_id.NamespaceUri} (in {text})")
        return ua.NodeId(node_id.Identifier, ua.Int16(namespaces.index(node_id.NamespaceUri)), node_id.NodeIdType)
    return node_id


def _refused(message: str) -> concurrent.futures.Future[Any]:
    """A Future already failed with CommandRefused(message): a call refused before it was sent."""
    failed: concurrent.futures.Future[Any] = concurrent.futures.Future()
    failed.set_exception(CommandRefused(message))
    return failed


def _epoch(ts: datetime | None) -> float | None:
    """Seconds since the epoch; asyncua gives naive datetimes in UTC."""
    if ts is None:
        return None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return ts.timestamp()


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


async def _close_quietly(client: Client) -> None:
    try:
        await asyncio.wait_for(client.disconnect(), timeout=2.0)
    except Exception:  # the link is already gone; nothing more to tell
        log.debug("disconnect after failure", exc_info=True)
