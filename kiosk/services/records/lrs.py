"""Forwarding the recorded xAPI statements to a Learning Record Store (LRS). No Qt.

The queue is the records file's `lrs_outbox` table. While the setting `lrs.forwarding` is true, the
trigger `events_to_lrs_outbox` copies every newly recorded statement into it in the same transaction
as the statement itself, so a statement is queued exactly when it is saved and the queue survives
restarts and power loss like the records do. Statements recorded before forwarding was switched on
are NOT queued; `queue_existing` back-fills them on request.

`LrsForwarder` is a daemon thread that empties the outbox: it takes up to `batch_size` of the oldest
rows that are due (`next_try_at` passed), POSTs them as one JSON array to `<endpoint>/statements`
(xAPI 1.0.3, HTTP Basic auth) and deletes exactly those rows once the LRS said 200 or 204.

- The LRS cannot be reached, answers 5xx, 408 or 429, or refuses the credentials (401/403) or the
  address (404): every row of the batch stays, its `tries` grows and `next_try_at` moves out with
  exponential back-off (2 s doubling to 10 min, +-20 % jitter; a Retry-After of up to an hour wins),
  and the forwarder itself pauses as long, so a down LRS is not hammered whenever a statement arrives.
- The LRS refuses the batch (400, 409, 413, 422: a 4xx about the statements): each statement is sent
  alone to find the culprit. A 409 for one statement means the LRS already holds a statement with that
  id: if it is the same statement (fetched back and compared), it counts as delivered; otherwise, like
  any other refusal, the row stays with `last_error` starting "refused" and a one-day back-off: it is
  never deleted silently, and it does not hold up the other rows. (408 and 429 are retried like a
  network error; 401, 403, 404 and 405 hold up every row: the settings are wrong, not a statement.)

Settings (the `settings` table, JSON values): `lrs.endpoint` (the xAPI base URL, e.g.
https://lrs.example.org/xAPI), `lrs.username`, `lrs.password` and `lrs.forwarding` (bool). The password
is kept in the records file (the forwarder needs it in clear for Basic auth) but never in the audit log.
"""

from __future__ import annotations

import base64
import email.utils
import json
import random
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from kiosk.services.records.settings import read_settings, write_setting
from kiosk.services.records.store import RecordStore, append_audit_row, utc_now

__all__ = [
    "BATCH_SIZE",
    "KEY_ENDPOINT",
    "KEY_FORWARDING",
    "KEY_PASSWORD",
    "KEY_USERNAME",
    "HttpPost",
    "HttpResponse",
    "LrsForwarder",
    "LrsSettings",
    "LrsStatus",
    "OutboxRow",
    "SendOutcome",
    "backoff_seconds",
    "configure_lrs",
    "disable_lrs",
    "load_lrs_settings",
    "outbox_rows",
    "queue_existing",
    "urllib_post",
    "validate_endpoint",
]

KEY_ENDPOINT = "lrs.endpoint"
KEY_USERNAME = "lrs.username"
KEY_PASSWORD = "lrs.password"  # the settings key
KEY_FORWARDING = "lrs.forwarding"

BATCH_SIZE = 50
POLL_SECONDS = 2.0
HTTP_TIMEOUT = 10.0
BACKOFF_FIRST = 2.0
BACKOFF_CAP = 600.0
RETRY_AFTER_CAP = 3600.0
REFUSED_BACKOFF = 86400.0  # a refused statement is tried again daily: someone may have fixed the LRS side
XAPI_VERSION = "1.0.3"
REFUSED = "refused"  # how `last_error` of a statement the LRS refused begins
_HIDDEN = "(set, not shown)"


# ------------------------------------------------------------------------------------------ settings


