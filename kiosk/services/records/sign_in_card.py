"""A trainee's printable sign-in card: a credit-card-sized PDF (85.6 x 54 mm, ISO/IEC 7810 ID-1) with
the QR code the kiosk's scanner reads (kiosk.core.trainee_code.card_payload), the code in big type for
typing, the trainee's name and group if any, and the site.

The QR code is drawn as vector squares from segno's matrix (no bitmap), so it stays sharp at any
printer resolution, with the four-module quiet zone a scanner needs.
"""

from __future__ import annotations

from pathlib import Path

import segno
from fpdf import FPDF

from kiosk.core.trainee_code import card_payload, normalize_code
from kiosk.services.private_files import write_private
from kiosk.services.records.certificate import FONT_DIR

__all__ = ["CARD_SIZE_MM", "card_file_name", "card_qr", "write_sign_in_card"]

CARD_SIZE_MM = (85.6, 54.0)
_FONT = "DejaVuSans"
_QR_MM = 40.0
_MARGIN_MM = 5.0


def card_qr(code: str) -> segno.QRCode:
    """The card's QR code: the payload at error correction M or better (segno raises it when it fits
    in the same version), so a scuffed card still scans."""
    return segno.make_qr(card_payload(code), error="m", boost_error=True)


def card_file_name(code: str) -> str:
    return f"card-{normalize_code(code)}.pdf"


def write_sign_in_card(
    out_dir: str | Path, code: str, name: str | None, site_title: str, group: str | None = ""
) -> Path:
    """Write card-<CODE>.pdf (mode 0600) into `out_dir` (created) and return its path. `name` and
    `group` are left off when empty or None. Raises ValueError for a code that breaks the trainee-code
    rule (such a card could never sign in)."""
    qr = card_qr(code)
    normal = normalize_code(code)
    width, height = CARD_SIZE_MM
    pdf = FPDF(orientation="landscape", unit="mm", format=(height, width))
    pdf.set_title(f"Sign-in card {normal}")
    pdf.set_creator("Skills Lab Kiosk")
    pdf.add_font(_FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(_FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(0, 0, 0)
    pdf.add_page()

    matrix = list(qr.matrix_iter(scale=1, border=4))
    module = _QR_MM / len(matrix)
    left, top = _MARGIN_MM - 4 * module, (height - _QR_MM) / 2  # the quiet zone may run into the margin
    pdf.set_fill_color(0, 0, 0)
    for row, bits in enumerate(matrix):
        for col, dark in enumerate(bits):
            if dark:
                # A hair of overlap so no white seams show between neighbouring squares.
                pdf.rect(left + col * module, top + row * module, module + 0.02, module + 0.02, style="F")

    text_x = left + _QR_MM + 1.5
    text_w = width - text_x - _MARGIN_MM
    pdf.set_xy(text_x, _MARGIN_MM + 2)
    pdf.set_font(_FONT, "", 7)
    pdf.multi_cell(text_w, 3.5, site_title, align="L")
    size = 16.0
    pdf.set_font(_FONT, "B", size)
    while pdf.get_string_width(normal) > text_w and size > 8:  # long codes shrink to fit
        size -= 1
        pdf.set_font(_FONT, "B", size)
    pdf.set_xy(text_x, height / 2 - 6)
    pdf.cell(text_w, 9, normal, align="L")
    pdf.set_xy(text_x, height / 2 + 4)
    pdf.set_font(_FONT, "", 9)
    if name:
        pdf.multi_cell(text_w, 4.5, name, align="L")
    if group:
        pdf.set_x(text_x)
        pdf.set_font(_FONT, "", 7)
        pdf.multi_cell(text_w, 3.5, group, align="L")

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / card_file_name(normal)
    write_private(path, bytes(pdf.output()))
    return path
