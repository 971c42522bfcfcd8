"""The latest value and quality of every tag of a cell, and the rules that make values stale."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.core.sample_buffer import Drained
from kiosk.core.tags import ConnectionState, Quality, Sample, TagSpec, judge_value

DEFAULT_CONTACT_TIMEOUT_S = 1.5
"""With no publish response (data or keep-alive) for this long, every value is stale."""


@dataclass(frozen=True, slots=True)
class TagValue:
    """What the screen shows for one tag."""

    value: Any
    quality: Quality
    source_ts: float | None
    received_ts: float | None
    status_name: str = ""


_NOTHING = TagValue(None, Quality.UNKNOWN, None, None, "")


class Snapshot:
    """Latest value + quality per tag alias. Not thread-safe: owned by one (the GUI) thread.

    Rules:
    - a sample with a bad status, or a value that does not fit the tag's kind, is BAD;
    - every value is STALE while the connection is not CONNECTED, or when the last word from the
      cell (`contact_ts`, any publish response including keep-alives) is older than
      `contact_timeout_s`;
    - a tag with `max_age_s` is STALE when it has not changed for that long (subscriptions send
      changes only: use it for signals that always move, such as a noisy analogue value).
    A STALE value keeps its last number so the screen can show it greyed out.
    """

    def __init__(self, specs: Iterable[TagSpec], contact_timeout_s: float = DEFAULT_CONTACT_TIMEOUT_S):
        self._specs: dict[str, TagSpec] = {s.alias: s for s in specs}
        self._raw: dict[str, TagValue] = {}
        self._values: dict[str, TagValue] = {}
        self._contact_timeout_s = contact_timeout_s
        self.connection = ConnectionState.CONNECTING
        self.contact_ts: float | None = None

    @property
    def specs(self) -> Mapping[str, TagSpec]:
        return self._specs

    def apply(self, samples: Sequence[Sample], lost_at: int | None = None) -> set[str]:
        """Take new samples (in arrival order). `lost_at`: the link was lost after samples[:lost_at];
        every value known before that point is from the old link and stays STALE until the cell
        sends it again (so a reconnect never revives old numbers as live).
        Returns the aliases whose raw value changed."""
        changed: set[str] = set()
        for i, s in enumerate(samples):
            if i == lost_at:
                self.invalidate()
            spec = self._specs.get(s.alias)
            if spec is None:
                continue
            quality = judge_value(spec, s.value, s.status_good)
            self._raw[s.alias] = TagValue(s.value, quality, s.source_ts, s.received_ts, s.status_name)
            changed.add(s.alias)
        if lost_at is not None and lost_at >= len(samples):
            self.invalidate()
        return changed

    def absorb(self, drained: Drained, now: float) -> set[str]:
        """Take one drain of the sample buffer (connection, contact clock, samples) and re-judge
        staleness as of `now`. Returns the aliases whose value or quality changed."""
        self.set_connection(drained.connection)
        if drained.contact_ts is not None:
            self.note_contact(drained.contact_ts)
        self.apply(drained.samples, drained.lost_at)
        return self.refresh(now)

    def invalidate(self) -> None:
        """Mark every live value as from an old link: STALE until a fresh sample replaces it."""
        for alias, raw in self._raw.items():
            if raw.quality is Quality.LIVE:
                self._raw[alias] = TagValue(raw.value, Quality.STALE, raw.source_ts, raw.received_ts, raw.status_name)

    def link_ok(self, now: float) -> bool:
        """Connected, and the cell was heard from (data or keep-alive) within the contact timeout."""
        return (
            self.connection is ConnectionState.CONNECTED
            and self.contact_ts is not None
            and now - self.contact_ts <= self._contact_timeout_s
        )

    def set_connection(self, state: ConnectionState) -> None:
        self.connection = state

    def note_contact(self, ts: float) -> None:
        if self.contact_ts is None or ts > self.contact_ts:
            self.contact_ts = ts

    def refresh(self, now: float) -> set[str]:
        """Re-judge every tag at monotonic time `now`. Returns aliases whose shown value or quality
        changed since the last refresh."""
        link_ok = self.link_ok(now)
        changed: set[str] = set()
        for alias, spec in self._specs.items():
            raw = self._raw.get(alias)
            if raw is None:
                shown = _NOTHING
            elif (raw.quality is Quality.LIVE and not link_ok) or (
                raw.quality is Quality.LIVE
                and spec.max_age_s is not None
                and raw.received_ts is not None
                and now - raw.received_ts > spec.max_age_s
            ):
                shown = TagValue(raw.value, Quality.STALE, raw.source_ts, raw.received_ts, raw.status_name)
            else:
                shown = raw
            if self._values.get(alias) != shown:
                self._values[alias] = shown
                changed.add(alias)
        return changed

    def get(self, alias: str) -> TagValue:
        return self._values.get(alias, _NOTHING)

    def live_value(self, alias: str) -> Any:
        """The value if LIVE, else None: what checks and scoring may use."""
        v = self.get(alias)
        return v.value if v.quality is Quality.LIVE else None

    def items(self) -> Iterable[tuple[str, TagValue]]:
        return self._values.items()
