"""Minutes text defects: a condition after a comma, status lines as tasks, 'due' left in a task, due phrases."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.actions import resolve_due

CONDITIONS = [
    (
        "Notizen 3.6.2027\nEntscheidung: Ja, unter der Bedingung, dass der Betriebsrat bis Ende Juni zustimmt.\n",
        "dass der Betriebsrat",
    ),
    (
        "Notizen 3.6.2027\nEntscheidung: Zusage, vorausgesetzt, die Schnittstelle läuft im Test stabil.\n",
        "die Schnittstelle",
    ),
    (
        "Notes 3 June 2027\nDecision: Yes, subject to: the security audit passing in June.\n",
        "the security audit",
    ),
    ("Notes 3 June 2027\nDecision: yes, provided, the load test succeeds.\n", "the load test"),
]


@pytest.mark.parametrize(
    ("notes", "start"), CONDITIONS, ids=["de-bedingung", "de-vorausgesetzt", "en-subject-to", "en-provided"]
)
def test_a_condition_never_starts_with_a_comma(notes: str, start: str) -> None:
    result = draft_minutes(notes)
    assert result.decision.outcome == "positive_with_conditions"
    assert result.decision.conditions, result.decision
    assert result.decision.conditions[0].startswith(start), result.decision.conditions
    assert not any(c.lstrip().startswith(",") for c in result.decision.conditions)
    assert ", ," not in result.summary and ": ," not in result.summary


STEPS = [
    (
        "Notizen 3.6.2027\nTeilnehmer: Kim Lee, Ola Berg\nNächste Schritte:\n"
        "- Kim: Testumgebung einrichten, fällig am 14.06.2027\n- Das Angebot ist noch nicht freigegeben.\n"
        "Die Lizenzfrage ist weiterhin offen.\n",
        {"Testumgebung einrichten": date(2027, 6, 14)},
    ),
    (
        "Notizen 3.6.2027\nTeilnehmer: Kim Lee, Ola Berg\nNächste Schritte:\n"
        "- Ola: Schulung planen, Frist: 18.06.2027\n- Ola prüft in den nächsten zwei Wochen die Lizenzen\n",
        {
            "Schulung planen": date(2027, 6, 18),
            "prüft in den nächsten zwei Wochen die Lizenzen": date(2027, 6, 17),
        },
    ),
    (
        "Notes 3 June 2027\nPresent: Kim Lee, Ola Berg\nNext steps:\n"
        "- Kim: set up the test tenant, due 2027-06-14\n- The offer is not approved yet.\n"
        "The licence question is still open.\n",
        {"set up the test tenant": date(2027, 6, 14)},
    ),
    (
        "Notes 3 June 2027\nPresent: Kim Lee, Ola Berg\nNext steps:\n"
        "- Ola: plan the training, deadline: 2027-06-18\n- Ola will review the licences over the next two weeks\n",
        {
            "plan the training": date(2027, 6, 18),
            "review the licences over the next two weeks": date(2027, 6, 17),
        },
    ),
]


@pytest.mark.parametrize(("notes", "expected"), STEPS, ids=["de-status", "de-due", "en-status", "en-due"])
def test_tasks_are_things_to_do_with_their_due_dates(notes: str, expected: dict[str, date]) -> None:
    items = draft_minutes(notes).action_items
    assert len(items) == len(expected), [i.task for i in items]
    for part, due in expected.items():
        item = next((i for i in items if part in i.task), None)
        assert item is not None, [i.task for i in items]
        assert item.due == due, (item.task, item.due)
    for item in items:
        assert not item.task.rstrip().lower().endswith(("due", "fällig am", "frist", "deadline")), item.task


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("over the next two weeks", date(2027, 6, 17)),
        ("within the coming 3 days", date(2027, 6, 6)),
        ("in den nächsten zwei Wochen", date(2027, 6, 17)),
        ("innerhalb der nächsten 3 Tage", date(2027, 6, 6)),
        ("by June 20th", date(2027, 6, 20)),
        ("bis zum 20. Juni", date(2027, 6, 20)),
    ],
)
def test_relative_and_ordinal_due_phrases(phrase: str, due: date) -> None:
    assert resolve_due(f"check it {phrase}", date(2027, 6, 3))[0] == due


REVIEWS = [
    (
        "Notes 3 June 2027\nPresent: Tom Reyes (Harbourline), Dana Kirk (Harbourline), Lea Stroud (Quellpoint Data), "
        "Omar Vance (Quellpoint Data)\nLea presented the pilot results; Tom confirmed the results match the goals we set.\n",
        "met",
    ),
    (
        "Notizen 3.6.2027\nTeilnehmer: Ute Hagen (Kranich Bau), Rolf Demir (Kranich Bau), Ines Falk (Sonnwerk Software), "
        "Piet Lorenz (Sonnwerk Software)\nInes stellte die Ergebnisse des Piloten vor; Ute bestätigte, dass die "
        "Ergebnisse den vereinbarten Zielen entsprechen.\n",
        "met",
    ),
    (
        "Notes 3 June 2027\nPresent: Tom Reyes (Harbourline), Dana Kirk (Harbourline), Lea Stroud (Quellpoint Data), "
        "Omar Vance (Quellpoint Data)\nLea presented the pilot results; Tom said they do not match the goals we set.\n",
        "not_met",
    ),
]


@pytest.mark.parametrize(("notes", "status"), REVIEWS, ids=["en-match", "de-entsprechen", "en-no-match"])
def test_customer_confirming_the_results_match_meets_the_review_gate(notes: str, status: str) -> None:
    gate = next(g for g in draft_minutes(notes).gates if g.id == "engagement_reviewed")
    assert gate.status == status, (gate.status, gate.evidence)


WRITTEN = [
    ("Notizen 17.6.2027\nFrau Hagen hat per E-Mail die Entscheidung schriftlich bestätigt.\n", "positive"),
    ("Notes 17 June 2027\nTom confirmed the decision in writing by e-mail on Monday.\n", "positive"),
    ("Notizen 17.6.2027\nDie Entscheidung soll noch schriftlich bestätigt werden.\n", "pending"),
    ("Notes 17 June 2027\nTom has not yet confirmed the decision in writing.\n", "pending"),
]


@pytest.mark.parametrize(("notes", "outcome"), WRITTEN, ids=["de-done", "en-done", "de-future", "en-negated"])
def test_a_decision_confirmed_in_writing_is_a_yes(notes: str, outcome: str) -> None:
    decision = draft_minutes(notes).decision
    assert decision.outcome == outcome
    assert bool(decision.evidence) == (outcome == "positive")


@pytest.mark.parametrize(
    ("vtt", "seller", "task"),
    [
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lea Stroud (Quellpoint Data)>Great, I will send the offer by Friday.\n\n"
            "00:00:05.000 --> 00:00:09.000\n<v Tom Reyes (Harbourline)>Good. I'll book the room for the kick-off.\n",
            "Lea Stroud",
            "send the offer",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ines Falk (Sonnwerk Software)>Gut, ich schicke das Angebot bis Freitag.\n\n"
            "00:00:05.000 --> 00:00:09.000\n<v Ute Hagen (Kranich Bau)>Prima. Ich buche den Raum für den Kick-off.\n",
            "Ines Falk",
            "schicke das Angebot",
        ),
    ],
    ids=["en", "de"],
)
def test_the_first_turns_of_a_transcript_keep_their_tasks(vtt: str, seller: str, task: str) -> None:
    items = draft_minutes(vtt).action_items
    item = next((i for i in items if task in i.task), None)
    assert item is not None, [i.task for i in items]
    assert item.owner == seller
