"""Touch-first: colours readable (WCAG contrast computed from each theme), touch targets at least 12 mm
on the configured screen, touch-sized scroll bars, no hover-only styling, text scaling up to 200 %.

The screens are real: the lab screens on a live cell from a real simulator (as in test_lab_screens),
the sign-in screen, and the main window with its dashboard, built offscreen at kiosk screen sizes."""

from __future__ import annotations

import concurrent.futures
import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from live_helpers import module_cell_fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QScrollBar,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot
from test_lab_screens import MODULE_ID, catalog

from kiosk.core.contrast import (
    AA_TEXT,
    AAA_TEXT,
    BLACK_TEXT,
    WHITE_TEXT,
    blend,
    contrast_ratio,
    readable_on,
    relative_luminance,
)
from kiosk.core.labs.session import MemorySink
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.site import HIGH_CONTRAST, SITE_IDS, Display, SiteProfile, Theme
from kiosk.core.text import LocalText
from kiosk.services.opcua_worker import CellWorker
from kiosk.services.site_profiles import load_site_profile
from kiosk.ui.labs.module_list import ModuleCard
from kiosk.ui.labs.sign_in_screen import SignInScreen, sign_in_stylesheet
from kiosk.ui.labs.style import DIM_TEXT, labs_stylesheet
from kiosk.ui.labs.toggle_row import ToggleRow
from kiosk.ui.theme import SCROLLBAR_PX, TOUCH_MIN_PX, stylesheet
from kiosk.ui.translations import load_translators
from kiosk.viewmodels.lab_runner import CellLink, LabRunnerModel
from kiosk.viewmodels.language import LanguageModel
from kiosk.viewmodels.live_cell import LiveCellModel
from kiosk.viewmodels.sign_in import SignInModel

I18N_DIR = Path(__file__).resolve().parent.parent / "kiosk" / "i18n"
LEFT = Qt.MouseButton.LeftButton
SCREENS = ((1920, 1080), (1280, 800))

# ------------------------------------------------------------------------------------------ contrast


def themes() -> dict[str, Theme]:
    out = {"default": Theme(), "high-contrast": HIGH_CONTRAST}
    for site in SITE_IDS:
        out[site] = load_site_profile(site).profile.theme
    return out


THEMES = themes()
TEXT_COLOURS = ("text", "muted", "good", "warning", "bad")
GROUNDS = ("background", "surface")


def required(theme_name: str) -> float:
    return AAA_TEXT if theme_name == "high-contrast" else AA_TEXT


def test_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near-miss grey
    assert contrast_ratio("#0000ff", "#ffffff") == pytest.approx(8.59, abs=0.01)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    assert blend("#ffffff", "#000000", 0.5) == "#808080"
    assert blend("#123456", "#abcdef", 1.0) == "#123456" and blend("#123456", "#abcdef", 0.0) == "#abcdef"
    assert readable_on("#ffd400") == BLACK_TEXT and readable_on("#00677f") == WHITE_TEXT
    with pytest.raises(ValueError):
        contrast_ratio("#12345", "#ffffff")


@pytest.mark.parametrize("theme_name", sorted(THEMES))
@pytest.mark.parametrize("fg", TEXT_COLOURS)
@pytest.mark.parametrize("ground", GROUNDS)
def test_text_colours_are_readable_on_background_and_surface(theme_name: str, fg: str, ground: str) -> None:
    t = THEMES[theme_name]
    colour, fill = getattr(t, fg), getattr(t, ground)
    ratio = contrast_ratio(colour, fill)
    need = required(theme_name)
    assert ratio >= need, f"{theme_name}: {fg} {colour} on {ground} {fill} is {ratio:.2f}:1, needs {need}:1"


