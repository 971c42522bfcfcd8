"""Sign-in: the trainee-code rule, the SignInModel and the SignInScreen, with a real RecordStore in a
temporary folder and a real thread pool, driven by taps on the on-screen keys and by typing as a USB
QR scanner does (characters, then Enter)."""

from __future__ import annotations

import concurrent.futures
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.site import Theme
from kiosk.core.trainee_code import (
    CARD_PREFIX,
    card_payload,
    code_problem,
    is_valid_code,
    normalize_code,
    strip_card_prefix,
)
from kiosk.services.records import RecordStore, StoreError, Trainee
from kiosk.ui.labs.sign_in_screen import KEY_ROWS, SignInScreen
from kiosk.ui.theme import TOUCH_MIN_PX, stylesheet
from kiosk.ui.translations import load_translators
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.sign_in import Refusal, SignInModel

I18N_DIR = Path(__file__).resolve().parent.parent / "kiosk" / "i18n"
LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/tmp")


# ------------------------------------------------------------------------------------- the code rule


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("T-1001", "T-1001"),
        ("  t-1001\n", "T-1001"),
        ("t 10 01", "T1001"),
        ("SKILLSLAB:TRAINEE:T-1001", "T-1001"),
        ("skillslab:trainee:t-1001\r\n", "T-1001"),
        ("SkillsLab:Trainee: emmen-042", "EMMEN-042"),
        ("T–1001", "T-1001"),  # an en dash from a word processor
        ("skillslab:other:T-1", "SKILLSLAB:OTHER:T-1"),  # not a trainee card: kept, and refused below
        ("", ""),
    ],
)
def test_normalize_code(typed: str, code: str) -> None:
    assert normalize_code(typed) == code


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("", "no trainee code"),
        ("T1", "at least 3"),
        ("A" * 21, "at most 20"),
        ("-T100", "start or end"),
        ("T100-", "start or end"),
        ("T_100", "'_'"),
        ("HTTPS://EXAMPLE.ORG", "only the letters"),
        ("t-100", "'t'"),  # the rule is for normalized codes
    ],
)
def test_code_problem_says_why(code: str, words: str) -> None:
    problem = code_problem(code)
    assert problem is not None and words in problem


@pytest.mark.parametrize("code", ["ZK7", "T-1001", "A" * 20, "EMMEN-042", "A--B", "123"])
def test_good_codes(code: str) -> None:
    assert code_problem(code) is None and is_valid_code(code)


def test_card_payload_round_trips_and_fits_qr_alphanumeric_mode() -> None:
    payload = card_payload(" t-1001 ")
    assert payload == "SKILLSLAB:TRAINEE:T-1001" and payload.startswith(CARD_PREFIX)
    assert normalize_code(payload) == "T-1001"
    alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(payload) <= alphanumeric
    assert len(card_payload("A" * 20)) == 38
    with pytest.raises(ValueError, match="at least 3"):
        card_payload("T1")
    assert strip_card_prefix("skillslab:TRAINEE:x") == "x" and strip_card_prefix("T-1") == "T-1"


# ------------------------------------------------------------------------------------------ fixtures


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    s = RecordStore(tmp_path / "records.sqlite")
    s.add_trainee("T-1001", "Ann de Vries").result(timeout=10)
    s.add_trainee("T-1002").result(timeout=10)
    yield s
    s.close()


@pytest.fixture
def executor() -> Iterator[concurrent.futures.ThreadPoolExecutor]:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="sign-in-test")
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


_models: list[SignInModel] = []
_languages: list[LanguageModel] = []


@pytest.fixture(autouse=True)
def _look_and_clean_up(qapp: QApplication) -> Iterator[None]:
    """The app's stylesheet (as the kiosk sets it); afterwards the models' timers stop here, on the
    GUI thread, and the translators installed application-wide come out."""
    old = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet(Theme()))
    yield
    while _models:
        _models.pop().shutdown()
    while _languages:
        _languages.pop().set_language("en")
    qapp.setStyleSheet(old)


def make_model(lookup: Callable[[str], Trainee | None], pool: concurrent.futures.Executor, **kw: float) -> SignInModel:
    model = SignInModel(lookup, pool, **kw)  # type: ignore[arg-type]
    _models.append(model)
    return model


def language_model(lang: str = "en", extra: dict[str, list[QTranslator]] | None = None) -> LanguageModel:
    translators = load_translators(I18N_DIR, ("nl", "en"))
    for key, more in (extra or {}).items():
        translators[key] = more + translators.get(key, [])
    model = LanguageModel(translators, lang)
    _languages.append(model)
    return model


def make_screen(
    qtbot: QtBot, model: SignInModel, language: LanguageModel | None = None, size: tuple[int, int] = (1280, 800)
) -> SignInScreen:
    screen = SignInScreen(model, language or language_model(), Theme())
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=3000)
    qtbot.mouseClick(button, LEFT)


