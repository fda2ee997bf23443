"""Preparing a deal's decision meeting (QA round 2): only the customer's people are invited, the preparation agrees
with the evidence it quotes, the one-pager sorts sentences by kind, and the invitations are sendable."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

import pytest
from icalendar import Calendar
from test_deals_merge import notes

from coach.deals.merge import Entry
from coach.prepare.engine import Material, prepare
from coach.prepare.export import SENDER_PLACEHOLDER, export

# Our own people appear in the notes: as "ich (…)" (the text layer's seller side), as a participant with our
# company in brackets, and in a later note the text layer reads as a customer — all of them are ours.
CALL_A = """Erstgespräch Kestrel Werke, 02.09.2026
Teilnehmer: Frau Yilmaz (Leiterin Einkauf, Kestrel Werke AG), Bernd Kolb (Werksleiter, Kestrel Werke AG), ich (Lea Sommer, Brightline Software GmbH)

Frau Yilmaz will die Bestellfreigaben von 6 auf 2 Tage verkürzen.
Budget ist freigegeben: 60.000 EUR für 2027.
Bernd Kolb unterschreibt bis 50.000 EUR, darüber die Geschäftsführerin Dr. Anke Hahn.
Sie vergleichen uns mit Mitbewerber Procura.
AP: Lea schickt bis 09.09. eine Referenz aus dem Maschinenbau.
Mit schnelleren Bestellungen könnte der Einkauf monatlich statt quartalsweise verhandeln.
Ein Pilot im Werk Süd wäre denkbar?
"""
CALL_B = """Zweites Gespräch Kestrel Werke, 16.09.2026
Teilnehmer: Frau Yilmaz, Lea Sommer (Brightline), Jonas Brandt (Solution Engineer, Brightline Software GmbH)
Frau Yilmaz bestätigt den Zeitplan.
"""
OFFER = "Brightline Approve für das Werk Süd, 24 Monate, 72.000 EUR"


def _material(offer: str | None = OFFER) -> Material:
    first = notes(
        goals=(
            "covered",
            [
                "Frau Yilmaz will die Bestellfreigaben von 6 auf 2 Tage verkürzen.",
                "AP: Lea schickt bis 09.09. eine Referenz aus dem Maschinenbau.",
            ],
        ),
        budget=("covered", ["Budget ist freigegeben: 60.000 EUR für 2027."]),
        authority=(
            "partial",
            ["Bernd Kolb unterschreibt bis 50.000 EUR, darüber die Geschäftsführerin Dr. Anke Hahn."],
        ),
        positive_implications=(
            "covered",
            ["Mit schnelleren Bestellungen könnte der Einkauf monatlich statt quartalsweise verhandeln."],
        ),
    )
    return Material(
        language="de",
        deal_id=1,
        deal_name="Kestrel Freigaben",
        customer="Kestrel Werke AG",
        offer=offer,
        notes=[
            (Entry(1, "notes", dt.date(2026, 9, 2), first), CALL_A),
            (Entry(2, "notes", dt.date(2026, 9, 16), notes()), CALL_B),
        ],
    )


def test_the_buying_centre_is_the_customers_people_only() -> None:
    prep = prepare(_material(), dt.date.today() + dt.timedelta(days=30), "10:00")
    names = [a.name for a in prep.invitation.attendees]
    assert not [n for n in names if "Sommer" in n or "Brandt" in n], names
    assert any("Yilmaz" in n for n in names) and any("Kolb" in n for n in names)
    assert all(a.side == "customer" for a in prep.invitation.attendees)


def test_our_company_setting_keeps_a_colleague_out(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Call 2026-09-02\nAttendees: Nora Quist (Head of Finance, Larchmont Foods), Ivo Petrov (Larchmont Foods)\n"
    material = Material(
        language="en",
        customer=None,
        notes=[(Entry(1, "notes", dt.date(2026, 9, 2), notes()), text)],
    )
    assert {a.name for a in prepare(material).invitation.attendees} >= {"Ivo Petrov"}
    monkeypatch.setenv("COACH_COMPANY", "Larchmont Foods")  # here Larchmont is us: nobody is a customer
    assert prepare(material).invitation.attendees == []


def test_the_preparation_agrees_with_the_evidence_it_quotes() -> None:
    prep = prepare(_material(), dt.date.today() + dt.timedelta(days=30))
    price = [o for o in prep.likely_objections if o.type == "price"]
    for o in price:
        if any("freigegeben" in e for e in o.evidence):
            assert "nicht bestätigt" not in o.reason
    competitor = next(o for o in prep.likely_objections if o.type == "competitor")
    assert competitor.questions and not any(" X " in f" {q} " or "X " in q for q in competitor.questions)
    assert any("Procura" in q for q in competitor.questions)


def test_a_budget_taken_back_later_is_named_as_withdrawn() -> None:
    material = _material()
    later = notes(budget=("partial", ["Budget doch nicht freigegeben, alles über 30k ist gestoppt."]))
    material.notes.append(
        (
            Entry(3, "notes", dt.date(2026, 9, 25), later),
            "Telefonat 25.09.2026\n- Budget doch nicht freigegeben, alles über 30k ist gestoppt.\n",
        )
    )
    price = next(o for o in prepare(material).likely_objections if o.type == "price")
    assert "zurückgenommen" in price.reason and any("doch nicht" in e for e in price.evidence)


def test_one_pager_sections_take_sentences_of_their_own_kind() -> None:
    pager = {e.element: e for e in prepare(_material()).one_pager}
    goals = pager["goals_and_challenges"]
    assert any("Bestellfreigaben" in s for s in goals.evidence)
    assert not any(s.startswith("AP:") for s in goals.evidence)  # an action item is no goal
    contract = pager["contract_frame"]
    assert not any("quartalsweise" in s for s in contract.evidence)  # a benefit is no price structure
    # the offer text states term and price: they are not "missing"
    assert "term" not in contract.missing and "price" not in contract.missing
    assert "?." not in " ".join(e.text for e in pager.values())


def test_a_decision_maker_whose_limit_is_below_the_price_is_flagged() -> None:
    checks = [c for c in prepare(_material()).checklist if c.id.startswith("signing_limit")]
    assert len(checks) == 1 and checks[0].status == "open" and "50.000 EUR" in checks[0].note
    cheap = [
        c for c in prepare(_material("Pilot, 6 Monate, 40.000 EUR")).checklist if c.id.startswith("signing")
    ]
    assert cheap == []


def test_invitations_are_sendable_and_name_no_price() -> None:
    prep = prepare(_material(), dt.date(2030, 3, 12), "10:00")
    assert "72.000" not in prep.invitation.subject and "Brightline Approve" in prep.invitation.subject
    assert "72.000" not in prep.invitation.body
    ics = Calendar.from_ical(export(prep, "ics"))
    assert str(ics["method"]) == "REQUEST"
    start = ics.walk("VEVENT")[0]["dtstart"].dt
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(hours=1)  # CET in March
    assert any(c.name == "VTIMEZONE" for c in ics.walk())
    ny = Calendar.from_ical(export(prep, "ics", tz="America/New_York")).walk("VEVENT")[0]["dtstart"].dt
    assert ny.utcoffset() == dt.timedelta(hours=-4)
    mail = email.message_from_bytes(export(prep, "eml"), policy=policy.default)
    assert mail["From"] == SENDER_PLACEHOLDER and "72.000" not in mail["Subject"]
    mine = email.message_from_bytes(
        export(prep, "eml", sender="lea@brightline.example"), policy=policy.default
    )
    assert mine["From"] == "lea@brightline.example"


def test_a_past_meeting_date_gets_a_warning() -> None:
    past = prepare(_material(), dt.date(2020, 1, 1))
    assert any("Vergangenheit" in n for n in past.notices)
    assert not any("Vergangenheit" in n for n in prepare(_material(), dt.date.today()).notices)


def test_people_of_another_organisation_are_not_the_customers_buying_centre() -> None:
    text = (
        "Workshop 20.09.2026\nTeilnehmer: Frau Yilmaz (Leiterin Einkauf, Kestrel Werke AG), "
        "Kai Frey (Berater, Nexa Consulting GmbH)\n- Frau Yilmaz will die Freigaben beschleunigen.\n"
    )
    material = _material()
    material.notes.append((Entry(3, "notes", dt.date(2026, 9, 20), notes()), text))
    names = [a.name for a in prepare(material).invitation.attendees]
    assert not any("Frey" in n for n in names) and any("Yilmaz" in n for n in names)
    material.customer = "KWA"  # spelled otherwise than in the notes: the organisation then decides nothing
    assert any("Frey" in n for n in (a.name for a in prepare(material).invitation.attendees))
