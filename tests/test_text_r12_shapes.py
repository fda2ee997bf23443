"""Round 12: shapes of transcripts and notes by new writers — bold note fields, long job titles, devices, greetings."""

from __future__ import annotations

from coach.text import parse_text
from coach.text.companies import title_account
from coach.text.readers.base import job_side, parse_label
from coach.text.readers.markdown import looks_like


def sides(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {t.speaker: t.side for t in doc.turns}


def people(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.name: p.side for p in doc.participants}


NOTES = (
    "# Meeting notes — Kestrel Foods / Ovalis\n"
    "**Date:** Mar 3, 2027 · **Duration:** 30 min\n"
    "**Attendees:** Ines Varga, Milo Brandt (Ovalis) · Petra Lund (COO, Kestrel Foods)\n\n"
    "## Key points\n"
    "- Petra wants returns handled in two days instead of five\n"
    "- budget not set yet\n"
)


def test_bold_note_fields_are_notes_not_a_transcript() -> None:
    doc = parse_text(NOTES)
    assert doc.format == "notes"
    assert "Petra wants returns handled" in " ".join(s.text for s in doc.sentences)
    assert {"Ines Varga", "Milo Brandt", "Petra Lund"} <= set(people(doc))


def test_side_lists_in_bold_are_read_with_their_sides() -> None:
    text = (
        "## Harrow & Vell – decision meeting\n"
        "**Date:** 4 May 2027\n"
        "**Us (Quillmark):** Rhea Stone, Tobias Lind\n"
        "**Them:** Mr. Aldo Ferri (Managing Partner), Ms. Nora Quist (COO)\n\n"
        "### Outcome\nThey said yes.\n"
    )
    doc = parse_text(text)
    assert doc.format == "notes"
    got = people(doc)
    assert got["Rhea Stone"] == got["Tobias Lind"] == "seller"
    assert got["Aldo Ferri"] == got["Nora Quist"] == "customer"


def test_bold_speaker_lines_stay_a_transcript() -> None:
    assert looks_like("**Anna Roth:** Hallo.\n**Dr. Ben Kurz:** Guten Tag.\n")
    assert looks_like("**REP**: Was ist Ihr Ziel?\n**KUNDE**: Kosten senken.\n")
    assert not looks_like("**Datum:** 3.3.2027\n**Rückblick:** gut gelaufen\n**Einwand (offen):** Preis\n")


def test_a_seller_job_with_its_market_is_the_seller() -> None:
    assert job_side("Key Account Manager Industrie & Handel") == "seller"
    assert job_side("Senior Account Executive Public Sector") == "seller"
    assert job_side("Customer Success Manager") == "seller"
    assert job_side("Head of Logistics") == "unknown"


def test_forwarded_mail_signature_job_and_colleague_domain() -> None:
    text = (
        "From: Ben Falk <ben.falk@ovalis.example>\n"
        "To: Mara Voss <mara.voss@ovalis.example>\n"
        "Subject: WG: AW: Anfrage Lager\n\n"
        "Hi Mara,\n\nzur Info, siehe unten. Kannst du das bis Freitag auslegen?\n\nBen\n\n"
        "--\nBen Falk\nKey Account Manager Lebensmittel & Getränke\nOvalis GmbH\n\n"
        "-------- Ursprüngliche Nachricht --------\n"
        "Von: Gerda Haas <g.haas@haas-frische.example>\n"
        "Gesendet: Freitag, 5. März 2027 16:02\n"
        "An: Ben Falk <ben.falk@ovalis.example>\n"
        "Betreff: AW: Anfrage Lager\n\n"
        "Hallo Herr Falk,\n\ndanke für Ihre Fragen. Wir wollen bis 2028 doppelt so viele Filialen beliefern. "
        "Zu Ihren Fragen kann ich Ihnen heute noch keine Zahl sagen, das schickt Ihnen unser Einkauf.\n\n"
        "Gruß\nGerda Haas\n"
    )
    doc = parse_text(text, name="thread.eml")
    assert sides(doc) == {"Ben Falk": "seller", "Gerda Haas": "customer"}
    assert people(doc)["Mara Voss"] == "seller"


def test_a_colleague_brought_onto_the_call_sits_on_the_same_side() -> None:
    text = (
        "Tom Reyes: Hi all. Olga, Pavel, thanks. I've got Nina from our pricing desk on as well.\n"
        "Nina Kaur: Hello both.\n"
        "Olga Stein: Hi. For us the point today is to close the commercials.\n"
        "Pavel Horak: We need this done, our current process loses us orders every week.\n"
        "Tom Reyes: What did the trial show from your side?\n"
        "Olga Stein: Errors went down a lot. Our budget is approved for phase one.\n"
        "Nina Kaur: Our proposal came in a little above that. We can offer 5% if we sign this month.\n"
        "Tom Reyes: Across our customers we typically see payback in two years.\n"
    )
    got = sides(parse_text(text))
    assert got["Tom Reyes"] == got["Nina Kaur"] == "seller"
    assert got["Olga Stein"] == got["Pavel Horak"] == "customer"


def test_a_long_clause_announcing_a_colleague() -> None:
    text = (
        "**[00:00:03] Lars Ohm:** Guten Tag, schön, dass es geklappt hat. Ich hab Frau Berg aus dem Team mitgebracht.\n\n"
        "**[00:00:10] Edda Berg:** Hallo.\n\n"
        "**[00:00:12] Ruth Kamp:** Hallo. Herr Wendt aus der Buchhaltung ist heute auch dabei.\n\n"
        "**[00:00:16] Olaf Wendt:** Tag.\n\n"
        "**[00:00:20] Lars Ohm:** Was ist Ihnen am wichtigsten?\n\n"
        "**[00:00:30] Ruth Kamp:** Bisher machen wir alles von Hand, letztes Jahr haben wir dafür zwei Leute gebraucht.\n\n"
        "**[00:00:45] Lars Ohm:** Verstehe. Dann schicke ich Ihnen bis Freitag ein Angebot.\n\n"
        "**[00:00:50] Olaf Wendt:** Das Budget haben wir eingeplant.\n"
    )
    got = sides(parse_text(text))
    assert got["Lars Ohm"] == got["Edda Berg"] == "seller"
    assert got["Ruth Kamp"] == got["Olaf Wendt"] == "customer"


def test_a_customer_greeting_their_own_colleague_by_first_name() -> None:
    text = (
        "[00:00] Lukas Brenner: Guten Morgen Frau Roth, danke für die Zeit heute.\n"
        "[00:05] Sabine Roth: Guten Morgen Herr Brenner. Hallo Jan, schön, dass du es auch geschafft hast.\n"
        "[00:09] Jan Petersen: Morgen zusammen.\n"
        "[00:12] Lukas Brenner: Was ist Ihnen bei der neuen Lösung am wichtigsten?\n"
        "[00:20] Sabine Roth: Wir haben heute drei Lager und verlieren jeden Monat Aufträge.\n"
        "[00:30] Jan Petersen: Und unser IT-Team ist zu klein für ein großes Projekt.\n"
        "[00:40] Lukas Brenner: Unsere Kunden sparen im Schnitt 30 Prozent Zeit. Ich schicke Ihnen gern eine Referenz.\n"
    )
    got = sides(parse_text(text))
    assert got == {"Lukas Brenner": "seller", "Sabine Roth": "customer", "Jan Petersen": "customer"}


def test_family_firm_in_the_title_and_a_speaker_from_another_company() -> None:
    text = (
        "Kessler Spedition – Vorbereitung Beirat\n"
        "Mia Sand  0:03\nIch hoffe, alle sehen meinen Bildschirm.\n"
        "Paul Kessler  0:09\nJa. Frau Olsen ist auch dabei, sie macht bei uns die Finanzen.\n"
        "Tina Olsen  0:13\nHallo zusammen.\n"
        "Mia Sand  0:15\nWir haben da noch Spielraum. Ich spreche heute mit unserer Geschäftsleitung bei Torvik.\n"
        "Paul Kessler  0:20\nGut. Ziel bleibt, mehr Sendungen am Tag ohne neue Halle.\n"
    )
    got = sides(parse_text(text))
    assert got == {"Mia Sand": "seller", "Paul Kessler": "customer", "Tina Olsen": "customer"}


def test_a_phone_or_room_is_named_by_the_voice_that_joins_through_it() -> None:
    assert parse_label("iPhone (2)").generic and parse_label("Conference Room 4B").generic
    assert not parse_label("Anna Roth").generic
    text = (
        "[00:00] Lea Horn: Guten Tag Herr Baum, Lea Horn von Ovalis.\n"
        "[00:05] Kurt Baum: Grüß Gott. Wir haben nicht viel Zeit heute.\n"
        "[00:10] Lea Horn: Was hat Sie auf der Messe interessiert?\n"
        "[00:15] Kurt Baum: Zwei Fahrer gehen in Rente und wir finden keine neuen.\n"
        "[00:20] Lea Horn: Verstehe.\n"
        "[00:25] Kurt Baum: Ja, so ist das bei uns.\n"
        "[00:30] iPhone (2): Hallo? Bin ich drin?\n"
        "[00:35] Kurt Baum: Ja, wir hören dich.\n"
        "[00:40] iPhone (2): Ich bin die Vera Lindholm, ich mach bei uns das Controlling.\n"
    )
    doc = parse_text(text)
    assert "iPhone (2)" in {t.speaker for t in doc.turns}
    assert people(doc).get("Vera Lindholm") == "customer"
    assert doc.customer_company != "2"


def test_title_account_with_a_legal_form_and_a_titled_name_is_no_company() -> None:
    assert title_account("## Follow-up nach Demo – Bankhaus Morgenstern & Co. KG\nAufnahme", set()) == (
        "Bankhaus Morgenstern & Co. KG"
    )
    text = (
        "[00:00] Jan Ebert: Frau Kolb, können Sie das nochmal für Herrn Ostwald zusammenfassen?\n"
        "[00:10] Anke Kolb: Ja. Wir müssen alle bis März geschult haben.\n"
    )
    assert parse_text(text).customer_company is None


def test_a_person_named_in_the_seller_recap_is_not_ours_because_of_the_next_line() -> None:
    text = (
        "From: Ada Ruiz <ada.ruiz@lumenta.example>\nTo: Hugo Marsh <hugo@crestline.example>\nSubject: Recap\n\n"
        "Hi Hugo,\n\nhere's what I heard:\n\n* Karl Ebbe (COO) signs the contract.\n\n"
        "On our side: our platform enrols new hires on day one.\n\nBest,\nAda\n\nAda Ruiz\nAccount Executive, Lumenta\n"
    )
    assert people(parse_text(text)).get("Karl Ebbe") == "customer"
