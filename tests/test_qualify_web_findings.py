"""What QA saw in the web app, reproduced with our own sentences: each a general reading, not a fitted case.

- a month after "Ende"/"Anfang" is no person's name ("bis Ende März" named no decider);
- a day tag and speaker label opening a notes line ("[Mon] Kunde (…):") are not part of the evidence;
- a worry about the rollout is no concrete plan;
- people introduced as "Name – Role" or in a CRM contact's `name:` count as named people later in the notes.
"""

from __future__ import annotations

from datetime import date

import pytest

from coach.qualify import analyse
from coach.qualify.assess import assess as assess_rules
from coach.qualify.learned.features import CUE_NAMES, cues, full_name
from coach.qualify.learned.units import Names, Unit, introduced_names, strip_tag, units_of
from coach.qualify.segment import segment

REF = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Unser Geschäftsführer möchte bis Ende März entscheiden.", False),
        ("Go-live geplant Anfang Juni, Abnahme Mitte Oktober", False),
        ("They want a decision by End March", False),
        ("Entscheiden wird Henrike Lamprecht aus dem Vorstand.", True),
        ("The contract is signed by Oskar Lindgren.", True),
    ],
)
def test_time_words_are_no_full_name(text: str, named: bool) -> None:
    assert full_name(text) is named


@pytest.mark.parametrize(
    ("line", "text", "role"),
    [
        (
            "[Mon] Kunde (Frau Albers, Einkauf): Budget von 60k ist freigegeben.",
            "Budget von 60k ist freigegeben.",
            "customer",
        ),
        ("[Di] Wir: Angebot über 48k geschickt.", "Angebot über 48k geschickt.", "vendor"),
        (
            "[12.11.] Customer (Jo Park): We need this live by May 2027.",
            "We need this live by May 2027.",
            "customer",
        ),
        ("[KW 46] Ziel: Ausschuss halbieren", "Ziel: Ausschuss halbieren", "unknown"),
        ("Budget (grob): 60k", "Budget (grob): 60k", "unknown"),
        ("[x] Referenz geschickt", "[x] Referenz geschickt", "unknown"),
    ],
)
def test_day_tag_and_speaker_label_are_stripped(line: str, text: str, role: str) -> None:
    assert strip_tag(line, "unknown") == (text, role)


def test_notes_lines_with_day_tags_quote_only_what_was_said() -> None:
    notes = (
        "Notizen Telefonate KW 46\n"
        "[Mon] Kunde (Frau Albers, Einkauf): Wir wollen die Reklamationsquote um 30 % senken.\n"
        "[Mon] Kunde (Frau Albers, Einkauf): Budget von 60k ist freigegeben.\n"
        "[Di] Wir: Angebot über 48k geschickt.\n"
    )
    result = analyse(notes)
    quotes = [q for d in [*result.dimensions, *result.extensions] for q in d.evidence]
    assert quotes, "the customer's lines are evidence"
    assert not any(q.startswith("[") or "Kunde (" in q for q in quotes)
    # the speaker label names a buyer, not who decides
    assert result.statuses()["authority"] != "covered"
    # the rules' segmenter reads the same line: the speaker is the customer, the sentence is what she said
    segs = [s for s in segment(notes) if "Budget" in s.text]
    assert segs and segs[0].role == "customer" and segs[0].text == "Budget von 60k ist freigegeben."
    units = [u for u in units_of(notes).units if "Angebot" in u.text]
    assert units and units[0].role == "vendor" and units[0].text == "Angebot über 48k geschickt."


def test_a_decision_month_names_no_decider() -> None:
    notes = (
        "Termin Falkner Metallbau, 02.11.2026\n"
        "- Ziel: Rüstzeiten um 25 % senken bis Q3 2027\n"
        "- Unser Geschäftsführer möchte bis Ende März entscheiden.\n"
    )
    assert analyse(notes).statuses()["authority"] != "covered"


@pytest.mark.parametrize(
    "line",
    [
        "- Bedenken: der Rollout auf alle 9 Standorte gleichzeitig ist ihm zu riskant",
        "- worried that a rollout to all 4 depots in one go would disrupt the night shift",
    ],
)
def test_a_rollout_concern_is_no_plan(line: str) -> None:
    notes = f"Call Ostrander Logistik, 02.11.2026\n- Goal: cut picking errors by 40 %\n{line}\n"
    assert assess_rules(notes, REF).status["plans"] != "covered"
    assert analyse(notes).statuses()["plans"] != "covered"


def test_a_rollout_plan_is_still_a_plan() -> None:
    notes = (
        "Call Ostrander Logistik, 02.11.2026\n- Plan: Pilot in 2 Lagern ab März, danach Rollout auf alle 9\n"
    )
    assert assess_rules(notes, REF).status["plans"] == "covered"


def test_people_introduced_with_a_role_are_named_later() -> None:
    notes = (
        "Farid Osman – Head of Operations (joined late)\n"
        "contacts:\n"
        "  - name: Eilidh Baird\n"
        "    title: CFO\n"
        "- Board – Group Finance, Chief Officer: no names\n"
    )
    found = introduced_names(notes)
    assert {"Farid", "Osman", "Eilidh", "Baird"} <= found
    assert not found & {"Board", "Group", "Chief", "Officer", "Head", "Operations"}
    names = units_of(notes + "- Farid decides, Eilidh only advises\n").names
    unit = Unit(index=0, text="Farid decides, Eilidh only advises", block=0)
    assert cues(unit, names, REF)[CUE_NAMES.index("person")] == 1.0
    assert cues(unit, Names(), REF)[CUE_NAMES.index("person")] == 0.0
