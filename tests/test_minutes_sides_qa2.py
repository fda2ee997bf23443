"""Sides from per-person brackets, and the user's --seller / --seller-company taken as the strongest evidence."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.text.document import parse_text

# Attendance lines where each person carries their own bracket; the selling company is written without a legal
# form in one bracket and with one in another; the label varies (Present / Attendees / Teilnehmer / Anwesend).
EN_LIST = (
    "# Steering meeting – Harbourline Freight – 4 May 2027\n"
    "{label}: Tom Reyes (Head of Fleet, Harbourline), Dana Kirk (Finance, Harbourline), "
    "Lea Stroud (Quellpoint Data), Omar Vance (Architect, Quellpoint Data{legal})\n\n"
    "Lea walked through the results of the pilot; Tom confirmed the figures.\n"
    "Decision: go ahead with the rollout.\n"
)
DE_LIST = (
    "# Entscheidungsmeeting – Kranich Bau – 4. Mai 2027\n"
    "{label}: Ute Hagen (Bauleitung, Kranich Bau), Rolf Demir (Controlling, Kranich Bau), "
    "Ines Falk (Sonnwerk Software), Piet Lorenz (Technik, Sonnwerk Software{legal})\n\n"
    "Ines stellte den Rückblick vor; Ute bestätigte die Ergebnisse.\n"
    "Entscheidung: Kranich Bau beauftragt das Projekt.\n"
)
CASES = [
    # (text, buyers, sellers, seller company key word)
    (
        EN_LIST.format(label="Present", legal=""),
        ["Tom Reyes", "Dana Kirk"],
        ["Lea Stroud", "Omar Vance"],
        "Quellpoint",
    ),
    (
        EN_LIST.format(label="Attendees", legal=""),
        ["Tom Reyes", "Dana Kirk"],
        ["Lea Stroud", "Omar Vance"],
        "Quellpoint",
    ),
    (
        EN_LIST.format(label="Present", legal=" Ltd"),
        ["Tom Reyes", "Dana Kirk"],
        ["Lea Stroud", "Omar Vance"],
        "Quellpoint",
    ),
    (
        DE_LIST.format(label="Teilnehmer", legal=""),
        ["Ute Hagen", "Rolf Demir"],
        ["Ines Falk", "Piet Lorenz"],
        "Sonnwerk",
    ),
    (
        DE_LIST.format(label="Anwesend", legal=" GmbH"),
        ["Ute Hagen", "Rolf Demir"],
        ["Ines Falk", "Piet Lorenz"],
        "Sonnwerk",
    ),
]
IDS = [
    "en-present",
    "en-attendees",
    "en-legal-form-in-one-bracket",
    "de-teilnehmer",
    "de-legal-form-in-one-bracket",
]


def _sides(result) -> dict[str, str]:
    return {p.name: p.side for p in result.participants}


@pytest.mark.parametrize(("text", "buyers", "sellers", "seller_word"), CASES, ids=IDS)
def test_each_persons_bracket_sets_their_side(
    text: str, buyers: list[str], sellers: list[str], seller_word: str
) -> None:
    result = draft_minutes(text)
    sides = _sides(result)
    assert all(sides[name] == "customer" for name in buyers), sides
    assert all(sides[name] == "seller" for name in sellers), sides
    assert result.seller_company and seller_word in result.seller_company
    assert result.company and seller_word not in result.company


# Brackets that give no organisation at all: only the user's setting can say who sells.
EN_BARE = (
    "Decision meeting 4 May 2027\n"
    "Present: Tom Reyes (Head of Fleet), Dana Kirk (Finance), Lea Stroud (Quellpoint Data)\n\n"
    "Decision: go ahead with the rollout.\n"
)
DE_BARE = (
    "Entscheidungsmeeting 4. Mai 2027\n"
    "Teilnehmer: Ute Hagen (Bauleitung), Rolf Demir (Controlling), Ines Falk (Sonnwerk Software)\n\n"
    "Entscheidung: Wir machen das Projekt.\n"
)
FLAG_CASES = [
    (EN_BARE, {"seller_company": "Quellpoint Data"}, "Lea Stroud", "Quellpoint Data"),
    (EN_BARE, {"seller": ("Lea Stroud",)}, "Lea Stroud", "Quellpoint Data"),
    (DE_BARE, {"seller_company": "Sonnwerk Software"}, "Ines Falk", "Sonnwerk Software"),
    (DE_BARE, {"seller": ("Ines Falk",)}, "Ines Falk", "Sonnwerk Software"),
]


@pytest.mark.parametrize(
    ("text", "flags", "seller", "company"),
    FLAG_CASES,
    ids=["en-company", "en-seller", "de-company", "de-seller"],
)
def test_seller_flags_decide_the_selling_side(text: str, flags: dict, seller: str, company: str) -> None:
    result = draft_minutes(text, **flags)
    sides = _sides(result)
    assert sides[seller] == "seller", sides
    assert result.seller_company == company
    assert sum(side == "seller" for side in sides.values()) == 1, sides


@pytest.mark.parametrize(
    ("vtt", "company"),
    [
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lea Stroud>Shall we settle the decision?\n\n"
            "00:00:05.000 --> 00:00:09.000\n<v Tom Reyes>Yes, we approve the purchase.\n",
            "Quellpoint Data",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ines Falk>Wollen wir die Entscheidung festhalten?\n\n"
            "00:00:05.000 --> 00:00:09.000\n<v Ute Hagen>Ja, wir geben den Kauf frei.\n",
            "Sonnwerk Software",
        ),
    ],
    ids=["en", "de"],
)
def test_seller_company_reaches_the_result_of_a_transcript(vtt: str, company: str) -> None:
    doc = parse_text(vtt, seller_company=company)
    result = draft_minutes(doc, seller_company=company)
    assert result.seller_company == company
