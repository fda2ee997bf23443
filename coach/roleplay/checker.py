"""The reply checker: techniques of a rep's answer to an objection, one line of feedback and a better reply."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from coach import limits as _limits  # noqa: F401 - registers the limit messages
from coach.errors import InputError
from coach.knowledge import Source
from coach.lang import detect_language
from coach.llm.brain import Brain
from coach.messages import msg
from coach.roleplay.library import exploring_questions, objection_sources
from coach.roleplay.matching import embeddings_available, similarity
from coach.roleplay.objections import detect_objection_type
from coach.roleplay.scenarios import ObjectionType
from coach.roleplay.techniques import ReplyAnalysis, Technique, classify_reply
from coach.settings import Language

MAX_REPLY_CHARS = 4000

_FEEDBACK = {
    "concession": {
        "de": "Zugeständnis zu früh: Sie geben etwas her, bevor Sie die Ursache kennen – erst offen nachfragen, "
        "Zugeständnisse später nur gegen Gegenleistung.",
        "en": "Premature concession: you give something away before you know the cause – ask an open question first, "
        "and later concede only in exchange for something.",
    },
    "defend": {
        "de": "Sie argumentieren gegen den Einwand; erkennen Sie ihn an und fragen Sie offen nach der Ursache.",
        "en": "You argue against the objection; acknowledge it and ask an open question about its cause instead.",
    },
    "explore_ack": {
        "de": "Gut: Sie nehmen den Einwand an und fragen offen nach der Ursache – jetzt zuhören und tiefer fragen.",
        "en": "Good: you acknowledge the objection and ask an open question about its cause – now listen and dig deeper.",
    },
    "explore": {
        "de": "Gute offene Frage nach der Ursache; danken Sie vorher kurz für die Offenheit.",
        "en": "Good open question about the cause; briefly thank the buyer for being open first.",
    },
    "closed": {
        "de": "Geschlossene Frage: Sie bringt ein Ja oder Nein, aber nicht die Ursache – fragen Sie offen (Was, Wie, Woran …).",
        "en": "Closed question: it gets yes or no, not the cause – ask an open question (what, how, which …).",
    },
    "close": {
        "de": "Sie fragen nach der Entscheidung, bevor die Ursache des Einwands geklärt ist – erst nachfragen.",
        "en": "You ask for the decision before the cause of the objection is clear – explore it first.",
    },
    "value_link": {
        "de": "Der Bezug zu Zielen und Business Case ist richtig, kommt aber zu früh – erst die Ursache erfragen.",
        "en": "Linking to the goals and business case is right, but too early – find the cause first.",
    },
    "next_step": {
        "de": "Gut, dass Sie einen konkreten Schritt vorschlagen – die Ursache bleibt trotzdem zu erfragen.",
        "en": "A concrete step helps; asking why still comes first.",
    },
    "acknowledge": {
        "de": "Anerkannt, aber nicht nachgefragt: Stellen Sie eine offene Frage zur Ursache.",
        "en": "Acknowledged but not explored: ask an open question about the cause.",
    },
    "none": {
        "de": "Gehen Sie auf den Einwand ein: anerkennen und offen nach der Ursache fragen.",
        "en": "Engage with the objection: acknowledge it and ask an open question about its cause.",
    },
}
_ACK_OPENER = {"de": "Danke für den klaren Hinweis.", "en": "Thank you for raising that openly."}


class ReplyCheck(BaseModel):
    """The checked reply: techniques, the two key flags, feedback, a better reply and the knowledge it rests on."""

    model_config = ConfigDict(extra="forbid")

    techniques: list[Technique]
    explores_root_cause: bool
    premature_concession: bool
    feedback: str
    better_reply: str
    sources: list[Source]
    provider: str = "offline"
    notices: list[str] = Field(default_factory=list)
    language: Language
    objection_type: ObjectionType
    evidence: dict[str, str] = Field(default_factory=dict)


def feedback_key(analysis: ReplyAnalysis) -> str:
    """Return which feedback fits a reply best (the most important problem or strength first)."""
    if analysis.has("concession"):
        return "concession"
    if analysis.has("defend"):
        return "defend"
    if analysis.has("explore"):
        return "explore_ack" if analysis.has("acknowledge") else "explore"
    if analysis.closed_questions and not analysis.has("close"):
        return "closed"
    for key in ("close", "value_link", "next_step", "acknowledge"):
        if analysis.has(key):
            return key
    return "none"


def offline_feedback(analysis: ReplyAnalysis, lang: str) -> str:
    """Return one line of feedback in the language, grounded in the techniques found."""
    return _FEEDBACK[feedback_key(analysis)][lang if lang in ("de", "en") else "en"]


def best_question(objection: str, objection_type: str, lang: str, use_embeddings: bool = True) -> str:
    """Return the library's exploring question for this objection type that is closest to the objection."""
    questions = exploring_questions(objection_type, lang) or exploring_questions(objection_type, "en")
    if not questions:
        return {
            "de": "Was genau steckt für Sie hinter diesem Punkt?",
            "en": "What exactly is behind this for you?",
        }[lang]
    if use_embeddings and embeddings_available() and len(questions) > 1:
        return max(questions, key=lambda q: similarity(objection, q))
    return questions[0]


def better_reply_for(objection: str, objection_type: str, lang: str, use_embeddings: bool = True) -> str:
    """Return a model answer: acknowledge, then one open question on the cause from the objection library."""
    opener = _ACK_OPENER[lang if lang in ("de", "en") else "en"]
    return f"{opener} {best_question(objection, objection_type, lang, use_embeddings)}"


def check_reply(
    objection: str,
    reply: str,
    brain: Brain | None = None,
    lang: Language | None = None,
    objection_type: str | None = None,
    use_embeddings: bool = True,
) -> ReplyCheck:
    """Return the techniques, flags, feedback and better reply for a rep's reply to an objection."""
    objection, reply = objection.strip(), reply.strip()
    if not objection:
        raise InputError("The objection is empty: give the buyer's objection with --objection.")
    if not reply:
        raise InputError("The reply is empty: give the rep's answer with --reply.")
    notices: list[str] = []
    obj_lang = detect_language(objection, default="de")
    language: Language = lang or detect_language(reply[:MAX_REPLY_CHARS], default=obj_lang)
    if len(reply) > MAX_REPLY_CHARS:
        reply = reply[:MAX_REPLY_CHARS]
        notices.append(msg("limit_cut_reply", language, limit=MAX_REPLY_CHARS))
    kind = objection_type or detect_objection_type(objection, use_embeddings=use_embeddings)
    analysis = classify_reply(reply)
    result = ReplyCheck(
        techniques=analysis.techniques,
        explores_root_cause=analysis.explores_root_cause,
        premature_concession=analysis.premature_concession,
        feedback=offline_feedback(analysis, language),
        better_reply=better_reply_for(objection, kind, language, use_embeddings),
        sources=objection_sources(kind, language),
        language=language,
        objection_type=kind,  # type: ignore[arg-type]
        evidence=analysis.evidence,
        notices=notices,
    )
    if brain is not None and brain.chat is not None:
        from coach.roleplay.llm import phrase_check

        result = phrase_check(brain, result, objection, reply)
    return result
