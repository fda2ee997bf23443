"""`analyse(notes, brain)`: call notes in, the qualification result out (offline skeleton, optional model)."""

from __future__ import annotations

from collections.abc import Sequence

from coach.llm.brain import Brain
from coach.qualify import llm, prefetch
from coach.qualify.assess import Assessment, Mention
from coach.qualify.bank import dimensions, readiness_spec
from coach.qualify.claims import reference_claim
from coach.qualify.flags import raise_flags
from coach.qualify.learned.apply import assess_best
from coach.qualify.models import DimensionResult, Ignored, QualifyResult
from coach.qualify.questions import select_questions
from coach.qualify.readiness import bant, readiness
from coach.qualify.reasons import reason_text
from coach.text.document import parse_text
from coach.text.evidence import CustomerView, customer_view, view_notices
from coach.text.model import Document
from coach.text.quotes import quote_in_any
from coach.text.sides import seller_statement

_STATUS_WORD = {
    "en": {"covered": "Covered", "partial": "Partly known", "missing": "Missing"},
    "de": {"covered": "Abgedeckt", "partial": "Teilweise bekannt", "missing": "Fehlt"},
}


def _reason(text: str, lang: str) -> str:
    return reason_text(text, lang)


def _decisive(status: str, ms: list[Mention]) -> Mention | None:
    wanted = {
        "covered": ("specific",),
        "partial": ("vague", "doubt", "specific"),
        "missing": ("negated", "ignored"),
    }
    for level in wanted[status]:
        for m in ms:
            if m.level == level:
                return m
    return None


def _summary(status: str, ms: list[Mention], lang: str) -> str:
    m = _decisive(status, ms)
    reason = _reason(m.reason if m else "not mentioned", lang)
    if status == "partial" and any(x.level == "doubt" for x in ms):
        reason = _reason("timing contradicted", lang)
    elif status == "partial" and m and m.level == "specific":
        reason = "widersprüchlich oder vertagt" if lang == "de" else "contradicted or deferred"
    return f"{_STATUS_WORD[lang][status]} — {reason}"


def _ignored(ms: list[Mention], lang: str) -> list[Ignored]:
    out: list[Ignored] = []
    seen: set[str] = set()
    for m in ms:
        if m.level in ("negated", "ignored") and m.seg.text not in seen:
            seen.add(m.seg.text)
            out.append(Ignored(sentence=m.seg.text, reason=_reason(m.reason, lang)))
    return out[:4]


def _hints(
    a: Assessment, status: dict[str, str], evidence: dict[str, list[str]], lang: str
) -> dict[str, tuple[str, str, str]]:
    hints: dict[str, tuple[str, str, str]] = {}
    for dim, st in status.items():
        if st == "covered":
            continue
        ms = a.mentions[dim]
        if st == "partial":
            quote = (evidence.get(dim) or [""])[0]
            hints[dim] = ("partial", quote, "")
            continue
        neg = next((m for m in ms if m.level == "negated"), None)
        trap = next((m for m in ms if m.level == "ignored"), None)
        if neg:
            hints[dim] = ("negated", neg.seg.text, "")
        elif trap and dim in ("budget", "authority", "timeline", "goals"):
            hints[dim] = ("ignored", trap.seg.text, _reason(trap.reason, lang))
        else:
            hints[dim] = ("missing", "", "")
    return hints


# The weak spots about our own offer may quote the seller; every other dimension is the customer's situation.
_SELLER_MAY_SPEAK = ("offer_fit", "information_relevance")


def unknown_side_pitches(doc: Document) -> list[str]:
    """Return the sentences of turns whose side the text layer left unknown that read as a seller's pitch.

    When the sides of a call are not known, the seller's claims ("our customers save 15 %") would otherwise count
    as the customer's situation; the text layer's pitch cue (`seller_statement`) tells them apart.
    """
    return [
        s.text
        for s in doc.sentences
        if s.turn is not None and s.side == "unknown" and seller_statement(s.text)
    ]


def reference_claims(doc: Document) -> list[str]:
    """Return the sentences not on the customer's side that tell another customer's result (claims.py).

    In the seller's own notes and in turns whose side is unknown, "Referenz X spart 20 %" or "at Y we saw 40 %
    fewer findings" is the seller's success story, never this customer's challenge or gain.
    """
    return [s.text for s in doc.sentences if s.side != "customer" and reference_claim(s.text)]


