"""Round 16: chat exports, e-mail and guest labels, dialler exports, colleagues named in passing, phone greetings."""

from __future__ import annotations

from coach.text.document import parse_text
from coach.text.people import named_people


def _sides(doc) -> dict[str, str]:  # noqa: ANN001 - a Document
    return {p.name: p.side for p in doc.participants}


def test_chat_export_lines_with_dates_are_turns() -> None:
    text = (
        "[03.02.27, 09:14:02] Mara Trebing: Guten Morgen Herr Lode, wie läuft der Test bei Ihnen im Lager?\n"
        "[03.02.27, 09:20:45] Bernd Lode: Läuft gut. Wir verlieren jeden Freitag zwei Stunden mit den Listen.\n"
        "[03.02.27, 09:21:10] Mara Trebing: Unsere Kunden sparen im Schnitt die Hälfte davon.\n"
        "03.02.27, 09:25 - Bernd Lode: Schicken Sie mir das Angebot, dann rede ich mit dem Chef.\n"
    )
    doc = parse_text(text)
    assert doc.format == "timestamped"
    assert [t.speaker for t in doc.turns] == ["Mara Trebing", "Bernd Lode", "Mara Trebing", "Bernd Lode"]
    assert _sides(doc)["Mara Trebing"] == "seller"


def test_email_address_labels_keep_the_address_and_take_the_said_name() -> None:
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n"
        "<v a.feld@quorix.example>Guten Morgen. Arne Feld von Quorix, wir hatten telefoniert.\n\n"
        "00:00:07.000 --> 00:00:12.000\n"
        "<v r.ost@haller-bau.example>Morgen. Bei uns geht die Doku jede Woche zwei Tage.\n\n"
        "00:00:13.000 --> 00:00:18.000\n"
        "<v a.feld@quorix.example>Was wäre denn Ihr Ziel?\n"
    )
    doc = parse_text(text)
    assert doc.turns[0].speaker == "a.feld@quorix.example"
    feld = next(p for p in doc.participants if p.name == "Arne Feld")
    assert feld.email == "a.feld@quorix.example"
    assert feld.side == "seller"


def test_guest_labels_take_the_name_given_later() -> None:
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nNoor Pendry: Hi both, thanks for making time. I'm Noor from Veltrio.\n\n"
        "00:00:06.000 --> 00:00:09.000\nGuest 1: Hi. Sorry, I joined from my phone.\n\n"
        "00:00:10.000 --> 00:00:14.000\nNoor Pendry: No problem. How do you plan the jobs today?\n\n"
        "00:00:15.000 --> 00:00:25.000\nGuest 1: By hand, mostly. I'm Ilse, by the way, Ilse Brandt, I run the office.\n"
    )
    doc = parse_text(text)
    assert any(p.name.startswith("Ilse") and p.side == "customer" for p in doc.participants)


def test_announced_colleague_by_name_is_not_the_next_voice() -> None:
    text = (
        "Ravi Stone  00:00:01\nHi Lena, thanks for jumping on. I've brought Mona along, she's our consultant.\n\n"
        "Lena Hart  00:00:08\nHi both. We have a backlog of nine thousand tickets every Monday.\n\n"
        "Mona Feld  00:00:15\nCan you tell us what made you fill in the form?\n\n"
        "Lena Hart  00:00:20\nWe need first response under four hours, we are at two days now.\n\n"
        "Ravi Stone  00:00:30\nOur platform routes across channels, our customers usually cut handling time a lot.\n"
    )
    sides = _sides(parse_text(text))
    assert sides["Lena Hart"] == "customer"
    assert sides["Ravi Stone"] == sides["Mona Feld"] == "seller"


def test_dialler_agent_is_the_seller_and_takes_the_name_of_the_phone_greeting() -> None:
    text = (
        "[00:02] Agent: Quorix Telefonie, Vertrieb, Sie sprechen mit Arne Feld, was kann ich für Sie tun?\n"
        "[00:06] Caller: Ja hallo, wir haben 18 Plätze und eine alte Anlage, die ständig ausfällt.\n"
        "[00:14] Agent: Verstehe. Was stört Sie am meisten?\n"
        "[00:20] Caller: Dass bei einem Ausfall alles steht.\n"
    )
    doc = parse_text(text)
    assert _sides(doc).get("Arne Feld") == "seller"
    assert doc.seller_company == "Quorix Telefonie"
    assert "Quorix Telefonie" not in _sides(doc)


