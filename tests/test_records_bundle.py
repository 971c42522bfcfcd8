"""Bundles between two kiosks (two real records files): export, check and merge, with the rules of
issue 6 point 4 (idempotent, conflicts reported and the local row kept, open attempts completed, nothing
queued for the LRS), and the `kiosk records export-bundle` / `import-bundle` command lines."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.cli import main
from kiosk.services.records import RecordStore, SampleRow, StoreError
from kiosk.services.records.bundle import (
    MANIFEST,
    PAYLOAD,
    TABLES,
    BundleError,
    export_bundle,
    import_bundle,
    preview_import,
    read_bundle,
)
from kiosk.services.records.settings import write_setting
from kiosk.services.records.store import utc_now


def registration(statements: list[dict[str, Any]]) -> str:
    return str(statements[0]["context"]["registration"])


def execute(store: RecordStore, sql: str, args: tuple[Any, ...] = ()) -> None:
    store.write(lambda conn: conn.execute(sql, args)).result(timeout=T)


def dump(store: RecordStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a bundle carries, plus the bookkeeping an import touches."""
    tables = [*TABLES, "audit", "bundle_imports", "lrs_outbox", "settings"]
    with store.reading() as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def bundle_rows(store: RecordStore) -> dict[str, list[tuple[Any, ...]]]:
    return {t: rows for t, rows in dump(store).items() if t in TABLES}


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[RecordStore, dict[str, str]]]:
    """Kiosk A at Drachten. T-1001 (Ana Lima, group G1): speed failed day 1 (with samples, a safety
    briefing and a waiver), speed passed day 2, safety open day 2. T-1002 (no name): speed failed day 1.
    Returns the store and the registrations by name."""
    store = RecordStore(tmp_path / "a" / "records.sqlite")
    store.add_trainee("T-1001", "Ana Lima", group="G1", created_at=DAY1.isoformat()).result(timeout=T)
    regs = {
        "speed1": registration(record(store, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))),
        "other": registration(
            record(store, "T-1002", SPEED, DAY1 + timedelta(hours=1), ended(DAY1 + timedelta(hours=1), "failed", 3.5))
        ),
        "speed2": registration(record(store, "T-1001", SPEED, DAY2, ended(DAY2, "passed", 9.0))),
        "open": registration(record(store, "T-1001", SAFETY, DAY2 + timedelta(hours=1), None)),
    }
    store.add_samples(
        [
            SampleRow(regs["speed1"], "speed", 0.0, 0.0, None, "good"),
            SampleRow(regs["speed1"], "speed", 0.5, 41.5, None, "good"),
            SampleRow(regs["speed1"], "mode", 0.5, None, "auto", "uncertain"),
        ]
    ).result(timeout=T)
    execute(
        store,
        "INSERT INTO safety_acks(registration, idx, text, acknowledged_at) VALUES (?, 0, 'Keep clear', ?)",
        (regs["speed1"], DAY1.isoformat()),
    )
    execute(
        store,
        "INSERT INTO waivers(registration, step_id, reason, waived_by, waived_at)"
        " VALUES (?, 'jog', 'broken', 'I-1', ?)",
        (regs["speed1"], DAY1.isoformat()),
    )
    yield store, regs
    store.close()


@pytest.fixture(autouse=True)
def in_2025(monkeypatch: pytest.MonkeyPatch) -> None:
    """The attempts here are of March 2025: import as a kiosk would a few months later, within the
    default retention period (the test of the period itself sets a short one)."""
    from kiosk.services.records import bundle

    monkeypatch.setattr(bundle, "_now", lambda: datetime(2025, 6, 1, tzinfo=UTC))


@pytest.fixture
def target(tmp_path: Path) -> Iterator[RecordStore]:
    """Kiosk B at Emmen, empty."""
    store = RecordStore(tmp_path / "b" / "records.sqlite")
    yield store
    store.close()


# ------------------------------------------------------------------------------------------ the file


