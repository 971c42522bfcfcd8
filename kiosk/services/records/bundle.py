"""Consolidation across sites: one kiosk writes its records since a date into a bundle file, another
merges it into its own records store (no Qt).

The file. A bundle is a zip archive named `skillslab-<site>-<YYYYMMDD>.skillsbundle` holding two
members: `manifest.json` (what the bundle is: format, bundle id, source site, when, since, per-table row
counts, the sha256 of the payload) and `payload.json` (the rows). A zip because it is one file a USB
stick or a mail attachment carries whole; it is in the standard library on every platform; JSON
compresses to a fraction (process samples repeat a lot); each member carries a CRC-32, so truncation
and damage are found before anything is read; and the manifest can be checked without trusting the
payload. The sha256 in the manifest ties the two together: a payload swapped or edited afterwards is
refused. The payload keeps each table as `{"columns": [...], "rows": [[...], ...]}` (the store's own
column names, rows as arrays) because samples can run to many thousands of rows. The file is written
readable by the owner only (0600), through a temporary file and `os.replace`, so a half-written bundle
never carries the final name.

What a bundle holds. The attempts started on or after `since` (the UTC date of their start, as the
other exports filter), the trainees those attempts belong to (code, created_at, group) and, unless
left out, their display names, and the attempts' events (the xAPI statements as stored), safety
acknowledgements, process samples and step waivers. Attempts this kiosk imported from elsewhere are
included too: a bundle is "everything this kiosk knows since", so sites can relay for each other.

Merging (`import_bundle`). The file is checked completely first (zip, manifest, checksum, counts, every
row's fields and the references between them); a bad file raises `BundleError` naming the file and the
problem and touches nothing. The merge is one `RecordStore.write` job, so it lands whole or not at all.
Per row, by its key (trainees and names: code; attempts: registration; events: id; safety_acks and
waivers: registration + index/step; samples: registration + alias + t):
- missing here: added;
- here and identical: skipped;
- an attempt open here (no end) and ended in the bundle, otherwise identical: completed from the
  bundle (progress made at the other kiosk). Never the reverse: an attempt ended here and open in the
  bundle stays ended (the bundle is older news) and counts as skipped;
- anything else that differs: a conflict. The local row is kept and the conflict reported: table,
  key, and per field the local and the bundle value.
Two deliberate exceptions. A trainee's `created_at` is when a kiosk first saw the code, so it differs
between kiosks by nature and is not compared. A display name erased here (the audit log holds an
`erase-name` row for the code) is not brought back by a bundle: that is reported as a conflict with
the name itself left out. A trainee erased here (an `erase-trainee` row) is left out entirely, as is
every attempt that ended before this kiosk's retention period (a purge removed its like here); both
are reported, the erased code as a conflict, the old attempts as a count.

Imported events are not queued for the Learning Record Store: their own kiosk forwarded them. Every
import is recorded in `bundle_imports` (keyed by the bundle id, with counts and the fields that
differed, never keys, names or values) and audited with counts only. A bundle already recorded there changes
nothing and reports when it was imported.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sqlite3
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kiosk.services.private_files import write_private
from kiosk.services.records.privacy import DEFAULT_RETENTION_MONTHS, RETENTION_KEY, cutoff_for
from kiosk.services.records.store import RecordStore, append_audit_row, utc_now

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT",
    "FORMAT_VERSION",
    "TABLES",
    "Bundle",
    "BundleError",
    "Conflict",
    "Difference",
    "ExportResult",
    "ImportSummary",
    "TableCounts",
    "bundle_file_name",
    "export_bundle",
    "import_bundle",
    "preview_import",
    "read_bundle",
]

FORMAT = "skillslab-records-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".skillsbundle"
MANIFEST = "manifest.json"
PAYLOAD = "payload.json"
_MANIFEST_MAX_BYTES = 1 << 20  # a manifest is a few hundred bytes; refuse to inflate anything huge

# Column kinds: how a payload value is checked before it goes near the store.
_TEXT, _TEXT_OR_NULL, _INT, _BOOL_INT, _REAL, _REAL_OR_NULL = "text", "text?", "int", "0/1", "number", "number?"

TABLES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "trainees": (("code", _TEXT), ("created_at", _TEXT), ("group_name", _TEXT)),
    "trainee_names": (("code", _TEXT), ("display_name", _TEXT)),
    "attempts": (
        ("registration", _TEXT),
        ("trainee_code", _TEXT),
        ("module_id", _TEXT),
        ("module_version", _INT),
        ("site", _TEXT),
        ("cell", _TEXT),
        ("simulated", _BOOL_INT),
        ("language", _TEXT),
        ("started_at", _TEXT),
        ("ended_at", _TEXT_OR_NULL),
        ("outcome", _TEXT_OR_NULL),
        ("score_raw", _REAL_OR_NULL),
        ("score_max", _REAL_OR_NULL),
        ("scaled", _REAL_OR_NULL),
    ),
    "events": (
        ("id", _TEXT),
        ("registration", _TEXT),
        ("verb", _TEXT),
        ("object_id", _TEXT),
        ("timestamp", _TEXT),
        ("statement_json", _TEXT),
    ),
    "safety_acks": (("registration", _TEXT), ("idx", _INT), ("text", _TEXT), ("acknowledged_at", _TEXT)),
    "samples": (
        ("registration", _TEXT),
        ("alias", _TEXT),
        ("t", _REAL),
        ("value", _REAL_OR_NULL),
        ("text_value", _TEXT_OR_NULL),
        ("quality", _TEXT),
    ),
    "waivers": (
        ("registration", _TEXT),
        ("step_id", _TEXT),
        ("reason", _TEXT),
        ("waived_by", _TEXT),
        ("waived_at", _TEXT),
    ),
}
"""The payload's tables in merge order (a row's references come before it), with their columns."""

_KEYS: Mapping[str, int] = {
    "trainees": 1,
    "trainee_names": 1,
    "attempts": 1,
    "events": 1,
    "safety_acks": 2,
    "samples": 3,
    "waivers": 2,
}
"""How many leading columns of each table form its key."""

_END_COLUMNS = ("ended_at", "outcome", "score_raw", "score_max", "scaled")
_TRAINEE_FIRST_SEEN = "created_at"  # per kiosk by nature: not compared (see the module docstring)


class BundleError(Exception):
    """The bundle cannot be written or used; the message names the file and what is wrong."""


Row = tuple[Any, ...]


@dataclass(frozen=True)
class Bundle:
    """A checked bundle: its manifest and its rows per table (in `TABLES` column order)."""

    path: Path
    bundle_id: str
    source_site: str
    created_at: str
    since: str | None  # YYYY-MM-DD, or None for everything
    names_included: bool
    tables: Mapping[str, Sequence[Row]]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    source_site: str
    counts: Mapping[str, int]


@dataclass(frozen=True)
class Difference:
    """One field of a conflicting row: the value kept here and the one in the bundle."""

    field: str
    local: Any
    bundle: Any


@dataclass(frozen=True)
class Conflict:
    """A row the bundle has with a different content; the local row was kept."""

    table: str
    key: tuple[Any, ...]  # the row's key values, e.g. (registration,) or (registration, step_id)
    differences: tuple[Difference, ...]


@dataclass
class TableCounts:
    """What the merge did with one table's bundle rows."""

    added: int = 0
    skipped: int = 0  # already here, identical (or older news than here)
    completed: int = 0  # attempts open here, ended in the bundle
    conflicts: int = 0


