"""The hand-over point between the OPC UA worker thread and the GUI thread."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.tags import ConnectionState, Sample


@dataclass(frozen=True)
class Drained:
    """Everything that arrived since the previous drain."""

    samples: list[Sample]
    connection: ConnectionState
    contact_ts: float | None
    dropped: int  # samples thrown away because the buffer was full (oldest first)
    error: str = ""  # last connection error, in words, for logs and the instructor
    lost_at: int | None = None  # the link was lost after samples[:lost_at] had arrived (last loss)


class SampleBuffer:
    """Bounded, thread-safe buffer: the worker pushes, the GUI timer drains once per tick.

    When the GUI falls behind, the oldest samples are dropped (and counted), never the newest:
    a kiosk shows the present. Pushing never blocks on the consumer.
    """

    def __init__(self, capacity: int = 50_000) -> None:
        self._lock = threading.Lock()
        self._samples: deque[Sample] = deque(maxlen=capacity)
        self._capacity = capacity
        self._dropped = 0
        self._connection = ConnectionState.CONNECTING
        self._contact_ts: float | None = None
        self._error = ""
        self._lost_at: int | None = None

    def push(self, samples: Iterable[Sample]) -> None:
        with self._lock:
            for s in samples:
                if len(self._samples) == self._capacity:
                    self._dropped += 1
                    if self._lost_at:
                        self._lost_at -= 1
                self._samples.append(s)

    def set_connection(self, state: ConnectionState, error: str = "") -> None:
        with self._lock:
            if self._connection is ConnectionState.CONNECTED and state is not ConnectionState.CONNECTED:
                # Remember where in the stream the loss fell: what came before is from the old link.
                self._lost_at = len(self._samples)
            self._connection = state
            if error or state is ConnectionState.CONNECTED:
                self._error = error

    def note_contact(self, ts: float) -> None:
        """Record that the cell answered (a publish response, data or keep-alive) at monotonic ts."""
        with self._lock:
            if self._contact_ts is None or ts > self._contact_ts:
                self._contact_ts = ts

    def drain(self) -> Drained:
        with self._lock:
            taken, self._samples = self._samples, deque(maxlen=self._capacity)  # swap: no copy under the lock
            dropped, self._dropped = self._dropped, 0
            lost_at, self._lost_at = self._lost_at, None
            state, contact, error = self._connection, self._contact_ts, self._error
        return Drained(list(taken), state, contact, dropped, error, lost_at)