def test_round_trip_into_an_empty_store_equals_the_source(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    result = export_bundle(store, tmp_path / "out")
    assert result.path.parent == tmp_path / "out"
    assert result.path.name == f"skillslab-drachten-{utc_now()[:10].replace('-', '')}.skillsbundle"
    assert result.source_site == "drachten"
    assert result.counts == {
        "trainees": 2,
        "trainee_names": 1,
        "attempts": 4,
        "events": 7,
        "safety_acks": 1,
        "samples": 3,
        "waivers": 1,
    }

    summary = import_bundle(target, read_bundle(result.path))
    assert bundle_rows(target) == bundle_rows(store)
    assert summary.added == sum(result.counts.values())
    assert summary.skipped == summary.completed == 0
    assert summary.conflicts == []
    assert target.trainee("T-1001") is not None and target.trainee("T-1001").group == "G1"  # type: ignore[union-attr]


def test_bundle_file_is_owner_only_a_zip_with_manifest_and_checksum(source: Any, tmp_path: Path) -> None:
    store, _ = source
    first = export_bundle(store, tmp_path / "out", since=date(2025, 3, 1)).path
    second = export_bundle(store, tmp_path / "out").path  # the same day: a new name, the first kept
    assert second.name == first.name.replace(".skillsbundle", "-2.skillsbundle")
    named = export_bundle(store, tmp_path / "elsewhere" / "mine.skillsbundle").path
    assert named == tmp_path / "elsewhere" / "mine.skillsbundle"
    for path in (first, second, named):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path / "out")) == sorted([first.name, second.name])  # no temporary files
    with zipfile.ZipFile(first) as zf:
        assert sorted(zf.namelist()) == [MANIFEST, PAYLOAD]
        manifest = json.loads(zf.read(MANIFEST))
        payload = zf.read(PAYLOAD)
    assert manifest["format_version"] == 1
    assert manifest["since"] == "2025-03-01"
    assert manifest["source_site"] == "drachten"
    assert manifest["names_included"] is True
    assert len(manifest["payload_sha256"]) == 64
    assert b"Ana Lima" in payload


def test_export_is_audited_without_names(source: Any, tmp_path: Path) -> None:
    store, _ = source
    result = export_bundle(store, tmp_path, actor="I-7")
    last = store.audit_entries()[-1]
    assert (last.actor, last.action) == ("I-7", "export-bundle")
    detail = json.loads(last.detail)
    assert detail["bundle_id"] == result.bundle_id
    assert detail["counts"]["attempts"] == 4
    assert "Ana" not in last.detail


def test_since_keeps_attempts_from_that_day_and_their_trainees(
    source: Any, target: RecordStore, tmp_path: Path
) -> None:
    store, regs = source
    bundle = read_bundle(export_bundle(store, tmp_path, since=date(2025, 3, 20)).path)
    assert {r[0] for r in bundle.tables["attempts"]} == {regs["speed2"], regs["open"]}
    assert [r[0] for r in bundle.tables["trainees"]] == ["T-1001"]  # T-1002 trained on day 1 only
    assert {r[1] for r in bundle.tables["events"]} == {regs["speed2"], regs["open"]}
    assert bundle.tables["samples"] == bundle.tables["waivers"] == bundle.tables["safety_acks"] == []
    import_bundle(target, bundle)
    assert [t.code for t in target.list_trainees()] == ["T-1001"]
    assert [a.registration for a in target.attempts_for("T-1001")] == [regs["speed2"], regs["open"]]

    later = read_bundle(export_bundle(store, tmp_path / "later", since=date(2025, 4, 1)).path)
    assert all(rows == [] for rows in later.tables.values())
    assert later.source_site == "unknown"


def test_without_names_carries_codes_only(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    path = export_bundle(store, tmp_path, with_names=False).path
    with zipfile.ZipFile(path) as zf:
        assert b"Ana Lima" not in zf.read(PAYLOAD)
    bundle = read_bundle(path)
    assert not bundle.names_included
    import_bundle(target, bundle)
    assert [(t.code, t.display_name, t.group) for t in target.list_trainees()] == [
        ("T-1001", None, "G1"),
        ("T-1002", None, ""),
    ]


# ------------------------------------------------------------------------------------------ merging


def test_importing_twice_changes_nothing(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    bundle = read_bundle(export_bundle(store, tmp_path).path)
    first = import_bundle(target, bundle, actor="I-7")
    before = dump(target)
    audit_rows = len(target.audit_entries())
    second = import_bundle(target, bundle)
    assert second.already_imported_at is not None
    assert second.added == second.skipped == 0
    assert dump(target) == before
    assert len(target.audit_entries()) == audit_rows
    with target.reading() as conn:
        recorded = conn.execute("SELECT bundle_id, source_site, summary FROM bundle_imports").fetchall()
    assert [(r[0], r[1]) for r in recorded] == [(bundle.bundle_id, "drachten")]
    assert json.loads(recorded[0][2])["tables"]["attempts"]["added"] == 4
    assert "Ana" not in recorded[0][2]
    entry = target.audit_entries()[-1]
    assert (entry.actor, entry.action) == ("I-7", "import-bundle")
    assert json.loads(entry.detail)["added"]["events"] == first.tables["events"].added == 7
    assert "Ana" not in entry.detail
    assert target.verify_audit_chain() is None


def test_a_new_bundle_of_the_same_rows_is_all_skipped(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    import_bundle(target, read_bundle(export_bundle(store, tmp_path / "1").path))
    rows = bundle_rows(target)
    again = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "2").path))
    assert again.already_imported_at is None
    assert again.added == again.completed == 0
    assert again.skipped == 2 + 1 + 4 + 7 + 1 + 3 + 1
    assert again.conflicts == []
    assert bundle_rows(target) == rows


