"""Lab modules from `labs/*.yaml`: read, validated, checked against the cell they run on, catalogued.

Nothing here raises for a bad file. Every problem becomes one line that names the file (relative to
the current directory when it is under it), the line, the field path and what is wrong:

    labs/03-speed.yaml:41: steps[2].check.hold_s: must be greater than 0

A file with any problem is an unavailable entry of the catalog (shown greyed, with its title when the
file had a readable one); the others stay available. Three layers of checks, all reported together:

1. the YAML itself (yaml_source): syntax, size, encoding, duplicate keys, alias bombs;
2. the module schema (kiosk.core.labs.module), pydantic's errors rephrased in plain words;
3. the site: tag and method aliases against the cell's tag map, writable tags, ranges, switch options,
   argument kinds, image files next to the module, and module ids unique across the catalog.
"""

from __future__ import annotations

import difflib
import math
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

import kiosk
from kiosk.core.labs.checks import TagCheck
from kiosk.core.labs.module import (
    ButtonControl,
    CallAction,
    LabModule,
    ObservationStep,
    SetpointControl,
    SwitchControl,
    Text,
    WriteAction,
)
from kiosk.core.site import CellConfig
from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LANGUAGES
from kiosk.services.labs.yaml_source import KeyPath, Problem, YamlDoc, format_key, read_yaml

__all__ = [
    "MAX_FILE_BYTES",
    "LabCatalog",
    "ModuleEntry",
    "display_path",
    "load_catalog",
    "load_module_file",
    "load_paths",
    "shipped_labs_dir",
]

MAX_FILE_BYTES = 256_000
"""A lab module is a few kB; a larger file is the wrong file (or an attempt to exhaust memory)."""
SUFFIXES: tuple[str, ...] = (".yaml", ".yml")


# ------------------------------------------------------------------------------------------- the API


@dataclass(frozen=True)
class ModuleEntry:
    """One module file of the catalog.

    `module` is the validated module, None when the file has any problem (it is then unavailable and
    `problems` says why, one formatted line each, sorted by line). `title` is the module's title, or
    for a broken file its raw title when that had nl and en text, for the greyed list entry.
    """

    path: Path
    module: LabModule | None
    problems: tuple[str, ...] = ()
    title: Text | None = None
    declared_id: str | None = field(default=None, repr=False)
    """The `id` as read from the raw YAML, when it was text (kept for broken files)."""

    @property
    def available(self) -> bool:
        return self.module is not None and not self.problems

    @property
    def module_id(self) -> str:
        """The module's id, or the id read from the raw YAML, or else the file's stem."""
        if self.module is not None:
            return self.module.id
        return self.declared_id or self.path.stem


@dataclass(frozen=True)
class LabCatalog:
    """The module files of a folder, sorted by file name (authors number them 01-..., 02-...)."""

    entries: tuple[ModuleEntry, ...] = ()

    def available(self) -> tuple[ModuleEntry, ...]:
        return tuple(e for e in self.entries if e.available)

    def get(self, module_id: str) -> ModuleEntry | None:
        """The first entry with that id, available or not (so a screen can say why it is not)."""
        return next((e for e in self.entries if e.module_id == module_id), None)


