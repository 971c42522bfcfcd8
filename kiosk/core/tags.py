"""Tags, samples and quality: how the kiosk names and judges the values a cell sends."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kiosk.core.text import LocalText


class Quality(StrEnum):
    """How far a value can be trusted. Only LIVE values are shown as current or score a step."""

    LIVE = "live"
    STALE = "stale"  # no fresh word from the cell: connection down or silent too long
    BAD = "bad"  # the cell said the value is not good, or it is not a usable number
    UNKNOWN = "unknown"  # nothing received yet


class ConnectionState(StrEnum):
    """The link between the kiosk and one cell."""

    CONNECTING = "connecting"  # first attempt, nothing known yet
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"  # was connected, lost, trying again
    DISCONNECTED = "disconnected"  # stopped, or the endpoint refused
    UNTRUSTED = "untrusted"  # the cell shows a certificate no instructor trusted yet: not talked to


class TagKind(StrEnum):
    NUMBER = "number"
    BOOL = "bool"
    TEXT = "text"


@dataclass(frozen=True)
class TagSpec:
    """One entry of a cell's tag map: an alias the kiosk and lab modules use, and where it lives.

    `node_id` is an OPC UA node id string (`ns=2;s=Sorting.Mode`, or `nsu=URI;s=...` to be
    resolved against the server's namespace array). `lo`/`hi` is the expected range for gauges and
    trend axes; `decimals` how many to show.
    """

    alias: str
    node_id: str
    label: LocalText
    kind: TagKind = TagKind.NUMBER
    unit: str = ""
    lo: float | None = None
    hi: float | None = None
    decimals: int = 1
    writable: bool = False
    trend: bool = False
    max_age_s: float | None = None  # a value not changed this long is stale (for always-moving signals)
    states: dict[str, LocalText] = field(default_factory=dict)  # text values -> shown label


@dataclass(frozen=True, slots=True)
class Sample:
    """One value as it arrived from the cell. Times are seconds (source: server clock, epoch;
    received: the kiosk's monotonic clock)."""

    alias: str
    value: Any
    status_good: bool
    source_ts: float | None
    received_ts: float
    status_name: str = "Good"


def judge_value(spec: TagSpec, value: Any, status_good: bool) -> Quality:
    """LIVE when the status is good and the value fits the tag's kind; BAD otherwise."""
    if not status_good or value is None:
        return Quality.BAD
    if spec.kind is TagKind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Quality.BAD
        if not math.isfinite(value):
            return Quality.BAD
    elif spec.kind is TagKind.BOOL:
        if not isinstance(value, bool):
            return Quality.BAD
    elif not isinstance(value, str):
        return Quality.BAD
    return Quality.LIVE