@dataclass
class ImportSummary:
    """The result of an import (or of its preview): per table what happened, and every conflict.

    `already_imported_at` is set (and nothing else happened) when this bundle was imported before."""

    bundle_id: str
    source_site: str
    created_at: str
    since: str | None
    dry_run: bool = False
    already_imported_at: str | None = None
    tables: dict[str, TableCounts] = field(default_factory=lambda: {t: TableCounts() for t in TABLES})
    conflicts: list[Conflict] = field(default_factory=list)
    too_old: int = 0  # attempts left out: ended before this kiosk's retention period (a purge removed them)

    @property
    def added(self) -> int:
        return sum(c.added for c in self.tables.values())

    @property
    def completed(self) -> int:
        return sum(c.completed for c in self.tables.values())

    @property
    def skipped(self) -> int:
        return sum(c.skipped for c in self.tables.values())

    def record(self) -> dict[str, Any]:
        """Counts only, and which fields differed: what `bundle_imports.summary` keeps for good. No keys:
        a code or registration kept here would outlive a purge or an erase (the CLI prints the keys)."""
        return {
            "tables": {
                t: {"added": c.added, "skipped": c.skipped, "completed": c.completed, "conflicts": c.conflicts}
                for t, c in self.tables.items()
            },
            "conflicts": [{"table": c.table, "fields": [d.field for d in c.differences]} for c in self.conflicts],
            "too_old": self.too_old,
        }


