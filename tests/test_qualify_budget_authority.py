"""Budget and authority lines as salespeople write them (DE and EN): status, evidence and the first question agree."""

from __future__ import annotations

import pytest

from coach.qualify import analyse
from coach.qualify.assess import assess

# Written for these tests; every company and person is invented. The other lines give the notes some context.
HEAD = {
    "de": "- Ziel: Reklamationsquote bis Ende 2027 von 4 % auf 2 % senken\n- Start im April 2027\n",
    "en": "- Goal: cut the complaint rate from 4% to 2% by the end of 2027\n- Start in April 2027\n",
}

BUDGET = [
    # an amount that still waits for approval is known, not allocated: partial
    (
        "de",
        'Budget: noch nicht freigegeben, Frau Kaiser meint "um die 80k sind drin", Freigabe durch CFO',
        "partial",
    ),
    ("de", "Budget: muss noch vom Vorstand genehmigt werden, angedacht sind 200.000 €", "partial"),
    ("de", "Budget: Freigabe steht noch aus, im Gespräch sind 60-70k", "partial"),
    ("en", 'Budget: not approved yet, Priya says "around 60k is realistic", sign-off by the CFO', "partial"),
    ("en", "Budget: 90k pending approval by the board", "partial"),
    # approved / allocated amounts are covered
    ("de", "Budget: 150.000 € für das Projekt freigegeben", "covered"),
    ("en", "Budget: 90k USD approved in this year's capex plan", "covered"),
    # nothing said about money
    ("de", "Budget: noch nicht besprochen", "missing"),
    ("en", "Budget: not discussed yet", "missing"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), BUDGET)
def test_budget_line_status(lang: str, line: str, expected: str) -> None:
    result = analyse(HEAD[lang] + f"- {line}\n", lang=lang)
    budget = next(d for d in result.dimensions if d.key == "budget")
    assert budget.status == expected, budget.summary
    if expected != "missing":
        assert budget.evidence and line.split(":")[1].strip()[:20] in budget.evidence[0]


@pytest.mark.parametrize(("lang", "line", "expected"), BUDGET)
def test_budget_line_status_by_the_rules_alone(lang: str, line: str, expected: str) -> None:
    assert assess(HEAD[lang] + f"- {line}\n").status["budget"] == expected


AUTHORITY = [
    (
        "de",
        "- Budget: noch nicht freigegeben, ca. 120k realistisch, Freigabe durch CFO Herrn Becker\n"
        "- Entscheidung trifft die Geschäftsführung (Herr Jonas Albrecht)\n",
        "Entscheidung trifft",
    ),
    (
        "en",
        "- Budget: not approved yet, roughly 120k, approval by CFO Mr Becker\n"
        "- The decision is made by the managing director (Mr Jonas Albrecht)\n",
        "The decision is made",
    ),
    (
        "de",
        "- Geld kommt aus dem IT-Topf, Herr Brandt gibt es frei\n- Unterschreiben wird am Ende Frau Dr. Seidel (Vorstand)\n",
        "Unterschreiben wird",
    ),
]


@pytest.mark.parametrize(("lang", "lines", "decision_line"), AUTHORITY)
def test_authority_evidence_is_the_decision_sentence_not_the_budget_line(
    lang: str, lines: str, decision_line: str
) -> None:
    result = analyse(HEAD[lang] + lines, lang=lang)
    authority = next(d for d in result.dimensions if d.key == "authority")
    assert authority.status == "covered", authority.summary
    assert decision_line in authority.evidence[0]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_first_question_agrees_with_the_table(lang: str) -> None:
    result = analyse(HEAD[lang] + f"- {BUDGET[0 if lang == 'de' else 3][1]}\n", lang=lang)
    status = {d.key: d.status for d in result.dimensions + result.extensions}
    for q in result.next_questions:
        assert status[q.dimension] != "covered"
    budget_q = next(q for q in result.next_questions if q.dimension == "budget")
    # a partial budget is asked about as vague, not as "not discussed"
    assert ("vage" if lang == "de" else "vague") in budget_q.why.lower()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okay.", True),
        ("Ja, genau.", True),
        ("Mhm, right.", True),
        ("Danke!", True),
        ("Yes, 50k.", False),
        ("Genau so, der CFO entscheidet.", False),
        ("Right, we need it by March.", False),
        ("Gut, dann bis Dienstag.", False),
    ],
)
def test_bare_acknowledgements_are_not_embedded(sentence: str, expected: bool) -> None:
    from coach.qualify.learned.apply import backchannel

    assert backchannel(sentence) is expected


def test_a_confirmed_seller_summary_still_counts_when_the_confirmation_is_not_embedded() -> None:
    from coach.qualify.learned.apply import prepare
    from coach.qualify.learned.features import CUE_NAMES, E5_DIM

    notes = (
        "[00:01] Vertrieb (Tom Weber, Acme): Sie haben also 90.000 Euro für dieses Jahr freigegeben?\n"
        "[00:02] Kunde (Ines Vogt, Vogt GmbH): Genau.\n"
        "[00:03] Kunde (Ines Vogt, Vogt GmbH): Und bis Oktober muss das laufen.\n"
    )
    prep = prepare(notes)
    texts = [s.text for s in prep.segments]
    assert "Genau." not in texts
    summary = next(i for i, t in enumerate(texts) if "90.000" in t)
    assert prep.x[summary, E5_DIM + CUE_NAMES.index("confirmed")] == 1.0
