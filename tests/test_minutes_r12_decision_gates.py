"""Round 12: decisions said as a passive resolution, an assent with a long object or 'Yes, we want …'; gates from a
customer's answer to our question about the results, a signature nobody is sure of, a signed letter still to be sent;
and the decision's own sentence never listed as a task, full stop or not."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import find_decision
from coach.text.lines import segment

HEAD = {
    "de": "Entscheidungstermin – 14.04.2027\n"
    "Teilnehmer: Vera Linde (COO, Kunde Hallberg AG), Paul Esser (Vertrieb, Quellnetz GmbH)\n\n",
    "en": "Decision meeting – 14 April 2027\n"
    "Attendees: Vera Linde (COO, Hallberg Ltd), Paul Esser (Account Executive, Quellnetz Ltd)\n\n",
}


def outcome(text: str) -> str:
    """Return the rules' outcome of a text."""
    return find_decision(segment(text)).outcome


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Anschaffung ist somit beschlossen; weitere Vorbehalte gibt es nicht.", "positive"),
        ("Der Wechsel des Dienstleisters wurde damit beschlossen.", "positive"),
        ("Der Vorstand hat der Einführung des neuen Systems im Werk zugestimmt.", "positive"),
        (
            "Der Vorstand hat der Einführung des neuen Systems zugestimmt, allerdings unter zwei Bedingungen.",
            "positive_with_conditions",
        ),
        ('Then the COO said: "Yes, we want Quellnetz."', "positive"),
        ('She said: "Yes, we want Quellnetz – but conditional."', "positive_with_conditions"),
    ],
)
def test_a_resolution_or_an_assent_in_other_words_is_a_decision(text: str, want: str) -> None:
    assert outcome(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Der Vorstand hat der Einführung des neuen Systems bisher nicht zugestimmt.",
        "Ob die Anschaffung beschlossen wird, ist offen; eine Entscheidung ist vertagt.",
        "Yes, we want to see the reference call first before we decide anything.",
    ],
)
def test_a_refused_open_or_awaited_yes_is_no_positive_decision(text: str) -> None:
    assert outcome(text) != "positive"


def gates(lang: str, body: str) -> dict[str, str]:
    """Return each gate's status for the notes."""
    result = draft_minutes(HEAD[lang] + body, today=date(2027, 4, 14))
    return {g.id: g.status for g in result.gates}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Paul Esser: Before we start – did your team get through the pilot report?\n"
            "Vera Linde: We did, yes. My supervisors went through the figures from all depots.\n"
            "Vera Linde: Decision: yes, we go ahead.\n",
        ),
        (
            "de",
            "Paul Esser: Haben Sie die Auswertung des Piloten alle gesehen?\n"
            "Vera Linde: Ja, das haben wir im Team zusammen durchgesprochen.\n"
            "Vera Linde: Entscheidung: Ja.\n",
        ),
    ],
)
def test_the_customer_answering_our_question_about_the_results_meets_the_review(lang: str, body: str) -> None:
    assert gates(lang, body)["engagement_reviewed"] == "met"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Paul Esser: Did your team get through the pilot report?\n"
            "Vera Linde: Not yet, we will go through it next week.\n",
        ),
        (
            "de",
            "Paul Esser: Haben Sie die Auswertung des Piloten gesehen?\n"
            "Vera Linde: Ich glaube, das meiste haben wir gesehen.\n",
        ),
        (
            "de",
            "Paul Esser: Haben Sie die Auswertung gesehen?\nPaul Esser: Ja, ich habe sie gestern gesehen.\n",
        ),
    ],
)
def test_an_answer_not_done_hedged_or_by_the_seller_never_meets_the_review(lang: str, body: str) -> None:
    assert gates(lang, body)["engagement_reviewed"] != "met"


def test_a_review_with_the_results_named_in_the_sentence_before_can_be_half_done() -> None:
    body = (
        "Rückblick: Der Bericht zur Testphase liegt vor. Frau Linde merkt an, sie habe ihn nur überflogen.\n"
    )
    assert gates("de", body)["engagement_reviewed"] == "unclear"


def test_a_signed_letter_still_to_be_sent_is_no_written_decision() -> None:
    body = "Vera Linde: Decision: yes. And I'll send you a signed letter of intent today.\n"
    assert gates("en", body)["decision_in_writing"] == "not_met"


def test_a_contract_signed_with_the_writer_unsure_what_was_signed_is_unclear() -> None:
    body = (
        "Entscheidung: Ja.\n"
        "Den Vertrag hat Frau Linde unterschrieben – ich bin mir aber nicht sicher, ob das schon die neue "
        "Preisanlage war.\n"
        "Den unterschriebenen Vertrag mit Leistungsumfang, Preis, Zeitplan und Konditionen legen wir ab.\n"
    )
    assert gates("de", body)["contract_signed"] == "unclear"


def test_the_decision_sentence_is_no_task_whatever_its_punctuation() -> None:
    from coach.minutes.engine import _plain

    assert _plain("Wir bestellen die Lizenzen.") == _plain("wir bestellen die Lizenzen")
    assert _plain("Wir bestellen die Lizenzen.") != _plain("Wir bestellen die Lizenzen nicht.")
    text = (
        HEAD["en"]
        + "Decision: Vera confirms we go ahead with Quellnetz\n\nNext steps\n- Paul sends the order form\n"
    )
    result = draft_minutes(text, today=date(2027, 4, 14))
    evidence = {_plain(e) for e in result.decision.evidence}
    assert not any(_plain(a.task) in evidence and a.due is None for a in result.action_items)
