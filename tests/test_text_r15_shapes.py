"""Round 15: voices that name themselves mid-call, advisers and distributors, writers' line breaks, signatures."""

from __future__ import annotations

import pytest

from coach.text.document import parse_text
from coach.text.introductions import self_names
from coach.text.readers.email import signature
from coach.text.sentences import sentence_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Okay. Hier nochmal Kowalski. Die Zahlen kommen vom Vorstand.", ["Kowalski"]),
        ("Wir sind zu dritt, Frau Lenz und ich, Okafor, Vertrieb Innendienst.", ["Okafor"]),
        ("Ich bin übrigens der Till, Till Marquart, falls das untergegangen ist.", ["Till Marquart"]),
        ("Genau. Brenneke, Pflegedienstleitung hier im Haus.", ["Brenneke"]),
        ("Sure. Mirela Dunn, head of estates for the trust.", ["Mirela Dunn"]),
        ("Sorry, it's Odile by the way, Odile Ferrant, I run the lab.", ["Odile Ferrant"]),
        ("Moment hier. Alles klar, ich schau nach.", []),
        ("Gut, dann machen wir das so. Danke, ich melde mich.", []),
    ],
)
def test_self_names(text: str, names: list[str]) -> None:
    assert self_names(text) == names


def _people(doc) -> dict[str, str]:  # noqa: ANN001 - a Document
    return {p.name: p.side for p in doc.participants}


def test_room_speaks_for_several_people() -> None:
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:05.000\n<v Anja Brook (Tallow Systems)>Guten Morgen, hören Sie mich im Raum?\n\n"
        "00:00:06.000 --> 00:00:12.000\n<v Sitzungsraum Nord 3.12>Ja. Wir sind zu zweit, Herr Pauly und ich, "
        "Demir aus der Buchhaltung.\n\n"
        "00:00:13.000 --> 00:00:18.000\n<v Anja Brook (Tallow Systems)>Schön. Was ist Ihr größtes Problem heute?\n\n"
        "00:00:19.000 --> 00:00:25.000\n<v Sitzungsraum Nord 3.12>Hier nochmal Demir. Der Abschluss dauert acht "
        "Wochen.\n"
    )
    people = _people(parse_text(text))
    assert people.get("Demir") == "customer"
    assert people.get("Anja Brook") == "seller"


def test_diarised_label_named_mid_call() -> None:
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:05.000\n<v SPEAKER_00>So, die Aufnahme läuft. Passt das für Sie?\n\n"
        "00:00:06.000 --> 00:00:08.000\n<v SPEAKER_01>Ja, kein Problem.\n\n"
        "00:00:09.000 --> 00:00:20.000\n<v SPEAKER_00>Gut. Unsere Kunden sparen im Schnitt ein Fünftel der "
        "Wartung. Ich bin übrigens der Till, Till Marquart, ich betreue bei Pumpwerk Nord den Westen.\n\n"
        "00:00:21.000 --> 00:00:30.000\n<v SPEAKER_01>Genau. Brenneke, Pflegedienstleitung hier im Haus. "
        "Wir wollen bis März umstellen.\n"
    )
    doc = parse_text(text)
    people = _people(doc)
    assert people.get("Till Marquart") == "seller"
    assert people.get("Brenneke") == "customer"
    assert [t.speaker for t in doc.turns][:2] == ["SPEAKER_00", "SPEAKER_01"]  # the labels stay as written


def test_writers_line_breaks_end_sentences() -> None:
    notes = (
        "notes: |\n"
        "  Risiko laut Einkauf: Wartungsvertrag läuft aus, danach keine Ersatzteile mehr vom Altanbieter\n"
        "  Wir haben Modul Flottenblick mit Fernwartung gezeigt, Einführung in sechs Wochen\n"
        "  Ziel laut Leitung: Ausfallzeiten halbieren und die Dokumentation zentral führen, bis spätestens "
        "Ende des Geschäftsjahres, damit die Prüfung im Herbst ohne Nacharbeit durchläuft\n"
    )
    texts = sentence_texts(notes)
    assert any(t.startswith("Wir haben Modul Flottenblick") for t in texts)
    assert not any("Altanbieter Wir haben" in t for t in texts)


def test_wrapped_paragraph_still_joined() -> None:
    text = (
        "Der Kunde hat uns erklärt, dass die bisherige Lösung seit drei Jahren nicht mehr\n"
        "Aktualisierungen bekommt und der Betrieb deshalb auf eine neue Plattform umsteigen\n"
        "muss.\n"
    )
    assert len(sentence_texts(text)) == 1


def test_seller_showed_in_notes() -> None:
    doc = parse_text(
        "- Ziel: Ausfälle senken\n- Wir haben ihnen Modul Flottenblick gezeigt, Start in 6 Wochen\n"
    )
    sellers = [s.text for s in doc.sentences if s.side == "seller"]
    assert any("Flottenblick" in s for s in sellers)


