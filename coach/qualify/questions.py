"""Choose the next questions: for dimensions not yet covered, from the question bank, in the framework's order."""

from __future__ import annotations

import re

from coach.knowledge import section_sources
from coach.qualify.bank import BankQuestion, dimensions, readiness_spec
from coach.qualify.models import NextQuestion

MIN_QUESTIONS = 3
MAX_QUESTIONS = 8

# Which bank question to ask first: when a dimension is missing, and when it is only partly known.
_PREFERRED: dict[str, dict[str, tuple[str, ...]]] = {
    "goals": {
        "missing": ("goals-02", "goals-01", "goals-03"),
        "partial": ("goals-06", "goals-03", "goals-02"),
    },
    "plans": {
        "missing": ("plans-01", "plans-04", "plans-02"),
        "partial": ("plans-02", "plans-04", "plans-03"),
    },
    "challenges": {
        "missing": ("challenges-03", "challenges-02", "challenges-01"),
        "partial": ("challenges-03", "challenges-04", "challenges-02"),
    },
    "timeline": {
        "missing": ("timeline-01", "timeline-02", "timeline-05"),
        "partial": ("timeline-05", "timeline-01", "timeline-06"),
    },
    "budget": {
        "missing": ("budget-03", "budget-02", "budget-01"),
        "partial": ("budget-05", "budget-04", "budget-01"),
    },
    "authority": {
        "missing": ("authority-06", "authority-05", "authority-02"),
        "partial": ("authority-06", "authority-05", "authority-03"),
    },
    "negative_consequences": {
        "missing": ("negative-consequences-01", "negative-consequences-03"),
        "partial": ("negative-consequences-03", "negative-consequences-02"),
    },
    "positive_implications": {
        "missing": ("positive-implications-01", "positive-implications-02"),
        "partial": ("positive-implications-04", "positive-implications-02"),
    },
    "will_to_change": {
        "missing": ("will-to-change-01", "will-to-change-02"),
        "partial": ("will-to-change-02", "will-to-change-03"),
    },
    "information_relevance": {
        "missing": ("information-relevance-01", "information-relevance-03"),
        "partial": ("information-relevance-01", "information-relevance-04"),
    },
    "offer_fit": {"missing": ("offer-fit-01", "offer-fit-02"), "partial": ("offer-fit-02", "offer-fit-04")},
}

_WHY = {
    "en": {
        "missing": "The notes say nothing about {label} yet.",
        "negated": "The notes leave it open: “{quote}”.",
        "partial": "Only vague so far: “{quote}”.",
        "ignored": "Does not count as {label}: “{quote}” ({reason}).",
        "premature": "Goals, plans, challenges and timeline come first; ask this once they are clear.",
    },
    "de": {
        "missing": "Zum Thema „{label}“ steht noch nichts in den Notizen.",
        "negated": "Laut Notizen noch offen: „{quote}“.",
        "partial": "Bisher nur vage: „{quote}“.",
        "ignored": "Zählt nicht als „{label}“: „{quote}“ ({reason}).",
        "premature": "Erst Ziele, Pläne, Herausforderungen und Zeitplan klären, dann diese Frage stellen.",
    },
}


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()).rstrip(".!?;:,")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def ordered_open_dimensions(status: dict[str, str]) -> list[str]:
    """Return the dimensions that are not covered, core dimensions first, each group in framework order."""
    spec = readiness_spec()
    order = list(spec.get("core", [])) + list(spec.get("extensions", []))
    return [d for d in order if status.get(d) != "covered"]


def _candidates(dim: str, state: str) -> list[BankQuestion]:
    bank = dimensions()[dim]
    by_id = {q.id: q for q in bank.questions}
    first = [by_id[i] for i in _PREFERRED.get(dim, {}).get(state, ()) if i in by_id]
    return first + [q for q in bank.questions if q not in first]


def why_line(dim: str, state: str, lang: str, quote: str = "", reason: str = "") -> str:
    """Return the one-line reason for asking about a dimension, tied to what the notes say."""
    label = dimensions()[dim].label(lang)
    template = _WHY[lang][state]
    return template.format(label=label.lower() if lang == "en" else label, quote=_short(quote), reason=reason)


def select_questions(
    status: dict[str, str],
    lang: str,
    hints: dict[str, tuple[str, str, str]] | None = None,
) -> list[NextQuestion]:
    """Return 3–8 questions on non-covered dimensions, in framework order, each with `why` and sources.

    `hints` maps a dimension to (state, quote, reason), where state is 'partial', 'negated', 'ignored' or
    'missing' and quote is the sentence from the notes the `why` line refers to.
    """
    hints = hints or {}
    open_dims = ordered_open_dimensions(status)
    if not open_dims:
        return []
    first_four_clear = all(status.get(d) == "covered" for d in ("goals", "plans", "challenges", "timeline"))
    per_dim: dict[str, list[BankQuestion]] = {
        d: _candidates(d, "partial" if status.get(d) == "partial" else "missing") for d in open_dims
    }
    picks: list[tuple[str, BankQuestion]] = []
    used: set[str] = set()
    for round_no in range(6):
        for dim in open_dims:
            if len(picks) >= MAX_QUESTIONS or (round_no > 0 and len(picks) >= MIN_QUESTIONS):
                break
            queue = [q for q in per_dim[dim] if q.id not in used]
            if queue:
                used.add(queue[0].id)
                picks.append((dim, queue[0]))
        if len(picks) >= MIN_QUESTIONS:
            break
    order = {d: i for i, d in enumerate(open_dims)}
    picks.sort(key=lambda p: order[p[0]])
    out: list[NextQuestion] = []
    seen_text: set[str] = set()
    for dim, q in picks:
        text = q.text(lang)
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen_text:
            continue
        seen_text.add(key)
        state, quote, reason = hints.get(dim, ("missing", "", ""))
        if dim in ("budget", "authority") and not first_four_clear and state == "missing":
            why = why_line(dim, "missing", lang) + " " + _WHY[lang]["premature"]
        else:
            why = why_line(dim, state, lang, quote, reason)
        section = dimensions()[dim].section
        out.append(
            NextQuestion(
                dimension=dim,  # type: ignore[arg-type]
                question=text,
                why=why,
                sources=section_sources("lead-qualification", section, lang),
                question_id=q.id,
            )
        )
    return out
