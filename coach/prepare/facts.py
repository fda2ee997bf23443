"""Facts for the preparation, found in the notes' own sentences: figures of the business case, contract terms,
the buying centre. Nothing is guessed: what no sentence says stays missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.prepare.names import TITLE_NAME
from coach.text.sentences import sentence_texts

NUMBER = r"\d[\d.,']*\s*(?:%|prozent|percent|€|eur\b|euro|k\b|tsd|mio|million|m\b|monate|months|jahre|years)"
_QUANT = re.compile(rf"(?:{NUMBER}|[€$]\s*\d)", re.IGNORECASE)
_VALUE = re.compile(
    r"business[- ]?case|einspar\w*|\bspar(?:t|en)\b|sav(?:e|es|ing|ings)\b|\broi\b|amorti\w*|payback|return on|nutzen|mehrwert|"
    r"value|ertrag|gewinn|umsatz|revenue|kosten\w* senk|reduce\w* cost",
    re.IGNORECASE,
)
CONTRACT_CUES: dict[str, re.Pattern[str]] = {
    "term": re.compile(
        r"\b(?:vertrags)?laufzeit\w*|\bcontract term\b|\bterm of\b|\bterm:|\b\d+\s*(?:monate|months|jahre|years)\s+"
        r"(?:laufzeit|term|vertrag|contract)|\bmindestlaufzeit|\bminimum term",
        re.IGNORECASE,
    ),
    "price": re.compile(
        r"\b(?:preis\w*|price\w*|pricing|lizenz\w*|licen[cs]e\w*|gebühr\w*|fees?|subscription|abonnement)\b|"
        r"(?:pro monat|per month|monatlich|monthly|pro jahr|per year|jährlich|yearly|annual\w*)\b.*(?:€|eur\b|\$|\d\s*k\b)|"
        r"(?:€|eur\b|\$|\d\s*k\b).*\b(?:pro monat|per month|monatlich|monthly|pro jahr|per year|jährlich|yearly)|"
        r"einmalig\w*\s+\d|one-?off|setup fee",
        re.IGNORECASE,
    ),
    "service_levels": re.compile(
        r"service[- ]?level\w*|\bsla\b|reaktionszeit\w*|response time\w*|verfügbarkeit|availability|uptime|"
        r"\bsupport\b",
        re.IGNORECASE,
    ),
    "prerequisites": re.compile(
        r"voraussetzung\w*|prerequisite\w*|zugang\w*|access to|\bfreigabe\w*|approval\w*|it-sicherheit|"
        r"it security|it readiness|it-bereitschaft|schnittstelle\w*|interface\w*|datenschutz\w*|data protection",
        re.IGNORECASE,
    ),
}
_SCOPE = re.compile(
    r"\b(?:pilot\w*|rollout|roll-out|einführung|implementation|plattform|platform|lösung|solution|modul\w*|"
    r"module\w*|lizenzen für|licen[cs]es for)\b",
    re.IGNORECASE,
)
COMPETITOR = re.compile(
    r"mitbewerb\w*|wettbewerb\w*|konkurren\w*|competitor\w*|competition|alternative[rn]? anbieter|other vendor\w*|"
    r"günstiger|cheaper",
    re.IGNORECASE,
)
CHEAPER = re.compile(r"günstiger|billiger|cheaper|less expensive|lower price", re.IGNORECASE)
DECISION_ROLE = re.compile(
    r"\b(?:geschäftsführ\w*|gf|ceo|cfo|coo|cto|cio|vorstand\w*|vorständin|inhaber\w*|owner|managing director|"
    r"general manager|president|präsident\w*|entscheider\w*|decision maker)\b",
    re.IGNORECASE,
)
_DECIDES = re.compile(
    r"\b(?:entscheid\w*|decides?|signs?|unterschreib\w*|gibt frei|approves?)\b", re.IGNORECASE
)
_PAREN = re.compile(r"\s*\(([^()]{2,120})\)")
_ROLE_AFTER = re.compile(r"\b(?:als|as)\s+((?:[A-ZÄÖÜ][\wäöüß-]+\s?){1,3})")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def sentences(text: str) -> list[str]:
    """Return the sentences of notes as written (one per line item or sentence)."""
    return [s.strip() for s in sentence_texts(text) if s.strip()]


def customer_sentences(text: str, lang: str | None = None) -> list[str]:
    """Return the sentences that may speak for the customer (never the seller's pitch), without markup."""
    return read_sentences(text, lang)[0]


def read_sentences(text: str, lang: str | None = None) -> tuple[list[str], list[str]]:
    """Return (the customer's sentences, the seller's quoted prices) of notes, without markup.

    A price we quote per unit and period ("Preis 4.500 EUR pro Monat") is no fact of the customer's situation, but it
    is a term of the contract frame the decision meeting settles.
    """
    from coach.text import parse_text
    from coach.text.sides import quoted_price, seller_statement

    doc = parse_text(text, lang=lang if lang in ("de", "en") else None)
    ours: list[str] = []
    quoted: list[str] = []
    for sent in doc.sentences:  # customer_sentences(): every side but the seller's
        clean = _MARKUP.sub("", sent.text).strip()
        if not clean or _TIMING_LINE.match(clean):
            continue
        if sent.side != "seller":
            ours.append(clean)
        elif not doc.is_transcript and quoted_price(sent.text) and not seller_statement(sent.text):
            quoted.append(clean)  # a price line of the seller's own notes, never a pitch said in a call
    return ours, quoted


_MARKUP = re.compile(r"</?(?:v|c|i|b|u|lang)\b[^>]{0,120}>|<\d{1,2}:\d{2}[:.\d]*>")
_TIMING_LINE = re.compile(r"^(?:WEBVTT\b.*|\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*)$")


def has_figure(sentence: str) -> bool:
    """Return whether a sentence carries a figure (amount, percentage, duration)."""
    return bool(_QUANT.search(sentence))


def value_sentences(sents: list[str]) -> list[str]:
    """Return sentences quantifying the business value (a figure next to a value word)."""
    return [s for s in sents if _QUANT.search(s) and _VALUE.search(s)]


# What today's problem costs the customer ("Leerfahrten kosten sie rund 40k im Monat", "Empty runs cost them about
# 40k per month"): a challenge or a consequence, never the price of the offer — unless a price word says so.
_PROBLEM_COST = re.compile(
    r"\b(?:kost\w*|cost\w*|verlier\w*|verlust\w*|lose[sn]?|losing|loss\w*|ausfall\w*|schaden\w*|damage\w*)\b",
    re.IGNORECASE,
)
_PRICE_WORD = re.compile(
    r"\b(?:preis\w*|price\w*|pricing|lizenz\w*|licen[cs]e\w*|gebühr\w*|fees?|subscription|abonnement|angebot\w*|"
    r"offer\w*|proposal|quote[sd]?|lösung|solution|plattform|platform|paket|package|pilot\w*|modul\w*|"
    r"pro\s+(?:nutzer\w*|user|seat|platz)|per\s+(?:user|seat|licen[cs]e))\b",
    re.IGNORECASE,
)


def _is_contract(part: str, sentence: str) -> bool:
    """Return whether a sentence states this contract part (a problem's cost per month is no price structure)."""
    if not CONTRACT_CUES[part].search(sentence):
        return False
    return not (part == "price" and _PROBLEM_COST.search(sentence) and not _PRICE_WORD.search(sentence))


def contract_sentences(
    sents: list[str], other: set[str] | frozenset[str] = frozenset()
) -> dict[str, list[str]]:
    """Return, per contract part (term, price, service levels, prerequisites), the sentences that state it.

    A sentence that is evidence of another kind (`other`: goals, challenges, implications) counts only when it
    carries a figure: "Forecasts monatlich statt quartalsweise" is a benefit, not a price structure; what today's
    problem costs per month is no price at all.
    """
    return {
        part: [s for s in sents if _is_contract(part, s) and (s not in other or has_figure(s))]
        for part in CONTRACT_CUES
    }


def scope_sentences(sents: list[str]) -> list[str]:
    """Return sentences describing what is offered (pilot, rollout, platform, modules)."""
    return [s for s in sents if _SCOPE.search(s) and not _QUANT.search(s.split(":")[0])]


@dataclass
class Person:
    """A person named in the notes with what the notes say about them."""

    name: str
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    decision_maker: bool = False
    mentions: list[str] = field(default_factory=list)


def _clean_name(raw: str) -> str:
    name = re.sub(r"^Herrn\b", "Herr", raw.strip())
    return re.sub(r"^(?:Hr\.)", "Herr", re.sub(r"^(?:Fr\.)", "Frau", name))


def surname(name: str) -> str:
    """Return the last word of a name (the key people are matched by)."""
    return name.split()[-1].strip(".,;:").lower()


def find_people(text: str, customer: str | None = None) -> list[Person]:
    """Return titled people (Frau/Herr/Mr/Ms/Dr …) with role and organisation from '(role, org)' or 'als <role>'."""
    people: dict[str, Person] = {}
    sents = sentences(text)
    for sent in sents:
        for m in TITLE_NAME.finditer(sent):
            name = _clean_name(m.group(0))
            key = surname(name)
            person = people.setdefault(key, Person(name=name))
            if len(name) > len(person.name) and not person.name.startswith(("Frau", "Herr", "Mr", "Ms")):
                person.name = name
            person.mentions.append(sent)
            paren = _PAREN.match(sent, m.end())
            if paren and person.role is None:
                parts = [p.strip() for p in paren.group(1).split(",") if p.strip()]
                if parts and not _EMAIL.fullmatch(parts[0]):
                    person.role = parts[0]
                if len(parts) > 1:
                    person.organisation = parts[1]
                email = _EMAIL.search(paren.group(1))
                if email:
                    person.email = email.group(0)
    for sent in sents:
        for key, person in people.items():
            if not re.search(rf"\b{re.escape(key)}\b", sent, re.IGNORECASE):
                continue
            if person.role is None and (role := _ROLE_AFTER.search(sent)):
                person.role = role.group(1).strip()
            if person.email is None:
                email = next((e for e in _EMAIL.findall(sent) if key in e.lower()), None)
                person.email = email
            if _DECIDES.search(sent) and (DECISION_ROLE.search(sent) or person.role):
                person.decision_maker = True
    for person in people.values():
        if person.role and DECISION_ROLE.search(person.role):
            person.decision_maker = True
        if person.organisation is None and customer:
            person.organisation = customer
    return list(people.values())


_ROLE = (
    r"(CFO|CEO|COO|CTO|CIO|CRO|Geschäftsführer(?:in)?|Geschaeftsfuehrer(?:in)?|GF|Vorstand|Vorständin|"
    r"(?:VP|Head of|Leiter(?:in)?|Director of)\s+[A-Z][\w&-]+|[A-ZÄÖÜ][\wäöü-]*[Ll]eiter(?:in)?)"
)
_ROLE_BEFORE_NAME = re.compile(rf"\b{_ROLE}\s+([A-ZÄÖÜ][a-zäöüßé'-]+(?:\s+[A-ZÄÖÜ][a-zäöüßé'-]+)?)\b")


def text_layer_people(text: str, customer: str | None = None, lang: str | None = None) -> list[Person]:
    """Return the customer-side people of the text layer (participants, and 'CFO Linda Park' forms), with roles.

    A person is a decision maker by role (CFO, CEO, Geschäftsführer, Vorstand …) or when a sentence naming them
    says they decide or sign.
    """
    from coach.text import parse_text

    doc = parse_text(text, lang=lang if lang in ("de", "en") else None)
    # line by line: a sentence the splitter ran across two lines ("Attendees: …, Head of Operations" + "Priya …
    # signs …") must not give one line's role or decision to the other line's person
    sents = [line.strip() for s in doc.sentences for line in s.text.split("\n") if line.strip()]
    people: dict[str, Person] = {}
    for p in doc.participants:
        if p.side == "seller":
            continue
        people[surname(p.name)] = Person(name=p.name, role=p.role, organisation=p.organisation, email=p.email)
    for sent in sents:
        for m in _ROLE_BEFORE_NAME.finditer(sent):
            name = m.group(2)
            if len(name.split()) < 2 and not name.istitle():
                continue
            key = surname(name)
            person = people.setdefault(key, Person(name=name))
            if len(name) > len(person.name):
                person.name = name
            person.role = person.role or m.group(1)
    for key, person in people.items():
        if person.role is None:  # "Priya Ramanathan, CFO, …", "Linda Park (CFO)"
            after = re.compile(rf"{re.escape(person.name)}\s*[,(]\s*{_ROLE}\b")
            person.role = next((m.group(1) for s in sents if (m := after.search(s))), None)
        for sent in sents:
            if re.search(rf"\b{re.escape(key)}\b", sent, re.IGNORECASE):
                person.mentions.append(sent)
                if _DECIDES.search(sent):
                    person.decision_maker = True
        if person.role and DECISION_ROLE.search(person.role):
            person.decision_maker = True
        if person.organisation is None:
            person.organisation = doc.customer_company or customer
    return list(people.values())


_BY_TYPE: dict[str, re.Pattern[str]] = {
    "price": re.compile(
        r"budget|bdgt|preis\w*|price\w*|pricing|kosten|cost\w*|teuer|expensive|günstiger|cheaper|rabatt|discount|"
        r"€|eur\b|euro|\d+\s*k\b|tsd|invest\w*",
        re.IGNORECASE,
    ),
    "competitor": COMPETITOR,
    "authority": re.compile(
        r"entscheid\w*|entsch\.|decide\w*|decision|signs?\b|unterschreib\w*|freigabe|approv\w*|"
        + DECISION_ROLE.pattern,
        re.IGNORECASE,
    ),
    "timing": re.compile(
        r"\bq[1-4]\b|quartal|quarter|monat\w*|month\w*|jahr\w*|year\w*|woche\w*|week\w*|bis\b|until|by\b|"
        r"zeitplan|timeline|go-?live|start\w*|termin\w*|\d{1,2}\.\d{1,2}\.|januar|january|dezember|december",
        re.IGNORECASE,
    ),
    "it_readiness": re.compile(
        r"\bit\b|it-\w+|schnittstelle\w*|interface\w*|integration\w*|datenschutz\w*|data protection|"
        r"zugang\w*|access\b|system\w*|\bsap\b|\berp\b|server|cloud|security|sicherheit|dsgvo|gdpr",
        re.IGNORECASE,
    ),
    "contract_terms": CONTRACT_CUES["term"],
}


def evidence_for(objection_type: str, sents: list[str]) -> list[str]:
    """Return the sentences that speak to an objection type (a budget sentence is no evidence of IT readiness)."""
    cue = _BY_TYPE.get(objection_type)
    if cue is None:
        return sents
    kept = [s for s in sents if cue.search(s)]
    if objection_type == "it_readiness":
        budget = _BY_TYPE["price"]
        kept = [
            s for s in kept if not budget.search(s) or re.search(r"\bit\b|schnittstelle|interface", s, re.I)
        ]
    return kept


_LEGAL = re.compile(
    r"\b(?:GmbH|AG|SE|KG|KGaA|Inc|Ltd|LLC|plc|Corp|Co|UG|e\.V|S\.A|B\.V|N\.V)\b\.?", re.IGNORECASE
)
ROLE_WORDS = re.compile(
    r"\b(?:account|executive|sales|vertrieb\w*|manager\w*|consultant|berater\w*|solution\w*|leiter\w*|head|director|"
    r"operations|finance|finanz\w*|controlling|einkauf|procurement|purchasing|it|engineer\w*|vp|chief|officer|"
    r"owner|specialist|spezialist\w*|assistant|assistenz|team|lead|partner|kunde|customer|ceo|cfo|coo|cto|cio)\b",
    re.IGNORECASE,
)


def org_words(org: str | None) -> set[str]:
    """Return the distinctive words of an organisation name ('Datalytics GmbH' -> {'datalytics'})."""
    if not org:
        return set()
    return {w.lower() for w in re.findall(r"[\wÄÖÜäöüß&-]{3,}", _LEGAL.sub(" ", org))}


def _org_like(text: str | None) -> str | None:
    """Return the parts of a role text that name an organisation rather than a role ('Acme Analytics',
    'Head of Finance, Larchmont Foods' -> 'Larchmont Foods')."""
    found = []
    for part in (p.strip() for p in (text or "").split(",")):
        words = part.split()
        if _LEGAL.search(part) or (
            words and all(w[:1].isupper() for w in words) and not ROLE_WORDS.search(part) and len(words) <= 3
        ):
            found.append(part)
    return ", ".join(found) or None


@dataclass
class SellerSide:
    """Our own side in a deal's texts: the seller's people (by surname) and organisations (by distinctive word)."""

    names: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)

    def add(self, name: str | None, organisation: str | None = None, role: str | None = None) -> None:
        """Record a seller-side person and the organisation their entry names."""
        if name:
            self.names.add(surname(name))
        for org in (organisation, _org_like(role)):
            self.orgs |= org_words(org)

    def has(self, name: str, organisation: str | None = None, role: str | None = None) -> bool:
        """Return whether a person belongs to our side: named as seller anywhere, or of a seller organisation."""
        if surname(name) in self.names:
            return True
        words = org_words(organisation) | org_words(_org_like(role))
        return bool(words & self.orgs)


