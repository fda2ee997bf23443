"""The three quality gates, checked against the notes with the rules in knowledge/criteria/gates.yaml.

A gate is `met` only when a sentence of the notes proves it; that sentence is quoted as evidence. Hedged or
contradicted claims give `unclear`; promises, negations, skipped reviews and silence give `not_met`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import yaml

from coach.minutes.models import GATE_IDS, GateCheck, GateId, GateStatus
from coach.minutes.patterns import Prefiltered, fast, sentences
from coach.paths import KNOWLEDGE_DIR
from coach.text.lines import Line, Sentence, split_clauses
from coach.text.negation import NEGATED
from coach.text.people import People

GATES_FILE = KNOWLEDGE_DIR / "criteria" / "gates.yaml"
Verdict = Literal["proof", "doubt", "against", "neutral"]


@dataclass(frozen=True)
class GateDef:
    """One gate as defined in gates.yaml: labels, description, requirement and compiled cue patterns."""

    id: GateId
    label: dict[str, str]
    description: dict[str, str]
    requirement_id: str
    requirement: dict[str, str]
    cues: dict[str, Prefiltered]


@dataclass(frozen=True)
class ContractPart:
    """A part the final contract must cover (scope, price, timeline, terms) with its DE/EN cue words."""

    id: str
    label: dict[str, str]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class GateRules:
    """All gate definitions and contract parts from gates.yaml."""

    gates: dict[str, GateDef]
    parts: tuple[ContractPart, ...]
    part_pattern: re.Pattern[str]
    raw: dict = field(default_factory=dict)

    def part_label(self, part_id: str, lang: str) -> str:
        """Return the label of a contract part or requirement id in a language."""
        for part in self.parts:
            if part.id == part_id:
                return part.label.get(lang, part.id)
        for gate in self.gates.values():
            if gate.requirement_id == part_id:
                return gate.requirement.get(lang, part_id)
        return part_id


@lru_cache(maxsize=1)
def load_rules() -> GateRules:
    """Return the gate rules from knowledge/criteria/gates.yaml (cached)."""
    data = yaml.safe_load(GATES_FILE.read_text(encoding="utf-8"))
    gates: dict[str, GateDef] = {}
    for g in data["gates"]:
        req = g["requirement"]
        gates[g["id"]] = GateDef(
            id=g["id"],
            label=g["label"],
            description=g["description"],
            requirement_id=req["id"],
            requirement={"de": req["de"], "en": req["en"]},
            cues={k: fast(v, re.IGNORECASE) for k, v in g["cues"].items()},
        )
    if tuple(gates) != GATE_IDS:
        raise ValueError(f"{GATES_FILE} must define the gates {GATE_IDS} in this order")
    parts = tuple(
        ContractPart(
            id=p["id"], label={"de": p["de"], "en": p["en"]}, cues=tuple(p["cues"]["de"] + p["cues"]["en"])
        )
        for p in data["contract_parts"]
    )
    alternatives = sorted(((cue, p.id) for p in parts for cue in p.cues), key=lambda c: -len(c[0]))
    pattern = "|".join(
        f"(?P<{pid}_{i}>(?<![\\w-]){re.escape(cue)})" for i, (cue, pid) in enumerate(alternatives)
    )
    return GateRules(gates=gates, parts=parts, part_pattern=re.compile(pattern, re.IGNORECASE), raw=data)


def contract_parts_in(text: str) -> set[str]:
    """Return the contract parts a text names (longest cue first, so 'pricing schedule' is price, not timeline)."""
    rules = load_rules()
    found: set[str] = set()
    for m in rules.part_pattern.finditer(text):
        name = m.lastgroup or ""
        found.add(name.rsplit("_", 1)[0])
    return found


def _ordered_parts(ids: set[str]) -> list[str]:
    return [p.id for p in load_rules().parts if p.id in ids]


# ---- who speaks / who is named ----------------------------------------------------------------------------------

_CUSTOMER_WORD = re.compile(
    r"\b(kunde\w*|customer|client|an uns|to us|uns (?:geschickt|gesendet)|received|erhalten|eingegangen)\b",
    re.I,
)


def _sides(text: str, line: Line, people: People) -> tuple[bool, bool]:
    """Return (a customer person is named or speaks, a vendor person is named first / speaks)."""
    found = people.mentions(text)
    speaker = people.resolve(line.speaker) if line.speaker else None
    customer = any(p.side == "customer" for _, _, p in found) or bool(speaker and speaker.side == "customer")
    vendor_first = bool(found and found[0][2].side == "seller") or bool(speaker and speaker.side == "seller")
    return customer, vendor_first


# ---- engagement_reviewed --------------------------------------------------------------------------------------


_WHY_US = re.compile(
    r"(gründe für (?:uns|sie)|warum wir|why us|why they chose us|feedback an uns|feedback to us)", re.I
)
_NOT_UNDERSTOOD = re.compile(
    r"\b(nicht|not|never|kein\w*)\s+(\w+\s+){0,2}(verstanden|understood|gelesen|read|reviewed)\b|"
    r"\b(ergebnisse|berichte?|auswertung\w*|protokolle|unterlagen|results|report)\b[^.]{0,30}\bnicht\s+"
    r"(gesehen|gelesen|verstanden|angeschaut|bekannt)|\b(kennt|kennen)\b[^.]{0,40}\bnicht\b",
    re.I,
)


# a sentence that reports the decision itself: what was gone through before it is the offer, not the results
_DECIDES = re.compile(
    r"\b(?:decided|decide|decision|go ahead|entschieden|entscheid\w*|beschlossen|zugesagt|abgesagt)\b", re.I
)


# the customer confirming that the results are right: as good as saying they understood them
_MATCHES = re.compile(
    r"\b(?:match(?:es|ed)?|stimm(?:t|en|ten)\b[^.]{0,30}\b(?:überein|mit)|entspr(?:echen|icht|achen)|correct|korrekt|"
    r"richtig|reflect(?:s|ed)?|zutreffen\w*|in line with)\b",
    re.I,
)


# an open question whether the results were seen at all: 'asked whether the members had seen the pilot report',
# 'ob der Vorstand die Auswertung je gelesen hat', 'it is not recorded whether X reviewed them' — unless answered no
_OPEN_REVIEW = re.compile(
    r"\b(?:whether|ob)\b[^.;?\n]{0,100}?\b(?:seen|read|reviewed|gesehen|gelesen|vorlag\w*|geprüft|durchgesehen|"
    r"discussed|besprochen)\b",
    re.IGNORECASE,
)
_ANSWERED_NO = re.compile(r"[:,–—-]\s*(?:nein|no|nope)\b", re.IGNORECASE)


# results shown to the customer: 'Ergebnisse des Piloten vorgestellt', 'walked them through the findings'
_PRESENTED = re.compile(
    r"\b(?:vorgestellt|präsentiert|vorgetragen|gezeigt|durchgesprochen|presented|shown|demonstrated|"
    r"walked\s+(?:\w+\s+)?through)\b",
    re.IGNORECASE,
)
# still to come: 'results will be presented', 'werden nächste Woche vorgestellt', 'Ms X to confirm'
_TO_COME = re.compile(
    r"\b(?:will|shall|going to|to be|to confirm|wird|werden|soll|sollen|sollte|noch zu|nächste\w*|next|morgen|"
    r"tomorrow|später|later)\b|\w+'ll\b",
    re.IGNORECASE,
)


def _presented_and_confirmed(text: str, people: People) -> bool:
    """Return True when the results were presented (done) and a named person of the customer's side confirmed them."""
    cues = load_rules().gates["engagement_reviewed"].cues
    if not (_PRESENTED.search(text) and cues["topic"].search(text)):
        return False
    confirm = cues["confirm"].search(text)
    if not confirm or NEGATED.search(text) or _TO_COME.search(text) or cues["doubt"].search(text):
        return False
    return _names_customer(text[: confirm.start()], people)  # the confirmer is named before the verb


