"""Merging a deal's items as a salesperson's memory: later reversals, accumulated actions, a stage that never goes
backwards, commitments in call notes. The engine results are built here, so each rule is tested on its own."""

from __future__ import annotations

from datetime import date

import pytest

from coach.deals.commitments import find_commitments
from coach.deals.merge import Entry, decision, merge_qualification, open_actions, readiness, stage
from coach.deals.models import DealGate
from coach.minutes.models import ActionItem, Decision, GateCheck, MinutesResult
from coach.qualify.models import ALL_DIMENSIONS, BantView, DimensionResult, QualifyResult
from coach.qualify.models import Readiness as QReadiness
from coach.text.sentences import sentence_texts


def notes(**dims: tuple[str, list[str]]) -> QualifyResult:
    """A qualification result: the given dimensions with status and evidence, every other one missing."""
    return QualifyResult(
        language="de",
        provider="offline",
        dimensions=[
            DimensionResult(
                key=k,  # type: ignore[arg-type]
                label=k,
                status=dims.get(k, ("missing", []))[0],  # type: ignore[arg-type]
                evidence=dims.get(k, ("missing", []))[1],
                summary="",
            )
            for k in ALL_DIMENSIONS[:8]
        ],
        extensions=[],
        bant=BantView(budget="missing", authority="missing", need="missing", timeline="missing"),
        next_questions=[],
        flags=[],
        readiness=QReadiness(covered=0, total=8, ready=False, level="not_ready", summary=""),
    )


def minutes(
    outcome: str, actions: list[tuple[str, str, date | None]], met: tuple[str, ...] = ()
) -> MinutesResult:
    """A minutes result with an outcome, action items (task, owner, due) and the gates met."""
    return MinutesResult(
        language="de",
        provider="offline",
        title="Protokoll",
        decision=Decision(outcome=outcome),  # type: ignore[arg-type]
        opportunity_status="open",
        action_items=[ActionItem(task=t, owner=o, due=d) for t, o, d in actions],
        gates=[
            GateCheck(id=g, label=g, status="met" if g in met else "not_met")  # type: ignore[arg-type]
            for g in ("engagement_reviewed", "decision_in_writing", "contract_signed")
        ],
    )


BUDGET_OK = "Budget ist bewilligt: 120.000 EUR für nächstes Jahr."


@pytest.mark.parametrize(
    ("later_status", "later_sentence", "contradicted", "status"),
    [
        (
            "partial",
            "Budget doch nicht bewilligt, die Geschäftsführung hat alles über 60k gestoppt.",
            True,
            "partial",
        ),
        ("partial", "Die Investitionen sind bis März eingefroren, auch unser Budget.", True, "partial"),
        ("partial", "The budget is no longer available after the reorg.", True, "partial"),
        ("partial", "Budget frozen until Q2 by the board.", True, "partial"),
        ("missing", "Budget: das Geld ist nicht mehr da.", True, "missing"),
        # a later item that only says less is no contradiction: the budget stays covered from the earlier item
        ("partial", "Budget wurde kurz erwähnt, Details folgen.", False, "covered"),
    ],
)
def test_a_later_negation_contradicts_a_covered_dimension(
    later_status: str, later_sentence: str, contradicted: bool, status: str
) -> None:
    entries = [
        Entry(1, "notes", date(2026, 9, 1), notes(budget=("covered", [BUDGET_OK]))),
        Entry(2, "notes", date(2026, 9, 20), notes(budget=(later_status, [later_sentence]))),
    ]
    dims, trend = merge_qualification(entries)
    budget = next(d for d in dims if d.key == "budget")
    assert budget.contradicted is contradicted and budget.status == status
    if contradicted:
        assert (
            budget.evidence == [later_sentence] and budget.date == date(2026, 9, 20) and budget.item_id == 2
        )
        assert trend[-1].covered == trend[0].covered - 1
    else:
        assert budget.evidence == [BUDGET_OK]


def test_a_reversal_takes_back_only_the_dimension_it_is_about() -> None:
    freeze = "Budget doch nicht bewilligt: die Geschäftsführung hat alle Ausgaben über 60k gestoppt."
    entries = [
        Entry(
            1,
            "notes",
            date(2026, 9, 1),
            notes(
                budget=("covered", [BUDGET_OK]),
                authority=("covered", ["Frau Roth entscheidet bis 200k, darüber die Geschäftsführung."]),
            ),
        ),
        # the engine quotes the freeze for both dimensions: it takes back the budget, not who decides
        Entry(
            2,
            "notes",
            date(2026, 9, 20),
            notes(budget=("partial", [freeze]), authority=("partial", [freeze])),
        ),
    ]
    dims = {d.key: d for d in merge_qualification(entries)[0]}
    assert dims["budget"].contradicted and dims["budget"].status == "partial"
    assert not dims["authority"].contradicted and dims["authority"].status == "covered"


def test_a_covered_dimension_after_a_contradiction_is_covered_again() -> None:
    entries = [
        Entry(1, "notes", date(2026, 9, 1), notes(budget=("covered", [BUDGET_OK]))),
        Entry(2, "notes", date(2026, 9, 20), notes(budget=("partial", ["Budget doch nicht bewilligt."]))),
        Entry(
            3, "notes", date(2026, 10, 5), notes(budget=("covered", ["Budget wieder bewilligt: 80.000 EUR."]))
        ),
    ]
    budget = next(d for d in merge_qualification(entries)[0] if d.key == "budget")
    assert budget.status == "covered" and not budget.contradicted
    assert budget.history == ["covered", "partial", "covered"]


def _sentences(text: str) -> list[str]:
    return sentence_texts(text)