def test_reply_to_an_unnamed_voice_by_title_names_it() -> None:
    text = (
        "[00:04] Sprecher A: Danke, dass ich vorbeikommen durfte. Soll ich erst was zeigen?\n"
        "[00:11] Sprecher B: Erst zuhören, Herr Wendisch, bitte. Wir haben 23 Brücken in Ordnern.\n"
        "[00:17] Sprecher A: Gerne. Was ist denn gerade das drängendste Thema?\n"
        "[00:23] Sprecher B: Die Prüfberichte, wir verlieren den Überblick über die Mängel.\n"
    )
    doc = parse_text(text)
    assert _sides(doc).get("Wendisch") == "seller"


def test_list_label_of_the_sellers_is_their_company() -> None:
    text = (
        "Call: Birchmoor Insurance / Ada Carradine (Head of Claims)\n"
        "Veltrio: Tom Fenwright (AE), Nia Park (SE)\n\n"
        "[00:03] Tom: Ada, thanks for taking the call.\n"
        "[00:08] Ada: Sure. Agents have four screens open per claim.\n"
        "[00:15] Nia: How many claims a day?\n"
        "[00:19] Ada: About four hundred.\n"
    )
    doc = parse_text(text)
    assert doc.seller_company == "Veltrio"


def test_a_titled_person_is_no_company() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:05,000\nMia Roth: Hallo Frau Kern, hallo Herr Lutz, schön dass es klappt.\n\n"
        "2\n00:00:06,000 --> 00:00:12,000\nJan Lutz: Lutz, Netzwerk Nord. Wir betreuen die komplette IT der Stadtwerke "
        "Falkenau, ich bin quasi der verlängerte Arm von Frau Kern.\n\n"
        "3\n00:00:13,000 --> 00:00:18,000\nEva Kern: Genau, wir haben im Februar immer zu viele Anrufe.\n"
    )
    doc = parse_text(text, name="call.srt")
    assert doc.customer_company != "Frau Kern"
    assert doc.customer_company == "Stadtwerke Falkenau"


def test_people_named_by_their_job_in_passing() -> None:
    names = {p.name: p.role for p in named_people("It'd go to our Director of Operations, that's Ana Silva.")}
    assert names == {"Ana Silva": "Director of Operations"}
    names = {p.name: p.role for p in named_people("Our CEO, Odalys, approved it in the planning round.")}
    assert names == {"Odalys": "CEO"}
    assert not named_people("Our clients, that is the big ones, pay yearly.")


def test_record_header_fields_name_the_sellers() -> None:
    text = (
        "# Discovery Brennwerk – Technik-Scoping\n\n"
        "**Datum:** 03.11.2026 | **SE:** Nia Park | **AE:** Tom Fenwright\n"
        "**Kunde:** Ada Carradine (Head of Care)\n\n"
        "1. Wie viele Plätze?\n   **Aktuell 34, im Frühjahr bis 50**\n"
    )
    doc = parse_text(text)
    sides = _sides(doc)
    assert sides["Nia Park"] == sides["Tom Fenwright"] == "seller"
    assert doc.customer_company != "Technik-Scoping"


def test_reseller_leading_the_call_sells_the_titled_maker() -> None:
    text = (
        "Implementation scoping – Hovland Build / Veltrio\n"
        "15 January 2027, 10:02\n"
        "Sam Tilbury  0:03\n"
        "Okay, everyone's in. Lukas from Veltrio is with me today, I'm the account manager at Skelby Distribution.\n"
        "Pia Hovland  0:15\n"
        "Thanks. We have three sites and the models come in from five consultants.\n"
        "Sam Tilbury  0:25\n"
        "What would you need to see first?\n"
    )
    doc = parse_text(text, name="call.txt")
    assert doc.seller_company == "Veltrio"


def test_all_caps_letterhead_with_a_legal_form_is_an_organisation() -> None:
    from coach.text.people import extract_organisations, letterhead

    assert letterhead("NORDHOLZ BAUSTOFFE GMBH\nProtokoll Lenkungskreis\n") == "Nordholz Baustoffe GmbH"
    assert letterhead("MEYER & SÖHNE GMBH & CO. KG\nx") == "Meyer & Söhne GmbH & Co. KG"
    assert letterhead("PROTOKOLL LENKUNGSKREIS\nx") is None
    orgs = extract_organisations("NORDHOLZ BAUSTOFFE GMBH\nProtokoll\n")
    assert "nordholz baustoffe gmbh" in [o.casefold() for o in orgs]
