"""Open Badges 3.0 achievement credentials (`OpenBadgeCredential`, JSON-LD), one per trainee and passed
module, for a trainee's wallet or a school's badge system.

Unsigned by default. When the setting "badge.signing_key" holds the path of an Ed25519 private key
(PEM, unencrypted), each credential carries a `DataIntegrityProof` with the cryptosuite
"eddsa-jcs-2022" (W3C Data Integrity EdDSA Cryptosuites v1.0): sha256 of the JCS-canonical proof
configuration (with the document's @context) followed by sha256 of the JCS-canonical document without
proof, signed with Ed25519, written as multibase base58btc ("z..."). `verificationMethod` is the
setting "badge.verification_method", or else the key's own did:key, which any verifier can resolve
without a network.

Privacy: the trainee is identified only by a salted sha256 of the trainee code (an OB 3.0
IdentityObject), never by name; whoever knows the code and the salt in the badge can check it.
"""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.labs.module import LabModule
from kiosk.services.private_files import write_private
from kiosk.services.records.certificate import site_title
from kiosk.services.records.export import best_passed, selected_attempts
from kiosk.services.records.settings import read_setting
from kiosk.services.records.store import Attempt, RecordStore

__all__ = [
    "CONTEXTS",
    "SIGNING_KEY_SETTING",
    "VERIFICATION_METHOD_SETTING",
    "BadgeKeyError",
    "badge_name",
    "base58btc",
    "build_credential",
    "canonical_json",
    "did_key",
    "export_badges",
    "proof_hash_data",
    "sign_credential",
]

CONTEXTS = (
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
)
SIGNING_KEY_SETTING = "badge.signing_key"
VERIFICATION_METHOD_SETTING = "badge.verification_method"
# Fixed, so the same site and module always get the same issuer and achievement ids.
_NAMESPACE = uuid.UUID("5b1d6c2e-8f0a-4c57-9a51-2f4f0c1d7e3a")
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_PUB_MULTICODEC = b"\xed\x01"


class BadgeKeyError(Exception):
    """The configured signing key cannot be used (the message names the file and why)."""


# ------------------------------------------------------------------------------------ encodings


def base58btc(data: bytes) -> str:
    """Bitcoin base58 of `data` (leading zero bytes become '1')."""
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + out


