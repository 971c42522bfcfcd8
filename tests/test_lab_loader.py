"""The lab module loader: real files in tmp_path, exact `file:line: field.path: message` lines for YAML
problems, schema errors and checks against a cell, the catalog, and the `kiosk labs` commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kiosk
from kiosk.cli import main as kiosk_main
from kiosk.core.site import CellConfig, MethodSpec
from kiosk.core.tags import TagKind, TagSpec
from kiosk.core.text import LocalText
from kiosk.services.labs import ModuleEntry, load_catalog, load_module_file, load_paths, shipped_labs_dir
from kiosk.services.labs.yaml_source import MAX_VALUES

# Line numbers matter: the expected messages below name them.
GOOD = textwrap.dedent(
    """\
    schema: skillslab.module/1
    id: speed-basics
    version: 1
    title: {nl: Snelheid, en: Speed}
    summary: {nl: Over snelheid, en: About speed}
    level: basic
    estimated_min: 10
    steps:
      - kind: instruction
        text: {nl: Lees, en: Read}
      - kind: quiz
        question: {nl: Vraag, en: Question}
        choices:
          - {id: a, text: {nl: Ja, en: Yes}}
          - {id: b, text: {nl: Nee, en: No}}
        correct: [a]
      - kind: action
        text: {nl: Start, en: Start}
        check:
          all:
            - {tag: running, equals: true}
            - {tag: speed_actual, above: 100, hold_s: 3}
        controls:
          - kind: button
            call: start
            label: {nl: Start, en: Start}
        rehearse:
          - {call: start}
    """
)


LABEL = "        label: {nl: Start, en: Start}\n"
"""The last line of the action step's button: new controls go after it."""


def variant(*edits: tuple[str, str]) -> str:
    """GOOD with each (old, new) replaced once; `old` must be there."""
    text = GOOD
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def tag(alias: str, kind: TagKind = TagKind.NUMBER, **kw: object) -> TagSpec:
    return TagSpec(alias=alias, node_id=f"ns=2;s={alias}", label=LocalText.of(alias), kind=kind, **kw)  # type: ignore[arg-type]


def method(alias: str, *args: TagKind) -> MethodSpec:
    return MethodSpec(alias, "ns=2;s=Cell", f"ns=2;s=Cell.{alias}", LocalText.of(alias), args)


DEMO = CellConfig(
    name="demo",
    label=LocalText.of("Demo"),
    endpoint="embedded",
    tags=(
        tag("running", TagKind.BOOL),
        tag("speed_actual", lo=0, hi=250),
        tag("speed_setpoint", lo=0, hi=250, writable=True),
        tag("good_count"),
        tag("lamp", TagKind.BOOL, writable=True),
        tag("mode", TagKind.TEXT, writable=True, states={"MANUAL": LocalText.of("m"), "AUTO": LocalText.of("a")}),
        tag("part_colour", TagKind.TEXT),
    ),
    methods=(method("start"), method("inject_fault", TagKind.TEXT), method("set_guard_door", TagKind.BOOL)),
)
PROCESS = CellConfig("process", LocalText.of("Process"), "embedded", (tag("tank_level", lo=0, hi=100),))
CELLS = (DEMO, PROCESS)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Files are shown relative to the current directory: run in tmp_path so messages say `mod.yaml:..`."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str | bytes, cells: tuple[CellConfig, ...] = (), name: str = "mod.yaml") -> ModuleEntry:
    return load_module_file(write(tmp_path, name, text), cells)


def problems(tmp_path: Path, text: str | bytes, cells: tuple[CellConfig, ...] = ()) -> list[str]:
    entry = load(tmp_path, text, cells)
    assert not entry.available and entry.module is None
    return list(entry.problems)


# ------------------------------------------------------------------------------------- good files


