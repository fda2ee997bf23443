"""Round 13: shapes by new writers — partners on the seller's side, inline e-mail answers, notes' own sections."""

from __future__ import annotations

from coach.text import parse_text
from coach.text.companies import partner_companies, title_account, title_companies
from coach.text.document import seller_sections
from coach.text.names import company_shaped
from coach.text.people import extract_people
from coach.text.sides import same_company


def people(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.name: p.side for p in doc.participants}


NOTES = (
    "# Harbourline – intro call 3.2.\n"
    "on the call: Mara Quist (COO), Ode Lindahl (finance)\n\n"
    "- returns are checked by hand, two people full time\n"
    "- Mara wants that halved by summer\n\n"
    "our side:\n"
    "- I pitched the scanning module, 2.5 per parcel\n"
    "- told them our carrier network covers 95% of postcodes\n\n"
    "next: demo on Friday\n"
)


def test_a_notes_section_headed_our_side_is_the_sellers() -> None:
    doc = parse_text(NOTES)
    seller = " ".join(s.text for s in doc.seller_sentences())
    assert "carrier network covers" in seller
    assert "2.5 per parcel" in seller
    customer = " ".join(s.text for s in doc.customer_sentences())
    assert "halved by summer" in customer and "demo on Friday" in customer


def test_seller_sections_end_at_the_next_heading() -> None:
    text = "**their situation**\n- old system\n\n**what we said**\n- our price 40k\n- Ben: rollout in 2 waves\n\n**next**\n- send deck\n"
    spans = [text[a:b] for a, b in seller_sections(text)]
    assert len(spans) == 1 and "our price 40k" in spans[0] and "send deck" not in spans[0]


def test_told_them_in_notes_is_the_sellers_word() -> None:
    doc = parse_text(
        "Call mit Lindhoff\n\n- Kunde will weniger Ausschuss\n- told them our sensors pay back in 8 months\n"
    )
    assert any("pay back" in s.text for s in doc.seller_sentences())


def test_a_partner_on_the_deal_is_neither_sellers_nor_customers_company() -> None:
    text = (
        "Webex – Ostrava Mutual / Pellucid Data – Erstgespräch\n"
        "[00:03] Ria Kamp: Guten Tag. Bei mir ist noch Olaf Brenn von Tannwerk Consulting, unserem Partner.\n"
        "[00:09] Olaf Brenn: Hallo zusammen.\n"
        "[00:12] Ute Marx: Hallo. Wir wollen die Schadendaten schneller auswerten, bisher dauert das Wochen.\n"
        "[00:20] Ria Kamp: Wie viele Schäden sind das im Jahr?\n"
        "[00:24] Ute Marx: Rund 40.000, das meiste per Papier.\n"
    )
    assert partner_companies(text) == ("Tannwerk Consulting",)
    doc = parse_text(text)
    assert doc.seller_company != "Tannwerk Consulting"
    assert doc.customer_company != "Tannwerk Consulting"


def test_a_record_partner_field_puts_its_consultant_on_the_sellers_side() -> None:
    text = (
        "account: Landesamt Nordsee – Referat 2\n"
        "owner: Pia Roth\n"
        "partner: Tannwerk Consulting (Olaf Brenn)\n"
        "stage: discovery\n"
        "contact: Jens Haas, Referatsleiter, j.haas@lanord.example\n"
        "notes: |\n"
        "  Pruefung dauert 6 Wochen, Ziel 3 Wochen.\n"
    )
    doc = parse_text(text)
    assert people(doc).get("Olaf Brenn") == "seller"
    assert doc.customer_company == "Landesamt Nordsee"


def test_inline_answers_in_a_quoted_mail_are_the_answerers() -> None:
    text = (
        "From: Ivo Platt <ivo@quernfield.example>\n"
        "To: Lena Sorg <lena@tallyra.example>\n"
        "Subject: RE: questions\n\n"
        "Hi Lena, answers inline (IP).\n\nIvo\n\n"
        "On Tue, 3 Mar 2027 at 09:00, Lena Sorg <lena@tallyra.example> wrote:\n"
        "> Hi Ivo,\n> 1. What is the budget?\n"
        "IP: about 30k, approved by our CFO, Dora Wendt.\n"
        ">\n> 2. When do you want to start?\n"
        "IP: May.\n"
        ">\n> Our clients usually go live in four weeks.\n> Lena\n"
    )
    doc = parse_text(text)
    by_text = {t.text: t.speaker for t in doc.turns}
    assert any(s == "Ivo Platt" and "30k" in t for t, s in by_text.items())
    assert any(s == "Lena Sorg" and "When do you want to start" in t for t, s in by_text.items())
    assert people(doc).get("Dora Wendt") == "customer"


