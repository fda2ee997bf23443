"""E-mail threads as people paste them: a header block that opens with the subject, sign-offs with initials or the
bare name, then the signature block that names the customer's company."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.sides import same_company

DE = """Betreff: AW: Angebot Tourenplanung
Von: Petra Aumann <p.aumann@gaertnerei-aumann.example.de>
Datum: 02.12.2026, 09:10
An: Jonas Rieder <j.rieder@routio.example.de>

Guten Morgen Herr Rieder,

anbei die Rückmeldung unserer Geschäftsführung. Können wir Donnerstag telefonieren?

VG
P. Aumann

Petra Aumann
Disposition
Gärtnerei Aumann GmbH
Tel. 0511 555 123

Am 28.11.2026 um 14:02 schrieb Jonas Rieder <j.rieder@routio.example.de>:
> Hallo Frau Aumann,
> anbei unser Angebot. Unsere Kunden sparen im Schnitt ein Viertel der Fahrzeit.
>
> Viele Grüße
> Jonas Rieder
> Vertrieb
> Routio GmbH
"""

EN = """From: Grace Okafor <grace@millbrook-dairy.example.com>
Sent: Monday, December 1, 2026 10:02 AM
To: Ravi Shah <ravi.shah@fieldnote.example.com>
Subject: RE: pilot

Hi Ravi,

Thanks. We'd like to start the pilot in March, but our CFO needs the numbers first.

Grace

Grace Okafor
Plant Manager | Millbrook Dairy Ltd
+44 20 5555 0101

-----Original Message-----
From: Ravi Shah <ravi.shah@fieldnote.example.com>
Sent: Friday, November 27, 2026 3:00 PM
To: Grace Okafor <grace@millbrook-dairy.example.com>
Subject: pilot

Hi Grace,
our customers usually cut spoilage by a fifth. Shall we plan a pilot?

Best regards,
Ravi Shah
Account Executive, Fieldnote Ltd
"""


@pytest.mark.parametrize(
    ("text", "turns", "person", "role", "customer", "seller"),
    [
        (
            DE,
            [("Petra Aumann", "customer"), ("Jonas Rieder", "seller")],
            "Petra Aumann",
            "Disposition",
            "Gärtnerei Aumann",
            "Routio",
        ),
        (
            EN,
            [("Grace Okafor", "customer"), ("Ravi Shah", "seller")],
            "Grace Okafor",
            "Plant Manager",
            "Millbrook Dairy",
            "Fieldnote",
        ),
    ],
    ids=["de", "en"],
)
def test_thread_turns_signatures_and_companies(
    text: str, turns: list[tuple[str, str]], person: str, role: str, customer: str, seller: str
) -> None:
    doc = parse_text(text)
    assert doc.format == "email"
    assert [(t.speaker, t.side) for t in doc.turns] == turns
    signer = next(p for p in doc.participants if p.name == person)
    assert signer.role == role and signer.side == "customer"
    assert same_company(doc.customer_company, customer)
    assert same_company(doc.seller_company, seller)
