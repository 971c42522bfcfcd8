"""A step's status within an attempt (shared by the session engine and the resume replay)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["StepStatus"]


class StepStatus(StrEnum):
    PENDING = "pending"  # not shown yet
    ACTIVE = "active"  # shown, not finished
    DONE = "done"  # an instruction that was read (not scored)
    PASSED = "passed"
    FAILED = "failed"  # wrong answer, no tries left, or timed out
    WAIVED = "waived"  # an instructor waived it: left out of the maximum
    SKIPPED = "skipped"  # not finished: never reached, or on screen when the attempt ended (has a duration)
