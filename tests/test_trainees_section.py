"""The instructor's Trainees section on a real records store: the list with counts, the filter, add /
rename / regroup audited without names, a sign-in card written as a PDF to the picked folder, erase
only after the inline confirmation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from records_helpers import DAY1, DAY2, SAFETY, SPEED, T, ended, record

from kiosk.services.records import RecordStore
from kiosk.services.records.roster import row_matches, save_trainee, trainee_rows
from kiosk.ui.instructor.trainees_section import TraineesSection
from kiosk.viewmodels.background import BackgroundJobs

WAIT_MS = 10_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    """T-1001 Anna Lima (group Class A): 2 attempts, the last on DAY2; T-1002 (no name, no group): 1
    attempt on DAY1; T-1003 Bram (group Class B): no attempts."""
    s = RecordStore(tmp_path / "data" / "records.sqlite")
    s.add_trainee("T-1001", "Anna Lima", group="Class A").result(timeout=T)
    s.add_trainee("T-1003", "Bram", group="Class B").result(timeout=T)
    record(s, "T-1001", SPEED, DAY1, ended(DAY1, "failed", 4.0))
    record(s, "T-1001", SAFETY, DAY2, ended(DAY2, "passed", 9.0))
    record(s, "T-1002", SPEED, DAY1 + timedelta(hours=1), None)
    yield s
    s.close()


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    pool = ThreadPoolExecutor(max_workers=2)
    j = BackgroundJobs(pool)
    yield j
    j.close()
    pool.shutdown(wait=True)


class Picker:
    """A folder picker that answers a fixed folder (or None: cancelled) and counts the questions."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, start: str) -> str | None:
        self.asked.append(start)
        return str(self.folder) if self.folder is not None else None


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def loaded(qtbot: QtBot, store: RecordStore | None, jobs: BackgroundJobs, picker: Picker) -> TraineesSection:
    section = TraineesSection(store, jobs, "Skills Lab Drachten", pick_folder=picker)
    qtbot.addWidget(section)
    section.resize(1000, 760)
    section.show()
    section.activate()
    if store is not None:
        qtbot.waitUntil(lambda: section.table.rowCount() == len(store.list_trainees()), timeout=WAIT_MS)
    return section


def cells(section: TraineesSection, code: str) -> list[str]:
    for r in range(section.table.rowCount()):
        if section.table.item(r, 0).text() == code:
            return [section.table.item(r, c).text() for c in range(section.table.columnCount())]
    raise AssertionError(f"{code} is not in the table")


def settled(qtbot: QtBot, section: TraineesSection, jobs: BackgroundJobs) -> None:
    """Wait until the write and the reload after it have been answered."""
    qtbot.waitUntil(lambda: not jobs.busy and not section._busy, timeout=WAIT_MS)


def audit_details(store: RecordStore) -> list[tuple[str, str, dict[str, object]]]:
    return [(e.actor, e.action, json.loads(e.detail)) for e in store.audit_entries()]


def no_name_in_audit(store: RecordStore, *names: str) -> None:
    text = " ".join(e.detail for e in store.audit_entries())
    for name in names:
        assert name not in text


# ------------------------------------------------------------------------------------------- list