def test_good_module_loads(tmp_path: Path) -> None:
    entry = load(tmp_path, GOOD, CELLS)
    assert entry.problems == ()
    assert entry.available and entry.module is not None
    assert entry.module_id == "speed-basics"
    assert entry.title is not None and entry.title.en == "Speed"
    assert [s.kind for s in entry.module.steps] == ["instruction", "quiz", "action"]


def test_anchors_and_merge_keys_are_fine(tmp_path: Path) -> None:
    text = variant(
        ("title: {nl: Snelheid, en: Speed}", "title: &t {nl: Snelheid, en: Speed}"),
        ("summary: {nl: Over snelheid, en: About speed}", "summary: {<<: *t, en: About speed}"),
        ("    text: {nl: Lees, en: Read}", "    text: *t"),
    )
    entry = load(tmp_path, text, CELLS)
    assert entry.problems == ()
    assert entry.module is not None
    assert entry.module.summary.nl == "Snelheid" and entry.module.summary.en == "About speed"
    assert entry.module.steps[0].title is None and entry.module.steps[0].text.en == "Speed"  # type: ignore[union-attr]


def test_yaml_keys_stay_as_written(tmp_path: Path) -> None:
    """YAML 1.1 would read the key `no` as False; keys are kept as the text the author wrote."""
    text = variant(("    text: {nl: Lees, en: Read}", "    text: {nl: Lees, en: Read, no: Les}"))
    assert problems(tmp_path, text) == [
        "mod.yaml:10: steps[0].text.no: unknown field 'no' (known here: nl, en, de, fy)"
    ]


# ---------------------------------------------------------------------------------- YAML problems


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = variant(("    correct: [a]", "    correct: [a"))
    assert problems(tmp_path, text) == [
        "mod.yaml:17: YAML syntax error: expected ',' or ']', but got ':' (while parsing a flow sequence on line 16)"
    ]


def test_tabs_get_a_hint(tmp_path: Path) -> None:
    (line,) = problems(tmp_path, "schema: skillslab.module/1\nsteps:\n\t- kind: instruction\n")
    assert line.startswith("mod.yaml:3: YAML syntax error: found character '\\t' that cannot start any token")
    assert line.endswith("; indent with spaces, not tabs")


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    text = variant(("    text: {nl: Lees, en: Read}", "    text: {nl: Lees, en: Read, nl: Lezen}"))
    assert problems(tmp_path, text) == ["mod.yaml:10: steps[0].text: key 'nl' appears twice"]


def test_duplicate_top_level_key_and_schema_errors_are_all_reported(tmp_path: Path) -> None:
    text = variant(("level: basic", "level: basic\nlevel: expert"))
    assert problems(tmp_path, text) == [
        "mod.yaml:7: key 'level' appears twice",
        "mod.yaml:7: level: must be one of 'taster', 'intro', 'basic', 'intermediate' or 'advanced', got 'expert'",
    ]


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    big = GOOD + "#" * 300_000 + "\n"
    size = len(big.encode())
    assert problems(tmp_path, big) == [
        f"mod.yaml: too large for a lab module ({size:,} bytes; the limit is 256,000); not read"
    ]
    entry = load_module_file(write(tmp_path, "small-limit.yaml", GOOD), max_bytes=100)
    assert entry.problems[0].startswith("small-limit.yaml: too large for a lab module (")


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == [
        "mod.yaml:1: the file is empty; a lab module starts with: schema: skillslab.module/1"
    ]


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, "# a list\n- kind: instruction\n- kind: quiz\n") == [
        "mod.yaml:2: the top level must be a mapping of the module's fields (schema: ..., id: ..., steps: "
        "...), got a list"
    ]
    assert problems(tmp_path, "just text\n") == [
        "mod.yaml:1: the top level must be a mapping of the module's fields (schema: ..., id: ..., steps: ...), "
        "got a single value"
    ]