# the customer's own account of the review: a review done ('durchgesprochen', 'gone through', 'reviewed') ...
_REVIEW_DONE = re.compile(
    r"\b(?:durchgesprochen|durchgegangen|durchgesehen|durchgearbeitet|gesichtet|angeschaut|angesehen|geprüft|"
    r"geprueft|abgenommen|gelesen|besprochen|beraten|ausgewertet|gereviewt|reviewed|read|skimmed|überflogen|"
    r"(?:been|gone|went|worked|go)\s+(?:back\s+)?(?:through|thru|over)|thru|gesehen|seen|nachvollzogen|"
    r"looked\s+(?:at|through|over)|get\s+through|got\s+through|signed\s+off|abgezeichnet)\b|\bzur\s+kenntnis\s+genommen\b",
    re.IGNORECASE,
)
# ... and settled, not only glanced at: 'nachvollziehbar', 'verstanden', 'clear', 'no questions', 'nothing open'
_REVIEW_SETTLED = re.compile(
    r"\b(?:verstanden|nachvollziehbar|nachvollzogen|nachvollziehen|verständlich|verstaendlich|klar|understood|"
    r"understand|clear|comfortable|abgenommen|signed\s+off|geprüft|geprueft|bestätigt|bestaetigt|confirmed|"
    r"line\s+by\s+line|punkt\s+für\s+punkt|im\s+detail|in\s+detail|sorgfältig|genau|thoroughly|properly|vollständig|"
    r"fully|all\s+of\s+it|überzeugend|ueberzeugend|convincing|makes?\s+sense|"
    r"plausibel|aligned|solid|passt|passen|komplett|completely|in\s+full|gründlich|checked\s+out)\b",
    re.IGNORECASE,
)
# negations that say the review is settled: 'keine Fragen mehr', 'nothing open', 'not the issue', 'daran lag es nicht'
_SETTLED_NEGATION = re.compile(
    r"\b(?:keine|no|nothing|nichts|nix|kein)\s+(?:\w+\s+){0,2}(?:fragen|rückfragen|rueckfragen|punkte|questions|"
    r"issues?|surprises|offen|open|left\s+open|einwände|einwaende|zu\s+meckern)\b(?:\s+(?:mehr|offen|open|"
    r"there|dazu|from\s+\w+\s+side))?|\bnicht\s+(?:mehr\s+)?offen\b|"
    r"\b(?:not|wasn't|isn't|never)\s+(?:about\s+\w+|the\s+(?:issue|problem))\b|"
    r"\b(?:daran|darum)\s+(?:lag|liegt|hängt|haengt|ging)\s+es\s+nicht\b|\blag\s+es\s+nicht\b|\blag['’]?s\s+nicht\b|"
    r"\b(?:nobody|no\s+one|niemand)\s+(?:has|had|hat|hatte)\s+(?:\w+\s+){0,2}(?:questions|fragen|rückfragen|concerns)\b|"
    r"\bnicht\s+das\s+(?:problem|thema)\b|"
    r"\bnobody'?s?\s+(?:is\s+)?disputing\b|\bohne\s+einwände\b|"
    r"\b(?:rück|rueck|verständnis)?fragen\b[^.;,]{0,25}\b(?:keine|bestehen\s+nicht|gibt\s+es\s+nicht)\b",
    re.IGNORECASE,
)
# a body of the customer that reviews: the board, the committee, the steering group, their team
_CUSTOMER_BODY = re.compile(
    r"\b(?:vorstand|aufsichtsrat|lenkungs\w+|gremium|präsidium|praesidium|führungskreis|fuehrungskreis|partnerrunde|"
    r"fachausschuss|ausschuss\w*|\w*versammlung|geschäftsführung|geschaeftsfuehrung|board|committee|steering\s+\w+|governors|"
    r"leadership\s+team|their\s+(?:team|board|side)|her\s+team|his\s+team|\w+leitung)\b",
    re.IGNORECASE,
)
# who speaks of the review: 'sie haben', 'they had', 'she said', 'Sie haben' — the customer in the seller's notes
_THEY = re.compile(
    r"\b(?:they|she|he|they'd|she'd|he'd|sie|er)\b",
    re.IGNORECASE,
)
# half a review: 'kurz', 'briefly', 'skimmed', 'überflogen', 'mostly', '??'
_PARTIAL = re.compile(
    r"\bkurz\s+(?:besprochen|angerissen|durch\w*|angeschaut|gezeigt|erwähnt)\b|\bnur\s+kurz\b|\b(?:briefly|skim\w*|überflogen|ueberflogen|grob|mostly|weitgehend|im\s+wesentlichen|zumindest|"
    r"at\s+least|only|nur|headline|not\s+all|nicht\s+alle|not\s+everyone|nicht\s+jeder)\b|\?",
    re.IGNORECASE,
)


def _customer_reviewed(sent: Sentence, people: People) -> bool:
    """Return True when the customer says, done and settled, that the earlier results were reviewed and understood."""
    text = sent.text
    cues = load_rules().gates["engagement_reviewed"].cues
    done = _REVIEW_DONE.search(text)
    if not (cues["topic"].search(text) and done):
        return False
    plain = _SETTLED_NEGATION.sub(" ", text)
    after = _next_sentence(sent)
    settled = bool(_REVIEW_SETTLED.search(plain)) or plain != text
    if not settled and after and not cues["topic"].search(after):
        after_plain = _SETTLED_NEGATION.sub(" ", after)
        settled = (bool(_REVIEW_SETTLED.search(after_plain)) or after_plain != after) and not (
            NEGATED.search(after_plain) or _PARTIAL.search(after_plain) or cues["doubt"].search(after_plain)
        )
    if not settled:
        return False
    review_clauses = [c for c in split_clauses(plain) if _REVIEW_DONE.search(c) or _REVIEW_SETTLED.search(c)]
    if (
        any(NEGATED.search(c) for c in review_clauses)
        or _PARTIAL.search(plain)
        or _TO_COME.search(plain)
        or cues["doubt"].search(plain)
        or _HEDGE_REVIEW.search(plain)
    ):
        return False
    return _customer_side(text, sent, people)


