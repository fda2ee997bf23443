"""Readiness summary and BANT view, both driven by knowledge/criteria/readiness.yaml."""

from __future__ import annotations

from coach.qualify.bank import readiness_spec
from coach.qualify.models import ALL_DIMENSIONS, Flag
from coach.qualify.readiness import bant, readiness


def test_spec_lists_every_dimension_once_in_framework_order() -> None:
    spec = readiness_spec()
    assert list(spec["core"]) + list(spec["extensions"]) == list(ALL_DIMENSIONS)
    assert set(spec["ready"]["required"]) <= set(spec["core"])


def test_all_covered_is_ready() -> None:
    status = {d: "covered" for d in ALL_DIMENSIONS}
    r = readiness(status, [], "en")
    assert r.ready and r.level == "ready" and r.summary.startswith("8/8 dimensions covered — ready")


def test_missing_budget_and_authority_is_not_ready_in_german() -> None:
    status = {d: "covered" for d in ALL_DIMENSIONS} | {"budget": "missing", "authority": "partial"}
    r = readiness(status, [], "de")
    assert not r.ready and r.level == "not_ready"
    assert r.summary == "6/8 Dimensionen abgedeckt — noch nicht bereit für ein Angebot"
    assert r.blocking == ["budget", "authority"]


def test_blocking_flag_prevents_ready() -> None:
    status = {d: "covered" for d in ALL_DIMENSIONS}
    flag = Flag(id="poor_offer_fit", message="x")
    assert readiness(status, [flag], "en").level == "not_ready"


def test_bant_need_takes_the_best_of_goals_and_challenges() -> None:
    status = {d: "missing" for d in ALL_DIMENSIONS} | {"challenges": "covered", "goals": "partial"}
    view = bant(status)
    assert view.need == "covered" and view.budget == "missing"


def test_almost_with_every_required_dimension_covered_names_the_open_core_dimensions() -> None:
    # the five required ones covered, plus plans: one core dimension short of min_covered and nothing blocking
    status = {d: "missing" for d in ALL_DIMENSIONS} | {
        d: "covered" for d in ("goals", "plans", "challenges", "timeline", "budget", "authority")
    }
    status["plans"] = "partial"
    for lang, word in (("de", "offen"), ("en", "open")):
        r = readiness(status, [], lang)
        assert r.level == "almost" and r.blocking == []
        assert "—)" not in r.summary and f"({word}: —" not in r.summary
        assert ("Pläne" if lang == "de" else "Plans") in r.summary


def test_almost_with_a_required_dimension_open_names_only_that_one() -> None:
    status = {d: "covered" for d in ALL_DIMENSIONS} | {"budget": "partial"}
    r = readiness(status, [], "en")
    assert r.level == "almost" and r.blocking == ["budget"]
    assert r.summary.endswith("(open: Budget)")