def test_not_utf8(tmp_path: Path) -> None:
    raw = GOOD.replace("title: {nl: Snelheid", "title: {nl: Snelh\xe9id").encode("latin-1")
    assert problems(tmp_path, raw) == ["mod.yaml:4: the file is not UTF-8 text (byte 0xe9); save it as UTF-8"]


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    (line,) = problems(tmp_path, "\n".join(lines) + "\n")
    assert line.startswith("mod.yaml:")
    assert f"expands to more than {MAX_VALUES:,} values" in line


def test_alias_cycle_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, "schema: skillslab.module/1\nsteps: &s [*s]\n") == [
        "mod.yaml:2: an alias refers to the collection it is part of; not read"
    ]


def test_unsafe_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"schema: !!python/object/apply:os.system ['touch {marker}']\n"
    assert problems(tmp_path, text) == [
        "mod.yaml:1: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'; lab modules use "
        "plain YAML only"
    ]
    assert not marker.exists()


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    (line,) = problems(tmp_path, "steps: " + "[" * 100 + "]" * 100 + "\n")
    assert line == "mod.yaml:1: nested more than 64 levels deep; not read"


def test_unreadable_file_is_an_unavailable_entry(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    entry = load_module_file(folder)
    assert not entry.available and entry.module_id == "folder"
    assert entry.problems[0].startswith("folder.yaml: cannot read the file: ")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "mod.yaml", GOOD)
    path.chmod(0)
    assert load_module_file(path).problems == ("mod.yaml: cannot read the file: Permission denied",)


# --------------------------------------------------------------------------------- schema errors

