"""The one organisation decision: people grouped once (e-mail domain, the organisation written beside them), the
two groups weighed against each other (our offer, the writer's pitch, roles, what their people say and do, where
the meeting is held), and a meeting whose sides came out reversed as a whole is turned — never by one weak cue."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.pairing import teams_of
from coach.text.model import Participant
from coach.text.sides import company_key

ATTENDEES = (
    "Karin Hallberg <k.hallberg@hallberg-sommer.example>\n"
    "Tim Sommer <t.sommer@hallberg-sommer.example>\n"
    "Jannik Brandt <jannik.brandt@lumio.example>\n"
    "Selin Aksoy <s.aksoy@lumio.example>\n"
)
REVERSED_BEFORE = [
    (
        "de",
        "Lumio Akte – Entscheidungstermin (Notizen J. Brandt)\n"
        "Di, 09.03.2027, 14:00, bei Hallberg & Sommer Steuerberater PartG mbB\n\n"
        "Teilnehmer:\n" + ATTENDEES.replace("Tim Sommer", "Timo Sommer") + "\n"
        "Kurz: noch keine Entscheidung, Frau Hallberg will erst mit den Partnern sprechen.\n"
        "Unser Angebot (Lumio GmbH): 24.000 € pro Jahr, hab ich nochmal erklärt, unsere Kunden sparen im Schnitt "
        "30 % Zeit.\nHerr Sommer hat Bedenken wegen der Datenübernahme.\n\n"
        "ToDos:\n- Selin: Migrationsplan bis Freitag\n- ich: Angebot auf 3 Jahre umrechnen\n",
        "Hallberg & Sommer Steuerberater PartG mbB",
    ),
    (
        "en",
        "Lumio Files – decision meeting (notes J. Brandt)\n9 March 2027, 2 pm, at Hallberg & Sommer Accountants LLP\n\n"
        "Participants:\n" + ATTENDEES + "\n"
        "No decision today: Karin wants to take it to the partners first.\n"
        "Our offer (Lumio Ltd): 24k a year. I explained it again; our customers save about 30% of their time.\n"
        "Tim is worried about the data migration.\n\n"
        "To do:\n- Selin: migration plan by Friday\n- me: recalculate the offer for a three-year term\n",
        "Hallberg & Sommer Accountants LLP",
    ),
    (
        "en",
        "Lumio Files Accounting Suite – decision call, 09/03/2027\n\n"
        "Participants:\n" + ATTENDEES + "\n"
        "No decision today: Karin wants to take it to the partners first.\n"
        "Our offer (Lumio Ltd): 24k a year. I explained it again; our customers save about 30% of their time.\n"
        "Tim is worried about the data migration.\n\n"
        "To do:\n- Selin: migration plan by Friday\n- me: recalculate the offer for a three-year term\n",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "notes", "customer"), REVERSED_BEFORE)
def test_a_meeting_reversed_as_a_whole_is_turned(lang: str, notes: str, customer: str | None) -> None:
    result = draft_minutes(notes, today=date(2027, 3, 9))
    sides = {p.name.split()[0]: p.side for p in result.participants}
    assert result.language == lang
    assert sides["Karin"] == "customer"
    assert sides["Jannik"] == "seller" and sides["Selin"] == "seller"
    assert "Lumio" not in (result.company or "")
    if customer:
        assert company_key(result.company) == company_key(customer)


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "de",
            "Entscheidungstermin Hallberg & Sommer, 09.03.2027\n\nTeilnehmer:\n" + ATTENDEES + "\n"
            "Frau Hallberg hat zugesagt, die Bestellung kommt per Mail.\n"
            "Selin präsentiert den Migrationsplan.\n",
        ),
        (
            "en",
            "Decision meeting Hallberg & Sommer, 9 March 2027\n\nAttendees:\n" + ATTENDEES + "\n"
            "Karin approved the offer; the order follows by email.\nSelin presented the migration plan.\n",
        ),
    ],
)
def test_a_meeting_sided_right_stays_as_it_is(lang: str, notes: str) -> None:
    result = draft_minutes(notes, today=date(2027, 3, 9))
    sides = {p.name.split()[0]: p.side for p in result.participants}
    assert (sides["Karin"], sides["Selin"]) == ("customer", "seller")


def test_people_are_grouped_once_by_domain_and_written_organisation() -> None:
    people = [
        Participant(name="Karin Hallberg", email="k.hallberg@hallberg-sommer.example"),
        Participant(name="Tim Sommer"),
        Participant(name="Jannik Brandt", email="jannik.brandt@lumio.example"),
        Participant(name="Ana Ruiz", email="ana.ruiz@gmail.example"),
    ]
    teams = teams_of(people, {"Tim Sommer": "Hallberg & Sommer LLP", "Jannik Brandt": "Lumio Ltd"})
    grouped = sorted(sorted(p.name for p in t.members) for t in teams)
    assert grouped == [["Jannik Brandt"], ["Karin Hallberg", "Tim Sommer"]]
