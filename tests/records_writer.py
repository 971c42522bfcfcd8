"""A records-store writer that runs until it is killed: the subject of tests/test_records_durability.py.

    python tests/records_writer.py DB_PATH SEED      (or: python -m tests.records_writer DB_PATH SEED)

Opens `RecordStore(DB_PATH)` (appending to an existing file) and writes a realistic mix forever: xAPI
statements of a few attempts at once (several registrations, each ending with a final verb and its
AttemptEnd), batches of process values, audit rows. Sometimes it queues several writes before waiting, so
the store commits several writes in one transaction.

stdout, one whole line per `write` + flush, under a lock (done-callbacks run on the store's writer thread):

    started <kind> <key>                   before the write is handed to the store
    committed event <statement id>         after its Future resolved (so after COMMIT)
    committed samples <tag>                <tag> is in every row's text_value; it ends in `n<rows>`
    committed audit <seq> <tag>            <tag> is in the row's detail
    failed <kind> <key> <error>            a Future that resolved with an exception
    stats <writes committed> <transactions>
    warning <text>                         `RecordStore.warnings` on opening

`<key>` is the statement id, the samples tag or the audit tag.
"""

from __future__ import annotations

import random
import sys
import threading
import uuid
from concurrent.futures import Future, wait
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.core.labs.xapi import Actor, Statement, activity_id, extension_iri
from kiosk.services.records import AttemptEnd, AttemptFields, RecordStore, SampleRow

_out_lock = threading.Lock()


def emit(line: str) -> None:
    """One line, whole: one write and a flush under a lock."""
    with _out_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


MODULES = (
    ("visitor-taster", 2, ("welcome", "watch-a-part", "change-speed", "why-pushed-off")),
    ("speed-and-cycle-time", 3, ("intro", "measure", "set-speed", "quiz-cycle", "observe")),
    ("fault-finding", 1, ("briefing", "find-fault", "explain")),
)
ALIASES = ("conveyor.speed", "conveyor.running", "cell.cycle_time", "sorter.colour", "tank.level", "pid.output")
FINAL = ("passed", "failed", "completed", "abandoned")


class Attempt:
    """One trainee's attempt: yields its statements in order, the last one final (with its AttemptEnd)."""

    def __init__(self, rng: random.Random, seed: int, n: int) -> None:
        self.rng = rng
        self.module_id, self.version, steps = rng.choice(MODULES)
        self.code = f"T-{seed % 1000:03d}{n % 7}"
        self.registration = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        self.language = rng.choice(("nl", "en", "de", "fy"))
        self.fields = AttemptFields(
            trainee_code=self.code,
            module_id=self.module_id,
            module_version=self.version,
            site="drachten",
            cell="demo",
            simulated=True,
            language=self.language,
        )
        self.clock = datetime.now(UTC)
        self.plan = self._plan(steps)

    def _plan(self, steps: tuple[str, ...]) -> list[tuple[str, str | None, dict[str, Any]]]:
        plan: list[tuple[str, str | None, dict[str, Any]]] = [("attempted", None, {}), ("initialized", None, {})]
        for step in steps[: self.rng.randint(1, len(steps))]:
            plan.append(("experienced", step, {}))
            if self.rng.random() < 0.2:
                plan.append(("asked", step, {}))
            if step.startswith(("quiz", "why", "explain")):
                plan.append(("answered", step, {"success": True, "response": "b"}))
            if self.rng.random() < 0.7:
                plan.append(("passed", step, {"success": True, "duration": "PT4.2S"}))
        verb = self.rng.choice(FINAL)
        raw = float(self.rng.randint(0, 10))
        plan.append((verb, None, {"score": {"raw": raw, "max": 10.0, "scaled": raw / 10}, "completion": True}))
        return plan

    @property
    def done(self) -> bool:
        return not self.plan

    def next(self) -> tuple[dict[str, Any], AttemptEnd | None]:
        verb, step, result = self.plan.pop(0)
        self.clock += timedelta(milliseconds=self.rng.randint(50, 4000))
        st = Statement(
            id=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            actor=Actor(self.code),
            verb=verb,
            object_id=activity_id(self.module_id, step),
            object_type="module" if step is None else ("quiz" if verb == "answered" else "instruction"),
            object_name={"en": step or self.module_id},
            timestamp=self.clock,
            registration=self.registration,
            parent_id=None if step is None else activity_id(self.module_id),
            result=result,
            extensions={extension_iri("attempt-number"): 1},
            language=self.language,
            site="drachten",
            cell="demo",
        )
        end = None
        if step is None and verb in FINAL:
            score = result["score"]
            end = AttemptEnd(
                ended_at=self.clock.isoformat(timespec="milliseconds"),
                outcome=verb,
                score_raw=score["raw"],
                score_max=score["max"],
                scaled=score["scaled"],
            )
        return st.to_dict(), end


