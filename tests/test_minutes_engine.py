"""The minutes engine end to end (offline): contract fields, sections, framework steps per outcome, errors."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from coach.errors import InputError
from coach.llm.brain import offline_brain
from coach.minutes import draft_minutes
from coach.minutes.render import HEADINGS, REQUIRED_SECTIONS
from coach.text.quotes import quote_in as occurs_in

NOTES_DE = """Protokoll Entscheidungsmeeting – Lagerverwaltung
Datum: 09.03.2027, 10:00, Teams
Kunde: Rhein Logistik GmbH
Teilnehmer Kunde: Dr. Eva Schulz (COO, eva.schulz@rhein-logistik.example.de), Jonas Weber (IT-Leitung)
Teilnehmer wir: Tim Keller (AE), Lara Brandt (Presales)

- Rückblick auf Workshop und Pilot: Frau Schulz bestätigt, dass alle Ergebnisse bekannt und verstanden sind
- Angebot vorgestellt: 3 Lager, 36 Monate Laufzeit
- Einwand Weber: zu teuer -> nachgefragt, eigentlicher Punkt ist der Aufwand für die Schnittstelle. Lara zeigt den Standard-Connector.
- Entscheidung: Ja. Frau Schulz hat die Bestellung noch im Termin per E-Mail geschickt.
- Vertrag: Rahmenvertrag mit Leistungsbeschreibung, Preisblatt und Zeitplan unterschrieben. Offen: AGB, die Rechtsabteilung will Änderungen.