def _review_in_doubt(text: str, context: str = "") -> bool:
    """Return True when a sentence about the earlier results hedges whether they were reviewed ('mostly seen??');
    the results may be named in the context instead ('Der Bericht liegt vor. Sie habe ihn nur überflogen.')."""
    cues = load_rules().gates["engagement_reviewed"].cues
    if not (
        (cues["topic"].search(text) or cues["topic"].search(context))
        and (_REVIEW_DONE.search(text) or cues["understood"].search(text))
    ):
        return False
    plain = _UNSURE.sub(" ", _SETTLED_NEGATION.sub(" ", text))  # 'not sure' hedges, it negates nothing
    if any(
        _HALF.search(c) and _REVIEW_DONE.search(c) and not NEGATED.search(c) and not _TO_COME.search(c)
        for c in split_clauses(plain)
    ):
        return True  # '…, würde ich so nicht sagen – wir haben die Auswertung nur überflogen': half done, said so
    if cues["skip"].search(text) or _TO_COME.search(plain) or NEGATED.search(plain):
        return False  # a review still to come or not done is no doubt: it did not happen
    return bool(_HALF.search(plain) or _HEDGE_REVIEW.search(plain))


_UNSURE = re.compile(r"\b(?:not|nicht)\s+(?:so\s+)?(?:sure|sicher)\b", re.IGNORECASE)


# half a review or a hedge in the notes: 'skimmed', 'überflogen', 'mostly', 'im Wesentlichen', '??'
_HALF = re.compile(
    r"\b(?:briefly|skim\w*|überflogen|ueberflogen|grob|mostly|weitgehend|im\s+wesentlichen|zumindest|"
    r"at\s+least|headline|not\s+all|nicht\s+alle|not\s+everyone|nicht\s+jeder)\b|\?\?",
    re.IGNORECASE,
)


def _next_sentence(sent: Sentence) -> str:
    """Return the sentence after this one in the same line, or ''."""
    from coach.minutes.patterns import split_sentences

    parts = split_sentences(sent.line.text)
    return (
        parts[parts.index(sent.text) + 1]
        if sent.text in parts and parts.index(sent.text) + 1 < len(parts)
        else ""
    )


_FIRST_PERSON = re.compile(r"\b(?:wir|we|we've|we're|uns|our|unser\w*)\b", re.IGNORECASE)
_PERSON_LABEL = re.compile(r"^[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)+$")


def _customer_side(text: str, sent: Sentence, people: People) -> bool:
    """Return True when the one who reports the review is the customer: the speaker, the first person named, their
    board or team, or 'they'/'Sie' in the seller's notes."""
    speaker = people.resolve(sent.line.speaker) if sent.line.speaker else None
    if speaker is not None:
        return speaker.side == "customer"
    if sent.line.speaker and _PERSON_LABEL.match(sent.line.speaker) and _FIRST_PERSON.search(text):
        return True  # a named voice (not ours: our turns are marked) speaking of 'we'
    found = people.mentions(text)
    if found:
        return found[0][2].side == "customer"
    return bool(_CUSTOMER_BODY.search(text) or _THEY.search(text))


_HEDGE_REVIEW = re.compile(
    r"\b(?:whether|ob|think|glaube?|denke|believe|afaik|imo|not\s+sure|weiß\s+ich\s+nicht|weiss\s+ich\s+nicht|"
    r"supposedly|angeblich|reportedly|laut|lt\.?|according)\b",
    re.IGNORECASE,
)


def engagement_verdict(sent: Sentence, context: str, people: People) -> Verdict | Literal["skip"]:
    """Return what one sentence says about the engagement review: proof, doubt, skip, against or neutral."""
    cues = load_rules().gates["engagement_reviewed"].cues
    text = sent.text
    if cues["skip"].search(text):
        return "skip"
    open_question = _OPEN_REVIEW.search(text)
    if (
        open_question
        and (cues["topic"].search(text) or cues["topic"].search(context))
        and not _ANSWERED_NO.search(text, open_question.end())
    ):
        return "doubt"  # nobody knows whether the results were seen: never proof
    if _presented_and_confirmed(text, people) or _customer_reviewed(sent, people):
        return "proof"
    if _review_in_doubt(text) or (_HALF.search(text) and _review_in_doubt(text, context)):
        return "doubt"
    if not cues["understood"].search(text) and not (
        cues["confirm"].search(text)
        and _MATCHES.search(text)  # 'confirmed the results match what was agreed'
    ):
        return "neutral"
    if not (cues["topic"].search(text) or cues["topic"].search(context)):
        return "neutral"
    if not cues["topic"].search(text) and _DECIDES.search(text):
        # 'we went through it with our board and decided …': the offer weighed, not the earlier results
        return "neutral"
    if _WHY_US.search(text) or text.rstrip().endswith("?"):
        return "neutral"
    if cues["doubt"].search(text) or _NOT_UNDERSTOOD.search(text):
        return "doubt"
    customer, vendor_first = _sides(text, sent.line, people)
    customer = customer or bool(_CUSTOMER_WORD.search(text))
    if re.match(r"^\s*(wir|we|unser\w*|our)\b", text, re.I) and not customer:
        return "neutral"
    confirm = bool(cues["confirm"].search(text))
    if confirm and _confirm_negated(text):
        # 'nobody confirmed they had gone through the report': a confirmation missing, beside what was seen
        return "doubt" if _seen_elsewhere(text) else "neutral"
    first_person = bool(cues["first_person"].search(text)) and (
        (sent.line.speaker and customer) or bool(re.search(r"[\"„“]", text) and customer)
    )
    if confirm and (customer or not vendor_first) and not (vendor_first and not customer):
        return "proof"
    if first_person:
        return "proof"
    return "neutral"


def _confirm_negated(text: str) -> bool:
    """Return True when every confirmation is negated right before or after its verb ('nobody confirmed', 'did not
    confirm', 'bestätigt nicht'); 'confirmed … no open questions' is no negated confirmation."""
    cues = load_rules().gates["engagement_reviewed"].cues
    found = [
        (plain, m)
        for c in split_clauses(text)
        for plain in [_SETTLED_NEGATION.sub(" ", c)]
        for m in [cues["confirm"].search(plain)]
        if m
    ]
    return bool(found) and all(
        _NEGATION_BEFORE.search(plain[: m.start()]) or _NEGATION_AFTER.match(plain, m.end())
        for plain, m in found
    )


# a negation that governs the verb after it ('nobody confirmed', 'hat nicht bestätigt') or right after it
_NEGATION_BEFORE = re.compile(
    r"\b(?:nobody|no\s+one|niemand|keiner|nicht|not|never|nie|didn't|did\s+not|hasn't|haven't|has\s+not|have\s+not)\b"
    r"[^.,;]{0,25}$",
    re.IGNORECASE,
)
_NEGATION_AFTER = re.compile(r"\s+(?:nicht|not|nie|never)\b", re.IGNORECASE)


def _seen_elsewhere(text: str) -> bool:
    """Return True when a clause without the negated confirmation speaks of the results as seen or understood."""
    cues = load_rules().gates["engagement_reviewed"].cues
    return any(
        not NEGATED.search(c) and cues["topic"].search(c)
        for c in split_clauses(text)
        if not cues["confirm"].search(c)
    )