def validate_endpoint(url: str) -> str:
    """The endpoint without trailing slashes; ValueError naming the problem when it is not an
    http(s) URL with a host (the xAPI base, without /statements)."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the LRS endpoint must be an http:// or https:// address with a host, not {url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"the LRS endpoint must not have a query or fragment: {url!r}")
    if text.endswith("/statements"):
        raise ValueError(f"give the xAPI base address, without /statements: {url!r}")
    return text


@dataclass(frozen=True)
class LrsSettings:
    """Where to forward to. `password` is left out of repr so it cannot end up in a log line."""

    endpoint: str
    username: str
    password: str = field(repr=False)
    forwarding: bool = True

    @property
    def statements_url(self) -> str:
        return f"{self.endpoint}/statements"

    def authorization(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


def load_lrs_settings(store: RecordStore) -> LrsSettings | None:
    """The LRS settings from the records file; None when no endpoint was ever configured."""
    values = read_settings(store)
    endpoint = values.get(KEY_ENDPOINT)
    if not endpoint:
        return None
    return LrsSettings(
        endpoint=str(endpoint),
        username=str(values.get(KEY_USERNAME) or ""),
        password=str(values.get(KEY_PASSWORD) or ""),
        forwarding=values.get(KEY_FORWARDING) is True,
    )


def _put_setting(conn: sqlite3.Connection, key: str, value: Any, at: str) -> None:
    # The same row shape as settings.write_setting, which cannot be used for the password: it audits
    # the value.
    conn.execute(
        "INSERT INTO settings(key, value, changed_at) VALUES (?, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at",
        (key, json.dumps(value, ensure_ascii=False, sort_keys=True), at),
    )


def configure_lrs(store: RecordStore, endpoint: str, username: str, password: str, *, actor: str) -> Future[None]:
    """Set the LRS endpoint and credentials and switch forwarding on, in one transaction; resolves
    after COMMIT. Each setting gets an audit row ("setting", like `write_setting`), the password's with
    the value hidden. ValueError (before anything is queued) for a bad endpoint or an empty username or
    password.

    Only statements recorded from now on are queued; `queue_existing` sends the earlier ones."""
    url = validate_endpoint(endpoint)
    if not username.strip():
        raise ValueError("the LRS username must not be empty")
    if not password:
        raise ValueError("the LRS password must not be empty")
    user = username.strip()

    def work(conn: sqlite3.Connection) -> None:
        at = utc_now()
        for key, value, shown in (
            (KEY_ENDPOINT, url, url),
            (KEY_USERNAME, user, user),
            (KEY_PASSWORD, password, _HIDDEN),
            (KEY_FORWARDING, True, True),
        ):
            _put_setting(conn, key, value, at)
            detail = json.dumps({"key": key, "value": shown}, ensure_ascii=False)
            append_audit_row(conn, at, actor, "setting", detail)

    return store.write(work)


def disable_lrs(store: RecordStore, *, actor: str) -> Future[None]:
    """Switch forwarding off (audited): new statements are no longer queued and nothing is sent. What
    is queued stays queued and goes out when forwarding is switched on again."""
    return write_setting(store, KEY_FORWARDING, False, actor=actor)


def queue_existing(store: RecordStore, since: date | None = None, *, actor: str) -> Future[int]:
    """Queue statements recorded earlier (all, or those whose timestamp is on or after `since`, a UTC
    date) that are not in the outbox, oldest first; audited; resolves to how many were added. Statements
    the LRS already has are harmless to send again: an identical statement counts as delivered."""
    floor = since.isoformat() if since is not None else ""

    def work(conn: sqlite3.Connection) -> int:
        at = utc_now()
        added = conn.execute(
            "INSERT OR IGNORE INTO lrs_outbox(statement_id, statement_json, queued_at)"
            " SELECT id, statement_json, ? FROM events WHERE timestamp >= ? ORDER BY timestamp, rowid",
            (at, floor),
        ).rowcount
        detail = json.dumps({"since": floor or None, "queued": added})
        append_audit_row(conn, at, actor, "lrs-backfill", detail)
        return int(added)

    return store.write(work)


# ------------------------------------------------------------------------------------------ outbox


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    statement_id: str
    statement_json: str
    queued_at: str
    tries: int
    next_try_at: str
    last_error: str


_ROW_COLUMNS = "seq, statement_id, statement_json, queued_at, tries, next_try_at, last_error"


def outbox_rows(store: RecordStore, *, due_at: str | None = None, limit: int | None = None) -> list[OutboxRow]:
    """Rows of the outbox by seq (oldest first); only those due at `due_at` (ISO UTC) if given."""
    sql = f"SELECT {_ROW_COLUMNS} FROM lrs_outbox"
    args: list[Any] = []
    if due_at is not None:
        sql += " WHERE next_try_at <= ?"
        args.append(due_at)
    sql += " ORDER BY seq"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    with store.reading() as conn:
        return [OutboxRow(*r) for r in conn.execute(sql, args).fetchall()]


def _outbox_counts(store: RecordStore) -> tuple[int, int, str | None]:
    """(queued, refused, earliest next try) of the outbox."""
    with store.reading() as conn:
        queued, refused, earliest = conn.execute(
            "SELECT count(*), coalesce(sum(last_error LIKE ? || '%'), 0),"
            " min(CASE WHEN next_try_at = '' THEN NULL ELSE next_try_at END) FROM lrs_outbox",
            (REFUSED,),
        ).fetchone()
    return int(queued), int(refused), earliest


# ------------------------------------------------------------------------------------------ http


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]
    body: bytes


HttpPost = Callable[[str, str, bytes | None, Mapping[str, str], float], HttpResponse]
"""(method, url, body, headers, timeout) -> the response, whatever its status. Raises OSError when
the server cannot be reached or does not answer in time."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are answered as they come (a 3xx response), never followed: urllib would repeat a POST
    as a GET, whose 200 would look like a delivery, and carry the Basic credentials to another host."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def urllib_post(method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float) -> HttpResponse:
    """The stdlib HTTP client as an `HttpPost` (redirects are not followed: a 3xx is an answer)."""
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    try:
        with _OPENER.open(request, timeout=timeout) as r:
            return HttpResponse(int(r.status), dict(r.headers.items()), r.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return HttpResponse(int(exc.code), dict(exc.headers.items()), exc.read())


def backoff_seconds(tries: int, rng: random.Random, retry_after: float | None = None) -> float:
    """Seconds to wait after the `tries`-th failed try: 2 s doubling to 10 min, +-20 % jitter (so
    kiosks that lost the LRS together do not come back in step); a Retry-After (capped at an hour) wins
    when it is longer."""
    base = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** min(max(tries - 1, 0), 30))  # 2**1024 would overflow
    wait = base * rng.uniform(0.8, 1.2)
    if retry_after is not None:
        wait = max(wait, min(retry_after, RETRY_AFTER_CAP))
    return wait


