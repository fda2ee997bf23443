"""`analyse(notes, brain)`: call notes in, the qualification result out (offline skeleton, optional model)."""

from __future__ import annotations

from coach.lang import detect_language
from coach.llm.brain import Brain
from coach.qualify import llm
from coach.qualify.assess import Assessment, Mention, assess
from coach.qualify.bank import dimensions, readiness_spec
from coach.qualify.flags import raise_flags
from coach.qualify.models import DimensionResult, Ignored, QualifyResult
from coach.qualify.questions import select_questions
from coach.qualify.readiness import bant, readiness

_STATUS_WORD = {
    "en": {"covered": "Covered", "partial": "Partly known", "missing": "Missing"},
    "de": {"covered": "Abgedeckt", "partial": "Teilweise bekannt", "missing": "Fehlt"},
}
# German wording of the reasons the detectors give (their English text is the key)
_REASON_DE = {
    "quantified goal": "bezifferte Zielvorgabe",
    "goal without a number": "Ziel ohne Zahl",
    "goals not discussed or not set": "Ziele nicht besprochen oder nicht festgelegt",
    "our suggestion, not the customer's goal": "unser Vorschlag, nicht das Ziel des Kunden",
    "a past goal": "ein vergangenes Ziel",
    "concrete plan": "konkreter Plan",
    "intention without concrete steps": "Absicht ohne konkrete Schritte",
    "no plan yet": "noch kein Plan",
    "our own plan or activity": "unser eigener Plan oder Termin",
    "concrete problem": "konkretes Problem",
    "problem named without specifics": "Problem ohne Einzelheiten genannt",
    "a cost named without a problem": "Kosten genannt, aber kein Problem",
    "no challenge named": "keine Herausforderung genannt",
    "date for the project": "Termin für das Vorhaben",
    "vague timing": "vage zeitliche Angabe",
    "contract end date": "Vertragsende",
    "no date set": "kein Termin festgelegt",
    "timing contradicted": "widersprüchliche Zeitangaben",
    "a meeting or follow-up date, not the project timeline": "Gesprächs- oder Folgetermin, kein Projektzeitplan",
    "an amount the customer has for this": "Betrag, den der Kunde dafür hat",
    "what they spend today, not a budget": "heutige Ausgaben, kein Budget",
    "budget mentioned without an amount": "Budget ohne Betrag erwähnt",
    "budget not discussed": "Budget nicht besprochen",
    "budget not discussed or open": "Budget nicht besprochen oder offen",
    "our price, not the customer's budget": "unser Preis, nicht das Budget des Kunden",
    "our quoted price or a competitor's, not the customer's budget": "unser oder ein fremder Preis, kein Kundenbudget",
    "a named decision maker": "namentlich bekannter Entscheider",
    "a role or group without a name": "Rolle oder Gremium ohne Namen",
    "decision mentioned without a person": "Entscheidung ohne Person erwähnt",
    "a guess about who decides": "Vermutung, wer entscheidet",
    "who decides is open": "offen, wer entscheidet",
    "decision maker not discussed": "Entscheider nicht besprochen",
    "our own colleague or a regulator, not the customer's decision maker": "unser Kollege oder eine Behörde, kein Entscheider des Kunden",
    "a regulator, not the customer's decision maker": "eine Behörde, kein Entscheider des Kunden",
    "what happens if the goal is missed": "was passiert, wenn das Ziel verfehlt wird",
    "a past loss that illustrates the risk": "ein vergangener Schaden, der das Risiko zeigt",
    "a risk named without specifics": "Risiko ohne Einzelheiten",
    "consequences not discussed": "Konsequenzen nicht besprochen",
    "what success brings": "was der Erfolg bringt",
    "success named without specifics": "Erfolg ohne Einzelheiten",
    "not discussed": "nicht besprochen",
    "not discussed yet": "noch nicht besprochen",
    "the decision maker sees little reason to change": "der Entscheider sieht wenig Grund für Veränderung",
    "the decision maker pushes the change": "der Entscheider treibt die Veränderung",
    "will to change mentioned": "Veränderungswille erwähnt",
    "how the buyer evaluates": "wie der Käufer bewertet",
    "more information than the buyer can use": "mehr Informationen, als der Käufer nutzen kann",
    "our offer misses the core problem": "unser Angebot verfehlt das Kernproblem",
    "our offer addresses the core problem": "unser Angebot trifft das Kernproblem",
    "not mentioned": "nicht erwähnt",
}


def _reason(text: str, lang: str) -> str:
    return _REASON_DE.get(text, text) if lang == "de" else text


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


def analyse(notes: str, brain: Brain | None = None, lang: str | None = None) -> QualifyResult:
    """Return the qualification assessment of call notes; with a model brain, merged with the model's view."""
    language = lang if lang in ("de", "en") else detect_language(notes)
    notices: list[str] = []
    a = assess(notes)
    status = dict(a.status)
    evidence = {d: a.evidence(d) for d in status}
    summaries = {d: _summary(status[d], a.mentions[d], language) for d in status}
    provider = "offline"
    merged = None
    if brain is not None and brain.chat is not None:
        provider = brain.provider
        notices.extend(brain.notices)
        answer = llm.ask_model(brain, notes, status, language, notices)
        merged = llm.merge(status, answer, notes, language, redacted=brain.redact)
        notices.extend(merged.notices)
        if merged.used_model:
            for d in merged.from_model:
                status[d] = merged.status[d]
                evidence[d] = merged.evidence.get(d) or evidence[d]
            for d, text in merged.summaries.items():
                if d in merged.from_model:
                    summaries[d] = f"{_STATUS_WORD[language][status[d]]} — {text}"
        else:
            provider = f"{brain.provider} (offline fallback)"
    elif brain is not None:
        notices.extend(brain.notices)
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
