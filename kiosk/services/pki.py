"""The kiosk's OPC UA certificates: its own client certificate, and the cell certificates it trusts.

A cell with `security = "sign"` or `"sign-encrypt"` (policy Basic256Sha256) is only talked to when the
certificate it shows is one an instructor trusted. The folder (`<data>/pki`, see `pki_folder`) holds:

- `own/cert.der` and `own/key.pem`: the kiosk's client certificate (self-signed, RSA 2048, SHA-256)
  and its private key (mode 0600), made on first use. The certificate names the application URI the
  kiosk sends (`APPLICATION_URI`) and this machine's host name; install it on the PLC so the cell
  trusts the kiosk in turn;
- `trusted/<sha256>.der`: the cell certificates an instructor trusted;
- `rejected/<sha256>.der`: certificates a cell showed that were not trusted (yet), so the instructor
  screen can show them and trust one with a tap.

A certificate is known by its SHA-256 fingerprint, written "AB:CD:..." (what most PLC screens show).
No Qt here; every call does small file I/O and may be run off the GUI thread. Files that are not
certificates in trusted/ or rejected/ are skipped (and logged), never trusted.
"""

from __future__ import annotations

import hashlib
import logging
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asyncua.crypto import cert_gen
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.services.private_files import write_private

__all__ = [
    "APPLICATION_URI",
    "CertInfo",
    "Pki",
    "PkiError",
    "cert_info",
    "fingerprint",
    "first_certificate",
    "pki_folder",
    "self_signed_certificate",
    "subject_text",
    "validity",
]

log = logging.getLogger(__name__)

APPLICATION_URI = "urn:skillslab:kiosk"
"""The application URI the kiosk's OPC UA client sends; its certificate names the same (servers check)."""
APPLICATION_NAME = "Skills Lab Kiosk"
OWN_CERT_DAYS = 5 * 365
"""A kiosk lives for years; a PLC needs the certificate installed again whenever it is renewed."""
PKI_FOLDER_NAME = "pki"

_HEX_RE = re.compile(r"[0-9a-f]{64}")


class PkiError(ValueError):
    """Bytes that are not a usable certificate, or a fingerprint that is not one; the text says which."""


def pki_folder(data_dir: Path) -> Path:
    """Where the certificates live under the kiosk's data folder (AppPaths.data_dir)."""
    return data_dir / PKI_FOLDER_NAME


def first_certificate(blob: bytes) -> bytes:
    """The first certificate of a DER blob that may be a chain (servers may send theirs followed by
    the issuers'). Raises PkiError when the blob does not start with a DER SEQUENCE."""
    if len(blob) < 2 or blob[0] != 0x30:
        raise PkiError("not a DER certificate (it does not start with a SEQUENCE)")
    first = blob[1]
    if first < 0x80:
        return blob[: 2 + first]
    count = first & 0x7F
    if count == 0 or count > 4 or len(blob) < 2 + count:
        raise PkiError("not a DER certificate (bad length)")
    length = int.from_bytes(blob[2 : 2 + count], "big")
    end = 2 + count + length
    if end > len(blob):
        raise PkiError("not a DER certificate (shorter than it says)")
    return blob[:end]