def _retry_after(headers: Mapping[str, str], now: datetime) -> float | None:
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


def _excerpt(body: bytes, limit: int = 300) -> str:
    text = body.decode("utf-8", "replace").strip().replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "..."


def _same_statement(sent: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """Whether the LRS's stored statement is the one we sent. An LRS adds `stored`, `authority` and
    `version`, may drop the verb's display and may reformat the timestamp: the verb is compared by id
    and the timestamp by the instant it names, the rest exactly."""
    if any(sent.get(key) != stored.get(key) for key in ("id", "actor", "object", "result", "context")):
        return False
    if (sent.get("verb") or {}).get("id") != (stored.get("verb") or {}).get("id"):
        return False
    try:
        return datetime.fromisoformat(str(sent["timestamp"])) == datetime.fromisoformat(str(stored["timestamp"]))
    except (KeyError, ValueError):
        return sent.get("timestamp") == stored.get("timestamp")


# ------------------------------------------------------------------------------------------ forwarder


@dataclass(frozen=True)
class LrsStatus:
    """A snapshot for the screens and the CLI (plain values, safe to hand to any thread)."""

    configured: bool
    forwarding: bool
    endpoint: str
    queued: int  # rows in the outbox
    refused: int  # of those, statements the LRS refused (kept with their error)
    last_success_at: str | None  # ISO UTC of the last delivery by this forwarder
    last_error: str | None  # the last problem this forwarder met; None after a clean send
    next_try_at: str | None  # ISO UTC of the next contact (pause or earliest row), None: at the next poll


@dataclass(frozen=True)
class SendOutcome:
    """What one `send_due` did."""

    delivered: int = 0
    refused: int = 0  # statements the LRS refused this time (kept)
    postponed: int = 0  # statements kept for a later try (LRS unreachable or busy)
    reachable: bool = True  # False: the LRS could not be reached or did not work (5xx, 408, 429, 401...)
    error: str | None = None
    skipped: str | None = None  # why nothing was tried (not configured, switched off, paused)


_NOT_THE_STATEMENT = {401, 403, 404, 405, 407, 408, 429}
"""4xx answers about the request or the server's state, not about a statement: retried with back-off."""


def _statement_problem(status: int) -> bool:
    """Whether a 4xx says something in the statements is wrong (400, 409, 413, 422 ...)."""
    return 400 <= status < 500 and status not in _NOT_THE_STATEMENT


class _Verdict:
    DELIVERED = "delivered"
    REFUSED = "refused"
    RETRY = "retry"


class LrsForwarder:
    """Empties the outbox into the LRS on a daemon thread (see the module docstring).

    `settings`: fixed `LrsSettings`, a callable returning the current ones (None: not configured), or
    None to read them from the records file before every round (so a change on screen applies within a
    poll). `clock` returns an aware UTC datetime; `http` does the requests (default: urllib).

    `start()` starts the thread (once); `nudge()` wakes it now (e.g. after a statement was saved);
    `stop(timeout)` ends it, waiting at most `timeout` s (a request in flight ends within the HTTP
    timeout); `status()` returns at once from a snapshot the thread keeps (refreshed every poll).
    `send_due()` runs one round on the calling thread (the CLI does; tests too); rounds never overlap.
    No method blocks on the network except `send_due`."""

    def __init__(
        self,
        store: RecordStore,
        settings: LrsSettings | Callable[[], LrsSettings | None] | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        http: HttpPost = urllib_post,
        batch_size: int = BATCH_SIZE,
        poll_seconds: float = POLL_SECONDS,
        http_timeout: float = HTTP_TIMEOUT,
        rng: random.Random | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._store = store
        if settings is None:
            self._load: Callable[[], LrsSettings | None] = lambda: load_lrs_settings(store)
        elif isinstance(settings, LrsSettings):
            fixed = settings
            self._load = lambda: fixed
        else:
            self._load = settings
        self._clock = clock
        self._http = http
        self._batch = batch_size
        self._poll = poll_seconds
        self._timeout = http_timeout
        self._rng = rng or random.Random()
        self._round = threading.Lock()  # one round at a time
        self._state = threading.Lock()  # guards the fields below
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0  # consecutive rounds the LRS could not be used
        self._paused_until: datetime | None = None
        self._last_success: str | None = None
        self._last_error: str | None = None
        self._status = LrsStatus(False, False, "", 0, 0, None, None, None)

    # ---------------------------------------------------------------- life

    def start(self) -> None:
        """Start the thread (a second call does nothing)."""
        with self._state:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="lrs-forwarder", daemon=True)
            self._thread.start()

    def nudge(self) -> None:
        """Try now rather than at the next poll (a pause after failures still holds)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the thread; True when it ended within `timeout`. The outbox keeps what was not sent."""
        self._stopping.set()
        self._wake.set()
        with self._state:
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def status(self) -> LrsStatus:
        with self._state:
            return self._status

    def refresh_status(self) -> LrsStatus:
        """Re-read the settings and the outbox counts into the snapshot (reads the records file)."""
        settings = self._load()
        queued, refused, earliest = _outbox_counts(self._store)
        with self._state:
            paused = _iso(self._paused_until) if self._paused_until else None
            nxt = max(filter(None, (paused, earliest)), default=None) if paused else earliest
            self._status = LrsStatus(
                configured=settings is not None,
                forwarding=bool(settings and settings.forwarding),
                endpoint=settings.endpoint if settings else "",
                queued=queued,
                refused=refused,
                last_success_at=self._last_success,
                last_error=self._last_error,
                next_try_at=nxt,
            )
            return self._status

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.send_due()
            except Exception as exc:  # a closed store, a locked file: keep the thread, report it
                with self._state:
                    self._last_error = f"could not use the records file: {exc}"
            self._wake.wait(self._poll)
            self._wake.clear()

    # ---------------------------------------------------------------- one round

    def send_due(self, *, force: bool = False) -> SendOutcome:
        """Send every due row, a batch at a time, until none is due or the LRS fails; on this thread.
        `force`: treat every row as due and ignore a pause (an instructor's "send now")."""
        with self._round:
            try:
                return self._send_due(force)
            finally:
                self.refresh_status()

    def _send_due(self, force: bool) -> SendOutcome:
        settings = self._load()
        if settings is None:
            return SendOutcome(skipped="no LRS is configured")
        if not settings.forwarding:
            return SendOutcome(skipped="forwarding to the LRS is switched off")
        now = self._clock()
        with self._state:
            paused = self._paused_until
        if not force and paused is not None and now < paused:
            return SendOutcome(skipped=f"waiting until {paused.isoformat(timespec='seconds')} to try again")
        delivered = refused = 0
        seen: set[int] = set()
        while not self._stopping.is_set():
            now = self._clock()
            due = None if force else _iso(now)
            rows = [r for r in outbox_rows(self._store, due_at=due, limit=self._batch + len(seen)) if r.seq not in seen]
            rows = rows[: self._batch]
            if not rows:
                break
            seen.update(r.seq for r in rows)
            outcome = self._send_batch(settings, rows)
            delivered += outcome.delivered
            refused += outcome.refused
            if not outcome.reachable:
                return SendOutcome(delivered, refused, outcome.postponed, False, outcome.error)
        if seen:  # the LRS answered every batch of this round: the failure streak is over
            with self._state:
                self._failures = 0
                self._paused_until = None
                if not refused:
                    self._last_error = None
        return SendOutcome(delivered, refused)

    def _send_batch(self, settings: LrsSettings, rows: Sequence[OutboxRow]) -> SendOutcome:
        statements: list[tuple[OutboxRow, Any]] = []
        broken: dict[int, str] = {}
        for row in rows:
            try:
                statements.append((row, json.loads(row.statement_json)))
            except ValueError as exc:
                broken[row.seq] = f"{REFUSED} here: the queued statement is not JSON ({exc})"
        verdicts: dict[int, tuple[str, str]] = {seq: (_Verdict.REFUSED, msg) for seq, msg in broken.items()}
        response, error = self._post(settings, [s for _, s in statements])
        if response is not None and response.status in (200, 204):
            verdicts.update({row.seq: (_Verdict.DELIVERED, "") for row, _ in statements})
        elif response is not None and _statement_problem(response.status) and len(statements) > 1:
            for row, statement in statements:
                verdict = self._send_one(settings, statement)
                verdicts[row.seq] = verdict
                if verdict[0] == _Verdict.RETRY:  # the LRS went away mid-way: the rest waits too
                    for later, _ in statements:
                        verdicts.setdefault(later.seq, verdict)
                    break
        elif response is not None and _statement_problem(response.status):
            row, statement = statements[0]
            verdicts[row.seq] = self._judge_single(settings, statement, response)
        elif statements:
            message = error or _http_problem(settings, response)
            verdicts.update({row.seq: (_Verdict.RETRY, message) for row, _ in statements})
        retry_after = _retry_after(response.headers, self._clock()) if response is not None else None
        return self._settle(rows, verdicts, retry_after)

    def _send_one(self, settings: LrsSettings, statement: Any) -> tuple[str, str]:
        response, error = self._post(settings, [statement])
        if response is None:
            return _Verdict.RETRY, error or "no answer"
        if response.status in (200, 204):
            return _Verdict.DELIVERED, ""
        return self._judge_single(settings, statement, response)

    def _judge_single(self, settings: LrsSettings, statement: Any, response: HttpResponse) -> tuple[str, str]:
        """The verdict on one statement the LRS did not take."""
        status = response.status
        if status == 409 and isinstance(statement, Mapping):
            stored = self._fetch(settings, str(statement.get("id", "")))
            if stored is not None and _same_statement(statement, stored):
                return _Verdict.DELIVERED, ""
            return _Verdict.REFUSED, (
                f"{REFUSED} by the LRS (409): it already holds a different statement with id {statement.get('id')}"
            )
        if _statement_problem(status):
            return _Verdict.REFUSED, f"{REFUSED} by the LRS ({status}): {_excerpt(response.body)}"
        return _Verdict.RETRY, _http_problem(settings, response)

    def _fetch(self, settings: LrsSettings, statement_id: str) -> Mapping[str, Any] | None:
        url = f"{settings.statements_url}?statementId={quote(statement_id)}"
        try:
            response = self._http("GET", url, None, self._headers(settings), self._timeout)
            if response.status != 200:
                return None
            found = json.loads(response.body)
        except (OSError, ValueError):
            return None
        # xAPI answers a statementId query with the statement itself; some LRSs (Ralph 5) wrap it in a
        # StatementResult anyway.
        candidates = found.get("statements", [found]) if isinstance(found, Mapping) else []
        return next((c for c in candidates if isinstance(c, Mapping) and c.get("id") == statement_id), None)

    def _headers(self, settings: LrsSettings) -> dict[str, str]:
        return {
            "X-Experience-API-Version": XAPI_VERSION,
            "Content-Type": "application/json",
            "Authorization": settings.authorization(),
        }

    def _post(self, settings: LrsSettings, statements: list[Any]) -> tuple[HttpResponse | None, str | None]:
        if not statements:
            return None, None
        body = json.dumps(statements, ensure_ascii=False).encode("utf-8")
        try:
            return self._http("POST", settings.statements_url, body, self._headers(settings), self._timeout), None
        except (OSError, ValueError) as exc:  # URLError, timeouts, refused connections; a malformed URL
            reason = getattr(exc, "reason", None) or exc
            return None, f"could not reach the LRS at {settings.endpoint}: {reason}"

    def _settle(
        self, rows: Sequence[OutboxRow], verdicts: Mapping[int, tuple[str, str]], retry_after: float | None
    ) -> SendOutcome:
        """Write the verdicts to the outbox (one transaction) and pause after a failure."""
        now = self._clock()
        delivered = [seq for seq, (v, _) in verdicts.items() if v == _Verdict.DELIVERED]
        updates: list[tuple[int, str, str, int]] = []
        errors: list[str] = []
        refused = postponed = 0
        for row in rows:
            verdict, message = verdicts.get(row.seq, (_Verdict.RETRY, "not sent"))
            if verdict == _Verdict.DELIVERED:
                continue
            tries = row.tries + 1
            if verdict == _Verdict.REFUSED:
                refused += 1
                wait = REFUSED_BACKOFF
            else:
                postponed += 1
                wait = backoff_seconds(tries, self._rng, retry_after)
            updates.append((tries, _iso(now + timedelta(seconds=wait)), message, row.seq))
            errors.append(message)

        def work(conn: sqlite3.Connection) -> None:
            conn.executemany("DELETE FROM lrs_outbox WHERE seq = ?", [(s,) for s in delivered])
            conn.executemany("UPDATE lrs_outbox SET tries = ?, next_try_at = ?, last_error = ? WHERE seq = ?", updates)

        self._store.write(work).result(timeout=30)
        with self._state:
            if errors:
                self._last_error = errors[-1]
            if postponed:
                self._failures += 1
                pause = backoff_seconds(self._failures, self._rng, retry_after)
                self._paused_until = now + timedelta(seconds=pause)
            if delivered:
                self._last_success = _iso(now)
        first_retry = next((m for v, m in verdicts.values() if v == _Verdict.RETRY), None)
        return SendOutcome(len(delivered), refused, postponed, postponed == 0, first_retry)


def _http_problem(settings: LrsSettings, response: HttpResponse | None) -> str:
    if response is None:
        return f"no answer from the LRS at {settings.endpoint}"
    if response.status in (401, 403):
        return f"the LRS at {settings.endpoint} refused the username or password ({response.status})"
    if response.status == 404:
        return f"no xAPI statements resource at {settings.statements_url} (404): check the endpoint"
    return f"the LRS at {settings.endpoint} answered {response.status}: {_excerpt(response.body)}"


def _iso(at: datetime) -> str:
    """ISO 8601 in UTC with milliseconds: the form `next_try_at` is compared in (as text)."""
    return at.astimezone(UTC).isoformat(timespec="milliseconds")
