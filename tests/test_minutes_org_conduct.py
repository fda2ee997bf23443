"""One organisation decision from what people do in the prose: the organisation whose people adapt and send the
offer sells, the one whose people confirm, decide, set conditions or raise concerns buys — also when the attendance
list puts the buyer first, or the e-mail's subject names the seller's product."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

_DE = """Abschlusstermin Flottenportal – Standort Kassel
12.04.2027, beim Kunden vor Ort

Teilnehmer:
- Greta Lindholm (Geschäftsführerin, Brauerei Lindholm GmbH)
- Herr Piet Ackermann (Leiter Logistik, Brauerei Lindholm GmbH)
- Sven Roloff, Mira Stanic (beide Tourwerk Software GmbH)

Frau Lindholm hat bestätigt, dass die Pilotergebnisse im Haus verstanden sind.
Entscheidung: Ja, unter der Bedingung, dass der Betriebsrat zustimmt.
Bedenken Herr Ackermann: die Fahrer brauchen eine Schulung.

Nächste Schritte:
1. Sven klärt bis Freitag mit unserem Rechenzentrum die Hosting-Frage.
2. Mira passt den Vertragsentwurf an und schickt ihn rum.
"""

_EN = """From: Lena Hart <l.hart@quillsoft.example>
Sent: 5 May 2027 09:12
To: Marcus Obi <m.obi@harbourfoods.example>
Cc: Priya Nair <p.nair@harbourfoods.example>; Tom Reyes <t.reyes@quillsoft.example>
Subject: RE: Quillsoft Shelf - our decision

Hi Marcus,

thank you, and glad to have your answer today.

AI: Tom - import test with your product data, by 10 May
AI: Lena - revised order form, Friday

Best
Lena

Lena Hart | Enterprise Sales | Quillsoft GmbH

> From: Marcus Obi
> Sent: 4 May 2027 17:40
> Subject: Quillsoft Shelf - our decision
>
> Lena, Tom,
>
> the answer from Harbour Foods Group is yes, provided the import test passes.
> Priya confirmed that the buying team has worked through the trial results.
>
> Marcus
> Head of Operations, Harbour Foods Group
"""


@pytest.mark.parametrize(
    ("notes", "customer", "seller", "customers", "sellers"),
    [
        (
            _DE,
            "Brauerei Lindholm GmbH",
            "Tourwerk Software GmbH",
            ["Greta Lindholm", "Piet Ackermann"],
            ["Sven Roloff", "Mira Stanic"],
        ),
        (
            _EN,
            "Harbour Foods Group",
            "Quillsoft GmbH",
            ["Marcus Obi", "Priya Nair"],
            ["Lena Hart", "Tom Reyes"],
        ),
    ],
)
def test_the_people_who_decide_make_the_customer(
    notes: str, customer: str, seller: str, customers: list[str], sellers: list[str]
) -> None:
    result = draft_minutes(notes, today=date(2027, 5, 5))
    sides = {p.name: p.side for p in result.participants}
    assert (result.company, result.seller_company) == (customer, seller)
    assert all(sides.get(name) == "customer" for name in customers), sides
    assert all(sides.get(name) == "seller" for name in sellers), sides


def test_the_own_company_is_never_overruled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_COMPANY", "Brauerei Lindholm GmbH")
    result = draft_minutes(_DE, today=date(2027, 5, 5))
    assert result.seller_company == "Brauerei Lindholm GmbH"
    assert result.company != "Brauerei Lindholm GmbH"
