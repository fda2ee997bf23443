"""Decide per dimension what the notes say: covered (specific), partial (vague), or missing (absent or deferred).

Each sentence is checked by one detector per dimension. A detector returns mentions: `specific`, `vague`,
`negated` (deferred or not discussed), `doubt` (a contradiction), or `ignored` (a trap such as our own price).
Mentions carry the exact sentence, so the evidence of every status is the notes' own wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from coach.qualify import lexicon as L
from coach.qualify import signals as S
from coach.qualify.models import ALL_DIMENSIONS
from coach.qualify.people import People, find_people
from coach.qualify.segment import Segment, normalise_label, segment

Level = Literal["specific", "vague", "negated", "doubt", "ignored"]


@dataclass
class Mention:
    """One sentence's contribution to one dimension."""

    dim: str
    seg: Segment
    level: Level
    reason: str
    direct: bool = True
    flag: str | None = None
    when: date | None = None
    rank: int = 0


@dataclass
class Context:
    """What every detector may look at: all sentences, the people, the call date and the decision makers."""

    segments: list[Segment]
    people: People
    ref: date
    decision_makers: set[str] = field(default_factory=set)
    ref_texts: set[str] = field(default_factory=set)


@dataclass
class Assessment:
    """The offline assessment: a status and its mentions per dimension, plus the call date."""

    status: dict[str, str]
    mentions: dict[str, list[Mention]]
    ref: date
    segments: list[Segment]
    # the learned model's own mentions (its eligible sentences: never an unconfirmed seller turn), kept where the
    # rules' mentions explain a status they agree on; the engine quotes them when the rules only quote the seller
    model_mentions: dict[str, list[Mention]] = field(default_factory=dict)

    def evidence(self, dim: str, limit: int = 3, mentions: list[Mention] | None = None) -> list[str]:
        """Return up to `limit` sentences that support the dimension's status (from `mentions` when given)."""
        level = {"covered": ("specific",), "partial": ("vague", "specific", "doubt"), "missing": ()}[
            self.status[dim]
        ]
        out: list[str] = []
        ms = sorted(self.mentions[dim] if mentions is None else mentions, key=lambda m: -m.rank)
        for wanted in level:
            for m in ms:
                if (
                    m.level == wanted
                    and m.seg.text not in out
                    and (
                        self.status[dim] != "covered"
                        or m.direct
                        or not any(x.direct for x in ms if x.level == wanted)
                    )
                ):
                    out.append(m.seg.text)
        return out[:limit]


# --- helpers -----------------------------------------------------------------------------------------------


def _negated_at(text: str, pos: int) -> re.Match[str] | None:
    """Return a deferral/absence signal scoped to the comma chunk around pos (short chunks join the next one)."""
    clause_start = 0
    clause_end = len(text)
    for s, e in S.clauses(text):
        if s <= pos <= e:
            clause_start, clause_end = s, e
            break
    chunks: list[tuple[int, int]] = []
    start = clause_start
    for m in re.finditer(r",", text[clause_start:clause_end]):
        chunks.append((start, clause_start + m.start()))
        start = clause_start + m.end()
    chunks.append((start, clause_end))
    for i, (s, e) in enumerate(chunks):
        if s <= pos <= e and i > 0:
            for j in range(i - 1, -1, -1):
                ps, pe = chunks[j]
                m = S.DEFER.search(text, ps, pe)
                if m and not S.NOT_A_PROBLEM.search(text[ps:pe]) and not _only_in_detail(text, m):
                    if all(len(text[a:b].split()) <= 5 for a, b in chunks[j + 1 : i + 1]):
                        return m
                    break
                if len(text[ps:pe].split()) > 5:
                    break
        if s <= pos <= e:
            lo, hi = s, e
            exists = re.search(
                r"\b(?:vorhanden|exists?|available|da|gibt es|genehmigt|approved|there|ja|yes)\b",
                text[s:e],
                re.I,
            )
            indirect = re.match(r"\W*(?:wer|who|wann|when|wie|how|ob|whether)\b", text[s:e], re.I)
            if (len(text[s:e].split()) <= 3 or indirect) and i + 1 < len(chunks) and not exists:
                hi = chunks[i + 1][1]
            if len(text[s:e].split()) <= 3 and i > 0 and hi == e:
                lo = chunks[i - 1][0]
            window = text[lo:hi]
            for pattern in (S.DEFER, S.ABSENT):
                for m in pattern.finditer(window):
                    around = window[max(0, m.start() - 25) : m.end() + 25]
                    if not S.NOT_A_PROBLEM.search(around) and not _only_in_detail(window, m):
                        return m
            return None
    return None


_IN_DETAIL = re.compile(
    r"^\W*(?:\w+\s+)?(?:in detail|im detail|genauer|näher|in depth|im einzelnen|ausführlich)", re.I
)


def _only_in_detail(text: str, m: re.Match[str]) -> bool:
    """Return True for 'not discussed in detail': a partial mention, not a gap."""
    return bool(_IN_DETAIL.match(text[m.end() : m.end() + 30]))


def _clause_of(text: str, pos: int) -> str:
    return S.clause_at(text, pos)


def _vendor_voice(seg: Segment) -> bool:
    return seg.role == "vendor"


