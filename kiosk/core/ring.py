"""Fixed-size time series for live trends, cheap to append to and to plot."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


class RingSeries:
    """The last `capacity` (t, y) points of one signal.

    Each point is written twice, at i and i + capacity, in arrays of twice the capacity, so the
    last N points are always one contiguous slice: `view()` returns numpy views without copying,
    which is what pyqtgraph's setData wants (../shared/MEASURED.md: lists cost 2-8x more).
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 2:
            raise ValueError("capacity must be at least 2")
        self.capacity = capacity
        self._t = np.zeros(2 * capacity, dtype=np.float64)
        self._y = np.zeros(2 * capacity, dtype=np.float64)
        self._next = 0  # index of the next write, 0 <= _next < capacity
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, t: float, y: float) -> None:
        i = self._next
        self._t[i] = self._t[i + self.capacity] = t
        self._y[i] = self._y[i + self.capacity] = y
        self._next = (i + 1) % self.capacity
        self._count = min(self._count + 1, self.capacity)

    def view(self) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """(t, y) of the stored points, oldest first, as views into the ring (do not modify)."""
        end = self._next + self.capacity if self._count == self.capacity else self._next
        start = end - self._count
        return self._t[start:end], self._y[start:end]

    def last(self) -> tuple[float, float] | None:
        if self._count == 0:
            return None
        i = (self._next - 1) % self.capacity
        return float(self._t[i]), float(self._y[i])
