"""What a salesperson saw preparing a decision meeting (QA of issue 16): buying centre, evidence, one-pager, dates."""

from __future__ import annotations

import email
from datetime import date

from icalendar import Calendar

from coach.prepare.engine import prepare_notes
from coach.prepare.export import export, to_md

EN_NOTES = """Call with Northwind, 3 March 2026
- James Carter (VP Ops) wants to cut downtime by 20% this year
- Budget approved by CFO Linda Park: 150k
- Our contact says a competitor is cheaper
- Interface to SAP needs IT access first
"""
VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Markus Weber>Unsere Lösung reduziert Ihre Kosten um 30 Prozent, Lizenz 2.000 € pro Monat.

00:00:06.000 --> 00:00:09.000
<v Anna Schulz>Wir wollen die Durchlaufzeit bis Q3 halbieren. Das spart uns 200.000 € im Jahr.
"""


def test_english_notes_yield_the_buying_centre_with_the_cfo_as_decision_maker() -> None:
    prep = prepare_notes(EN_NOTES, lang="en")
    people = {a.name: a for a in prep.invitation.attendees}
    assert {"James Carter", "Linda Park"} <= set(people)
    assert people["Linda Park"].decision_maker and people["Linda Park"].role == "CFO"
    assert not people["James Carter"].decision_maker and people["James Carter"].role == "VP Ops"
    checks = {c.id: c.status for c in prep.checklist}
    assert checks["decision_maker_invited"] == "done"


def test_objection_evidence_matches_its_type_and_practice_fits_type_and_language() -> None:
    prep = prepare_notes(EN_NOTES, lang="en")
    found = {o.type: o for o in prep.likely_objections}
    it = found["it_readiness"]
    assert it.evidence and all("Budget" not in e for e in it.evidence)
    assert all("SAP" in e or "IT" in e for e in it.evidence)
    from coach.roleplay.scenarios import scenario_library

    library = scenario_library().scenarios
    for kind in ("price", "competitor"):
        scenario = library[found[kind].practise.scenario]
        assert kind in [o.type for o in scenario.objections] and scenario.language == "en"
        firsts = {s.id for s in library.values() if s.language == "en" and s.objections[0].type == kind}
        assert not firsts or scenario.id in firsts


def test_the_one_pager_quotes_only_the_customer_never_the_pitch_or_markup() -> None:
    prep = prepare_notes(VTT, lang="de")
    text = " ".join(e.text + " ".join(e.evidence) for e in prep.one_pager)
    assert "<v" not in text and "Unsere Lösung" not in text and "2.000 €" not in text
    pager = {e.element: e for e in prep.one_pager}
    assert pager["business_opportunity"].evidence == ["Das spart uns 200.000 € im Jahr."]
    assert "Durchlaufzeit" in pager["goals_and_challenges"].text


def test_markdown_names_objection_types_in_words() -> None:
    md = to_md(prepare_notes(EN_NOTES, lang="en"))
    assert "### IT readiness:" in md and "### it_readiness" not in md and "### price:" not in md
    md_de = to_md(prepare_notes(EN_NOTES, lang="de"))
    assert "### Preis:" in md_de


def test_invitations_write_dates_as_people_do() -> None:
    de = prepare_notes(EN_NOTES, lang="de", meeting_date=date(2026, 12, 10), meeting_time="10:00")
    assert "am 10.12.2026, 10:00 Uhr" in de.invitation.body and "2026-12-10" not in de.invitation.body
    body = email.message_from_bytes(export(de, "eml")).get_payload(decode=True).decode("utf-8")
    assert "10.12.2026, 10:00 Uhr" in body
    event = next(c for c in Calendar.from_ical(export(de, "ics")).walk() if c.name == "VEVENT")
    assert "10.12.2026, 10:00 Uhr" in str(event["description"])
    en = prepare_notes(EN_NOTES, lang="en", meeting_date=date(2026, 12, 10), meeting_time="10:00")
    assert "10 Dec 2026, 10:00" in en.invitation.body
