"""Site profiles: the landing-spot profiles shipped in kiosk/sites, an instructor's override file over
them, and the `--cell NAME=opc.tcp://HOST:PORT` option.

Files are TOML, checked by pydantic models that know every key, and turned into the frozen core
dataclasses (SiteProfile, Theme, CellConfig, TagSpec, MethodSpec). Nothing here raises for bad input:
every problem is returned as one line that names the file, the line and the key, e.g.

    /home/x/.config/skillslab-kiosk/site.toml:12: theme.primary: not a colour '#12345' (expected #rrggbb)

and the kiosk always gets a profile to start on: the shipped one when the override has any problem,
drachten when the site id is unknown.

Override rules (site.toml): tables merge key by key over the shipped profile; a [[cells]] entry merges
over the shipped cell with the same `name` (its `tags` and its `methods`, when given, each replace the
cell's tag map or method table as a whole) or, with a new name, adds a cell; other arrays (languages)
replace.

A cell's methods: those of its tag map file when `tags` names one (a [methods.<alias>] table per
method there), none with an inline tag table; an inline [cells.methods.<alias>] table, when given,
replaces them as a whole (`methods = {}` gives the cell none).
"""

from __future__ import annotations

import copy
import difflib
import json
import re
import tomllib
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.core.site import EMBEDDED, CellConfig, Display, MethodSpec, SiteProfile, Theme
from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText
from kiosk.services.key_paths import format_key

MAX_FILE_BYTES = 256 * 1024
"""Larger files are not read: a site profile is a few KiB, anything bigger is the wrong file."""

FALLBACK_SITE = "drachten"
DEMO_TAG_MAP = "democell"
TAG_MAP_SUFFIX = ".tags.toml"
MIN_TEXT_CONTRAST = 4.5
"""WCAG 2 AA for normal text: theme.text on theme.background and on theme.surface."""

CELL_OPTION_FORM = "NAME=opc.tcp://HOST:PORT[/path]"

KeyPath = tuple[str | int, ...]


def shipped_sites_dir() -> Path:
    """The folder with the shipped profiles: kiosk/sites next to this package. Works from a source tree,
    an installed wheel (package data) and a PyInstaller bundle (collect kiosk/sites as data)."""
    return Path(__file__).resolve().parent.parent / "sites"


@dataclass(frozen=True)
class ProfileLoad:
    """A profile to start on, what was wrong on the way there, and the files it was built from."""

    profile: SiteProfile
    problems: tuple[str, ...]
    sources: tuple[Path, ...]


# --------------------------------------------------------------------------------------------------
# Value checks
# --------------------------------------------------------------------------------------------------

_COLOUR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_SITE_ID_RE = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_CELL_NAME_RE = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_ALIAS_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_TAG_MAP_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_HOST_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
_IPV6_RE = re.compile(r"[0-9A-Fa-f:.]+")
_NODE_ID_RE = re.compile(
    r"(?:ns=\d+;|nsu=[^;]+;)?"
    r"(?:s=.+|i=\d+|g=[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|b=[A-Za-z0-9+/]+={0,2})"
)


def _check_colour(value: str) -> str:
    if not _COLOUR_RE.fullmatch(value):
        raise PydanticCustomError("colour", "not a colour {value} (expected #rrggbb)", {"value": repr(value)})
    return value.lower()


def _check_site_id(value: str) -> str:
    if not _SITE_ID_RE.fullmatch(value):
        raise PydanticCustomError(
            "site_id", "not a usable site id {value}: lower-case letters, digits, - and _", {"value": repr(value)}
        )
    return value


def _check_cell_name(value: str) -> str:
    if not _CELL_NAME_RE.fullmatch(value):
        raise PydanticCustomError(
            "cell_name",
            "not a usable cell name {value}: start with a letter; lower-case letters, digits, - and _",
            {"value": repr(value)},
        )
    return value


def _check_alias(value: str) -> str:
    if not _ALIAS_RE.fullmatch(value):
        raise PydanticCustomError(
            "alias",
            "not a usable tag alias {value}: start with a letter; lower-case letters, digits and _",
            {"value": repr(value)},
        )
    return value


def _check_method_alias(value: str) -> str:
    if not _ALIAS_RE.fullmatch(value):
        raise PydanticCustomError(
            "method_alias",
            "not a usable method alias {value}: start with a letter; lower-case letters, digits and _",
            {"value": repr(value)},
        )
    return value


def _check_tag_map_name(value: str) -> str:
    if not _TAG_MAP_NAME_RE.fullmatch(value):
        raise PydanticCustomError(
            "tag_map_name",
            'not a tag map name {value}: give the name of a shipped tag map, such as "democell"',
            {"value": repr(value)},
        )
    return value


def _check_node_id(value: str) -> str:
    if not _NODE_ID_RE.fullmatch(value):
        raise PydanticCustomError(
            "node_id",
            'not an OPC UA node id {value} (expected e.g. "ns=2;s=Sorting.Mode" or "ns=3;i=1001")',
            {"value": repr(value)},
        )
    return value