def seller_side(texts: list[str], lang: str | None = None, seller_company: str | None = None) -> SellerSide:
    """Return our own people and organisations across texts: the text layer's seller-side participants, the
    seller company it found and the configured one (COACH_COMPANY)."""
    from coach.text import parse_text

    side = SellerSide()
    side.orgs |= org_words(seller_company)
    for text in texts:
        doc = parse_text(text, lang=lang if lang in ("de", "en") else None)
        side.orgs |= org_words(doc.seller_company)
        for p in doc.participants:
            if p.side == "seller":
                side.add(p.name, p.organisation, p.role)
        for org in doc.organisations:
            if org.side == "seller":
                side.orgs |= org_words(org.name)
    return side


APPROVED = re.compile(
    r"\b(?:freigegeben|genehmigt|bewilligt|steht\s+bereit|eingeplant|approved|signed\s+off|allocated|set\s+aside|"
    r"earmarked|in\s+place)\b",
    re.IGNORECASE,
)
_RIVAL = re.compile(
    r"\b(?i:mitbewerber\w*|wettbewerber\w*|konkurrent\w*|konkurrenz|competitor\w*|anbieter|vendor|alternative)"
    r"\s+(?:(?i:von|namens|called|named|wie|like|is|ist)\s+)?[„\"']?([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)?)"
)
_PLACEHOLDER = re.compile(r"\b(?:Anbieter\s+X|Vendor\s+X|Competitor\s+X|X)\b")


def competitor_name(sents: list[str]) -> str | None:
    """Return the competitor the notes name ('Sie schauen sich auch Konkurrent Board an' -> 'Board'), else None."""
    for sentence in sents:
        for m in _RIVAL.finditer(sentence):
            name = m.group(1)
            if name[:1].isupper() and name.lower() not in {"x", "an", "ab", "der", "die", "das", "the", "a"}:
                return name
    return None


def name_placeholder(question: str, competitor: str | None) -> str:
    """Return a library question with its placeholder ('Anbieter X', 'X') replaced by the named competitor."""
    return _PLACEHOLDER.sub(competitor, question) if competitor else question