def tap_code(qtbot: QtBot, screen: SignInScreen, code: str) -> None:
    for ch in code:
        tap(qtbot, screen.keys[ch])


def scan(qtbot: QtBot, target: QWidget, text: str) -> None:
    """A USB QR scanner: the card's text typed fast, then Enter, into whatever has the focus."""
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


class Counting:
    """The store's lookup, counted; `gate` (when given) holds chosen codes until it is set."""

    def __init__(
        self,
        lookup: Callable[[str], Trainee | None],
        hold: frozenset[str] = frozenset(),
        gate: threading.Event | None = None,
    ) -> None:
        self.lookup = lookup
        self.hold = hold
        self.gate = gate or threading.Event()
        self.calls: list[str] = []

    def __call__(self, code: str) -> Trainee | None:
        self.calls.append(code)
        if code in self.hold:
            assert self.gate.wait(10)
        return self.lookup(code)


def database_state(path: Path) -> tuple[bytes, bytes, dict[str, int]]:
    """The records file's bytes (main file and WAL) and the row count of every table."""
    wal = path.with_name(path.name + "-wal")
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        conn.close()
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b"", counts


# ------------------------------------------------------------------------------------------ the screen


def test_trainee_taps_their_code_on_the_keys_and_signs_in(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    model = make_model(store.trainee, executor)
    screen = make_screen(qtbot, model)
    assert screen.title.text() == "Sign in" and screen.code() == ""
    assert not screen.sign_in_button.isEnabled()
    tap_code(qtbot, screen, "T-10")
    assert screen.code() == "T-10" and screen.code_display.text() == "T-10"
    tap(qtbot, screen.keys["back"])
    assert screen.code() == "T-1"
    tap_code(qtbot, screen, "001")
    assert screen.code() == "T-1001" and screen.sign_in_button.isEnabled()
    with qtbot.waitSignal(model.signed_in, timeout=5000) as signed:
        tap(qtbot, screen.sign_in_button)
    trainee = signed.args[0]
    assert isinstance(trainee, Trainee) and trainee.code == "T-1001" and trainee.display_name == "Ann de Vries"
    assert model.current == trainee
    # nothing of this person stays on the screen for the next one
    assert screen.code() == "" and screen.code_display.text() == "" and screen.message.text() == ""
    assert not screen.sign_in_button.isEnabled()
    with qtbot.waitSignal(model.signed_out, timeout=1000):
        model.sign_out()
    assert model.current is None


def test_every_key_is_there_touch_sized_and_the_screen_fits_1280x800(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    model = make_model(store.trainee, executor)
    screen = make_screen(qtbot, model)
    expected = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-") | {"back", "clear"}
    assert set(screen.keys) == expected and set("".join(KEY_ROWS)) == expected - {"back", "clear"}
    qtbot.wait(50)
    bounds = screen.rect()
    for name, key in screen.keys.items():
        assert key.height() >= TOUCH_MIN_PX and key.width() >= TOUCH_MIN_PX, name
        corner = key.mapTo(screen, key.rect().bottomRight())
        assert bounds.contains(corner), name
    assert screen.sign_in_button.height() >= TOUCH_MIN_PX
    # a header of the main window above it still leaves room: the screen's own minimum is well below 800
    assert screen.minimumSizeHint().height() <= 680 and screen.minimumSizeHint().width() <= 1280
    tap(qtbot, screen.keys["clear"])  # clear on an empty code does nothing
    tap_code(qtbot, screen, "A" * 25)
    assert screen.code() == "A" * 20  # the keys stop at the longest code


def test_a_scanned_card_signs_in_whatever_has_the_focus(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    model = make_model(store.trainee, executor)
    window = QWidget()
    qtbot.addWidget(window)
    header = QPushButton("NL", window)  # a header button of the main window, say
    screen = SignInScreen(model, language_model(), Theme(), window)
    lay = QVBoxLayout(window)
    lay.addWidget(header)
    lay.addWidget(screen)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(model.signed_in, timeout=5000) as signed:
        scan(qtbot, screen, "SKILLSLAB:TRAINEE:T-1002")  # the card format
    assert signed.args[0].code == "T-1002" and screen.code() == ""

    with qtbot.waitSignal(model.signed_in, timeout=5000) as signed:
        scan(qtbot, screen.keys["Q"], "skillslab:trainee:t-1001")  # focus on a key; lower case
    assert signed.args[0].code == "T-1001"

    with qtbot.waitSignal(model.signed_in, timeout=5000) as signed:
        scan(qtbot, header, "t-1002")  # a bare code, typed with the focus in the header
    assert signed.args[0].code == "T-1002"

    qtbot.keyClicks(screen, "T-1")
    with qtbot.waitSignal(model.signed_in, timeout=5000) as signed:
        scan(qtbot, screen, "SKILLSLAB:TRAINEE:T-1001")  # a card after some typing: the card counts
    assert signed.args[0].code == "T-1001"

    screen.hide()  # another screen is up: the keys are not taken any more
    qtbot.keyClicks(header, "T-1001")
    screen.show()
    assert screen.code() == ""


def test_unknown_code_says_so_and_writes_nothing(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    store.close()  # the file at rest (WAL checkpointed): what it holds before the attempt
    before = database_state(store.path)
    kiosk_store = RecordStore(store.path)  # as the kiosk opens it
    lookup = Counting(kiosk_store.trainee)
    model = make_model(lookup, executor)
    screen = make_screen(qtbot, model)
    refused: list[str] = []
    model.sign_in_refused.connect(refused.append)
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000):
        scan(qtbot, screen, "SKILLSLAB:TRAINEE:T-9999")
    assert refused == ["unknown"] and lookup.calls == ["T-9999"]
    assert screen.message_kind() == Refusal.UNKNOWN
    assert screen.message.text() == "That code is not known here. Check it, or ask your instructor."
    assert screen.code() == "T-9999"  # kept for correcting, without the card prefix
    assert model.current is None
    kiosk_store.close()  # every queued write (there should be none) committed and checkpointed
    assert database_state(store.path) == before  # byte for byte, and every table's row count
    with RecordStore(store.path) as again:
        assert [t.code for t in again.list_trainees()] == ["T-1001", "T-1002"] and again.audit_entries() == []

    tap(qtbot, screen.keys["back"])  # correcting clears the message
    assert screen.code() == "T-999" and screen.message.text() == ""


def test_invalid_code_shows_the_rule_and_is_not_looked_up(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lookup = Counting(store.trainee)
    model = make_model(lookup, executor)
    screen = make_screen(qtbot, model)
    tap_code(qtbot, screen, "T-")
    assert not screen.sign_in_button.isEnabled()
    with qtbot.waitSignal(model.sign_in_refused, timeout=1000) as refused:
        qtbot.keyClick(screen, Qt.Key.Key_Enter)
    assert refused.args == ["invalid"] and lookup.calls == []
    assert "3 to 20" in screen.message.text() and screen.code() == "T-"
    with qtbot.waitSignal(model.sign_in_refused, timeout=1000) as refused:
        scan(qtbot, screen, "https://example.org/x")  # some other QR code
    assert refused.args == ["invalid"] and lookup.calls == []
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.code() == "" and screen.message.text() == ""
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # Enter on nothing: nothing happens
    assert screen.message.text() == "" and lookup.calls == []


def test_a_failing_lookup_says_unavailable(qtbot: QtBot, executor: concurrent.futures.ThreadPoolExecutor) -> None:
    def broken(code: str) -> Trainee | None:
        raise StoreError("the records file cannot be read")

    model = make_model(broken, executor)
    screen = make_screen(qtbot, model)
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000) as refused:
        scan(qtbot, screen, "T-1001")
    assert refused.args == ["unavailable"]
    assert screen.message.text() == "Signing in does not work right now. Try again, or ask your instructor."
    assert screen.code() == "T-1001" and screen.sign_in_button.isEnabled()  # try again


def test_a_lookup_that_never_answers_is_given_up(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lookup = Counting(store.trainee, hold=frozenset({"T-1001"}))
    model = make_model(lookup, executor, timeout_s=0.3)
    screen = make_screen(qtbot, model)
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000) as refused:
        scan(qtbot, screen, "T-1001")
    assert refused.args == ["unavailable"] and not model.checking
    signed: list[object] = []
    model.signed_in.connect(signed.append)
    lookup.gate.set()  # the late answer is dropped
    qtbot.wait(200)
    assert signed == [] and model.current is None


def test_checking_shows_and_repeated_enter_is_ignored(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lookup = Counting(store.trainee, hold=frozenset({"T-1001"}))
    model = make_model(lookup, executor)
    screen = make_screen(qtbot, model)
    signed: list[Trainee] = []
    model.signed_in.connect(signed.append)
    scan(qtbot, screen, "T-1001")
    assert model.checking and screen.message.text() == "Checking…"
    assert not screen.sign_in_button.isEnabled()
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_Return)  # an impatient trainee, or a scanner's double read
    qtbot.mouseClick(screen.sign_in_button, LEFT)
    time.sleep(0.05)
    assert lookup.calls == ["T-1001"]
    lookup.gate.set()
    qtbot.waitUntil(lambda: bool(signed), timeout=5000)
    qtbot.wait(100)
    assert [t.code for t in signed] == ["T-1001"] and lookup.calls == ["T-1001"]
    assert screen.message.text() == "" and screen.code() == ""


def test_a_card_scanned_while_checking_wins(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lookup = Counting(store.trainee, hold=frozenset({"T-1001"}))
    model = make_model(lookup, executor)
    screen = make_screen(qtbot, model)
    signed: list[Trainee] = []
    model.signed_in.connect(signed.append)
    scan(qtbot, screen, "T-1001")
    assert model.checking
    with qtbot.waitSignal(model.signed_in, timeout=5000):
        scan(qtbot, screen, "SKILLSLAB:TRAINEE:T-1002")  # typing cancels the first check
    lookup.gate.set()
    qtbot.wait(200)
    assert [t.code for t in signed] == ["T-1002"] and model.current is not None and model.current.code == "T-1002"


def test_the_latest_submit_wins(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    lookup = Counting(store.trainee, hold=frozenset({"T-1001"}))
    model = make_model(lookup, executor)
    signed: list[Trainee] = []
    refused: list[str] = []
    model.signed_in.connect(signed.append)
    model.sign_in_refused.connect(refused.append)
    assert model.submit(" skillslab:trainee:t-1001 ") == "T-1001"
    assert model.checking and model.checking_code == "T-1001"
    with qtbot.waitSignal(model.signed_in, timeout=5000):
        model.submit("T-1002")  # answers at once; the slow T-1001 is still out
    lookup.gate.set()
    qtbot.wait(200)
    assert [t.code for t in signed] == ["T-1002"] and model.current == signed[0]
    # an invalid submit also drops the answer that is out
    lookup.gate.clear()
    model.submit("T-1001")
    model.submit("x")
    assert refused == ["invalid"] and not model.checking
    lookup.gate.set()
    qtbot.wait(200)
    assert [t.code for t in signed] == ["T-1002"]
    # a refused sign-in leaves the signed-in trainee as is; sign_out ends it
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000):
        model.submit("T-4040")
    assert refused == ["invalid", "unknown"] and model.current is not None
    with qtbot.waitSignal(model.signed_out, timeout=1000):
        model.sign_out()
    with qtbot.assertNotEmitted(model.signed_out):
        model.sign_out()


def test_a_shut_down_executor_refuses_as_unavailable(qtbot: QtBot, store: RecordStore) -> None:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    pool.shutdown()
    model = make_model(store.trainee, pool)
    with qtbot.waitSignal(model.sign_in_refused, timeout=1000) as refused:
        model.submit("T-1001")
    assert refused.args == ["unavailable"] and not model.checking


# ------------------------------------------------------------------------------------------ language


class Marking(QTranslator):
    """Stands in for Dutch words not translated yet: every string of the sign-in screen comes back
    marked, so a test can see that the screen asked for its words again."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»" if context == "SignInScreen" else ""

    def isEmpty(self) -> bool:
        return False


def test_language_switch_rewords_the_screen(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor
) -> None:
    marking = Marking()
    language = language_model("en", {"nl": [marking]})
    model = make_model(store.trainee, executor)
    screen = make_screen(qtbot, model, language)
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000):
        scan(qtbot, screen, "T-9999")

    def words() -> list[str]:
        return [
            screen.title.text(),
            screen.hint.text(),
            screen.sign_in_button.text(),
            screen.keys["clear"].text(),
            screen.keys["back"].accessibleName(),
            screen.message.text(),
        ]

    english = words()
    language.set_language("nl")
    dutch = words()
    assert all(dutch) and all(d != e for d, e in zip(dutch, english, strict=True)), dutch
    assert screen.code() == "T-9999"  # the code stays
    for lang in ("en", "nl"):  # every screen word is non-empty in both languages
        language.set_language(lang)
        labels = [w.text() for w in screen.findChildren(QLabel) if w is not screen.code_display]
        buttons = [b.text() for b in screen.findChildren(QPushButton)]
        assert all(labels) and all(buttons)
    language.set_language("en")
    assert words() == english
    QCoreApplication.removeTranslator(marking)


# ------------------------------------------------------------------------------------------ screenshots


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1280, 700)])  # 700: under a header
def test_screenshots(
    qtbot: QtBot, store: RecordStore, executor: concurrent.futures.ThreadPoolExecutor, size: tuple[int, int]
) -> None:
    model = make_model(store.trainee, executor)
    screen = make_screen(qtbot, model, size=size)
    with qtbot.waitSignal(model.sign_in_refused, timeout=5000):
        scan(qtbot, screen, "T-9999")
    qtbot.wait(50)
    w, h = size
    assert screen.grab().save(str(SHOTS / f"signin_unknown_{w}x{h}.png"))
    tap(qtbot, screen.keys["clear"])
    tap_code(qtbot, screen, "T-10")
    assert screen.grab().save(str(SHOTS / f"signin_typing_{w}x{h}.png"))