def _endpoint_problem(value: str) -> str | None:
    """None when `value` is "embedded" or a usable opc.tcp://HOST:PORT[/path] URL, else what is wrong."""
    if value == EMBEDDED:
        return None
    expected = f'(expected opc.tcp://HOST:PORT[/path] or "{EMBEDDED}")'
    if not value:
        return f"empty endpoint {expected}"
    if any(ch.isspace() for ch in value):
        return f"endpoint {value!r} contains spaces {expected}"
    if not value.lower().startswith("opc.tcp://"):
        return f"not an OPC UA endpoint {value!r} {expected}"
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return f"endpoint {value!r} has no usable port number {expected}"
    if parts.username is not None or parts.password is not None:
        return f"endpoint {value!r} holds a user name or password; put none in the endpoint"
    host = parts.hostname or ""
    if not (_HOST_RE.fullmatch(host) or (":" in host and _IPV6_RE.fullmatch(host))):
        return f"endpoint {value!r} has no usable host name {expected}"
    if port is None:
        return f"endpoint {value!r} has no port (OPC UA servers usually listen on 4840) {expected}"
    if not 1 <= port <= 65535:
        return f"endpoint {value!r}: port {port} is out of range 1-65535"
    if parts.query or parts.fragment:
        return f"endpoint {value!r} has a ?query or #fragment; an OPC UA endpoint has neither"
    return None


def _check_endpoint(value: str) -> str:
    problem = _endpoint_problem(value)
    if problem is not None:
        raise PydanticCustomError("endpoint", "{problem}", {"problem": problem})
    return value