def _own_label(seg: Segment) -> bool:
    if not seg.label:
        return False
    name = normalise_label(seg.label)
    return name in L.OWN_LABELS or bool(
        re.match(
            r"^(?:unser\w*|our|my|mein\w*)\s+(?:plan|vorgehen|approach|angebot|offer|next|nächste\w*|termin\w*|"
            r"agenda|ziel|goal|schritt\w*|step\w*|todo\w*|aufgabe\w*)",
            name,
        )
    )


def _meta_label(seg: Segment) -> bool:
    return (
        bool(seg.label)
        and normalise_label(seg.label or "") in L.META_LABELS
        and not L.notes_content(seg.label, seg.label_rest)
    )


def _label_dims(seg: Segment) -> tuple[str, ...]:
    if not seg.label:
        return ()
    name = normalise_label(seg.label)
    return L.LABELS.get(name) or L.LABELS.get(name.split(" ")[-1], ()) if len(name.split()) <= 3 else ()


def _label_negated(seg: Segment) -> bool:
    rest = seg.label_rest.strip()
    if not rest or (
        L.PLACEHOLDER.match(rest) and not re.search(_IN_DETAIL.pattern.lstrip("^\\W*"), rest, re.I)
    ):
        return True
    first = re.split(r"[,;]|\s[–—-]\s", rest, maxsplit=1)[0]
    m = S.DEFER.search(first) or S.ABSENT.search(first)
    return bool(m) and not S.NOT_A_PROBLEM.search(first) and not _only_in_detail(first, m)  # type: ignore[arg-type]


# --- detectors ---------------------------------------------------------------------------------------------

Detector = Callable[[Segment, Context, bool, bool], list[Mention]]


