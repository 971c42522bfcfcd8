"""Reading a lab module's YAML safely, keeping the line every value came from.

`read_yaml(path)` reads at most `max_bytes`, composes the text with `yaml.SafeLoader` (nodes carry
line numbers; nothing is ever constructed from arbitrary tags) and builds plain Python data itself:
dicts with text keys, lists and scalars. On the way it records the line of every data path
(("steps", 2, "text") -> 41) and collects what is wrong with the text as `Problem`s:

- syntax errors, a file that is empty, not UTF-8, too large, or not a mapping at the top;
- duplicate keys in one mapping (PyYAML would silently keep the last one);
- tags other than the plain YAML ones, keys that are not plain text;
- documents whose aliases expand to more than `MAX_VALUES` values ("billion laughs") or that refer to
  themselves, and nesting deeper than `MAX_DEPTH`.

Mapping keys are kept as written (`no:` stays the text "no", not False), merge keys (`<<: *base`) work.
Plain values follow YAML 1.2 where 1.1 surprises authors: `yes`, `no`, `on`, `off` are text (only true
and false are booleans; a quiz answer `en: No` stays "No"), and `1:30` is text, not the number 90.
Nothing here raises for bad input. No knowledge of lab modules: that is the loader's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = ["MAX_DEPTH", "MAX_VALUES", "KeyPath", "Problem", "YamlDoc", "read_yaml"]

KeyPath = tuple[str | int, ...]

MAX_VALUES = 100_000
"""A lab module has a few thousand values; more after alias expansion is an alias bomb."""
MAX_DEPTH = 64
"""Deeper nesting is no lab module, and deep recursion would exhaust Python's stack."""

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_PLAIN_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)


@dataclass(frozen=True)
class Problem:
    """Something wrong at `line` (1-based; 0 when the file has no line to blame) and data `path`."""

    line: int
    path: KeyPath
    message: str


@dataclass(frozen=True)
class YamlDoc:
    """The data of one file (None when it could not be read), its lines, and what was wrong."""

    data: Any
    lines: Mapping[KeyPath, int] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def line_of(self, path: KeyPath) -> int:
        """The line of the deepest part of `path` that is in the file (a missing key: its parent's)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def get(self, path: KeyPath) -> tuple[bool, Any]:
        """(True, value) at `path` in the data, or (False, None) when it is not there."""
        node = self.data
        for part in path:
            in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if not (in_dict or in_list):
                return False, None
            node = node[part]
        return True, node


class _Refused(Exception):
    """Building the data stopped: the document is unusable as a whole."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


class _Builder:
    """Turns composed nodes into plain data, recording lines and duplicate keys."""

    def __init__(self) -> None:
        self.lines: dict[KeyPath, int] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self._scalars = SafeConstructor()
        self._active: set[int] = set()  # ids of the collection nodes being built: a repeat is a cycle

    def build(self, node: Node, path: KeyPath, line: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _Refused(
                _line(node),
                f"the document expands to more than {MAX_VALUES:,} values (aliases repeated over and over); not read",
            )
        if len(path) > MAX_DEPTH:
            raise _Refused(_line(node), f"nested more than {MAX_DEPTH} levels deep; not read")
        self.lines.setdefault(path, line)
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if id(node) in self._active:
            raise _Refused(_line(node), "an alias refers to the collection it is part of; not read")
        self._active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                self._expect_tag(node, _SEQ_TAG)
                return [self.build(item, (*path, i), _line(item)) for i, item in enumerate(node.value)]
            if isinstance(node, MappingNode):
                self._expect_tag(node, _MAP_TAG)
                return self._mapping(node, path)
        finally:
            self._active.discard(id(node))
        raise _Refused(_line(node), f"unexpected YAML node {type(node).__name__}")  # pragma: no cover

    def _expect_tag(self, node: Node, tag: str) -> None:
        if node.tag != tag:
            raise _Refused(_line(node), f"unsupported YAML tag {node.tag!r}; lab modules use plain YAML only")

    def _scalar(self, node: ScalarNode) -> Any:
        if node.tag not in _PLAIN_SCALAR_TAGS:
            raise _Refused(_line(node), f"unsupported YAML tag {node.tag!r}; lab modules use plain YAML only")
        if not node.style and _is_yaml11_surprise(node):  # plain: None (Python parser) or "" (libyaml)
            return str(node.value)
        try:
            return self._scalars.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError, AttributeError):
            short = str(node.tag).rsplit(":", 1)[-1]
            raise _Refused(_line(node), f"{node.value!r} is not a valid {short}") from None

    def _key(self, key_node: Node) -> str:
        if not isinstance(key_node, ScalarNode):
            raise _Refused(_line(key_node), "a key must be plain text, not a list or mapping")
        # As written: `no:` or `1:` stay the text "no" / "1" (YAML 1.1 would make them False / 1).
        return str(key_node.value)

    def _mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        merged: dict[str, Any] = {}
        seen: set[str] = set()
        merges = [value for key, value in node.value if key.tag == _MERGE_TAG]
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = self._key(key_node)
            if key in seen:
                self.problems.append(Problem(_line(key_node), path, f"key {key!r} appears twice"))
                self._forget((*path, key))  # the last value is kept: so are its lines
            seen.add(key)
            out[key] = self.build(value_node, (*path, key), _line(key_node))
        for value_node in merges:  # after the explicit keys, so their lines are the ones recorded
            merged.update(self._merge(value_node, path))
        # explicit keys win over merged ones, as YAML's merge key says
        return {**{k: v for k, v in merged.items() if k not in out}, **out}

    def _forget(self, path: KeyPath) -> None:
        for known in [p for p in self.lines if p[: len(path)] == path]:
            del self.lines[known]

    def _merge(self, node: Node, path: KeyPath) -> dict[str, Any]:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        merged: dict[str, Any] = {}
        for source in reversed(sources):  # earlier sources win
            if not isinstance(source, MappingNode):
                raise _Refused(_line(source), "a merge key (<<) takes a mapping or a list of mappings")
            built = self.build(source, path, _line(source))
            merged.update(built)
        return merged