# the customer's answer to our question about the results: 'Ja, das haben wir durchgesprochen.', 'We did, yes.'
_YES_START = re.compile(r"^\W*(?:ja|yes|doch|we\s+did|haben\s+wir|absolutely|definitely)\b", re.IGNORECASE)
# the customer says they understand or agree with the results: 'we understand the results and we agree with them'
_WE_UNDERSTAND = re.compile(
    r"\b(?:we|wir)\b[^.;?]{0,30}\b(?:understand|verstehen|agree\s+with|are\s+happy\s+with|sind\s+einverstanden)\b",
    re.IGNORECASE,
)


def _answers_review_question(sent: Sentence, people: People, asked: set[int]) -> bool:
    """Return True for a customer's turn that answers a question about the earlier results with a review done
    (`asked`: the indexes of the turns right after such a question)."""
    cues = load_rules().gates["engagement_reviewed"].cues
    speaker = people.resolve(sent.line.speaker) if sent.line.speaker else None
    if speaker is None or speaker.side != "customer" or sent.line.index not in asked:
        return False
    text = sent.text
    if not (_REVIEW_DONE.search(text) or _WE_UNDERSTAND.search(text) or _YES_START.search(text)):
        return False
    if _YES_START.search(text) and not (_REVIEW_DONE.search(text) or _WE_UNDERSTAND.search(text)):
        return bool(re.fullmatch(r"\W*(?:\w+\W*){1,4}", text))  # a bare 'We did, yes.' / 'Doch, ja.'
    plain = _SETTLED_NEGATION.sub(" ", text)
    return not (
        NEGATED.search(plain)
        or _PARTIAL.search(plain)
        or _TO_COME.search(plain)
        or cues["doubt"].search(plain)
        or _HEDGE_REVIEW.search(plain)
    )


def _review_questions(lines: list[Line]) -> set[int]:
    """Return the indexes of the turns that follow another speaker's question about the earlier results."""
    cues = load_rules().gates["engagement_reviewed"].cues
    out: set[int] = set()
    for before, line in zip(lines, lines[1:], strict=False):
        if not (line.speaker and before.speaker and line.speaker != before.speaker):
            continue
        asked = [q for q in re.split(r"(?<=[.!?])\s+", before.text) if q.rstrip(" \"'”“)").endswith("?")]
        if asked and cues["topic"].search(asked[-1]):
            out.add(line.index)
    return out


def _engagement(
    sents: list[Sentence], lines: list[Line], people: People
) -> tuple[GateStatus, list[str], str]:
    proofs, doubts, skips = [], [], []
    asked = _review_questions(lines)
    for sent in sents:
        idx = sent.line.index
        context = " ".join(line.text for line in lines if idx - 3 <= line.index <= idx)
        verdict = engagement_verdict(sent, context, people)
        if verdict == "neutral" and _answers_review_question(sent, people, asked):
            verdict = "proof"
        if verdict == "proof":
            proofs.append(sent.text)
        elif verdict == "doubt":
            doubts.append(sent.text)
        elif verdict == "skip":
            skips.append(sent.text)
    if proofs and not doubts:
        return "met", proofs[:2], "proof"
    if proofs:
        return "unclear", (doubts + proofs)[:2], "doubt"
    if skips:
        return "not_met", skips[:2], "skipped"
    if doubts:
        return "unclear", doubts[:2], "doubt"
    noted = [s.text for s in sents if _only_noted(s.text)]
    if noted:  # 'Die Ergebnisse wurden zur Kenntnis genommen.': seen, nothing said of understanding them
        return "unclear", noted[:2], "doubt"
    return "not_met", [], "silent"


# the earlier results only taken note of: 'wurden zur Kenntnis genommen', 'the board noted the pilot report'
_NOTED = re.compile(
    r"\bzur\s+kenntnis\s+(?:genommen|nehmen|nimmt)\b|\b(?:noted|took\s+note\s+of|takes\s+note\s+of)\b",
    re.IGNORECASE,
)


def _only_noted(text: str) -> bool:
    """Return True when a sentence says the earlier results were taken note of, in a clause not negated and not
    still to come."""
    cues = load_rules().gates["engagement_reviewed"].cues
    return bool(cues["topic"].search(text)) and any(
        _NOTED.search(c) and not NEGATED.search(c) and not _TO_COME.search(c) for c in split_clauses(text)
    )


# ---- decision_in_writing --------------------------------------------------------------------------------------

