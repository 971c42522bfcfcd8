"""The idle rule: per presence, a warning of at least 20 s, activity resets, expiry reported once."""

from __future__ import annotations

import pytest

from kiosk.core.idle import MIN_WARNING_S, IdlePhase, IdlePolicy, IdleWatch, Presence


def test_nobody_never_idles_out() -> None:
    w = IdleWatch(IdlePolicy(), now=0.0)
    assert w.tick(10_000.0) == (IdlePhase.ACTIVE, 0.0)


@pytest.mark.parametrize(("presence", "limit"), [(Presence.VISITOR, 90.0), (Presence.TRAINEE, 300.0)])
def test_warning_then_expiry_once(presence: Presence, limit: float) -> None:
    w = IdleWatch(IdlePolicy(), now=0.0)
    w.set_presence(presence, 0.0)
    assert w.tick(limit - 0.1)[0] is IdlePhase.ACTIVE
    phase, left = w.tick(limit + 1.0)
    assert phase is IdlePhase.WARNING and left == pytest.approx(29.0)
    assert w.tick(limit + 30.0) == (IdlePhase.EXPIRED, 0.0)
    assert w.tick(limit + 31.0) == (IdlePhase.ACTIVE, 0.0)  # reported once


def test_activity_during_the_warning_cancels_it() -> None:
    w = IdleWatch(IdlePolicy(visitor_s=10, warning_s=20), now=0.0)
    w.set_presence(Presence.VISITOR, 0.0)
    assert w.tick(15.0)[0] is IdlePhase.WARNING
    w.activity(15.0)
    assert w.tick(24.0)[0] is IdlePhase.ACTIVE
    assert w.tick(26.0)[0] is IdlePhase.WARNING


def test_a_new_presence_starts_the_clock_again() -> None:
    w = IdleWatch(IdlePolicy(), now=0.0)
    w.set_presence(Presence.VISITOR, 0.0)
    w.set_presence(Presence.TRAINEE, 100.0)
    assert w.tick(350.0)[0] is IdlePhase.ACTIVE
    assert w.tick(401.0)[0] is IdlePhase.WARNING


def test_the_warning_lasts_at_least_twenty_seconds() -> None:
    with pytest.raises(ValueError, match="at least 20"):
        IdlePolicy(warning_s=MIN_WARNING_S - 1)
    with pytest.raises(ValueError, match="visitor_s"):
        IdlePolicy(visitor_s=0)


def test_machine_activity_holds_off_the_reset_only_for_a_while_after_the_last_touch() -> None:
    w = IdleWatch(IdlePolicy(trainee_s=300, machine_hold_s=900), now=0.0)
    w.set_presence(Presence.TRAINEE, 0.0)
    for t in range(10, 900, 10):  # the cell keeps doing what the step asked
        w.machine_activity(float(t))
    assert w.tick(1000.0)[0] is IdlePhase.ACTIVE  # last machine activity at 890 s
    for t in range(900, 2000, 10):  # after 900 s without a touch it no longer counts
        w.machine_activity(float(t))
    assert w.tick(900.0 + 301.0)[0] is IdlePhase.WARNING  # the last that counted: 900 s
    w.activity(1200.0)  # a touch: machine activity counts again
    w.machine_activity(1400.0)
    assert w.tick(1650.0)[0] is IdlePhase.ACTIVE