def test_conflicts_are_reported_and_the_local_rows_kept(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, regs = source
    import_bundle(target, read_bundle(export_bundle(store, tmp_path / "1").path))
    # Afterwards both kiosks change the same rows differently.
    target.add_trainee("T-1001", "Ana L. Lima", group="G2").result(timeout=T)
    execute(target, "UPDATE attempts SET outcome = 'abandoned' WHERE registration = ?", (regs["speed2"],))
    execute(target, "UPDATE samples SET value = 40.0 WHERE alias = 'speed' AND t = 0.5")
    execute(target, "UPDATE trainees SET created_at = '2020-01-01' WHERE code = 'T-1002'")  # not a conflict
    kept = bundle_rows(target)

    summary = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "2").path))
    assert bundle_rows(target) == kept
    found = {(c.table, c.key): [(d.field, d.local, d.bundle) for d in c.differences] for c in summary.conflicts}
    assert found == {
        ("trainees", ("T-1001",)): [("group_name", "G2", "G1")],
        ("trainee_names", ("T-1001",)): [("display_name", "Ana L. Lima", "Ana Lima")],
        ("attempts", (regs["speed2"],)): [("outcome", "abandoned", "passed")],
        ("samples", (regs["speed1"], "speed", 0.5)): [
            ("value, text_value, quality", [[40.0, None, "good"]], [[41.5, None, "good"]])
        ],
    }
    assert summary.tables["attempts"].conflicts == 1
    assert summary.tables["trainees"].skipped == 1  # T-1002: only its first-seen time differs
    with target.reading() as conn:
        recorded = conn.execute("SELECT summary FROM bundle_imports ORDER BY imported_at DESC LIMIT 1").fetchone()[0]
    assert "Ana" not in recorded and "G2" not in recorded  # keys and field names, no values
    assert {"table": "attempts", "fields": ["outcome"]} in json.loads(recorded)["conflicts"]
    assert regs["speed2"] not in recorded  # the import log keeps no keys (they would outlive an erase)


def test_an_open_attempt_is_completed_from_the_bundle_but_never_reopened(
    source: Any, target: RecordStore, tmp_path: Path
) -> None:
    store, regs = source
    while_open = read_bundle(export_bundle(store, tmp_path / "1").path)
    import_bundle(target, while_open)
    assert target.attempt(regs["open"]).ended_at is None  # type: ignore[union-attr]

    finish = ended(DAY2 + timedelta(hours=1), "passed", 8.0)
    store.finish_attempt(regs["open"], finish).result(timeout=T)
    summary = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "2").path))
    assert summary.tables["attempts"].completed == 1
    assert summary.conflicts == []
    done = target.attempt(regs["open"])
    assert done is not None
    assert (done.ended_at, done.outcome, done.scaled) == (finish.ended_at, "passed", 0.8)

    # The same old bundle arriving at a third kiosk that already has the end: older news, skipped.
    with RecordStore(tmp_path / "c" / "records.sqlite") as third:
        import_bundle(third, read_bundle(export_bundle(store, tmp_path / "3").path))
        late = import_bundle(third, while_open)
        assert late.tables["attempts"].completed == 0
        assert late.tables["attempts"].skipped == 4
        assert late.conflicts == []
        assert third.attempt(regs["open"]).outcome == "passed"  # type: ignore[union-attr]


