"""The decision: yes, yes-but with conditions, no with reasons, or pending — from how reps write it down."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.minutes.decision import classify, find_decision
from coach.text.lines import segment


@pytest.mark.parametrize(
    ("text", "labelled", "outcome"),
    [
        ("Ja.", True, "positive"),
        ("yes, without reservations.", True, "positive"),
        ("YES. Sofia signed the order form in the room", True, "positive"),
        (
            'Lange mündl. "Ja, aber": nur wenn SSO läuft + Zustimmung Betriebsrat vorliegt',
            True,
            "positive_with_conditions",
        ),
        ("Ja, aber nur mit bestandenem Penetrationstest", True, "positive_with_conditions"),
        ("yes, subject to board approval of the budget", True, "positive_with_conditions"),
        ("Ja, vorausgesetzt die Datenmigration ist im Preis enthalten", True, "positive_with_conditions"),
        ("nein.", True, "negative"),
        ("NO. The payback requirement is not met", True, "negative"),
        ("vertagt auf die Vorstandssitzung im Juli", True, "pending"),
        ("keine – ohne den GF wird nicht unterschrieben", True, "pending"),
        ("Frau Schröder hat dann klar Ja gesagt.", False, "positive"),
        ('Frank Schulze: "Wir machen das.', False, "positive"),
        ("They want to go ahead with the full rollout.", False, "positive"),
        (
            "Frau Ebner sagte zu, allerdings unter zwei Bedingungen: Schulung vor dem Start und Fehlalarmquote unter 2 %.",
            False,
            "positive_with_conditions",
        ),
        (
            "The CFO said yes, provided that the migration is included in the price.",
            False,
            "positive_with_conditions",
        ),
        ("We have decided to go with the other vendor.", False, "negative"),
        ("Der Kunde hat sich für den Wettbewerber entschieden.", False, "negative"),
        ("Kestrel declined our proposal.", False, "negative"),
        ("No decision was taken today.", False, "pending"),
        ("Eine Entscheidung sei heute nicht möglich.", False, "pending"),
        ("Decision postponed to the next quarter.", False, "pending"),
        ('Marcus: "I can\'t sign off today."', False, "pending"),
        ("verbal yes, PO to follow", True, "positive"),
        ("Okay, we go with you.", False, "positive"),
        ("It's a no from us, the budget went to the ERP project.", False, "negative"),
        ("Wir haben uns nicht für Sie entschieden.", False, "negative"),
        ("Herr Lang hat noch nicht zugesagt.", False, None),
        ("We talked about the roadmap.", False, None),
    ],
)
def test_classify(text: str, labelled: bool, outcome: str | None) -> None:
    assert classify(text, labelled=labelled) == outcome


def decision(notes: str):  # type: ignore[no-untyped-def]
    return find_decision(segment(notes))


def test_conditions_are_split_into_items() -> None:
    d = decision(
        "- Entscheidung: Ja, aber: Datenschutz-Folgenabschätzung muss positiv ausfallen + Go-Live nicht vor Juli\n"
    )
    assert d.outcome == "positive_with_conditions"
    assert d.conditions == ["Datenschutz-Folgenabschätzung muss positiv ausfallen", "Go-Live nicht vor Juli"]


def test_conditions_after_a_colon_in_prose() -> None:
    d = decision(
        "Ergebnis: Herr Lehmann hat mündlich zugesagt, allerdings mit zwei Bedingungen: Vor dem Go-Live muss es eine "
        "Schulung für alle Serviceberater geben, und die Datenmigration muss im Preis enthalten sein.\n"
    )
    assert d.outcome == "positive_with_conditions"
    assert len(d.conditions) == 2 and "Schulung" in d.conditions[0] and "Datenmigration" in d.conditions[1]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "- ENTSCHEIDUNG: nein. Gründe lt. Sauer: interne ERP-Lösung wird weitergebaut, kein Budget frei\n",
            ["interne ERP-Lösung wird weitergebaut", "kein Budget frei"],
        ),
        (
            "Decision: no. Reasons given by Jonathan: the programme is cancelled, and there is no budget in 2028.\n",
            ["the programme is cancelled", "there is no budget in 2028"],
        ),
        (
            '[15:35] Robert: "We have decided to go with the other vendor. They have a certified SAP integration '
            'today and a lower total price."\n',
            ["They have a certified SAP integration today", "a lower total price"],
        ),
        (
            "- Entscheidung: Absage, weil das Budget für 2028 gestrichen wurde\n",
            ["das Budget für 2028 gestrichen wurde"],
        ),
    ],
)
def test_negative_decision_records_reasons(notes: str, expected: list[str]) -> None:
    d = decision(notes)
    assert d.outcome == "negative"
    assert d.reasons == expected


def test_labelled_decision_wins_over_loose_cues() -> None:
    notes = (
        "- Karen wants to revisit in the 2028 budget cycle\n- Decision: NO. The union is against tracking.\n"
    )
    assert decision(notes).outcome == "negative"


def test_no_decision_cue_means_pending() -> None:
    assert decision("We walked through the offer and agreed to talk again.\n").outcome == "pending"


def test_why_us_is_kept_as_learning() -> None:
    d = decision("- Entscheidung: Ja.\n- Warum wir? laut Berg: Pilot-Ergebnisse und schnelle Antworten\n")
    assert d.learnings == ["Pilot-Ergebnisse und schnelle Antworten"]


def test_action_items_do_not_decide() -> None:
    notes = "Decision: yes.\nActions\n- Ben: close the other opp as lost – today\n"
    assert decision(notes).outcome == "positive"


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("- Go/No-Go: GO", "positive"),
        ("- Entsch.: vertagt auf KW 42", "pending"),
        ("- Fazit: Ja, sofern der Betriebsrat zustimmt", "positive_with_conditions"),
        ("- Outcome: declined, they keep their current tool", "negative"),
    ],
)
def test_shorthand_labels(line: str, outcome: str) -> None:
    assert decision(line + "\n").outcome == outcome


@pytest.mark.parametrize(
    ("notes", "outcome"),
    [
        (
            "Board minutes, 4 May 2027\nMotion to approve the purchase of the platform. Motion carried 4-1.\n",
            "positive",
        ),
        (
            "Board minutes, 4 May 2027\nMotion: to approve the contract, subject to a signed DPA.\nCarried 5-0.\n",
            "positive_with_conditions",
        ),
        (
            "Protokoll 04.05.2027\nDer Vorstand stimmt der Vergabe an die Firma zu. Einstimmig beschlossen.\n",
            "positive",
        ),
        ("Protokoll 04.05.2027\nDie Bank wird das System nicht beschaffen.\n", "negative"),
        ("Notes 4 May 2027\nOutcome: no decision today, they meet again in June.\n", "pending"),
        ("Mail 04.05.2027\nWir brauchen noch Zeit. Bitte nicht als Absage verstehen!\n", "pending"),
        ("Notes 4 May 2027\nThe committee tabled the motion until the audit is done.\n", "pending"),
        (
            "Call 4 May 2027\nWe want to roll out the tool. But under two conditions: SSO and a pilot.\n",
            "positive_with_conditions",
        ),
    ],
)
def test_board_style_and_yes_but_in_any_wording(notes: str, outcome: str) -> None:
    assert draft_minutes(notes).decision.outcome == outcome