@pytest.mark.parametrize("theme_name", sorted(THEMES))
def test_button_text_on_primary_is_readable(theme_name: str) -> None:
    """The stylesheets put readable_on(primary) on primary buttons: white, or black where white fails."""
    t = THEMES[theme_name]
    on = readable_on(t.primary)
    ratio = contrast_ratio(on, t.primary)
    need = required(theme_name)
    assert ratio >= need, f"{theme_name}: button text {on} on primary {t.primary} is {ratio:.2f}:1, needs {need}:1"
    if theme_name != "high-contrast":  # the site themes keep their white-on-colour buttons
        assert on == WHITE_TEXT, (
            f"{theme_name}: white on primary {t.primary} is {contrast_ratio(WHITE_TEXT, t.primary):.2f}:1"
        )


_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = r"#[0-9a-fA-F]{6}"


def rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of every rule of a Qt stylesheet (no nesting in Qt's)."""
    out = []
    for selector, body in _RULE_RE.findall(css):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                name, value = decl.split(":", 1)
                props[name.strip()] = value.strip()
        out.append((" ".join(selector.split()), props))
    return out


def all_stylesheets(t: Theme, scale: float = 1.0) -> str:
    return stylesheet(t, scale=scale) + labs_stylesheet(t, scale=scale) + sign_in_stylesheet(t)


def unreadable_rules(css: str, theme_name: str) -> tuple[list[str], int]:
    """Rules that set both a fill and a text colour where the text misses the theme's bar. Disabled
    controls are exempt from 1.4.3 but must still reach 3:1 here."""
    bad, checked = [], 0
    for selector, props in rules(css):
        fill = re.fullmatch(_HEX, props.get("background", ""))
        text = re.fullmatch(_HEX, props.get("color", ""))
        if not (fill and text):
            continue
        checked += 1
        ratio = contrast_ratio(text.group(), fill.group())
        need = 3.0 if ":disabled" in selector else required(theme_name)
        if ratio < need:
            bad.append(f"{theme_name}: {selector}: {text.group()} on {fill.group()} is {ratio:.2f}:1 (needs {need})")
    return bad, checked


@pytest.mark.parametrize("theme_name", sorted(THEMES))
def test_every_rule_with_its_own_fill_and_text_colour_is_readable(theme_name: str) -> None:
    """Banner, notice, primary/danger buttons, warning chips...: any rule that sets both a background
    and a text colour, in the app's and the lab screens' stylesheets."""
    t = THEMES[theme_name]
    bad, checked = unreadable_rules(stylesheet(t) + labs_stylesheet(t), theme_name)
    assert bad == []
    assert checked >= 8


@pytest.mark.parametrize("theme_name", sorted(THEMES))
def test_sign_in_rules_with_their_own_fill_and_text_colour_are_readable(theme_name: str) -> None:
    bad, checked = unreadable_rules(sign_in_stylesheet(THEMES[theme_name]), theme_name)
    assert bad == []
    assert checked >= 1


@pytest.mark.parametrize("theme_name", sorted(THEMES))
def test_disabled_text_stays_distinguishable(theme_name: str) -> None:
    t = THEMES[theme_name]
    for ground in GROUNDS:
        ratio = contrast_ratio(DIM_TEXT, getattr(t, ground))
        assert ratio >= 3.0, f"{theme_name}: disabled text {DIM_TEXT} on {ground} is {ratio:.2f}:1"


def test_high_contrast_theme_is_black_white_and_yellow() -> None:
    t = HIGH_CONTRAST
    assert t.background == "#000000" and t.text == "#ffffff"
    for f in fields(Theme):
        assert re.fullmatch(r"#[0-9a-f]{6}", getattr(t, f.name)), f.name
    assert Display(high_contrast=True).theme_for(Theme()) is HIGH_CONTRAST
    assert Display().theme_for(THEMES["emmen"]) is THEMES["emmen"]


# ------------------------------------------------------------------------------------------ display / 12 mm


@pytest.mark.parametrize("size", SCREENS)
def test_touch_minimum_meets_12_mm_on_the_default_screen(size: tuple[int, int]) -> None:
    display = Display()
    need = display.min_touch_px(*size)
    mm = TOUCH_MIN_PX / display.px_per_mm(*size)
    assert need <= TOUCH_MIN_PX, f"{size}: TOUCH_MIN_PX {TOUCH_MIN_PX} px is {mm:.1f} mm, 12 mm is {need} px"


def test_display_geometry() -> None:
    d = Display()
    assert d.diagonal_in == 21.5 and d.width_mm is None and d.text_scale == 1.0 and not d.high_contrast
    assert d.px_per_mm(1920, 1080) == pytest.approx(4.034, abs=0.001)
    assert d.min_touch_px(1920, 1080) == 49 and d.min_touch_px(1280, 800) == 34
    assert Display(width_mm=476.64).min_touch_px(1920, 1080) == 49  # a 21.5" panel's width
    assert Display(diagonal_in=10.1).min_touch_px(1280, 800) == 71  # a tablet needs bigger targets
    with pytest.raises(ValueError):
        d.px_per_mm(0, 800)
    assert SiteProfile(id="x", name=LocalText(), city="x", cells=()).display == d  # old constructors still work


def test_display_table_is_read_from_a_site_profile(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text("[display]\nwidth_mm = 345\ntext_scale = 1.5\nhigh_contrast = true\n", encoding="utf-8")
    load = load_site_profile("zernike", path)
    assert load.problems == ()
    assert load.profile.display == Display(width_mm=345.0, text_scale=1.5, high_contrast=True)
    assert load_site_profile("zernike").profile.display == Display()


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ("[display]\ntext_scale = 2.5\n", 2, "display.text_scale", "less than or equal to 2"),
        ("[display]\ntext_scale = 0.5\n", 2, "display.text_scale", "greater than or equal to 1"),
        ("[display]\n\ndiagonal_in = 0\n", 3, "display.diagonal_in", "greater than or equal to 5"),
        ("[display]\nwidth_mm = -1\n", 2, "display.width_mm", "greater than or equal to 80"),
        ("[display]\nhigh_contrast = 1\n", 2, "display.high_contrast", "expected true or false"),
        ("[display]\ndiagonal = 21\n", 2, "display.diagonal", "did you mean 'diagonal_in'"),
        ("[display]\ntext_scale = nan\n", 2, "display.text_scale", "finite"),
    ],
)
def test_bad_display_values_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str, words: str) -> None:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    load = load_site_profile("drachten", path)
    assert load.problems, text
    assert load.problems[0].startswith(f"{path}:{line}: {key}: "), load.problems
    assert words in load.problems[0]
    assert load.profile.display == Display()  # the shipped profile is used