def test_dry_run_tells_and_changes_nothing(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    bundle = read_bundle(export_bundle(store, tmp_path).path)
    before = dump(target)
    preview = preview_import(target, bundle)
    assert preview.dry_run
    assert preview.tables["events"].added == 7
    assert dump(target) == before
    real = import_bundle(target, bundle)
    assert {t: c.added for t, c in real.tables.items()} == {t: c.added for t, c in preview.tables.items()}
    assert preview_import(target, bundle).already_imported_at is not None


def test_imported_events_are_not_queued_for_the_lrs(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    write_setting(target, "lrs.forwarding", True, actor="I-7").result(timeout=T)
    own = record(target, "T-2001", SPEED, DAY2, None, site="emmen")  # recorded here: queued
    import_bundle(target, read_bundle(export_bundle(store, tmp_path).path))
    with target.reading() as conn:
        queued = [r[0] for r in conn.execute("SELECT statement_id FROM lrs_outbox")]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert queued == [own[0]["id"]]
    assert events == 8
    later = record(target, "T-2001", SAFETY, DAY2, None, site="emmen")  # the trigger still works after
    with target.reading() as conn:
        queued = [r[0] for r in conn.execute("SELECT statement_id FROM lrs_outbox ORDER BY seq")]
    assert queued == [own[0]["id"], later[0]["id"]]


def test_a_failing_import_leaves_the_store_as_it_was(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    # The waivers come last in a merge: refusing them here fails the import after everything before.
    execute(target, "CREATE TRIGGER no_waivers BEFORE INSERT ON waivers BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    bundle = read_bundle(export_bundle(store, tmp_path).path)
    before = dump(target)
    with pytest.raises(StoreError, match="disk says no"):
        import_bundle(target, bundle)
    assert dump(target) == before
    execute(target, "DROP TRIGGER no_waivers")
    assert import_bundle(target, bundle).added == 19  # the same bundle goes in once the problem is gone


def test_an_erased_name_is_not_brought_back(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    bundle_path = export_bundle(store, tmp_path / "1").path
    import_bundle(target, read_bundle(bundle_path))
    assert target.erase_trainee_name("T-1001", actor="I-7").result(timeout=T)
    summary = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "2").path))
    assert target.trainee("T-1001").display_name is None  # type: ignore[union-attr]
    [conflict] = summary.conflicts
    assert (conflict.table, conflict.key) == ("trainee_names", ("T-1001",))
    assert "Ana" not in repr(conflict)


def test_an_erased_trainee_is_not_brought_back(source: Any, target: RecordStore, tmp_path: Path) -> None:
    from kiosk.services.records.privacy import erase_trainee

    store, _ = source
    bundle = read_bundle(export_bundle(store, tmp_path / "1").path)
    import_bundle(target, bundle)
    attempts = len(target.attempts_for("T-1001"))
    pseudonym = erase_trainee(target, "T-1001", actor="I-7").result(timeout=T)
    summary = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "2").path))
    assert target.trainee("T-1001") is None and target.attempts_for("T-1001") == []
    assert len(target.attempts_for(pseudonym)) == attempts  # no second copy under either name
    [conflict] = [c for c in summary.conflicts if c.table == "trainees"]
    assert conflict.key == ("T-1001",) and "erased here" in repr(conflict)
    assert pseudonym not in repr(summary)  # nothing of the import links the code to its pseudonym


def test_attempts_older_than_the_retention_period_are_not_imported(
    source: Any, target: RecordStore, tmp_path: Path
) -> None:
    from kiosk.services.records.privacy import set_retention_months

    store, _ = source  # its attempts are from 2025: older than a month
    set_retention_months(target, 1, actor="I-7").result(timeout=T)
    summary = import_bundle(target, read_bundle(export_bundle(store, tmp_path / "b").path))
    assert summary.too_old == len(store.attempts_for("T-1001")) + len(store.attempts_for("T-1002"))
    assert target.attempts_for("T-1001") == [] and summary.tables["events"].added == 0
    with target.reading() as conn:
        [(kept,)] = conn.execute("SELECT summary FROM bundle_imports").fetchall()
    assert "T-1001" not in kept  # the import log keeps counts, no codes