def test_the_list_shows_every_trainee_with_name_group_attempts_and_last_activity(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    assert section.visible_codes() == ["T-1001", "T-1002", "T-1003"]
    assert cells(section, "T-1001")[:4] == ["T-1001", "Anna Lima", "Class A", "2"]
    assert cells(section, "T-1001")[4] == (DAY2 + timedelta(minutes=12)).astimezone().date().isoformat()
    assert cells(section, "T-1002") == [
        "T-1002",
        "—",
        "—",
        "1",
        (DAY1 + timedelta(hours=1)).astimezone().date().isoformat(),
    ]
    assert cells(section, "T-1003")[3:] == ["0", "—"]
    assert section.count_label.text() == "3 trainees"
    assert not section.erase_button.isEnabled()  # nothing selected yet


def test_sorting_by_attempts_sorts_by_number(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    for i in range(10):
        record(store, "T-1003", SPEED, DAY2 + timedelta(hours=i + 1), None)
    section = loaded(qtbot, store, jobs, Picker(cards))
    qtbot.waitUntil(lambda: cells(section, "T-1003")[3] == "10", timeout=WAIT_MS)
    section.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert section.visible_codes() == ["T-1003", "T-1001", "T-1002"]  # 10 before 2: by number, not text


def test_the_filter_box_matches_code_name_and_group(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    qtbot.keyClicks(section.filter_field, "class b")
    assert section.visible_codes() == ["T-1003"]
    assert section.count_label.text() == "1 of 3 trainees"
    section.filter_field.setText("anna")
    assert section.visible_codes() == ["T-1001"]
    section.filter_field.setText("1002")
    assert section.visible_codes() == ["T-1002"]
    section.filter_field.setText("nobody")
    assert section.visible_codes() == []
    section.filter_field.clear()
    assert section.visible_codes() == ["T-1001", "T-1002", "T-1003"]


def test_the_roster_reads_every_trainee_in_one_query(store: RecordStore) -> None:
    rows = {r.code: r for r in trainee_rows(store)}
    assert (rows["T-1001"].attempts, rows["T-1002"].attempts, rows["T-1003"].attempts) == (2, 1, 0)
    assert rows["T-1003"].last_activity is None and rows["T-1002"].name is None
    assert row_matches(rows["T-1001"], "  LIMA ") and not row_matches(rows["T-1002"], "lima")


# -------------------------------------------------------------------------------------------- add


def test_a_bad_code_shows_the_problem_and_writes_nothing(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    before = trainee_rows(store)
    qtbot.keyClicks(section.code_field, "T_100")
    section.new_name_field.setText("Cas")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "T_100 is not a trainee code" in section.message.text()
    assert "3 to 20 letters, digits or dashes" in section.message.text()  # the rule, in the screen's words
    assert section.message.property("kind") == "error"
    section.code_field.setText("T1")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "T1 is not a trainee code" in section.message.text()
    section.code_field.setText("ANON-12345678")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "stand for erased trainees" in section.message.text()
    section.code_field.clear()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "Type the trainee's code first" in section.message.text()
    store.barrier().result(timeout=T)
    assert trainee_rows(store) == before
    assert store.audit_entries() == []


def test_add_lands_in_the_store_and_the_audit_without_the_name(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    qtbot.keyClicks(section.code_field, " t-2001 ")
    qtbot.keyClicks(section.new_name_field, "Cas  Jansen")
    qtbot.keyClicks(section.new_group_field, "Class A")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.text() == "Added T-2001.", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "T-2001" in section.visible_codes(), timeout=WAIT_MS)
    added = store.trainee("T-2001")
    assert added is not None and (added.display_name, added.group) == ("Cas Jansen", "Class A")
    assert audit_details(store) == [("instructor", "trainee-added", {"trainee": "T-2001", "group": "Class A"})]
    no_name_in_audit(store, "Cas", "Jansen")
    assert section.code_field.text() == "" and section.new_name_field.text() == ""
    qtbot.waitUntil(lambda: section.selected_label.text() == "T-2001 · Cas Jansen", timeout=WAIT_MS)


def test_adding_a_known_code_changes_nothing_and_says_so(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    section.code_field.setText("T-1001")
    section.new_name_field.setText("Someone Else")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already in the list" in section.message.text(), timeout=WAIT_MS)
    known = store.trainee("T-1001")
    assert known is not None and known.display_name == "Anna Lima"
    assert store.audit_entries() == []
    assert section.visible_codes() == ["T-1001"]  # the filter shows where it is


def test_rename_and_regroup_land_in_the_store_and_the_audit_without_names(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    assert section.select("T-1001")
    assert section.name_field.text() == "Anna Lima" and section.group_field.text() == "Class A"
    section.name_field.setText("Anna de Vries")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.text() == "Saved the changes for T-1001.", timeout=WAIT_MS)
    settled(qtbot, section, jobs)
    qtbot.waitUntil(lambda: cells(section, "T-1001")[1] == "Anna de Vries", timeout=WAIT_MS)
    assert section.name_field.text() == "Anna de Vries"  # still selected after the reload
    section.group_field.setText("  Class  B ")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(section, "T-1001")[2] == "Class B", timeout=WAIT_MS)
    known = store.trainee("T-1001")
    assert known is not None and (known.display_name, known.group) == ("Anna de Vries", "Class B")
    assert audit_details(store) == [
        ("instructor", "trainee-renamed", {"trainee": "T-1001"}),
        ("instructor", "trainee-regrouped", {"trainee": "T-1001", "group": "Class B"}),
    ]
    no_name_in_audit(store, "Anna", "Vries", "Lima")
    assert store.verify_audit_chain() is None


def test_an_emptied_name_is_refused_and_an_unchanged_form_saves_nothing(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    section.select("T-1001")
    section.name_field.clear()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert "To remove the name, erase the trainee" in section.message.text()
    section.name_field.setText("Anna Lima")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Nothing changed for T-1001."
    store.barrier().result(timeout=T)
    assert store.audit_entries() == []


def test_save_trainee_refuses_a_bad_code_before_writing(store: RecordStore) -> None:
    with pytest.raises(ValueError, match="not a trainee code"):
        save_trainee(store, "x", "Name", actor="instructor")
    with pytest.raises(ValueError, match="cannot be empty"):
        save_trainee(store, "T-1001", "   ", actor="instructor")
    assert store.audit_entries() == []


# ------------------------------------------------------------------------------------------- card


def test_a_sign_in_card_is_written_as_a_pdf_to_the_picked_folder(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    picker = Picker(cards)
    section = loaded(qtbot, store, jobs, picker)
    section.select("T-1001")
    qtbot.mouseClick(section.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.property("kind") == "ok", timeout=WAIT_MS)
    pdfs = list(cards.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    assert section.message.text() == f"The sign-in card of T-1001 is in {pdfs[0]}"
    assert audit_details(store) == [("instructor", "card-printed", {"trainee": "T-1001"})]
    section.select("T-1002")
    qtbot.mouseClick(section.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "T-1002" in section.message.text(), timeout=WAIT_MS)
    assert picker.asked[1] == str(cards)  # the picker opens where the last card went
    assert len(list(cards.glob("*.pdf"))) == 2


def test_a_cancelled_folder_choice_writes_no_card(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(None))
    section.select("T-1001")
    qtbot.mouseClick(section.card_button, Qt.MouseButton.LeftButton)
    assert not jobs.busy
    assert list(cards.iterdir()) == [] and store.audit_entries() == []


def test_a_card_that_cannot_be_written_is_told_in_words(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    section = loaded(qtbot, store, jobs, Picker(not_a_folder))
    section.select("T-1001")
    qtbot.mouseClick(section.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.property("kind") == "error", timeout=WAIT_MS)
    assert section.message.text().startswith("Could not write the sign-in card: ")
    assert store.audit_entries() == []
    assert section.card_button.isEnabled()


# ------------------------------------------------------------------------------------------ erase


def test_erase_asks_first_and_then_erases_keeping_the_results(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    section.select("T-1001")
    qtbot.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    assert section.confirm.isVisible()
    assert section.confirm.question.text() == (
        "Erase Anna Lima (T-1001)? Their name goes, their results stay under a random pseudonym. This cannot be undone."
    )
    assert store.trainee("T-1001") is not None  # nothing happens before Yes
    qtbot.mouseClick(section.confirm.yes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.message.property("kind") == "ok", timeout=WAIT_MS)
    assert section.message.text().startswith("T-1001 is erased. Their results are kept under ")
    settled(qtbot, section, jobs)
    qtbot.waitUntil(lambda: "T-1001" not in section.visible_codes(), timeout=WAIT_MS)
    assert store.trainee("T-1001") is None
    rows = trainee_rows(store)
    assert sum(r.attempts for r in rows) == 3 and len(rows) == 3  # the results stay, under the pseudonym
    assert "Anna Lima" not in [r.name for r in rows]
    assert [a for _, a, _ in audit_details(store)] == ["erase-trainee"]
    no_name_in_audit(store, "Anna", "Lima")


def test_no_erases_nothing(qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    section.select("T-1002")
    qtbot.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    assert section.confirm.question.text().startswith("Erase T-1002? ")
    qtbot.mouseClick(section.confirm.no_button, Qt.MouseButton.LeftButton)
    assert not section.confirm.isVisible() and not jobs.busy
    store.barrier().result(timeout=T)
    assert store.trainee("T-1002") is not None and store.audit_entries() == []


def test_choosing_another_trainee_withdraws_the_question(
    qtbot: QtBot, store: RecordStore, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, store, jobs, Picker(cards))
    section.select("T-1001")
    qtbot.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    section.select("T-1003")
    assert not section.confirm.isVisible()
    assert store.trainee("T-1001") is not None


# -------------------------------------------------------------------------------------- no store


def test_without_a_records_file_the_section_says_so_and_offers_nothing(
    qtbot: QtBot, jobs: BackgroundJobs, cards: Path
) -> None:
    section = loaded(qtbot, None, jobs, Picker(cards))
    assert "Records are off" in section.message.text()
    assert not section.add_button.isEnabled() and not section.erase_button.isEnabled()
    assert not jobs.busy
