"""The local records store: one SQLite file, one writer thread, futures that resolve after COMMIT.

Durability. The file runs in WAL mode with `synchronous=FULL`. Measured on this machine (ext4, SQLite
3.40.1, one small insert per transaction, 2000 commits): `NORMAL` median 21 us / p99 67 us per commit,
`FULL` median 174 us / p99 426 us. With WAL + NORMAL a commit is not fsynced, so the last transactions
can be lost on power loss even though they were reported as committed; FULL fsyncs the WAL on every
commit. The product promise is that a progress event shown as saved is never lost, even on power loss,
so FULL it is: a fifth of a millisecond per commit is far below anything a trainee can notice, and the
writer batches waiting writes into one transaction (one fsync) when they queue up.

Threads. Every write goes through the writer thread's queue and returns a `concurrent.futures.Future`
that completes only after the COMMIT of the transaction holding it (done-callbacks run on the writer
thread). Readers open their own read-only connection per call (WAL lets them read while the writer
writes); they are synchronous: call them from a worker, not on the GUI thread, for large results.

Opening. A file that is not SQLite or fails `PRAGMA quick_check` is moved aside to
`<name>.corrupt-<UTC>` and a fresh store is created (reported in `warnings`). A file newer than this
app knows is refused untouched (`StoreTooNew`). An older file with data is first copied to
`<name>.bak-v<old>-<UTC>` (sqlite3 backup API, so WAL contents are included), then migrated one version
per transaction; a failing migration is rolled back and raises `StoreError`.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, InvalidStateError
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils

from kiosk.core.labs.xapi import VERBS, extension_iri
from kiosk.services.records.schema import MIGRATIONS, Migration

__all__ = [
    "GENESIS_HASH",
    "Attempt",
    "AttemptEnd",
    "AttemptFields",
    "AuditEntry",
    "RecordStore",
    "SampleRow",
    "StoreClosed",
    "StoreError",
    "StoreTooNew",
    "StoredEvent",
    "Trainee",
]

GENESIS_HASH = "0" * 64
"""The `prev_hash` of the first audit row."""

_BATCH_MAX = 500  # queued writes committed together at most


class StoreError(Exception):
    """The records store could not do what was asked; the message is plain words for the screen."""


class StoreTooNew(StoreError):
    """The file was written by a newer kiosk; it was left untouched."""


class StoreClosed(StoreError):
    """A write after `close()`."""


# ------------------------------------------------------------------------------------------ values


@dataclass(frozen=True)
class AttemptFields:
    """What the attempts row needs beyond the statement (written once, by the attempt's first statement)."""

    trainee_code: str
    module_id: str
    module_version: int
    site: str
    cell: str
    simulated: bool
    language: str
    started_at: str | None = None  # ISO 8601 UTC; None: the statement's timestamp


@dataclass(frozen=True)
class AttemptEnd:
    ended_at: str
    outcome: str  # passed, failed, completed, abandoned, waived
    score_raw: float | None = None
    score_max: float | None = None
    scaled: float | None = None


class SampleRow(NamedTuple):
    registration: str
    alias: str
    t: float
    value: float | None
    text_value: str | None
    quality: str


@dataclass(frozen=True)
class Trainee:
    code: str
    created_at: str
    display_name: str | None
    group: str = ""  # "" when the trainee is in no group


@dataclass(frozen=True)
class Attempt:
    registration: str
    trainee_code: str
    module_id: str
    module_version: int
    site: str
    cell: str
    simulated: bool
    language: str
    started_at: str
    ended_at: str | None
    outcome: str | None
    score_raw: float | None
    score_max: float | None
    scaled: float | None


@dataclass(frozen=True)
class StoredEvent:
    id: str
    registration: str
    verb: str  # the verb IRI
    object_id: str
    timestamp: str
    statement: dict[str, Any]  # the xAPI statement as recorded


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    detail: str
    prev_hash: str
    hash: str


ATTEMPT_COLUMNS = (
    "registration, trainee_code, module_id, module_version, site, cell, simulated, language,"
    " started_at, ended_at, outcome, score_raw, score_max, scaled"
)


def attempt_from_row(r: Sequence[Any]) -> Attempt:
    """An Attempt from a row of ATTEMPT_COLUMNS, in that order."""
    return Attempt(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10], r[11], r[12], r[13])


_SAFETY_EXTENSION = extension_iri("safety-acknowledged")


