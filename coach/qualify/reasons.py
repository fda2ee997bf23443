"""Why a dimension has its status: the detectors' reasons as messages by id, in German and English.

The detectors name a reason by its English text; `reason_id` maps it to its message id and `reason_text`
renders it in the result's language. A reason without an entry is shown as it is.
"""

from __future__ import annotations

from coach.messages import define, msg

REASONS: dict[str, dict[str, str]] = {
    "qualify.reason.quantified_goal": {"en": "quantified goal", "de": "bezifferte Zielvorgabe"},
    "qualify.reason.goal_without_a_number": {"en": "goal without a number", "de": "Ziel ohne Zahl"},
    "qualify.reason.goals_not_discussed_or_not_set": {
        "en": "goals not discussed or not set",
        "de": "Ziele nicht besprochen oder nicht festgelegt",
    },
    "qualify.reason.our_suggestion_not_the_customer_s_goal": {
        "en": "our suggestion, not the customer's goal",
        "de": "unser Vorschlag, nicht das Ziel des Kunden",
    },
    "qualify.reason.a_past_goal": {"en": "a past goal", "de": "ein vergangenes Ziel"},
    "qualify.reason.concrete_plan": {"en": "concrete plan", "de": "konkreter Plan"},
    "qualify.reason.intention_without_concrete_steps": {
        "en": "intention without concrete steps",
        "de": "Absicht ohne konkrete Schritte",
    },
    "qualify.reason.no_plan_yet": {"en": "no plan yet", "de": "noch kein Plan"},
    "qualify.reason.our_own_plan_or_activity": {
        "en": "our own plan or activity",
        "de": "unser eigener Plan oder Termin",
    },
    "qualify.reason.concrete_problem": {"en": "concrete problem", "de": "konkretes Problem"},
    "qualify.reason.problem_named_without_specifics": {
        "en": "problem named without specifics",
        "de": "Problem ohne Einzelheiten genannt",
    },
    "qualify.reason.a_cost_named_without_a_problem": {
        "en": "a cost named without a problem",
        "de": "Kosten genannt, aber kein Problem",
    },
    "qualify.reason.no_challenge_named": {"en": "no challenge named", "de": "keine Herausforderung genannt"},
    "qualify.reason.date_for_the_project": {"en": "date for the project", "de": "Termin für das Vorhaben"},
    "qualify.reason.vague_timing": {"en": "vague timing", "de": "vage zeitliche Angabe"},
    "qualify.reason.contract_end_date": {"en": "contract end date", "de": "Vertragsende"},
    "qualify.reason.no_date_set": {"en": "no date set", "de": "kein Termin festgelegt"},
    "qualify.reason.timing_contradicted": {"en": "timing contradicted", "de": "widersprüchliche Zeitangaben"},
    "qualify.reason.a_meeting_or_follow_up_date_not_the_project_timeline": {
        "en": "a meeting or follow-up date, not the timing of the project",
        "de": "Gesprächs- oder Folgetermin, kein Projektzeitplan",
    },
    "qualify.reason.an_amount_the_customer_has_for_this": {
        "en": "an amount the customer has for this",
        "de": "Betrag, den der Kunde dafür hat",
    },
    "qualify.reason.what_they_spend_today_not_a_budget": {
        "en": "what they spend today, not a budget",
        "de": "heutige Ausgaben, kein Budget",
    },
    "qualify.reason.an_amount_that_is_not_approved_yet": {
        "en": "an amount still awaiting approval",
        "de": "Betrag genannt, aber noch nicht freigegeben",
    },
    "qualify.reason.budget_mentioned_without_an_amount": {
        "en": "budget mentioned without an amount",
        "de": "Budget ohne Betrag erwähnt",
    },
    "qualify.reason.budget_not_discussed": {"en": "budget not discussed", "de": "Budget nicht besprochen"},
    "qualify.reason.budget_not_discussed_or_open": {
        "en": "budget not discussed or open",
        "de": "Budget nicht besprochen oder offen",
    },
    "qualify.reason.our_price_not_the_customer_s_budget": {
        "en": "our price, not the customer's budget",
        "de": "unser Preis, nicht das Budget des Kunden",
    },
    "qualify.reason.our_quoted_price_or_a_competitor_s_not_the_customer_s_budget": {
        "en": "our quoted price or a competitor's, not the customer's budget",
        "de": "unser oder ein fremder Preis, kein Kundenbudget",
    },
    "qualify.reason.a_named_decision_maker": {
        "en": "a named decision maker",
        "de": "namentlich bekannter Entscheider",
    },
    "qualify.reason.a_role_or_group_without_a_name": {
        "en": "a role or group without a name",
        "de": "Rolle oder Gremium ohne Namen",
    },
    "qualify.reason.decision_mentioned_without_a_person": {
        "en": "decision mentioned without a person",
        "de": "Entscheidung ohne Person erwähnt",
    },
    "qualify.reason.a_guess_about_who_decides": {
        "en": "a guess about who decides",
        "de": "Vermutung, wer entscheidet",
    },
    "qualify.reason.who_decides_is_open": {"en": "who decides is open", "de": "offen, wer entscheidet"},
    "qualify.reason.decision_maker_not_discussed": {
        "en": "decision maker not discussed",
        "de": "Entscheider nicht besprochen",
    },
    "qualify.reason.our_own_colleague_or_a_regulator_not_the_customer_s_decision": {
        "en": "our own colleague or a regulator, not the customer's decision maker",
        "de": "unser Kollege oder eine Behörde, kein Entscheider des Kunden",
    },
    "qualify.reason.a_regulator_not_the_customer_s_decision_maker": {
        "en": "a regulator, not the customer's decision maker",
        "de": "eine Behörde, kein Entscheider des Kunden",
    },
    "qualify.reason.the_cost_of_missing_the_goal": {
        "en": "the cost of missing the goal",
        "de": "die Folgen eines verfehlten Ziels",
    },
    "qualify.reason.a_past_loss_that_illustrates_the_risk": {
        "en": "a past loss that illustrates the risk",
        "de": "ein vergangener Schaden, der das Risiko zeigt",
    },
    "qualify.reason.a_risk_named_without_specifics": {
        "en": "a risk named without specifics",
        "de": "Risiko ohne Einzelheiten",
    },
    "qualify.reason.consequences_not_discussed": {
        "en": "consequences not discussed",
        "de": "Konsequenzen nicht besprochen",
    },
    "qualify.reason.what_success_brings": {"en": "what success brings", "de": "was der Erfolg bringt"},
    "qualify.reason.success_named_without_specifics": {
        "en": "success named without specifics",
        "de": "Erfolg ohne Einzelheiten",
    },
    "qualify.reason.not_discussed": {"en": "not discussed", "de": "nicht besprochen"},
    "qualify.reason.not_discussed_yet": {"en": "not discussed yet", "de": "noch nicht besprochen"},
    "qualify.reason.the_decision_maker_sees_little_reason_to_change": {
        "en": "the decision maker sees little reason to change",
        "de": "der Entscheider sieht wenig Grund für Veränderung",
    },
    "qualify.reason.the_decision_maker_pushes_the_change": {
        "en": "the decision maker pushes the change",
        "de": "der Entscheider treibt die Veränderung",
    },
    "qualify.reason.will_to_change_mentioned": {
        "en": "will to change mentioned",
        "de": "Veränderungswille erwähnt",
    },
    "qualify.reason.how_the_buyer_evaluates": {
        "en": "how the buyer evaluates",
        "de": "wie der Käufer bewertet",
    },
    "qualify.reason.more_information_than_the_buyer_can_use": {
        "en": "more information than the buyer can use",
        "de": "mehr Informationen, als der Käufer nutzen kann",
    },
    "qualify.reason.our_offer_misses_the_core_problem": {
        "en": "our offer misses the core problem",
        "de": "unser Angebot verfehlt das Kernproblem",
    },
    "qualify.reason.our_offer_addresses_the_core_problem": {
        "en": "our offer addresses the core problem",
        "de": "unser Angebot trifft das Kernproblem",
    },
    "qualify.reason.not_mentioned": {"en": "not mentioned", "de": "nicht erwähnt"},
}
define(REASONS)
_BY_ENGLISH = {texts["en"]: mid for mid, texts in REASONS.items()}


def reason_id(english: str) -> str | None:
    """Return the message id of a detector's reason (given by its English text), or None."""
    return _BY_ENGLISH.get(english)


def reason_text(english: str, lang: str) -> str:
    """Return a detector's reason in the language of the result."""
    mid = reason_id(english)
    return msg(mid, lang) if mid else english