SCHEMA_CASES: list[tuple[str, tuple[tuple[str, str], ...], list[str]]] = [
    (
        "nested check",
        (("hold_s: 3}", "hold_s: 0}"),),
        ["mod.yaml:22: steps[2].check.all[1].hold_s: must be greater than 0"],
    ),
    (
        "control inside a step",
        (("        label: {nl: Start", "        lable: {nl: Start"),),
        [
            "mod.yaml:24: steps[2].controls[0].label: missing (required)",
            "mod.yaml:26: steps[2].controls[0].lable: unknown field 'lable' (did you mean 'label'?)",
        ],
    ),
    (
        "wrong step kind",
        (("  - kind: instruction", "  - kind: instructions"),),
        [
            "mod.yaml:9: steps[0].kind: unknown step kind 'instructions' (did you mean 'instruction'?); "
            "step kinds: instruction, action, quiz, observation"
        ],
    ),
    (
        "step without kind",
        (("  - kind: instruction", "  - knd: instruction"),),
        ["mod.yaml:9: steps[0].kind: missing (required); step kinds: instruction, action, quiz, observation"],
    ),
    (
        "wrong control kind",
        (("      - kind: button", "      - kind: knob"),),
        [
            "mod.yaml:24: steps[2].controls[0].kind: unknown control kind 'knob'; control kinds: button, "
            "setpoint, switch"
        ],
    ),
    (
        "missing nl text",
        (("    text: {nl: Lees, en: Read}", "    text: {en: Read}"),),
        ["mod.yaml:10: steps[0].text: needs text in nl (nl and en are required)"],
    ),
    (
        "text as a plain string",
        (("title: {nl: Snelheid, en: Speed}", "title: Speed"),),
        ['mod.yaml:4: title: must be a map of languages, e.g. {nl: "...", en: "..."}'],
    ),
    (
        "unknown top-level field",
        (("level: basic", "levle: basic"),),
        [
            "mod.yaml:1: level: missing (required)",
            "mod.yaml:6: levle: unknown field 'levle' (did you mean 'level'?)",
        ],
    ),
    (
        "unknown field without a close match lists the known ones",
        (("    correct: [a]", "    correct: [a]\n    colour: red"),),
        [
            "mod.yaml:17: steps[1].colour: unknown field 'colour' (known here: id, title, image, watch, on_enter, "
            "weight, hints, kind, question, choices, correct, explanation)"
        ],
    ),
    (
        "literal",
        (("level: basic", "level: expert"),),
        ["mod.yaml:6: level: must be one of 'taster', 'intro', 'basic', 'intermediate' or 'advanced', got 'expert'"],
    ),
    (
        "schema id",
        (("schema: skillslab.module/1", "schema: skillslab.module/2"),),
        ["mod.yaml:1: schema: must be 'skillslab.module/1', got 'skillslab.module/2'"],
    ),
    (
        "module id",
        (("id: speed-basics", "id: Speed Basics"),),
        ["mod.yaml:2: id: must be lower-case letters and digits joined by '-', got 'Speed Basics'"],
    ),
    (
        "whole number",
        (("version: 1", "version: 1.5"),),
        ["mod.yaml:3: version: must be a whole number, got 1.5"],
    ),
    (
        "upper limit",
        (("estimated_min: 10", "estimated_min: 500"),),
        ["mod.yaml:7: estimated_min: must be at most 240"],
    ),
    (
        "model rule about one field",
        (("    correct: [a]", "    correct: [c]"),),
        ["mod.yaml:16: steps[1].correct: correct names c, which is not a choice id (a, b)"],
    ),
    (
        "model rule about a field the author left out",
        (("hold_s: 3}", "hold_s: 400}"),),
        ["mod.yaml:17: steps[2].timeout_s: timeout_s (300) must be longer than the check's hold_s (400)"],
    ),
    (
        "unknown check operator",
        (("above: 100,", "abov: 100,"),),
        [
            "mod.yaml:22: steps[2].check.all[1].abov: unknown operator 'abov' in a tag check (did you mean 'above'?); "
            "allowed: tag, equals, not_equals, range, above, below, changed, rising, falling, count, hold_s"
        ],
    ),
    (
        "cell action with two kinds",
        (("      - {call: start}", "      - {call: start, wait_s: 2}"),),
        [
            "mod.yaml:28: steps[2].rehearse[0]: a cell action has exactly one of call, write, wait_s, wait_for "
            "(more than one of them found)"
        ],
    ),
    (
        "method alias pattern",
        (("      - {call: start}", "      - {call: 2start}"),),
        [
            "mod.yaml:28: steps[2].rehearse[0].call: must be a tag or method name: letters, digits, _ and ., "
            "starting with a letter or _, got '2start'"
        ],
    ),
    (
        "list given as a single value",
        (("    correct: [a]", "    correct: a"),),
        ["mod.yaml:16: steps[1].correct: must be a list, got 'a'"],
    ),
    (
        "a list whose items all fail is not also 'too short'",
        (("{id: a, text", "{id: A, text"), ("{id: b, text", "{id: B, text")),
        [
            "mod.yaml:14: steps[1].choices[0].id: must be lower-case letters and digits, got 'A'",
            "mod.yaml:15: steps[1].choices[1].id: must be lower-case letters and digits, got 'B'",
        ],
    ),
    (
        "a list that is really too short",
        (("      - {id: b, text: {nl: Nee, en: No}}\n", ""),),
        ["mod.yaml:13: steps[1].choices: needs at least 2 items, got 1"],
    ),
    (
        "change operator must be true",
        (("{tag: running, equals: true}", "{tag: running, changed: false}"),),
        ["mod.yaml:21: steps[2].check.all[0].changed: must be true, got false"],
    ),
    (
        "a pair with one value",
        (("above: 100,", "range: [100],"),),
        ["mod.yaml:22: steps[2].check.all[1].range[1]: missing (required)"],
    ),
]


@pytest.mark.parametrize(("edits", "expected"), [c[1:] for c in SCHEMA_CASES], ids=[c[0] for c in SCHEMA_CASES])
def test_schema_errors(tmp_path: Path, edits: tuple[tuple[str, str], ...], expected: list[str]) -> None:
    assert problems(tmp_path, variant(*edits)) == expected