_DECISION_DOC = re.compile(
    r"(bestellung|bestellnummer|\bpo\b|purchase order|auftragsformular|auftragsbestätigung|beauftragung|\bauftrag\b|"
    r"zusage|absage|order form|\border\b(?!\s+to\b)|\bloi\b|letter of intent|award letter|zuschlagsschreiben|"
    r"(?:notice|letter) of award|signed (?:decision|letter)|"
    r"written (?:confirmation|decision|approval|notice)|formal\w* (?:note|letter|notice|decision)|"
    r"beschlussauszug\w*|(?:unterzeichnet\w*|unterschrieben\w*|signed)\s+(?:board\s+)?(?:beschluss\w*|resolution|"
    r"minutes? extract)|vorstandsbeschluss\w*|board resolution)",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\b(?:an|to)\s+(?:(?:herrn?|frau|hr|fr|mr|ms|mrs|dr)\.?\s+)*[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?",
)
# sent, in words the done cues miss: 'versandt', 'verschickt', 'dispatched'
_SENT = re.compile(
    r"\b(?:versandt|versendet|verschickt|zugestellt|dispatched|delivered|mitgeteilt|überreicht|ueberreicht)\b|"
    r"\b(?:per|by|via)\s+(?:e-?mail|post|brief|letter)\b[^.;]{0,40}\b(?:gegangen|went\s+out)\b",
    re.IGNORECASE,
)
# passive with the receiver named: 'wurde Herrn X übergeben', 'was handed to Ms X' — the named one received it
_PASSIVE_HANDED = re.compile(
    r"\b(?:wurde|wurden|was|were|has\s+been|have\s+been)\b[^.;]{0,100}?\b(?:übergeben|ueberge\w+|überreicht|"
    r"übermittelt|mitgeteilt|geschickt|gesendet|zugestellt|handed|sent|e-?mailed|delivered|given)\b",
    re.IGNORECASE,
)
# the written thing is a no: 'sent the formal no by email', "the decision not to proceed", a quoted 'we won't …'
_WRITTEN_NO = re.compile(
    r"[\"“„][^\"“”„]{0,200}[\"”“]|\b(?:the|a|their|our|formal|written|clear)\s+(?:formal\s+|written\s+)?no\b(?!-)|"
    r"\bno-go\b|\bdecision\s+not\s+to\b",
    re.IGNORECASE,
)
_DECISION_WORD = re.compile(
    r"(entscheidung|decision|zusage|absage|bestätig\w*|confirm\w*|\bja\b|\byes\b|go-ahead|freigabe|approval|beauftrag\w*|"
    r"\b(?:the|a|formal|written|clear)\s+no\b(?!-))",
    re.IGNORECASE,
)


# hearsay and open questions around a sent decision: it may have happened, nobody knows — never proof
_HEDGE = re.compile(
    r"\b(?:not sure|unsure|nicht sicher|unsicher|may already|might (?:already )?have|"
    r"möglicherweise|vielleicht schon|thinks?|glaubt|vermutet|nobody (?:could|can) confirm|niemand (?:konnte|kann)|"
    r"not (?:yet )?confirmed|nicht bestätigt|whether|ob (?:schon|bereits))\b",
    re.IGNORECASE,
)


# A gate is met only by a statement that something happened. A sentence that asks or requests ('Bitte schicken Sie
# die unterschriebene Bestellung', 'Could you send the signed contract?') or plans it ('Sobald die Bestellung
# eingegangen ist …', 'Der Vertrag soll … unterschrieben werden', 'is expected by Friday', 'After it has been
# signed, we …') proves nothing, whatever done-word it carries.
_QUESTION = re.compile(r"\?\s*[\"'”“)]*\s*$")
_REQUEST = re.compile(
    r"^\W*(?:bitte|please|kindly|können sie|könnten sie|could you|can you|would you|würden sie)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:sobald|falls|wenn|nachdem|once|as soon as|after|if|when|soll|sollen|sollte|wird|werden|will|shall|"
    r"expected|erwartet|to be|muss|müssen|must|needs? to|has to|have to|should|plans?|planned|plant|geplant)\b"
    r"(?:[^.;,]|(?<=\d)\.|(?<=\b(?:dr|fr|hr|mr|ms))\.|(?<=\bmrs)\.|(?<=\bprof)\.){0,80}?\b(?:signed|unterschrieben\w*|unterzeichnet\w*|countersigned|gegengezeichnet|eingegangen|"
    r"arrived|received|erhalten|confirmed|bestätigt|geschickt|sent|gesendet|übermittelt)\b"
    r"|\b(?:signed|unterschrieben\w*|unterzeichnet\w*|countersigned)\b[^.;,]{0,60}?\b(?:is|are|wird|werden)\s+"
    r"(?:expected|erwartet)\b",
    re.IGNORECASE,
)


# the present tense with a time still to come: 'X unterzeichnet den Vertrag binnen zehn Tagen', 'signs it next week'
_PRESENT_FUTURE = re.compile(
    r"\b\w*(?:unterschreibt|unterzeichnet|zeichnet|schickt|sendet|übermittelt|übergibt|signs|sends|countersigns|"
    r"forwards|e-?mails)\s+"
    r"(?:den|die|das|dem|ihn|sie|es|uns|the|it|them|us|our|unser\w*|ihr\w*|their)\b[^.;]{0,100}?"
    r"\b(?:innerhalb|binnen|bis|nach|sobald|nächste\w*|morgen|übermorgen|später|demnächst|within|by|after|once|next|"
    r"tomorrow|later|in\s+(?:\w+\s+)?(?:tagen|wochen|monaten|days|weeks|months))\b",
    re.IGNORECASE,
)


# done only once something else is: 'Die Bestellung geht erst raus, wenn …', 'the PO goes out only once …'
_ONLY_THEN = re.compile(
    r"\berst\b[^.;]{0,60}\b(?:wenn|sobald|nachdem|nach)\b|\b(?:only|not)\s+(?:once|when|after|until)\b|"
    r"\bnot\s+before\b|\bnicht\s+(?:bevor|vor)\b",
    re.IGNORECASE,
)


def unconfirmed(text: str) -> bool:
    """Return True for a sentence that asks, requests or plans what a gate needs done, instead of stating it."""
    return bool(
        _ONLY_THEN.search(text)
        or _QUESTION.search(text)
        or _REQUEST.search(text)
        or _PLANNED.search(text)
        or _PRESENT_FUTURE.search(text)
    )


# what was confirmed is the understanding of the earlier results, not a decision
_UNDERSTANDING = re.compile(
    r"\b(?:understanding|understood|verständnis|verstanden|nachvollzogen|(?:had|have|has|were|was)\s+(?:been\s+)?"
    r"reviewed|geprüft\s+und\s+verstanden)\b",
    re.IGNORECASE,
)
# what was approved is a budget: 'approval of the budget line', 'Budgetfreigabe', 'funding sign-off' — a step before
# the decision, not the decision itself
_BUDGET_ONLY = re.compile(
    r"\b(?:approval|sign-?off|release|freigabe|genehmigung)\s+(?:of|for|der|des|für)\s+(?:the\s+|die\s+|das\s+|den\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:budget\w*|funding|funds|mittel|haushalt\w*|capex|opex)\b|"
    r"\b(?:budget\w*|funding|haushalts?\w*|capex|opex)[\s-]*(?:approval|sign-?off|release|freigabe|genehmigung)\b|"
    r"\bbudgetfreigabe\w*\b|\bmittelfreigabe\w*\b",
    re.IGNORECASE,
)
_DECISION_NOUN = re.compile(
    r"\b(?:decision|entscheidung|zusage|absage|yes|ja|go|approval|freigabe|order|bestellung|auftrag|award|"
    r"vergabe|purchase|kauf)\b",
    re.IGNORECASE,
)


def _done_or_present(text: str, cues: dict[str, Prefiltered], sent: Sentence) -> bool:
    """Return True when a part of a sentence says the written item was done (or is done in the meeting)."""
    present = bool(cues["present"].search(text)) and (
        sent.line.stamped or bool(cues["in_meeting"].search(text))
    )
    return bool(cues["done"].search(text)) or present


_OWN_COPY = re.compile(
    r"\b(?:we|wir)\b[^.;]{0,40}\b(?:our|unser\w*)\s+(?:signed|unterschrieben\w*|unterzeichnet\w*)\b|"
    r"\b(?:we|wir)\s+(?:have\s+|haben\s+)?(?:signed|unterschrieben|unterzeichnet)\b",
    re.IGNORECASE,
)


def _seller_speaks(sent: Sentence, people: People) -> bool:
    """Return True when the sentence's line is a turn of a participant on the seller's side."""
    if not sent.line.speaker:
        return False
    person = people.resolve(sent.line.speaker)
    return person is not None and person.side == "seller"


# 'order' in a meeting's procedure is no purchase order: 'call to order', 'in order to', 'point of order'
_PROCEDURE = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:the\s+meeting\s+)?to\s+order|in\s+order\s+(?:to|that|for)|points?\s+of\s+order|"
    r"out\s+of\s+order|order\s+of\s+(?:business|the\s+day|the\s+agenda|items|speakers))\b",
    re.IGNORECASE,
)


# the sentence is itself the written decision: 'Confirming in writing: …', 'Hiermit bestätige ich schriftlich …',
# 'please take this email as our formal confirmation', 'Betrachten Sie diese Mail als Bestellung'
_SELF_WRITTEN = re.compile(
    r"(?:^\W*confirming|\b(?:writing|write)\s+to\s+confirm|\b(?:i|we)\s+(?:hereby\s+)?confirm)\b[^.;:]{0,30}"
    r"\b(?:in\s+writing|formally|formal)\b|\bin\s+writing\s*:|\bschriftlich\s*:|"
    r"\bhiermit\b[^.;]{0,40}\b(?:schriftlich|verbindlich|formell|offiziell)\b|"
    r"\b(?:take|treat|consider)\s+this\s+(?:e-?mail|mail|letter|message)\s+as\b|"
    r"\bbetrachten\s+sie\s+(?:diese|dieses)\s+(?:e-?mail|mail|schreiben|nachricht)\s+als\b|"
    r"\bthis\s+(?:(?:e-?mail|mail|letter)\s+)?(?:confirms|is\s+our)\s+(?:our|the|formal|written)\b",
    re.IGNORECASE,
)
_CONDITION_BEFORE = re.compile(r"\b(?:subject to|vorbehaltlich|provided|sofern|unless|if|wenn|falls)\b", re.I)
# a recap of what the other side said ('you confirmed …', 'Sie haben bestätigt …'): not their written decision
_YOU_SAID = re.compile(
    r"\byou\s+(?:have\s+)?(?:confirmed|said|told|agreed)\b|\bSie\s+haben\b[^.;]{0,60}\bbestätigt\b",
    re.IGNORECASE,
)