# ------------------------------------------------------------------------------------------ hover, scale


def test_no_hover_rules() -> None:
    """A touch screen has no hover: nothing may be shown (or styled) only under the pointer."""
    for name, t in THEMES.items():
        for scale in (1.0, 2.0):
            css = all_stylesheets(t, scale)
            assert ":hover" not in css.lower(), f"{name} @ {scale}: a :hover rule"


_FONT_RE = re.compile(r"font-size:\s*(\d+)px")


@pytest.mark.parametrize("make", [stylesheet, labs_stylesheet], ids=["app", "labs"])
def test_text_scale_doubles_every_font_size(make: Callable[..., str]) -> None:
    one = [int(v) for v in _FONT_RE.findall(make(Theme()))]
    two = [int(v) for v in _FONT_RE.findall(make(Theme(), scale=2.0))]
    assert one and len(one) == len(two)
    assert two == [2 * v for v in one]
    assert make(Theme()) == make(Theme(), scale=1.0)  # the old call is the 1.0 call
    onehalf = [int(v) for v in _FONT_RE.findall(make(Theme(), scale=1.5))]
    assert onehalf == [round(1.5 * v) for v in one]
    for bad in (0.9, 2.1):
        with pytest.raises(ValueError):
            make(Theme(), scale=bad)


def test_scroll_bars_are_touch_sized_in_the_stylesheets() -> None:
    for css in (stylesheet(Theme()), labs_stylesheet(Theme())):
        sel = dict(rules(css))
        assert sel["QScrollBar:vertical"]["width"] == f"{SCROLLBAR_PX}px"
        assert sel["QScrollBar:horizontal"]["height"] == f"{SCROLLBAR_PX}px"
        assert sel["QScrollBar::handle:vertical"]["min-height"] == f"{TOUCH_MIN_PX}px"
    for size in SCREENS:
        assert Display().min_touch_px(*size) <= SCROLLBAR_PX, size