def test_every_error_is_reported_sorted_by_line(tmp_path: Path) -> None:
    text = variant(
        ("hold_s: 3}", "hold_s: -1}"),
        ("estimated_min: 10", "estimated_min: 0"),
        ("    text: {nl: Lees, en: Read}", "    text: {nl: Lees}"),
    )
    assert problems(tmp_path, text) == [
        "mod.yaml:7: estimated_min: must be greater than 0",
        "mod.yaml:10: steps[0].text: needs text in en (nl and en are required)",
        "mod.yaml:22: steps[2].check.all[1].hold_s: must be greater than 0",
    ]


def test_broken_file_keeps_its_title_and_id_for_the_list(tmp_path: Path) -> None:
    entry = load(tmp_path, variant(("level: basic", "level: expert")))
    assert entry.module is None and entry.module_id == "speed-basics"
    assert entry.title is not None and entry.title.nl == "Snelheid"
    entry = load(tmp_path, "schema: skillslab.module/1\nid: [1]\ntitle: {nl: Alleen}\n", name="07-odd.yaml")
    assert entry.module_id == "07-odd" and entry.title is None


# ----------------------------------------------------------------------------------- cell checks

CELL_CASES: list[tuple[str, tuple[tuple[str, str], ...], list[str]]] = [
    (
        "unknown tag",
        (("{tag: running, equals: true}", "{tag: runing, equals: true}"),),
        [
            "mod.yaml:21: steps[2].check.all[0].tag: unknown tag 'runing' (did you mean 'running'?): cell "
            "'demo' has no such tag"
        ],
    ),
    (
        "write to a read-only tag",
        (("      - {call: start}", "      - {write: running, value: true}"),),
        [
            "mod.yaml:28: steps[2].rehearse[0].write: tag 'running' is read-only on cell 'demo' (not writable "
            "in its tag map)"
        ],
    ),
    (
        "write outside the tag's range",
        (("      - {call: start}", "      - {write: speed_setpoint, value: 300}"),),
        ["mod.yaml:28: steps[2].rehearse[0].value: 300 is outside the range of tag 'speed_setpoint' (0 to 250)"],
    ),
    (
        "write of the wrong kind",
        (("      - {call: start}", "      - {write: mode, value: 3}"),),
        ["mod.yaml:28: steps[2].rehearse[0].value: 'mode' is text, got 3"],
    ),
    (
        "write of an unknown state",
        (("      - {call: start}", "      - {write: mode, value: Auto}"),),
        [
            "mod.yaml:28: steps[2].rehearse[0].value: 'Auto' is not a state of 'mode' (did you mean 'AUTO'?); "
            "states: MANUAL, AUTO"
        ],
    ),
    (
        "setpoint outside lo/hi",
        (
            (
                LABEL,
                LABEL + "      - {kind: setpoint, tag: speed_setpoint, min: -10, max: 300}\n",
            ),
        ),
        [
            "mod.yaml:27: steps[2].controls[1].min: -10 is below 0, the lowest value of tag 'speed_setpoint'",
            "mod.yaml:27: steps[2].controls[1].max: 300 is above 250, the highest value of tag 'speed_setpoint'",
        ],
    ),
    (
        "setpoint on a text tag",
        ((LABEL, LABEL + "      - {kind: setpoint, tag: mode, min: 1, max: 2}\n"),),
        ["mod.yaml:27: steps[2].controls[1].tag: a setpoint needs a number tag; 'mode' is text"],
    ),
    (
        "switch option that is not a state",
        (
            (
                LABEL,
                LABEL + "      - {kind: switch, tag: mode, options: [MANUAL, AUTOMATIC]}\n",
            ),
        ),
        [
            "mod.yaml:27: steps[2].controls[1].options[1]: 'AUTOMATIC' is not a state of 'mode' (did you mean "
            "'AUTO'?); states: MANUAL, AUTO"
        ],
    ),
    (
        "switch with text options on a bool tag",
        (
            (
                LABEL,
                LABEL + "      - {kind: switch, tag: lamp, options: [dark, light]}\n",
            ),
        ),
        [
            "mod.yaml:27: steps[2].controls[1].options[0]: 'lamp' is true or false, got 'dark'",
            "mod.yaml:27: steps[2].controls[1].options[1]: 'lamp' is true or false, got 'light'",
        ],
    ),
    (
        "unknown method",
        (("        call: start", "        call: strat"),),
        ["mod.yaml:25: steps[2].controls[0].call: unknown method 'strat' (did you mean 'start'?)"],
    ),
    (
        "unknown method, nothing close",
        (("      - {call: start}", "      - {call: explode}"),),
        [
            "mod.yaml:28: steps[2].rehearse[0].call: unknown method 'explode' (methods: start, inject_fault, "
            "set_guard_door)"
        ],
    ),
    (
        "too many arguments",
        (("      - {call: start}", "      - {call: start, args: [1]}"),),
        ["mod.yaml:28: steps[2].rehearse[0].args: 'start' takes no arguments, got 1"],
    ),
    (
        "too few arguments",
        (("      - {call: start}", "      - {call: inject_fault}"),),
        ["mod.yaml:28: steps[2].rehearse[0].args: 'inject_fault' takes 1 argument (text), got none"],
    ),
    (
        "argument of the wrong kind",
        (("      - {call: start}", "      - {call: set_guard_door, args: [open]}"),),
        ["mod.yaml:28: steps[2].rehearse[0].args[0]: argument 1 of 'set_guard_door' must be true or false, got 'open'"],
    ),
    (
        "check compares with a state the tag does not have",
        (("{tag: running, equals: true}", "{tag: mode, equals: AUTOO}"),),
        [
            "mod.yaml:21: steps[2].check.all[0].equals: 'AUTOO' is not a state of 'mode' (did you mean "
            "'AUTO'?); states: MANUAL, AUTO"
        ],
    ),
    (
        "number operator on a text tag",
        (("{tag: speed_actual, above: 100", "{tag: part_colour, above: 100"),),
        ["mod.yaml:22: steps[2].check.all[1].above: above needs a number tag; 'part_colour' is text"],
    ),
    (
        "unknown cell",
        (("estimated_min: 10", "estimated_min: 10\ncell: dmeo"),),
        ["mod.yaml:8: cell: unknown cell 'dmeo' (did you mean 'demo'?); the site's cells: demo, process"],
    ),
    (
        "the module's cell is the one checked",
        (("estimated_min: 10", "estimated_min: 10\ncell: process"),),
        [
            "mod.yaml:22: steps[2].check.all[0].tag: unknown tag 'running': cell 'process' has no such tag",
            "mod.yaml:23: steps[2].check.all[1].tag: unknown tag 'speed_actual': cell 'process' has no such tag",
            "mod.yaml:26: steps[2].controls[0].call: unknown method 'start': cell 'process' has no methods",
            "mod.yaml:29: steps[2].rehearse[0].call: unknown method 'start': cell 'process' has no methods",
        ],
    ),
    (
        "watched tag",
        (("    text: {nl: Lees, en: Read}", "    text: {nl: Lees, en: Read}\n    watch: [speed, running]"),),
        ["mod.yaml:11: steps[0].watch[0]: unknown tag 'speed': cell 'demo' has no such tag"],
    ),
    (
        "missing image",
        (("    text: {nl: Lees, en: Read}", "    text: {nl: Lees, en: Read}\n    image: img/cell.png"),),
        ["mod.yaml:11: steps[0].image: image file not found: img/cell.png"],
    ),
]


