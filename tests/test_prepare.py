"""Preparing the decision meeting: checklist, one-pager with the notes' figures, invitation, objections, exports."""

from __future__ import annotations

import email
import io
import json
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from coach.cli.main import main
from coach.deals.service import DealService
from coach.prepare.engine import prepare_deal, prepare_notes
from coach.prepare.export import export
from coach.settings import load_settings
from coach.storage import for_settings

DATA = Path(__file__).parent / "data" / "deals"
CALL_1 = (DATA / "call-1.de.txt").read_text(encoding="utf-8")
CALL_2 = (DATA / "call-2.de.txt").read_text(encoding="utf-8")
CALL_EN = (DATA / "call-1.en.txt").read_text(encoding="utf-8")


@pytest.fixture
def prepared():
    service = DealService(for_settings(load_settings()), None)
    deal_id = service.create(
        "Nordwerk PdM", customer="Nordwerk AG", offer="Plattform für vorausschauende Wartung"
    )
    service.add(deal_id, CALL_1)
    service.add(deal_id, CALL_2)
    return prepare_deal(service, deal_id, meeting_date=date(2027, 4, 20), meeting_time="10:00")


def test_the_one_pager_carries_the_notes_figures(prepared) -> None:
    pager = {e.element: e for e in prepared.one_pager}
    assert list(pager) == ["goals_and_challenges", "business_opportunity", "offer_concept", "contract_frame"]
    assert "420.000 EUR" in pager["business_opportunity"].text and not pager["business_opportunity"].missing
    contract = pager["contract_frame"]
    assert "36 Monate" in contract.text and "4.500 EUR pro Monat" in contract.text
    assert "Reaktionszeit 4 Stunden" in contract.text and "SAP-PM" in contract.text and not contract.missing
    assert "30 %" in pager["goals_and_challenges"].text and "Excel" in pager["goals_and_challenges"].text
    assert pager["offer_concept"].text.startswith("Plattform für vorausschauende Wartung")
    for element in prepared.one_pager:  # every quote is a sentence of the notes
        assert all(e in CALL_1 + CALL_2 for e in element.evidence)


def test_invitation_names_the_decision_and_the_buying_centre(prepared) -> None:
    inv = prepared.invitation
    assert inv.subject == "Überprüfung und Kaufentscheidung: Plattform für vorausschauende Wartung"
    assert (
        len(inv.agenda) == 7
        and "endgültige Entscheidung" in inv.agenda[1]
        and inv.agenda[-1] == "Nächste Schritte"
    )
    people = {a.name: a for a in inv.attendees}
    assert people["Herr Dr. Albers"].decision_maker and people["Herr Dr. Albers"].role == "Geschäftsführer"
    assert (
        people["Frau Petersen"].role == "Leiterin Instandhaltung"
        and not people["Frau Petersen"].decision_maker
    )
    assert all(a.organisation == "Nordwerk AG" and a.side == "customer" for a in inv.attendees)
    assert "20.04.2027, 10:00 Uhr" in inv.body and "vollständige Angebot stelle ich im Termin vor" in inv.body


def test_checklist_has_commitments_gaps_and_the_offer_rule(prepared) -> None:
    items = {c.id: c for c in prepared.checklist}
    commitments = [c for c in prepared.checklist if c.id.startswith("commitment_")]
    assert any(c.owner == "Frau Petersen" and c.due == date(2027, 3, 10) for c in commitments)
    assert items["decision_maker_invited"].status == "done" and items["one_pager"].status == "done"
    assert items["full_offer_not_sent_ahead"].status == "open"
    # call 2 says "Wenn nichts passiert, drohen Vertragsstrafen" without a figure: a gap to close; the budget is not
    assert "gap_negative_consequences" in items and "gap_budget" not in items
    assert {c.status for c in prepared.checklist} <= {"done", "open", "unknown"}


def test_likely_objections_come_from_the_notes_with_questions_and_practice(prepared) -> None:
    found = {o.type: o for o in prepared.likely_objections}
    assert {"price", "competitor", "contract_terms", "it_readiness"} <= set(found)
    assert "authority" not in found  # the second call named the decision maker
    price = found["price"]
    assert "Mitbewerber" in price.evidence[0] and len(price.questions) >= 2
    assert (
        price.practise.scenario
        and price.practise.command == f"coach roleplay --scenario {price.practise.scenario}"
    )
    assert any("objection-library" in s.source for s in price.sources)
    assert any("decision-agreement" in s.source and "before" in s.chunk_id for s in prepared.sources)


