"""Sides of real exports: a reseller beside the seller, introductions with a job or a company, Teams directory names,
unnamed voices, buyer-side notes that report what the vendor said, a surname-first attribution in a quoted e-mail."""

from __future__ import annotations

from coach.text import parse_text
from coach.text.readers.base import job_side, parse_label
from coach.text.sides import seller_statement


def _sides(text: str, **kwargs: object) -> dict[str, str]:
    doc = parse_text(text, **kwargs)  # type: ignore[arg-type]
    return {t.speaker or "": t.side for t in doc.turns}


def test_reseller_introduced_as_our_partner_sits_with_the_seller() -> None:
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Lotte Brandl>Guten Morgen. Ich bin Lotte Brandl von der Ferntal "
        "GmbH, und mit dabei ist Herr Ober von unserem Partner Kessel & Rau.\n\n"
        "00:00:06.000 --> 00:00:09.000\n<v Kai Ober>Hallo, Kai Ober, ich bin Account Manager bei der Kessel & Rau GmbH."
        "\n\n00:00:10.000 --> 00:00:19.000\n<v Irma Seidl>Guten Morgen. Irma Seidl, ich leite die IT hier an der "
        "Hochschule Talbach. Wir haben heute drei Systeme und verlieren jedes Semester Wochen.\n\n"
        "00:00:20.000 --> 00:00:25.000\n<v Lotte Brandl>Wie sieht es mit dem Budget aus?\n\n"
        "00:00:26.000 --> 00:00:30.000\n<v Irma Seidl>Wir haben 200.000 Euro eingeplant.\n"
    )
    doc = parse_text(text)
    sides = {t.speaker: t.side for t in doc.turns}
    assert sides == {"Lotte Brandl": "seller", "Kai Ober": "seller", "Irma Seidl": "customer"}
    assert doc.seller_company and "Ferntal" in doc.seller_company  # the partner is not the seller


def test_colleague_fetched_into_the_call_and_introducing_herself_with_a_job() -> None:
    text = (
        "[00:01] Uwe Kramm: Guten Tag, Uwe Kramm hier. Erzählen Sie doch, wo Sie stehen.\n"
        "[00:10] Berta Lanz: Wir planen heute alles in Excel, das skaliert nicht mehr.\n"
        "[00:20] Uwe Kramm: Verstehe. Ich hole kurz meine Kollegin aus der Technik dazu.\n"
        "[00:25] Nina Holt: Hallo Frau Lanz, Nina Holt, Solution Engineer bei Valtrix.\n"
        "[00:30] Berta Lanz: Können Sie unsere Daten übernehmen?\n"
        "[00:35] Nina Holt: Ja, die Schnittstelle haben wir, die Lizenz liegt bei 90 Euro pro Monat.\n"
    )
    assert _sides(text) == {"Uwe Kramm": "seller", "Berta Lanz": "customer", "Nina Holt": "seller"}


def test_two_companies_named_in_the_introductions_are_the_two_sides() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:05,000\nRolf Amsler: Grüezi miteinander! Rolf Amsler, Ladenta Systems AG aus "
        "Zürich.\n\n2\n00:00:06,000 --> 00:00:12,000\nEva Pirker: Servus, Herr Amsler. Eva Pirker, technische "
        "Leitung bei den Pirchtaler Verkehrsbetrieben.\n\n3\n00:00:13,000 --> 00:00:20,000\nRolf Amsler: Wo drückt "
        "denn der Schuh aktuell?\n\n4\n00:00:21,000 --> 00:00:30,000\nEva Pirker: Die Busse laden nachts nicht voll, "
        "das machen wir heute von Hand.\n\n5\n00:00:31,000 --> 00:00:40,000\nRolf Amsler: Wir könnten Ihnen das erste "
        "halbe Jahr gratis als Pilot anbieten, danach 1'500 Franken pro Monat.\n"
    )
    assert _sides(text) == {"Rolf Amsler": "seller", "Eva Pirker": "customer"}


