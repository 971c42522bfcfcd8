"""Running a list of cell actions (`setup`, `teardown`, a step's `on_enter`, a `rehearse` block).

Pure and tick-driven like the rest of the engine: `tick(now)` hands out the next command to send
(one at a time, in order), and the caller reports its result with `command_finished`. Waits
(`wait_s`) and conditions (`wait_for`, judged on live values only) are timed with the `now` passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.core.labs.checks import CheckRun, SnapshotLike
from kiosk.core.labs.module import CallAction, CellAction, WaitAction, WaitForAction, WriteAction

__all__ = ["ActionScript", "Command", "PendingCommand", "describe_command"]

Command = CallAction | WriteAction
"""A command to the cell: call a method alias with args, or write a value to a tag alias."""

Gate = Callable[[Command], str | None]


@dataclass(frozen=True)
class PendingCommand:
    """A command the caller must send to the cell, then report with `command_finished(token, ...)`."""

    token: int
    command: Command
    purpose: str  # "setup", "on_enter", "teardown", "rehearse"


def describe_command(command: Command) -> str:
    """The command as an author wrote it, for messages: `call start`, `write speed_setpoint = 150`."""
    if isinstance(command, CallAction):
        args = ", ".join(_show(a) for a in command.args)
        return f"call {command.call}" + (f"({args})" if args else "")
    return f"write {command.write} = {_show(command.value)}"


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class ActionScript:
    """Runs `actions` in order. `done` once every action has finished; `error` (and done) at the
    first failure: a refused command, a `wait_for` that timed out, or a command the `gate` refuses.

    `tokens` hands out command tokens unique across the scripts that share one `command_finished`.
    """

    def __init__(
        self,
        actions: Sequence[CellAction],
        source: SnapshotLike,
        now: float,
        *,
        purpose: str,
        tokens: Callable[[], int],
        gate: Gate | None = None,
    ) -> None:
        self.actions = tuple(actions)
        self.purpose = purpose
        self.error: str | None = None
        self._source = source
        self._tokens = tokens
        self._gate = gate
        self._index = 0
        self._started = False  # the current action has begun
        self._token: int | None = None
        self._until = 0.0
        self._check: CheckRun | None = None
        self._tokens_used = 0

    @property
    def done(self) -> bool:
        return self.error is not None or self._index >= len(self.actions)

    @property
    def sent_commands(self) -> bool:
        """Whether any command of this script has been handed out to be sent to the cell."""
        return self._tokens_used > 0

    @property
    def position(self) -> int:
        """Index of the action running now (== len(actions) when all are done)."""
        return self._index

    def tick(self, now: float) -> list[PendingCommand]:
        """Move on as far as time and results allow; return the command to send now, if any."""
        out: list[PendingCommand] = []
        while not self.done:
            action = self.actions[self._index]
            if not self._started:
                self._started = True
                pending = self._begin(action, now)
                if pending is not None:
                    out.append(pending)
                    return out
                if self.done:
                    return out
            if not self._finished(action, now):
                return out
            self._advance()
        return out

    def command_finished(self, token: int, error: str | None) -> bool:
        """Report a command's result; False when the token is not this script's."""
        if token != self._token:
            return False
        self._token = None
        if error is not None:
            self.error = f"{describe_command(self.actions[self._index])}: {error}"  # type: ignore[arg-type]
        else:
            self._advance()
        return True

    def cancel(self, reason: str) -> None:
        """Stop here (a result still on its way is then ignored)."""
        if not self.done:
            self.error = reason
        self._token = None

    def _begin(self, action: CellAction, now: float) -> PendingCommand | None:
        if isinstance(action, WaitAction):
            self._until = now + action.wait_s
            return None
        if isinstance(action, WaitForAction):
            self._check = CheckRun(action.wait_for, self._source, now)
            self._until = now + action.timeout_s
            return None
        if self._gate is not None:
            refused = self._gate(action)
            if refused is not None:
                self.error = f"{describe_command(action)}: {refused}"
                return None
        self._token = self._tokens()
        self._tokens_used += 1
        return PendingCommand(self._token, action, self.purpose)

    def _finished(self, action: CellAction, now: float) -> bool:
        if isinstance(action, WaitAction):
            return now >= self._until
        if isinstance(action, WaitForAction):
            assert self._check is not None
            if self._check.evaluate(now):
                return True
            if now >= self._until:
                self.error = f"waited {action.timeout_s:g} s, but the condition did not hold on live values"
            return False
        return False  # a command finishes through command_finished

    def _advance(self) -> None:
        self._index += 1
        self._started = False
        self._check = None