# ------------------------------------------------------------------------------------------ export


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "kiosk"


def bundle_file_name(site: str, created: date) -> str:
    """`skillslab-<site>-<YYYYMMDD>.skillsbundle` (the site reduced to a-z, 0-9 and '-')."""
    return f"skillslab-{_slug(site)}-{created:%Y%m%d}{BUNDLE_SUFFIX}"


def _free_path(path: Path) -> Path:
    """`path`, or `<stem>-2<suffix>`, ... when a file of that name exists (a second bundle that day)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _read_tables(conn: sqlite3.Connection, since: date | None, with_names: bool) -> dict[str, list[Row]]:
    """The bundle's rows, read in one snapshot of `conn`."""
    where, args = ("WHERE substr(started_at, 1, 10) >= ?", (since.isoformat(),)) if since else ("", ())
    selected = f"SELECT registration FROM attempts {where}"
    codes = f"SELECT trainee_code FROM attempts {where}"

    def rows(table: str, condition: str, order: str) -> list[Row]:
        columns = ", ".join(c for c, _ in TABLES[table])
        sql = f"SELECT {columns} FROM {table} WHERE {condition} ORDER BY {order}"
        return [tuple(r) for r in conn.execute(sql, args).fetchall()]

    tables: dict[str, list[Row]] = {
        "trainees": rows("trainees", f"code IN ({codes})", "code"),
        "trainee_names": rows("trainee_names", f"code IN ({codes})", "code") if with_names else [],
        "attempts": rows("attempts", f"registration IN ({selected})", "started_at, registration"),
        "events": rows("events", f"registration IN ({selected})", "registration, timestamp, rowid"),
        "safety_acks": rows("safety_acks", f"registration IN ({selected})", "registration, idx"),
        "samples": rows("samples", f"registration IN ({selected})", "registration, t, rowid"),
        "waivers": rows("waivers", f"registration IN ({selected})", "registration, step_id"),
    }
    return tables


def _source_site(attempts: Sequence[Row]) -> str:
    """The site of the attempts; several sites (a kiosk relaying others' records) joined with '+'."""
    sites = sorted({str(a[4]) for a in attempts})
    return "+".join(sites) if sites else "unknown"


def _archive(manifest: Mapping[str, Any], payload: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False))
        zf.writestr(PAYLOAD, payload)
    return buf.getvalue()