def _drop_seller_evidence(
    view: CustomerView,
    a: Assessment,
    status: dict[str, str],
    evidence: dict[str, list[str]],
    summaries: dict[str, str],
    lang: str,
    pitches: Sequence[str] = (),
) -> None:
    """Remove the seller's own statements from the evidence; a dimension left without evidence is missing.

    `pitches` are further sentences that must not count: a pitch in a turn of unknown side.
    """
    if not view.seller_sentences and not pitches:
        return

    def seller_quote(q: str) -> bool:
        return view.is_seller_quote(q) or quote_in_any(q, list(pitches), back_words=5)

    for dim in status:
        if dim in _SELLER_MAY_SPEAK:
            continue
        kept = [q for q in evidence[dim] if not seller_quote(q)]
        if evidence[dim] and not kept and status[dim] != "missing":
            # the rules explained the status with the seller's words; the model's own reading of the customer's
            # sentences may carry it (it never reads an unconfirmed seller turn)
            kept = [q for q in a.evidence(dim, mentions=a.model_mentions.get(dim, [])) if not seller_quote(q)]
            if not kept:
                status[dim] = "missing"
                summaries[dim] = _summary("missing", a.mentions[dim], lang)
        evidence[dim] = kept


def analyse(
    notes: str | Document,
    brain: Brain | None = None,
    lang: str | None = None,
    *,
    seller: Sequence[str] = (),
    seller_company: str | None = None,
    input_format: str | None = None,
) -> QualifyResult:
    """Return the qualification assessment of call notes or a transcript; with a model brain, merged with its view.

    Only the customer's side counts as evidence: the seller's statements in a transcript are left out, except a
    summary the customer confirms and the seller's questions (the context of the answers).
    """
    doc = (
        notes
        if isinstance(notes, Document)
        else parse_text(
            notes, lang=lang, seller=seller, seller_company=seller_company, input_format=input_format
        )
    )
    view = customer_view(doc)
    notes = view.text
    # new sentences are embedded on a helper thread while the rules read the notes (the vectors are the same)
    prefetch.start(notes, doc)
    language = lang if lang in ("de", "en") else doc.language
    notices: list[str] = view_notices(doc, view, language)
    # the engine that won the leave-one-author-out comparison (make train); the document is parsed only once
    a = assess_best(notes, doc=doc)
    status = dict(a.status)
    evidence = {d: a.evidence(d) for d in status}
    summaries = {d: _summary(status[d], a.mentions[d], language) for d in status}
    pitches = unknown_side_pitches(doc) + reference_claims(doc)
    _drop_seller_evidence(view, a, status, evidence, summaries, language, pitches)
    provider = "offline"
    merged = None
    if brain is not None and brain.chat is not None:
        provider = brain.provider
        notices.extend(brain.notices_in(language))
        answer = llm.ask_model(brain, notes, status, language, notices)
        merged = llm.merge(status, answer, notes, language, redacted=brain.redact)
        notices.extend(merged.notices)
        if merged.used_model:
            # quotes must come from the customer's turns: a dimension the model backs only by the seller stays offline
            merged.from_model -= {
                d
                for d in merged.from_model
                if d not in _SELLER_MAY_SPEAK
                and merged.evidence.get(d)
                and all(view.is_seller_quote(q) for q in merged.evidence[d])
            }
            for d in merged.from_model:
                status[d] = merged.status[d]
                evidence[d] = merged.evidence.get(d) or evidence[d]
            for d, text in merged.summaries.items():
                if d in merged.from_model:
                    summaries[d] = f"{_STATUS_WORD[language][status[d]]} — {text}"
        else:
            provider = f"{brain.provider} (offline fallback)"
    elif brain is not None:
        notices.extend(brain.notices_in(language))
    bank = dimensions()
    results = {
        d: DimensionResult(
            key=d,  # type: ignore[arg-type]
            label=bank[d].label(language),
            status=status[d],  # type: ignore[arg-type]
            evidence=evidence[d] if status[d] != "missing" else [],
            summary=summaries[d],
            ignored=_ignored(a.mentions[d], language),
            source="model" if merged and d in merged.from_model else "offline",
        )
        for d in status
    }
    spec = readiness_spec()
    flags = raise_flags(a, status, language)
    questions = select_questions(status, language, _hints(a, status, evidence, language))
    if merged and merged.used_model and merged.questions:
        questions = llm.tailor(questions, merged.questions, language)
    return QualifyResult(
        language=language,  # type: ignore[arg-type]
        provider=provider,
        notices=notices,
        dimensions=[results[d] for d in spec["core"]],
        extensions=[results[d] for d in spec["extensions"]],
        bant=bant(status),
        next_questions=questions,
        flags=flags,
        readiness=readiness(status, flags, language),
        chars=len(notes),
    )