def _relative_luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(colour_a: str, colour_b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours: 1.0 (same) to 21.0 (black on white)."""
    la, lb = sorted((_relative_luminance(colour_a), _relative_luminance(colour_b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --------------------------------------------------------------------------------------------------
# TOML schema (pydantic): every key known, strict types, friendly messages
# --------------------------------------------------------------------------------------------------

_Lang = Literal["nl", "en", "de", "fy"]  # the same as kiosk.core.text.LANGUAGES (a test checks)
_ALL_LANGUAGES: tuple[_Lang, ...] = ("nl", "en", "de", "fy")
_NonEmpty = Annotated[str, Field(min_length=1)]
_Colour = Annotated[str, AfterValidator(_check_colour)]
_Finite = Annotated[float, Field(allow_inf_nan=False)]
_Alias = Annotated[str, AfterValidator(_check_alias)]
_MethodAlias = Annotated[str, AfterValidator(_check_method_alias)]
_NodeId = Annotated[str, AfterValidator(_check_node_id)]
_Kind = Literal["number", "bool", "text"]

_TAG_MAP_NAME_TAG = "tag-map-name"  # discriminator tags: they show up in pydantic's error locations,
_INLINE_TAGS_TAG = "inline-tags"  # contain '-' so they can never be a real alias, and are stripped
_LOC_NOISE = frozenset({_TAG_MAP_NAME_TAG, _INLINE_TAGS_TAG, "[key]"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _TextModel(_Model):
    """{nl, en, de?, fy?}: Dutch and English are required, German and Frisian fall back visibly."""

    nl: _NonEmpty
    en: _NonEmpty
    de: _NonEmpty | None = None
    fy: _NonEmpty | None = None

    def to_local(self) -> LocalText:
        return LocalText({lang: text for lang, text in self.model_dump().items() if text})


class _TagModel(_Model):
    node: _NodeId
    kind: _Kind = "number"
    unit: str = ""
    lo: _Finite | None = None
    hi: _Finite | None = None
    decimals: int = Field(default=1, ge=0, le=6)
    writable: bool = False
    trend: bool = False
    max_age_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    label: _TextModel
    states: dict[str, _TextModel] = Field(default_factory=dict)

    @field_validator("hi")
    @classmethod
    def _hi_above_lo(cls, hi: float | None, info: ValidationInfo) -> float | None:
        lo = info.data.get("lo")
        if hi is not None and lo is not None and hi <= lo:
            raise PydanticCustomError("range", "hi ({hi}) must be above lo ({lo})", {"hi": hi, "lo": lo})
        return hi

    @field_validator("trend")
    @classmethod
    def _trend_numbers_only(cls, trend: bool, info: ValidationInfo) -> bool:
        kind = info.data.get("kind", "number")
        if trend and kind != "number":
            raise PydanticCustomError("trend", "only number tags can be trended (this one is {kind})", {"kind": kind})
        return trend

    @field_validator("states")
    @classmethod
    def _states_text_only(cls, states: dict[str, _TextModel], info: ValidationInfo) -> dict[str, _TextModel]:
        kind = info.data.get("kind", "number")
        if states and kind != "text":
            raise PydanticCustomError("states", "states are for text tags only (this one is {kind})", {"kind": kind})
        return states

    def to_spec(self, alias: str) -> TagSpec:
        return TagSpec(
            alias=alias,
            node_id=self.node,
            label=self.label.to_local(),
            kind=TagKind(self.kind),
            unit=self.unit,
            lo=self.lo,
            hi=self.hi,
            decimals=self.decimals,
            writable=self.writable,
            trend=self.trend,
            max_age_s=self.max_age_s,
            states={value: text.to_local() for value, text in self.states.items()},
        )


_InlineTags = Annotated[dict[_Alias, _TagModel], Field(min_length=1)]


class _MethodModel(_Model):
    """[methods.<alias>]: the owning object's node id, the method's node id, its argument kinds in order."""

    object: _NodeId
    method: _NodeId
    args: list[_Kind] = Field(default_factory=list)
    label: _TextModel

    def to_spec(self, alias: str) -> MethodSpec:
        return MethodSpec(
            alias=alias,
            object_id=self.object,
            method_id=self.method,
            label=self.label.to_local(),
            args=tuple(TagKind(kind) for kind in self.args),
        )


# May be empty: in a site profile, `methods = {}` takes a tag map's methods away from a cell.
_InlineMethods = dict[_MethodAlias, _MethodModel]


def _method_specs(methods: Mapping[str, _MethodModel]) -> tuple[MethodSpec, ...]:
    return tuple(method.to_spec(alias) for alias, method in methods.items())


def _tags_discriminator(value: Any) -> str | None:
    if isinstance(value, str):
        return _TAG_MAP_NAME_TAG
    if isinstance(value, dict):
        return _INLINE_TAGS_TAG
    return None


_TagsField = Annotated[
    Annotated[str, AfterValidator(_check_tag_map_name), Tag(_TAG_MAP_NAME_TAG)]
    | Annotated[_InlineTags, Tag(_INLINE_TAGS_TAG)],
    Discriminator(
        _tags_discriminator,
        custom_error_type="tags",
        custom_error_message='expected a tag map name such as "democell", or a table of tags',
    ),
]


class _CellModel(_Model):
    name: Annotated[str, AfterValidator(_check_cell_name)]
    label: _TextModel
    endpoint: Annotated[str, AfterValidator(_check_endpoint)]
    tags: _TagsField
    methods: _InlineMethods | None = None  # None: the tag map's methods (none for inline tags)
    # Message security, policy Basic256Sha256 (the only one the kiosk speaks). No user name/password:
    # the kiosk signs in anonymously; the cell knows it by its certificate.
    security: Literal["none", "sign", "sign-encrypt"] = "none"


_DEFAULT_THEME = Theme()


class _ThemeModel(_Model):
    model_config = ConfigDict(validate_default=True)

    primary: _Colour = _DEFAULT_THEME.primary
    accent: _Colour = _DEFAULT_THEME.accent
    background: _Colour = _DEFAULT_THEME.background
    surface: _Colour = _DEFAULT_THEME.surface
    text: _Colour = _DEFAULT_THEME.text
    muted: _Colour = _DEFAULT_THEME.muted
    good: _Colour = _DEFAULT_THEME.good
    warning: _Colour = _DEFAULT_THEME.warning
    bad: _Colour = _DEFAULT_THEME.bad

    @field_validator("text")
    @classmethod
    def _readable(cls, text: str, info: ValidationInfo) -> str:
        for ground_name in ("background", "surface"):
            ground = info.data.get(ground_name)
            if ground is None:  # that colour has its own problem already
                continue
            ratio = contrast_ratio(text, ground)
            if ratio < MIN_TEXT_CONTRAST:
                raise PydanticCustomError(
                    "contrast",
                    "text colour {text} on {ground_name} {ground} has contrast {ratio}:1; "
                    "it needs at least {minimum}:1 to be readable",
                    {
                        "text": repr(text),
                        "ground_name": ground_name,
                        "ground": repr(ground),
                        "ratio": f"{ratio:.2f}",
                        "minimum": MIN_TEXT_CONTRAST,
                    },
                )
        return text

    def to_theme(self) -> Theme:
        return Theme(**self.model_dump())


_DEFAULT_DISPLAY = Display()
MIN_TEXT_SCALE = 1.0
MAX_TEXT_SCALE = 2.0


class _DisplayModel(_Model):
    """[display]: the physical screen (diagonal in inches, or visible width in mm), text scale, contrast."""

    diagonal_in: float = Field(default=_DEFAULT_DISPLAY.diagonal_in, ge=5.0, le=120.0, allow_inf_nan=False)
    width_mm: float | None = Field(default=_DEFAULT_DISPLAY.width_mm, ge=80.0, le=3000.0, allow_inf_nan=False)
    text_scale: float = Field(
        default=_DEFAULT_DISPLAY.text_scale, ge=MIN_TEXT_SCALE, le=MAX_TEXT_SCALE, allow_inf_nan=False
    )
    high_contrast: bool = _DEFAULT_DISPLAY.high_contrast

    def to_display(self) -> Display:
        return Display(**self.model_dump())


class _SiteModel(_Model):
    id: Annotated[str, AfterValidator(_check_site_id)]
    name: _TextModel
    city: _NonEmpty
    languages: list[_Lang] = Field(default_factory=lambda: list(_ALL_LANGUAGES), min_length=1)
    default_language: _Lang = "nl"
    welcome: _TextModel | None = None

    @field_validator("languages")
    @classmethod
    def _unique(cls, languages: list[str]) -> list[str]:
        doubles = sorted({lang for lang in languages if languages.count(lang) > 1})
        if doubles:
            raise PydanticCustomError("languages", "{doubles} given more than once", {"doubles": ", ".join(doubles)})
        return languages

    @field_validator("default_language")
    @classmethod
    def _in_languages(cls, lang: str, info: ValidationInfo) -> str:
        languages = info.data.get("languages")
        if languages is not None and lang not in languages:
            raise PydanticCustomError(
                "default_language",
                "{lang} is not one of the site's languages ({languages})",
                {"lang": repr(lang), "languages": ", ".join(languages)},
            )
        return lang


class _ProfileModel(_Model):
    site: _SiteModel
    theme: _ThemeModel = Field(default_factory=_ThemeModel)
    display: _DisplayModel = Field(default_factory=_DisplayModel)
    cells: list[_CellModel] = Field(min_length=1)

    @field_validator("cells")
    @classmethod
    def _unique_names(cls, cells: list[_CellModel]) -> list[_CellModel]:
        names = [c.name for c in cells]
        doubles = sorted({n for n in names if names.count(n) > 1})
        if doubles:
            raise PydanticCustomError(
                "cell_names", "cell name {doubles} used more than once", {"doubles": ", ".join(doubles)}
            )
        return cells


class _TagMapFile(_Model):
    description: str = ""
    tags: _InlineTags
    methods: _InlineMethods = Field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Where is a key in the TOML text? A small line scanner, good enough for messages.
# --------------------------------------------------------------------------------------------------

_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class _Scan:
    keys: Mapping[KeyPath, int]  # first line at which each key path (and its parents) appears
    line_paths: Mapping[int, KeyPath]  # line -> the table header or key defined on it
    tables: Sequence[KeyPath]  # tables[line]: the table in force at that line (index 0 unused)


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _parse_key(text: str, pos: int) -> tuple[list[str] | None, int]:
    """A dotted TOML key starting at pos: its parts and the position after it (None if not a key)."""
    parts: list[str] = []
    while True:
        pos = _skip_ws(text, pos)
        if pos >= len(text):
            return None, pos
        ch = text[pos]
        if ch == '"':
            end = pos + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end >= len(text):
                return None, pos
            quoted = text[pos : end + 1]
            try:
                part = json.loads(quoted)
            except ValueError:
                part = quoted[1:-1]
            parts.append(str(part))
            pos = end + 1
        elif ch == "'":
            end = text.find("'", pos + 1)
            if end < 0:
                return None, pos
            parts.append(text[pos + 1 : end])
            pos = end + 1
        else:
            match = _BARE_KEY_RE.match(text, pos)
            if match is None:
                return None, pos
            parts.append(match.group())
            pos = match.end()
        pos = _skip_ws(text, pos)
        if pos < len(text) and text[pos] == ".":
            pos += 1
            continue
        return parts, pos


def _skip_value(text: str, pos: int, open_string: str | None, depth: int) -> tuple[str | None, int]:
    """Scan a value (or the continuation of one) to the end of the line. Returns the multi-line string
    delimiter still open (or None) and the bracket depth still open."""
    n = len(text)
    while pos < n:
        if open_string is not None:
            end = text.find(open_string, pos)
            if end < 0:
                return open_string, depth
            pos = end + 3
            while pos < n and text[pos] == open_string[0]:  # up to two quotes may close the content
                pos += 1
            open_string = None
            continue
        ch = text[pos]
        if ch == "#":
            break
        if text.startswith('"""', pos) or text.startswith("'''", pos):
            open_string = text[pos : pos + 3]
            pos += 3
            continue
        if ch == '"':
            pos += 1
            while pos < n and text[pos] != '"':
                pos += 2 if text[pos] == "\\" else 1
            pos += 1
            continue
        if ch == "'":
            end = text.find("'", pos + 1)
            pos = end + 1 if end >= 0 else n
            continue
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth = max(0, depth - 1)
        pos += 1
    return open_string, depth


def _resolve_table(parts: Sequence[str], arrays: Mapping[KeyPath, int]) -> KeyPath:
    """A header's parts as a key path: parts that name an array of tables get its latest index."""
    path: KeyPath = ()
    for part in parts:
        path = (*path, part)
        if path in arrays:
            path = (*path, arrays[path] - 1)
    return path


def _record(keys: dict[KeyPath, int], path: KeyPath, line: int) -> None:
    for k in range(1, len(path) + 1):
        keys.setdefault(path[:k], line)


def _scan(source: str) -> _Scan:
    keys: dict[KeyPath, int] = {}
    line_paths: dict[int, KeyPath] = {}
    tables: list[KeyPath] = [()]
    arrays: dict[KeyPath, int] = {}
    table: KeyPath = ()
    open_string: str | None = None
    depth = 0
    for lineno, raw in enumerate(source.split("\n"), start=1):
        line = raw.rstrip("\r")
        tables.append(table)
        if open_string is not None or depth > 0:  # inside a multi-line string or array
            open_string, depth = _skip_value(line, 0, open_string, depth)
            continue
        pos = _skip_ws(line, 0)
        if pos >= len(line) or line[pos] == "#":
            continue
        if line.startswith("[[", pos):
            parts, _ = _parse_key(line, pos + 2)
            if not parts:
                continue
            array = (*_resolve_table(parts[:-1], arrays), parts[-1])
            index = arrays.get(array, 0)
            arrays[array] = index + 1
            table = (*array, index)
        elif line[pos] == "[":
            parts, _ = _parse_key(line, pos + 1)
            if not parts:
                continue
            table = _resolve_table(parts, arrays)
        else:
            parts, end = _parse_key(line, pos)
            end = _skip_ws(line, end)
            if not parts or end >= len(line) or line[end] != "=":
                continue
            path = (*table, *parts)
            _record(keys, path, lineno)
            line_paths[lineno] = path
            open_string, depth = _skip_value(line, end + 1, None, 0)
            continue
        _record(keys, table, lineno)
        line_paths[lineno] = table
        tables[lineno] = table
    return _Scan(keys, line_paths, tables)


def _lookup_line(scan: _Scan, path: Sequence[str | int]) -> int | None:
    key = tuple(path)
    for k in range(len(key), 0, -1):
        line = scan.keys.get(key[:k])
        if line is not None:
            return line
    return None


def find_key_line(source: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line of TOML `source` where the key `path` is given, e.g. ("cells", 0, "endpoint")
    for the `endpoint` of the first [[cells]] entry. Handles [tables], [[arrays]] (by index), dotted
    and quoted keys; a key inside an inline table or a multi-line array gives the line of its parent
    key; a key that is not there gives the line of its nearest parent (e.g. the table header). None
    when not even the first part of the path is in the text."""
    return _lookup_line(_scan(source), path)


def _format_key(path: Sequence[str | int]) -> str:
    return format_key(path) or "(top level)"


# --------------------------------------------------------------------------------------------------
# Reading files and turning errors into "file:line: key: message"
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Doc:
    path: Path
    text: str
    data: dict[str, Any]
    scan: _Scan

    def problem(self, path: Sequence[str | int], message: str) -> str:
        line = _lookup_line(self.scan, path) or 1
        return f"{self.path}:{line}: {_format_key(path)}: {message}"


_SYNTAX_AT_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _syntax_problem(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> str:
    message = str(exc)
    line, column = 0, 0
    match = _SYNTAX_AT_RE.search(message)
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        message = message[: match.start()]
    elif "(at end of document)" in message:
        line = text.count("\n") + 1
        message = message.replace("(at end of document)", "").strip() + " at the end of the file"
    line = max(1, line)
    lines = text.split("\n")
    source_line = lines[line - 1].strip() if line <= len(lines) else ""
    scan = _scan(text)
    key = scan.line_paths.get(line) or (scan.tables[line] if line < len(scan.tables) else ())
    hint = ""
    if message.startswith("Invalid value"):
        hint = '; text values need quotes, e.g. primary = "#1d5f96"'
    where = f" (column {column})" if column else ""
    shown = source_line if len(source_line) <= 80 else source_line[:77] + "..."
    return f"{path}:{line}: {_format_key(key)}: TOML syntax error{where}: {message}{hint}; the line reads: {shown}"


def _read_toml(path: Path, problems: list[str]) -> _Doc | None:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        problems.append(f"{path}: cannot read the file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(
            f"{path}: the file is larger than {MAX_FILE_BYTES // 1024} KiB and was not read "
            "(a site profile is a few KiB: is it the right file?)"
        )
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(f"{path}:{line}: the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(_syntax_problem(path, text, exc))
        return None
    return _Doc(path, text, data, _scan(text))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = json.dumps(value, ensure_ascii=False)
        return shown if len(shown) <= 60 else shown[:57] + '..."'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


_EXPECTED_TYPE = {
    "string_type": "text in quotes",
    "bool_type": "true or false",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "list_type": "a list [...]",
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "tags": 'a tag map name such as "democell", or a table of tags',
}


def _unwrap_type(tp: Any) -> Any:
    """The model, list or dict type inside Annotated[...] and X | None."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
            continue
        if origin is Union or origin is types.UnionType:
            members = [_unwrap_type(m) for m in get_args(tp) if m is not type(None)]
            for member in members:
                if (isinstance(member, type) and issubclass(member, BaseModel)) or get_origin(member) in (
                    dict,
                    list,
                ):
                    return member
            return members[0] if members else tp
        return tp


def _known_keys(model: type[BaseModel], path: KeyPath) -> list[str] | None:
    """The keys allowed in the table at `path` of `model`'s TOML (for 'did you mean')."""
    tp: Any = model
    for part in path:
        tp = _unwrap_type(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if not isinstance(part, str) or part not in tp.model_fields:
                return None
            tp = tp.model_fields[part].annotation
        elif get_origin(tp) is list and isinstance(part, int):
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        else:
            return None
    tp = _unwrap_type(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return list(tp.model_fields)
    return None


def _describe(error: Mapping[str, Any], loc: KeyPath, model: type[BaseModel]) -> str:
    kind = str(error.get("type", ""))
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        message = "unknown key"
        known = _known_keys(model, loc[:-1]) if loc else None
        name = loc[-1] if loc else None
        if known and isinstance(name, str):
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            if close:
                message += f" (did you mean {close[0]!r}?)"
            elif len(known) <= 12:
                message += f" (known here: {', '.join(known)})"
        return message
    if kind == "missing":
        return "required key is missing"
    if kind in _EXPECTED_TYPE:
        return f"expected {_EXPECTED_TYPE[kind]}, got {_toml_value(value)}"
    if kind == "literal_error":
        return f"expected {ctx.get('expected', 'one of the allowed values')}, got {_toml_value(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length', 1)} entry, got none"
    if kind == "finite_number":
        return f"expected a finite number, got {_toml_value(value)}"
    message = str(error.get("msg", "not valid"))
    message = message.removeprefix("Value error, ")
    if message.startswith("Input should be "):
        message = "should be " + message.removeprefix("Input should be ") + f", got {_toml_value(value)}"
    return message


Placer = Callable[[KeyPath], tuple[_Doc, KeyPath]]
_M = TypeVar("_M", bound=BaseModel)


def _validate(model: type[_M], data: Any, place: Placer, problems: list[str]) -> _M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc: KeyPath = tuple(p for p in error["loc"] if p not in _LOC_NOISE)
            doc, where = place(loc)
            problems.append(doc.problem(where, _describe(error, loc, model)))
        return None


# --------------------------------------------------------------------------------------------------
# Tag maps
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TagMap:
    """One tag map file: its tags and its methods."""

    tags: tuple[TagSpec, ...]
    methods: tuple[MethodSpec, ...]


class _TagMaps:
    """The shipped tag maps (kiosk/sites/<name>.tags.toml), each read at most once per load."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._loaded: dict[str, _TagMap | None] = {}
        self.sources: list[Path] = []

    def names(self) -> list[str]:
        try:
            return sorted(p.name.removesuffix(TAG_MAP_SUFFIX) for p in self.folder.glob(f"*{TAG_MAP_SUFFIX}"))
        except OSError:
            return []

    def exists(self, name: str) -> bool:
        return bool(_TAG_MAP_NAME_RE.fullmatch(name)) and (self.folder / f"{name}{TAG_MAP_SUFFIX}").is_file()

    def load(self, name: str, problems: list[str]) -> _TagMap | None:
        """The tags and methods of map `name`; None (problems appended once) when missing or broken."""
        if name in self._loaded:
            return self._loaded[name]
        self._loaded[name] = None
        if not self.exists(name):
            return None
        path = self.folder / f"{name}{TAG_MAP_SUFFIX}"
        doc = _read_toml(path, problems)
        if doc is None:
            return None
        parsed = _validate(_TagMapFile, doc.data, lambda loc: (doc, loc), problems)
        if parsed is None:
            return None
        tag_map = _TagMap(
            tags=tuple(tag.to_spec(alias) for alias, tag in parsed.tags.items()),
            methods=_method_specs(parsed.methods),
        )
        self._loaded[name] = tag_map
        self.sources.append(path)
        return tag_map


def _load_one_map(name: str, sites_dir: Path | None) -> tuple[_TagMap, tuple[str, ...]]:
    maps = _TagMaps(sites_dir if sites_dir is not None else shipped_sites_dir())
    problems: list[str] = []
    tag_map = maps.load(name, problems)
    if tag_map is None and not problems:
        problems.append(f"unknown tag map {name!r} (shipped: {', '.join(maps.names()) or 'none'})")
    return tag_map or _TagMap((), ()), tuple(problems)


def load_tag_map(name: str, *, sites_dir: Path | None = None) -> tuple[tuple[TagSpec, ...], tuple[str, ...]]:
    """A shipped tag map by name (e.g. "democell") and its problems; empty tags when it has any."""
    tag_map, problems = _load_one_map(name, sites_dir)
    return tag_map.tags, problems


def load_map_methods(name: str, *, sites_dir: Path | None = None) -> tuple[tuple[MethodSpec, ...], tuple[str, ...]]:
    """The methods of a shipped tag map by name (e.g. "democell") and its problems; none when it has any."""
    tag_map, problems = _load_one_map(name, sites_dir)
    return tag_map.methods, problems


# --------------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------------


def shipped_site_ids(sites_dir: Path | None = None) -> tuple[str, ...]:
    """The ids of the shipped profiles: kiosk/sites/<id>.toml (tag maps excluded)."""
    folder = sites_dir if sites_dir is not None else shipped_sites_dir()
    try:
        names = [p.name.removesuffix(".toml") for p in folder.glob("*.toml") if not p.name.endswith(TAG_MAP_SUFFIX)]
    except OSError:
        return ()
    return tuple(sorted(n for n in names if _SITE_ID_RE.fullmatch(n)))


def _build(
    model: _ProfileModel, tag_maps: _TagMaps, problems: list[str], blame: Callable[[int], tuple[_Doc, KeyPath]]
) -> SiteProfile | None:
    cells: list[CellConfig] = []
    complete = True
    for index, cell in enumerate(model.cells):
        if isinstance(cell.tags, str):
            before = len(problems)
            tag_map = tag_maps.load(cell.tags, problems)
            if tag_map is None:
                complete = False
                if len(problems) == before:  # not a broken map (reported already) but a missing one
                    doc, where = blame(index)
                    shipped = ", ".join(tag_maps.names()) or "none"
                    problems.append(doc.problem(where, f"unknown tag map {cell.tags!r} (shipped: {shipped})"))
                continue
            tags, methods = tag_map.tags, tag_map.methods
        else:
            tags, methods = tuple(tag.to_spec(alias) for alias, tag in cell.tags.items()), ()
        if cell.methods is not None:
            methods = _method_specs(cell.methods)
        label = cell.label.to_local()
        cells.append(
            CellConfig(
                name=cell.name, label=label, endpoint=cell.endpoint, tags=tags, methods=methods, security=cell.security
            )
        )
    if not complete:
        return None
    site = model.site
    return SiteProfile(
        id=site.id,
        name=site.name.to_local(),
        city=site.city,
        cells=tuple(cells),
        languages=tuple(site.languages),
        default_language=site.default_language,
        theme=model.theme.to_theme(),
        welcome=site.welcome.to_local() if site.welcome is not None else LocalText(),
        display=model.display.to_display(),
    )


def _minimal_profile(site_id: str, tag_maps: _TagMaps, problems: list[str]) -> SiteProfile:
    """Last resort when a shipped profile itself cannot be read: one embedded demo cell."""
    demo = tag_maps.load(DEMO_TAG_MAP, problems) or _TagMap((), ())
    title = site_id.replace("_", " ").replace("-", " ").title()
    label = LocalText.of({"nl": "Democel", "en": "Demo cell"})
    return SiteProfile(
        id=site_id,
        name=LocalText.of(f"Skills Lab {title}"),
        city=title,
        cells=(CellConfig("demo", label, EMBEDDED, demo.tags, demo.methods),),
    )


def _deep_merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        merged = dict(base)
        for key, value in over.items():
            merged[key] = _deep_merge(base.get(key), value)
        return merged
    return copy.deepcopy(over)


def _merge_profile(base: dict[str, Any], over: _Doc, problems: list[str]) -> tuple[dict[str, Any], list[int | None]]:
    """The override merged over the shipped data, and for each merged cell the index of the override's
    [[cells]] entry it came from (None: shipped only)."""
    merged = copy.deepcopy(base)
    base_cells = merged.get("cells")
    origin: list[int | None] = [None] * (len(base_cells) if isinstance(base_cells, list) else 0)
    for key, value in over.data.items():
        if key != "cells":
            merged[key] = _deep_merge(merged.get(key), value)
            continue
        cells = merged.get("cells")
        if not (isinstance(value, list) and all(isinstance(c, dict) for c in value) and isinstance(cells, list)):
            merged["cells"] = copy.deepcopy(value)  # the schema will say what is wrong with it
            origin = list(range(len(value))) if isinstance(value, list) else []
            continue
        seen: set[str] = set()
        for j, entry in enumerate(value):
            name = entry.get("name")
            if isinstance(name, str) and name in seen:
                problems.append(over.problem(("cells", j, "name"), f"cell {name!r} is given twice in this file"))
            if isinstance(name, str):
                seen.add(name)
            index = next((i for i, c in enumerate(cells) if isinstance(c, dict) and c.get("name") == name), None)
            index = index if isinstance(name, str) else None
            if index is None:
                cells.append(copy.deepcopy(entry))
                origin.append(j)
                continue
            shipped_cell = dict(cells[index])
            for cell_key, cell_value in entry.items():
                # a cell's tags are replaced as a whole: a tag map name and an inline table do not mix;
                # its methods likewise, so a real cell's method table never keeps stray demo entries
                shipped_value = None if cell_key in ("tags", "methods") else shipped_cell.get(cell_key)
                shipped_cell[cell_key] = _deep_merge(shipped_value, cell_value)
            cells[index] = shipped_cell
            origin[index] = j
    return merged, origin


def _dedupe(paths: Sequence[Path]) -> tuple[Path, ...]:
    return tuple(dict.fromkeys(paths))


def _load(site_id: str, override_file: Path | None, folder: Path, problems: list[str]) -> ProfileLoad:
    known = shipped_site_ids(folder)
    if site_id not in known:
        fallback = FALLBACK_SITE if FALLBACK_SITE in known or not known else known[0]
        problems.append(
            f"unknown site {site_id!r} (known: {', '.join(known) or 'none'}); starting with the {fallback!r} profile"
        )
        site_id = fallback
    tag_maps = _TagMaps(folder)
    base_path = folder / f"{site_id}.toml"
    base_doc = _read_toml(base_path, problems)
    base_model = _validate(_ProfileModel, base_doc.data, lambda loc: (base_doc, loc), problems) if base_doc else None
    base_profile = (
        _build(base_model, tag_maps, problems, lambda i: (base_doc, ("cells", i, "tags")))
        if base_model is not None and base_doc is not None
        else None
    )
    if base_doc is None or base_model is None or base_profile is None:
        problems.append(f"{base_path}: the shipped profile is broken; starting with a minimal demo profile")
        return ProfileLoad(_minimal_profile(site_id, tag_maps, problems), tuple(problems), _dedupe(tag_maps.sources))
    if base_model.site.id != site_id:
        message = f"{base_model.site.id!r} differs from the file name {site_id!r}"
        problems.append(base_doc.problem(("site", "id"), message))
    base_sources = [base_path, *tag_maps.sources]

    if override_file is None or not override_file.exists():
        return ProfileLoad(base_profile, tuple(problems), _dedupe(base_sources))

    over_problems: list[str] = []
    over_doc = _read_toml(override_file, over_problems)
    profile: SiteProfile | None = None
    if over_doc is not None:
        merged, origin = _merge_profile(base_doc.data, over_doc, over_problems)
        over: _Doc = over_doc

        def place(loc: KeyPath) -> tuple[_Doc, KeyPath]:
            if len(loc) >= 2 and loc[0] == "cells" and isinstance(loc[1], int):
                j = origin[loc[1]] if 0 <= loc[1] < len(origin) else None
                return (base_doc, loc) if j is None else (over, ("cells", j, *loc[2:]))
            return over, loc

        def blame(i: int) -> tuple[_Doc, KeyPath]:
            return place(("cells", i, "tags"))

        model = _validate(_ProfileModel, merged, place, over_problems)
        if model is not None and model.site.id != base_model.site.id:
            over_problems.append(
                over.problem(
                    ("site", "id"),
                    f"this file is for site {model.site.id!r}, but the kiosk runs site {base_model.site.id!r}",
                )
            )
        if model is not None and not over_problems:
            profile = _build(model, tag_maps, over_problems, blame)
    if profile is None or over_problems:
        problems.extend(over_problems)
        problems.append(f"{override_file}: not used; starting with the shipped {site_id!r} profile")
        return ProfileLoad(base_profile, tuple(problems), _dedupe(base_sources))
    return ProfileLoad(profile, tuple(problems), _dedupe([*base_sources, *tag_maps.sources, override_file]))


def load_site_profile(site_id: str, override_file: Path | None = None, *, sites_dir: Path | None = None) -> ProfileLoad:
    """The profile of landing spot `site_id`, with `override_file` (the instructor's site.toml; a
    missing file is fine) merged over it. Never raises for bad input: problems come back as lines of
    "file:line: key: message", and the profile is then the shipped one (override problems), drachten
    (unknown site id) or a minimal demo profile (a broken shipped file). `sites_dir` is for tests."""
    folder = sites_dir if sites_dir is not None else shipped_sites_dir()
    problems: list[str] = []
    try:
        return _load(site_id, override_file, folder, problems)
    except Exception as exc:  # the last guard: the kiosk must start whatever the files say
        problems.append(f"internal error while loading site profile {site_id!r}: {exc!r}; using a minimal profile")
        safe_id = site_id if isinstance(site_id, str) and _SITE_ID_RE.fullmatch(site_id) else FALLBACK_SITE
        return ProfileLoad(_minimal_profile(safe_id, _TagMaps(folder), problems), tuple(problems), ())


# --------------------------------------------------------------------------------------------------
# --cell NAME=opc.tcp://HOST:PORT[/path]
# --------------------------------------------------------------------------------------------------


def _cell_option_problem(name: str, endpoint: str) -> str | None:
    if not _CELL_NAME_RE.fullmatch(name):
        return (
            f"cell name {name!r} is not usable: start with a letter; lower-case letters, digits, - and _ "
            f"(expected {CELL_OPTION_FORM})"
        )
    return _endpoint_problem(endpoint)


def parse_cell_option(text: str) -> tuple[str, str]:
    """`--cell NAME=opc.tcp://HOST:PORT[/path]` (or NAME=embedded) as (name, endpoint).
    Raises ValueError with a message fit for the command line."""
    name, sep, endpoint = text.strip().partition("=")
    name, endpoint = name.strip(), endpoint.strip()
    if not sep or not name or not endpoint:
        raise ValueError(f"--cell {text!r}: expected {CELL_OPTION_FORM}, e.g. demo=opc.tcp://192.168.0.10:4840")
    problem = _cell_option_problem(name, endpoint)
    if problem is not None:
        raise ValueError(f"--cell {text!r}: {problem}")
    return name, endpoint


def apply_cell_options(
    profile: SiteProfile, cells: Sequence[tuple[str, str]], *, sites_dir: Path | None = None
) -> SiteProfile:
    """`profile` with the named cells pointed at the given endpoints. A name the profile does not have
    adds a cell with the demo cell's tag map and methods. Raises ValueError for a pair parse_cell_option
    would refuse."""
    result = list(profile.cells)
    for name, endpoint in cells:
        problem = _cell_option_problem(name, endpoint)
        if problem is not None:
            raise ValueError(f"cell {name!r}: {problem}")
        index = next((i for i, c in enumerate(result) if c.name == name), None)
        if index is not None:
            result[index] = result[index].with_endpoint(endpoint)
            continue
        demo, _ = _load_one_map(DEMO_TAG_MAP, sites_dir)
        label = LocalText({"nl": f"Cel {name}", "en": f"Cell {name}"})
        result.append(CellConfig(name=name, label=label, endpoint=endpoint, tags=demo.tags, methods=demo.methods))
    return replace(profile, cells=tuple(result))
