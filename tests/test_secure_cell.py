"""A secured cell on a real simulator (Basic256Sha256 on 127.0.0.1): the kiosk does not talk to it until
its certificate is trusted, keeps the certificate it saw for the instructor, and connects once trusted;
the unsecured path is unchanged."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from live_helpers import wait_snapshot

from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import CellConfig
from kiosk.core.snapshot import Snapshot
from kiosk.core.tags import ConnectionState, Quality
from kiosk.services.opcua_worker import UNTRUSTED_MESSAGE, CellWorker, LinkSettings, discover
from kiosk.services.pki import Pki, fingerprint
from kiosk.services.simulator.server import SimulatorThread
from kiosk.services.site_profiles import load_site_profile

FAST = LinkSettings(reconnect_max_delay_s=0.3)


@pytest.fixture(scope="module")
def secure_sim() -> Iterator[SimulatorThread]:
    s = SimulatorThread(host="127.0.0.1", port=0, seed=5, secure=True)
    s.start()
    yield s
    s.stop()


def _cell(endpoint: str, security: str) -> CellConfig:
    return replace(load_site_profile("drachten").profile.cells[0].with_endpoint(endpoint), security=security)


def _wait_state(worker: CellWorker, state: ConnectionState, timeout: float = 10.0) -> str:
    end = time.monotonic() + timeout
    seen = None
    while time.monotonic() < end:
        drained = worker.buffer.drain()
        seen = drained.connection
        if seen is state:
            return drained.error
        time.sleep(0.05)
    raise AssertionError(f"state {state} not reached; last {seen}")


def test_the_secure_simulator_offers_basic256sha256(secure_sim: SimulatorThread) -> None:
    offered = discover(secure_sim.endpoint)
    assert {(e.policy, e.mode) for e in offered} == {
        ("None", "none"),
        ("Basic256Sha256", "sign"),
        ("Basic256Sha256", "sign-encrypt"),
    }
    assert all(e.certificate == secure_sim.certificate_der for e in offered if e.policy == "Basic256Sha256")


def test_untrusted_is_refused_then_trusted_connects(secure_sim: SimulatorThread, tmp_path: Path) -> None:
    pki = Pki(tmp_path / "pki")
    cell = _cell(secure_sim.endpoint, "sign-encrypt")
    worker = CellWorker(cell, SampleBuffer(), FAST, pki=pki)
    worker.start()
    try:
        assert _wait_state(worker, ConnectionState.UNTRUSTED) == UNTRUSTED_MESSAGE
        assert [i.fingerprint for i in pki.rejected()] == [fingerprint(secure_sim.certificate_der)]
        time.sleep(0.5)  # it keeps looking, and still does not connect
        drained = worker.buffer.drain()
        assert drained.connection is ConnectionState.UNTRUSTED and not drained.samples

        pki.trust(pki.rejected()[0].der)
        snap = Snapshot(cell.tags)
        wait_snapshot(
            worker, snap, lambda s: s.connection is ConnectionState.CONNECTED and s.get("mode").quality is Quality.LIVE
        )
        assert pki.rejected() == []
        worker.write("mode", "AUTO").result(timeout=5)  # the command path works encrypted too
        assert pki.own_cert_path.exists()

        pki.untrust(fingerprint(secure_sim.certificate_der))  # the instructor stops trusting it: the live
        assert _wait_state(worker, ConnectionState.UNTRUSTED, timeout=15) == UNTRUSTED_MESSAGE  # link ends
    finally:
        worker.stop()


def test_sign_only_and_none_on_the_same_cell(secure_sim: SimulatorThread, tmp_path: Path) -> None:
    pki = Pki(tmp_path / "pki")
    pki.trust(secure_sim.certificate_der)
    for security in ("sign", "none"):
        cell = _cell(secure_sim.endpoint, security)
        worker = CellWorker(cell, SampleBuffer(), FAST, pki=pki if security != "none" else None)
        worker.start()
        try:
            snap = Snapshot(cell.tags)
            wait_snapshot(worker, snap, lambda s: s.get("mode").quality is Quality.LIVE)
        finally:
            worker.stop()


def test_a_secured_cell_that_offers_no_security_says_so(sim: SimulatorThread, tmp_path: Path) -> None:
    worker = CellWorker(_cell(sim.endpoint, "sign-encrypt"), SampleBuffer(), FAST, pki=Pki(tmp_path))
    worker.start()
    try:
        error = _wait_state(worker, ConnectionState.RECONNECTING)
        assert "does not offer Basic256Sha256 sign-encrypt (it offers: None none)" in error
    finally:
        worker.stop()


def test_a_secured_cell_without_a_certificate_folder_says_so(secure_sim: SimulatorThread) -> None:
    worker = CellWorker(_cell(secure_sim.endpoint, "sign"), SampleBuffer(), FAST)
    worker.start()
    try:
        assert "no certificate folder" in _wait_state(worker, ConnectionState.RECONNECTING)
    finally:
        worker.stop()


def test_the_site_profile_takes_security_and_names_a_wrong_one(tmp_path: Path) -> None:
    site_toml = tmp_path / "site.toml"
    site_toml.write_text('[site]\nid = "drachten"\n\n[[cells]]\nname = "demo"\nsecurity = "sign-encrypt"\n')
    load = load_site_profile("drachten", override_file=site_toml)
    assert load.problems == () and load.profile.cells[0].security == "sign-encrypt"
    assert load_site_profile("drachten").profile.cells[0].security == "none"  # the default

    site_toml.write_text('[site]\nid = "drachten"\n\n[[cells]]\nname = "demo"\nsecurity = "encrypt"\n')
    load = load_site_profile("drachten", override_file=site_toml)
    assert f"{site_toml}:6: cells[0].security: expected 'none', 'sign' or 'sign-encrypt', got \"encrypt\"" in (
        load.problems
    )
    assert load.profile.cells[0].security == "none"  # the shipped profile, as for any bad override


def test_a_secured_embedded_cell_is_the_kiosks_own_and_keeps_its_certificate(tmp_path: Path) -> None:
    """The simulated cell inside the kiosk, set to sign-encrypt: its certificate is made once (off the
    GUI thread), kept in the kiosk's pki and trusted, so the link comes up at every start."""
    from kiosk.app import start_cell, stop_cells
    from kiosk.core.site import EMBEDDED

    pki = Pki(tmp_path / "pki")
    cell = replace(load_site_profile("drachten").profile.cells[0], endpoint=EMBEDDED, security="sign-encrypt")
    seen: list[bytes] = []
    for _ in range(2):  # two starts of the kiosk
        runtime = start_cell(cell, 0, pki)
        try:
            assert _wait_state(runtime.worker, ConnectionState.CONNECTED, timeout=30) == ""
            assert runtime.simulator is not None
            seen.append(runtime.simulator.certificate_der)
        finally:
            stop_cells([runtime])
    assert seen[0] == seen[1] and pki.is_trusted(seen[0])
