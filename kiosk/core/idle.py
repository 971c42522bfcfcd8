"""When the kiosk has been left alone: the idle rule, pure.

Who is at the kiosk decides how long it waits: a visitor (the showcase, the taster) 90 s, a signed-in
trainee 5 min, nobody (the showcase on its own) never. Any touch or key, and machine activity that the
current step asked for (the trainee watches the cell do what the step said), count as activity. When the
time is up a warning counts down (at least MIN_WARNING_S); activity during the warning ("I'm still here")
cancels it; at its end the kiosk resets: progress is saved, the person signed out, the showcase shown.

Time is passed in (monotonic seconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["MIN_WARNING_S", "IdlePhase", "IdlePolicy", "IdleWatch", "Presence"]

MIN_WARNING_S = 20.0
"""The shortest countdown: long enough to read the warning and tap it."""


class Presence(StrEnum):
    """Who the kiosk is serving now."""

    NOBODY = "nobody"  # the showcase on its own: nothing to reset
    VISITOR = "visitor"  # someone without sign-in (the taster, the live cell)
    TRAINEE = "trainee"  # a signed-in trainee
    INSTRUCTOR = "instructor"  # an unlocked instructor


class IdlePhase(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # counting down: `seconds_left`
    EXPIRED = "expired"  # reset now (reported once; then ACTIVE for NOBODY)


@dataclass(frozen=True)
class IdlePolicy:
    """Idle times per presence (seconds) and the warning's length."""

    visitor_s: float = 90.0
    trainee_s: float = 300.0
    instructor_s: float = 120.0
    warning_s: float = 30.0
    machine_hold_s: float = 900.0  # machine activity alone keeps someone "present" this long after a touch

    def __post_init__(self) -> None:
        if self.warning_s < MIN_WARNING_S:
            raise ValueError(f"the idle warning must last at least {MIN_WARNING_S:g} s, not {self.warning_s:g}")
        for name in ("visitor_s", "trainee_s", "instructor_s"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be more than 0")

    def idle_s(self, presence: Presence) -> float | None:
        """How long `presence` may be idle before the warning; None: never."""
        return {
            Presence.NOBODY: None,
            Presence.VISITOR: self.visitor_s,
            Presence.TRAINEE: self.trainee_s,
            Presence.INSTRUCTOR: self.instructor_s,
        }[presence]


class IdleWatch:
    """`activity(now)` on every touch (and on asked-for machine activity); `tick(now)` now and then
    returns the phase and the seconds left of a warning."""

    def __init__(self, policy: IdlePolicy, now: float) -> None:
        self.policy = policy
        self.presence = Presence.NOBODY
        self._last = now
        self._last_touch = now
        self._expired = False

    def set_presence(self, presence: Presence, now: float) -> None:
        """Someone else is at the kiosk now (sign-in, the taster, a reset): the clock starts again."""
        self.presence = presence
        self._last = now
        self._last_touch = now
        self._expired = False

    def activity(self, now: float) -> None:
        """A touch or a key."""
        self._last = max(self._last, now)
        self._last_touch = max(self._last_touch, now)
        self._expired = False

    def machine_activity(self, now: float) -> None:
        """The machine did what the current step asked. It counts as activity for at most
        `machine_hold_s` after the last touch: a trainee who walked away from a long step is reset
        in the end even while the cell keeps working."""
        if now - self._last_touch <= self.policy.machine_hold_s:
            self._last = max(self._last, now)
            self._expired = False

    def idle_for(self, now: float) -> float:
        return max(0.0, now - self._last)

    def tick(self, now: float) -> tuple[IdlePhase, float]:
        """(phase, seconds left of the warning; 0 when not warning)."""
        limit = self.policy.idle_s(self.presence)
        if limit is None:
            return IdlePhase.ACTIVE, 0.0
        idle = self.idle_for(now)
        if idle < limit:
            return IdlePhase.ACTIVE, 0.0
        left = limit + self.policy.warning_s - idle
        if left > 0:
            return IdlePhase.WARNING, left
        if self._expired:
            return IdlePhase.ACTIVE, 0.0  # reported already; the owner resets the presence
        self._expired = True
        return IdlePhase.EXPIRED, 0.0
