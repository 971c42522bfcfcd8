"""A landing spot's profile: who it is, which cells it has, how it looks."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText

SITE_IDS: tuple[str, ...] = ("drachten", "emmen", "zernike")

EMBEDDED = "embedded"
"""Endpoint value meaning: start the simulated demo cell inside the app."""

SECURITY_MODES: tuple[str, ...] = ("none", "sign", "sign-encrypt")
"""A cell's OPC UA message security (`security = ...` of a [[cells]] entry). "sign" and "sign-encrypt"
use the one policy the kiosk speaks, Basic256Sha256, and need the cell's certificate trusted."""
SECURITY_POLICY = "Basic256Sha256"


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


HIGH_CONTRAST = Theme(
    primary="#ffd400",
    accent="#ffd400",
    background="#000000",
    surface="#141414",
    text="#ffffff",
    muted="#e6e6e6",
    good="#5ff07f",
    warning="#ffd400",
    bad="#ff8c8c",
)
"""The high-contrast theme (`[display] high_contrast = true`): white and yellow on black. Every text
colour reaches at least 7:1 (WCAG AAA) on background and surface; the primary fill is yellow, so
text on it is black (the stylesheets pick it with kiosk.core.contrast.readable_on)."""

MM_PER_INCH = 25.4
TOUCH_TARGET_MM = 12.0
"""The smallest thing a finger must hit, in millimetres on the glass."""


@dataclass(frozen=True)
class Display:
    """The physical screen and how the kiosk should draw on it (`[display]` in a site profile).

    Size: `width_mm` (the visible width of the panel) when given, else `diagonal_in`. The default is a
    21.5" panel: the common size of wall and stand kiosk touch monitors, and at 1920x1080 about 4.0
    px/mm, so 12 mm is 49 px. A site with a smaller screen says so, and the touch minimum grows.
    Pixels are taken to be square, so the panel's aspect ratio is that of the screen's pixels.

    `text_scale` multiplies every font size (and the paddings that go with it) in the stylesheets,
    1.0 to 2.0. `high_contrast` swaps the site's colours for HIGH_CONTRAST.
    """

    diagonal_in: float = 21.5
    width_mm: float | None = None
    text_scale: float = 1.0
    high_contrast: bool = False

    def px_per_mm(self, screen_w_px: int, screen_h_px: int) -> float:
        """Pixels per millimetre for a screen of this size showing `screen_w_px` x `screen_h_px`."""
        if screen_w_px <= 0 or screen_h_px <= 0:
            raise ValueError(f"screen size {screen_w_px}x{screen_h_px} px is not a screen")
        if self.width_mm is not None:
            return screen_w_px / self.width_mm
        return math.hypot(screen_w_px, screen_h_px) / (self.diagonal_in * MM_PER_INCH)

    def min_touch_px(self, screen_w_px: int, screen_h_px: int, mm: float = TOUCH_TARGET_MM) -> int:
        """The smallest touch target, in whole pixels (rounded up), that is `mm` (12 mm) on the glass."""
        return math.ceil(mm * self.px_per_mm(screen_w_px, screen_h_px) - 1e-9)

    def theme_for(self, site_theme: Theme) -> Theme:
        """The colours to draw with: HIGH_CONTRAST when asked for, else the site's."""
        return HIGH_CONTRAST if self.high_contrast else site_theme


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
    """One demo cell: an OPC UA endpoint, its tag map and its methods. endpoint == EMBEDDED: the simulator.
    `security` is one of SECURITY_MODES ("none": no signing, no encryption, no certificates)."""

    name: str
    label: LocalText
    endpoint: str
    tags: tuple[TagSpec, ...]
    methods: tuple[MethodSpec, ...] = ()
    security: str = "none"

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
    display: Display = field(default_factory=Display)