# ------------------------------------------------------------------------------------------ real screens


sim, cell, worker, live = module_cell_fixtures(seed=13)


_cleanups: list[Callable[[], None]] = []


@pytest.fixture(autouse=True)
def _look_and_clean_up(qapp: QApplication) -> Iterator[None]:
    old = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet(Theme()))
    yield
    while _cleanups:
        _cleanups.pop()()
    qapp.setStyleSheet(old)


def language_model(lang: str = "en") -> LanguageModel:
    model = LanguageModel(load_translators(I18N_DIR, ("nl", "en")), lang)
    _cleanups.append(lambda: model.set_language("en"))
    return model


def runner_for(live: LiveCellModel, worker: CellWorker, folder: Path, language: LanguageModel) -> LabRunnerModel:
    runner = LabRunnerModel(catalog(folder), {live.cell.name: CellLink(live, worker)}, language, MemorySink())
    _cleanups.append(runner.shutdown)
    return runner


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
    parent = w.parentWidget()
    chain: list[str] = []
    while parent is not None and len(chain) < 3:
        chain.append(f"{type(parent).__name__}#{parent.objectName()}")
        parent = parent.parentWidget()
    return f"{type(w).__name__}#{w.objectName()} {text!r} in {' < '.join(chain)} ({w.width()}x{w.height()})"


TOUCH_TARGETS = (QAbstractButton, ModuleCard, ToggleRow)
"""Everything a finger taps: buttons, and the frames that act as one (module cards, toggle rows)."""


def too_small_targets(root: QWidget, need: int) -> list[str]:
    return [
        describe(w)
        for w in root.findChildren(QWidget)
        if isinstance(w, TOUCH_TARGETS) and w.isVisible() and min(w.width(), w.height()) < need
    ]


def visible_scroll_bars(root: QWidget) -> list[QScrollBar]:
    return [w for w in root.findChildren(QScrollBar) if w.isVisible()]


def thin_scroll_bars(root: QWidget, need: int) -> list[str]:
    out = []
    for bar in visible_scroll_bars(root):
        across = bar.width() if bar.orientation() is Qt.Orientation.Vertical else bar.height()
        if across < need:
            out.append(describe(bar))
    return out


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=3000)
    qtbot.mouseClick(widget, LEFT)


def test_every_lab_screen_control_is_at_least_12_mm_at_1280x800(
    qtbot: QtBot, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    """Walk the module list, safety, every kind of step (instruction, action with a control, quiz,
    observation with the keypad) and the result, at 1280x800 on the default 21.5" display."""
    from kiosk.ui.labs.labs_screen import LabsScreen

    need = Display().min_touch_px(1280, 800)
    language = language_model()
    runner = runner_for(live, worker, tmp_path, language)
    screen = LabsScreen(runner, language, Theme())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    seen: dict[str, int] = {}

    def check(page: str) -> None:
        qtbot.wait(30)  # layouts settle
        seen[page] = sum(isinstance(w, TOUCH_TARGETS) and w.isVisible() for w in screen.findChildren(QWidget))
        assert too_small_targets(screen, need) == [], f"{page}: smaller than {need} px (12 mm)"
        assert thin_scroll_bars(screen, need) == [], f"{page}: scroll bars thinner than {need} px"

    check("module list")
    tap(qtbot, screen.module_list.card(MODULE_ID))
    check("safety")
    for row in screen.safety.rows:
        tap(qtbot, row)
    tap(qtbot, screen.safety.begin_button)
    qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=15000)
    steps = screen.steps
    check("instruction step")
    tap(qtbot, steps.next_button)
    qtbot.waitUntil(lambda: steps.controls is not None and steps.controls.isEnabled(), timeout=5000)
    check("action step")
    assert steps.controls is not None
    tap(qtbot, steps.controls.buttons[0])
    qtbot.waitUntil(lambda: steps.status.state == "passed", timeout=8000)
    tap(qtbot, steps.next_button)
    assert steps.quiz is not None
    check("quiz step")
    tap(qtbot, steps.quiz.rows["a"])
    tap(qtbot, steps.quiz.check_button)
    tap(qtbot, steps.next_button)
    assert steps.pad is not None
    check("observation step (keypad)")
    for ch in f"{live.snapshot.get('speed_setpoint').value:.1f}":
        tap(qtbot, steps.pad.keys["decimal" if ch == "." else ch])
    tap(qtbot, steps.pad.submit_button)
    tap(qtbot, steps.next_button)
    qtbot.waitUntil(lambda: screen.current_page() is screen.result, timeout=5000)
    check("result")
    assert all(n > 0 for n in seen.values()), seen
    tap(qtbot, screen.result.back_button)