def _goals(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    for s, e in S.clauses(text):
        clause = text[s:e]
        if L.GOAL_OURS.search(clause):
            if L.GOAL_NOUN.search(clause) or L.GOAL_VERB.search(clause):
                out.append(Mention("goals", seg, "ignored", "our suggestion, not the customer's goal"))
            continue
        if L.GOAL_NOT.search(clause) and not L.GOAL_VERB.search(clause):
            continue
        conditional = bool(L.NEG_COND.search(seg.text) or L.POS_COND.search(seg.text))
        cues = [
            m
            for m in (
                L.GOAL_NOUN.search(clause),
                L.GOAL_VERB.search(clause),
                L.GOAL_TARGET_NUMBER.search(clause),
                L.GOAL_PURPOSE.search(clause),
                L.GOAL_NEED.search(clause),
            )
            if m and not (conditional and m.re is not L.GOAL_NOUN)
        ]
        # a goal cue next to 'not discussed' only counts when another goal cue in the clause is not negated
        cue = next((m for m in cues if not _negated_at(text, s + m.start())), cues[0] if cues else None)
        if (
            not cue
            and context
            and (
                re.match(_GOAL_ANSWER_START, clause, re.I)
                or re.search(r"\b(?:soll\w*|should|want\w*|möchte\w*|wollen)\b", clause, re.I)
            )
        ):
            cue = L.GOAL_QUANT.search(clause) or S.PERCENT.search(clause)
        if not cue and not (forced and s == 0):
            continue
        pos = s + (cue.start() if cue else 0)
        if _negated_at(text, pos):
            out.append(Mention("goals", seg, "negated", "goals not discussed or not set"))
            continue
        if L.GOAL_PAST.search(clause):
            out.append(Mention("goals", seg, "ignored", "a past goal"))
            continue
        quant = (
            L.GOAL_QUANT.search(clause)
            or S.PERCENT.search(clause)
            or _number_outside_times(clause, ctx.ref)
            or any(not t.vague and not t.past for t in S.find_times(clause, ctx.ref))
        )
        need_only = cue is not None and cue.re is L.GOAL_NEED and not L.GOAL_NOUN.search(clause)
        if quant and (not need_only or context) and not S.HEDGE.search(clause):
            out.append(Mention("goals", seg, "specific", "quantified goal"))
        else:
            out.append(Mention("goals", seg, "vague", "goal without a number"))
    return out


_GOAL_ANSWER_START = (
    r"\W*(?:cut(?:ting)?|reduc\w*|increas\w*|grow\w*|rais\w*|lower\w*|improv\w*|get(?:ting)?|bring\w*|halv\w*|"
    r"doubl\w*|drop\w*|lift\w*|boost\w*|achiev\w*|senken|steigern|reduzieren|erhöhen|halbieren|verdoppeln|verkürzen)\b"
)


def _number_outside_times(text: str, ref: date) -> bool:
    spans = [(t.start, t.end) for t in S.find_times(text, ref)]
    for m in re.finditer(r"\d[\d.,]*", text):
        if not any(a <= m.start() < b for a, b in spans):
            return True
    return False


def _plans(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    if L.POS_COND.search(seg.text) and not forced:
        return out  # what success would bring, not the plan
    if L.PLAN_CONCERN.search(seg.text) and not forced:
        return out  # a worry about the rollout is a risk, not the customer's plan
    for s, e in S.clauses(text):
        clause = text[s:e]
        if L.PLAN_NOT.search(clause):
            continue
        if S.MONEY.search(clause) and (
            L.BUDGET_CUE.search(clause) or L.BUDGET_MONEY_CUE.search(clause) or "budget" in _label_dims(seg)
        ):
            continue  # an amount set aside for a purpose is budget evidence
        strong = L.PLAN_STRONG.search(clause) or L.PLAN_INTENT_WITH_SIZE.search(clause)
        weak = L.PLAN_WEAK.search(clause)
        lead = forced and s == 0
        if not (strong or weak or lead):
            continue
        cue = strong or weak
        pos = s + (cue.start() if cue else 0)
        if _negated_at(text, pos):
            out.append(Mention("plans", seg, "negated", "no plan yet"))
            continue
        if L.PLAN_HOW_OPEN.search(text):
            out.append(Mention("plans", seg, "negated", "how is still open"))
        inside_weak = bool(strong and weak and weak.start() <= strong.start() < weak.end())
        words = len(re.findall(r"\w+", clause))
        concrete = (
            S.NUMBER.search(clause)
            or L.PLAN_SEQUENCE.search(clause)
            or S.find_times(clause, ctx.ref)
            or words >= 7
        )
        if (
            (strong or lead)
            and not inside_weak
            and concrete
            and not _hedged_outside_time(clause, ctx.ref)
            and (strong or words >= 3)
        ):
            out.append(Mention("plans", seg, "specific", "concrete plan"))
        else:
            out.append(Mention("plans", seg, "vague", "intention without concrete steps"))
    return out


def _hedged_outside_time(clause: str, ref: date) -> bool:
    """Return True when a hedge qualifies the statement itself, not only its timing ('ideally sometime this year')."""
    spans = [(t.start, t.end) for t in S.find_times(clause, ref)]
    for m in S.HEDGE.finditer(clause):
        if not any(0 <= a - m.end() <= 12 for a, _ in spans):
            return True
    return False


def _challenges(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    if seg.role == "vendor":
        return out
    for s, e in S.clauses(text):
        clause = text[s:e]
        if L.CHALLENGE_NOT.search(clause) or S.NOT_A_PROBLEM.search(clause):
            continue
        cue = L.CHALLENGE.search(clause)
        biggest = re.search(
            r"\b(?:biggest|second biggest|größte\w*|main|höchste\w*)\s+(?:\w+\s+)?(?:cost|expense|kosten\w*|posten)",
            clause,
            re.I,
        )
        if not (cue or biggest or (forced and s == 0)):
            continue
        pos = s + (cue.start() if cue else 0)
        if _negated_at(text, pos) and not (
            cue and re.match(r"kein|keine|can|kann|unable|no ", cue.group(0), re.I)
        ):
            out.append(Mention("challenges", seg, "negated", "no challenge named"))
            continue
        if cue is None and biggest:
            out.append(Mention("challenges", seg, "vague", "a cost named without a problem"))
            continue
        specific = (
            S.NUMBER.search(clause)
            or L.CHALLENGE_CONCRETE.search(clause)
            or S.MONEY.search(clause)
            or len(re.findall(r"\w+", clause)) >= 10
        )
        vague_words = L.CHALLENGE_VAGUE.search(clause) and not S.NUMBER.search(clause)
        if specific and not S.HEDGE.search(clause) and not vague_words:
            out.append(Mention("challenges", seg, "specific", "concrete problem"))
        else:
            out.append(Mention("challenges", seg, "vague", "problem named without specifics"))
    return out


def _timeline(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    full = seg.text
    if seg.role == "vendor":
        return out
    # explicit "no timeline" / "no start date"
    for m in L.TIMELINE_CUE.finditer(text):
        word = m.group(0).lower()
        if word in (
            "muss",
            "must",
            "soll",
            "should",
            "laufen",
            "stehen",
            "ready",
            "bereit",
            "results",
            "result",
        ):
            continue
        if _negated_at(text, m.start()):
            out.append(Mention("timeline", seg, "negated", "no date set"))
            break
    if forced and _label_negated(seg):
        return out or [Mention("timeline", seg, "negated", "no date set")]
    doubt = L.TIMELINE_DOUBT.search(text)
    if doubt:
        out.append(Mention("timeline", seg, "doubt", "timing contradicted"))
    goalish = bool(
        {"goals", "plans"} & set(_label_dims(seg))
        or L.GOAL_NOUN.search(text)
        or L.GOAL_VERB.search(text)
        or L.PLAN_STRONG.search(text)
        or L.PLAN_WEAK.search(text)
        or L.DESIRE.search(text)
    )
    past_sentence = bool(L.GOAL_PAST.search(text))
    contract = L.CONTRACT_END.search(text)
    if (
        (L.NEG_COND.search(text) or L.POS_COND.search(text))
        and not L.TIMELINE_CUE.search(text)
        and not forced
    ):
        return out
    for t in S.find_times(text, ctx.ref):
        if t.text.strip() in ctx.ref_texts:
            continue
        clause = _clause_of(text, t.start)
        if S.MONEY.search(clause) and (L.BUDGET_CUE.search(clause) or L.BUDGET_MONEY_CUE.search(clause)):
            continue  # the year of a budget ("150.000 € für dieses Jahr freigegeben") is not the project timeline
        if L.TIMELINE_TRAP.search(clause) or L.TIMELINE_TRAP.search(
            full[: max(0, len(full) - len(text))] or ""
        ):
            out.append(
                Mention(
                    "timeline", seg, "ignored", "a meeting or follow-up date, not the timing of the project"
                )
            )
            continue
        if t.past or past_sentence or S.PAST.search(text[max(0, t.start - 30) : t.end + 5]):
            continue
        if t.kind == "year" and S.MONEY.search(text[max(0, t.start - 25) : t.start]):
            continue
        bare = (
            len(re.findall(r"\w+", text)) <= 4
            and len(re.findall(r"\w+", t.text)) >= len(re.findall(r"\w+", text)) - 2
        )
        prep = (
            bare
            or L.TIME_PREP.search(text[max(0, t.start - 25) : t.start])
            or L.TIME_PREP_NEAR.search(text[max(0, t.start - 45) : t.start])
        )
        direct = forced or context or bool(L.TIMELINE_CUE.search(clause)) or bool(prep)
        if contract:
            level: Level = "specific" if L.CONTRACT_INTENT.search(text) else "vague"
            out.append(Mention("timeline", seg, level, "contract end date", direct=True, when=t.when))
            continue
        if not direct and not goalish:
            continue
        if t.vague or S.HEDGE.search(clause):
            out.append(Mention("timeline", seg, "vague", "vague timing", direct=direct, when=t.when))
        else:
            out.append(
                Mention("timeline", seg, "specific", "date for the project", direct=direct, when=t.when)
            )
    return out


def _money_outside_traps(text: str) -> list[re.Match[str]]:
    amounts: list[re.Match[str]] = []
    for s, e in S.clauses(text):
        clause = text[s:e]
        if L.BUDGET_TRAP.search(clause):
            continue
        for m in S.MONEY.finditer(text, s, e):
            before = text[max(0, m.start() - 22) : m.start()]
            if L.THRESHOLD.search(text[max(0, m.start() - 22) : m.end()]) and L.APPROVAL.search(text):
                continue
            if re.search(r"\b(?:above|over|more than|exceeding)\s*[€$£]?\s*$", before, re.I):
                continue
            amounts.append(m)
    return amounts


_BUDGET_HEDGE = re.compile(
    r"\b(?:thinks?|glaubt|meint|schätzt|estimates?|guess\w*|vermute\w*|hofft|hopes?)\b", re.I
)


# an amount that still waits for approval is known, not allocated (label guide: partial)
_UNAPPROVED = S.PENDING_APPROVAL
_AMOUNT = re.compile(r"\b(?:höhe|summe|betrag|amount|how much|wie ?viel|figure|zahl)\b", re.I)


def _time_spent(text: str, m: re.Match[str]) -> bool:
    """Return True for 'spend 15 hours a week': time, not money."""
    if not re.match(r"(?i)spend|ausgeben", m.group(0)):
        return False
    clause = _clause_of(text, m.start())
    return not S.MONEY.search(clause) and bool(
        re.search(r"(?i)\b(?:hours?|stunden|days?|tage[n]?|weeks?|wochen|minut\w+|time|zeit)\b", clause)
    )


def _budget(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    if seg.role == "vendor":
        if S.MONEY.search(text):
            out.append(Mention("budget", seg, "ignored", "our price, not the customer's budget"))
        return out
    if L.BUDGET_NOT.search(text) and not re.search(r"\b(?:geld|money|€|eur)\b", text, re.I):
        return out
    success = L.POS_COND.search(text)
    money_at = [m.start() for m in (*L.BUDGET_CUE.finditer(text), *S.MONEY.finditer(text))]
    if success and not forced and money_at and min(money_at) > success.start():
        return out  # money that success would bring or free up is an upside, not the budget for this
    cues = [
        m
        for m in L.BUDGET_CUE.finditer(text)
        if not L.BUDGET_NOT.search(text[max(0, m.start() - 6) : m.end() + 2]) and not _time_spent(text, m)
    ]
    trap_clauses = [text[s:e] for s, e in S.clauses(text) if L.BUDGET_TRAP.search(text[s:e])]
    if trap_clauses and S.MONEY.search(" ".join(trap_clauses)):
        out.append(
            Mention("budget", seg, "ignored", "our quoted price or a competitor's, not the customer's budget")
        )
    cues = [m for m in cues if not L.BUDGET_TRAP.search(_clause_of(text, m.start()))]
    if not cues and _money_outside_traps(text):
        cues = [
            m
            for m in L.BUDGET_MONEY_CUE.finditer(text)
            if not L.BUDGET_TRAP.search(_clause_of(text, m.start()))
        ]
    if not cues and not forced and not (context and _money_outside_traps(text)):
        return out
    named_amount = bool(_money_outside_traps(text))
    if forced and _label_negated(seg) and not named_amount:
        return [*out, Mention("budget", seg, "negated", "budget not discussed")]
    live = []
    amount_open = forced and named_amount and _label_negated(seg)
    for m in cues:
        neg = _negated_at(text, m.start())
        if neg and (named_amount or _AMOUNT.search(text[max(0, neg.start() - 20) : neg.end() + 20])):
            # an amount is named but not approved yet, or the budget exists and only its amount is open
            amount_open = True
            live.append(m)
        elif neg:
            out.append(Mention("budget", seg, "negated", "budget not discussed or open"))
        else:
            live.append(m)
    if not live and not (forced and not cues) and not (context and not cues):
        return out
    amounts = _money_outside_traps(text)
    amount_open = amount_open or bool(amounts and _UNAPPROVED.search(text))
    unsure = _BUDGET_HEDGE.search(text) or S.HEDGE.search(text) or S.DEFER.search(text) or amount_open
    firm = L.BUDGET_FIRM.search(text) or L.BUDGET_MONEY_CUE.search(text)
    if amounts and (firm or forced or context) and not unsure:
        out.append(Mention("budget", seg, "specific", "an amount the customer has for this"))
    elif amounts and amount_open:
        out.append(Mention("budget", seg, "vague", "an amount still awaiting approval"))
    elif amounts:
        out.append(Mention("budget", seg, "vague", "what they spend today, not a budget"))
    else:
        out.append(Mention("budget", seg, "vague", "budget mentioned without an amount"))
    return out


def _authority(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.body
    if seg.role == "vendor":
        return out
    if forced and _label_negated(seg):
        return [Mention("authority", seg, "negated", "decision maker not discussed")]
    cue = (
        next((m for m in L.DECISION.finditer(text) if not _open_matter(text, m)), None)
        or L.DECISION_SELF.search(text)
        or L.DECISION_SELF_INV.search(text)
        or re.search(
            r"\b(?:would be|will be|is|are|be|wird|wäre|sind)\s+(?:\w+\s+)?(?:involved|beteiligt)\b",
            text,
            re.I,
        )
    )
    if not cue and not forced and not context:
        return out
    pos = cue.start() if cue else 0
    clause = _clause_of(text, pos)
    if (
        cue
        and re.match(r"(?i)genehm|freigeg|approv|bewillig", cue.group(0))
        and not L.ROLE_GROUP.search(text)
        and not ctx.people.customer_names_in(text)
    ):
        return out
    ours = L.AUTHORITY_NOT.search(clause)
    if ours and seg.role != "customer":
        out.append(
            Mention(
                "authority",
                seg,
                "ignored",
                "our own colleague or a regulator, not the customer's decision maker",
            )
        )
        return out
    if ours and re.search(r"authorit|behörde|regulator", ours.group(0), re.I):
        out.append(Mention("authority", seg, "ignored", "a regulator, not the customer's decision maker"))
        return out
    negated = _negated_at(text, pos) if cue else None
    if negated:
        out.append(Mention("authority", seg, "negated", "who decides is open"))
        rest = text[negated.end() :] + " " + text[: max(0, negated.start())]
        guess = L.ROLE_GROUP.search(text[pos + len(cue.group(0)) :] if cue else rest)
        if (guess and S.HEDGE.search(text)) or _deciding_names(ctx, text):
            out.append(Mention("authority", seg, "vague", "a guess about who decides"))
        return out
    names = _deciding_names(ctx, text)
    self_named = bool(
        L.DECISION_SELF.search(text)
        and re.match(r"(?i)i\b|ich\b", L.DECISION_SELF.search(text).group(0))  # type: ignore[union-attr]
        and seg.role == "customer"
        and seg.speaker_name
    )
    inverted = L.DECISION_SELF_INV.search(text)
    if inverted and re.search(r"(?i)\b(?:ich|i)\b", inverted.group(0)):
        self_named = seg.role == "customer" and bool(seg.speaker_name)
    pronoun = L.DECISION_SELF.search(text)
    third = (pronoun and re.match(r"(?i)(?:he|she|er|sie)\b", pronoun.group(0))) or (
        inverted and re.search(r"(?i)\b(?:er|sie|he|she)\b", inverted.group(0))
    )
    if third and not names:
        names = _recent_person(ctx, seg)
    if context and not cue and not names:
        if L.ROLE_GROUP.search(text) and not S.DEFER.search(text):
            out.append(Mention("authority", seg, "vague", "a role or group without a name"))
        return out
    if (names or self_named) and not S.HEDGE.search(clause):
        out.append(Mention("authority", seg, "specific", "a named decision maker"))
        for role in re.finditer(
            r"\b(?i:der|die|das|the|our|unser\w*|ihr\w*|their)\s+([\w-]+)\s*,\s*"
            r"(?:(?i:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.)|[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ])",
            text,
        ):
            ctx.decision_makers.add(role.group(1).lower())
        for n in names:
            for token in re.findall(r"[A-ZÄÖÜ][a-zäöüß'’-]+", n):
                if token.lower() in ctx.people.customer and token not in ("Dr", "Herr", "Frau"):
                    ctx.decision_makers.add(token.lower())
        if self_named and seg.speaker_name:
            for token in seg.speaker_name.split():
                ctx.decision_makers.add(token.lower())
    elif L.ROLE_GROUP.search(text) or names:
        out.append(Mention("authority", seg, "vague", "a role or group without a name"))
    elif cue:
        out.append(Mention("authority", seg, "vague", "decision mentioned without a person"))
    return out


_PREPARE = re.compile(
    r"\b(?:bereitet\b.{0,40}\bvor\b|vorbereit\w*|recommend\w*|empfiehlt|empfehlung|vorschlagsrecht|prepares?|briefs?|"
    r"influenc\w*|einfluss\w*|champion|berät|advises?|present\w*|präsentier\w*|stellt \w+ vor|find(?:s)? out|"
    r"herausfind\w*|erkundig\w*|fragt nach)\b",
    re.I,
)


def _deciding_names(ctx: Context, text: str) -> list[str]:
    """Return customer people named where the decision is (not those who only prepare or recommend it)."""
    names: list[str] = []
    for chunk in re.split(r",|;|\s[–—-]\s|\bund\b|\band\b", text):
        if _PREPARE.search(chunk):
            continue
        names.extend(ctx.people.customer_names_in(chunk))
        names.extend(ctx.people.named_by_role(chunk))
    return names


def _recent_person(ctx: Context, seg: Segment) -> list[str]:
    for prev in reversed(ctx.segments[max(0, seg.index - 2) : seg.index]):
        names = ctx.people.customer_names_in(prev.text)
        if names:
            return names
    # 'she decides alone' in notes about a single customer person refers to that person
    people = {v for v in ctx.people.customer.values() if v not in ("Dr", "Prof", "Herr", "Frau")}
    if len(people) == 1:
        return list(people)
    return []


def _open_matter(text: str, m: re.Match[str]) -> bool:
    """Return True for 'nothing decided' / 'hasn't decided how much': an open matter, not who decides."""
    if not re.match(r"(?i)decided|entschieden", m.group(0)):
        return False
    before = text[max(0, m.start() - 25) : m.start()]
    return bool(
        re.search(r"(?i)\b(?:not|n't|nicht|nichts|nix|nothing|noch|yet|kein\w*)\b[^.;]*$|n't\s*$", before)
    )


# a hedge that doubts the whole answer ("hard to say"), not only a detail of it ("probably by a lot")
_WHOLE_HEDGE = re.compile(
    r"\b(?:schwer zu sagen|hard to say|not sure|nicht sicher|unsicher|keine ahnung|no idea|weiß (?:ich )?nicht|"
    r"don'?t know|i guess|who knows|wer weiß)\b",
    re.I,
)


def _negative(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.text
    if seg.role == "vendor":
        return out
    if L.NEG_NOT.search(text):
        return out
    cue = L.NEG_COND.search(text)
    past_loss = L.NEG_PAST_LOSS.search(text) and S.MONEY.search(text)
    if not cue and not forced and not context and not past_loss:
        return out
    if cue and L.POS_COND.search(text) and not re.search(r"\b(?:nicht|not|n't|miss|verfehl)", text, re.I):
        return out
    if forced and _label_negated(seg):
        return [Mention("negative_consequences", seg, "negated", "consequences not discussed")]
    if cue and _negated_at(text, cue.start()):
        return [Mention("negative_consequences", seg, "negated", "consequences not discussed")]
    concrete = L.NEG_CONCRETE.search(text)
    if cue or forced:
        if past_loss and not re.search(
            r"\b(?:wenn|falls|if|otherwise|sonst|would|würde|wären|would be)\b", text, re.I
        ):
            out.append(
                Mention("negative_consequences", seg, "vague", "a past loss that illustrates the risk")
            )
        elif concrete and not S.HEDGE.search(text):
            out.append(Mention("negative_consequences", seg, "specific", "the cost of missing the goal"))
        else:
            out.append(Mention("negative_consequences", seg, "vague", "a risk named without specifics"))
    elif context:
        if concrete and not _WHOLE_HEDGE.search(text):
            out.append(Mention("negative_consequences", seg, "specific", "the cost of missing the goal"))
        elif concrete:
            out.append(Mention("negative_consequences", seg, "vague", "a risk named without specifics"))
    elif past_loss:
        out.append(Mention("negative_consequences", seg, "vague", "a past loss that illustrates the risk"))
    return out


def _positive(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.text
    if seg.role == "vendor":
        return out
    cond = L.POS_COND.search(text)
    if cond and re.search(r"\b(?:nicht|not|n't)\b", text[cond.start() : cond.end() + 10], re.I):
        cond = None
    reward = L.POS_REWARD.search(text)
    promised = re.search(
        r"\b(?:(?:has|have) been promised|was promised|wurde \w+ versprochen|versprochen)\b", text, re.I
    )
    then = (
        bool(re.match(r"\W*(?:dann|then|that way)\b", text, re.I))
        and bool(_BENEFIT.search(text))
        and _after_goal(seg, ctx)
    )
    answer = context and not seg.is_question and len(re.findall(r"\w+", text)) >= 4
    if not (cond or forced or (promised and reward) or then or answer):
        return out
    if forced and _label_negated(seg):
        return [Mention("positive_implications", seg, "negated", "not discussed")]
    if cond and not reward and L.BUDGET_CUE.search(text[: cond.start()]):
        return out  # 'budget is no problem if it pays off' is a condition on money, not an upside
    if (reward or L.POS_CONCRETE.search(text) or L.PLAN_STRONG.search(text)) and not S.HEDGE.search(text):
        out.append(Mention("positive_implications", seg, "specific", "what success brings"))
    else:
        out.append(Mention("positive_implications", seg, "vague", "success named without specifics"))
    return out


_BENEFIT = re.compile(
    r"\b(?:entspannter|leichter|einfacher|besser|schneller|günstiger|ruhiger|sicherer|easier|better|faster|cheaper|safer|"
    r"calmer|mehr|more|weniger|less|können wir|could|we can|würde\w*|would|sparen|save\w*|gewinn\w*|gain\w*)\b",
    re.I,
)


def _after_goal(seg: Segment, ctx: Context) -> bool:
    """Return True when the sentence before (same speaker or block) states a goal ('Ziel ist X. Dann ...')."""
    if seg.index == 0:
        return False
    prev = ctx.segments[seg.index - 1]
    same = prev.block == seg.block or (prev.speaker_name and prev.speaker_name == seg.speaker_name)
    return bool(same and (L.GOAL_NOUN.search(prev.text) or L.GOAL_VERB.search(prev.text)))


def _refers_to_dm(seg: Segment, ctx: Context) -> bool:
    dms = ctx.decision_makers
    if not dms:
        return bool(L.DM_ROLE_WORD.search(seg.text))
    if seg.speaker_name and any(t.lower() in dms for t in seg.speaker_name.split()):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß'’-]+", seg.text)}
    if words & dms:
        return True
    if L.DM_ROLE_WORD.search(seg.text):
        return True
    if re.search(r"\b(?:she|he|sie|er|ihr|his|her|ihm|him)\b", seg.text, re.I):
        for prev in ctx.segments[max(0, seg.index - 1) : seg.index]:
            prev_words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß'’-]+", prev.text)}
            if prev_words & dms:
                return True
    return False


def _will(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.text
    if seg.role == "vendor":
        return out
    strong = L.WILL_STRONG.search(text)
    weak = L.WILL_WEAK.search(text)
    if not (strong or weak or forced):
        return out
    if not (forced or _refers_to_dm(seg, ctx)):
        return out
    hearsay = L.WILL_HEARSAY.search(text)
    level: Level = "vague" if hearsay or S.HEDGE.search(text) else "specific"
    if weak:
        out.append(
            Mention(
                "will_to_change", seg, level, "the decision maker sees little reason to change", flag="weak"
            )
        )
    elif strong:
        out.append(Mention("will_to_change", seg, level, "the decision maker pushes the change"))
    else:
        out.append(Mention("will_to_change", seg, "vague", "will to change mentioned"))
    return out


def _info(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.text
    if seg.role == "vendor":
        return out
    for s, e in S.clauses(text):
        clause = text[s:e]
        if L.INFO_NOT.search(clause):
            continue
        cue = L.INFO.search(clause)
        overload = L.INFO_OVERLOAD.search(clause)
        if (
            cue
            and re.match(r"(?i)vergleich|compar", cue.group(0))
            and not re.search(
                r"(?i)(?:anbieter|vendor|provider|lösung|solution|tool|proposal|broker|option|how to|wie)",
                clause,
            )
        ):
            cue = None
        if not (cue or overload or (forced and s == 0) or context):
            continue
        if not (cue or overload) and context and (_negated_at(text, s) or len(clause.split()) < 4):
            continue
        specific = (
            L.INFO_SPECIFIC.search(clause) and not S.HEDGE.search(clause) and (cue or overload or forced)
        )
        flag = "overload" if overload else None
        out.append(
            Mention(
                "information_relevance",
                seg,
                "specific" if specific else "vague",
                "how the buyer evaluates" if not flag else "more information than the buyer can use",
                flag=flag,
            )
        )
    return out


def _offer_fit(seg: Segment, ctx: Context, forced: bool, context: bool) -> list[Mention]:
    out: list[Mention] = []
    text = seg.text
    ours = L.OUR_OFFER.search(text) or L.OUR_THING.search(text)
    if ours and seg.role == "customer" and not re.match(r"(?i)das haben wir", ours.group(0)):
        ours = None
    if not ours and not forced:
        return _fit_verdict(seg)
    poor = L.FIT_POOR.search(text)
    good = L.FIT_GOOD.search(text)
    if not (poor or good):
        return out
    hedged = L.FIT_HEDGE.search(text) and not poor
    if poor:
        out.append(Mention("offer_fit", seg, "specific", "our offer misses the core problem", flag="poor"))
    else:
        out.append(
            Mention(
                "offer_fit", seg, "vague" if hedged else "specific", "our offer addresses the core problem"
            )
        )
    return out


def _fit_verdict(seg: Segment) -> list[Mention]:
    """Return the customer's own verdict on our offer ("exactly what we need", "then you're out"), if any."""
    if seg.role == "vendor":
        return []
    if L.FIT_VERDICT_DOUBT.search(seg.text) and not L.FIT_VERDICT_YES.search(seg.text):
        return []
    if L.FIT_VERDICT_POOR.search(seg.text):
        return [Mention("offer_fit", seg, "specific", "our offer misses the core problem", flag="poor")]
    if L.FIT_VERDICT_GOOD.search(seg.text):
        level: Level = "vague" if L.FIT_HEDGE.search(seg.text) else "specific"
        return [Mention("offer_fit", seg, level, "our offer addresses the core problem")]
    return []


DETECTORS: dict[str, Detector] = {
    "goals": _goals,
    "plans": _plans,
    "challenges": _challenges,
    "timeline": _timeline,
    "budget": _budget,
    "authority": _authority,
    "negative_consequences": _negative,
    "positive_implications": _positive,
    "will_to_change": _will,
    "information_relevance": _info,
    "offer_fit": _offer_fit,
}

_QUESTION_DIMS: list[tuple[str, re.Pattern[str]]] = [
    (
        "goals",
        re.compile(
            r"\b(?:ziel\w*|goals?|worum geht|what (?:do you want|are you trying)|achieve|erreichen|success|erfolg)\b",
            re.I,
        ),
    ),
    ("plans", re.compile(r"\b(?:plan\w*|vorgehen|how (?:will|do) you|wie (?:wollen|gehen) sie)\b", re.I)),
    ("challenges", re.compile(r"\b(?:problem\w*|challeng\w*|herausforder\w*|pain|hürde\w*)\b", re.I)),
    (
        "timeline",
        re.compile(
            r"\b(?:wann|when|bis wann|by when|how soon|timeline|zeitplan|zeitlich|make sense)\b", re.I
        ),
    ),
    ("budget", re.compile(r"\b(?:budget\w*|geld|money|how much|wie viel|invest\w*)\b", re.I)),
    (
        "authority",
        re.compile(
            r"\b(?:wer|who)\b.{0,40}\b(?:entscheid\w*|decid\w*|sign\w*|unterschreib\w*|involved|beteiligt|approv\w*|freigeb\w*|"
            r"makes? the (?:final )?call|final (?:say|word)|letzte wort)",
            re.I,
        ),
    ),
    (
        "negative_consequences",
        re.compile(
            r"\b(?:was passiert|what happens|what if|was wäre, wenn|risk\w*|risiko|wenn sich (?:\w+ )?nichts ändert|"
            r"if nothing changes|und wenn nicht|and if not|if (?:you|they) (?:don'?t|can'?t|miss|fail))\b",
            re.I,
        ),
    ),
    (
        "positive_implications",
        re.compile(
            r"\b(?:if (?:it|this|that) (?:works|succeeds|goes well)|wenn (?:es|das) (?:klappt|gelingt|funktioniert)|"
            r"what does success|what would (?:hitting|reaching|achieving|getting) (?:\w+ )?(?:mean|bring)|"
            r"was hätten (?:sie|wir|die) davon|was bringt (?:ihnen|es) (?:das|es)?|what'?s in it for)\b",
            re.I,
        ),
    ),
    (
        "information_relevance",
        re.compile(
            r"\b(?:kriteri\w*|criteri\w*|compar\w*|vergleich\w*|looked at|angesehen|other (?:providers|vendors|tools|options)|"
            r"andere\w* anbieter|alternativ\w*|competitor\w*|wettbewerb\w*)\b",
            re.I,
        ),
    ),
]


def _question_context(segments: list[Segment]) -> None:
    """Give customer answers in a transcript the dimensions of the rep's preceding question."""
    dims: tuple[str, ...] = ()
    for seg in segments:
        if seg.role == "vendor":
            dims = tuple(d for d, p in _QUESTION_DIMS if p.search(seg.text)) if seg.is_question else ()
            continue
        if seg.transcript and dims:
            seg.context_dims = dims


def assess(text: str, ref: date | None = None) -> Assessment:
    """Return the offline assessment of call notes: a status and its mentions for all eleven dimensions."""
    segments = segment(text)
    _question_context(segments)
    ctx = Context(segments=segments, people=find_people(segments), ref=ref or S.reference_date(text))
    ctx.ref_texts = S.reference_texts(text)
    mentions: dict[str, list[Mention]] = {d: [] for d in ALL_DIMENSIONS}
    order = [d for d in ALL_DIMENSIONS if d != "will_to_change"] + ["will_to_change"]
    active = [s for s in segments if not _meta_label(s)]
    for dim in order:
        for seg in active:
            if _own_label(seg):
                if dim in ("plans", "timeline", "goals"):
                    mentions[dim].append(Mention(dim, seg, "ignored", "our own plan or activity"))
                continue
            if seg.is_question and seg.role == "vendor":
                continue
            forced = dim in _label_dims(seg)
            context = dim in seg.context_dims
            if forced and dim not in ("timeline", "budget", "authority") and _label_negated(seg):
                mentions[dim].append(Mention(dim, seg, "negated", "not discussed yet"))
                continue
            found = DETECTORS[dim](seg, ctx, forced, context)
            for m in found:
                m.rank = 2 if forced else (1 if _primary(dim, seg) else 0)
            mentions[dim].extend(found)
    status = {dim: _status(dim, mentions[dim]) for dim in ALL_DIMENSIONS}
    return Assessment(status=status, mentions=mentions, ref=ctx.ref, segments=segments)


_PRIMARY = {
    "goals": L.GOAL_NOUN,
    "plans": re.compile(r"\b(?:plan\w*|vorgehen|maßnahmen|roadmap)\b", re.I),
    "challenges": re.compile(
        r"\b(?:problem\w*|pain\w*|challeng\w*|herausforder\w*|hürde\w*|headache)\b", re.I
    ),
    "timeline": L.TIMELINE_CUE,
    "budget": re.compile(r"\b(?:budget\w*|geld|money)\b", re.I),
    "authority": L.DECISION,
}


def _primary(dim: str, seg: Segment) -> bool:
    pattern = _PRIMARY.get(dim)
    return bool(pattern and pattern.search(seg.body))


def _status(dim: str, ms: list[Mention]) -> str:
    levels = {(m.level, m.direct) for m in ms}
    negated = any(m.level == "negated" for m in ms)
    doubt = any(m.level == "doubt" for m in ms)
    if ("specific", True) in levels:
        return "partial" if (negated or doubt) else "covered"
    if ("vague", True) in levels:
        return "partial"
    if ("specific", False) in levels and not negated:
        return "partial" if doubt else "covered"
    if ("vague", False) in levels and not negated:
        return "partial"
    return "missing"