# whether the written decision exists is left open: '??', 'already …?', 'ob … schon raus', 'weiß ich nicht'
_WRITING_OPEN = re.compile(
    r"\?\?|\b(?:already|schon|bereits|come\s+through|angekommen|noch\s+schriftlich)\b[^.;]{0,80}\?\s*[\"'”“)]*\s*$|"
    r"\b(?:ob|whether)\b[^.;]{0,60}\b(?:schon|bereits|already|raus|out|sent|went|gegangen)\b|"
    r"\b(?:weiß|weiss)\s+ich\s+(?:\w+\s+){0,2}nicht\b|\bnot\s+sure\b|\bunklar\b",
    re.IGNORECASE,
)


def writing_verdict(sent: Sentence, people: People, signed_contract: bool = False) -> Verdict:
    """Return what one sentence says about a written decision: proof, doubt, against (promise/negation) or neutral."""
    cues = load_rules().gates["decision_in_writing"].cues
    text = sent.text
    probe = (
        _PROCEDURE.sub(" ", text) if "order" in text.casefold() else text
    )  # outside the meeting's procedure
    doc = bool(_DECISION_DOC.search(probe))
    medium = bool(cues["artifact"].search(probe))
    self_written = _SELF_WRITTEN.search(text)
    if (
        self_written
        and not _CONDITION_BEFORE.search(text[: self_written.start()])
        and not _YOU_SAID.search(text)
        and not _seller_speaks(sent, people)
        and not (_QUESTION.search(text) or _REQUEST.search(text))
        and not (cues["doubt"].search(text) or _HEDGE.search(text))
    ):
        return "proof"  # the customer's own e-mail or letter, a yes or a no
    if not (doc or medium or signed_contract):
        return "neutral"
    if (doc or medium) and _WRITING_OPEN.search(text) and not _REQUEST.search(text):
        return "doubt"  # 'Schriftliche Zusage??', 'did the signed resolution come through already?'
    artifact = doc or (medium and bool(_DECISION_WORD.search(text))) or signed_contract
    done = bool(cues["done"].search(text) or _SENT.search(text))
    present = bool(cues["present"].search(text)) and (
        sent.line.stamped or bool(cues["in_meeting"].search(text))
    )
    if re.search(
        r"\b(?:to be|will be|wird|werden|soll|sollen|once|sobald)\b[^.]{0,40}\b(?:confirmed|bestätigt|übermittelt|"
        r"sent|geschickt|communicated|mitgeteilt)\b",
        text,
        re.I,
    ):
        return "against"
    condition = re.search(
        r"\b(?:subject to|vorbehaltlich|provided that|conditional (?:on|upon)|unter der bedingung|bedingung(?:en)?|"
        r"conditions?|voraussetzung(?:en)?|auflage(?:n)?|(?:unter|mit)\s+(?:dem\s+)?vorbehalt\w*|on\s+condition)\b",
        text,
        re.I,
    )
    if condition and not (
        _DECISION_DOC.search(text[: condition.start()]) or cues["artifact"].search(text[: condition.start()])
    ):
        return "neutral"  # the written item is one of the conditions, not the decision sent
    if condition and not signed_contract and not _done_or_present(text[: condition.start()], cues, sent):
        return "neutral"  # '… subject to a signed addendum': what is signed is a condition still to be met
    if not doc and not signed_contract and _UNDERSTANDING.search(text) and not _DECISION_NOUN.search(text):
        return "neutral"  # 'confirmed their understanding of the results in writing': the review, not the decision
    if not doc and not signed_contract and _BUDGET_ONLY.search(text):
        return "neutral"  # 'the approval of the budget line came by email': money set aside, not the decision
    if "?" in text and (done or present):
        return "doubt"
    if cues["promise"].search(text) and not (
        done and not re.search(r"\b(kommt|folgt|will|wird)\b|\b(?:i|we|she|he|they)['’]ll\b", text, re.I)
    ):  # "I'll send you a signed letter": 'signed' describes what is still to be sent
        return "against"
    if (cues["doubt"].search(text) or _HEDGE.search(text)) and (done or present):
        return "doubt"
    no_probe = _WRITTEN_NO.sub(" ", text) if (done and artifact) else text
    if cues["negation"].search(no_probe) and not re.search(r"\bno\.?\s*\d", no_probe, re.I):
        return "against"
    if cues["verbal"].search(text) and not (done or present):
        return "against"
    if not (artifact and (done or present)):
        return "neutral"
    # the seller named as the one it was sent to ('per Mail an Herrn X', 'emailed to X') did not write it
    customer, vendor_first = _sides(_RECIPIENT.sub(" ", text), sent.line, people)
    if vendor_first and not customer and not _CUSTOMER_WORD.search(text) and not _PASSIVE_HANDED.search(text):
        return "neutral"
    if re.match(r"^\s*(wir|we)\b", text, re.I) and not _CUSTOMER_WORD.search(text):
        return "neutral"
    if _OWN_COPY.search(text) and _seller_speaks(sent, people):
        return "neutral"  # the seller's turn: 'we sent our signed copy back' is our signature, not their decision
    if unconfirmed(text):
        return "against"
    return "proof"


def _writing(
    sents: list[Sentence], people: People, contract_quotes: list[str]
) -> tuple[GateStatus, list[str], str]:
    proofs, doubts, against = [], [], []
    for sent in sents:
        verdict = writing_verdict(sent, people, signed_contract=sent.text in contract_quotes)
        {"proof": proofs, "doubt": doubts, "against": against}.get(verdict, []).append(sent.text)
    if proofs and not doubts:
        return "met", proofs[:2], "proof"
    if doubts:
        return "unclear", doubts[:2], "doubt"
    if against:
        return "not_met", against[:2], "promise"
    return "not_met", [], "silent"


# ---- contract_signed ------------------------------------------------------------------------------------------


@dataclass
class ContractFinding:
    """What the notes say about the contract: signed clauses, covered and open parts, doubts and objections."""

    signed: list[str] = field(default_factory=list)
    customer_signed: bool = False
    named_signer: bool = False
    covered: set[str] = field(default_factory=set)
    open: set[str] = field(default_factory=set)
    open_unknown: bool = False
    all_parts: bool = False
    doubts: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


def _segment_key(line: Line) -> tuple[int, int]:
    return (line.para, line.index if (line.bullet or line.stamped) else -1)