def _jcs_value(value: Any) -> Any:
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("JSON has no NaN or infinity")
        # JCS writes numbers as ECMAScript does: 9.0 is "9"
        return int(value) if value.is_integer() and abs(value) < 1e21 else value
    if isinstance(value, Mapping):
        return {str(k): _jcs_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jcs_value(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """RFC 8785 (JCS) canonical JSON of `value`, UTF-8. Keys are sorted by code point, which equals the
    RFC's UTF-16 order for the keys this module writes (all ASCII); floats that are whole numbers are
    written without ".0"."""
    text = json.dumps(_jcs_value(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def did_key(public_key: bytes) -> str:
    """The did:key of a raw 32-byte Ed25519 public key (multicodec 0xed01, base58btc)."""
    return "did:key:z" + base58btc(_ED25519_PUB_MULTICODEC + public_key)


# ------------------------------------------------------------------------------------ signing


def _load_key(path_text: str) -> Ed25519PrivateKey:
    path = Path(path_text).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadgeKeyError(f"{path}: cannot read the badge signing key: {exc.strerror or exc}") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise BadgeKeyError(f"{path}: not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BadgeKeyError(f"{path}: the badge signing key must be Ed25519, not {type(key).__name__}")
    return key


def proof_hash_data(document: Mapping[str, Any], proof: Mapping[str, Any]) -> bytes:
    """What eddsa-jcs-2022 signs: sha256(JCS(proof config)) + sha256(JCS(document without proof)), where
    the proof config is `proof` without proofValue and with the document's @context."""
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = document["@context"]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    return hashlib.sha256(canonical_json(config)).digest() + hashlib.sha256(canonical_json(unsecured)).digest()


def sign_credential(
    credential: Mapping[str, Any], key: Ed25519PrivateKey, verification_method: str, created: str
) -> dict[str, Any]:
    """`credential` with a DataIntegrityProof (eddsa-jcs-2022) made with `key`."""
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    signature = key.sign(proof_hash_data(credential, proof))
    proof["proofValue"] = "z" + base58btc(signature)
    return {**credential, "proof": proof}


# ------------------------------------------------------------------------------------ credentials


def _utc(text: str) -> str:
    """An ISO timestamp as YYYY-MM-DDTHH:MM:SSZ (OB 3.0 wants a time zone)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def badge_name(code: str, module_id: str) -> str:
    """The file name of a trainee's badge for a module."""
    return f"badge-{code}-{module_id}.json"


def build_credential(
    code: str, attempt: Attempt, module: LabModule | None, *, site_name: str, issuer_id: str, language: str, salt: str
) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential for a passed attempt (see the module docstring)."""
    title = module.title.get(language) if module is not None else attempt.module_id
    summary = module.summary.get(language) if module is not None else attempt.module_id
    skills = [s.get(language) for s in module.skills] if module is not None else []
    mastery = module.mastery if module is not None else None
    narrative = f"Passed the Skills Lab module “{title}” (version {attempt.module_version}) at {site_name}"
    narrative += f" with at least {round(mastery * 100)} % of the points." if mastery is not None else "."
    if skills:
        narrative += "\n\n" + "\n".join(f"- {s}" for s in skills)
    achievement: dict[str, Any] = {
        "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'achievement/{attempt.site}/{attempt.module_id}')}",
        "type": ["Achievement"],
        "name": title,
        "description": summary,
        "criteria": {"narrative": narrative},
    }
    if skills:
        achievement["tag"] = skills
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityHash": "sha256$" + hashlib.sha256((code + salt).encode("utf-8")).hexdigest(),
                "identityType": "identifier",
                "hashed": True,
                "salt": salt,
            }
        ],
        "achievement": achievement,
    }
    if attempt.scaled is not None:
        subject["result"] = [{"type": ["Result"], "value": f"{round(attempt.scaled * 100.0, 1):g}"}]
    return {
        "@context": list(CONTEXTS),
        "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'credential/{attempt.registration}')}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": site_name},
        "validFrom": _utc(attempt.ended_at or attempt.started_at),
        "credentialSubject": subject,
    }


def export_badges(
    store: RecordStore,
    out_dir: str | Path,
    modules: Mapping[str, LabModule],
    *,
    trainee: str | None = None,
    since: date | None = None,
    language: str = "en",
) -> list[Path]:
    """Write one badge-<CODE>-<module>.json (mode 0600) per trainee and passed module into `out_dir`
    (created); returns their paths by trainee code then module id. Signed when "badge.signing_key" is
    set; raises BadgeKeyError (before writing anything) when that key cannot be used."""
    key_path = read_setting(store, SIGNING_KEY_SETTING)
    key = _load_key(str(key_path)) if key_path else None
    method = read_setting(store, VERIFICATION_METHOD_SETTING)
    if key is not None and not method:
        did = did_key(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
        method = f"{did}#{did.removeprefix('did:key:')}"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    written: list[Path] = []
    for code, _name, attempt in best_passed(selected_attempts(store, trainee=trainee, since=since)):
        site_name = site_title(attempt.site, language)
        # A signed badge's issuer is the controller of its key; unsigned, a stable id per site.
        site_urn = f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'site/{attempt.site}')}"
        issuer_id = str(method).split("#", 1)[0] if key is not None else site_urn
        credential = build_credential(
            code,
            attempt,
            modules.get(attempt.module_id),
            site_name=site_name,
            issuer_id=issuer_id,
            language=language,
            salt=secrets.token_hex(8),
        )
        if key is not None:
            credential = sign_credential(credential, key, str(method), created)
        path = out / badge_name(code, attempt.module_id)
        write_private(path, (json.dumps(credential, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        written.append(path)
    return written
