"""Participants on the right side and the customer's company, in the forms minutes are written in."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes

SELLER_NOTES = """Final meeting DockFlow – 14.04.2027, Kiel

Teilnehmer:
Nordlicht Software GmbH: Arne Lund (Account Executive), Pia Roth (Solution Engineer)
Kunde: Frau Helga Brandt (Leiterin Einkauf, Kühne Hafenbetriebe AG), Herr Dr. Malik Sahin (CIO), Ute Berg (Controlling)

Ergebnis: Kühne gibt grünes Licht, aber nur unter der Bedingung, dass der Datenschutz freigibt.

Nächste Schritte:
- Arne schickt das finale Angebot bis Freitag
"""

BOARD = """ELMWOOD HOUSING TRUST
Minutes of the Board, 3 March 2027
Directors present: Grace Whitby (Chair), Tom Kettle, Amir Haddad
Guests (item 4 only): Lena Fox and Raj Mehta, Quaywise Systems

4. Repairs platform
Motion to approve the purchase of RepairDesk from Quaywise Systems. Motion carried 3-0.
"""

SHORTHAND = """PlanIt final mtg – Larchmont Foods – 2 Feb 27
ppl: Carla Mendes (COO), Ivo Petrov (IT) | us (Brightpath Data): me (Noor), Felix
- outcome: GO
AI: Felix -> send the rollout plan by Fri
"""

EMAIL = """From: Jana Weiss <j.weiss@halden-bau.example>
To: Marco Ruiz <m.ruiz@tessera-software.example>
Cc: Olaf Kern <o.kern@halden-bau.example>
Date: Thu, 11 Mar 2027 09:12
Subject: RE: recap decision meeting

Marco,

thanks for the recap. Halden Bau GmbH approves the rollout.

Best,
Jana Weiss
Head of Operations | Halden Bau GmbH
"""


def _sides(notes: str) -> dict[str, str]:
    return {p.name: p.side for p in draft_minutes(notes).participants}


def test_labelled_groups_give_sides_and_the_company_from_the_bracket() -> None:
    result = draft_minutes(SELLER_NOTES)
    sides = {p.name: p.side for p in result.participants}
    assert sides["Arne Lund"] == sides["Pia Roth"] == "seller"
    assert sides["Helga Brandt"] == sides["Malik Sahin"] == sides["Ute Berg"] == "customer"
    assert result.company == "Kühne Hafenbetriebe AG"  # from the participants, not the title's product
    assert result.seller_company == "Nordlicht Software GmbH"


def test_board_minutes_guests_of_the_vendor_are_the_seller() -> None:
    result = draft_minutes(BOARD)
    sides = {p.name: p.side for p in result.participants}
    assert {n for n, s in sides.items() if s == "seller"} == {"Lena Fox", "Raj Mehta"}
    assert {"Grace Whitby", "Tom Kettle", "Amir Haddad"} <= {n for n, s in sides.items() if s == "customer"}
    assert result.company and result.company.casefold() == "elmwood housing trust"
    assert result.seller_company == "Quaywise Systems"
    assert result.decision.outcome == "positive"


def test_shorthand_us_label_and_first_names() -> None:
    result = draft_minutes(SHORTHAND)
    sides = {p.name: p.side for p in result.participants}
    assert sides["Noor"] == sides["Felix"] == "seller"
    assert sides["Carla Mendes"] == sides["Ivo Petrov"] == "customer"
    assert result.meeting_date is not None and result.meeting_date.isoformat() == "2027-02-02"
    item = next(a for a in result.action_items if "rollout plan" in a.task)
    assert (item.owner, item.due and item.due.isoformat()) == ("Felix", "2027-02-05")


def test_email_recap_sides_from_domains_and_the_thanks() -> None:
    result = draft_minutes(EMAIL)
    sides = {p.name: p.side for p in result.participants}
    assert sides["Jana Weiss"] == sides["Olaf Kern"] == "customer"
    assert sides["Marco Ruiz"] == "seller"
    assert result.company == "Halden Bau GmbH"
    assert "j.weiss@halden-bau.example" in result.recipients


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Anwesend: Vorstand Bernd Ohl (Vors.), Ina Falk", "Bernd Ohl"),
        ("Present: Nguyễn Thị Mai (Finance), Tom Lee", "Nguyễn Thị Mai"),
        ("Attendees: Đặng Văn Bình, Ruth Kline", "Đặng Văn Bình"),
    ],
)
def test_names_in_attendance_lines(line: str, name: str) -> None:
    notes = f"Decision meeting, 4 May 2027\n{line}\n\nDecision: yes.\n"
    assert name in [p.name for p in draft_minutes(notes).participants]