def test_swiss_prices_and_our_price_are_a_pitch() -> None:
    assert seller_statement("Our standard price for a team your size is around 40k per year.")
    assert seller_statement("Wir könnten Ihnen die ersten drei Monate kostenlos als Testphase anbieten.")


def test_teams_directory_names_share_a_camp_and_unverified_is_no_guest() -> None:
    label = parse_label("Gast (Nicht überprüft)")
    assert not label.external
    assert parse_label("Anna Roth (Guest)").external
    text = (
        "Besprechung\nTom Vehl  0:04\nGuten Morgen, Tom Vehl von Marlo, unser Partner ist auch dabei.\n"
        "Weiss, Jana  0:10\nMorgen. Jana Weiss, ich bin CIO hier an der Hochschule Ebersfeld. Herr Kolb ist auch da.\n"
        "Kolb, Peter  0:20\nHallo.\n"
        "Tom Vehl  0:25\nFrau Weiss, wo stehen Sie gerade? Wir bieten Ihnen gern eine Demo an.\n"
        "Weiss, Jana  0:35\nWir wollen unser Campussystem ablösen, heute haben wir drei Insellösungen.\n"
        "Kolb, Peter  0:45\nUnd bei uns fehlen morgens oft die Daten.\n"
    )
    sides = _sides(text)
    assert sides["Tom Vehl"] == "seller"
    assert sides["Weiss, Jana"] == sides["Kolb, Peter"] == "customer"


def test_unnamed_voice_before_names_appear_is_the_seller_when_it_sounds_like_one() -> None:
    text = (
        "Speaker 1  00:00:03\nHi, good morning, can you hear me alright? What made you reach out?\n\n"
        "Speaker 2  00:00:06\nYes. Our chargers failed twice last month and we lost a day of service.\n\n"
        "Speaker 1  00:00:11\nThat is what our alerting is built for, and your team gets a text in a minute.\n\n"
        "Ivo Marsh  00:01:10\nSorry, the names just kicked in. Ivo Marsh, account exec at Brightcell.\n\n"
        "Dana Fell  00:01:18\nAnd I'm Dana Fell, head of maintenance at Orbus Transit. We need fewer outages.\n\n"
    )
    sides = _sides(text)
    assert sides["Speaker 1"] == "seller"
    assert sides["Speaker 2"] == "customer"
    assert sides["Ivo Marsh"] == "seller"


def test_buyer_notes_report_what_the_vendor_said() -> None:
    text = (
        "# Vendor meeting – internal notes\n\n**Present:**\n- Pia Lund (project lead)\n"
        "- Omar Vitt (Brightdesk, senior account exec)\n- Lea Moor (Channelwise, reseller)\n\n"
        "## Where we are\n- We had 3 outages in June and lose hours every week.\n\n"
        "## What the vendor said\n- Their clients cut tickets by 40% after switching.\n\n"
        "## Assessment\n- Omar says they would staff the migration with 4 consultants for 8 weeks.\n"
    )
    doc = parse_text(text)
    seller = [s.text for s in doc.sentences if s.side == "seller"]
    assert any("40%" in s for s in seller)
    assert any("4 consultants" in s for s in seller)
    assert not any("outages" in s for s in seller)
    assert job_side("Channelwise, reseller") == "seller"


def test_quoted_reply_attributed_surname_first_keeps_its_writer() -> None:
    text = (
        "From: Uta Brehm <u.brehm@sellco.example>\nTo: Jan Pohl <jan@buyerhaus.example>\nSubject: AW: Angebot\n\n"
        "Hallo Herr Pohl,\n\nanbei das Angebot.\n\nViele Grüße\nUta Brehm\n\n"
        "> Am 20.11.2026 um 16:40 schrieb Pohl, Jan Dr. <jan@buyerhaus.example>:\n>\n> Hallo Frau Brehm,\n>\n"
        "> wir brauchen das Angebot bis Freitag, unsere Planung läuft heute noch von Hand.\n>\n> Grüße\n> J. Pohl\n"
    )
    doc = parse_text(text)
    assert [t.speaker for t in doc.turns][-1] == "Jan Pohl"
