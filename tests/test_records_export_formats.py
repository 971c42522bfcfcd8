"""The xlsx, pdf (certificates) and badge (Open Badges 3.0) exports of a real records store, the
verification codes on certificates, and `kiosk records export --format ...` / `kiosk records verify`.
Every file is opened with a real reader: openpyxl, pypdf (and pdftotext when installed), json +
jsonschema, and the Ed25519 signature is checked with the public key."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key
from jsonschema import Draft202012Validator
from openpyxl import load_workbook
from pypdf import PdfReader
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.cli import main
from kiosk.cli_records import FORMATS
from kiosk.core.labs.module import LabModule
from kiosk.services.labs.loader import load_catalog, shipped_labs_dir
from kiosk.services.records import Attempt, RecordStore
from kiosk.services.records.badge import (
    SIGNING_KEY_SETTING,
    VERIFICATION_METHOD_SETTING,
    BadgeKeyError,
    canonical_json,
    export_badges,
)
from kiosk.services.records.certificate import export_certificates
from kiosk.services.records.export import ATTEMPTS_HEADER, SKILLS_HEADER
from kiosk.services.records.export_xlsx import export_xlsx
from kiosk.services.records.exports import EXPORT_FORMATS, run_export
from kiosk.services.records.settings import read_setting, write_setting
from kiosk.services.records.verification import SECRET_KEY, verification_code, verify_code

SCHEMA = json.loads((Path(__file__).parent / "data" / "ob_v3p0_achievementcredential_schema.json").read_text())
POLISH = "Łukasz Żółć"
CODE_RE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture(scope="module")
def modules() -> dict[str, LabModule]:
    catalog = load_catalog(shipped_labs_dir())
    return {e.module.id: e.module for e in catalog.available() if e.module is not None}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[RecordStore]:
    """T-1001 (Ana Lima): speed failed on day 1 (40 %), passed on day 2 (90 %); safety open on day 2.
    T-1002 (no name): speed failed on day 1. T-2001 (Łukasz Żółć): speed passed on day 2 (85 %)."""
    s = RecordStore(data_dir / "records.sqlite")
    s.add_trainee("T-1001", "Ana Lima", created_at=DAY1.isoformat()).result(timeout=T)
    s.add_trainee("T-2001", POLISH, created_at=DAY1.isoformat()).result(timeout=T)
    record(s, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
    record(s, "T-1002", SPEED, DAY1 + timedelta(hours=1), ended(DAY1 + timedelta(hours=1), "failed", 3.5))
    record(s, "T-1001", SPEED, DAY2, ended(DAY2, "passed", 9.0))
    record(s, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)
    record(s, "T-2001", SPEED, DAY2 + timedelta(hours=2), ended(DAY2 + timedelta(hours=2), "passed", 8.5))
    yield s
    s.close()


def passed(store: RecordStore, code: str) -> Attempt:
    return next(a for a in store.attempts_for(code) if a.outcome == "passed")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def normal_space(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------- xlsx


def test_xlsx_has_typed_attempts_and_skills_sheets(store: RecordStore, tmp_path: Path) -> None:
    path = export_xlsx(store, tmp_path / "out")
    assert path == tmp_path / "out" / "records.xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["Attempts", "Skills"]

    sheet = book["Attempts"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ATTEMPTS_HEADER
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("trainee") and sheet.column_dimensions["I"].width >= 19
    first = dict(zip(ATTEMPTS_HEADER, rows[1], strict=True))
    assert first == {
        "trainee": "T-1001",
        "name": "Ana Lima",
        "module": SPEED,
        "module_version": 3,
        "site": "drachten",
        "cell": "demo",
        "simulated": True,
        "language": "en",
        "started": DAY1.replace(tzinfo=None),
        "ended": (DAY1 + timedelta(minutes=12)).replace(tzinfo=None),
        "outcome": "failed",
        "score_raw": 4,
        "score_max": 10,
        "scaled_percent": 40,
    }
    assert isinstance(first["started"], datetime) and isinstance(first["scaled_percent"], int | float)
    assert sheet["I2"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert [(r[0], r[1], r[10], r[13]) for r in rows[1:]] == [
        ("T-1001", "Ana Lima", "failed", 40),
        ("T-1001", "Ana Lima", "passed", 90),
        ("T-1001", "Ana Lima", None, None),  # the open attempt: empty cells, not ""
        ("T-1002", None, "failed", 35),
        ("T-2001", POLISH, "passed", 85),
    ]

    skills = list(book["Skills"].iter_rows(values_only=True))
    assert skills[0] == SKILLS_HEADER
    day2 = datetime(2025, 3, 20)
    assert skills[1:] == [
        ("T-1001", "Ana Lima", SAFETY, None, "in progress", 1, day2),
        ("T-1001", "Ana Lima", SPEED, 90, "passed", 2, day2),
        ("T-1002", None, SAFETY, None, "not started", 0, None),
        ("T-1002", None, SPEED, 35, "failed", 1, datetime(2025, 3, 14)),
        ("T-2001", POLISH, SAFETY, None, "not started", 0, None),
        ("T-2001", POLISH, SPEED, 85, "passed", 1, day2),
    ]
    assert book["Skills"]["G2"].is_date


def test_xlsx_filters(store: RecordStore, tmp_path: Path) -> None:
    book = load_workbook(export_xlsx(store, tmp_path, trainee="T-1002"))
    assert [r[0] for r in book["Attempts"].iter_rows(min_row=2, values_only=True)] == ["T-1002"]
    book = load_workbook(export_xlsx(store, tmp_path, since=date(2025, 4, 1)))
    assert book["Attempts"].max_row == 1 and book["Skills"].max_row == 1  # headers only


# ------------------------------------------------------------------------------------------- verification


def test_verification_codes_round_trip(store: RecordStore) -> None:
    assert verify_code(store, "0000-0000-0000") is None  # no code issued yet: no secret is made by checking
    assert read_setting(store, SECRET_KEY) is None
    ana, lukasz = passed(store, "T-1001"), passed(store, "T-2001")
    code = verification_code(store, ana)
    assert CODE_RE.match(code), code
    assert verification_code(store, ana) == code  # deterministic
    assert verification_code(store, lukasz) != code
    secret = read_setting(store, SECRET_KEY)
    assert isinstance(secret, str) and len(secret) == 64
    audit = [e for e in store.audit_entries() if e.action == "setting"]
    assert [e.actor for e in audit] == ["system"]
    assert secret not in audit[0].detail  # the log cannot be erased: the secret must not be in it

    assert verify_code(store, code) == ana
    assert verify_code(store, code.lower().replace("-", " ")) == ana
    assert verify_code(store, verification_code(store, lukasz)) == lukasz
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert verify_code(store, wrong) is None
    assert verify_code(store, "not a code") is None
    assert verify_code(store, code + "X") is None
    failed = next(a for a in store.attempts_for("T-1001") if a.outcome == "failed")
    with pytest.raises(ValueError, match="not passed"):
        verification_code(store, failed)


def test_codes_depend_on_the_kiosk_secret(store: RecordStore) -> None:
    ana = passed(store, "T-1001")
    code = verification_code(store, ana)
    write_setting(store, SECRET_KEY, "another kiosk", actor="test").result(timeout=T)
    assert verification_code(store, ana) != code
    assert verify_code(store, code) is None


# ------------------------------------------------------------------------------------------- pdf


def test_certificates_name_site_module_trainee_score_skills_and_code(
    store: RecordStore, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    paths = export_certificates(store, tmp_path / "pdf", modules)
    assert [p.name for p in paths] == [f"certificate-T-1001-{SPEED}.pdf", f"certificate-T-2001-{SPEED}.pdf"]
    ana = normal_space(pdf_text(paths[0]))
    code = verification_code(store, passed(store, "T-1001"))
    for expected in (
        "Skills Lab Drachten",
        "Certificate",
        "Ana Lima",
        "Conveyor speed and cycle time",
        "2025-03-20",
        "90 %",
        "Reading and explaining the cycle time",
        "Working out the output per hour",
        code,
        f"kiosk records verify {code}",
    ):
        assert expected in ana, expected
    assert "40 %" not in ana  # the best passed attempt counts, not the failed one
    lukasz = normal_space(pdf_text(paths[1]))
    assert POLISH in lukasz and "85 %" in lukasz
    assert verification_code(store, passed(store, "T-2001")) in lukasz
    assert len(PdfReader(paths[0]).pages) == 1
    width, height = PdfReader(paths[0]).pages[0].mediabox.width, PdfReader(paths[0]).pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 in points


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_certificate_reads_in_pdftotext(store: RecordStore, modules: dict[str, LabModule], tmp_path: Path) -> None:
    path = export_certificates(store, tmp_path, modules, trainee="T-2001")[0]
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    assert POLISH in out.stdout and "Conveyor speed and cycle time" in out.stdout


def test_certificates_in_dutch_and_for_an_unknown_module(
    store: RecordStore, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    path = export_certificates(store, tmp_path / "nl", modules, trainee="T-1001", language="nl")[0]
    text = normal_space(pdf_text(path))
    assert "Certificaat" in text and "Bandsnelheid en cyclustijd" in text
    assert "De cyclustijd aflezen en uitleggen" in text
    # without the module files the id names the module and no skills are listed
    text = normal_space(pdf_text(export_certificates(store, tmp_path / "bare", {}, trainee="T-1001")[0]))
    assert SPEED in text and "Skills:" not in text
    assert export_certificates(store, tmp_path / "none", modules, trainee="T-1002") == []


# ------------------------------------------------------------------------------------------- badges


def b58decode(text: str) -> bytes:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    number = 0
    for ch in text:
        number = number * 58 + alphabet.index(ch)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def jcs(value: Any) -> bytes:
    """An independent JCS for these documents (no floats that are whole numbers occur in them)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def validate(credential: dict[str, Any]) -> None:
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(credential), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_unsigned_badges_validate_and_hide_the_trainee(
    store: RecordStore, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    paths = export_badges(store, tmp_path, modules)
    assert [p.name for p in paths] == [f"badge-T-1001-{SPEED}.json", f"badge-T-2001-{SPEED}.json"]
    text = paths[0].read_text(encoding="utf-8")
    badge = json.loads(text)
    validate(badge)
    assert "proof" not in badge
    assert badge["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert badge["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert badge["issuer"]["name"] == "Skills Lab Drachten" and badge["issuer"]["id"].startswith("urn:uuid:")
    assert badge["validFrom"] == "2025-03-20T14:12:00Z"
    subject = badge["credentialSubject"]
    ident = subject["identifier"][0]
    assert ident["identityHash"] == "sha256$" + hashlib.sha256(("T-1001" + ident["salt"]).encode()).hexdigest()
    assert "Ana Lima" not in text and "T-1001" not in text.replace(paths[0].name, "")
    achievement = subject["achievement"]
    assert achievement["name"] == "Conveyor speed and cycle time"
    assert "Setting the conveyor speed" in achievement["criteria"]["narrative"]
    assert subject["result"] == [{"type": ["Result"], "value": "90"}]
    other = json.loads(paths[1].read_text(encoding="utf-8"))
    validate(other)
    assert other["id"] != badge["id"] and other["credentialSubject"]["achievement"]["id"] == achievement["id"]
    # the schema is not a rubber stamp: a badge without validFrom or with a bad subject fails it
    assert list(Draft202012Validator(SCHEMA).iter_errors({k: v for k, v in badge.items() if k != "validFrom"}))
    broken = {**badge, "credentialSubject": {**subject, "identifier": [{**ident, "hashed": "yes"}]}}
    assert list(Draft202012Validator(SCHEMA).iter_errors(broken))


def test_signed_badges_verify_with_the_public_key(
    store: RecordStore, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    key = Ed25519PrivateKey.generate()
    pem = tmp_path / "badge-key.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    write_setting(store, SIGNING_KEY_SETTING, str(pem), actor="test").result(timeout=T)
    badge = json.loads(export_badges(store, tmp_path / "out", modules, trainee="T-2001")[0].read_text("utf-8"))
    validate(badge)
    proof = badge["proof"]
    assert proof["type"] == "DataIntegrityProof" and proof["cryptosuite"] == "eddsa-jcs-2022"
    assert proof["proofPurpose"] == "assertionMethod" and proof["proofValue"].startswith("z")
    raw_public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    did, fragment = proof["verificationMethod"].split("#")
    assert did == "did:key:" + fragment and b58decode(fragment[1:]) == b"\xed\x01" + raw_public
    assert badge["issuer"]["id"] == did

    def check(document: dict[str, Any], public: Ed25519PublicKey) -> None:
        config = {k: v for k, v in document["proof"].items() if k != "proofValue"}
        config["@context"] = document["@context"]
        unsecured = {k: v for k, v in document.items() if k != "proof"}
        data = hashlib.sha256(jcs(config)).digest() + hashlib.sha256(jcs(unsecured)).digest()
        public.verify(b58decode(document["proof"]["proofValue"][1:]), data)

    check(badge, key.public_key())
    from cryptography.exceptions import InvalidSignature

    with pytest.raises(InvalidSignature):
        check({**badge, "name": "Something else"}, key.public_key())
    with pytest.raises(InvalidSignature):
        check(badge, Ed25519PrivateKey.generate().public_key())

    write_setting(store, VERIFICATION_METHOD_SETTING, "https://lab.example/keys#1", actor="test").result(timeout=T)
    badge = json.loads(export_badges(store, tmp_path / "vm", modules, trainee="T-2001")[0].read_text("utf-8"))
    assert badge["proof"]["verificationMethod"] == "https://lab.example/keys#1"
    check(badge, key.public_key())


def test_an_unusable_signing_key_is_refused_by_name(store: RecordStore, tmp_path: Path) -> None:
    missing = tmp_path / "nope.pem"
    write_setting(store, SIGNING_KEY_SETTING, str(missing), actor="test").result(timeout=T)
    with pytest.raises(BadgeKeyError, match=re.escape(str(missing))):
        export_badges(store, tmp_path / "out", {})
    rsa = tmp_path / "rsa.pem"
    rsa.write_bytes(
        generate_private_key(65537, 2048).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    write_setting(store, SIGNING_KEY_SETTING, str(rsa), actor="test").result(timeout=T)
    with pytest.raises(BadgeKeyError, match="must be Ed25519"):
        export_badges(store, tmp_path / "out", {})
    assert not (tmp_path / "out").exists()


def test_canonical_json_writes_whole_floats_as_integers() -> None:
    assert canonical_json({"b": 9.0, "a": [0.5, "é"]}) == '{"a":[0.5,"é"],"b":9}'.encode()


# ------------------------------------------------------------------------------------------- dispatcher


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_every_format_writes_owner_only_files(
    store: RecordStore, modules: dict[str, LabModule], tmp_path: Path
) -> None:
    assert FORMATS == EXPORT_FORMATS
    names: dict[str, list[str]] = {}
    for fmt in EXPORT_FORMATS:
        written = run_export(store, fmt, tmp_path / fmt, modules=modules)
        names[fmt] = sorted(p.name for p in written)
        assert sorted(p.name for p in (tmp_path / fmt).iterdir()) == names[fmt]  # no temporary files stay
        for p in written:
            assert p.stat().st_mode & 0o777 == 0o600, p
    assert names["csv"] == ["attempts.csv", "skills.csv"]
    assert names["xlsx"] == ["records.xlsx"]
    assert names["xapi"] == ["statements.jsonl"]
    assert len(names["pdf"]) == len(names["badge"]) == 2
    with pytest.raises(ValueError, match="unknown export format 'docx'"):
        run_export(store, "docx", tmp_path, modules=modules)


# ------------------------------------------------------------------------------------------- cli


def test_cli_exports_every_format(store: RecordStore, data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    store.close()
    base = ["records", "export", "--data-dir", str(data_dir)]
    for fmt in FORMATS:
        out = tmp_path / fmt
        assert main([*base, "--format", fmt, "--out", str(out)]) == 0, fmt
        printed = capsys.readouterr().out
        files = sorted(out.iterdir())
        assert files and all(f"wrote {f}" in printed for f in files), fmt
    assert main([*base, "--format", "pdf", "--out", str(tmp_path / "nl"), "--language", "nl"]) == 0
    capsys.readouterr()
    assert "Bandsnelheid en cyclustijd" in normal_space(pdf_text(tmp_path / "nl" / f"certificate-T-1001-{SPEED}.pdf"))
    labs = tmp_path / "no-labs"
    labs.mkdir()
    assert (
        main([*base, "--format", "badge", "--out", str(tmp_path / "b"), "--labs", str(labs), "--trainee", "t-2001"])
        == 0
    )
    capsys.readouterr()
    badge = json.loads((tmp_path / "b" / f"badge-T-2001-{SPEED}.json").read_text("utf-8"))
    assert badge["name"] == SPEED  # no module files: the id names the module
    assert main([*base, "--format", "pdf", "--out", str(tmp_path / "none"), "--trainee", "T-1002"]) == 0
    assert "nothing to write" in capsys.readouterr().out
    assert main([*base, "--format", "pdf", "--out", str(tmp_path / "x"), "--language", "fr"]) == 2
    with RecordStore(data_dir / "records.sqlite") as reopened:
        exports = [json.loads(e.detail) for e in reopened.audit_entries() if e.action == "export"]
    assert [(d["formats"], d["files"]) for d in exports[:5]] == [
        (["csv"], 2), (["xlsx"], 1), (["pdf"], 2), (["xapi"], 1), (["badge"], 2)
    ]  # fmt: skip
    assert exports[6] == {"formats": ["badge"], "trainee": "T-2001", "since": None, "files": 1}
    assert all(e.actor == "cli" for e in reopened.audit_entries() if e.action == "export")


def test_cli_reports_a_bad_signing_key(store: RecordStore, data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    write_setting(store, SIGNING_KEY_SETTING, str(tmp_path / "missing.pem"), actor="test").result(timeout=T)
    store.close()
    args = ["records", "export", "--format", "badge", "--out", str(tmp_path / "o"), "--data-dir", str(data_dir)]
    assert main(args) == 1
    assert "missing.pem: cannot read the badge signing key" in capsys.readouterr().err


def test_cli_verify(store: RecordStore, data_dir: Path, capsys: Any) -> None:
    code = verification_code(store, passed(store, "T-1001"))
    store.close()
    assert main(["records", "verify", code.lower(), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "trainee: T-1001" in out and SPEED in out and "drachten" in out
    assert "2025-03-20" in out and "passed" in out and "90 %" in out
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert main(["records", "verify", wrong, "--data-dir", str(data_dir)]) == 1
    assert "is not the code of a passed attempt" in capsys.readouterr().err


def test_cli_verify_without_a_records_file(tmp_path: Path, capsys: Any) -> None:
    assert main(["records", "verify", "0000-0000-0000", "--data-dir", str(tmp_path)]) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (tmp_path / "records.sqlite").exists()