def test_open_actions_accumulate_over_minutes_and_notes_until_done_or_superseded() -> None:
    first = minutes(
        "positive_with_conditions",
        [
            ("prüft den Auftragsverarbeitungsvertrag", "Olga Brandt", date(2027, 2, 10)),
            ("schickt das Vertragsdokument", "Kai Lenz", date(2027, 2, 3)),
            ("bucht den Schulungsraum", "Mia Roth", date(2027, 2, 20)),
        ],
    )
    second = minutes("pending", [("stellt die Rechnung", "Kai Lenz", date(2027, 2, 28))])
    third = minutes("pending", [("schickt das Vertragsdokument", "Kai Lenz", date(2027, 2, 14))])
    call = "Telefonat 12.02.2027\n- Mia Roth hat den Schulungsraum gebucht, erledigt.\n- AP: Ute Sommer schickt bis 19.02. die Nutzerliste.\n"
    entries = [
        Entry(1, "minutes", date(2027, 2, 1), first),
        Entry(2, "minutes", date(2027, 2, 5), second),
        Entry(3, "notes", date(2027, 2, 12), notes()),
        Entry(4, "minutes", date(2027, 2, 13), third),
    ]
    commitments = {3: find_commitments(call, date(2027, 2, 12), "de")}
    actions = open_actions(entries, commitments, {3: _sentences(call)})
    got = [(a.owner, a.task, a.due, a.item_id) for a in actions]
    # Olga's and Kai's items of the first minutes survive later minutes that do not mention them;
    # Kai's contract task is superseded by the same task with a new due date; Mia's is reported done
    assert ("Olga Brandt", "prüft den Auftragsverarbeitungsvertrag", date(2027, 2, 10), 1) in got
    assert [g for g in got if g[0] == "Kai Lenz" and "Vertrag" in g[1]] == [
        ("Kai Lenz", "schickt das Vertragsdokument", date(2027, 2, 14), 4)
    ]
    assert ("Kai Lenz", "stellt die Rechnung", date(2027, 2, 28), 2) in got
    assert not [g for g in got if g[0] == "Mia Roth"]
    assert any(g[0] == "Ute Sommer" and g[2] == date(2027, 2, 19) for g in got)
    assert [a.due for a in actions] == sorted(a.due for a in actions if a.due)  # the first is the next step


def _gates(*met: str) -> list[DealGate]:
    return [
        DealGate(id=g, label=g, status="met" if g in met else "not_met")
        for g in ("engagement_reviewed", "decision_in_writing", "contract_signed")
    ]


ALL_MET = ("engagement_reviewed", "decision_in_writing", "contract_signed")


@pytest.mark.parametrize(
    ("timeline", "met", "expected_stage", "expected_decision"),
    [
        # follow-up minutes without a new decision keep the decision and never move the stage back
        (["notes", "positive_with_conditions", "pending"], (), "follow_through", "positive_with_conditions"),
        (["notes", "positive_with_conditions", "pending"], ALL_MET, "won", "positive_with_conditions"),
        # a later call note says less: still follow-through
        (["positive", "notes"], (), "follow_through", "positive"),
        # a negative decision reverses explicitly
        (["notes", "positive", "negative"], (), "lost", "negative"),
        # a new decision meeting prepared after a no reopens the deal
        (["notes", "negative", "preparation"], (), "decision_prepared", "negative"),
        (["notes", "preparation"], (), "decision_prepared", None),
        (["notes", "pending"], (), "decision_prepared", "pending"),
        (["notes"], (), "qualifying", None),
        ([], (), "new", None),
    ],
)
def test_the_stage_is_the_furthest_milestone_unless_a_later_no_reverses_it(
    timeline: list[str], met: tuple[str, ...], expected_stage: str, expected_decision: str | None
) -> None:
    entries = []
    for n, what in enumerate(timeline, 1):
        day = date(2026, 10, n)
        if what == "notes":
            entries.append(Entry(n, "notes", day, notes()))
        elif what == "preparation":
            entries.append(Entry(n, "preparation", day, {}))
        else:
            entries.append(Entry(n, "minutes", day, minutes(what, [])))
    dims, _ = merge_qualification(entries)
    assert stage(entries, readiness(dims), _gates(*met)) == expected_stage
    assert decision(entries) == expected_decision


@pytest.mark.parametrize(
    ("line", "owner", "due"),
    [
        ("AP: Kai schickt bis 14.02. die Referenzliste.", "Kai", date(2027, 2, 14)),
        ("- AP: Brandt klärt bis 20.02. mit Dr. Roth, ob der Pilot reicht.", "Brandt", date(2027, 2, 20)),
        ("AI: Lena sends the security paper by Friday.", "Lena", date(2027, 2, 12)),
        ("Action item: Omar Khan to share the data sample by 2027-02-18.", "Omar Khan", date(2027, 2, 18)),
        ("TODO: Wir schicken bis 16.02. das Angebot.", "wir (Vertrieb)", date(2027, 2, 16)),
        ("- [ ] Kai bereitet die Demo vor", "Kai", None),
        ("Frau Brandt schickt bis 17.02. die Zahlen.", "Frau Brandt", date(2027, 2, 17)),
    ],
)
def test_commitments_in_call_notes_are_found(line: str, owner: str, due: date | None) -> None:
    found = find_commitments(f"Notizen\n{line}\n", date(2027, 2, 9), "de")
    assert [(c.owner, c.due) for c in found] == [(owner, due)]


@pytest.mark.parametrize(
    "line",
    ["Budget: steht noch nicht fest.", "Die IT hat keine Kapazität vor Q2.", "Go-live bis 01.04.2027."],
)
def test_sentences_without_an_owner_are_no_commitments(line: str) -> None:
    assert find_commitments(f"Notizen\n{line}\n", date(2027, 2, 9), "de") == []
