"""Defects a QA engineer found in the text layer, each pinned with texts written for these tests."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.text import parse_text, read_document
from coach.text.companies import domain_organisation
from coach.text.lines import segment
from coach.text.names import is_name
from coach.text.people import find_people
from coach.text.readers.detect import detect_format
from coach.text.sides import same_company, seller_names
from coach.textio import read_input, sniff_suffix

ZOOM = """Mira Falk  00:00:04
Guten Morgen Herr Reiter. Ich bin Mira Falk von Thermiq.

Jonas Reiter  00:00:12
Morgen Frau Falk. Was genau machen Sie denn?

Mira Falk  00:00:31
Hier bei Thermiq messen wir Temperaturen in Kühlhäusern. Ihre Geschäftsführung hat ja bestimmt 90.000 Euro dafür reserviert.

Jonas Reiter  00:00:52
Reserviert ist dafür noch gar nichts. Wir verlieren aber jede Woche Ware im Kühlhaus.

Mira Falk  00:01:10
Also Ihr Ziel ist, die Verluste bis zum Sommer zu halbieren, richtig?

Jonas Reiter  00:01:25
Genau so.
"""


def _sides(doc) -> dict[str, str]:
    return {t.speaker: t.side for t in doc.turns}


@pytest.mark.parametrize("how", ["argument", "setting"])
def test_the_company_named_in_speech_and_the_setting_tell_the_seller(how, monkeypatch):
    if how == "setting":
        monkeypatch.setenv("COACH_COMPANY", "Thermiq")
        doc = parse_text(ZOOM)
    else:
        doc = parse_text(ZOOM, seller_company="Thermiq GmbH")
    assert doc.format == "zoom"
    assert _sides(doc) == {"Mira Falk": "seller", "Jonas Reiter": "customer"}
    assert "text.sides_unknown" not in doc.notices


def test_without_a_setting_the_speaker_who_says_hier_bei_is_the_seller(monkeypatch):
    monkeypatch.delenv("COACH_COMPANY", raising=False)
    doc = parse_text(ZOOM)
    assert _sides(doc) == {"Mira Falk": "seller", "Jonas Reiter": "customer"}
    assert same_company(doc.seller_company, "Thermiq")
    assert not same_company(doc.customer_company, "Thermiq")


def test_the_sellers_budget_guess_is_never_budget_evidence():
    from coach.qualify import analyse

    result = analyse(ZOOM, lang="de", seller_company="Thermiq")
    budget = next(d for d in result.dimensions if d.key == "budget")
    assert budget.status == "missing"
    assert not any("90.000" in e for e in budget.evidence)


def test_a_seller_summary_the_customer_confirms_counts_as_the_customers_goal():
    from coach.qualify import analyse

    result = analyse(ZOOM, lang="de", seller=("Mira Falk",))
    goals = next(d for d in result.dimensions if d.key == "goals")
    assert goals.status != "missing"
    assert any("halbieren" in e for e in goals.evidence)
    # without the confirmation the same summary is the seller's own statement
    unconfirmed = ZOOM.replace("Genau so.", "Darüber muss ich noch nachdenken.")
    goals = next(
        d for d in analyse(unconfirmed, lang="de", seller=("Mira Falk",)).dimensions if d.key == "goals"
    )
    assert not any("halbieren" in e for e in goals.evidence)


EML = "\n".join(
    [
        "From: Jonas Reiter <jonas.reiter@kuehlhaus-nord.example>",
        "To: Mira Falk <mira.falk@thermiq.example>",
        "Subject: Re: Messung in den Kühlhäusern",
        "Date: Wed, 25 Nov 2026 08:30:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Hallo Frau Falk,",
        "",
        "danke für die Unterlagen. Uns verdirbt jede Woche Ware, weil die Türen zu lange offen stehen.",
        "",
        "Viele Grüße",
        "Jonas Reiter",
        "Leiter Kühllogistik",
        "Kühlhaus Nord GmbH",
        "",
        "Am 24.11.2026 um 16:40 schrieb Mira Falk <mira.falk@thermiq.example>:",
        "> Hallo Herr Reiter,",
        ">",
        "> Unsere Lösung senkt garantiert 30 % der Verluste. Ihr Budget liegt bei 75.000 EUR, das reicht locker.",
        ">",
        "> Beste Grüße",
        "> Mira Falk",
        "> Account Executive, Thermiq GmbH",
    ]
)


@pytest.mark.parametrize("company", [None, "Thermiq"])
def test_a_quoted_seller_reply_in_an_eml_carries_the_seller_side(company, tmp_path):
    path = tmp_path / "thread.eml"
    path.write_bytes(EML.encode("utf-8"))
    doc = read_document(path, seller_company=company)
    assert _sides(doc) == {"Jonas Reiter": "customer", "Mira Falk": "seller"}
    seller = next(p for p in doc.participants if p.name == "Mira Falk")
    assert seller.role == "Account Executive" and same_company(seller.organisation, "Thermiq")
    assert same_company(doc.customer_company, "Kühlhaus Nord")

    from coach.qualify import analyse

    result = analyse(doc, lang="de")
    evidence = " ".join(e for d in [*result.dimensions, *result.extensions] for e in d.evidence)
    assert "75.000" not in evidence and "garantiert" not in evidence
    assert next(d for d in result.dimensions if d.key == "budget").status == "missing"
    customer_words = " ".join(s.text for s in doc.customer_sentences())
    assert "verdirbt" in customer_words and "garantiert" not in customer_words


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_an_eml_without_charset_reads_8bit_bodies_as_utf8_then_cp1252(encoding, tmp_path):
    path = tmp_path / "plain.eml"
    path.write_bytes(EML.encode(encoding))
    doc = read_document(path)
    assert "Lösung" in doc.text and "Grüße" in doc.text and "Kühlhaus Nord" in doc.text
    assert "\ufffd" not in doc.text


def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 16 * i, line)
    page.save()
    return buf.getvalue()


def _docx_bytes(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


LINES = ["Gespräch mit Kühlhaus Nord", "Herausforderung: Ware verdirbt an den Rampen."]


@pytest.mark.parametrize("maker,kind", [(_pdf_bytes, ".pdf"), (_docx_bytes, ".docx")])
@pytest.mark.parametrize("suffix", [".txt", ".md", ""])
def test_a_pdf_or_docx_with_the_wrong_extension_is_read_as_what_it_is(maker, kind, suffix, tmp_path: Path):
    data = maker(LINES)
    path = tmp_path / f"notizen{suffix}"
    path.write_bytes(data)
    assert sniff_suffix(data, path.name) == kind
    text = read_input(str(path))
    assert "Ware verdirbt" in text
    assert "%PDF" not in text and "Tj" not in text and "PK" not in text[:4]
    doc = read_document(data, name=path.name)
    assert "Ware verdirbt" in doc.text


def test_plain_text_keeps_its_suffix():
    assert sniff_suffix(b"Notizen: alles gut", "n.txt") == ".txt"
    assert sniff_suffix(b"PK\x03\x04 not a word file", "a.txt") == ".txt"


NOTES = """Besuch bei Kühlhaus Nord
Budget: noch nicht freigegeben, Klärung im Februar
Ziel: Verluste an den Rampen halbieren
Timeline: Entscheidung im zweiten Quartal
Entscheidung: liegt beim Vorstand
Next steps: Messung an zwei Toren
Metrics: Verlustquote je Woche
"""


def test_label_words_of_notes_are_never_speakers_even_when_repeated():
    big = NOTES * 2000
    assert detect_format(big) == "notes"
    doc = parse_text(big)
    assert doc.format == "notes" and not doc.turns
    assert "text.sides_unknown" not in doc.notices and "text.sides_guessed" not in doc.notices


def test_a_name_colon_dialogue_with_real_names_is_still_read():
    talk = "Tarek: Wie viele Tore haben Sie?\nIrina: Zwölf, bald sechzehn.\nTarek: Wer entscheidet?\nIrina: Der Vorstand.\n"
    assert detect_format(talk) == "dialogue"
    assert [t.speaker for t in parse_text(talk).turns] == ["Tarek", "Irina", "Tarek", "Irina"]


@pytest.mark.parametrize(
    "word", ["Ja", "Nein", "Okay", "Budget", "Entscheidung", "Ziel", "Next steps", "Timeline"]
)
def test_ordinary_words_are_no_names(word):
    assert not is_name(word)


def test_names_in_any_latin_script_still_are_names():
    for name in ("Irina", "Tarek Haddad", "Siân Llewellyn", "Đặng Minh"):
        assert is_name(name)


MINUTES = """# Termin Brenner Kältetechnik – 26.11.2026

