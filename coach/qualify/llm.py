"""Ask a language model for the same assessment, check its quotes against the notes, and merge it with the offline one.

Rules: a status from the model counts only where its evidence occurs in the notes (whitespace and case
normalised). A claim without such evidence keeps the offline status; nothing is ever upgraded without evidence.
Tailored questions replace the wording of the offline questions for the same dimension; dimension and sources stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.llm.brain import Brain
from coach.llm.redact import redact
from coach.llm.structured import ask_structured
from coach.prompts import chat_messages
from coach.qualify.bank import dimensions
from coach.qualify.models import STATUS_RANK, ModelAssessment, ModelQuestion, NextQuestion
from coach.text.quotes import normalise, quote_in

MAX_NOTES_FOR_MODEL = 24_000


def quote_in_notes(quote: str, notes_norm: str) -> bool:
    """Return True when the quote (at least 12 characters) occurs in the notes (the text layer's one checker)."""
    return quote_in(quote, notes_norm, min_chars=12)


@dataclass
class Merge:
    """The merged statuses, the model's checked evidence, and what to tell the user."""

    status: dict[str, str]
    evidence: dict[str, list[str]] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)
    from_model: set[str] = field(default_factory=set)
    questions: list[ModelQuestion] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    used_model: bool = False


def ask_model(
    brain: Brain, notes: str, offline: dict[str, str], lang: str, notices: list[str]
) -> ModelAssessment | None:
    """Return the model's assessment of the notes, or None (with a notice) when it fails or answers garbage."""
    if brain.chat is None:
        return None
    bank = dimensions()
    dims = [
        {"key": k, "label": d.label(lang), "section": d.section, "offline": offline.get(k, "missing")}
        for k, d in bank.items()
    ]
    messages = chat_messages("qualify", lang, notes=notes[:MAX_NOTES_FOR_MODEL], dimensions=dims)
    sentinel = ModelAssessment(dimensions=[], questions=[])
    result = ask_structured(brain, ModelAssessment, messages, fallback=sentinel, notices=notices, lang=lang)
    if result is sentinel:
        return None
    return result


def merge(
    offline: dict[str, str], answer: ModelAssessment | None, notes: str, lang: str, redacted: bool = False
) -> Merge:
    """Return the merged statuses: the model's status where its evidence checks out, else the offline one.

    With `redacted`, the model saw the notes with personal data replaced, so quotes may contain placeholders.
    """
    out = Merge(status=dict(offline))
    if answer is None:
        return out
    out.used_model = True
    notes_norm = notes + "\n" + (redact(notes) if redacted else "")
    downgraded: list[str] = []
    seen: set[str] = set()
    for item in answer.dimensions:
        if item.key in seen or item.key not in offline:
            continue
        seen.add(item.key)
        good = [q for q in item.evidence if quote_in_notes(q, notes_norm)]
        model_rank = STATUS_RANK[item.status]
        offline_rank = STATUS_RANK[offline[item.key]]
        if item.status in ("covered", "partial") and not good:
            if model_rank > offline_rank:
                downgraded.append(item.key)
            continue
        if item.status == "missing":
            # the model cannot prove an absence; the offline evidence stands
            continue
        out.status[item.key] = item.status
        out.evidence[item.key] = good[:3]
        if item.summary.strip():
            out.summaries[item.key] = item.summary.strip()
        if item.status != offline[item.key]:
            out.from_model.add(item.key)
    if downgraded:
        labels = ", ".join(dimensions()[k].label(lang) for k in downgraded)
        out.notices.append(
            f"Das Modell hat {labels} ohne Beleg aus den Notizen als erfüllt bewertet; es gilt die Offline-Bewertung."
            if lang == "de"
            else f"The model rated {labels} as known without a quote from the notes; the offline rating stands."
        )
    out.questions = list(answer.questions)
    return out


def tailor(questions: list[NextQuestion], suggestions: list[ModelQuestion], lang: str) -> list[NextQuestion]:
    """Return the questions with the model's wording where it offers one for the same dimension (sources kept)."""
    pool: dict[str, list[ModelQuestion]] = {}
    for s in suggestions:
        pool.setdefault(s.dimension, []).append(s)
    out: list[NextQuestion] = []
    texts: set[str] = set()
    for q in questions:
        replacement = None
        while pool.get(q.dimension):
            candidate = pool[q.dimension].pop(0)
            text = " ".join(candidate.question.split())
            key = normalise(text)
            if len(text) >= 10 and key not in texts and _looks_like_language(text, lang):
                replacement = candidate
                break
        if replacement is None:
            texts.add(normalise(q.question))
            out.append(q)
            continue
        text = " ".join(replacement.question.split())
        texts.add(normalise(text))
        why = " ".join(replacement.why.split()) or q.why
        out.append(q.model_copy(update={"question": text, "why": why[:300], "tailored": True}))
    return out


_DE = re.compile(
    r"\b(?:und|der|die|das|sie|ihr|ihre|wie|was|wer|wann|welche\w*|nicht|mit|für|ist|sind)\b", re.I
)
_EN = re.compile(r"\b(?:the|and|you|your|how|what|who|when|which|is|are|do|does|with|for)\b", re.I)


def _looks_like_language(text: str, lang: str) -> bool:
    de, en = len(_DE.findall(text)), len(_EN.findall(text))
    return de >= en if lang == "de" else en >= de
