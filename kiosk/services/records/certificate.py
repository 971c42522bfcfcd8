"""PDF certificates (fpdf2): one A4 page per trainee and passed module, for the instructor to print.

A certificate names the site, the module (title in the chosen language, English when the module has
none in it), the trainee (name, or code when no name is kept), the date the attempt ended, the score,
the skills the module trains and the attempt's verification code with a line on how to check it. The
best passed attempt counts (export.best_passed). The certificate texts are documents, not screens,
so their four languages live in `_TEXTS` here rather than in the Qt translations.

The font is DejaVu Sans, shipped in kiosk/assets/fonts and embedded in every PDF, so names outside
Latin-1 (Łukasz Żółć) print as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from kiosk.core.labs.module import LabModule
from kiosk.services.private_files import write_private
from kiosk.services.records.export import best_passed, selected_attempts
from kiosk.services.records.store import Attempt, RecordStore
from kiosk.services.records.verification import verification_code
from kiosk.services.site_profiles import load_site_profile

__all__ = ["CERTIFICATE_LANGUAGES", "FONT_DIR", "certificate_name", "export_certificates", "site_title"]

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "fonts"
_FONT = "DejaVuSans"

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Certificate",
        "intro": "This certifies that",
        "passed": "has passed the module",
        "site": "Location",
        "date": "Date",
        "score": "Score",
        "skills": "Skills",
        "code": "Verification code",
        "check": "To check this certificate, the training centre runs: kiosk records verify {code}",
    },
    "nl": {
        "title": "Certificaat",
        "intro": "Hierbij verklaren wij dat",
        "passed": "de module heeft gehaald",
        "site": "Locatie",
        "date": "Datum",
        "score": "Score",
        "skills": "Vaardigheden",
        "code": "Verificatiecode",
        "check": "Controleren? Het opleidingscentrum voert uit: kiosk records verify {code}",
    },
    "de": {
        "title": "Zertifikat",
        "intro": "Hiermit wird bestätigt, dass",
        "passed": "das Modul bestanden hat",
        "site": "Standort",
        "date": "Datum",
        "score": "Ergebnis",
        "skills": "Fertigkeiten",
        "code": "Prüfcode",
        "check": "Zur Prüfung führt das Ausbildungszentrum aus: kiosk records verify {code}",
    },
    "fy": {
        "title": "Sertifikaat",
        "intro": "Hjirby ferklearje wy dat",
        "passed": "de module helle hat",
        "site": "Lokaasje",
        "date": "Datum",
        "score": "Skoare",
        "skills": "Feardichheden",
        "code": "Ferifikaasjekoade",
        "check": "Kontrolearje? It opliedingssintrum fiert út: kiosk records verify {code}",
    },
}
CERTIFICATE_LANGUAGES = tuple(_TEXTS)


def site_title(site_id: str, language: str = "en") -> str:
    """The site's display name from its shipped profile; the id itself for a site the kiosk does not
    know (the loader would fall back to another site, which must never appear on a certificate)."""
    loaded = load_site_profile(site_id, None)
    if loaded.profile.id != site_id:
        return site_id
    return loaded.profile.name.get(language) or site_id


def certificate_name(code: str, module_id: str) -> str:
    """The file name of a trainee's certificate for a module."""
    return f"certificate-{code}-{module_id}.pdf"


def _score(attempt: Attempt) -> str:
    if attempt.scaled is None:
        return "—"
    percent = round(attempt.scaled * 100.0, 1)
    return f"{int(percent) if percent.is_integer() else percent} %"


def _day(attempt: Attempt) -> str:
    text = (attempt.ended_at or attempt.started_at)[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return text


def _pdf(
    *, site: str, title: str, person: str, day: str, score: str, skills: list[str], code: str, texts: Mapping[str, str]
) -> bytes:
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(f"{texts['title']}: {title}")
    pdf.set_author(site)
    pdf.set_creator("Skills Lab Kiosk")
    pdf.add_font(_FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(_FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_margins(25, 25, 25)
    pdf.set_xy(25, 30)

    def line(text: str, size: float, *, bold: bool = False, height: float = 9, gap: float = 0) -> None:
        pdf.set_font(_FONT, "B" if bold else "", size)
        pdf.multi_cell(0, height, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            pdf.ln(gap)

    line(site, 16, bold=True, gap=12)
    line(texts["title"], 32, bold=True, height=14, gap=10)
    line(texts["intro"], 13)
    line(person, 24, bold=True, height=13, gap=2)
    line(texts["passed"], 13, gap=2)
    line(title, 20, bold=True, height=11, gap=12)

    pdf.set_font(_FONT, "", 12)
    for label, value in ((texts["site"], site), (texts["date"], day), (texts["score"], score)):
        pdf.set_x(45)
        pdf.set_font(_FONT, "B", 12)
        pdf.cell(45, 8, f"{label}:")
        pdf.set_font(_FONT, "", 12)
        pdf.multi_cell(0, 8, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if skills:
        pdf.ln(4)
        pdf.set_x(45)
        pdf.set_font(_FONT, "B", 12)
        pdf.cell(0, 8, f"{texts['skills']}:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(_FONT, "", 12)
        for skill in skills:
            pdf.set_x(50)
            pdf.multi_cell(0, 7, f"• {skill}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.set_y(-60)
    line(texts["code"], 11)
    pdf.set_font(_FONT, "B", 18)
    pdf.cell(0, 10, code, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    line(texts["check"].format(code=code), 9, height=5)
    return bytes(pdf.output())


def export_certificates(
    store: RecordStore,
    out_dir: str | Path,
    modules: Mapping[str, LabModule],
    *,
    trainee: str | None = None,
    since: date | None = None,
    language: str = "en",
) -> list[Path]:
    """Write one certificate PDF (mode 0600) per trainee and passed module into `out_dir` (created) and
    return their paths, by trainee code then module id. `modules` (id -> module) gives titles and
    skills; a module no longer in it is named by its id. `language` is one of nl, en, de, fy (others
    fall back to English). Creates the certificate secret on first use (see verification)."""
    texts = _TEXTS.get(language, _TEXTS["en"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    titles: dict[str, str] = {}
    for code, name, attempt in best_passed(selected_attempts(store, trainee=trainee, since=since)):
        module = modules.get(attempt.module_id)
        if attempt.site not in titles:
            titles[attempt.site] = site_title(attempt.site, language)
        data = _pdf(
            site=titles[attempt.site],
            title=module.title.get(language) if module is not None else attempt.module_id,
            person=name or code,
            day=_day(attempt),
            score=_score(attempt),
            skills=[s.get(language) for s in module.skills] if module is not None else [],
            code=verification_code(store, attempt),
            texts=texts,
        )
        path = out / certificate_name(code, attempt.module_id)
        write_private(path, data)
        written.append(path)
    return written