@pytest.mark.parametrize(("edits", "expected"), [c[1:] for c in CELL_CASES], ids=[c[0] for c in CELL_CASES])
def test_cell_checks(tmp_path: Path, edits: tuple[tuple[str, str], ...], expected: list[str]) -> None:
    assert problems(tmp_path, variant(*edits), CELLS) == expected


def test_image_next_to_the_module_is_found(tmp_path: Path) -> None:
    write(tmp_path, "labs/img/cell.png", b"\x89PNG")
    text = variant(("    text: {nl: Lees, en: Read}", "    text: {nl: Lees, en: Read}\n    image: img/cell.png"))
    assert load_module_file(write(tmp_path, "labs/mod.yaml", text), CELLS).available
    assert load_module_file(write(tmp_path, "other/mod.yaml", text), CELLS).problems == (
        "other/mod.yaml:11: steps[0].image: image file not found: other/img/cell.png",
    )


def test_without_cells_only_the_file_itself_is_checked(tmp_path: Path) -> None:
    text = variant(("{tag: running, equals: true}", "{tag: runing, equals: true}"), ("call: start", "call: strat"))
    assert load(tmp_path, text).available
    assert not load(tmp_path, text, CELLS).available


def test_setpoint_and_switch_that_fit_are_fine(tmp_path: Path) -> None:
    controls = LABEL + (
        "      - {kind: setpoint, tag: speed_setpoint, min: 0, max: 250, step: 10}\n"
        "      - {kind: switch, tag: mode, options: [MANUAL, AUTO]}\n"
        "      - {kind: switch, tag: lamp, options: [false, true]}\n"
        "      - {kind: button, write: mode, value: AUTO, label: {nl: Auto, en: Auto}}\n"
        "      - {kind: button, call: inject_fault, args: [JAM], label: {nl: Storing, en: Fault}}\n"
    )
    entry = load(tmp_path, variant((LABEL, controls)), CELLS)
    assert entry.problems == ()