ToDos
- Kick-off vorschlagen – Tim Keller – bis Freitag
- Firewall-Freigabe beantragen – Jonas Weber – Ende nächster Woche
"""

NOTES_EN_NEGATIVE = """Decision call – Orion Freight / route planning
Tuesday 2027-02-09, 15:00 (video)
Attendees Orion: Karen Walsh (VP Operations), David Kim (Finance, david.kim@orion.example.com). Ours: Ben Carter (AE).
- Recap of the pilot: Karen confirmed they reviewed all pilot results and understood them.
- Decision: no. Reasons given by Karen: the payback is too long, and the union is against tracking.
Actions
- Ben Carter: close the opportunity as lost – today
"""


def test_contract_fields_and_json() -> None:
    result = draft_minutes(NOTES_DE)
    data = json.loads(result.model_dump_json())
    for key in (
        "language",
        "provider",
        "notices",
        "meeting_date",
        "send_by",
        "participants",
        "agenda",
        "objections",
        "decision",
        "action_items",
        "gates",
        "open_questions",
        "markdown",
    ):
        assert key in data
    assert data["language"] == "de" and data["provider"] == "offline"
    assert (data["meeting_date"], data["send_by"]) == ("2027-03-09", "2027-03-10")
    assert set(data["participants"][0]) >= {"name", "organisation", "role"}
    assert set(data["decision"]) >= {"outcome", "reasons", "conditions"}
    assert set(data["objections"][0]) >= {"objection", "root_cause", "response"}
    assert data["action_items"] == [
        {
            "task": "Kick-off vorschlagen",
            "owner": "Tim Keller",
            "due": "2027-03-12",
            "due_text": "bis Freitag",
            "owner_side": "seller",
        },
        {
            "task": "Firewall-Freigabe beantragen",
            "owner": "Jonas Weber",
            "due": "2027-03-19",
            "due_text": "Ende nächster Woche",
            "owner_side": "customer",
        },
    ]
    gates = {g["id"]: g for g in data["gates"]}
    assert {k: g["status"] for k, g in gates.items()} == {
        "engagement_reviewed": "met",
        "decision_in_writing": "met",
        "contract_signed": "not_met",
    }
    assert gates["contract_signed"]["missing"] == ["terms"]
    assert all(occurs_in(q, NOTES_DE) for g in gates.values() for q in g["evidence"])
    assert result.recipients == ["eva.schulz@rhein-logistik.example.de"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_markdown_has_every_section_in_the_output_language(lang: str) -> None:
    result = draft_minutes(NOTES_DE, lang=lang)
    assert result.language == lang
    for key in REQUIRED_SECTIONS:
        assert f"\n## {HEADINGS[lang][key]}\n" in result.markdown
    assert result.title.startswith(
        "Protokoll: Entscheidungsmeeting Rhein Logistik GmbH vom 09.03.2027"
        if lang == "de"
        else "Minutes: decision meeting Rhein Logistik GmbH on 9 March 2027"
    )


def test_positive_decision_lists_handover_and_onboarding_and_debrief() -> None:
    result = draft_minutes(NOTES_DE)
    assert result.opportunity_status == "won"
    steps = " ".join(result.next_steps)
    assert "Onboarding" in steps and "Übergabe" in steps
    internal = " ".join(result.internal_notes)
    assert "10.03.2027" in internal and "Konditionen" in internal  # send-by and the open contract part: ours
    assert "Konditionen" not in steps and "Qualitätstor" not in steps
    assert any("Debrief" in n for n in result.internal_notes)
    assert [s.section for s in result.sources][:3] == [
        "Nach dem Meeting",
        "Qualitätstore",
        "Positive Entscheidung",
    ]


def test_negative_decision_records_reasons_and_marks_lost() -> None:
    result = draft_minutes(NOTES_EN_NEGATIVE)
    assert result.language == "en"
    assert result.decision.outcome == "negative"
    assert result.decision.reasons == ["the payback is too long", "the union is against tracking"]
    assert result.opportunity_status == "lost"
    assert any("lost" in n for n in result.internal_notes)
    assert any("debrief" in n.lower() for n in result.internal_notes)
    assert "Opportunity: lost" in result.markdown
    assert result.action_items[0].due == date(2027, 2, 9)


def test_conditional_yes_lists_a_roadmap_for_the_conditions() -> None:
    notes = NOTES_DE.replace(
        "Entscheidung: Ja.", "Entscheidung: Ja, aber nur mit Schulung aller Disponenten vor dem Go-Live."
    )
    result = draft_minutes(notes)
    assert result.decision.outcome == "positive_with_conditions"
    assert result.decision.conditions == ["Schulung aller Disponenten vor dem Go-Live"]
    assert any("Schulung aller Disponenten" in s for s in result.next_steps)


def test_notes_without_date_have_null_dates_and_a_notice() -> None:
    result = draft_minutes(
        NOTES_EN_NEGATIVE.replace("Tuesday 2027-02-09, 15:00 (video)", "(forgot the date)")
    )
    assert result.meeting_date is None and result.send_by is None
    assert all(a.due is None for a in result.action_items)
    assert any("No meeting date" in n for n in result.notices)


def test_offline_brain_notices_are_passed_on() -> None:
    result = draft_minutes(
        NOTES_DE, brain=offline_brain("OpenAI is selected but no key is set: using offline.")
    )
    assert result.provider == "offline"
    assert "OpenAI is selected but no key is set: using offline." in result.notices


@pytest.mark.parametrize("notes", ["", "   \n\t ", "\x00\x00"])
def test_empty_notes_raise_input_error(notes: str) -> None:
    with pytest.raises(InputError):
        draft_minutes(notes)


def test_markdown_escapes_html_and_links() -> None:
    notes = NOTES_DE + "- Offen: <script>alert(1)</script> [klick](javascript:alert(1)) | Spalte\n"
    md = draft_minutes(notes).markdown
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert not re.search(r"(?<!\\)\]\(javascript", md)


SHORTHAND_EN = """DM Acme Robotics 10/07/27 (Teams)
Att: Jay Patel (COO), Rita Gomez (Proc., rita.gomez@acme.example.com) | us: Sam Hill (AE), Ivy Chen (SE)
- recap MS1-5: Rita ok, Jay "think we saw most of it" -> not sure everyone read the pilot report
- prop: 60 robots, 3y, SLA 99.5
- obj Rita: price 15% over budget -> root cause: budget line for 2027 fixed; split payment over 2 FY
- Decision: YES. signed PO rcvd 11:05 from Rita
- contract countersigned by both sides, covers scope/price/timeline/T&Cs
AIs
- Ivy: kickoff invite - tmrw
- Sam: onboarding plan - EOW
"""

TRANSCRIPT_DE = """Mitschrift Entscheidungstermin Brauerei Lindner KG – 30.06.2027
[14:00] Paula Stein (wir, Vertrieb): Begrüßung, Ziel: Entscheidung.
[14:01] Anwesend Kunde: Georg Lindner (Inhaber), Heike Maier (Controlling). Von uns: Jan Ott (Technik).
[14:03] Paula Stein: kurzer Rückblick auf Sudhaus-Analyse und Pilot.
[14:08] Georg Lindner: Ich glaube, wir haben das meiste gesehen, den Pilotbericht hat Frau Maier aber noch nicht gelesen.
[14:15] Jan Ott: Angebot – Monitoring für 4 Sudkessel, 36 Monate.
[14:25] Heike Maier: Das ist zu teuer für uns, Amortisation über 3 Jahre.
[14:40] Georg Lindner: Wir haben uns gegen das Projekt entschieden. Die Investition in die neue Abfüllanlage hat Vorrang, und das Budget ist ausgeschöpft.
[14:45] Paula Stein: Danke für die Offenheit. Kontakt halten.
[14:50] Aufgaben:
 - Paula Stein: Opportunity auf verloren setzen – heute
 - Jan Ott: Pilotdaten an Frau Maier schicken – bis Freitag
