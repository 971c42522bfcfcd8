"""The printable sign-in card: a credit-card-sized PDF whose text pypdf reads back and whose drawn QR
squares, read out of the PDF's content stream, are exactly the QR symbol of the card payload."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import segno
from pypdf import PdfReader
from pypdf.generic import ContentStream

from kiosk.core.trainee_code import card_payload
from kiosk.services.records.sign_in_card import write_sign_in_card

MM = 72 / 25.4


def dark_modules(path: Path) -> set[tuple[int, int]]:
    """(row, column) of every filled square drawn on the card, counted from the top-left square."""
    reader = PdfReader(path)
    page = reader.pages[0]
    rects = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            top = y if h < 0 else y + h  # fpdf draws from the top edge with a negative height
            rects.append((x, top, abs(w)))
    size = min(w for _, _, w in rects)
    left = min(x for x, _, _ in rects)
    top = max(t for _, t, _ in rects)
    return {(round((top - t) / size), round((x - left) / size)) for x, t, _ in rects}


def symbol_modules(text: str) -> set[tuple[int, int]]:
    qr = segno.make_qr(text, error="m", boost_error=True)
    return {(r, c) for r, row in enumerate(qr.matrix) for c, dark in enumerate(row) if dark}


def test_card_shows_code_name_group_and_site(tmp_path: Path) -> None:
    path = write_sign_in_card(tmp_path / "cards", " t-1001 ", "Łukasz Żółć", "Skills Lab Drachten", "BBL-2025")
    assert path == tmp_path / "cards" / "card-T-1001.pdf"
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM, 1), round(float(box.height) / MM, 1)) == (85.6, 54.0)
    text = " ".join((reader.pages[0].extract_text() or "").split())
    for expected in ("T-1001", "Łukasz Żółć", "BBL-2025", "Skills Lab Drachten"):
        assert expected in text, expected


def test_the_drawn_qr_is_the_card_payload(tmp_path: Path) -> None:
    path = write_sign_in_card(tmp_path, "EMMEN-042", None, "Skills Lab Emmen")
    drawn = dark_modules(path)
    assert drawn == symbol_modules(card_payload("EMMEN-042"))
    assert drawn != symbol_modules(card_payload("EMMEN-043"))  # the comparison can tell codes apart


def test_a_long_code_without_name_or_group(tmp_path: Path) -> None:
    code = "ABCDEFGHIJ-123456789"
    path = write_sign_in_card(tmp_path, code, None, "Skills Lab Zernike", None)
    text = " ".join((PdfReader(path).pages[0].extract_text() or "").split())
    assert code in text and "Skills Lab Zernike" in text
    assert dark_modules(path) == symbol_modules(card_payload(code))


def test_a_code_that_breaks_the_rule_makes_no_card(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 3 characters"):
        write_sign_in_card(tmp_path / "out", "T1", "Ana", "Skills Lab Drachten")
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_card_is_readable_by_the_owner_only(tmp_path: Path) -> None:
    path = write_sign_in_card(tmp_path, "T-1001", "Ana Lima", "Skills Lab Drachten")
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["card-T-1001.pdf"]