def test_missing_facts_are_marked_missing_never_invented() -> None:
    prep = prepare_notes(CALL_EN, meeting_date=None)
    pager = {e.element: e for e in prep.one_pager}
    assert (
        pager["business_opportunity"].missing == ["business_case"]
        and not pager["business_opportunity"].evidence
    )
    assert set(pager["contract_frame"].missing) == {"term", "price", "service_levels", "prerequisites"}
    assert "Not in the notes" in pager["contract_frame"].text and "EUR" not in pager["contract_frame"].text
    assert pager["offer_concept"].text.startswith("Hamburg") or "pilot" in pager["offer_concept"].text.lower()
    assert prep.invitation.subject == "Review and purchase decision: [offer missing]"
    assert "[date missing]" in prep.invitation.body
    gaps = {c.id for c in prep.checklist if c.status == "open"}
    assert {"gap_budget", "gap_authority", "one_pager", "decision_maker_invited"} <= gaps
    assert "authority" in {o.type for o in prep.likely_objections}
    assert (
        prep.invitation.attendees[0].name == "Ms Chen"
        and prep.invitation.attendees[0].role == "Head of Operations"
    )


def test_ics_is_valid_rfc5545_with_attendees(prepared) -> None:
    with_mail = prepared.model_copy(deep=True)
    with_mail.invitation.attendees[0].email = "albers@nordwerk.example"
    cal = Calendar.from_ical(export(with_mail, "ics"))
    [event] = cal.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Überprüfung und Kaufentscheidung")
    # a time-zone-aware start (Europe/Berlin by default: summer time in April), not a floating time
    assert event.decoded("DTSTART").isoformat() == "2027-04-20T10:00:00+02:00"
    assert event["UID"] and event["DTSTAMP"] and cal["VERSION"] == "2.0"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:albers@nordwerk.example" and attendee.params["CN"] == "Herr Dr. Albers"


def test_ics_needs_a_meeting_date() -> None:
    from coach.errors import InputError

    with pytest.raises(InputError, match="--meeting-date"):
        export(prepare_notes(CALL_EN), "ics")


def test_eml_invitation_attaches_no_offer_and_docx_one_pager(prepared) -> None:
    message = email.message_from_bytes(export(prepared, "eml"))
    assert not message.is_multipart() and message["X-Unsent"] == "1"
    assert "Kaufentscheidung" in str(email.header.make_header(email.header.decode_header(message["Subject"])))
    import docx

    document = docx.Document(io.BytesIO(export(prepared, "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Geschäftschance" in text and "420.000 EUR" in text and "36 Monate" in text
    md = export(prepared, "md").decode()
    assert "## Checkliste" in md and "decision-agreement.md" in md and "offline" in md


def test_cli_prepare_from_a_file_and_from_a_deal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prepare", str(DATA / "call-2.de.txt"), "--json", "--offer", "PdM-Plattform"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"checklist", "one_pager", "invitation", "likely_objections"} <= set(data)
    assert data["invitation"]["subject"].endswith("PdM-Plattform")
    assert main(["deal", "new", "Nordwerk"]) == 0
    deal_id = capsys.readouterr().out.strip()
    assert main(["deal", "add", deal_id, str(DATA / "call-2.de.txt")]) == 0
    out = tmp_path / "invitation.ics"
    assert main(["prepare", "--deal", deal_id, "--meeting-date", "2027-04-20", "-o", str(out)]) == 0
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    capsys.readouterr()
    assert main(["deal", "show", deal_id, "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    # the preparation is dated the day it was made (the notes here are dated in 2027), the stage is reached
    kinds = [i["kind"] for i in view["items"]]
    assert kinds.count("preparation") == 1 and view["stage"] == "decision_prepared"
    assert (
        main(["prepare", "--deal", deal_id, "--meeting-date", "20/04/2027"]) == 2
    )  # TT.MM.JJJJ is fine, this is not
    assert main(["prepare", "--deal", deal_id, "--format", "ics"]) == 2  # no date: nothing invented
    assert main(["prepare"]) == 2


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "Geben Sie entweder DATEI|- oder --deal ID an."), ("en", "Give either FILE|- or --deal ID.")],
)
def test_cli_prepare_usage_errors_speak_the_users_language(
    lang: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prepare", "--lang", lang]) == 2
    assert expected in capsys.readouterr().err
    target = tmp_path / "blocked.md"
    target.mkdir()  # a folder where the file should go: writing fails
    assert main(["prepare", str(DATA / "call-2.de.txt"), "--lang", lang, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert ("ist ein Ordner" if lang == "de" else "is a folder") in err