"""

PROSE_EN = """Notes – decision meeting with Sunridge Hospitals, 25 May 2027

Present were Dr. Laura Chen (CMO), Mark Evans (CIO) and Nina Patel (Procurement, nina.patel@sunridge.example.com). For our side: Tom Reed (AE).

Tom walked the group through the discovery findings and the pilot in ward B; Laura confirmed that the clinical team had read the pilot report and understood it.

Mark said the integration with their EHR worried him; when asked, the real issue was downtime during the cut-over. We agreed a weekend cut-over.

Laura said yes, as long as the EHR interface passes their acceptance test and the cut-over happens on a weekend. She will confirm in writing once the board has seen the numbers. The contract has not been sent yet.

Next steps: Tom sends the acceptance test plan by Friday. Mark books the weekend slot within two weeks.
"""


@pytest.mark.parametrize(
    ("notes", "meeting", "outcome", "gates", "actions"),
    [
        (
            SHORTHAND_EN,
            date(2027, 7, 10),
            "positive",
            ("unclear", "met", "met"),
            [
                ("kickoff invite", "Ivy Chen", date(2027, 7, 11)),
                ("onboarding plan", "Sam Hill", date(2027, 7, 16)),
            ],
        ),
        (
            TRANSCRIPT_DE,
            date(2027, 6, 30),
            "negative",
            ("unclear", "not_met", "not_met"),
            [
                ("Opportunity auf verloren setzen", "Paula Stein", date(2027, 6, 30)),
                ("Pilotdaten", "Jan Ott", date(2027, 7, 2)),
            ],
        ),
        (
            PROSE_EN,
            date(2027, 5, 25),
            "positive_with_conditions",
            ("met", "not_met", "not_met"),
            [
                ("acceptance test plan", "Tom Reed", date(2027, 5, 28)),
                ("weekend slot", "Mark Evans", date(2027, 6, 8)),
            ],
        ),
    ],
)
def test_styles_beyond_the_dataset(
    notes: str, meeting: date, outcome: str, gates: tuple, actions: list
) -> None:
    result = draft_minutes(notes)
    assert result.meeting_date == meeting
    assert result.decision.outcome == outcome
    assert tuple(g.status for g in result.gates) == gates
    got = [(a.task, a.owner, a.due) for a in result.action_items]
    for needle, owner, due in actions:
        assert any(needle in task and o == owner and d == due for task, o, d in got), got
    assert all(occurs_in(q, notes) for g in result.gates for q in g.evidence)