def export_bundle(
    store: RecordStore,
    out: str | Path,
    *,
    since: date | None = None,
    with_names: bool = True,
    site: str | None = None,
    actor: str = "cli",
    timeout: float = 30.0,
) -> ExportResult:
    """Write a bundle of the records since `since` (every record when None) and audit it as `actor`.

    `out`: an existing folder, or a path without a suffix (a folder, created), gets a file named by
    `bundle_file_name` (`-2`, `-3`, ... added rather than replacing an earlier bundle); any other path
    is the file itself. `site` names the source site; by default the site of the attempts. Raises
    OSError when the file cannot be written (nothing is audited then)."""
    with store.reading() as conn:
        conn.execute("BEGIN")  # one snapshot: rows written meanwhile cannot tear the bundle
        try:
            tables = _read_tables(conn, since, with_names)
        finally:
            conn.execute("ROLLBACK")
    created_at = utc_now()
    bundle_id = str(uuid.uuid4())
    source = site if site else _source_site(tables["attempts"])
    payload = json.dumps(
        {t: {"columns": [c for c, _ in TABLES[t]], "rows": [list(r) for r in tables[t]]} for t in TABLES},
        ensure_ascii=False,
        separators=(",", ":"),  # an infinite sample value is written as Infinity, which json reads back
    ).encode("utf-8")
    counts = {t: len(tables[t]) for t in TABLES}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "bundle_id": bundle_id,
        "source_site": source,
        "created_at": created_at,
        "since": since.isoformat() if since else None,
        "names_included": with_names,
        "counts": counts,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    target = Path(out)
    if target.is_dir() or not target.suffix:
        target.mkdir(parents=True, exist_ok=True)
        target = _free_path(target / bundle_file_name(source, date.fromisoformat(created_at[:10])))
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, _archive(manifest, payload))
    detail = {
        "bundle_id": bundle_id,
        "file": target.name,
        "since": manifest["since"],
        "names_included": with_names,
        "counts": counts,
    }
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
    store.write(lambda conn: append_audit_row(conn, utc_now(), actor, "export-bundle", text)).result(timeout)
    return ExportResult(target, bundle_id, source, counts)


# ------------------------------------------------------------------------------------------ reading


def _fail(path: Path, problem: str) -> BundleError:
    return BundleError(f"the bundle {path} cannot be used: {problem}. Nothing was imported.")


def _member(zf: zipfile.ZipFile, path: Path, name: str, limit: int | None = None) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise _fail(path, f"it has no {name} (is it a records bundle?)") from None
    if limit is not None and info.file_size > limit:
        raise _fail(path, f"its {name} is {info.file_size} bytes, far too large for a manifest")
    try:
        return zf.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _fail(path, f"its {name} is damaged ({exc})") from exc


def _check_value(kind: str, value: Any) -> bool:
    if kind == _TEXT:
        return isinstance(value, str)
    if kind == _TEXT_OR_NULL:
        return value is None or isinstance(value, str)
    if kind == _INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == _BOOL_INT:
        return value in (0, 1) and not isinstance(value, bool)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number or (kind == _REAL_OR_NULL and value is None)