def _safety_acks(statement: Mapping[str, Any], registration: str) -> list[tuple[str, int, str, str]]:
    """(registration, index, text, acknowledged_at) rows of an `initialized` statement's briefing."""
    if statement.get("verb", {}).get("id") != VERBS["initialized"]:
        return []
    listed = statement.get("context", {}).get("extensions", {}).get(_SAFETY_EXTENSION)
    if not isinstance(listed, list):
        return []
    return [
        (registration, int(a["index"]), str(a["text"]), str(a["at"]))
        for a in listed
        if isinstance(a, Mapping) and {"index", "text", "at"} <= a.keys()
    ]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _free_name(base: Path) -> Path:
    """`base`, or `base-2`, `base-3`, ... when it exists."""
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def audit_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, detail: str) -> str:
    """sha256(prev_hash + canonical JSON of the row)."""
    row = {"seq": seq, "at": at, "actor": actor, "action": action, "detail": detail}
    canonical = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------ opening


_DAMAGED = (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)  # other errors (locked, no access) are not damage


def _probe(path: Path) -> tuple[int | None, bool]:
    """(user_version, healthy) of an existing file, read-only; (None, False) when it is not SQLite."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None, False
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return version, [tuple(r) for r in rows] == [("ok",)]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) in _DAMAGED:
            return None, False
        raise StoreError(f"could not open the records file {path}: {exc}") from exc
    finally:
        conn.close()


def _move_aside(path: Path) -> Path:
    target = _free_name(path.with_name(f"{path.name}.corrupt-{_stamp()}"))
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def _has_data(db: sqlite_utils.Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def _backup(conn: sqlite3.Connection, path: Path, old: int) -> Path:
    target = _free_name(path.with_name(f"{path.name}.bak-v{old}-{_stamp()}"))
    dest = sqlite3.connect(target)
    try:
        _owner_only(target)
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _owner_only(path: Path) -> None:
    """Mode 0600 on a records file (or its WAL, shared memory, backup) when it exists."""
    with suppress(FileNotFoundError):
        os.chmod(path, 0o600)


def _migrate(db: sqlite_utils.Database, path: Path, migrations: Sequence[Migration]) -> None:
    conn = db.conn
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= len(migrations):
        return
    backup = _backup(conn, path, current) if _has_data(db) else None
    for version in range(current, len(migrations)):
        try:
            conn.execute("BEGIN IMMEDIATE")
            migrations[version](db)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            kept = f"; a copy from before the update is at {backup}" if backup else ""
            raise StoreError(
                f"could not update the records file {path} from version {version} to {version + 1}: {exc}. "
                f"The file was left at version {version}{kept}."
            ) from exc


# ------------------------------------------------------------------------------------------ the store


class _Job(NamedTuple):
    work: Callable[[sqlite3.Connection], Any]
    future: Future[Any]


_STOP = object()


class RecordStore:
    """The kiosk's records file. `RecordStore(path)` opens (creating, migrating or replacing a damaged
    file as needed) and starts the writer thread; `close()` drains and stops it."""

    def __init__(self, path: str | Path, *, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.path = Path(path)
        self.schema_version = len(migrations)
        self.warnings: list[str] = []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists() and self.path.stat().st_size > 0:
            version, healthy = _probe(self.path)
            if version is not None and version > self.schema_version:
                raise StoreTooNew(
                    f"the records file {self.path} was written by a newer version of the kiosk "
                    f"(schema {version}; this kiosk knows up to {self.schema_version}). It was left untouched."
                )
            if not healthy:
                moved = _move_aside(self.path)
                self.warnings.append(
                    f"The records file could not be read (it is damaged or not a records file). It was moved "
                    f"aside to {moved} and a new, empty records file was started."
                )
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            _owner_only(self.path)  # names, results, the LRS password: readable by the kiosk's user only
            db = sqlite_utils.Database(conn, execute_plugins=False)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            for companion in ("-wal", "-shm"):  # SQLite gives them the file's mode; a file made before may differ
                _owner_only(self.path.with_name(self.path.name + companion))
            if str(mode).lower() != "wal":
                raise StoreError(f"the records file {self.path} cannot use write-ahead logging ({mode})")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=5000")
            _migrate(db, self.path, migrations)
        except BaseException:
            conn.close()
            raise
        self._db = db
        self._conn = conn
        self._queue: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self.commits = 0  # transactions the writer committed (several queued writes share one)
        self._thread = threading.Thread(target=self._run, name="records-writer", daemon=True)
        self._thread.start()

    # ---------------------------------------------------------------- writes (enqueued)

    def add_trainee(
        self,
        code: str,
        display_name: str | None = None,
        *,
        group: str | None = None,
        created_at: str | None = None,
    ) -> Future[None]:
        """Add a trainee by pseudonymous code (kept if known); a display name and group only if given."""
        at = created_at or utc_now()

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT OR IGNORE INTO trainees(code, created_at) VALUES (?, ?)", (code, at))
            if group is not None:
                conn.execute("UPDATE trainees SET group_name = ? WHERE code = ?", (group, code))
            if display_name is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO trainee_names(code, display_name) VALUES (?, ?)", (code, display_name)
                )

        return self.write(work)

    def erase_trainee_name(self, code: str, *, actor: str) -> Future[bool]:
        """Erase a trainee's name (their code and attempts stay); audited. True when a name was erased."""

        def work(conn: sqlite3.Connection) -> bool:
            erased = conn.execute("DELETE FROM trainee_names WHERE code = ?", (code,)).rowcount > 0
            if erased:
                append_audit_row(conn, utc_now(), actor, "erase-name", json.dumps({"trainee": code}))
            return erased

        return self.write(work)

    def record_statement(
        self,
        statement: Mapping[str, Any],
        attempt: AttemptFields,
        end: AttemptEnd | None = None,
        *,
        only_if_open: bool = False,
    ) -> Future[bool]:
        """Store one xAPI statement (`Statement.to_dict()`); the first one of a registration creates the
        trainee (if new) and the attempts row from `attempt`. `end` also closes the attempt, in the same
        transaction. The safety statements an `initialized` statement lists as acknowledged go into
        `safety_acks` with it (a resumed attempt's second briefing replaces the first). A statement id
        already stored is ignored (resending is harmless). `only_if_open`: store it only when the
        attempt exists and has not ended (closing an unfinished attempt once, whoever comes first);
        resolves to whether it was stored."""
        registration = str(statement["context"]["registration"])
        stmt_json = json.dumps(statement, sort_keys=True, ensure_ascii=False)
        row = (
            str(statement["id"]),
            registration,
            str(statement["verb"]["id"]),
            str(statement["object"]["id"]),
            str(statement["timestamp"]),
            stmt_json,
        )
        started = attempt.started_at or str(statement["timestamp"])
        acks = _safety_acks(statement, registration)

        def work(conn: sqlite3.Connection) -> bool:
            if only_if_open:
                found = conn.execute("SELECT ended_at FROM attempts WHERE registration = ?", (registration,))
                ended = found.fetchone()
                if ended is None or ended[0] is not None:
                    return False
            known = conn.execute("SELECT 1 FROM trainees WHERE code = ?", (attempt.trainee_code,)).fetchone()
            if known is None and _was_erased(conn, attempt.trainee_code):
                # An attempt still running for a trainee who was erased meanwhile must not bring the code
                # back (the erase moved their history to a pseudonym and forgot the link).
                raise StoreError(f"trainee {attempt.trainee_code} was erased; the attempt is not recorded")
            conn.execute(
                "INSERT OR IGNORE INTO trainees(code, created_at) VALUES (?, ?)", (attempt.trainee_code, started)
            )
            conn.execute(
                "INSERT OR IGNORE INTO attempts(registration, trainee_code, module_id, module_version, site, cell,"
                " simulated, language, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    registration,
                    attempt.trainee_code,
                    attempt.module_id,
                    attempt.module_version,
                    attempt.site,
                    attempt.cell,
                    int(attempt.simulated),
                    attempt.language,
                    started,
                ),
            )
            conn.execute(
                "INSERT OR IGNORE INTO events(id, registration, verb, object_id, timestamp, statement_json)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
            if acks:
                conn.executemany(
                    "INSERT OR REPLACE INTO safety_acks(registration, idx, text, acknowledged_at) VALUES (?, ?, ?, ?)",
                    acks,
                )
            if end is not None:
                self._finish(conn, registration, end)
            return True

        return self.write(work)

    def finish_attempt(self, registration: str, end: AttemptEnd) -> Future[None]:
        """Set the end time, outcome and score of an attempt."""
        return self.write(lambda conn: self._finish(conn, registration, end))

    def add_samples(self, batch: Iterable[SampleRow]) -> Future[int]:
        """Store a batch of process values; resolves to the number of rows."""
        rows = [tuple(r) for r in batch]

        def work(conn: sqlite3.Connection) -> int:
            conn.executemany(
                "INSERT INTO samples(registration, alias, t, value, text_value, quality) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            return len(rows)

        return self.write(work)

    def count_anonymous_try(self, day: str, module_id: str, *, started: int = 0, completed: int = 0) -> Future[None]:
        """Add to a day's count of visitors' tries of a module (`day` as YYYY-MM-DD, local)."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO anonymous_tries(day, module_id, started, completed) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(day, module_id) DO UPDATE SET started = started + excluded.started,"
                " completed = completed + excluded.completed",
                (day, module_id, started, completed),
            )

        return self.write(work)

    def anonymous_tries(self, day: str) -> dict[str, tuple[int, int]]:
        """Per module, (started, completed) visitors' tries on `day`."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT module_id, started, completed FROM anonymous_tries WHERE day = ?", (day,)
            ).fetchall()
        return {str(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def barrier(self) -> Future[None]:
        """Resolves once every write queued before it has been dealt with (the writer is first in,
        first out): a reader that waits for it sees them."""
        return self.write(lambda conn: None)

    def append_audit(self, actor: str, action: str, detail: str | Mapping[str, Any] = "") -> Future[int]:
        """Append to the audit log (hash-chained); resolves to the row's seq."""
        text = detail if isinstance(detail, str) else json.dumps(detail, sort_keys=True, ensure_ascii=False)
        at = utc_now()
        return self.write(lambda conn: append_audit_row(conn, at, actor, action, text))

    # ---------------------------------------------------------------- reads (own connection, synchronous)

    def trainee(self, code: str) -> Trainee | None:
        with self.reading() as conn:
            r = conn.execute(
                "SELECT t.code, t.created_at, n.display_name, t.group_name FROM trainees t"
                " LEFT JOIN trainee_names n ON n.code = t.code WHERE t.code = ?",
                (code,),
            ).fetchone()
        return Trainee(*r) if r else None

    def list_trainees(self) -> list[Trainee]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT t.code, t.created_at, n.display_name, t.group_name FROM trainees t"
                " LEFT JOIN trainee_names n ON n.code = t.code ORDER BY t.code"
            ).fetchall()
        return [Trainee(*r) for r in rows]

    def attempts_for(self, code: str) -> list[Attempt]:
        with self.reading() as conn:
            rows = conn.execute(
                f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE trainee_code = ? ORDER BY started_at, registration",
                (code,),
            ).fetchall()
        return [attempt_from_row(r) for r in rows]

    def attempt(self, registration: str) -> Attempt | None:
        with self.reading() as conn:
            r = conn.execute(
                f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE registration = ?", (registration,)
            ).fetchone()
        return attempt_from_row(r) if r else None

    def open_attempts(self, code: str | None = None) -> list[Attempt]:
        """Attempts not ended (the kiosk stopped during them), oldest first; of one trainee if `code`."""
        where = "ended_at IS NULL" + (" AND trainee_code = ?" if code is not None else "")
        with self.reading() as conn:
            rows = conn.execute(
                f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE {where} ORDER BY started_at, registration",
                (code,) if code is not None else (),
            ).fetchall()
        return [attempt_from_row(r) for r in rows]

    def attempt_counts(self, code: str) -> dict[str, int]:
        """Per module, the attempts `code` began (got past the safety statements): what max_attempts
        counts. Backing out at the safety statements is recorded but not counted."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT a.module_id, count(*) FROM attempts a WHERE a.trainee_code = ? AND EXISTS"
                " (SELECT 1 FROM events e WHERE e.registration = a.registration AND e.verb = ?)"
                " GROUP BY a.module_id",
                (code, VERBS["initialized"]),
            ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def safety_acks_for(self, registration: str) -> list[tuple[int, str, str]]:
        """(index, text as shown, acknowledged at) of the attempt's safety briefing."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT idx, text, acknowledged_at FROM safety_acks WHERE registration = ? ORDER BY idx",
                (registration,),
            ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def samples_for(self, registration: str) -> list[SampleRow]:
        """The attempt's recorded process values, by time."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT registration, alias, t, value, text_value, quality FROM samples"
                " WHERE registration = ? ORDER BY t, rowid",
                (registration,),
            ).fetchall()
        return [SampleRow(*r) for r in rows]

    def events_for(self, registration: str) -> list[StoredEvent]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, registration, verb, object_id, timestamp, statement_json FROM events"
                " WHERE registration = ? ORDER BY timestamp, rowid",
                (registration,),
            ).fetchall()
        return [StoredEvent(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    def audit_entries(self) -> list[AuditEntry]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit ORDER BY seq"
            ).fetchall()
        return [AuditEntry(*r) for r in rows]

    def verify_audit_chain(self) -> int | None:
        """The seq of the first audit row whose hash or link does not match, or None when all do."""
        prev = GENESIS_HASH
        for e in self.audit_entries():
            if e.prev_hash != prev or e.hash != audit_hash(prev, e.seq, e.at, e.actor, e.action, e.detail):
                return e.seq
            prev = e.hash
        return None

    # ---------------------------------------------------------------- life

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Commit everything queued, stop the writer thread and close the file. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_STOP)
        self._thread.join()
        self._conn.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- for feature modules

    def write(self, work: Callable[[sqlite3.Connection], Any]) -> Future[Any]:
        """Queue `work(conn)` for the writer thread; the Future resolves with its result after COMMIT.

        For feature modules (bundles, purge, the LRS outbox) that write their own tables. `work` runs
        inside the batch's transaction, in a savepoint of its own: it must not commit or begin, and if
        it raises, only its own changes are rolled back and the Future carries a StoreError. It must
        not touch Qt or wait on other threads."""
        future: Future[Any] = Future()
        with self._lock:
            if self._closed:
                raise StoreClosed("the records store is closed: nothing was saved")
            self._queue.put(_Job(work, future))
        return future

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A fresh read-only connection (any thread), closed when the block ends. Sees what is committed."""
        conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
            yield db.conn
        finally:
            conn.close()

    # ---------------------------------------------------------------- internals

    def _run(self) -> None:
        stop = False
        while not stop:
            first = self._queue.get()
            batch: list[_Job] = []
            item: _Job | object = first
            while True:
                if item is _STOP:
                    stop = True
                    break
                assert isinstance(item, _Job)
                batch.append(item)
                if len(batch) >= _BATCH_MAX:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._commit(batch)

    def _commit(self, batch: list[_Job]) -> None:
        """One transaction for the batch; each job in a savepoint so one bad write fails alone."""
        conn = self._conn
        done: list[tuple[Future[Any], Any]] = []
        failed: list[tuple[Future[Any], BaseException]] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for job in batch:
                conn.execute("SAVEPOINT job")
                try:
                    result = job.work(conn)
                except Exception as exc:
                    if not conn.in_transaction:  # SQLite gave up the whole transaction (disk full, I/O)
                        raise
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    failed.append((job.future, StoreError(f"could not save: {exc}")))
                else:
                    conn.execute("RELEASE job")
                    done.append((job.future, result))
            conn.execute("COMMIT")
            self.commits += 1
        except Exception as exc:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            error = StoreError(f"could not save: {exc}")
            for job in batch:
                with suppress(InvalidStateError):
                    job.future.set_exception(error)
            return
        # A caller may have cancelled its Future meanwhile; that must not end the writer thread.
        for future, result in done:
            with suppress(InvalidStateError):
                future.set_result(result)
        for future, job_error in failed:
            with suppress(InvalidStateError):
                future.set_exception(job_error)

    @staticmethod
    def _finish(conn: sqlite3.Connection, registration: str, end: AttemptEnd) -> None:
        cur = conn.execute(
            "UPDATE attempts SET ended_at = ?, outcome = ?, score_raw = ?, score_max = ?, scaled = ?"
            " WHERE registration = ?",
            (end.ended_at, end.outcome, end.score_raw, end.score_max, end.scaled, registration),
        )
        if cur.rowcount == 0:
            raise StoreError(f"no attempt {registration}")


def _was_erased(conn: sqlite3.Connection, code: str) -> bool:
    """Whether the audit log holds an erase of trainee `code` (kiosk.services.records.privacy)."""
    row = conn.execute(
        "SELECT 1 FROM audit WHERE action = 'erase-trainee'"
        " AND CASE WHEN json_valid(detail) THEN json_extract(detail, '$.trainee') END = ? LIMIT 1",
        (code,),
    ).fetchone()
    return row is not None


def append_audit_row(conn: sqlite3.Connection, at: str, actor: str, action: str, detail: str) -> int:
    """Append one hash-chained audit row inside the caller's transaction (writer thread only); its seq."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    used = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    seq = max(last[0] if last else 0, used[0] if used else 0) + 1
    prev = last[1] if last else GENESIS_HASH
    digest = audit_hash(prev, seq, at, actor, action, detail)
    conn.execute(
        "INSERT INTO audit(seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, detail, prev, digest),
    )
    return seq