def test_real_demo_cell_accepts_the_good_module(tmp_path: Path) -> None:
    from kiosk.services.site_profiles import load_site_profile

    cell = load_site_profile("drachten", None).profile.cells[0]
    without_methods = variant(
        ("        call: start", "        write: mode\n        value: AUTO"), ("{call: start}", "{wait_s: 1}")
    )
    assert load(tmp_path, without_methods, (cell,)).problems == ()


# --------------------------------------------------------------------------------------- catalog


def test_catalog_sorted_broken_next_to_good(tmp_path: Path) -> None:
    folder = tmp_path / "labs"
    write(folder, "03-third.yaml", variant(("id: speed-basics", "id: third")))
    write(folder, "01-first.yaml", variant(("id: speed-basics", "id: first")))
    write(folder, "02-broken.yml", variant(("id: speed-basics", "id: broken"), ("level: basic", "level: expert")))
    write(folder, "notes.txt", "not a module")
    write(folder, ".#01-first.yaml", "editor lock file")
    write(folder, "sub/04-nested.yaml", GOOD)
    catalog = load_catalog(folder, CELLS)
    assert [e.path.name for e in catalog.entries] == ["01-first.yaml", "02-broken.yml", "03-third.yaml"]
    assert [e.module_id for e in catalog.available()] == ["first", "third"]
    broken = catalog.get("broken")
    assert broken is not None and not broken.available and broken.module is None
    assert broken.problems == (
        "labs/02-broken.yml:6: level: must be one of 'taster', 'intro', 'basic', 'intermediate' or 'advanced', "
        "got 'expert'",
    )
    assert catalog.get("nope") is None


def test_duplicate_ids_make_the_second_unavailable(tmp_path: Path) -> None:
    folder = tmp_path / "labs"
    write(folder, "01-a.yaml", GOOD)
    write(folder, "02-b.yaml", GOOD)
    catalog = load_catalog(folder, CELLS)
    first, second = catalog.entries
    assert first.available
    assert not second.available and second.module is None
    assert second.problems == ("labs/02-b.yaml:2: id: duplicate id 'speed-basics', also in labs/01-a.yaml",)
    assert catalog.get("speed-basics") is first


def test_missing_folder_is_an_empty_catalog(tmp_path: Path) -> None:
    assert load_catalog(tmp_path / "nope").entries == ()