class Writer:
    def __init__(self, store: RecordStore, seed: int) -> None:
        self.store = store
        self.seed = seed
        self.rng = random.Random(seed)
        self.attempts: list[Attempt] = []
        self.n_attempts = 0
        self.n_tags = 0
        self.side: list[Future[Any]] = []  # unreported writes to wait for too
        self.committed = 0  # writes reported committed (counted on the store's writer thread)

    def _report(self, kind: str, key: str, future: Future[Any]) -> None:
        def done(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None:
                emit(f"failed {kind} {key} {exc!r}".replace("\n", " "))
                return
            self.committed += 1
            if kind == "audit":
                emit(f"committed audit {f.result()} {key}")
            else:
                emit(f"committed {kind} {key}")

        future.add_done_callback(done)

    def _tag(self, prefix: str) -> str:
        self.n_tags += 1
        return f"{prefix}{self.seed}-{self.n_tags}"

    def one_write(self) -> Future[Any]:
        r = self.rng.random()
        if r < 0.6:  # a statement of one of the attempts under way
            while len(self.attempts) < 3:
                self.n_attempts += 1
                new = Attempt(self.rng, self.seed, self.n_attempts)
                self.attempts.append(new)
                if self.rng.random() < 0.3:  # a named trainee (not reported: the statements are the subject)
                    self.side.append(self.store.add_trainee(new.code, f"Trainee {new.code}"))
            attempt = self.rng.choice(self.attempts)
            statement, end = attempt.next()
            if attempt.done:
                self.attempts.remove(attempt)
            key = str(statement["id"])
            emit(f"started event {key}")
            future: Future[Any] = self.store.record_statement(statement, attempt.fields, end)
            self._report("event", key, future)
            return future
        if r < 0.85:  # a batch of process values
            n = self.rng.randint(5, 40)
            tag = f"{self._tag('s')}n{n}"
            registration = self.attempts[0].registration if self.attempts else str(uuid.uuid4())
            t0 = self.rng.uniform(0, 1e5)
            rows = [
                SampleRow(registration, self.rng.choice(ALIASES), t0 + i * 0.1, self.rng.uniform(0, 100), tag, "good")
                for i in range(n)
            ]
            emit(f"started samples {tag}")
            future = self.store.add_samples(rows)
            self._report("samples", tag, future)
            return future
        tag = self._tag("a")
        action = self.rng.choice(("login", "logout", "settings", "export", "erase-name"))
        emit(f"started audit {tag}")
        future = self.store.append_audit(f"staff-{self.rng.randint(1, 4)}", action, {"tag": tag, "note": "soak"})
        self._report("audit", tag, future)
        return future

    def run_forever(self) -> None:
        while True:
            if self.rng.random() < 0.3:  # a burst: several writes queued before waiting
                futures = [self.one_write() for _ in range(self.rng.randint(2, 12))]
            else:
                futures = [self.one_write()]
            wait(futures + self.side)
            self.side.clear()
            emit(f"stats {self.committed} {self.store.commits}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: records_writer.py DB_PATH SEED", file=sys.stderr)
        return 2
    store = RecordStore(argv[0])
    for warning in store.warnings:
        emit(f"warning {warning}".replace("\n", " "))
    Writer(store, int(argv[1])).run_forever()
    return 0  # not reached: the test kills the process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