def test_a_second_site_merges_beside_the_first(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    record(target, "T-1001", SAFETY, DAY1, ended(DAY1, "passed", 10.0), site="emmen")
    emmen = read_bundle(export_bundle(target, tmp_path / "b").path)
    assert emmen.source_site == "emmen"
    import_bundle(store, emmen)
    assert sorted(a.site for a in store.attempts_for("T-1001")) == ["drachten", "drachten", "drachten", "emmen"]
    relay = export_bundle(store, tmp_path / "relay")
    assert relay.source_site == "drachten+emmen"
    assert relay.path.name.startswith("skillslab-drachten-emmen-")
    assert export_bundle(store, tmp_path / "named", site="Drachten Hal 2").path.name.startswith(
        "skillslab-drachten-hal-2-"
    )


# ------------------------------------------------------------------------------------------ bad files


def rewrite(path: Path, out: Path, manifest: Any = None, payload: bytes | None = None) -> Path:
    with zipfile.ZipFile(path) as zf:
        m, p = json.loads(zf.read(MANIFEST)), zf.read(PAYLOAD)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(MANIFEST, json.dumps(manifest(m) if manifest else m))
        zf.writestr(PAYLOAD, p if payload is None else payload)
    return out


def test_damaged_bundles_are_refused_with_a_clear_message(source: Any, target: RecordStore, tmp_path: Path) -> None:
    store, _ = source
    good = export_bundle(store, tmp_path / "good").path
    data = good.read_bytes()
    payload = zipfile.ZipFile(good).read(PAYLOAD)

    truncated = tmp_path / "truncated.skillsbundle"
    truncated.write_bytes(data[: len(data) // 2])
    edited = rewrite(good, tmp_path / "edited.skillsbundle", payload=payload.replace(b"failed", b"passed"))
    newer = rewrite(good, tmp_path / "newer.skillsbundle", manifest=lambda m: {**m, "format_version": 2})
    bad = json.loads(payload)
    bad["attempts"]["rows"][1][3] = "three"
    wrong_field = rewrite(
        good,
        tmp_path / "field.skillsbundle",
        manifest=lambda m: {**m, "payload_sha256": hashlib.sha256(json.dumps(bad).encode()).hexdigest()},
        payload=json.dumps(bad).encode(),
    )
    text = tmp_path / "notes.skillsbundle"
    text.write_text("not a bundle")

    expected = {
        truncated: "not a complete zip archive",
        edited: "checksum of payload.json does not match",
        newer: "made by a newer kiosk (bundle format 2",
        wrong_field: "payload.json table attempts row 2 field module_version: expected int, got 'three'",
        text: "not a complete zip archive",
        tmp_path / "missing.skillsbundle": "there is no bundle file",
    }
    before = dump(target)
    for path, message in expected.items():
        with pytest.raises(BundleError) as caught:
            read_bundle(path)
        assert message in str(caught.value)
        assert str(path) in str(caught.value)
    assert dump(target) == before


# ------------------------------------------------------------------------------------------ command line


def test_cli_export_and_import_with_exit_codes(source: Any, tmp_path: Path, capsys: Any) -> None:
    store, regs = source
    a, b = tmp_path / "a", tmp_path / "b"
    store.close()  # the command line opens the file itself
    out = tmp_path / "out"
    assert main(["records", "export-bundle", "--out", str(out), "--without-names", "--data-dir", str(a)]) == 0
    printed = capsys.readouterr().out
    [path] = out.iterdir()
    assert f"wrote {path}" in printed
    assert "4 attempts" in printed

    assert main(["records", "import-bundle", str(path), "--dry-run", "--data-dir", str(b)]) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (b / "records.sqlite").exists()

    assert main(["records", "import-bundle", str(path), "--data-dir", str(b)]) == 0
    printed = capsys.readouterr().out
    assert "imported bundle" in printed and "attempts: 4 added, 0 completed, 0 skipped, 0 conflicts" in printed
    assert main(["records", "import-bundle", str(path), "--data-dir", str(b)]) == 0
    assert "already imported on" in capsys.readouterr().out

    with RecordStore(b / "records.sqlite") as there:
        execute(there, "UPDATE attempts SET outcome = 'abandoned' WHERE registration = ?", (regs["speed2"],))
    second = tmp_path / "second.skillsbundle"
    assert main(["records", "export-bundle", "--out", str(second), "--data-dir", str(a)]) == 0
    capsys.readouterr()
    assert main(["records", "import-bundle", str(second), "--dry-run", "--data-dir", str(b)]) == 3
    assert "would import" in capsys.readouterr().out
    assert main(["records", "import-bundle", str(second), "--data-dir", str(b)]) == 3
    printed = capsys.readouterr().out
    assert f'attempts {regs["speed2"]}: outcome here "abandoned", in the bundle "passed"' in printed
    assert "the local rows were kept" in printed

    broken = tmp_path / "broken.skillsbundle"
    broken.write_bytes(second.read_bytes()[:100])
    assert main(["records", "import-bundle", str(broken), "--data-dir", str(b)]) == 1
    assert f"the bundle {broken} cannot be used" in capsys.readouterr().err


def test_cli_usage_errors_and_missing_files(tmp_path: Path, capsys: Any) -> None:
    args = ["records", "export-bundle", "--out", str(tmp_path / "out"), "--data-dir", str(tmp_path / "none")]
    assert main(args) == 1
    assert "no records file" in capsys.readouterr().err
    assert not (tmp_path / "none" / "records.sqlite").exists()
    assert main([*args, "--since", "20-03-2025"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["records", "import-bundle", "--data-dir", str(tmp_path)]) == 2
    assert main(["records", "import-bundle", "--help"]) == 0
    assert "Exit status 3" in capsys.readouterr().out