def _is_yaml11_surprise(node: ScalarNode) -> bool:
    """A plain scalar YAML 1.1 reads as something authors do not mean, and YAML 1.2 (what editors
    assume) reads as text: `yes`/`no`/`on`/`off` as booleans (a quiz answer `en: No`), `1:30` as 90."""
    value = str(node.value)
    if node.tag == "tag:yaml.org,2002:bool":
        return value.lower() not in ("true", "false")
    return node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and ":" in value


def _syntax_problem(exc: yaml.YAMLError, text: str) -> Problem:
    if isinstance(exc, yaml.reader.ReaderError):
        line = text[: exc.position].count("\n") + 1
        return Problem(line, (), f"YAML syntax error: unacceptable character #x{exc.character:04x}: {exc.reason}")
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 1
        problem = str(exc.problem or "not valid YAML")
        context = exc.context
        if context and problem.startswith("but "):
            message = f"{context}, {problem}"
        elif context and exc.context_mark is not None and exc.context_mark.line + 1 != line:
            message = f"{problem} ({context} on line {exc.context_mark.line + 1})"
        elif context:
            message = f"{problem} ({context})"
        else:
            message = problem
        if "'\\t'" in problem:
            message += "; indent with spaces, not tabs"
        return Problem(line, (), f"YAML syntax error: {message}")
    return Problem(1, (), f"YAML syntax error: {exc}")  # pragma: no cover - PyYAML raises only the above


def _read_text(path: Path, max_bytes: int) -> str | Problem:
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
            if len(raw) > max_bytes:
                size = fh.seek(0, 2)
                limits = f"{size:,} bytes; the limit is {max_bytes:,}"
                return Problem(0, (), f"too large for a lab module ({limits}); not read")
    except OSError as exc:
        return Problem(0, (), f"cannot read the file: {exc.strerror or exc}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Problem(line, (), f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8")


def _unusable(line: int, message: str) -> YamlDoc:
    return YamlDoc(None, problems=(Problem(line, (), message),))


# libyaml's parser when PyYAML has it: the pure-Python scanner took ~90 ms per module file (0.3 s for the
# eight shipped ones at every kiosk start); nodes and their line marks are the same.
_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _clearer_error(text: str, exc: yaml.YAMLError) -> yaml.YAMLError:
    """The pure-Python parser's error for the same text: it names the character and what it expected
    (libyaml says "found character that cannot start any token" where it says "found character '\\t'")."""
    if _LOADER is yaml.SafeLoader:
        return exc
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as clearer:
        return clearer
    except RecursionError:
        return exc
    return exc


def read_yaml(path: Path, *, max_bytes: int) -> YamlDoc:
    """The YAML mapping in `path` as plain data with lines. `data` is None when the file cannot be
    used at all (its problems say why); otherwise it is a dict, possibly with problems (duplicate
    keys) that make the file unusable but leave the rest worth validating."""
    text = _read_text(path, max_bytes)
    if isinstance(text, Problem):
        return YamlDoc(None, problems=(text,))
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        return YamlDoc(None, problems=(_syntax_problem(_clearer_error(text, exc), text),))
    except RecursionError:
        return _unusable(1, f"nested more than {MAX_DEPTH} levels deep; not read")
    if root is None or (isinstance(root, ScalarNode) and root.tag == "tag:yaml.org,2002:null" and not root.value):
        return _unusable(1, "the file is empty; a lab module starts with: schema: skillslab.module/1")
    if not isinstance(root, MappingNode):
        what = "a list" if isinstance(root, SequenceNode) else "a single value"
        fields = "schema: ..., id: ..., steps: ..."
        return _unusable(_line(root), f"the top level must be a mapping of the module's fields ({fields}), got {what}")
    builder = _Builder()
    try:
        data = builder.build(root, (), _line(root))
    except _Refused as exc:
        return _unusable(exc.line, exc.message)
    return YamlDoc(data, builder.lines, tuple(builder.problems))