def test_paths_outside_the_current_directory_are_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "labs/mod.yaml", variant(("level: basic", "level: expert")))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert load_module_file(Path("../labs/mod.yaml")).problems[0].startswith(f"{path.resolve()}:6: level: ")


def test_load_paths_checks_ids_across_files_and_folders(tmp_path: Path) -> None:
    single = write(tmp_path, "single.yaml", GOOD)
    write(tmp_path, "labs/01-a.yaml", GOOD)
    catalog = load_paths([single, tmp_path / "labs"], CELLS)
    assert [e.available for e in catalog.entries] == [True, False]


def test_shipped_labs_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert shipped_labs_dir() == Path(kiosk.__file__).resolve().parent.parent / "labs"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert shipped_labs_dir() == tmp_path / "labs"


# ------------------------------------------------------------------------------------------- CLI

CLI_MODULE = variant(
    ("        call: start", "        write: mode\n        value: AUTO"), ("{call: start}", "{wait_s: 1}")
)


def test_cli_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk_main(["labs", "schema"]) == 0
    out = capsys.readouterr().out
    assert "skillslab.module/1" in out
    schema = json.loads(out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert kiosk_main(["labs", "schema", "-o", "schema.json"]) == 0
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")) == schema


def test_cli_validate_good(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "labs/01-speed.yaml", CLI_MODULE)
    assert kiosk_main(["labs", "validate", "labs"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ok  labs/01-speed.yaml  (speed-basics, 3 steps, languages nl en)",
        "1 of 1 module ok",
    ]


def test_cli_validate_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "labs/01-speed.yaml", CLI_MODULE)
    write(
        tmp_path,
        "labs/02-bad.yaml",
        variant(("id: speed-basics", "id: bad"), ("hold_s: 3}", "hold_s: 0}"), ("level: basic", "level: expert")),
    )
    single = write(tmp_path, "single.yaml", variant(("{tag: running", "{tag: runing")))
    assert kiosk_main(["labs", "validate", "--site", "drachten", "labs", str(single)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "ok  labs/01-speed.yaml  (speed-basics, 3 steps, languages nl en)",
        "labs/02-bad.yaml:6: level: must be one of 'taster', 'intro', 'basic', 'intermediate' or 'advanced', "
        "got 'expert'",
        "labs/02-bad.yaml:22: steps[2].check.all[1].hold_s: must be greater than 0",
        "single.yaml:2: id: duplicate id 'speed-basics', also in labs/01-speed.yaml",
        "single.yaml:21: steps[2].check.all[0].tag: unknown tag 'runing' (did you mean 'running'?): cell "
        "'demo' has no such tag",
        "1 of 3 modules ok, 2 with problems",
    ]


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk_main(["labs", "validate", "missing.yaml"]) == 2
    assert "no such file or folder: missing.yaml" in capsys.readouterr().err
    assert kiosk_main(["labs", "validate", "--site", "atlantis", "."]) == 2
    assert kiosk_main(["labs"]) == 2
    assert "validate" in capsys.readouterr().err
    assert kiosk_main(["labs", "frobnicate"]) == 2
    assert kiosk_main(["labs", "--help"]) == 0


def test_cli_validate_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert kiosk_main(["labs", "validate", "empty"]) == 0
    assert capsys.readouterr().out == "no lab modules (*.yaml, *.yml) in empty\n"


def test_entry_point_runs_without_qt(tmp_path: Path) -> None:
    write(tmp_path, "labs/01-speed.yaml", CLI_MODULE)
    kiosk_script = Path(sys.executable).parent / "kiosk"
    result = subprocess.run(
        [str(kiosk_script), "labs", "validate", str(tmp_path / "labs")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "ok  " in result.stdout and "(speed-basics, 3 steps, languages nl en)" in result.stdout
    code = (
        "import sys; from kiosk.cli import main; rc = main(['labs', 'validate', sys.argv[1]]); "
        "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "labs")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
