"""The warnings the framework would raise, from the dimension statuses and the sentences behind them."""

from __future__ import annotations

from coach.qualify.assess import Assessment
from coach.qualify.bank import readiness_spec
from coach.qualify.models import Flag
from coach.qualify.signals import months_between

MESSAGES = {
    "en": {
        "budget_before_goals": "Budget came up before the goals are clear: first understand goals, plans, challenges "
        "and timeline, then talk money with a business case.",
        "no_decision_maker": "No decision maker identified by name: find out who decides and signs.",
        "timeline_far": "The timeline is years away: low priority, invest your time accordingly.",
        "weak_will_to_change": "Signs of a weak will to change at the decision maker: proceed with caution.",
        "information_overload": "The buyer has more information than criteria: help set hard evaluation criteria.",
        "poor_offer_fit": "Our offer does not address the core problem: reflect it in the win probability.",
    },
    "de": {
        "budget_before_goals": "Budget kam zur Sprache, bevor die Ziele klar sind: erst Ziele, Pläne, "
        "Herausforderungen und Zeitplan verstehen, dann mit einem Business Case über Geld sprechen.",
        "no_decision_maker": "Kein Entscheider namentlich bekannt: klären, wer entscheidet und unterschreibt.",
        "timeline_far": "Der Zeitplan liegt Jahre entfernt: niedrige Priorität, Zeit entsprechend einteilen.",
        "weak_will_to_change": "Anzeichen für schwachen Veränderungswillen beim Entscheider: mit Vorsicht vorgehen.",
        "information_overload": "Reichlich Information, doch ohne feste Kriterien: dem Käufer helfen, harte Bewertungskriterien festzulegen.",
        "poor_offer_fit": "Unser Angebot trifft das Kernproblem nicht: in der Abschlusswahrscheinlichkeit berücksichtigen.",
    },
}


def raise_flags(assessment: Assessment, status: dict[str, str], lang: str) -> list[Flag]:
    """Return the flags for the (possibly merged) statuses, with evidence sentences where there are any."""
    spec = readiness_spec()
    msgs = MESSAGES[lang]
    flags: list[Flag] = []

    def add(flag_id: str, evidence: list[str] | None = None) -> None:
        flags.append(Flag(id=flag_id, message=msgs[flag_id], evidence=(evidence or [])[:3]))  # type: ignore[arg-type]

    before = spec.get("before_budget", ["goals"])
    if status["budget"] in ("covered", "partial") and any(status[d] != "covered" for d in before):
        add("budget_before_goals", assessment.evidence("budget"))
    if status["authority"] != "covered":
        add(
            "no_decision_maker",
            [m.seg.text for m in assessment.mentions["authority"] if m.level != "ignored"],
        )
    far = int(spec.get("timeline_far_months", 24))
    dated = [m for m in assessment.mentions["timeline"] if m.level == "specific" and m.when is not None]
    if status["timeline"] == "covered" and dated:
        earliest = min(dated, key=lambda m: m.when)  # type: ignore[arg-type,return-value]
        if earliest.when and months_between(assessment.ref, earliest.when) >= far:
            add("timeline_far", [earliest.seg.text])
    for flag_id, dim, marker in (
        ("weak_will_to_change", "will_to_change", "weak"),
        ("information_overload", "information_relevance", "overload"),
        ("poor_offer_fit", "offer_fit", "poor"),
    ):
        hits = [m.seg.text for m in assessment.mentions[dim] if m.flag == marker]
        if hits and status[dim] != "missing":
            add(flag_id, list(dict.fromkeys(hits)))
    return flags
