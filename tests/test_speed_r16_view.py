"""One customer view per document, kept on the document (no module-global state), and the same results."""

from __future__ import annotations

import pytest

from coach.qualify import analyse, prefetch
from coach.text import evidence
from coach.text.document import parse_text
from coach.text.evidence import customer_view

_TRANSCRIPT = """[00:00] Rep: Thanks for your time, what made you look at this topic now?
[00:10] Customer: We lose about 30 hours a week on manual reconciliation across four sites.
[00:20] Rep: So if I understand you right, the audit in March is the deadline?
[00:30] Customer: Exactly. Our CFO signs off anything above 25k. Budget is roughly 60k for next year.
[00:40] Rep: Our customers usually save around 40k a year with the standard package.
[00:50] Customer: Otherwise we fail the audit again.
"""
_OTHER = """[00:00] Vertrieb: Was ist Ihr Ziel für das nächste Jahr?
[00:10] Kunde: Wir wollen den Ausschuss bis Ende 2027 um 20 % senken.
"""


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Return the list that gets one entry per computed customer view (the real computation still runs)."""
    calls: list[int] = []
    compute = evidence._customer_view
    monkeypatch.setattr(evidence, "_customer_view", lambda d: calls.append(1) or compute(d))
    return calls


def test_one_analysis_computes_the_customer_view_once(
    fresh_home: None, counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefetch, "MIN_NEW", 1)  # the prefetch reads the view too, as for a long transcript
    result = analyse(_TRANSCRIPT)
    assert len(counted) == 1
    assert any(d.status != "missing" for d in result.dimensions)


def test_each_document_keeps_its_own_view_with_no_module_global(counted: list[int]) -> None:
    first, second = parse_text(_TRANSCRIPT), parse_text(_OTHER)
    views = [customer_view(first), customer_view(second), customer_view(first), customer_view(second)]
    assert len(counted) == 2  # alternating documents: neither is computed again
    assert views[0] == views[2] and views[1] == views[3] and views[0] != views[1]
    assert not hasattr(evidence, "_last_view")


def test_the_kept_view_changes_nothing_the_document_shows_and_a_copy_computes_its_own(
    counted: list[int],
) -> None:
    doc = parse_text(_TRANSCRIPT)
    dumped = doc.model_dump_json()
    view = customer_view(doc)
    assert doc.model_dump_json() == dumped
    assert doc == parse_text(_TRANSCRIPT)
    names = [p.model_copy(update={"name": f"{p.name} Jr"}) for p in doc.participants]
    renamed = doc.model_copy(update={"participants": names})  # the same count of people: only the copy tells
    customer_view(renamed)
    assert len(counted) == 2  # the copy computed its own view
    assert customer_view(doc) == view and len(counted) == 2


def test_callers_cannot_change_the_kept_view() -> None:
    doc = parse_text(_TRANSCRIPT)
    first = customer_view(doc)
    first.seller_sentences.append("changed by a caller")
    first.text = "changed"
    again = customer_view(doc)
    assert "changed by a caller" not in again.seller_sentences and again.text != "changed"