Teilnehmer: Sabine Korte (Einkauf), Herr Wendt (Technik); von uns: Paul Adler

- Budget: 35.000 € für den ersten Standort freigegeben
- Entscheidung: Ja, unter der Bedingung eines Testmonats
- Nächste Schritte: Herr Wendt schickt die Gerätliste bis Freitag
"""


def test_bulleted_minutes_take_no_ordinary_word_for_a_person_or_the_company():
    people = find_people(segment(MINUTES))
    names = {p.name for p in people.participants}
    assert {"Sabine Korte", "Paul Adler"} <= names
    assert not names & {"Ja", "Budget", "Entscheidung", "Nächste Schritte"}
    assert people.company == "Brenner Kältetechnik"
    assert all(p.organisation in (None, "Brenner Kältetechnik") for p in people.participants)


def test_the_minutes_engine_names_the_header_company_as_customer():
    from coach.minutes import draft_minutes

    result = draft_minutes(MINUTES, lang="de")
    dumped = result.model_dump_json()
    assert '"name":"Ja"' not in dumped.replace(" ", "")
    assert "Brenner Kältetechnik" in dumped


@pytest.mark.parametrize(
    "email,org",
    [
        ("tessa@brenner-kaelte.example", "Brenner Kaelte"),
        ("o.mills@harbourline.co.uk", "Harbourline"),
        ("someone@gmail.com", None),
        ("no-address", None),
    ],
)
def test_an_email_domain_names_an_organisation(email, org):
    assert domain_organisation(email) == org


def test_companies_said_in_running_text_are_found_on_both_sides():
    transcript = (
        "[00:01] Oskar Lind: Danke für die Zeit. Bei Ihnen in der Brauerei Falkenau läuft die Abfüllung noch manuell?\n"
        "[00:09] Greta Sommer: Ja, hier in der Brauerei Falkenau zählen wir noch von Hand.\n"
        "[00:20] Oskar Lind: Bei Quantor, unsere Kunden sparen damit viel Zeit. Wie viele Linien haben Sie?\n"
        "[00:31] Greta Sommer: Drei Linien, und wir haben zu wenig Leute.\n"
    )
    doc = parse_text(transcript, seller=("Oskar Lind",))
    assert same_company(doc.seller_company, "Quantor")
    assert same_company(doc.customer_company, "Brauerei Falkenau")


def test_an_inflected_company_name_is_the_same_company():
    assert same_company("den Stadtwerken Ahrbach".split(" ", 1)[1], "Stadtwerke Ahrbach")
    assert not same_company("Stadtwerken Ahrbach", "Stadtwerk Borken")


def test_seller_names_from_one_field():
    assert seller_names("Mira Falk, Paul Adler und Irina") == ("Mira Falk", "Paul Adler", "Irina")
    assert seller_names("  ") == ()


def test_web_tabs_pass_the_seller_to_the_engines(tmp_path, monkeypatch):
    import tempfile

    from coach.settings import load_settings
    from coach.web import minutes_tab, notes_tab

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings = load_settings()
    *_, result = notes_tab.analyse_notes(settings, ZOOM, "offline", "de", seller="Mira Falk")
    goals = next(d for d in result.dimensions if d.key == "goals")
    assert any("halbieren" in e for e in goals.evidence)
    *_, result = notes_tab.analyse_notes(settings, ZOOM, "offline", "de", seller_company="Thermiq")
    assert next(d for d in result.dimensions if d.key == "budget").status == "missing"
    out = minutes_tab.draft(settings, ZOOM, "offline", "de", seller="Mira Falk", seller_company="Thermiq")
    assert "Mira Falk" in out[-1].model_dump_json()


def test_people_named_in_running_text_are_participants_on_the_right_side():
    transcript = (
        "[00:01] Oskar Lind: Guten Tag, hier ist Oskar Lind von Quantor. Wie läuft die Abfüllung heute?\n"
        "[00:09] Greta Sommer: Noch manuell. Das Projekt leitet Tilo Brandes aus meinem Team.\n"
        "[00:20] Oskar Lind: Und wer gibt am Ende frei?\n"
        "[00:31] Greta Sommer: Das macht CFO Wiebke Jansen, sie sieht die Zahlen jeden Monat.\n"
    )
    doc = parse_text(transcript, seller=("Oskar Lind",))
    people = {p.name: p for p in doc.participants}
    assert people["Tilo Brandes"].side == "customer"
    assert people["Wiebke Jansen"].side == "customer" and people["Wiebke Jansen"].role == "CFO"
    assert people["Oskar Lind"].side == "seller"
    assert not any(" von " in name for name in people)


def test_a_phrase_with_an_organisation_word_is_no_person():
    from coach.text.people import named_people

    said = "Wir haben im Klinikum Sankt Ansgar, unserem Haupthaus, zu wenig Betten."
    assert not any("Klinikum" in p.name for p in named_people(said))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Acme Software GmbH", "Acme", True),
        ("Stadtwerken Mühlbach", "Stadtwerke Mühlbach", True),
        ("Stadtwerke Mühlbach", "Stadtwerke Altdorf", False),
        ("Klinikum Nord gGmbH", "Klinikum Süd", False),
        ("Sparkasse Rhein", "Sparkasse Rhein-Neckar", True),
        ("Bauer Logistik AG", "Bauer", True),
        (None, "Acme", False),
    ],
)
def test_companies_with_the_same_first_word_differ_by_the_rest(a: str | None, b: str, same: bool) -> None:
    assert same_company(a, b) is same


def test_a_name_never_runs_into_the_next_line() -> None:
    doc = parse_text("Present: Mr O'Neill (Finance), Ms Nguyen\nOutcome: yes, signed")
    assert {p.name for p in doc.participants} == {"O'Neill", "Nguyen"}
