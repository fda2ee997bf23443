"""Round 10: action items in forms new writers use, owners resolved by role, and lines that are no task."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.actions import _prose, not_a_task
from coach.minutes.engine import draft_minutes
from coach.minutes.models import ActionItem
from coach.minutes.owners import full_owner
from coach.text.model import Participant
from coach.text.people import People

MEETING = date(2027, 4, 6)  # a Tuesday
PEOPLE = People(
    participants=[
        Participant(name="Jonna Berg", side="customer"),
        Participant(name="Tarek Salim", side="seller"),
        Participant(name="Paolo Benedetto", side="customer"),
    ]
)


def _item(sentence: str, speaker: str | None = "Jonna Berg") -> ActionItem | None:
    return _prose(sentence, PEOPLE, MEETING, speaker)


def _items(notes: str) -> list[ActionItem]:
    return draft_minutes(notes).action_items


def _one(items: list[ActionItem], part: str) -> ActionItem:
    hits = [a for a in items if part.casefold() in a.task.casefold()]
    assert len(hits) == 1, f"{part!r} in {[(a.task, a.owner) for a in items]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Ich schau nach, ob das Angebot noch gilt.", None),  # colloquial first person, no -e
        ("Ja, dann schick ich die Unterlagen", None),  # verb before 'ich' after a word of assent
        ("die Liste verschick ich morgen", date(2027, 4, 7)),
        ("Und ich kläre intern mit dem Controlling, ob das Budget reicht.", None),  # 'Und' capitalised
        ("Also schicke ich bis Freitag den Plan, und den Workshop machen wir im Mai?", date(2027, 4, 9)),
    ],
)
def test_german_first_person_commitments(sentence: str, due: date | None) -> None:
    item = _item(sentence)
    assert item is not None and item.owner == "Jonna Berg" and item.due == due


@pytest.mark.parametrize(
    "sentence",
    [
        "Vorher unterschreib ich nix.",  # a refusal
        "Das finde ich gut.",  # an opinion
        "Ich würd sagen, wir fangen an.",  # a proposal about the meeting itself
        "Von uns sind Tarek und ich dabei.",  # who is there
        "Das schaffe ich bis Ende nächster Woche.",  # when, not a task of its own
        "Wir werden das Portal nicht einführen.",  # a negated 'wir werden'
    ],
)
def test_german_first_person_that_is_no_commitment(sentence: str) -> None:
    assert _item(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Decision: the buyer will go ahead with the platform.",  # a label of the outcome
        "Herr Benedetto sieht Risiken beim Hosting.",  # a surname ending in 'to' is no 'to' commitment
        "And I'll add — it must be hosted in the EU.",  # talk
        "Legal will want the annexes before signing.",  # a wish
    ],
)
def test_english_lines_that_are_no_commitment(sentence: str) -> None:
    assert _item(sentence) is None


def test_a_lowercase_team_and_a_capitalised_and_open_a_commitment() -> None:
    team = _item("Once it is signed, procurement will issue the order.")
    assert team is None or team.owner is None or team.owner.casefold() == "procurement"
    assert _item("procurement will issue the order").owner.casefold() == "procurement"  # type: ignore[union-attr]
    assert _item("And I'll send the revised terms.").owner == "Jonna Berg"  # type: ignore[union-attr]


def test_the_commitment_after_a_semicolon_and_a_proposal_label() -> None:
    item = _item("Outcome: no go for now; Tarek to confirm it in writing.", None)
    assert item is not None and item.task.startswith("Tarek to confirm") and item.owner == "Tarek Salim"
    item = _item("So proposal: Tarek prepares the rollout plan next week.", None)
    assert item is not None and item.owner == "Tarek Salim"


def test_the_speakers_own_task_after_someone_elses_is_the_speakers() -> None:
    notes = (
        "Decision call 6 April 2027\nAttendees: Jonna Berg (Nordlicht AG), Tarek Salim (Vendo Ltd)\n\n"
        "Tarek Salim: So proposal: Jonna sets up a review with her finance team next week, "
        "and I'll put together a phased pricing option.\n"
    )
    items = _items(notes)
    assert _one(items, "sets up a review").owner == "Jonna Berg"
    assert _one(items, "phased pricing option").owner == "Tarek Salim"


def test_a_date_that_names_an_event_is_no_deadline() -> None:
    notes = (
        "Board minutes, 12 January 2027\nPresent: Jonna Berg (Chair), Tarek Salim (Vendo Ltd)\n\nActions\n"
        "- Secretary to circulate the summary, and to invite Vendo to the 9 March 2027 board meeting\n"
        "- Jonna Berg to send the budget note by 22 January 2027\n"
    )
    items = _items(notes)
    assert _one(items, "circulate the summary").due is None
    assert _one(items, "invite Vendo").due is None
    assert _one(items, "budget note").due == date(2027, 1, 22)


def test_a_task_naming_a_participant_later_is_no_attendee_entry() -> None:
    notes = (
        "Mi 07.04.2027 Entscheidung\nTN: Fr. Jonna Berg (Einkauf), Hr. Paolo Benedetto (IT); wir: Tarek Salim\n"
        "ToDo\n- Kurzfassung für Benedetto (2 Seiten) – Salim – Ende nächster Woche\n"
    )
    item = _one(_items(notes), "Kurzfassung für Benedetto")
    assert item.owner == "Tarek Salim" and item.due == date(2027, 4, 16)


def test_with_written_short_is_a_helper_not_the_owner() -> None:
    notes = (
        "Fri, 9 April 2027 - decision mtg\nppl: Jonna Berg (COO); us - Tarek Salim (AE), Paolo Benedetto (SE)\n"
        "- DECISION: no, going with a competitor\nactions\n- Tarek Salim - close opp lost - today\n"
        "- Tarek Salim - check in w/ Jonna - in 3 months\n"
    )
    item = _one(_items(notes), "check in")
    assert item.owner == "Tarek Salim" and item.due == date(2027, 7, 9)


@pytest.mark.parametrize(
    "task",
    [
        "Let's speak again on 14 May?",
        "Lass uns nächste Woche nochmal telefonieren",
        "Jonna",
        "(our side):",
        "|---|---|",
    ],
)
def test_lines_that_are_no_task(task: str) -> None:
    assert not_a_task(task, PEOPLE)


def test_a_task_is_still_a_task() -> None:
    assert not not_a_task("Jonna to send the plan", PEOPLE)


PANEL = [
    Participant(name="Meera Kaur", role="Data Protection Officer"),
    Participant(name="Ada Nwosu"),
    Participant(name="Jo Whit"),
    Participant(name="Oli Grant"),
]
PANEL_TEXT = "Present: Dr Ada Nwosu (Chair), Oli Grant (Brightfield)\nClerk: Jo Whit\n"


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("DPO", "Meera Kaur"),  # the initials of the one participant's role
        ("Chair", "Ada Nwosu"),  # the role in brackets after the name in the notes
        ("The Clerk", "Jo Whit"),  # 'Role: Name' in the notes
        ("Brightfield", "Brightfield"),  # a company in brackets is no role
        ("Die Verwaltung", "Verwaltung"),  # a team without its article
    ],
)
def test_owner_by_role_and_team(owner: str, expected: str) -> None:
    assert full_owner(owner, PANEL, PANEL_TEXT) == expected
