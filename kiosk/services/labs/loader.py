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

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import kiosk
from kiosk.core.labs.module import (
    LabModule,
    Text,
)
from kiosk.core.site import CellConfig
from kiosk.core.text import LANGUAGES
from kiosk.services.key_paths import format_key
from kiosk.services.labs.cell_checks import cell_problems
from kiosk.services.labs.schema_errors import validate_module
from kiosk.services.labs.yaml_source import Problem, YamlDoc, read_yaml

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
            module, schema_problems = validate_module(doc)
            problems += schema_problems
            problems += _image_problems(doc, path.parent)
            if module is not None and cells:
                problems += cell_problems(module, doc, cells)
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