def test_people_said_in_passing() -> None:
    found = {p.name: p for p in extract_people("That's the Managing Director, Ada Fenwick. She signs.")}
    assert found["Ada Fenwick"].role == "Managing Director"
    assert "Pia" in {p.name for p in extract_people("Nächste Woche kommt meine Kollegin Pia dazu.")}
    assert "Nils Aro" in {
        p.name for p in extract_people("Also, ich bin übrigens Nils Aro, ich leite das Lager.")
    }
    me = extract_people("attendees: me (Wren), Cato Illes (CFO)")
    assert ("Wren", "seller") in {(p.name, p.side) for p in me}
    bracket = {p.name: p for p in extract_people("partner: Tannwerk Consulting (Olaf Brenn)")}
    assert (
        "Tannwerk Consulting" not in bracket and bracket["Olaf Brenn"].organisation == "Tannwerk Consulting"
    )


def test_company_shapes_and_titles() -> None:
    assert (
        company_shaped("Pfotenglück24")
        and company_shaped("Stadtverwaltung Olm")
        and not company_shaped("Anna Roth")
    )
    assert (
        title_account("Radhaus Quendel – Followup nach Test – 3.4.\n", {"Quendel", "Ivo"})
        == "Radhaus Quendel"
    )
    assert (
        title_account("# Angebotsbesprechung Kreisverwaltung Olm – Datenportal Bürger\n", set())
        == "Kreisverwaltung Olm"
    )
    assert title_account("## Ferrit Handel KG – E-Rechnung / Tallyra API\n", set()) == "Ferrit Handel KG"
    assert "Ostrava Versicherungsverein a.G." in title_companies(
        "Ostrava Versicherungsverein a.G. / Pellucid Data – Call\n"
    )


def test_companies_said_by_speakers() -> None:
    doc = parse_text(
        "[00:01] Ana Ruiz: Thanks for the time. I've brought Bo, who runs our pricing team at Tallyra.\n"
        "[00:06] Bo Lenk: Hi both.\n"
        "[00:09] Cy Odum: Hi. We want lower card fees, that's the goal.\n"
        "[00:15] Ana Ruiz: Our customers usually save 20 percent on fees.\n"
    )
    assert doc.seller_company == "Tallyra"
    doc = parse_text(
        "[00:01] Ana Ruiz: Hallo zusammen, worum geht es?\n"
        "[00:05] Cy Odum: Wir sind Pfotenglück24, Futter im Abo. Die Zahlungen schlagen oft fehl.\n"
        "[00:12] Ana Ruiz: Das hören wir oft, unsere Kunden holen typischerweise 40 Prozent zurück.\n"
    )
    assert doc.customer_company == "Pfotenglück24"
    doc = parse_text(
        "[00:01] Ana Ruiz: So, wir machen Zahlungen per API.\n"
        "[00:05] Cy Odum: Ja. Cy hier, ich kümmere mich bei Lampen Quist um den Onlineshop.\n"
        "[00:12] Ana Ruiz: Wie viele Bestellungen haben Sie im Monat?\n"
        "[00:15] Cy Odum: Rund 3000.\n"
    )
    assert doc.customer_company == "Lampen Quist"


def test_a_company_asked_about_is_the_customers() -> None:
    doc = parse_text(
        "[00:01] Ana Ruiz: Thanks for joining. Fernlake builds booking software for gyms, right?\n"
        "[00:05] Cy Odum: Yes, about 300 gyms. Invoicing is our pain, we do it by hand.\n"
        "[00:12] Ana Ruiz: Our customers usually automate that in a week. Fernlake could start in May.\n"
        "[00:20] Cy Odum: Sounds good, we need it before summer.\n"
    )
    assert doc.seller_company != "Fernlake"


def test_a_role_header_names_its_speaker_in_any_case() -> None:
    doc = parse_text(
        "# Call – Fernlake – discovery\n"
        "_Rep: Ana Ruiz (Tallyra) · Prospect: Cy Odum, Controller, Fernlake_\n\n"
        "**REP**: Thanks for the time. With Tallyra every payout carries one reference.\n"
        "**PROSPECT**: Our month-end close takes eight days, we want three.\n"
        "**REP**: Understood. What does it cost you today?\n"
        "**PROSPECT**: Two people for a week.\n"
    )
    assert people(doc).get("Ana Ruiz") == "seller"
    assert doc.seller_company == "Tallyra"


def test_more_company_cues() -> None:
    assert title_companies("Title: Fernlake <> Tallyra intro\n") == ["Fernlake", "Tallyra"]
    assert title_companies("Besprechungstranskript Lernplattform Olmtal / Tallyra\n") == ["Olmtal", "Tallyra"]
    doc = parse_text(
        "[00:01] Ana Ruiz: Hi both. So I saw Quernfield Mutual downloaded our pricing guide. What made you look?\n"
        "[00:06] Cy Odum: Our renewals run on spreadsheets and we lose track.\n"
        "[00:12] Ana Ruiz: What does it mean for Quernfield if that goes on another year?\n"
        "[00:18] Cy Odum: We would miss the audit deadline.\n"
    )
    assert same_company(doc.customer_company, "Quernfield Mutual")
    doc = parse_text(
        "[00:01] Ana Ruiz: Thanks for the time today.\n"
        "[00:05] Cy Odum: Sure. For us at Olmtal Freight the goal is to close out pricing today.\n"
        "[00:12] Ana Ruiz: Understood, our customers usually sign within a week.\n"
    )
    assert doc.customer_company == "Olmtal Freight"