_INCLUDED = re.compile(
    r"(enthalten|included|includes|including|inkl\.|inklusive|umfasst|covers|covering|bestandteil|part of|teil des vertrags|geregelt|festgelegt)",
    re.IGNORECASE,
)


_NOTHING_OPEN = re.compile(
    r"\b(keine|no|nothing|nichts)\s+(?:\w+\s+)?(offen|open|pending|outstanding|mehr offen)|nichts mehr offen",
    re.IGNORECASE,
)


# open in words the shared cues miss: 'still not attached', 'still blank', 'noch in Abstimmung', 'in redlines'
_OPEN_MORE = re.compile(
    r"\bnot\s+(?:yet\s+)?attached\b|\bstill\s+(?:blank|empty|unsigned|to\s+be\s+agreed)\b|\bin\s+redlines?\b|"
    r"\bnoch\s+(?:leer|in\s+abstimmung)\b|\bnicht\s+(?:beigefügt|angehängt|mitunterschrieben)\b|"
    r"\bnot\s+part\s+of\s+(?:this|the)\s+signature\b",
    re.IGNORECASE,
)


def _is_open(text: str, cues: dict[str, Prefiltered]) -> bool:
    """Return True when a contract clause names something still open."""
    return bool(cues["open"].search(text) or _OPEN_MORE.search(text))


def _open_clauses(sentence: str, cues: dict[str, Prefiltered]) -> list[str]:
    """Return the clauses of a sentence; a clause that is both signed and open is split further at commas."""
    out: list[str] = []
    for clause in split_clauses(sentence):
        if cues["signed"].search(clause) and _is_open(clause, cues):
            out.extend(p for p in re.split(r",\s+(?![^()]*\))", clause) if p.strip())
        else:
            out.append(clause)
    return out


def _names_customer(clause: str, people: People) -> bool:
    """Return True when a text names a participant of the customer's side."""
    return any(p.side == "customer" for _, _, p in people.mentions(clause))


# someone reports a signature ('X mentioned their GC has signed off', 'laut X', 'X weist darauf hin, dass …'), or the
# signature is an approval or hedged: the named person is not shown signing
_REPORTED = re.compile(
    r"\b(?:dass|that|ob|whether|laut|lt|according|says?|said|mentioned|reports?|reported|meint|sagt|sagte|"
    r"erwähnt\w*|berichtet\w*|weist|hinweis\w*|basically|eigentlich|quasi|so gut wie|signed\s+off|abgesegnet)\b",
    re.IGNORECASE,
)


def _signed_by_named_customer(clause: str, sentence: str, people: People) -> bool:
    """Return True when a named customer-side participant is the one who signed: named next to the signature, not
    as the one who reports it, in a sentence that negates no signature ('…, der Liefervertrag aber noch nicht')."""
    cues = load_rules().gates["contract_signed"].cues
    sign = cues["signed"].search(clause) or cues["signs_now"].search(clause)
    if sign is None or _REPORTED.search(clause) or NEGATED.search(sentence):
        return False
    for start, end, person in people.mentions(clause):
        if person.side != "customer":
            continue
        between = clause[end : sign.start()] if end <= sign.start() else clause[sign.end() : start]
        if len(between) <= 60 and not re.search(r"[;:–—]", between):
            return True
    return False


# the writer is not sure what was signed: 'ich bin mir nicht sicher, ob das schon die neue Preisanlage war'
_SIGNED_UNSURE = re.compile(
    r"\b(?:nicht|not)\s+(?:ganz\s+|so\s+|quite\s+|entirely\s+)?(?:sicher|sure)\b|\bunsicher\b|\bunsure\b",
    re.IGNORECASE,
)


def contract_finding(sents: list[Sentence], people: People) -> ContractFinding:
    """Return the contract facts of the notes, clause by clause."""
    cues = load_rules().gates["contract_signed"].cues
    found = ContractFinding()
    signed_segments: set[tuple[int, int]] = set()
    for sent in sents:
        text = sent.text
        topic = bool(cues["topic"].search(text))
        signed = bool(cues["signed"].search(text)) or (
            bool(cues["signs_now"].search(text)) and (sent.line.stamped or "jetzt" in text.lower())
        )
        if not topic:
            continue
        if cues["not_final"].search(text) and not re.search(
            r"(rahmen|haupt|master|final|kauf|lizenz)\w*\s*(vertrag|agreement|contract)", text, re.I
        ):
            continue
        if signed and (
            cues["doubt"].search(text)
            or _SIGNED_UNSURE.search(text)
            or (_QUESTION.search(text) and not _REQUEST.search(text))
        ):
            found.doubts.append(text)  # 'hat er schon unterschrieben?': whether it is signed is in doubt
            continue
        if not signed:
            found.against.append(text)
            continue
        clauses = split_clauses(text)
        both = any(cues["customer_signer"].search(c) and cues["signed"].search(c) for c in clauses)
        if not both and (cues["customer_pending"].search(text) or cues["vendor_only"].search(text)):
            found.pending.append(text)
            continue
        got_signed = False
        for clause in clauses:
            c_signed = bool(cues["signed"].search(clause) or cues["signs_now"].search(clause))
            if not c_signed:
                continue
            negated = NEGATED.search(clause)
            if negated or cues["customer_pending"].search(clause) or unconfirmed(text):
                found.pending.append(text)
                continue
            customer, vendor_first = _sides(clause, sent.line, people)
            customer = customer or bool(cues["customer_signer"].search(clause))
            if cues["vendor_only"].search(clause) and not customer:
                found.pending.append(text)
                continue
            got_signed = True
            found.customer_signed = True
            found.named_signer = found.named_signer or _signed_by_named_customer(clause, text, people)
            found.covered |= contract_parts_in(clause)
            if cues["all_parts"].search(clause):
                found.all_parts = True
        if got_signed:
            for clause in _open_clauses(text, cues):
                if not _is_open(clause, cues) or _NOTHING_OPEN.search(clause):
                    found.covered |= contract_parts_in(clause)
        if cues["customer_pending"].search(text) and not got_signed:
            found.pending.append(text)
        if got_signed:
            found.signed.append(text)
            signed_segments.add(_segment_key(sent.line))
    # Open parts: clauses with an 'open' cue in the segments (bullet/paragraph) that mention the contract.
    contract_segments = signed_segments | {
        _segment_key(s.line) for s in sents if cues["topic"].search(s.text)
    }
    for sent in sents:
        if _segment_key(sent.line) not in contract_segments:
            continue
        if (
            _segment_key(sent.line) in signed_segments
            and _INCLUDED.search(sent.text)
            and not _is_open(sent.text, cues)
        ):
            found.covered |= contract_parts_in(sent.text)
        open_mode = False
        in_signed = _segment_key(sent.line) in signed_segments
        for clause in _open_clauses(sent.text, cues):
            is_open = _is_open(clause, cues) and not _NOTHING_OPEN.search(clause)
            c_signed = bool(cues["signed"].search(clause)) and not is_open
            if c_signed:
                open_mode = False
                continue
            parts = contract_parts_in(clause)
            if is_open or open_mode:
                if parts:
                    found.open |= parts
                elif is_open and (in_signed or cues["annex"].search(clause) or cues["topic"].search(clause)):
                    found.open_unknown = True
                open_mode = open_mode or is_open
    found.covered -= found.open
    return found