def shipped_labs_dir() -> Path:
    """The repository's labs/ folder, or labs/ inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "labs"
    return Path(kiosk.__file__).resolve().parent.parent / "labs"


def display_path(path: Path) -> str:
    """`path` as messages show it: relative to the current directory when under it, else absolute."""
    try:
        absolute = path.resolve()
    except (OSError, RuntimeError):
        return str(path)
    try:
        return str(absolute.relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(absolute)


def load_module_file(path: Path, cells: Sequence[CellConfig] = (), *, max_bytes: int = MAX_FILE_BYTES) -> ModuleEntry:
    """One module file, validated and (when `cells` are given) checked against the cell it runs on:
    `module.cell`, or the first cell when it names none. Never raises for a bad file."""
    return _finish(_read(path, cells, max_bytes))


def load_paths(
    paths: Iterable[Path], cells: Sequence[CellConfig] = (), *, max_bytes: int = MAX_FILE_BYTES
) -> LabCatalog:
    """Files and folders (each folder's *.yaml / *.yml, sorted by name) in the order given, as one
    catalog: ids must be unique across all of them (a later file with an id taken is unavailable)."""
    files: list[Path] = []
    for path in paths:
        files.extend(_module_files(path) if path.is_dir() else [path])
    loaded = [_read(f, cells, max_bytes) for f in dict.fromkeys(files)]
    _flag_duplicate_ids(loaded)
    return LabCatalog(tuple(_finish(item) for item in loaded))


def load_catalog(folder: Path, cells: Sequence[CellConfig] = ()) -> LabCatalog:
    """Every *.yaml / *.yml directly in `folder` (hidden files skipped), sorted by file name.
    A missing or unreadable folder gives an empty catalog."""
    return load_paths([folder], cells) if folder.is_dir() else LabCatalog()


def _module_files(folder: Path) -> list[Path]:
    try:
        found = [p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")]
    except OSError:
        return []
    return sorted((p for p in found if p.is_file()), key=lambda p: p.name)


# ------------------------------------------------------------------------------------- one file


@dataclass
class _Loaded:
    path: Path
    doc: YamlDoc
    module: LabModule | None
    problems: list[Problem]


def _read(path: Path, cells: Sequence[CellConfig], max_bytes: int) -> _Loaded:
    try:
        doc = read_yaml(path, max_bytes=max_bytes)
        problems = list(doc.problems)
        module = None
        if doc.data is not None:
            module, schema_problems = _validate(doc)
            problems += schema_problems
            problems += _image_problems(doc, path.parent)
            if module is not None and cells:
                problems += _cell_problems(module, doc, cells)
        return _Loaded(path, doc, module, problems)
    except Exception as exc:  # the last guard: one odd file must not take the catalog down
        return _Loaded(path, YamlDoc(None), None, [Problem(0, (), f"internal error while loading: {exc!r}")])


def _finish(item: _Loaded) -> ModuleEntry:
    shown = display_path(item.path)
    problems = tuple(_format(shown, p) for p in sorted(item.problems, key=lambda p: p.line))
    declared = item.doc.data.get("id") if isinstance(item.doc.data, dict) else None
    title = item.module.title if item.module is not None else _raw_title(item.doc.data)
    return ModuleEntry(
        path=item.path,
        module=None if problems else item.module,
        problems=problems,
        title=title,
        declared_id=declared if isinstance(declared, str) and declared else None,
    )


def _close(name: str, options: Sequence[str]) -> str | None:
    """The option `name` is most likely a typo of (case does not count), for "did you mean"."""
    lowered = {o.lower(): o for o in options}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def _hint(name: str, options: Sequence[str]) -> str:
    close = _close(name, options)
    return f" (did you mean {close!r}?)" if close else ""


def _format(shown: str, problem: Problem) -> str:
    where = shown if problem.line <= 0 else f"{shown}:{problem.line}"
    key = format_key(problem.path)
    return f"{where}: {key}: {problem.message}" if key else f"{where}: {problem.message}"


def _raw_title(data: Any) -> Text | None:
    raw = data.get("title") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        return None
    try:
        return Text.model_validate({k: v for k, v in raw.items() if k in LANGUAGES and isinstance(v, str) and v})
    except ValidationError:
        return None


def _flag_duplicate_ids(loaded: Sequence[_Loaded]) -> None:
    first: dict[str, Path] = {}
    for item in loaded:
        declared = item.module.id if item.module is not None else None
        if declared is None and isinstance(item.doc.data, dict) and isinstance(item.doc.data.get("id"), str):
            declared = item.doc.data["id"]
        if not declared:
            continue
        if declared in first:
            message = f"duplicate id {declared!r}, also in {display_path(first[declared])}"
            item.problems.append(Problem(item.doc.line_of(("id",)), ("id",), message))
        else:
            first[declared] = item.path


def _image_problems(doc: YamlDoc, folder: Path) -> list[Problem]:
    """Images named by steps that are not there. Paths the schema refuses (absolute, ..) are left to it."""
    steps = doc.data.get("steps") if isinstance(doc.data, dict) else None
    problems = []
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        image = step.get("image") if isinstance(step, dict) else None
        if not isinstance(image, str) or not image or image.startswith(("/", "\\")) or ":" in image:
            continue
        parts = image.replace("\\", "/").split("/")
        if ".." in parts:
            continue
        target = folder.joinpath(*parts)
        if not target.is_file():
            path = ("steps", index, "image")
            problems.append(Problem(doc.line_of(path), path, f"image file not found: {display_path(target)}"))
    return problems


# ------------------------------------------------------------------------------- schema errors


def _validate(doc: YamlDoc) -> tuple[LabModule | None, list[Problem]]:
    try:
        return LabModule.model_validate(doc.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    problems = []
    for error in errors:
        if _after_validation_noise(error):
            continue
        path = _clean_loc(tuple(error["loc"]), doc.data)
        kind = str(error.get("type", ""))
        if kind in ("union_tag_invalid", "union_tag_not_found"):
            message = _kind_message(error, path, doc.data)
            path = (*path, "kind")
        else:
            message = _describe(error, path, doc.data)
            path = _blame_field(kind, path, doc)
        problems.append(Problem(doc.line_of(path), path, message))
    return None, problems


def _after_validation_noise(error: Mapping[str, Any]) -> bool:
    """Pydantic checks a list's min_length on the items that validated, so a list whose items all have
    errors also gets "too short"; the author wrote enough items, so only the item errors count."""
    if error.get("type") != "too_short":
        return False
    value, ctx = error.get("input"), error.get("ctx") or {}
    return isinstance(value, list | tuple) and len(value) >= int(ctx.get("min_length", 0))


def _clean_loc(loc: tuple[Any, ...], data: Any) -> KeyPath:
    """Pydantic's loc as a path in the file: walks the data alongside and drops the items that are not
    keys there (discriminator tags like 'action' or 'setpoint', class names like 'TagCheck'). A last
    item that is a field name is kept: it is the missing field the error is about."""
    path: list[str | int] = []
    node = data
    for position, item in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(node, dict):
            if isinstance(item, str) and item in node:
                path.append(item)
                node = node[item]
            elif last and isinstance(item, str) and not _is_noise(item, node):
                path.append(item)
            continue
        if isinstance(node, list) and isinstance(item, int):
            path.append(item)
            node = node[item] if 0 <= item < len(node) else None
            continue
        if last and isinstance(item, int | str) and not (isinstance(item, str) and _is_noise(item, {})):
            path.append(item)  # e.g. a missing second value of a [low, high] pair given as [1]
    return tuple(path)


def _is_noise(item: str, mapping: Mapping[str, Any]) -> bool:
    """A loc item pydantic adds that is no field name: the mapping's own `kind` (a discriminator tag),
    a class name (capitalised) or a validator label like 'function-wrap[...]'."""
    return item == mapping.get("kind") or item[:1].isupper() or "[" in item or "-" in item


# Errors of a whole model (its model_validator) that are about one field: point at that field.
_BLAME_FIELD = {
    "step_ids": "steps",
    "mastery_unscored": "mastery",
    "warn_without_limit": "warn_before_s",
    "warn_too_early": "warn_before_s",
    "timeout_hold": "timeout_s",
    "choice_ids": "choices",
    "correct_unknown": "correct",
    "correct_repeated": "correct",
}


def _blame_field(kind: str, path: KeyPath, doc: YamlDoc) -> KeyPath:
    name = _BLAME_FIELD.get(kind)
    found, value = doc.get(path)
    return (*path, name) if name and found and isinstance(value, dict) else path


def _shown(value: Any) -> str:
    """A value as the author wrote it in YAML."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    if isinstance(value, int | float):
        return _num(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"


def _num(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value):
        return f"{value:g}"
    return str(value)


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
}
_LIMITS = {
    "greater_than": ("gt", "must be greater than"),
    "greater_than_equal": ("ge", "must be at least"),
    "less_than": ("lt", "must be less than"),
    "less_than_equal": ("le", "must be at most"),
}
_PATTERNS = {
    r"^[A-Za-z_][A-Za-z0-9_.]*$": "must be a tag or method name: letters, digits, _ and ., starting with a letter or _",
    r"^[a-z0-9]+$": "must be lower-case letters and digits",
}


def _describe(error: Mapping[str, Any], path: KeyPath, data: Any) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    value = error.get("input")
    msg = str(error.get("msg", "not valid"))
    if "message" in ctx:  # raised by the models themselves: already written for authors
        return msg
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        return _unknown_field(path, data)
    if kind in _LIMITS:
        key, words = _LIMITS[kind]
        return f"{words} {_num(ctx.get(key))}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        if expected in ("True", "False"):
            return f"must be {expected.lower()}, got {_shown(value)}"
        return f"must be {'one of ' if ' or ' in expected else ''}{expected}, got {_shown(value)}"
    if kind in ("model_type", "dict_type") and ctx.get("class_name") == "Text":
        return f'must be a map of languages, e.g. {{nl: "...", en: "..."}}, got {_shown(value)}'
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, got {_shown(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind in ("too_short", "too_long"):
        n = int(ctx.get("min_length" if kind == "too_short" else "max_length", 0))
        got = len(value) if isinstance(value, list | tuple) else 0
        words = "needs at least" if kind == "too_short" else "may have at most"
        return f"{words} {n} item{'' if n == 1 else 's'}, got {got}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return f"{_PATTERNS.get(pattern, f'must match the pattern {pattern}')}, got {_shown(value)}"
    if kind == "finite_number":
        return "must be a finite number"
    message = msg.removeprefix("Value error, ")
    if message.startswith("Input should be "):
        message = "must be " + message.removeprefix("Input should be ") + f", got {_shown(value)}"
    return message


def _unknown_field(path: KeyPath, data: Any) -> str:
    name = str(path[-1]) if path else "?"
    model = _resolve(_type_at(path[:-1], data), _value_at(path[:-1], data))
    known = _field_names(model) if model is not None else []
    close = _close(name, known)
    if close:
        return f"unknown field {name!r} (did you mean {close!r}?)"
    if known and len(known) <= 16:
        return f"unknown field {name!r} (known here: {', '.join(known)})"
    return f"unknown field {name!r}"


def _kind_message(error: Mapping[str, Any], path: KeyPath, data: Any) -> str:
    container = next((p for p in reversed(path) if isinstance(p, str)), "")
    noun = container.removesuffix("s") or "item"
    kinds = _kinds(_type_at(path, data))
    listed = f"{noun} kinds: {', '.join(kinds)}" if kinds else ""
    if error.get("type") == "union_tag_not_found":
        return f"missing (required); {listed}" if listed else "missing (required)"
    tag = str((error.get("ctx") or {}).get("tag", ""))
    hint = _hint(tag, kinds)
    return f"unknown {noun} kind {tag!r}{hint}; {listed}" if listed else f"unknown {noun} kind {tag!r}{hint}"


# Type walking: which model is at a path of the data (for "did you mean" and the list of kinds).


def _value_at(path: KeyPath, data: Any) -> Any:
    node = data
    for part in path:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _field_type(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return info.annotation
    return None


def _type_at(path: KeyPath, data: Any) -> Any:
    """The declared type at `path` of a module (a union is left as it is)."""
    tp: Any = LabModule
    node = data
    for part in path:
        tp = _resolve(tp, node)
        if _is_model(tp) and isinstance(part, str):
            tp = _field_type(tp, part)
        elif get_origin(tp) is tuple and isinstance(part, int):
            args = get_args(tp)
            tp = args[0] if len(args) == 2 and args[1] is Ellipsis else (args[part] if part < len(args) else None)
        else:
            return None
        node = _value_at((part,), node)
    return tp


def _members(tp: Any) -> list[Any]:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    if get_origin(tp) in (Union, types.UnionType):
        return [m for arg in get_args(tp) if arg is not type(None) for m in _members(arg)]
    return [tp]


def _resolve(tp: Any, node: Any) -> Any:
    """The model a value at this point is validated as: by its `kind`, else by the keys it has."""
    members = _members(tp)
    models = [m for m in members if _is_model(m)]
    if len(models) <= 1:
        return models[0] if models else (members[0] if members else None)
    if not isinstance(node, dict):
        return None
    for model in models:
        if node.get("kind") in _kinds(model):
            return model
    return max(models, key=lambda m: len(set(node) & set(_field_names(m))))


def _kinds(tp: Any) -> list[str]:
    kinds: list[str] = []
    for member in _members(tp):
        annotation = _field_type(member, "kind") if _is_model(member) else None
        if get_origin(annotation) is Literal:
            kinds += [str(a) for a in get_args(annotation)]
    return kinds


# ----------------------------------------------------------------------------------- cell checks


_KIND_WORDS = {TagKind.NUMBER: "a number", TagKind.BOOL: "true or false", TagKind.TEXT: "text"}
_KIND_NAMES = {TagKind.NUMBER: "number", TagKind.BOOL: "true/false", TagKind.TEXT: "text"}


def _cell_problems(module: LabModule, doc: YamlDoc, cells: Sequence[CellConfig]) -> list[Problem]:
    def problem(path: KeyPath, message: str) -> Problem:
        return Problem(doc.line_of(path), path, message)

    names = [c.name for c in cells]
    wanted = module.cell or names[0]
    cell = next((c for c in cells if c.name == wanted), None)
    if cell is None:
        hint = _hint(wanted, names)
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
            hint = _hint(alias, known)
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
                (*path, "min"), f"{_num(control.min)} is below {_num(spec.lo)}, the lowest value of tag {control.tag!r}"
            )
        if spec.hi is not None and control.max > spec.hi:
            self._add(
                (*path, "max"),
                f"{_num(control.max)} is above {_num(spec.hi)}, the highest value of tag {control.tag!r}",
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
            hint = _hint(alias, known) or f" (methods: {', '.join(known)})"
            self._add((*path, "call"), f"unknown method {alias!r}{hint}")
            return
        if len(args) != len(method.args):
            self._add((*path, "args"), f"{alias!r} {_takes(method.args)}, got {len(args) or 'none'}")
            return
        for index, (arg, kind) in enumerate(zip(args, method.args, strict=True)):
            if not _fits(kind, arg):
                self._add(
                    (*path, "args", index),
                    f"argument {index + 1} of {alias!r} must be {_KIND_WORDS[kind]}, got {_shown(arg)}",
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
        return f"{spec.alias!r} is {_KIND_WORDS[spec.kind]}, got {_shown(value)}"
    if spec.kind is TagKind.TEXT and spec.states and value not in spec.states:
        states = list(spec.states)
        hint = _hint(str(value), states)
        return f"{_shown(value)} is not a state of {spec.alias!r}{hint}; states: {', '.join(states)}"
    if spec.kind is TagKind.NUMBER and check_range:
        number = float(value)
        if (spec.lo is not None and number < spec.lo) or (spec.hi is not None and number > spec.hi):
            low = _num(spec.lo) if spec.lo is not None else "-inf"
            high = _num(spec.hi) if spec.hi is not None else "inf"
            return f"{_num(value)} is outside the range of tag {spec.alias!r} ({low} to {high})"
    return None