def _check_manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"{MANIFEST} is not JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail(path, f"{MANIFEST} does not describe a records bundle (format is not {FORMAT!r})")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(path, f"{MANIFEST} field format_version: expected a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise _fail(
            path, f"it was made by a newer kiosk (bundle format {version}; this kiosk reads up to {FORMAT_VERSION})"
        )
    if version < 1:
        raise _fail(path, f"{MANIFEST} field format_version: {version} is not a bundle format")
    expected: dict[str, Callable[[Any], bool]] = {
        "bundle_id": lambda v: isinstance(v, str) and _is_uuid(v),
        "source_site": lambda v: isinstance(v, str) and bool(v),
        "created_at": lambda v: isinstance(v, str) and bool(v),
        "since": lambda v: v is None or (isinstance(v, str) and _is_date(v)),
        "names_included": lambda v: isinstance(v, bool),
        "counts": lambda v: (
            isinstance(v, dict) and set(v) == set(TABLES) and all(_check_value(_INT, n) for n in v.values())
        ),
        "payload_sha256": lambda v: isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v) is not None,
    }
    for name, ok in expected.items():
        if name not in manifest:
            raise _fail(path, f"{MANIFEST} has no field {name}")
        if not ok(manifest[name]):
            raise _fail(path, f"{MANIFEST} field {name} is not valid: {manifest[name]!r}")
    return manifest


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _check_table(path: Path, table: str, value: Any, count: int) -> list[Row]:
    where = f"{PAYLOAD} table {table}"
    columns = [c for c, _ in TABLES[table]]
    if not isinstance(value, dict) or value.get("columns") != columns or not isinstance(value.get("rows"), list):
        raise _fail(path, f"{where}: expected columns {columns} and a list of rows")
    rows: list[Row] = []
    keys: set[Row] = set()
    key_length = _KEYS[table]
    for n, row in enumerate(value["rows"], start=1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise _fail(path, f"{where} row {n}: expected {len(columns)} values")
        for (column, kind), cell in zip(TABLES[table], row, strict=True):
            if not _check_value(kind, cell):
                raise _fail(path, f"{where} row {n} field {column}: expected {kind}, got {cell!r}")
        key = tuple(row[:key_length])
        if table != "samples":  # samples may repeat a key (see _merge_samples)
            if key in keys:
                raise _fail(path, f"{where} row {n}: the key {list(key)} appears twice")
            keys.add(key)
        rows.append(tuple(row))
    if len(rows) != count:
        raise _fail(path, f"{where} has {len(rows)} rows but the manifest counts {count}")
    return rows


def _check_references(path: Path, tables: Mapping[str, Sequence[Row]]) -> None:
    """Every row's trainee and attempt travel in the same bundle, and a statement's id is its event's."""
    codes = {r[0] for r in tables["trainees"]}
    registrations = {r[0] for r in tables["attempts"]}
    for n, r in enumerate(tables["trainee_names"], start=1):
        if r[0] not in codes:
            raise _fail(path, f"{PAYLOAD} table trainee_names row {n}: trainee {r[0]} is not in the bundle")
    for n, r in enumerate(tables["attempts"], start=1):
        if r[1] not in codes:
            raise _fail(path, f"{PAYLOAD} table attempts row {n}: trainee {r[1]} is not in the bundle")
    for table in ("events", "safety_acks", "samples", "waivers"):
        for n, r in enumerate(tables[table], start=1):
            if r[0 if table != "events" else 1] not in registrations:
                reg = r[0 if table != "events" else 1]
                raise _fail(path, f"{PAYLOAD} table {table} row {n}: attempt {reg} is not in the bundle")
    for n, r in enumerate(tables["events"], start=1):
        try:
            statement = json.loads(r[5])
        except json.JSONDecodeError:
            statement = None
        if not isinstance(statement, dict) or statement.get("id") != r[0]:
            raise _fail(path, f"{PAYLOAD} table events row {n}: statement_json is not the statement {r[0]}")


def read_bundle(path: str | Path) -> Bundle:
    """Open and check a bundle completely: zip, manifest, checksum, counts, every field and reference.
    Raises BundleError naming the file and the problem; reads nothing else."""
    file = Path(path)
    try:
        zf = zipfile.ZipFile(file)
    except FileNotFoundError:
        raise BundleError(f"there is no bundle file {file}") from None
    except IsADirectoryError:
        raise BundleError(f"{file} is a folder, not a bundle file") from None
    except (zipfile.BadZipFile, EOFError) as exc:
        raise _fail(file, f"it is not a complete zip archive (truncated or not a bundle: {exc})") from exc
    except OSError as exc:
        raise BundleError(f"cannot read the bundle {file}: {exc.strerror or exc}") from exc
    with zf:
        manifest = _check_manifest(file, _member(zf, file, MANIFEST, _MANIFEST_MAX_BYTES))
        raw = _member(zf, file, PAYLOAD)
    if hashlib.sha256(raw).hexdigest() != manifest["payload_sha256"]:
        raise _fail(file, f"the checksum of {PAYLOAD} does not match the manifest (changed or damaged)")
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(file, f"{PAYLOAD} is not JSON ({exc})") from exc
    if not isinstance(payload, dict) or set(payload) != set(TABLES):
        raise _fail(file, f"{PAYLOAD} must hold exactly the tables {list(TABLES)}")
    tables = {t: _check_table(file, t, payload[t], manifest["counts"][t]) for t in TABLES}
    if not manifest["names_included"] and tables["trainee_names"]:
        raise _fail(file, "the manifest says names were left out, yet the bundle has names")
    _check_references(file, tables)
    return Bundle(
        path=file,
        bundle_id=manifest["bundle_id"],
        source_site=manifest["source_site"],
        created_at=manifest["created_at"],
        since=manifest["since"],
        names_included=manifest["names_included"],
        tables=tables,
    )


# ------------------------------------------------------------------------------------------ merging


def _differences(table: str, local: Row, theirs: Row, skip: Iterable[str] = ()) -> tuple[Difference, ...]:
    ignored = set(skip)
    return tuple(
        Difference(column, a, b)
        for (column, _), a, b in zip(TABLES[table], local, theirs, strict=True)
        if column not in ignored and a != b
    )


def _now() -> datetime:
    """The time the retention period is counted back from (a seam for the tests' fixed dates)."""
    return datetime.now(UTC)


def _ended_before(attempt: Row, cutoff: datetime) -> bool:
    """Whether an attempts row ended (or, never ended, started) before `cutoff`; an unreadable time: no."""
    when = attempt[9] if attempt[9] is not None else attempt[8]
    try:
        moment = datetime.fromisoformat(str(when))
    except ValueError:
        return False
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)) < cutoff


