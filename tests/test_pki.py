"""The kiosk's certificate folder: its own certificate made once (key owner-only), fingerprints that are
stable and spelled as PLC screens do, and trust that can be given, listed and taken back."""

from __future__ import annotations

import hashlib
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509

from kiosk.services.pki import (
    APPLICATION_URI,
    Pki,
    PkiError,
    cert_info,
    fingerprint,
    first_certificate,
    self_signed_certificate,
    subject_text,
    validity,
)


def test_own_certificate_is_made_once_with_a_private_key(tmp_path: Path) -> None:
    pki = Pki(tmp_path / "pki", host_name="kiosk-7")
    cert_der, key_pem = pki.own_certificate()
    assert pki.own_cert_path.read_bytes() == cert_der
    assert pki.own_key_path.read_bytes() == key_pem and key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert stat.S_IMODE(pki.own_key_path.stat().st_mode) == 0o600
    assert pki.own_certificate() == (cert_der, key_pem)  # not made again
    assert Pki(tmp_path / "pki").own_certificate() == (cert_der, key_pem)  # nor by a new object on the folder

    cert = x509.load_der_x509_certificate(cert_der)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.UniformResourceIdentifier) == [APPLICATION_URI]
    assert "kiosk-7" in san.get_values_for_type(x509.DNSName)
    assert subject_text(cert_der) == "Skills Lab Kiosk, O=Skills Lab"
    start, end = validity(cert_der)
    assert start <= datetime.now(UTC) < end and (end - start).days >= 4 * 365


def test_a_broken_own_certificate_is_made_again(tmp_path: Path) -> None:
    pki = Pki(tmp_path)
    first, _ = pki.own_certificate()
    pki.own_cert_path.write_bytes(b"not a certificate")
    again, _ = pki.own_certificate()
    assert again != first and x509.load_der_x509_certificate(again)


def test_a_key_that_does_not_match_its_certificate_is_made_again(tmp_path: Path) -> None:
    pki = Pki(tmp_path)
    first, _ = pki.own_certificate()
    _, other_key = self_signed_certificate("other", "urn:other", [], server=False, days=30)
    pki.own_key_path.write_bytes(other_key)  # as if the kiosk died between writing a new key and its cert
    again, key = pki.own_certificate()
    assert again != first and key != other_key


def test_fingerprint_is_the_sha256_in_hex_pairs_and_ignores_a_chain() -> None:
    der, _ = self_signed_certificate("PLC-Line3", "urn:plc:line3", ["plc3"], server=True, days=30)
    digest = hashlib.sha256(der).hexdigest().upper()
    fp = fingerprint(der)
    assert fp.replace(":", "") == digest and len(fp.split(":")) == 32
    other, _ = self_signed_certificate("CA", "urn:ca", [], server=True, days=30)
    assert first_certificate(der + other) == der
    assert fingerprint(der + other) == fp  # a server's cert followed by its chain: the server's
    info = cert_info(der)
    assert (info.fingerprint, info.subject, info.application_uri) == (fp, "PLC-Line3, O=Skills Lab", "urn:plc:line3")
    with pytest.raises(PkiError, match="not a DER certificate"):
        fingerprint(b"hello")


def test_trust_list_and_untrust(tmp_path: Path) -> None:
    pki = Pki(tmp_path)
    plc, _ = self_signed_certificate("PLC-Line3", "urn:plc:line3", ["plc3"], server=True, days=30)
    other, _ = self_signed_certificate("PLC-Line4", "urn:plc:line4", ["plc4"], server=True, days=30)
    assert pki.trusted() == [] and pki.rejected() == [] and not pki.is_trusted(plc)

    assert pki.reject(plc) == fingerprint(plc)
    assert [i.fingerprint for i in pki.rejected()] == [fingerprint(plc)]
    assert pki.trust(plc) == fingerprint(plc)
    assert pki.is_trusted(plc) and not pki.is_trusted(other)
    assert pki.rejected() == []  # trusting takes it out of the rejected ones
    pki.reject(plc)
    assert pki.rejected() == []  # a trusted certificate is never listed as rejected
    assert [(i.subject, i.der) for i in pki.trusted()] == [("PLC-Line3, O=Skills Lab", plc)]

    assert pki.untrust(fingerprint(plc).lower().replace(":", " ")) is True  # any usual spelling
    assert not pki.is_trusted(plc) and pki.trusted() == []
    assert pki.untrust(fingerprint(plc)) is False
    with pytest.raises(PkiError, match="not a SHA-256 fingerprint"):
        pki.untrust("AB:CD")


def test_a_certificate_copied_in_by_hand_counts_and_junk_does_not(tmp_path: Path) -> None:
    pki = Pki(tmp_path)
    plc, _ = self_signed_certificate("PLC-Line3", "urn:plc:line3", ["plc3"], server=True, days=30)
    pki.trusted_dir.mkdir(parents=True)
    (pki.trusted_dir / "line3.der").write_bytes(plc)
    (pki.trusted_dir / "notes.der").write_bytes(b"junk")
    assert pki.is_trusted(plc)
    assert [i.fingerprint for i in pki.trusted()] == [fingerprint(plc)]
    assert pki.untrust(fingerprint(plc)) and not (pki.trusted_dir / "line3.der").exists()
