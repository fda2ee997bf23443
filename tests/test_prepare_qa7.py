"""QA round 7 of `coach prepare`: a customer's decision is no commitment of ours, a role is said once, German
Markdown writes German dates (English stays ISO), a commitment the customer confirmed receiving is done."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coach.deals.commitments import find_commitments
from coach.prepare.engine import Material, _tidy, prepare, prepare_notes
from coach.prepare.export import to_md
from coach.prepare.models import Attendee

NOTES_DE = """Gesprächsnotiz 12.11.2026, Kunde Fahrwerk Südholz GmbH
Teilnehmer: Frau Dr. Ilse Wendtland (CFO, Fahrwerk Südholz GmbH), Herr Bodo Marquardt (Leiter Instandhaltung)
- Ziel: Stillstandzeiten der Pressen um 15 % senken bis Ende Q2 2027.
- Frau Wendtland hat entschieden, die Ausschreibung bis 15.01.2027 abzuschließen.
- Frau Wendtland entscheidet bis 10.12.2026 über den Rollout.
- AP: Herr Marquardt schickt bis 20.11.2026 die Maschinenliste.
- Herr Marquardt schickt bis Freitag, 27.11.2026, die Stillstandsstatistik.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Frau Wendtland hat entschieden, die Ausschreibung bis 15.01.2027 abzuschließen.",
        "Frau Wendtland entscheidet bis 10.12.2026 über den Rollout.",
        "Herr Olsen hat beschlossen, bis März 2027 zu warten.",
        "Ms Okafor decided to close the tender by 15 January 2027.",
    ],
)
def test_a_decision_with_a_date_is_no_commitment(sentence: str) -> None:
    assert find_commitments(sentence, date(2026, 11, 12), "de") == []


def test_a_promise_with_an_owner_and_a_date_is_still_a_commitment() -> None:
    found = find_commitments(NOTES_DE, date(2026, 11, 12), "de")
    tasks = [c.task for c in found]
    assert any("Maschinenliste" in t for t in tasks) and any("Stillstandsstatistik" in t for t in tasks)
    assert not any("entschieden" in t or "entscheidet" in t for t in tasks), tasks


def test_the_checklist_quotes_no_decision_as_our_commitment() -> None:
    prep = prepare_notes(NOTES_DE, lang="de")
    notes = [c.note for c in prep.checklist if c.id.startswith("commitment_")]
    assert len(notes) == 2, notes
    assert not any("entschied" in n or "entscheidet" in n for n in notes), notes


@pytest.mark.parametrize(
    ("role", "organisation", "expected"),
    [
        ("CFO", "CFO", ("CFO", None)),
        ("Velotrak", "Velotrak", (None, "Velotrak")),
        ("CFO", "Jan Berger", ("CFO", None)),  # another attendee's name is no organisation
        ("CFO", "Kranwerk Ost GmbH", ("CFO", "Kranwerk Ost GmbH")),
    ],
)
def test_role_and_organisation_are_said_once(role: str, organisation: str, expected: tuple) -> None:
    person = _tidy(Attendee(name="Linda Hovestadt", role=role, organisation=organisation), {"jan berger"})
    assert (person.role, person.organisation) == expected


def test_no_attendee_line_repeats_a_part() -> None:
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Jan Berger (Velotrak)>Guten Morgen, schön dass es klappt.\n\n"
        "00:00:06.000 --> 00:00:12.000\n<v Linda Hovestadt (CFO)>Ich entscheide das, Budget sind 90k.\n"
    )
    dialogue = (
        "Linda Hovestadt (CFO, Kranwerk Ost): Ich entscheide das. Budget 90k.\n"
        "Oskar Lindqvist (Einkauf): Wir wollen bis Juni fertig sein.\n"
    )
    for text in (vtt, dialogue):
        md = to_md(prepare_notes(text, lang="de"))
        block = md.split("**Teilnehmende:**", 1)[1].split("```", 1)[0]
        lines = [ln[2:] for ln in block.splitlines() if ln.startswith("- ")]
        assert lines, md
        for line in lines:
            parts = [p.strip() for p in re.sub(r"\s*\(Entscheider\).*", "", line).split(",")]
            assert len(parts) == len(set(parts)), line


def test_roles_stay_with_their_line_when_the_splitter_joins_two_lines() -> None:
    notes = (
        "Call notes 12 Nov 2026 — Harbourline Logistics\n"
        "Attendees: Priya Ramanathan, CFO; Tomasz Wielgosz, Head of Operations\n"
        "Priya Ramanathan, CFO, said she signs anything up to 200k.\n"
        "Goal: cut empty truck miles by 12 % by Q3 2027.\n"
    )
    people = {a.name: a for a in prepare_notes(notes, lang="en").invitation.attendees}
    assert people["Priya Ramanathan"].role == "CFO" and people["Priya Ramanathan"].decision_maker
    assert people["Tomasz Wielgosz"].role == "Head of Operations"
    assert not people["Tomasz Wielgosz"].decision_maker