class _Merge:
    """One pass over a bundle against `conn`: counts what happens and, with `apply`, does it."""

    def __init__(self, conn: sqlite3.Connection, bundle: Bundle, summary: ImportSummary, apply: bool) -> None:
        self.conn = conn
        self.bundle = bundle
        self.summary = summary
        self.apply = apply
        self.new_events: list[str] = []

    def run(self) -> None:
        self._leave_out_erased()
        self._leave_out_too_old()
        for table in TABLES:
            if table == "samples":
                self._merge_samples()
            else:
                for row in self.bundle.tables[table]:
                    self._merge_row(table, row)

    def _leave_out_erased(self) -> None:
        """A trainee erased here stays erased: the bundle's rows of that code (trainee, name, attempts
        and everything of those attempts) are left out, and each such trainee is one reported conflict
        naming the code only (never the attempts: they would link the code to its pseudonym here)."""
        erased = self._erased_codes()
        codes = {str(r[0]) for r in self.bundle.tables["trainees"]} | {
            str(r[1]) for r in self.bundle.tables["attempts"]
        }
        hit = sorted(codes & set(erased))
        if not hit:
            return
        gone = {str(r[0]) for r in self.bundle.tables["attempts"] if str(r[1]) in erased}
        column = {"trainees": 0, "trainee_names": 0, "attempts": 0, "events": 1}  # else: registration first
        tables = dict(self.bundle.tables)
        for table, rows in tables.items():
            at = column.get(table, 0)
            keys = erased if table in ("trainees", "trainee_names") else gone
            tables[table] = tuple(r for r in rows if str(r[at]) not in keys)
        self.bundle = replace(self.bundle, tables=tables)
        for code in hit:
            self._conflict(
                "trainees", (code,), (Difference("trainee", f"(erased here {erased[code]})", "(in the bundle)"),)
            )

    def _leave_out_too_old(self) -> None:
        """Attempts that ended (or, unfinished, started) before this kiosk's retention period are left
        out with all their rows: a purge removed such attempts here, and an old bundle must not bring
        them back. Counted in `too_old`."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (RETENTION_KEY,)).fetchone()
        months = json.loads(row[0]) if row else DEFAULT_RETENTION_MONTHS
        if not isinstance(months, int) or isinstance(months, bool) or months < 1:
            return  # a broken setting: purge refuses it too; keep everything rather than guess
        cutoff = cutoff_for(_now(), months)
        old = {str(r[0]) for r in self.bundle.tables["attempts"] if _ended_before(r, cutoff)}
        if not old:
            return
        column = {"attempts": 0, "events": 1}  # else: the registration comes first
        tables = {
            table: rows
            if table in ("trainees", "trainee_names")
            else tuple(r for r in rows if str(r[column.get(table, 0)]) not in old)
            for table, rows in self.bundle.tables.items()
        }
        self.bundle = replace(self.bundle, tables=tables)
        self.summary.too_old = len(old)

    def _erased_codes(self) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT CASE WHEN json_valid(detail) THEN json_extract(detail, '$.trainee') END, at FROM audit"
            " WHERE action = 'erase-trainee' ORDER BY seq"
        ).fetchall()
        return {str(code): str(at) for code, at in rows if code}

    def _select(self, table: str, row: Row) -> Row | None:
        columns = [c for c, _ in TABLES[table]]
        key_columns = columns[: _KEYS[table]]
        where = " AND ".join(f"{c} = ?" for c in key_columns)
        found = self.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", row[: _KEYS[table]]
        ).fetchone()
        return tuple(found) if found is not None else None

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if self.apply and rows:
            columns = [c for c, _ in TABLES[table]]
            marks = ", ".join("?" for _ in columns)
            self.conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)

    def _conflict(self, table: str, row: Row, differences: tuple[Difference, ...]) -> None:
        self.summary.tables[table].conflicts += 1
        self.summary.conflicts.append(Conflict(table, tuple(row[: _KEYS[table]]), differences))

    def _merge_row(self, table: str, row: Row) -> None:
        counts = self.summary.tables[table]
        local = self._select(table, row)
        if local is None:
            if table == "trainee_names" and (erased := self._name_erased_at(str(row[0]))):
                # The name was erased here on purpose; a bundle must not bring it back.
                self._conflict(table, row, (Difference("display_name", f"(erased here {erased})", "(a name)"),))
                return
            self._insert(table, [row])
            counts.added += 1
            if table == "events":
                self.new_events.append(str(row[0]))
            return
        skip = (_TRAINEE_FIRST_SEEN,) if table == "trainees" else ()
        differences = _differences(table, local, row, skip)
        if not differences:
            counts.skipped += 1
        elif table == "attempts" and {d.field for d in differences} <= set(_END_COLUMNS):
            self._merge_attempt_end(local, row, differences)
        else:
            self._conflict(table, row, differences)

    def _merge_attempt_end(self, local: Row, row: Row, differences: tuple[Difference, ...]) -> None:
        counts = self.summary.tables["attempts"]
        ended_here, ended_there = local[9] is not None, row[9] is not None
        if not ended_here and ended_there:
            if self.apply:
                self.conn.execute(
                    "UPDATE attempts SET ended_at = ?, outcome = ?, score_raw = ?, score_max = ?, scaled = ?"
                    " WHERE registration = ? AND ended_at IS NULL",
                    (*row[9:14], row[0]),
                )
            counts.completed += 1
        elif ended_here and not ended_there:
            counts.skipped += 1  # the bundle is older news: an ended attempt is never reopened
        else:
            self._conflict("attempts", row, differences)

    def _name_erased_at(self, code: str) -> str | None:
        found = self.conn.execute(
            "SELECT at FROM audit WHERE action = 'erase-name'"
            # CASE, not AND: a detail that is not JSON must not make json_extract fail the import.
            " AND CASE WHEN json_valid(detail) THEN json_extract(detail, '$.trainee') END = ?"
            " ORDER BY seq DESC LIMIT 1",
            (code,),
        ).fetchone()
        return str(found[0]) if found else None

    def _merge_samples(self) -> None:
        """Samples have no key of their own: those of one (registration, alias, t) are compared as a
        group. None here: added; the same values: skipped; other values: one conflict for the group."""
        counts = self.summary.tables["samples"]
        groups: dict[Row, list[Row]] = {}
        for row in self.bundle.tables["samples"]:
            groups.setdefault(row[:3], []).append(row)
        by_registration: dict[str, list[Row]] = {}
        for key in groups:
            by_registration.setdefault(str(key[0]), []).append(key)
        columns = ", ".join(c for c, _ in TABLES["samples"])
        for registration, keys in by_registration.items():
            local: dict[Row, list[Row]] = {}
            for r in self.conn.execute(f"SELECT {columns} FROM samples WHERE registration = ?", (registration,)):
                local.setdefault(tuple(r[:3]), []).append(tuple(r))
            for key in keys:
                theirs, mine = groups[key], local.get(key, [])
                if not mine:
                    self._insert("samples", theirs)
                    counts.added += len(theirs)
                elif sorted(mine, key=repr) == sorted(theirs, key=repr):
                    counts.skipped += len(theirs)
                else:
                    shown = [list(r[3:]) for r in mine], [list(r[3:]) for r in theirs]
                    self._conflict("samples", key, (Difference("value, text_value, quality", *shown),))


def _already_imported(conn: sqlite3.Connection, bundle_id: str) -> str | None:
    found = conn.execute("SELECT imported_at FROM bundle_imports WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return str(found[0]) if found else None


def _new_summary(bundle: Bundle, *, dry_run: bool) -> ImportSummary:
    return ImportSummary(bundle.bundle_id, bundle.source_site, bundle.created_at, bundle.since, dry_run=dry_run)


def preview_import(store: RecordStore, bundle: Bundle) -> ImportSummary:
    """What `import_bundle` would do now, without changing anything (a dry run)."""
    summary = _new_summary(bundle, dry_run=True)
    with store.reading() as conn:
        conn.execute("BEGIN")
        try:
            summary.already_imported_at = _already_imported(conn, bundle.bundle_id)
            if summary.already_imported_at is None:
                _Merge(conn, bundle, summary, apply=False).run()
        finally:
            conn.execute("ROLLBACK")
    return summary


def import_bundle(
    store: RecordStore, bundle: Bundle, *, actor: str = "cli", timeout: float | None = 120.0
) -> ImportSummary:
    """Merge a checked bundle (`read_bundle`) into `store` in one transaction, record it in
    `bundle_imports` and audit it as `actor` (counts only). Returns what happened; a bundle imported
    before changes nothing. Raises StoreError (nothing changed) when the store cannot save."""

    def work(conn: sqlite3.Connection) -> ImportSummary:
        summary = _new_summary(bundle, dry_run=False)
        summary.already_imported_at = _already_imported(conn, bundle.bundle_id)
        if summary.already_imported_at is not None:
            return summary
        queued_before = conn.execute("SELECT coalesce(max(seq), 0) FROM lrs_outbox").fetchone()[0]
        merge = _Merge(conn, bundle, summary, apply=True)
        merge.run()
        # While forwarding is on, the events_to_lrs_outbox trigger queues every inserted event. These
        # came from another kiosk, which forwarded them itself: take back exactly the rows the trigger
        # added in this transaction (seq above the mark, one of our ids). Deleting rather than switching
        # the setting off and on keeps the settings table and its audit out of the import.
        if merge.new_events:
            conn.execute(
                "DELETE FROM lrs_outbox WHERE seq > ? AND statement_id IN (SELECT value FROM json_each(?))",
                (queued_before, json.dumps(merge.new_events)),
            )
        at = utc_now()
        record = summary.record()
        conn.execute(
            "INSERT INTO bundle_imports(bundle_id, source_site, created_at, imported_at, summary)"
            " VALUES (?, ?, ?, ?, ?)",
            (bundle.bundle_id, bundle.source_site, bundle.created_at, at, json.dumps(record, sort_keys=True)),
        )
        detail = {
            "bundle_id": bundle.bundle_id,
            "source_site": bundle.source_site,
            "since": bundle.since,
            "added": {t: c.added for t, c in summary.tables.items()},
            "completed": summary.completed,
            "skipped": summary.skipped,
            "conflicts": len(summary.conflicts),
        }
        append_audit_row(conn, at, actor, "import-bundle", json.dumps(detail, sort_keys=True))
        return summary

    result: ImportSummary = store.write(work).result(timeout)
    return result