def _load(cert_der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(first_certificate(cert_der))
    except ValueError as exc:
        raise PkiError(f"not a DER certificate: {exc}") from exc


def fingerprint(cert_der: bytes) -> str:
    """The SHA-256 fingerprint of the (first) certificate, as upper-case hex pairs joined by ':'."""
    digest = hashlib.sha256(first_certificate(cert_der)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _hex(fp: str) -> str:
    """A fingerprint in any usual spelling ("AB:CD..", "ab cd..", "abcd..") as 64 lower-case hex digits."""
    text = re.sub(r"[\s:]", "", fp).lower()
    if not _HEX_RE.fullmatch(text):
        raise PkiError(f"not a SHA-256 fingerprint: {fp!r} (expected 32 hex pairs)")
    return text


def subject_text(cert_der: bytes) -> str:
    """The certificate's subject in words: its common name first, then organisation and the rest
    (e.g. "PLC-Line3, O=Festo, C=DE"); the RFC 4514 string when there is no common name."""
    subject = _load(cert_der).subject
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names:
        return subject.rfc4514_string()
    rest = [a.rfc4514_string() for a in subject if a.oid != NameOID.COMMON_NAME]
    return ", ".join([str(names[0].value), *rest])


def validity(cert_der: bytes) -> tuple[datetime, datetime]:
    """(not valid before, not valid after), both aware datetimes in UTC."""
    cert = _load(cert_der)
    return cert.not_valid_before_utc, cert.not_valid_after_utc


def self_signed_certificate(
    common_name: str, application_uri: str, host_names: list[str], *, server: bool, days: int
) -> tuple[bytes, bytes]:
    """A new self-signed OPC UA application certificate (RSA 2048, SHA-256, as OPC 10000-6 6.2.2 asks,
    made with asyncua's cert_gen) and its key: (certificate DER, private key PEM). The subject
    alternative names hold `application_uri` and `host_names`; `server` picks the extended key usage."""
    key = cert_gen.generate_private_key()
    alt_names: list[x509.GeneralName] = [x509.UniformResourceIdentifier(application_uri)]
    alt_names += [x509.DNSName(name) for name in host_names]
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    cert = cert_gen.generate_self_signed_app_certificate(
        key, common_name, {"organizationName": "Skills Lab"}, alt_names, [usage], days=days
    )
    return cert.public_bytes(serialization.Encoding.DER), cert_gen.dump_private_key_as_pem(key)


@dataclass(frozen=True)
class CertInfo:
    """One certificate as the instructor screen shows it."""

    fingerprint: str
    subject: str
    not_before: datetime
    not_after: datetime
    der: bytes
    application_uri: str = ""  # from the subject alternative names; "" when it names none

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) > self.not_after


def cert_info(cert_der: bytes) -> CertInfo:
    """Everything the screen shows of a certificate. Raises PkiError for bytes that are not one."""
    der = first_certificate(cert_der)
    cert = _load(der)
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        uris = san.get_values_for_type(x509.UniformResourceIdentifier)
    except x509.ExtensionNotFound:
        uris = []
    return CertInfo(
        fingerprint=fingerprint(der),
        subject=subject_text(der),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        der=der,
        application_uri=uris[0] if uris else "",
    )


class Pki:
    """The certificate folder of one kiosk (see the module docstring). Thread-safe: the OPC UA
    workers and the instructor screen's background jobs may use one object at the same time."""

    def __init__(self, folder: Path, *, host_name: str | None = None) -> None:
        """`folder` is created on first write; `host_name` (default: this machine's) goes into the
        own certificate's subject alternative names."""
        self.folder = Path(folder)
        self._host_name = host_name or socket.gethostname()
        self._lock = threading.Lock()

    @property
    def own_cert_path(self) -> Path:
        """The kiosk's client certificate (DER): the file to install on a PLC."""
        return self.folder / "own" / "cert.der"

    @property
    def own_key_path(self) -> Path:
        return self.folder / "own" / "key.pem"

    @property
    def trusted_dir(self) -> Path:
        return self.folder / "trusted"

    @property
    def rejected_dir(self) -> Path:
        return self.folder / "rejected"

    # ------------------------------------------------------------------------------ own certificate
    def own_certificate(self) -> tuple[bytes, bytes]:
        """(certificate DER, private key PEM) of the kiosk, made on first use and again when the one on
        disk has expired or cannot be read (a PLC must then be given the new one)."""
        with self._lock:
            cert_path, key_path = self.own_cert_path, self.own_key_path
            if cert_path.exists() and key_path.exists():
                try:
                    cert_der, key_pem = cert_path.read_bytes(), key_path.read_bytes()
                    cert = _load(cert_der)
                    key = serialization.load_pem_private_key(key_pem, password=None)
                    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
                    if key.public_key().public_bytes(*raw) != cert.public_key().public_bytes(*raw):
                        # A crash between writing the new key and its certificate: they do not belong together.
                        raise ValueError("the key does not belong to the certificate")
                    if cert.not_valid_after_utc > datetime.now(UTC):
                        return cert_der, key_pem
                    log.warning("the kiosk's certificate %s has expired; making a new one", cert_path)
                except (OSError, ValueError) as exc:  # PkiError is a ValueError
                    log.warning("the kiosk's certificate in %s is not usable (%s); making a new one", cert_path, exc)
            return self._make_own()

    def _make_own(self) -> tuple[bytes, bytes]:
        cert_der, key_pem = self_signed_certificate(
            APPLICATION_NAME, APPLICATION_URI, [self._host_name], server=False, days=OWN_CERT_DAYS
        )
        self.own_cert_path.parent.mkdir(parents=True, exist_ok=True)
        write_private(self.own_key_path, key_pem)  # the key first: a certificate without its key is useless
        write_private(self.own_cert_path, cert_der)
        log.info("made the kiosk's OPC UA certificate %s (%s)", self.own_cert_path, fingerprint(cert_der))
        return cert_der, key_pem

    def embedded_cell_certificate(self, make: Callable[[], tuple[bytes, bytes]]) -> tuple[bytes, bytes]:
        """(certificate DER, key PEM) for the simulated cell inside this kiosk when it runs secured:
        `make()` makes one the first time (and when it has expired); it is kept under embedded/, so it
        is the same at every start, and trusted, since that cell is part of the kiosk itself. Making
        one means an RSA key: call this off the GUI thread."""
        folder = self.folder / "embedded"
        cert_path, key_path = folder / "cert.der", folder / "key.pem"
        with self._lock:
            try:
                cert_der, key_pem = cert_path.read_bytes(), key_path.read_bytes()
                if _load(cert_der).not_valid_after_utc <= datetime.now(UTC):
                    raise ValueError("expired")
            except (OSError, ValueError):
                cert_der, key_pem = make()
                folder.mkdir(parents=True, exist_ok=True)
                write_private(key_path, key_pem)
                write_private(cert_path, cert_der)
        self.trust(cert_der)
        return cert_der, key_pem

    # ------------------------------------------------------------------------------ trust
    def trust(self, cert_der: bytes) -> str:
        """Trust this certificate from now on (and drop it from rejected/). Returns its fingerprint.
        Raises PkiError for bytes that are not a certificate."""
        der = first_certificate(cert_der)
        _load(der)
        name = _hex(fingerprint(der)) + ".der"
        with self._lock:
            self.trusted_dir.mkdir(parents=True, exist_ok=True)
            write_private(self.trusted_dir / name, der)
            (self.rejected_dir / name).unlink(missing_ok=True)
        return fingerprint(der)

    def untrust(self, fp: str) -> bool:
        """Stop trusting the certificate with fingerprint `fp` (any usual spelling). True when it was
        trusted. A cell showing it is refused from its next connection on."""
        wanted = _hex(fp)
        removed = False
        with self._lock:
            for path in self._files(self.trusted_dir):
                if path.name == wanted + ".der" or self._file_hex(path) == wanted:
                    path.unlink(missing_ok=True)
                    removed = True
        return removed

    def is_trusted(self, cert_der: bytes) -> bool:
        """Whether exactly this certificate (its SHA-256) is in trusted/, under any file name (an
        instructor may also copy a PLC's certificate there by hand)."""
        wanted = _hex(fingerprint(cert_der))
        if (self.trusted_dir / (wanted + ".der")).is_file():
            return True
        return any(self._file_hex(path) == wanted for path in self._files(self.trusted_dir))

    @staticmethod
    def _files(folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".der" and p.is_file())
        except OSError:
            return []

    @staticmethod
    def _file_hex(path: Path) -> str | None:
        try:
            return _hex(fingerprint(path.read_bytes()))
        except (OSError, PkiError):
            return None

    def reject(self, cert_der: bytes) -> str:
        """Keep a certificate a cell showed that is not trusted, for the screen. Returns its fingerprint."""
        der = first_certificate(cert_der)
        _load(der)
        name = _hex(fingerprint(der)) + ".der"
        with self._lock:
            kept = self.rejected_dir / name
            if not (self.trusted_dir / name).exists() and not kept.exists():  # written once, not per try
                self.rejected_dir.mkdir(parents=True, exist_ok=True)
                write_private(kept, der)
        return fingerprint(der)

    def trusted(self) -> list[CertInfo]:
        """The trusted certificates, by subject."""
        return self._list(self.trusted_dir)

    def rejected(self) -> list[CertInfo]:
        """Certificates cells showed that are not trusted, by subject."""
        return self._list(self.rejected_dir)

    def _list(self, folder: Path) -> list[CertInfo]:
        paths = self._files(folder)
        infos: list[CertInfo] = []
        for path in paths:
            try:
                infos.append(cert_info(path.read_bytes()))
            except (OSError, PkiError) as exc:
                log.warning("%s: skipped, not a certificate: %s", path, exc)
        return sorted(infos, key=lambda i: (i.subject, i.fingerprint))
