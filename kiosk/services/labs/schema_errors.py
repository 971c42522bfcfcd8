"""Pydantic's validation errors of a lab module, as plain-word problems at a path in the YAML file.

Locations are walked alongside the data so discriminator tags ('action', 'setpoint') and class names
('TagCheck') never show; messages the models raise themselves are kept as written.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from kiosk.core.labs.module import (
    LabModule,
)
from kiosk.services.labs.wording import closest, did_you_mean, show_number, show_value
from kiosk.services.labs.yaml_source import KeyPath, Problem, YamlDoc

__all__ = ["validate_module"]


def validate_module(doc: YamlDoc) -> tuple[LabModule | None, list[Problem]]:
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
        return f"{words} {show_number(ctx.get(key))}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        if expected in ("True", "False"):
            return f"must be {expected.lower()}, got {show_value(value)}"
        return f"must be {'one of ' if ' or ' in expected else ''}{expected}, got {show_value(value)}"
    if kind in ("model_type", "dict_type") and ctx.get("class_name") == "Text":
        return f'must be a map of languages, e.g. {{nl: "...", en: "..."}}, got {show_value(value)}'
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, got {show_value(value)}"
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
        return f"{_PATTERNS.get(pattern, f'must match the pattern {pattern}')}, got {show_value(value)}"
    if kind == "finite_number":
        return "must be a finite number"
    message = msg.removeprefix("Value error, ")
    if message.startswith("Input should be "):
        message = "must be " + message.removeprefix("Input should be ") + f", got {show_value(value)}"
    return message


def _unknown_field(path: KeyPath, data: Any) -> str:
    name = str(path[-1]) if path else "?"
    model = _resolve(_type_at(path[:-1], data), _value_at(path[:-1], data))
    known = _field_names(model) if model is not None else []
    close = closest(name, known)
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
    hint = did_you_mean(tag, kinds)
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
