"""The customer's company is named in full when its name carries an abbreviation with a dot ('St.', 'u.', 'Sp. z
o.o.') or a legal form such as the Norwegian 'ASA': the dot inside the name is no full stop."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.text.sides import company_key

CASES = [
    (
        "de",
        "Entscheidungstermin 04.05.2027\n"
        "Teilnehmer: Sven Ahrens (Geschäftsführer, Lohmeyer Hoch- u. Tiefbau GmbH & Co. KG), "
        "Paula Kranz (Vertrieb, Vantiro Software GmbH)\n\n"
        "Ergebnis: Lohmeyer sagt Ja zum Angebot.\n",
        "Lohmeyer Hoch- u. Tiefbau GmbH & Co. KG",
    ),
    (
        "en",
        "Decision meeting, 4 May 2027\n"
        "Attendees: Nora Quinn (COO, St. Columba's Care Group), Paul Kranz (Account Executive, Vantiro Ltd)\n\n"
        "Outcome: St. Columba's Care Group approved the offer.\n",
        "St. Columba's Care Group",
    ),
    (
        "en",
        "Decision call – 4 May 2027\n"
        "Present: Tomasz Wrona (CFO, Wrona Logistics Sp. z o.o.), Paul Kranz (Account Executive, Vantiro Ltd)\n\n"
        "Outcome: yes, Tomasz approved the offer.\n",
        "Wrona Logistics Sp. z o.o.",
    ),
    (
        "en",
        "Decision meeting, 4 May 2027\n"
        "Present: Sigrid Dahl (Head of Claims, Fjordvik Forsikring ASA), Paul Kranz (Account Executive, Vantiro Ltd)\n\n"
        "Outcome: Sigrid approved the offer; the order follows next week.\n",
        "Fjordvik Forsikring ASA",
    ),
    (
        "de",
        "Abschlussgespräch 04.05.2027\n"
        "Teilnehmer: Dr. Jana Wolff (Geschäftsführerin, Klinikum St. Albanus gGmbH), "
        "Paula Kranz (Vertrieb, Vantiro Software GmbH)\n\n"
        "Entscheidung: Das Klinikum nimmt das Angebot an.\n",
        "Klinikum St. Albanus gGmbH",
    ),
]


@pytest.mark.parametrize(("lang", "notes", "company"), CASES)
def test_the_customers_company_keeps_its_abbreviations(lang: str, notes: str, company: str) -> None:
    result = draft_minutes(notes, today=date(2027, 5, 4))
    assert result.language == lang
    assert company_key(result.company) == company_key(company)
