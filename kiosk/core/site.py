"""A landing spot's profile: who it is, which cells it has, how it looks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText

SITE_IDS: tuple[str, ...] = ("drachten", "emmen", "zernike")

EMBEDDED = "embedded"
"""Endpoint value meaning: start the simulated demo cell inside the app."""


@dataclass(frozen=True)
class Theme:
    """Screen colours as #rrggbb strings."""

    primary: str = "#00677f"
    accent: str = "#f2a900"
    background: str = "#10171c"
    surface: str = "#1b252c"
    text: str = "#f2f5f7"
    muted: str = "#9aa9b3"
    good: str = "#3fb950"
    warning: str = "#f2a900"
    bad: str = "#f85149"


@dataclass(frozen=True)
class MethodSpec:
    """A method of the cell that lab modules call by alias (`start`, `inject_fault`, ...).

    `object_id` is the node id of the object that owns the method, `method_id` the method's own
    node id (same forms as `TagSpec.node_id`). `args` lists the kinds of its input arguments, in
    order; the kiosk checks a call's arguments against them before anything is sent.
    """

    alias: str
    object_id: str
    method_id: str
    label: LocalText
    args: tuple[TagKind, ...] = ()


@dataclass(frozen=True)
class CellConfig:
    """One demo cell: an OPC UA endpoint, its tag map and its methods. endpoint == EMBEDDED: the simulator."""

    name: str
    label: LocalText
    endpoint: str
    tags: tuple[TagSpec, ...]
    methods: tuple[MethodSpec, ...] = ()

    @property
    def is_embedded(self) -> bool:
        return self.endpoint == EMBEDDED

    def with_endpoint(self, endpoint: str) -> CellConfig:
        return replace(self, endpoint=endpoint)

    def tag(self, alias: str) -> TagSpec | None:
        return next((t for t in self.tags if t.alias == alias), None)

    def method(self, alias: str) -> MethodSpec | None:
        return next((m for m in self.methods if m.alias == alias), None)


@dataclass(frozen=True)
class SiteProfile:
    """Everything site-specific the kiosk needs at start."""

    id: str
    name: LocalText
    city: str
    cells: tuple[CellConfig, ...]
    languages: tuple[str, ...] = ("nl", "en", "de", "fy")
    default_language: str = "nl"
    theme: Theme = field(default_factory=Theme)
    welcome: LocalText = field(default_factory=LocalText)
