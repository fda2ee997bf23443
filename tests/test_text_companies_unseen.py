"""The seller's and the customer's company on texts the rules were not written from: titles, questions about the
other side, the seller presenting their product, jobs at a company, family firms, projects, legal forms, e-mail."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.companies import domain_organisation, title_companies
from coach.text.sides import company_key, same_company


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Besprechung Praxtor / Hofgut Lindner\nJana Roth  0:02\nHallo.", ["Praxtor", "Hofgut Lindner"]),
        ("Meeting: Ostrilla x Vennemann & Söhne\nTeilnehmer: …", ["Ostrilla", "Vennemann & Söhne"]),
        (
            "# Gesprächsmitschnitt Quorvel / Bäckerei Senft\n\n**[00:00:02] Anna:** Hallo",
            ["Quorvel", "Bäckerei Senft"],
        ),
        ("Call — Orbitrail x Fenwick Labs, pilot scoping\nAttendees: …", ["Orbitrail", "Fenwick Labs"]),
        (
            "WEBVTT\n\nNOTE Aufzeichnung: Erstgespräch Falkenried Logistik / Paletta\n\n00:00:01.000 --> 00:00:04.000\n<v A>Hallo",
            ["Falkenried Logistik", "Paletta"],
        ),
        ("## Cold call – Harbour Lane Bakery\n\n**REP**: Hi", ["Harbour Lane Bakery"]),
        ("# Gespräch Pflegedienst Sommer – Tourenplanung\n", ["Pflegedienst Sommer"]),
        ("Subject: RE: Fuel & idling - next steps\n", []),
        ("Notizen zum Termin am Dienstag\n- Budget offen", []),
    ],
)
def test_title_companies(text: str, expected: list[str]) -> None:
    assert title_companies(text) == expected


def _timestamped(text: str) -> str:
    """Return 'Name: text' lines as a timestamped transcript ('[00:01] Name: text')."""
    return "\n".join(f"[00:{i:02d}] {line}" for i, line in enumerate(text.splitlines(), 1))


CUSTOMER = [
    # the seller asks about the customer's company
    (
        "de",
        "Tom Weiss: Guten Tag, Tom Weiss von Quorvel.\nEva Krug: Hallo.\nTom Weiss: Wo steht Wendhusen gerade "
        "beim Thema Planung?\nEva Krug: Wir planen alles in Excel.",
        "Quorvel",
        "Wendhusen",
    ),
    (
        "en",
        "Tom Weiss: Hi, Tom Weiss from Quorvel here.\nEva Krug: Hi.\nTom Weiss: How's Tallowmere set up today?\n"
        "Eva Krug: We plan everything in spreadsheets.",
        "Quorvel",
        "Tallowmere",
    ),
    (
        "en",
        "Tom Weiss: Hi, Tom Weiss from Quorvel.\nEva Krug: Hi.\nTom Weiss: So what's prompting this at Tallowmere?\n"
        "Eva Krug: Our planners are overloaded.",
        "Quorvel",
        "Tallowmere",
    ),
    (
        "de",
        "Tom Weiss: Hallo, Tom Weiss von Quorvel. Ich habe in der Anfrage von Gärtnerei Albers gelesen, es geht um "
        "die Touren.\nEva Krug: Genau.",
        "Quorvel",
        "Gärtnerei Albers",
    ),
    # a customer gives their job at their company
    (
        "en",
        "Tom Weiss: Hi, Tom Weiss from Quorvel.\nEva Krug: Morning. Eva, CFO at Tallowmere Mills. Ben runs our "
        "planning.\nTom Weiss: Great.",
        "Quorvel",
        "Tallowmere Mills",
    ),
    (
        "de",
        "Tom Weiss: Hallo, Tom Weiss von Quorvel.\nEva Krug: Hallo. Ich bin im Einkauf vom Klinikum Weidenau und "
        "sammle Angebote.\nTom Weiss: Gern.",
        "Quorvel",
        "Klinikum Weidenau",
    ),
    # a sentence that opens with the speaker's own place
    (
        "de",
        "Tom Weiss: Hallo, Tom Weiss von Quorvel.\nEva Krug: Hallo.\nTom Weiss: Wie lange dauert die Abnahme?\n"
        "Eva Krug: Bei Lerchenfeld Bau dauert die Abnahme drei Wochen.",
        "Quorvel",
        "Lerchenfeld Bau",
    ),
    (
        "en",
        "Tom Weiss: Hi, Tom Weiss from Quorvel.\nEva Krug: Hi.\nTom Weiss: How long does onboarding take?\n"
        "Eva Krug: At Harbour Lane Transport it takes about a month per driver.",
        "Quorvel",
        "Harbour Lane Transport",
    ),
    # a family firm carries the customer's surname
    (
        "en",
        "Tom Weiss: Hi, Tom Weiss from Quorvel.\nEva Krug: Hi.\nPaul Brandt: From Brandt Feinmechanik it's me and "
        "Eva today.\nTom Weiss: Great.",
        "Quorvel",
        "Brandt Feinmechanik",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "seller", "customer"), CUSTOMER, ids=[f"{c[0]}-{i}" for i, c in enumerate(CUSTOMER)]
)
def test_customer_company_from_what_is_said(lang: str, text: str, seller: str, customer: str) -> None:
    doc = parse_text(_timestamped(text), seller=["Tom Weiss"])
    assert same_company(doc.seller_company, seller)
    assert same_company(doc.customer_company, customer)


SELLER = [
    (
        "en",
        "Tom Weiss: Hi Eva, thanks for the time.\nEva Krug: Sure.\nTom Weiss: So just to recap, Quorvel predicts "
        "no-shows in your clinics a week ahead.\nEva Krug: Okay.",
        "Quorvel",
    ),
    (
        "en",
        "Tom Weiss: Hi Eva.\nEva Krug: Hi.\nTom Weiss: Quick context from us. Quorvel is used by about 80 clinic "
        "groups.\nEva Krug: Okay.",
        "Quorvel",
    ),
    (
        "en",
        "Tom Weiss: Hi Eva.\nEva Krug: Hi.\nTom Weiss: Quick intro on Quorvel: we do reminders by text and mail.\n"
        "Eva Krug: Okay.",
        "Quorvel",
    ),
    (
        "de",
        "Tom Weiss: Hallo Frau Krug.\nEva Krug: Hallo.\nTom Weiss: Mit Quorvel sparen Praxen im Schnitt zehn Stunden "
        "im Monat.\nEva Krug: Aha.",
        "Quorvel",
    ),
    # a reference customer is not the seller
    (
        "de",
        "Tom Weiss: Hallo Frau Krug, hier ist Tom Weiss von Quorvel.\nEva Krug: Hallo.\nTom Weiss: Bei Kaltenhof "
        "Pflege haben wir das in acht Wochen eingeführt.\nEva Krug: Aha.",
        "Quorvel",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "seller"), SELLER, ids=[f"{c[0]}-{i}" for i, c in enumerate(SELLER)]
)
def test_seller_company_from_the_pitch(lang: str, text: str, seller: str) -> None:
    doc = parse_text(_timestamped(text), seller=["Tom Weiss"])
    assert same_company(doc.seller_company, seller)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary noun after an article, a project in quotes, a language: never the customer's company
        "Tom Weiss: Hallo, Tom Weiss von Quorvel.\nEva Krug: Wenn wir bei der Nachprüfung wieder auffallen, wird es "
        "teuer.\nTom Weiss: Und vor der Nachprüfung?\nEva Krug: Vor der Nachprüfung wäre ideal.",
        'Tom Weiss: Hi, Tom Weiss from Quorvel.\nEva Krug: We kicked off "Northstar" in May.\nTom Weiss: Is there '
        "budget for Northstar?\nEva Krug: Northstar has its own budget.",
        "Tom Weiss: Hi, Tom Weiss from Quorvel. Should we do this in English?\nEva Krug: English is fine.",
    ],
)
def test_no_company_from_nouns_projects_or_languages(text: str) -> None:
    doc = parse_text(_timestamped(text), seller=["Tom Weiss"])
    assert doc.customer_company is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Corrib Analytics DAC", "corrib analytics"),
        ("Nowak Systemy Sp. z o.o.", "nowak systemy"),
        ("Tanaka Seiki K.K.", "tanaka seiki"),
        ("Rossi Meccanica S.p.A.", "rossi meccanica"),
        ("Hansen Byg ApS", "hansen byg"),
        ("Virta Solutions Oyj", "virta solutions"),
        ("Atelier Dubois SAS", "atelier dubois"),
        ("Pflegedienst Lerche gGmbH", "pflegedienst lerche"),
        ("Solberg Plast AB", "solberg plast"),
        ("Kestrel Vault Inc.", "kestrel vault"),
    ],
)
def test_company_key_strips_legal_forms(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("email", "org"),
    [
        ("a.b@harlow-freight.co.uk", "Harlow Freight"),
        ("jana@nordwerk.example", "Nordwerk"),
        ("j.roth@kelpa-logistik.example.de", "Kelpa Logistik"),
        ("sam@brightloop.example.com", "Brightloop"),
        ("someone@gmail.com", None),
        ("someone@example.com", None),
    ],
)
def test_domain_organisation(email: str, org: str | None) -> None:
    assert domain_organisation(email) == org