def test_sign_in_keys_are_at_least_12_mm_at_1280x800(qtbot: QtBot) -> None:
    need = Display().min_touch_px(1280, 800)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    model = SignInModel(lambda code: None, pool)
    _cleanups.append(lambda: pool.shutdown(wait=True))
    _cleanups.append(model.shutdown)
    screen = SignInScreen(model, language_model(), Theme())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(30)
    assert len(screen.keys) >= 39
    assert too_small_targets(screen, need) == []


def main_window(qtbot: QtBot, profile: SiteProfile, language: LanguageModel, size: tuple[int, int]) -> QWidget:
    from kiosk.ui.dashboard import DashboardScreen
    from kiosk.ui.main_window import MainWindow

    model = LiveCellModel(profile.cells[0], SampleBuffer())
    dash = DashboardScreen(model, language, profile.theme)
    window = MainWindow(profile, language, [dash])
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    model.tick()
    qtbot.wait(30)
    return window


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_window_controls_are_at_least_12_mm_at_1280x800(qtbot: QtBot, lang: str) -> None:
    need = Display().min_touch_px(1280, 800)
    window = main_window(qtbot, load_site_profile("drachten").profile, language_model(lang), (1280, 800))
    assert sum(isinstance(w, QAbstractButton) and w.isVisible() for w in window.findChildren(QWidget)) >= 2
    assert too_small_targets(window, need) == []
    assert thin_scroll_bars(window, need) == []


def test_a_scroll_bar_that_shows_is_touch_sized(qtbot: QtBot, qapp: QApplication) -> None:
    """The lab screens' scroll areas (module list, step text, safety) with more content than fits."""
    host = QWidget()
    host.setStyleSheet(labs_stylesheet(Theme()))
    scroll = QScrollArea(host)
    inner = QWidget()
    lay = QVBoxLayout(inner)
    for i in range(40):
        lay.addWidget(QLabel(f"line {i}"))
    scroll.setWidget(inner)
    QVBoxLayout(host).addWidget(scroll)
    qtbot.addWidget(host)
    host.resize(600, 300)
    host.show()
    qtbot.waitExposed(host)
    bars = visible_scroll_bars(host)
    assert bars, "no scroll bar showed"
    need = max(Display().min_touch_px(*s) for s in SCREENS)
    assert thin_scroll_bars(host, need) == []
    handle_len = (
        bars[0]
        .style()
        .subControlRect(
            bars[0].style().ComplexControl.CC_ScrollBar,
            _scroll_option(bars[0]),
            bars[0].style().SubControl.SC_ScrollBarSlider,
            bars[0],
        )
    )
    assert handle_len.height() >= TOUCH_MIN_PX - 6  # its 3 px margins


def _scroll_option(bar: QScrollBar) -> QStyleOptionSlider:
    opt = QStyleOptionSlider()
    bar.initStyleOption(opt)
    return opt


# ------------------------------------------------------------------------------------------ 200 % text