def _contract(finding: ContractFinding) -> tuple[GateStatus, list[str], list[str], str]:
    all_ids = {p.id for p in load_rules().parts}
    if finding.customer_signed:
        if finding.open or finding.open_unknown:
            return "not_met", finding.signed[:2], _ordered_parts(finding.open), "open_parts"
        if finding.doubts:  # signed, and elsewhere unsure what or whether: never proof
            return "unclear", finding.doubts[:1] + finding.signed[:1], [], "doubt"
        if finding.all_parts or finding.covered >= all_ids:
            return "met", finding.signed[:2], [], "proof"
        if finding.named_signer:
            return "met", finding.signed[:2], [], "signed_by"  # a named customer signed, no part is said open
        return "unclear", finding.signed[:2], _ordered_parts(all_ids - finding.covered), "parts_unconfirmed"
    if finding.doubts:
        return "unclear", finding.doubts[:2], [], "doubt"
    if finding.pending:
        return "not_met", finding.pending[:2], [], "pending"
    if finding.against:
        return "not_met", finding.against[:2], [], "not_signed"
    return "not_met", [], [], "silent"


# ---- all gates ------------------------------------------------------------------------------------------------

_NOTES = {
    ("engagement_reviewed", "proof"): (
        "Der Kunde hat den Rückblick bestätigt.",
        "The customer confirmed the review.",
    ),
    ("engagement_reviewed", "skipped"): (
        "Der Rückblick wurde übersprungen oder nicht bestätigt.",
        "The review was skipped or not confirmed.",
    ),
    ("engagement_reviewed", "doubt"): (
        "Nur vage oder teilweise bestätigt – bitte ausdrücklich bestätigen lassen.",
        "Only a vague or partial confirmation — ask for an explicit one.",
    ),
    ("engagement_reviewed", "silent"): (
        "Die Notizen enthalten keine Bestätigung des Kunden.",
        "The notes contain no confirmation by the customer.",
    ),
    ("decision_in_writing", "proof"): (
        "Die Entscheidung liegt schriftlich vor.",
        "The decision is in writing.",
    ),
    ("decision_in_writing", "doubt"): (
        "Angeblich verschickt, aber nicht nachweisbar eingegangen.",
        "Said to be sent, but nothing shows it arrived.",
    ),
    ("decision_in_writing", "promise"): (
        "Nur mündlich oder angekündigt – eine schriftliche Entscheidung fehlt noch.",
        "Only spoken or promised — the written decision is still missing.",
    ),
    ("decision_in_writing", "silent"): (
        "Keine schriftliche Entscheidung in den Notizen.",
        "No written decision in the notes.",
    ),
    ("contract_signed", "proof"): (
        "Der Vertrag ist unterschrieben und deckt Leistungsumfang, Preis, Zeitplan und Konditionen ab.",
        "Contract signed; scope, price, timeline and terms are covered.",
    ),
    ("contract_signed", "open_parts"): (
        "Unterschrieben, aber noch offen: {parts}.",
        "Signed, but still open: {parts}.",
    ),
    ("contract_signed", "open_unnamed"): (
        "Unterschrieben, aber ein Vertragsteil (z. B. eine Anlage) ist noch offen.",
        "Signed, but a part of the contract (e.g. an annex) is still open.",
    ),
    ("contract_signed", "signed_by"): (
        "Der Vertrag ist vom Kunden unterschrieben; kein Vertragsteil ist als offen genannt.",
        "Contract signed by the customer; no part of it is named as open.",
    ),
    ("contract_signed", "parts_unconfirmed"): (
        "Unterschrieben, aber nicht belegt, dass der Vertrag diese Teile abdeckt: {parts}.",
        "Signed, but the notes do not show that the contract covers: {parts}.",
    ),
    ("contract_signed", "doubt"): (
        "Unterschrift nur vermutet – bitte den unterschriebenen Vertrag prüfen.",
        "The signature is only assumed — check the signed contract.",
    ),
    ("contract_signed", "pending"): (
        "Die Unterschrift des Kunden steht noch aus.",
        "The customer's signature is still pending.",
    ),
    ("contract_signed", "not_signed"): (
        "Der Vertrag ist nicht unterschrieben.",
        "No signature on the contract yet.",
    ),
    ("contract_signed", "silent"): (
        "Kein unterschriebener Vertrag in den Notizen.",
        "No signed contract in the notes.",
    ),
}


def gate_note(gate_id: str, reason: str, lang: str, missing: list[str] | None = None) -> str:
    """Return the localised one-line explanation of a gate result."""
    if reason == "open_parts" and not missing:
        reason = "open_unnamed"  # the notes say something is open without naming a part the rules know
    de, en = _NOTES.get((gate_id, reason), ("", ""))
    rules = load_rules()
    parts = ", ".join(rules.part_label(p, lang) for p in (missing or []))
    return (de if lang == "de" else en).format(parts=parts)


def says_open(gate: GateCheck, lang: str) -> bool:
    """Return True when a contract check says the customer signed but a part or an annex is still open."""
    parts = [p for p in gate.missing if p in {x.id for x in load_rules().parts}]
    return (
        gate.id == "contract_signed"
        and gate.status == "not_met"
        and gate.note == gate_note(gate.id, "open_parts", lang, parts)
    )


def check_gates(
    lines: list[Line], people: People, lang: str, finding: ContractFinding | None = None
) -> list[GateCheck]:
    """Return the three gate checks, each with status, quoted evidence, missing requirement ids and a note.

    `finding` is the notes' contract finding when the caller has it already (it is the same for the same lines)."""
    rules = load_rules()
    sents = sentences(lines, sections=("header", "participants", "body"))
    status_e, ev_e, why_e = _engagement(sents, lines, people)
    finding = finding or contract_finding(sents, people)
    status_c, ev_c, parts_c, why_c = _contract(finding)
    customer_signed = [s for s in finding.signed if _explicit_customer_signature(s, people)]
    status_w, ev_w, why_w = _writing(sents, people, customer_signed)
    results: list[GateCheck] = []
    for gate_id, status, evidence, why, parts in (
        ("engagement_reviewed", status_e, ev_e, why_e, []),
        ("decision_in_writing", status_w, ev_w, why_w, []),
        ("contract_signed", status_c, ev_c, why_c, parts_c),
    ):
        gdef = rules.gates[gate_id]
        # a contract part is 'missing' only when the signed contract leaves it open; when the signature itself is
        # unclear, the parts not shown covered stay in the note only
        missing = (
            []
            if status == "met"
            else ([gdef.requirement_id] if status == "unclear" else parts) or [gdef.requirement_id]
        )
        results.append(
            GateCheck(
                id=gate_id,  # type: ignore[arg-type]
                label=gdef.label[lang],
                status=status,  # type: ignore[arg-type]
                evidence=evidence,
                missing=missing,
                note=gate_note(gate_id, why, lang, parts),
            )
        )
    return results


def _explicit_customer_signature(text: str, people: People) -> bool:
    cues = load_rules().gates["contract_signed"].cues
    named = any(p.side == "customer" for _, _, p in people.mentions(text))
    return named or bool(cues["customer_signer"].search(text))
