"""A valid lab module against the cell it runs on: tag and method aliases, writable tags, ranges,
switch options and argument kinds, as problems at a path in the YAML file."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from kiosk.core.labs.checks import TagCheck
from kiosk.core.labs.module import (
    ButtonControl,
    CallAction,
    LabModule,
    ObservationStep,
    SetpointControl,
    SwitchControl,
    WriteAction,
)
from kiosk.core.site import CellConfig
from kiosk.core.tags import TagKind, TagSpec
from kiosk.services.labs.wording import did_you_mean, show_number, show_value
from kiosk.services.labs.yaml_source import KeyPath, Problem, YamlDoc

__all__ = ["cell_problems"]


_KIND_WORDS = {TagKind.NUMBER: "a number", TagKind.BOOL: "true or false", TagKind.TEXT: "text"}
_KIND_NAMES = {TagKind.NUMBER: "number", TagKind.BOOL: "true/false", TagKind.TEXT: "text"}


def cell_problems(module: LabModule, doc: YamlDoc, cells: Sequence[CellConfig]) -> list[Problem]:
    def problem(path: KeyPath, message: str) -> Problem:
        return Problem(doc.line_of(path), path, message)

    names = [c.name for c in cells]
    wanted = module.cell or names[0]
    cell = next((c for c in cells if c.name == wanted), None)
    if cell is None:
        hint = did_you_mean(wanted, names)
        return [problem(("cell",), f"unknown cell {wanted!r}{hint}; the site's cells: {', '.join(names)}")]
    checker = _CellChecker(cell, problem)
    for path, model in _walk(module, ()):
        checker.check(path, model)
    # A use the walk did not reach (a field added to the format later) is still caught, if less precisely.
    for alias in sorted(module.tags_used() - checker.tags_seen):
        if cell.tag(alias) is None:
            checker.problems.append(problem((), f"uses tag {alias!r}, which cell {cell.name!r} does not have"))
    for alias in sorted(module.methods_used() - checker.methods_seen):
        if cell.method(alias) is None:
            checker.problems.append(problem((), f"calls method {alias!r}, which cell {cell.name!r} does not have"))
    return checker.problems


def _walk(obj: Any, path: KeyPath) -> Iterator[tuple[KeyPath, BaseModel]]:
    """Every model inside the module with its data path (field aliases as written in the file)."""
    if isinstance(obj, BaseModel):
        yield path, obj
        for name, info in type(obj).model_fields.items():
            yield from _walk(getattr(obj, name), (*path, info.alias or name))
    elif isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from _walk(item, (*path, index))


class _CellChecker:
    """Checks the tag and method uses of one model at a time against one cell."""

    def __init__(self, cell: CellConfig, problem: Callable[[KeyPath, str], Problem]):
        self.cell = cell
        self.problem = problem
        self.problems: list[Problem] = []
        self.tags_seen: set[str] = set()
        self.methods_seen: set[str] = set()

    def _add(self, path: KeyPath, message: str) -> None:
        self.problems.append(self.problem(path, message))

    def check(self, path: KeyPath, model: BaseModel) -> None:
        for index, alias in enumerate(getattr(model, "watch", ())):
            self._tag(alias, (*path, "watch", index))
        if isinstance(model, TagCheck):
            self._check_operand(model, path)
        elif isinstance(model, ObservationStep):
            spec = self._tag(model.tag, (*path, "tag"))
            if spec is not None and spec.kind is not TagKind.NUMBER:
                kind = _KIND_WORDS[spec.kind]
                self._add((*path, "tag"), f"an observation needs a number tag; {model.tag!r} is {kind}")
        elif isinstance(model, WriteAction):
            self._write(model.write, model.value, path)
        elif isinstance(model, CallAction):
            self._call(model.call, model.args, path)
        elif isinstance(model, ButtonControl):
            if model.write is not None and model.value is not None:
                self._write(model.write, model.value, path)
            elif model.call is not None:
                self._call(model.call, model.args, path)
        elif isinstance(model, SetpointControl):
            self._setpoint(model, path)
        elif isinstance(model, SwitchControl):
            spec = self._writable(model.tag, (*path, "tag"))
            if spec is not None:
                for index, option in enumerate(model.options):
                    message = _value_problem(spec, option)
                    if message:
                        self._add((*path, "options", index), message)

    def _tag(self, alias: str, path: KeyPath) -> TagSpec | None:
        self.tags_seen.add(alias)
        spec = self.cell.tag(alias)
        if spec is None:
            known = [t.alias for t in self.cell.tags]
            hint = did_you_mean(alias, known)
            self._add(path, f"unknown tag {alias!r}{hint}: cell {self.cell.name!r} has no such tag")
        return spec

    def _writable(self, alias: str, path: KeyPath) -> TagSpec | None:
        spec = self._tag(alias, path)
        if spec is not None and not spec.writable:
            self._add(path, f"tag {alias!r} is read-only on cell {self.cell.name!r} (not writable in its tag map)")
            return None
        return spec

    def _write(self, alias: str, value: Any, path: KeyPath) -> None:
        spec = self._writable(alias, (*path, "write"))
        message = _value_problem(spec, value) if spec is not None else None
        if message:
            self._add((*path, "value"), message)

    def _setpoint(self, control: SetpointControl, path: KeyPath) -> None:
        spec = self._writable(control.tag, (*path, "tag"))
        if spec is None:
            return
        if spec.kind is not TagKind.NUMBER:
            self._add((*path, "tag"), f"a setpoint needs a number tag; {control.tag!r} is {_KIND_WORDS[spec.kind]}")
            return
        if spec.lo is not None and control.min < spec.lo:
            self._add(
                (*path, "min"),
                f"{show_number(control.min)} is below {show_number(spec.lo)}, the lowest value of tag {control.tag!r}",
            )
        if spec.hi is not None and control.max > spec.hi:
            self._add(
                (*path, "max"),
                f"{show_number(control.max)} is above {show_number(spec.hi)}, the highest value of tag {control.tag!r}",
            )

    def _check_operand(self, check: TagCheck, path: KeyPath) -> None:
        spec = self._tag(check.tag, (*path, "tag"))
        if spec is None:
            return
        op = check.op
        if op in ("equals", "not_equals"):
            message = _value_problem(spec, check.operand, check_range=False)
            if message:
                self._add((*path, op), message)
        elif op in ("range", "above", "below", "count") and spec.kind is not TagKind.NUMBER:
            self._add((*path, op), f"{op} needs a number tag; {check.tag!r} is {_KIND_WORDS[spec.kind]}")
        elif op in ("rising", "falling") and spec.kind is TagKind.TEXT:
            self._add((*path, op), f"{op} needs a true/false or number tag; {check.tag!r} is text")

    def _call(self, alias: str, args: tuple[Any, ...], path: KeyPath) -> None:
        self.methods_seen.add(alias)
        method = self.cell.method(alias)
        if method is None:
            known = [m.alias for m in self.cell.methods]
            if not known:
                self._add((*path, "call"), f"unknown method {alias!r}: cell {self.cell.name!r} has no methods")
                return
            hint = did_you_mean(alias, known) or f" (methods: {', '.join(known)})"
            self._add((*path, "call"), f"unknown method {alias!r}{hint}")
            return
        if len(args) != len(method.args):
            self._add((*path, "args"), f"{alias!r} {_takes(method.args)}, got {len(args) or 'none'}")
            return
        for index, (arg, kind) in enumerate(zip(args, method.args, strict=True)):
            if not _fits(kind, arg):
                self._add(
                    (*path, "args", index),
                    f"argument {index + 1} of {alias!r} must be {_KIND_WORDS[kind]}, got {show_value(arg)}",
                )


def _takes(kinds: tuple[TagKind, ...]) -> str:
    if not kinds:
        return "takes no arguments"
    n = len(kinds)
    return f"takes {n} argument{'' if n == 1 else 's'} ({', '.join(_KIND_NAMES[k] for k in kinds)})"


def _fits(kind: TagKind, value: Any) -> bool:
    if kind is TagKind.NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is TagKind.BOOL:
        return isinstance(value, bool)
    return isinstance(value, str)


def _value_problem(spec: TagSpec, value: Any, *, check_range: bool = True) -> str | None:
    """What is wrong with `value` for tag `spec` (its kind, its states, its lo..hi), or None."""
    if not _fits(spec.kind, value):
        return f"{spec.alias!r} is {_KIND_WORDS[spec.kind]}, got {show_value(value)}"
    if spec.kind is TagKind.TEXT and spec.states and value not in spec.states:
        states = list(spec.states)
        hint = did_you_mean(str(value), states)
        return f"{show_value(value)} is not a state of {spec.alias!r}{hint}; states: {', '.join(states)}"
    if spec.kind is TagKind.NUMBER and check_range:
        number = float(value)
        if (spec.lo is not None and number < spec.lo) or (spec.hi is not None and number > spec.hi):
            low = show_number(spec.lo) if spec.lo is not None else "-inf"
            high = show_number(spec.hi) if spec.hi is not None else "inf"
            return f"{show_number(value)} is outside the range of tag {spec.alias!r} ({low} to {high})"
    return None