def clipped_labels(root: QWidget, slack: int = 3) -> list[str]:
    """Visible labels whose text needs more room than they have. Elided labels (they show the full
    text as a tooltip) are not clipped but shortened on purpose."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or type(label).__name__ == "_ElidedLabel":
            continue
        if label.wordWrap():
            need_h = label.heightForWidth(label.width())
            if need_h > label.height() + slack:
                out.append(f"{describe(label)}: needs {need_h} px high")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + slack or hint.height() > label.height() + slack:
                out.append(f"{describe(label)}: needs {hint.width()}x{hint.height()}")
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_window_at_200_percent_text_clips_no_label(qtbot: QtBot, qapp: QApplication, lang: str) -> None:
    profile = load_site_profile("drachten").profile
    qapp.setStyleSheet(stylesheet(profile.theme, scale=2.0))
    window = main_window(qtbot, profile, language_model(lang), (1920, 1080))
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
    assert len(labels) >= 10
    problems = clipped_labels(window)
    assert problems == [], "\n".join(problems)


def test_lab_screens_at_200_percent_text_clip_no_label(
    qtbot: QtBot, qapp: QApplication, live: LiveCellModel, worker: CellWorker, tmp_path: Path
) -> None:
    """As the kiosk will draw them once LabsScreen takes the text scale: module list, safety, a step."""
    from kiosk.ui.labs.labs_screen import LabsScreen

    qapp.setStyleSheet(stylesheet(Theme(), scale=2.0))
    language = language_model()
    runner = runner_for(live, worker, tmp_path, language)
    screen = LabsScreen(runner, language, Theme())
    screen.setStyleSheet(labs_stylesheet(Theme(), scale=2.0))
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(30)
    problems = [f"module list: {p}" for p in settled_clipped_labels(qtbot, screen)]
    tap(qtbot, screen.module_list.card(MODULE_ID))
    qtbot.wait(30)
    problems += [f"safety: {p}" for p in settled_clipped_labels(qtbot, screen)]
    for row in screen.safety.rows:
        tap(qtbot, row)
    tap(qtbot, screen.safety.begin_button)
    qtbot.waitUntil(lambda: screen.current_page() is screen.steps, timeout=15000)
    qtbot.wait(30)
    problems += [f"instruction step: {p}" for p in settled_clipped_labels(qtbot, screen)]
    steps = screen.steps
    tap(qtbot, steps.next_button)
    qtbot.waitUntil(lambda: steps.controls is not None and steps.controls.isEnabled(), timeout=5000)
    problems += [f"action step: {p}" for p in settled_clipped_labels(qtbot, screen)]
    assert steps.controls is not None
    tap(qtbot, steps.controls.buttons[0])
    qtbot.waitUntil(lambda: steps.status.state == "passed", timeout=8000)
    problems += [f"action step passed: {p}" for p in settled_clipped_labels(qtbot, screen)]
    tap(qtbot, steps.next_button)
    assert steps.quiz is not None
    tap(qtbot, steps.quiz.rows["a"])
    tap(qtbot, steps.quiz.check_button)
    qtbot.wait(30)
    problems += [f"quiz step: {p}" for p in settled_clipped_labels(qtbot, screen)]
    tap(qtbot, steps.next_button)
    assert steps.pad is not None
    qtbot.wait(30)
    problems += [f"observation step: {p}" for p in settled_clipped_labels(qtbot, screen)]
    for ch in f"{live.snapshot.get('speed_setpoint').value:.1f}":
        tap(qtbot, steps.pad.keys["decimal" if ch == "." else ch])
    tap(qtbot, steps.pad.submit_button)
    tap(qtbot, steps.next_button)
    qtbot.waitUntil(lambda: screen.current_page() is screen.result, timeout=5000)
    qtbot.wait(30)
    problems += [f"result: {p}" for p in settled_clipped_labels(qtbot, screen)]
    tap(qtbot, screen.result.back_button)
    assert problems == [], "\n".join(problems)


def settled_clipped_labels(qtbot: QtBot, widget: QWidget, timeout_ms: int = 1500) -> list[str]:
    """The clipped labels once the layouts have settled (posted layout requests take a few turns of
    the event loop, longer on a busy machine): none within `timeout_ms`, or the ones still clipped."""
    with contextlib.suppress(QtTimeoutError):
        qtbot.waitUntil(lambda: not clipped_labels(widget), timeout=timeout_ms)
    return clipped_labels(widget)