def test_german_markdown_writes_german_dates_and_english_stays_iso() -> None:
    notes = "Notizen 12.11.2026\n- AP: Herr Marquardt schickt bis Freitag die Maschinenliste.\n"
    german = to_md(prepare_notes(notes, lang="de", meeting_date=date(2026, 12, 3), meeting_time="10:00"))
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", german), german
    assert "(Herr Marquardt, 13.11.2026)" in german and "03.12.2026" in german
    english = to_md(prepare_notes(notes, lang="en", meeting_date=date(2026, 12, 3)))
    assert "2026-11-13" in english


def test_a_commitment_the_customer_confirmed_receiving_is_done_in_the_checklist() -> None:
    from coach.deals.merge import Entry
    from coach.qualify import analyse

    first = "Telefonat 10.11.2026\n- AP: wir schicken bis 18.11.2026 das Angebot.\n- AP: Frau Hovestadt schickt bis 20.11.2026 die Wartungsprotokolle.\n"
    second = "E-Mail 19.11.2026\nDanke für das Angebot, ist angekommen.\n"
    notes = [
        (Entry(id=n, kind="notes", date=day, result=analyse(text, lang="de")), text)
        for n, (day, text) in enumerate([(date(2026, 11, 10), first), (date(2026, 11, 19), second)], 1)
    ]
    prep = prepare(Material(language="de", notes=notes))
    status = {c.note.split(": ", 1)[1]: c.status for c in prep.checklist if c.id.startswith("commitment_")}
    assert status == {
        "wir schicken bis 18.11.2026 das Angebot": "done",
        "Frau Hovestadt schickt bis 20.11.2026 die Wartungsprotokolle": "unknown",
    }, status


@pytest.mark.parametrize(
    ("sentence", "is_price"),
    [
        ("Empty runs cost them about 40k per month.", False),
        ("Leerfahrten kosten uns rund 40.000 € im Monat.", False),
        ("Jeder Stillstand kostet 8.000 EUR pro Tag.", False),
        ("Die Lösung kostet 2.000 € pro Monat.", True),
        ("Licence 2,000 EUR per month.", True),
    ],
)
def test_what_the_problem_costs_is_no_price_structure(sentence: str, is_price: bool) -> None:
    from coach.prepare.facts import contract_sentences

    assert bool(contract_sentences([sentence])["price"]) is is_price


EN_CALL = """Call notes 12 Nov 2026 — Harbourline Logistics Ltd
Attendees: Priya Ramanathan, CFO; Tomasz Wielgosz, Head of Operations
Priya Ramanathan, CFO, said she signs anything up to 200k.
Goal: cut empty truck miles by 12 % by Q3 2027.
Empty runs cost them about 40k per month.
AI: we send the proposal by 17 Nov 2026.
"""
EN_MAIL = """From: Priya Ramanathan <priya.r@harbourline.example>
To: Jan Berger <jan.berger@velotrak.example>
Subject: Re: Route optimisation proposal
Date: Wed, 18 Nov 2026 16:02:00 +0000

Hi Jan,

thanks for the proposal, it arrived safely. We will review it with Tomasz by 27 Nov 2026.

Best,
Priya Ramanathan
CFO, Harbourline Logistics Ltd
"""


def test_a_deal_with_a_customers_e_mail_prepares_without_inviting_us_or_pricing_the_problem() -> None:
    from coach.deals.merge import Entry
    from coach.qualify import analyse

    notes = [
        (Entry(id=n, kind="notes", date=day, result=analyse(text, lang="en")), text)
        for n, (day, text) in enumerate([(date(2026, 11, 12), EN_CALL), (date(2026, 11, 18), EN_MAIL)], 1)
    ]
    material = Material(
        language="en",
        customer="Harbourline Logistics Ltd",
        offer="Route optimisation, 12 months, 150k",
        notes=notes,
    )
    prep = prepare(material)
    names = [a.name for a in prep.invitation.attendees]
    assert "Priya Ramanathan" in names and "Jan Berger" not in names, (
        names
    )  # the address at our domain is ours
    pager = {e.element: e for e in prep.one_pager}
    assert "Empty runs cost them about 40k per month." in pager["goals_and_challenges"].evidence
    assert "challenges" not in pager["goals_and_challenges"].missing
    assert "Empty runs" not in pager["contract_frame"].text and "150k" in pager["contract_frame"].text
    checks = {c.id: c for c in prep.checklist}
    assert checks["commitment_1"].status == "done"  # "thanks for the proposal, it arrived safely"
    if (
        "gap_authority" in checks
    ):  # the CFO is on the invitation: confirm her authority, do not hunt for someone
        assert (
            "Priya Ramanathan" in checks["gap_authority"].note
            and "No named" not in checks["gap_authority"].note
        )