@pytest.mark.parametrize(
    ("text", "seller", "customer"),
    [
        (
            "[00:01] Ivo Petrak: Willkommen. Ich bin Ivo Petrak von Quellnetz Software.\n"
            "[00:05] Marit Solberg: Marit Solberg von Kestin Advisory, wir begleiten die Fahrholt Gruppe bei der "
            "Auswahl des Systems.\n"
            "[00:12] Ivo Petrak: Was ist der Auslöser?\n"
            "[00:15] Marit Solberg: Die Planung läuft in Excel.\n",
            "Quellnetz Software",
            "Fahrholt Gruppe",
        ),
        (
            "[00:01] Nils Ober: Morning. I'm Nils with Tarrow Medical Supplies, we distribute Velacor Dialysis "
            "in the north.\n"
            "[00:06] Ruth Amadi: Ruth Amadi, medical director at Brookfield Renal Centres.\n"
            "[00:10] Nils Ober: What would you like to improve?\n"
            "[00:14] Ruth Amadi: Water use and training time.\n",
            "Velacor Dialysis",
            "Brookfield Renal Centres",
        ),
    ],
)
def test_adviser_and_distributor(text: str, seller: str, customer: str) -> None:
    doc = parse_text(text)
    assert doc.seller_company == seller
    assert doc.customer_company == customer


def test_welcome_everyone_from() -> None:
    text = (
        "[00:01] Rowan Hale: Welcome everyone from Ashcombe Imaging Trust. I'm Rowan from Pellory Systems.\n"
        "[00:06] Dana Whit: Thanks. We read twelve thousand scans a month.\n"
        "[00:10] Rowan Hale: Where does it hurt most?\n"
        "[00:14] Dana Whit: Turnaround times.\n"
    )
    doc = parse_text(text)
    assert doc.customer_company == "Ashcombe Imaging Trust"


def test_signature_company_line_and_signed_for() -> None:
    lines = [
        "Die Unterlagen folgen.",
        "",
        "Mit freundlichen Grüßen",
        "i.A. Greta Lindholm",
        "",
        "Greta Lindholm",
        "Einkauf / Vergabestelle",
        "Kreiskrankenhaus Oberau gGmbH",
        "Tel.: 0555 123-45",
        "greta.lindholm@kkh-oberau.example.de",
    ]
    _, person = signature(lines)
    assert person is not None and person.name == "Greta Lindholm"
    assert person.organisation == "Kreiskrankenhaus Oberau gGmbH"
    bare = ["Thanks,", "", "Orla Kerr", "Head of Estates", "Fernhill Private Hospital", "Tel 0161 496 0000"]
    _, person = signature(bare)
    assert person is not None and person.name == "Orla Kerr"


def test_crm_responsible_is_seller_and_degree_title() -> None:
    record = (
        "Typ: Telefonat\n"
        "Verantwortlich: Carla Menge (Heliomed GmbH, Vertrieb Süd)\n"
        "Firma: Praxisklinik Sonnenhang GmbH\n"
        "Kontakt: Dr. med. Almut Riedl, Geschäftsführerin, a.riedl@sonnenhang.example.de\n"
        "Phase: Qualifizierung\n"
        "Gesprächsnotiz:\n"
        "Will den Eingriffsraum neu ausstatten.\n"
    )
    doc = parse_text(record)
    people = _people(doc)
    assert people.get("Carla Menge") == "seller"
    assert people.get("Almut Riedl") == "customer"
    assert doc.seller_company == "Heliomed GmbH"


def test_first_name_with_bracket() -> None:
    doc = parse_text("Call notes\nme + Tomasz (our service lead)\n- wants fewer outages\n")
    assert _people(doc).get("Tomasz") == "seller"


def test_title_abbreviation_spelt_out_by_the_buyer() -> None:
    text = (
        "Rahmenvertrag Wartung – VSK Ost / Ventrix\n"
        "Transkript\n"
        "Mara Lind  0:04\n"
        "Guten Morgen, ich habe die neue Fassung dabei.\n"
        "Olaf Penn  0:12\n"
        "Gut. Also, der Verbund Sächsischer Kliniken Ost will einen Vertrag für alle Häuser.\n"
        "Mara Lind  0:20\n"
        "Verstehe. Wie viele Geräte sind es?\n"
        "Olaf Penn  0:25\n"
        "Rund dreihundert.\n"
    )
    doc = parse_text(text)
    assert doc.customer_company == "Verbund Sächsischer Kliniken Ost"
    assert doc.seller_company == "Ventrix"


def test_seller_recalls_the_customers_company() -> None:
    text = (
        "[00:01] Ada Brand: Last time you mentioned the reporting at Hollis and Crane is getting slow.\n"
        "[00:08] Lee Moss: Yes, month end takes three weeks.\n"
        "[00:12] Ada Brand: Where does it hurt most?\n"
        "[00:15] Lee Moss: The consolidation.\n"
    )
    assert parse_text(text).customer_company == "Hollis and Crane"
