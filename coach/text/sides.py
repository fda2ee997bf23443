"""Who sits on which side: the seller (the vendor selling) or the customer (the buying organisation).

Evidence, strongest first: the user's word (`--seller NAME`, the seller's company from `COACH_COMPANY` /
`--seller-company`), role labels (REP, AE, SDR, Sales, Vertrieb vs Kunde, Prospect, Customer), the company after a
name, e-mail domains, participant lists ("from our side"), a job given in an introduction ("I'm Ana, account
manager at X") or a signature ("Senior Account Executive, DACH"), and — when nothing else tells — what is said, per
speaker over the whole call: who pitches ("our customers…", "wir bei X…", a price per month), who asks, who speaks
of the other side ("your team", "Ihre Prozesse", "bei euch") and who of their own ("we have", "ich mache das").
Camps of colleagues (same company or e-mail domain, introduced as "ours") are cut at the widest gap of that score,
so two sellers are found even when nobody calls them colleagues. When unsure, a speaker stays `unknown` and the
document carries a notice id.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from coach.text.model import Side
from coach.text.readers.base import ROLE_WORD, Label, job_side

_PITCH = re.compile(
    r"\b(?:our|unsere?[nmrs]?)\s+(?:\w+\s+)?(?:customers?|clients?|\w*kunden|platform|plattform|solution|lösung|software|"
    r"product|produkt\w*|tool|modul\w*|modules?|implementation|einführung|onboarding|pricing|preis\w*|licen[cs]es?|"
    r"lizenz\w*|offer|angebot|roadmap|references?|referenz\w*|consultants?|berater\w*|experts?|expert\w*|"
    r"integration|schnittstelle\w*|app|dashboard|features?|funktion\w*|package|paket\w*|tarif\w*|rollout|"
    r"success team|support team|case stud\w*|approach|ansatz|methodik|contract|vertrag)\b"
    r"|\bwir bei\s+(?-i:[A-ZÄÖÜ])|\bwe (?:here )?at\b|\bat [A-Z][\w-]+,? we\b"
    r"|\b(?:we|wir)(?:['’]d)?\s+(?:\w+\s+)?(?:offer|provide|deliver|bieten|liefern|unterstützen|support|help|helfen|"
    r"typically|usually|normally|typischerweise|üblicherweise|in der regel|würden|would roll|would start|"
    r"suggest|recommend|propose|empfehlen|"
    r"could show|can show|zeigen)\b"
    r"|\b(?:I(?:'ll| will)|ich)\s+(?:send|schicke|sende|schick)\b"
    # German puts the verb first after an opener: "Dann schicke ich Ihnen …", "Verfügbarkeit garantieren wir …"
    r"|\b(?:schicke|sende|schick) ich (?:Ihnen|euch|dir)\b|\b(?:schicken|senden) wir (?:Ihnen|euch|dir)\b"
    r"|\b(?:bieten|liefern|garantieren) wir\b"
    # what "our" customers, of whatever kind, typically achieve: "our growers usually cut …", "unsere Häuser sparen
    # im Schnitt …"
    r"|\b(?:our|unsere?[nmrs]?)\s+(?:[\w-]+\s+){1,5}?(?:usually|typically|normally|on average|generally|im schnitt|"
    r"in der regel|typischerweise|durchschnittlich)\s+(?:[\w-]+\s+){0,2}?(?:cut|cuts|save|saves|reduce|increase|"
    r"achieve|gain|recover|find|win|get|see|reach|sparen|senken|reduzieren|steigern|erreichen|gewinnen|finden|"
    r"erzielen|holen)\b"
    r"|\b(?:unsere?[nmrs]?)\s+(?:[\w-]+\s+){1,4}?(?:sparen|senken|reduzieren|steigern|erreichen|gewinnen|finden|"
    r"erzielen)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:im schnitt|durchschnittlich|in der regel|typischerweise)\b"
    r"|\b(?:Ihnen|for you|für Sie)\b.{0,60}?\b(?:zeigen|show|anbieten|offer|schicken|send)\b"
    # "our standard price for your size is …", "unser Listenpreis liegt bei …"
    r"|\b(?:our|unser\w*)\s+(?:[\w-]+\s+)?(?:prices?|rates?|fees?|tiers?)\b",
    re.IGNORECASE,
)
_OUR_ACTIVITY = re.compile(
    r"\b(?:we|wir|I|ich)\s+(?:[\w-]+\s+){0,4}(?:pitched|presented|offered|showed|demoed|demonstrated|quoted|proposed|"
    r"pitchten|gepitcht|präsentiert\w*|vorgestellt|angeboten|gezeigt|demonstriert|vorgeschlagen|quotiert)\b"
    r"|\b(?:our|unser\w*)\s+(?:quote|offer|proposal|angebot|preis|price|pricing|pitch)\b"
    # a note line without a subject is the writer's own doing: "Quoted the team tier …", "Vorgestellt: …"
    r"|^\W*(?:pitched|quoted|demoed|demonstrated|proposed|gepitcht|quotiert|präsentiert|vorgestellt|"
    r"demonstriert|vorgeschlagen)\b"
    # "Offer sent: …", "Angebot raus am 3.12.", "quote shared with X"
    r"|^\W*(?:offer|quote|proposal|angebot)\s+(?:sent|shared|submitted|verschickt|geschickt|versendet|raus)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"(?:[€$£]\s?\d|\d[\d.,'’]*\s?(?:k\b|m\b|mio\b|tsd\b|€|eur\b|euro\b|usd\b|dollars?\b|pounds?\b|chf\b|"
    r"franken\b|fr\.))",
    re.IGNORECASE,
)

# A price per unit is quoted by the seller ("2.80 a room per month", "390 Euro im Monat", "1,500/mo").
_PRICE_QUOTE = re.compile(
    r"\d[\d.,'’]*\s?(?:k\b|€|eur\b|euro\b|usd\b|dollars?\b|chf\b|franken\b|fr\.|£|\$)?\s*"
    r"(?:(?:per|pro|je|/)\s?(?:[\w-]+\s+(?:per|pro|im|a|/|und|and)\s?)?(?:month|monat|mo\b|year|jahr|yr\b|user|nutzer|seat|"
    r"licen[cs]e|lizenz)"
    # "390 Euro im Monat", "1,500 a month"; a yearly sum without "per" is as often a cost or a fine as a price
    r"|(?:im|a|an)\s(?:month|monat|mo\b|user|nutzer|seat|licen[cs]e|lizenz))\b",
    re.IGNORECASE,
)


def seller_names(text: str | None) -> tuple[str, ...]:
    """Return the seller's names typed into one field ('Lena Vogt, Jonas Feld' or one per line)."""
    parts = re.split(r"[,;\n]|\s+(?:und|and|&)\s+", text or "")
    return tuple(p.strip() for p in parts if p.strip())


def seller_hints(seller: str | None, seller_company: str | None) -> dict[str, object]:
    """Return the engines' `seller` / `seller_company` arguments from the two free-text fields of a form."""
    return {"seller": seller_names(seller), "seller_company": (seller_company or "").strip() or None}


# A reference story in the seller's notes, with its figure: "Referenz X senkt 20 % Rüstzeit", "Case study: Y cut
# churn by 30%".
_REFERENCE = re.compile(
    r"(?:^|[-–•*:;(]\s*)(?:referenz\w*|reference(?:s| customers?| clients?| case)?|case stud(?:y|ies)|fallstudie\w*|"
    r"success stor(?:y|ies)|erfolgsgeschichte\w*|kundenbeispiel\w*|customer story)\b[:\s–-]+(?:[\w&.'’-]+\s+){0,5}?"
    r"(?:spart|sparte|senkt|senkte|reduziert\w*|steigert\w*|erreicht\w*|gewinnt|hat|halbiert\w*|verdoppelt\w*|"
    r"saves?|saved|cuts?|reduced?|increased?|achieved?|gained?|halved|doubled)\b(?=[^.\n]{0,40}\d)",
    re.IGNORECASE,
)


def seller_statement(text: str) -> bool:
    """Return True when a sentence of notes or a turn is the seller's pitch: our customers, our offer, we pitched."""
    if re.search(r"[\"„“”«»]", text):
        return False  # a quotation in the notes is someone's own words, mostly the customer's
    return bool(_PITCH.search(text) or _OUR_ACTIVITY.search(text) or _REFERENCE.search(text))


def has_money(text: str) -> bool:
    """Return True when a text names an amount of money ('120k', '340 €', '$5,000')."""
    return bool(_MONEY.search(text))


_CUSTOMER = re.compile(
    r"\b(?:we|wir)\s+(?:\w+\s+)?(?:currently|today|still|have|haben|hatten|had|nutzen|use|using|need|brauchen|müssen|"
    r"must|plan|planen|want|wollen|möchten|are looking|suchen|lose|verlieren|spend|zahlen|pay|struggle|kämpfen)\b"
    # the same with the verb first: "Bisher machen wir …", "Letztes Jahr haben wir … gebraucht"
    r"|\b(?:haben|hatten|nutzen|brauchen|müssen|planen|wollen|möchten|suchen|verlieren|zahlen|kämpfen) wir\b"
    r"|\b(?:our|unser\w*)\s+(?:\w+\s+)?(?:budget|cfo|ceo|coo|cto|gf|geschäftsführ\w*|vorstand|board|werk|plant|"
    r"prozess\w*|process\w*|problem\w*|mitarbeiter\w*|staff|employees|leute|people|sites?|standort\w*|lager|warehouse|"
    r"fleet|flotte|abteilung|department|management|einkauf|procurement|finance|finanz\w*|controlling|legal|"
    r"rechtsabteilung|betriebsrat|works council|it department|it-abteilung|aufsichtsrat)\b"
    r"|\b(?:bei uns|in our company|in unserem haus|bei uns im)\b"
    # the buyer compares vendors and runs the tender: "how we'll score vendors", "wir vergleichen drei Anbieter"
    r"|\b(?:we|wir)\b[^.?!]{0,40}\b(?:vendors|suppliers|providers|anbieter|lieferanten|tender|ausschreibung)\b"
    # questions about the vendor's offer are the buyer's: "Was genau machen Sie?", "What does it cost?"
    r"|\b(?:was|wie)\s+(?:\w+\s+){0,3}(?:machen|bieten|kostet|kosten|funktioniert)\s+(?:\w+\s+){0,2}(?:Sie|das)\b[^?]{0,40}\?"
    r"|\bwhat (?:exactly )?do you (?:do|offer|sell)\b|\bhow much (?:does|would|will) (?:it|that|this) cost\b",
    re.IGNORECASE,
)
_DISCOVERY = re.compile(
    r"(?:^|[.!?]\s+)(?:and\s+|und\s+|so\s+|also\s+)?(?:what|how|who|when|why|which|where|wie|was|wer|wann|warum|"
    r"welche\w*|wo|wozu|inwiefern|woran|womit|wodurch|angenommen|suppose|can you|could you|können sie|könnten sie|"
    r"would you|würden sie|is there|gibt es|do you|haben sie|are you|sind sie)\b[^?]{3,}\?",
    re.IGNORECASE,
)
# Legal forms (German, English, Nordic, Polish, Czech, Italian, French, Irish, Japanese …) and punctuation, which a
# company's name is compared without: "Nowak Sp. z o.o." ~ "Nowak", "Rossi S.p.A." ~ "Rossi".
_LEGAL = re.compile(
    r"\b(?:s\.\s?p\.\s?a\.?|s\.\s?a\.\s?s\.?|s\.\s?a\.?|s\.\s?r\.\s?[lo]\.?|s\.\s?l\.?|k\.\s?k\.?|e\.\s?k\.?|e\.\s?v\.?|"
    r"b\.\s?v\.?|n\.\s?v\.?|sp\.?\s?z\s?o\.?\s?o\.?|a/s)"
    r"|\b(?:g?gmbh|mbh|ug|ag|kg|kgaa|se|ohg|gbr|ltd|limited|inc|llc|llp|plc|corp|corporation|co|gebr|gebruder|group|"
    r"gruppe|holding|dac|spa|srl|sro|sas|sarl|aps|oyj|oy|ab|asa|as|bv|nv|pty|pte|kk|gk)\b|[&,.]",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def company_key(name: str | None) -> str:
    """Return a company name folded for comparison: lower case, no accents, no legal form or punctuation."""
    if not name:
        return ""
    return " ".join(_LEGAL.sub(" ", _fold(name)).split())


def same_company(a: str | None, b: str | None) -> bool:
    """Return True when two company names denote the same company ('Acme Software GmbH' ~ 'Acme')."""
    ka, kb = company_key(a), company_key(b)
    if not ka or not kb:
        return False
    if ka == kb or re.sub(r"[\s-]", "", ka) == re.sub(r"[\s-]", "", kb):
        return True  # "Verdantledger" (a domain) ~ "Verdant Ledger"
    a, b = ka.split()[0], kb.split()[0]
    rest_a, rest_b = ka[len(a) :].strip(), kb[len(b) :].strip()
    if rest_a and rest_b and not (rest_a.startswith(rest_b) or rest_b.startswith(rest_a)):
        return False  # "Stadtwerke Mühlbach" is not "Stadtwerke Altdorf"
    if a == b and len(a) >= 3:
        return True
    # an inflected first word: "den Stadtwerken Mühlbach" ~ "Stadtwerke Mühlbach"
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 2 and rest_a == rest_b


def domain_matches(email: str | None, company: str | None) -> bool:
    """Return True when an e-mail's domain carries the company's name (jana@acme-software.example ~ Acme)."""
    if not email or "@" not in email or not company:
        return False
    domain = _fold(email.split("@", 1)[1])
    key = company_key(company)
    first = key.split()[0] if key else ""
    return len(first) >= 3 and (first in re.split(r"[.-]", domain) or domain.startswith(first))


@dataclass
class Speaker:
    """A speaker of a document: the label, the texts said, an e-mail address, and what is known of the side."""

    key: str
    label: Label
    texts: list[str] = field(default_factory=list)
    email: str | None = None
    side: Side = "unknown"
    reason: str = ""
    # works for a company the text names as the seller's partner (a reseller, an integrator)
    partner: bool = False

    def score(self) -> float:
        """Return how much the speaker sounds like the seller, per turn: pitch, questions, 'you' minus 'we', 'I'."""
        return speech_score(self.texts)


# Weights of what a speaker says, per turn. The seller pitches, asks and talks about the other side ("your
# team", "Ihre Prozesse"); the customer speaks of their own situation ("we have", "I decide"). Chosen with
# authors held out (leave-one-author-out over the labelled transcripts), not fitted to one writer.
_WEIGHTS = {"pitch": 1.5, "asks": 0.5, "own": -1.0, "questions": 0.5, "you": 0.5, "me": -0.25}
_SECOND_PERSON = re.compile(
    r"\b(?i:you|your|yours|du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure|euren|eurem|eurer)\b"
    r"|\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"
)
_FIRST_SINGULAR = re.compile(r"\b(?i:I|me|my|mine|ich|mir|mich|mein|meine|meinen|meinem|meiner)\b")


def speech_features(texts: list[str]) -> dict[str, float]:
    """Return per-turn rates of the side cues in a speaker's turns (pitch, asks, own, questions, you, me)."""
    text = "\n".join(texts)
    turns = max(1, len(texts))
    counts = {
        "pitch": len(_PITCH.findall(text))
        + sum(1 for m in _PRICE_QUOTE.finditer(text) if not _own_cost(text, m)),
        "asks": len(_DISCOVERY.findall(text)),
        "own": len(_CUSTOMER.findall(text)),
        "questions": text.count("?"),
        "you": len(_SECOND_PERSON.findall(text)),
        "me": len(_FIRST_SINGULAR.findall(text)),
    }
    return {k: v / turns for k, v in counts.items()}


# What the speaker's own side pays today is a cost, not a price quoted: "wir zahlen jetzt 600 im Monat".
_OWN_COST = re.compile(
    r"\b(?:wir|we|I|ich)\s+(?:[\w-]+\s+){0,3}?(?:zahlen|bezahlen|zahle|pay|paying|spend|spending|ausgeben|geben)\b"
    r"|\b(?:kostet|kosten) uns\b|\bcosts? us\b",
    re.IGNORECASE,
)


def _own_cost(text: str, m: re.Match[str]) -> bool:
    """Return True when a price stands in a sentence where the speaker says what their side pays."""
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
    return bool(_OWN_COST.search(text[start + 1 : m.start()]))


# What the customer has or pays, not what we quote: "Budget 500 € pro Monat", "they pay 40 a seat today"
_THEIR_MONEY = re.compile(
    r"\b(?:budget\w*|zahl\w*|bezahl\w*|pay\w*|paid|spend\w*|cost\w* (?:them|us)|currently|aktuell|derzeit|heute|"
    r"today|bisher|so far|now|jetzt|max\w*|höchstens|at most|up to|bis zu|ceiling|limit|obergrenze|freigegeben|"
    r"approved|competitor\w*|wettbewerb\w*|konkurrenz\w*|incumbent|bestandsanbieter\w*)\b",
    re.IGNORECASE,
)


# A figure of value, not a price: "Einsparung von 420.000 EUR pro Jahr", "saves them 80k a year", "ROI".
_VALUE_FIGURE = re.compile(
    r"\b(?:einspar\w*|erspar\w*|spar(?:t|en|en sie)?|saving\w*|saves?|nutzen|mehrwert|business case|roi|"
    r"amortis\w*|payback|rendite)\b",
    re.IGNORECASE,
)


def quoted_price(text: str) -> bool:
    """Return True when a sentence of the seller's notes names a price per unit and period that we quote."""
    if not any(c.isdigit() for c in text) or re.search(r"[\"„“”«»]", text):
        return False
    prices = [m for m in _PRICE_QUOTE.finditer(text) if not _own_cost(text, m)]
    return bool(prices) and not _THEIR_MONEY.search(text) and not _VALUE_FIGURE.search(text)


def speech_score(texts: list[str]) -> float:
    """Return how much turns sound like the seller's (above 0) or the customer's (below 0), per turn."""
    return sum(_WEIGHTS[k] * v for k, v in speech_features(texts).items())


def _matches(name: str, speaker: Speaker) -> bool:
    wanted = _fold(name).split()
    have = _fold(speaker.label.speaker).split() + _fold(speaker.label.raw).split()
    if not wanted:
        return False
    if _fold(name) in (_fold(speaker.label.speaker), _fold(speaker.label.raw)):
        return True
    return all(w in have for w in wanted)


# A colleague introduced or announced in the same sentence as one of these cues sits on the speaker's side.
_COLLEAGUE = re.compile(
    r"\b(?:with me|with us|my colleague|my team|our team|our|ours|dabei|dazu|kolleg\w*|unser\w*|"
    r"bei uns|von uns|meinem team|mitgebracht|brought|I['’]ve (?:also )?got|I have (?:also )?got|on as well|"
    r"also on|on the (?:call|line) (?:too|as well))\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;]\s+|\s[–—-]\s")
_YOU = re.compile(r"\b(?:you|your|Sie|Ihnen|Ihr|Ihre|Ihren|du|dir|dich|euch)\b")
_SELF_ORG = re.compile(
    r"\b(?i:I['’]m\b[^.?!]{0,60}?\b(?:at|with|from)|I work (?:at|for)|here at|we at|we here at|"
    r"ich bin\b[^.?!]{0,60}?\b(?:bei|von|vom|hier an)|ich (?:arbeite|komme) (?:bei|von|aus)|"
    r"ich leite\b[^.?!]{0,40}?\b(?:bei|hier an)|"
    r"hier bei|wir (?:als|bei|von)|unser\w* [^.?!,]{0,40}?\bbei)\s+"
    r"(?P<article>(?i:the|der|den|dem)\s+)?"
    r"(?P<org>[A-ZÄÖÜ][\w&-]+(?:\s+(?:[A-ZÄÖÜ][\w&-]+|GmbH|AG|SE|KG|Ltd|Inc|LLC|&)){0,3})"
)
_ORG_WORD = re.compile(
    r"(?i)klinikum|klinik|krankenhaus|stadtwerke\w*|kanzlei|bank|sparkasse|hotel|gruppe|group|holding|werke?|"
    r"landratsamt|stadt|gemeinde|universität|university|hospital|verlag|versicherung"
)
# a plural noun names a kind of party, no company: "unsere Kunden … bei NDAs", "bei Filialisten machen wir"
_PLURAL_NOUN = re.compile(r"[A-Z]{2,}s|[A-ZÄÖÜ][a-zäöüß]{3,}(?:isten|anten|enten|ierer)")
# what a speaker is to the other side, not a company's name: "wir als Partner", "we as the vendor"
_RELATION_WORD = re.compile(
    r"(?i)partner\w*|anbieter\w*|dienstleister\w*|hersteller\w*|lieferant\w*|kunde[n]?|kundin\w*|berater\w*|"
    r"agentur|vendor|supplier|provider|reseller|integrator|consultants?|customers?|clients?|team|firma|unternehmen|"
    r"company|anwälte|anwalt|kanzlei"
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def _names_of(sp: Speaker) -> list[str]:
    name = sp.label.name if sp.label.name and not sp.label.generic else None
    if not name:
        return []
    words = name.split()
    out = [name]
    if len(words) > 1:
        out += [words[0], words[-1]]
    return [n for n in out if len(n) >= 3]


_GREETING = re.compile(
    r"(?:^|\b)(?:hi|hello|hallo|hey|dear|liebe[rs]?|guten (?:morgen|tag|abend)|good (?:morning|afternoon)|morning|"
    r"thanks|thank you|danke|servus|moin)[\s,]*$",
    re.IGNORECASE,
)


# Names the speaker addresses at the start of a sentence: "Frau Lammers, Herr Zieliński, …", "Anna, Tom, …".
_VOCATIVES = re.compile(
    r"\s*(?:(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?\s+)*[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?\s*(?:,|\bund\b|\band\b)\s*)*"
    r"(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?\s+)*"
)
# "von unserer Seite sind X und Y dabei", "from our side: X and Y", "with me today are X and Y": everyone named after
# the cue in that sentence is one of the speaker's own.
_OUR_SIDE = re.compile(
    r"\b(?i:von unserer seite|auf unserer seite|unsererseits|von uns aus|from our side|on our side|for our side|"
    r"with me (?:today|here|on the call)|joining me|mit mir (?:dabei|zusammen)|bei mir (?:ist|sind))\b"
)


def _introduces(sentence: str, name: str) -> bool:
    """Return True when a sentence presents the named person as one of the speaker's own (not addresses them)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        before = re.sub(
            r"(?:\b(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?\s+)+$", "", before
        )  # "Hallo Herr Berger,"
        if _GREETING.search(before) or (
            (len(before.split()) <= 1 or _VOCATIVES.fullmatch(before)) and after.lstrip().startswith(",")
        ):
            continue  # "Hallo Herr Berger," / "Frau Lammers, Herr Zieliński, von unserer Seite …": addressed
        # "Herr Ostermann aus der Personalabteilung ist auch dabei": the cue may close a longer clause
        window = " ".join(before.split()[-5:] + [name] + re.split(r"[,;:!?]|\s[–—-]\s", after)[0].split()[:9])
        if _COLLEAGUE.search(window) or _OUR_SIDE.search(before):
            return True
    return False


def _links(speakers: list[Speaker]) -> list[tuple[Speaker, Speaker]]:
    """Return pairs (speaker, colleague) where a speaker introduces or announces another as one of their own."""
    pairs: list[tuple[Speaker, Speaker]] = []
    for sp in speakers:
        for sentence in (s for t in sp.texts[:6] for s in _sentences(t)):
            if not _COLLEAGUE.search(sentence) or sentence.rstrip().endswith("?"):
                continue  # a question ("is X joining?") introduces no colleague
            # an address ("X, you …") introduces no colleague; a clause without "you" still may: "I've got X with
            # me, she'll be your partner"
            units = (
                [c for c in _CLAUSE.split(sentence) if not _YOU.search(c)]
                if _YOU.search(sentence)
                else [sentence]
            )
            for unit in units:
                if not _COLLEAGUE.search(unit):
                    continue
                for other in speakers:
                    if other is not sp and any(_introduces(unit, n) for n in _names_of(other)):
                        pairs.append((sp, other))
    return pairs


# A colleague announced without a name: "I brought my colleague along", "meine Kollegin ist auch dabei".
_ANNOUNCE = re.compile(
    r"\b(?i:I(?:['’]ve| have)? brought|joining (?:me|us) (?:today|here)|with me (?:today|here) is|my colleague (?:is|has)|"
    r"(?:ich )?(?:habe|hab) (?:meine[nr]? |unsere[nr]? )?(?:kolleg\w*|\w+-?kolleg\w*) (?:\w+ ){0,4}mitgebracht|"
    r"(?:mein|meine|unser|unsere) (?:\w+-?)?kolleg\w* (?:ist|sitzt) (?:auch |heute |mit )*(?:dabei|hier|mit drin)|"
    # "ich hole kurz meine Kollegin dazu", "let me bring in my colleague", "I'll loop in our engineer"
    r"(?:hole|hol|bringe|nehme|schalte) (?:\w+ ){0,2}(?:meine[nr]?|unsere[nr]?) (?:\w+ ){0,4}?(?:dazu|hinzu|mit rein|rein)\b|"
    r"(?:let me|I['’]ll|I will|I['’]m going to) (?:bring|loop|add|pull) (?:in )?(?:my|our) (?:\w+ ){0,2}?"
    r"(?:colleague|teammate|engineer|expert|specialist|partner)\w*)"
)
_LATER = re.compile(r"\b(?i:later|not|couldn['’]t|can['’]t|später|nicht|leider)\b")


def announced_links(sequence: list[tuple[Speaker, str]]) -> list[tuple[Speaker, Speaker]]:
    """Return (speaker, colleague) pairs where a turn announces a colleague and the next turn is by a new voice."""
    pairs: list[tuple[Speaker, Speaker]] = []
    heard: set[int] = set()
    speakers = list({id(sp): sp for sp, _ in sequence}.values())
    for i, (sp, text) in enumerate(sequence):
        heard.add(id(sp))
        if i + 1 >= len(sequence) or i >= 12:
            continue
        nxt = sequence[i + 1][0]
        if id(nxt) in heard:
            continue
        others = [n for o in speakers if o is not sp and o is not nxt for n in _names_of(o)]
        for sentence in _sentences(text):
            if _ANNOUNCE.search(sentence) and not _LATER.search(sentence):
                if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence) for n in others):
                    break  # "I've brought Mona along": the one announced is another speaker, not the next voice
                pairs.append((sp, nxt))
                break
    return pairs


# Whom a speaker greets by name as the call opens: "Hi Oona", "Hallo Frau Quarles, hallo Herr Lüttke", and titled
# names said first in a sentence ("Herr Quarles, Frau Lüttke, gut …"). They sit on the other side.
_TITLES = r"(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?\s+)"
_WORD = r"[A-ZÄÖÜ][\w'’-]+"
_GREETED = re.compile(
    r"\b(?i:hi|hallo|hello|hey|moin|servus|morning|good (?:morning|afternoon|evening)|guten (?:morgen|tag|abend)|"
    rf"grüß gott|grüezi|grüessech|griaß di|hoi|kia ora|g['’]day|hiya|welcome|willkommen)\s*,?\s+{_TITLES}*(?P<name>{_WORD}(?:\s+{_WORD})?)"
    rf"|(?:^|[.!?]\s+)(?P<list>(?:{_TITLES}+{_WORD}\s*(?:,|\bund\b|\band\b)\s*)+)"
)
_OPENING = 8  # turns of the call in which greetings are read


def _greeted(text: str) -> list[str]:
    """Return the names a turn greets or addresses first ('Hi Oona' -> Oona, 'Herr Quarles, Frau Lüttke,' -> both).

    A turn that greets some people by title and others by first name ("Guten Morgen Herr Brenner. Hallo Jan, schön,
    dass du da bist") greets the other side formally and a colleague familiarly: only the titled names count.
    """
    titled: list[str] = []
    plain: list[str] = []
    for m in _GREETED.finditer(text[:300]):
        if m.group("name"):
            before = text[m.start() : m.start("name")]
            (titled if re.search(rf"{_TITLES}$", before) else plain).append(m.group("name"))
        else:
            titled += re.findall(rf"{_TITLES}+({_WORD})", m.group("list"))
    return titled or plain


def addressed_links(
    sequence: list[tuple[Speaker, str]], speakers: list[Speaker]
) -> list[tuple[Speaker, Speaker]]:
    """Return (speaker, addressee) pairs: a speaker greets another speaker by name in their first turn of the call.

    Only the first turn: later, a speaker also welcomes a colleague who joins late ("hi Oswin, good you could come").
    """
    pairs: list[tuple[Speaker, Speaker]] = []
    spoken: set[int] = set()
    for sp, text in sequence[:_OPENING]:
        if id(sp) in spoken:
            continue
        spoken.add(id(sp))
        found: list[Speaker] = []
        for name in _greeted(text):
            words = {_fold(name), _fold(name.split()[0]), _fold(name.split()[-1])}
            hits = [o for o in speakers if any(_fold(n) in words for n in _names_of(o))]
            if len(hits) == 1 and hits[0] is not sp and hits[0] not in found:
                found.append(hits[0])
        greeted_me = [o for o in found if (o, sp) in pairs]
        if greeted_me and len(found) > 1:
            # a greeting returned ("Guten Morgen Herr Brenner. Hallo Jan …"): whom else it greets may be a colleague
            found = greeted_me
        pairs += [(sp, o) for o in found if (sp, o) not in pairs]
    return pairs


def self_organisation(sp: Speaker) -> str | None:
    """Return the organisation a speaker names as their own ('I'm Ana, at Vaultline', 'wir als Stadtwerke X')."""
    for text in sp.texts[:8]:
        for m in _SELF_ORG.finditer(text):
            org = m.group("org").strip()
            if m.group("article") and " " not in org and not _ORG_WORD.fullmatch(org):
                continue  # "wir bei der Re-Inspektion": an ordinary noun, no company
            if re.match(r"(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?(?:\s|$)", org):
                continue  # "ich bin der verlängerte Arm von Frau X": a person, no company
            if _RELATION_WORD.fullmatch(org) or _PLURAL_NOUN.fullmatch(org):
                continue  # "die Migration übernehmen wir als Partner": a relation, no company
            return org
    return _introduction(sp)[0]


_INTRO_ORG = r"(?P<org>[A-ZÄÖÜ][\w&-]+(?:\s+(?:[A-ZÄÖÜ][\w&-]+|GmbH|AG|SE|KG|Ltd|Inc|LLC|&)){0,3})"


@lru_cache(maxsize=512)
def _intro_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a speaker saying their own name with a job and a company, or a company alone."""
    who = "|".join(re.escape(n) for n in names)
    return (
        # "Mira Roth, Solution Engineer bei X", "Tom Hale, head of IT at X", "Jonas Feld von X"
        re.compile(
            rf"(?<![\w-])(?:{who})(?:,?\s+(?i:here|hier))?(?:,\s+(?P<role>[^.,;!?()]{{2,50}}?))?\s+"
            rf"(?P<via>(?i:bei|at|von|vom|from|with|for))\s+(?P<article>(?i:the|der|den|dem)\s+)?{_INTRO_ORG}"
        ),
        # "Reto Brunner, Ladewerk Systems AG aus Winterthur.": a company with a legal form or an organisation word
        re.compile(rf"(?<![\w-])(?:{who}),\s+{_INTRO_ORG}(?=\s*[.,;!]|\s+(?i:aus|from|in)\s)"),
    )


def _introduction(sp: Speaker) -> tuple[str | None, str | None]:
    """Return (organisation, job) a speaker gives when saying their own name ('Mira Roth, SE bei X'), if any."""
    name = sp.label.name if sp.label.name and not sp.label.generic else None
    if not name:
        return None, None
    words = name.split()
    names = tuple(dict.fromkeys([name] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4 else [])))
    with_role, bare = _intro_patterns(names)
    for text in sp.texts[:3]:
        for sentence in _sentences(text)[:4]:
            m = with_role.search(sentence)
            if m and m.group("via").lower() == "for" and not _FOR_OK.search(m.group("role") or ""):
                m = None  # "Tom Hale, thanks for Tuesday": "for" names a company only after a job or "I look after"
            if m:
                org = m.group("org").strip()
                if m.group("article") and " " not in org and not _ORG_WORD.fullmatch(org):
                    continue
                return org, (m.group("role") or "").strip() or None
            m = bare.search(sentence)
            if m and (_LEGAL_SUFFIX.search(m.group("org")) or _ORG_WORD.search(m.group("org"))):
                return m.group("org").strip(), None
    return None, None


_FOR_OK = re.compile(r"^(?:I|ich)\b|" + ROLE_WORD.pattern, re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(r"\b(?:GmbH|AG|SE|KG|Ltd|Inc|LLC|PLC|Oy|AB|AS|BV|NV)\b")
# A job named after the company in an introduction: "ich bin X von der Y GmbH, Account Executive für …"
_ROLE_AFTER = re.compile(
    r",\s*(?P<role>[\w][\w -]{1,40}?)\s*(?=\s(?i:für|for|bei|at|in|im|im Bereich)\b|[,.;!]|$)"
)


# "I'm Lucía, account exec at X", "Sven Mertens hier, Key Account Manager bei X", "ich bin Sales Engineer bei X"
_SELF_ROLE = re.compile(
    r"(?:\b(?i:I['’]m|I am|this is|my name is|ich bin|hier ist|mein name ist)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,|"
    r"\b(?i:I['’]m|I am|ich bin)\s+(?:the\s+|an?\s+|der\s+|die\s+|ein\w*\s+)?(?=[\w -]{2,40}?\s(?i:at|with|bei|von)\s))"
    r"\s*(?:(?i:the|an?|your|der|die|Ihr\w*)\s+)?(?P<role>[\w][\w -]{1,40}?)\s*(?=\s(?i:at|from|with|bei|von|here|hier)\b|[,.;!]|$)"
)


def self_role(sp: Speaker) -> str | None:
    """Return the job a speaker gives themselves when introducing ('I'm Lucía, account exec at …'), if any."""
    for text in sp.texts[:4]:
        for m in _SELF_ROLE.finditer(text):
            role = m.group("role").strip()
            if job_side(role) != "unknown":
                return role
    _, role = _introduction(sp)
    if role and job_side(role) != "unknown":
        return role
    for text in sp.texts[:2]:
        for sentence in _sentences(text)[:3]:
            if not _SELF_NAMED.search(sentence):
                continue
            for m in _ROLE_AFTER.finditer(sentence):
                if job_side(m.group("role").strip()) != "unknown":
                    return m.group("role").strip()
    return None


_SELF_NAMED = re.compile(
    r"\b(?i:I['’]m|I am|my name is|this is|ich bin|mein name ist|hier ist|hier spricht)\b"
)


class _Camps:
    """Speakers grouped into camps: same organisation, same e-mail domain, or introduced as a colleague."""

    def __init__(self, speakers: list[Speaker]) -> None:
        self.parent = {id(sp): id(sp) for sp in speakers}
        self.speakers = speakers

    def find(self, sp: Speaker) -> int:
        key = id(sp)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Speaker, b: Speaker) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[Speaker]]:
        out: dict[int, list[Speaker]] = {}
        for sp in self.speakers:
            out.setdefault(self.find(sp), []).append(sp)
        return list(out.values())


def _apart(a: Speaker, b: Speaker) -> bool:
    """Return True when two speakers are known to work for different organisations (domain or company)."""
    if a.partner or b.partner:  # the seller's reseller or integrator sits with the seller under another name
        return False
    da, db = _domain(a.email), _domain(b.email)
    if da and db and da != db:
        return True
    if a.label.external != b.label.external:
        return True  # one is marked a guest of the meeting, the other is not
    oa, ob = a.label.organisation, b.label.organisation
    return bool(oa and ob and not same_company(oa, ob))


def partner_of(org: str, partner: str) -> bool:
    """Return True when an organisation is the named partner ('Systemhaus Albrecht & Vogt GmbH' ~ 'Albrecht & Vogt')."""
    if same_company(org, partner):
        return True
    a, b = company_key(org).split(), company_key(partner).split()
    return bool(b) and any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def external_links(speakers: list[Speaker]) -> list[tuple[Speaker, Speaker]]:
    """Return (host's person, guest) pairs when the labels mark guests ('Anna Roth (Guest)'): two organisations."""
    guests = [sp for sp in speakers if sp.label.external]
    return [(sp, g) for sp in speakers if not sp.label.external for g in guests]


def _domain(email: str | None) -> str:
    return email.split("@", 1)[1].lower() if email and "@" in email else ""


_OTHER: dict[Side, Side] = {"seller": "customer", "customer": "seller", "unknown": "unknown"}


def _camp_side(camps: _Camps, sp: Speaker) -> Side:
    root = camps.find(sp)
    sides = {s.side for s in camps.speakers if camps.find(s) == root and s.side != "unknown"}
    return sides.pop() if len(sides) == 1 else "unknown"


def _set_camp(camps: _Camps, sp: Speaker, side: Side, reason: str) -> None:
    root = camps.find(sp)
    for s in camps.speakers:
        if camps.find(s) == root and s.side == "unknown":
            s.side, s.reason = side, reason


def _opposites(camps: _Camps, speakers: list[Speaker], pairs: list[tuple[Speaker, Speaker]]) -> bool:
    """Set the sides of camps that greet each other (two sides to a call); return True when content decided one.

    Everyone one speaker greets sits on one side; a camp of known side puts the camps it greets, or that greet it,
    on the other; of two open camps, the one that sounds more like selling is the seller's.
    """
    by_greeter: dict[int, list[Speaker]] = {}
    for a, b in pairs:
        by_greeter.setdefault(id(a), []).append(b)
    for greeted in by_greeter.values():
        for b in greeted[1:]:
            sa, sb = _camp_side(camps, greeted[0]), _camp_side(camps, b)
            if not _apart(greeted[0], b) and (sa == sb or "unknown" in (sa, sb)):
                camps.union(greeted[0], b)
    pairs = [(a, b) for a, b in pairs if camps.find(a) != camps.find(b)]

    def propagate() -> None:
        changed = True
        while changed:
            changed = False
            for a, b in pairs:
                sa, sb = _camp_side(camps, a), _camp_side(camps, b)
                if sa != "unknown" and sb == "unknown":
                    _set_camp(camps, b, _OTHER[sa], "addressed")
                    changed = True
                elif sb != "unknown" and sa == "unknown":
                    _set_camp(camps, a, _OTHER[sb], "addressed")
                    changed = True

    propagate()
    guessed = False
    for a, b in pairs:
        if _camp_side(camps, a) != "unknown" or _camp_side(camps, b) != "unknown":
            continue
        ga = [s for s in camps.speakers if camps.find(s) == camps.find(a)]
        gb = [s for s in camps.speakers if camps.find(s) == camps.find(b)]
        diff = speech_score([t for s in ga for t in s.texts]) - speech_score([t for s in gb for t in s.texts])
        if abs(diff) >= _MARGIN:
            seller, customer = (a, b) if diff > 0 else (b, a)
            _set_camp(camps, seller, "seller", "content")
            _set_camp(camps, customer, "customer", "content")
            guessed = True
            propagate()  # the camps greeted by, or greeting, the two just decided
    return guessed


# How far the seller's camps must sound more like selling than the customer's; what a further camp must reach (and
# it must pitch) to be taken for the seller's when the seller is already known.
_MARGIN = 0.3
_SELLER_FLOOR = 3.0
_LEAD = 0.6  # how far a further pitching camp must sound more like selling than the known customers


def _seller_cut(scores: list[float], sizes: list[int] | None = None) -> int:
    """Return how many of the camps (scores sorted high to low) are the seller's: cut at the widest gap, 0 if unsure.

    Two sellers who never call each other colleagues both sound like selling; the customer's people do not. The
    seller's camps are at most half of the camps, or their people at most half of the people (a call has at least
    as many buyers as sellers, or one each). `sizes` are the camps' numbers of speakers, in the same order.
    """
    sizes = sizes or [1] * len(scores)

    def few(n: int) -> bool:
        return n * 2 <= len(scores) or sum(sizes[:n]) * 2 <= sum(sizes)

    gaps = [(scores[i] - scores[i + 1], i + 1) for i in range(len(scores) - 1) if few(i + 1)]
    gap, cut = max(gaps)
    return cut if gap >= _MARGIN else 0


def _two_companies(groups: list[list[Speaker]]) -> bool:
    """Set the sides of the only two open camps that name their companies, and different ones; True when set.

    Each says which company they are from ("Jonas Feld von X", "ich bin CIO hier an der Y"): they are the two
    sides of the call, and the one that sounds more like selling is the seller's.
    """
    named = [g for g in groups if any(sp.label.organisation and not sp.partner for sp in g)]
    if len(named) != 2 or not any(_apart(a, b) for a in named[0] for b in named[1]):
        return False
    first, second = (speech_score([t for sp in g for t in sp.texts]) for g in named)
    if abs(first - second) < _MARGIN:
        return False
    seller, customer = named if first > second else named[::-1]
    for sp in seller:
        sp.side, sp.reason = "seller", "content"
    for sp in customer:
        sp.side, sp.reason = "customer", "content"
    return True


def _customer_score(speakers: list[Speaker]) -> float:
    texts = [t for sp in speakers if sp.side == "customer" for t in sp.texts]
    return speech_score(texts) if texts else 0.0


def _surname(sp: Speaker) -> str:
    words = (sp.label.name or "").split() if not sp.label.generic else []
    return _fold(words[-1]) if len(words) > 1 and len(words[-1]) >= 4 else ""


def _account_sides(camps: _Camps, account: str | None) -> None:
    """Set open camps by the account a call's title names, when a speaker's surname shows it is a family firm's.

    "Lindqvist Logistik – steering group" with Thorsten Lindqvist speaking: the account is the customer's, so his
    camp is the customer's, and a speaker who names another company as their own works for the seller.
    """
    key = company_key(account)
    groups = [g for g in camps.groups() if all(sp.side == "unknown" for sp in g)]
    family = [g for g in groups if any(_surname(sp) and _surname(sp) in key.split() for sp in g)]
    if not key or not family:
        return
    for group in groups:
        other = any(
            sp.label.organisation and not same_company(sp.label.organisation, account) for sp in group
        )
        if group in family and not other:
            _set_camp(camps, group[0], "customer", "company")
        elif group not in family and other:
            _set_camp(camps, group[0], "seller", "company")


def assign(
    speakers: list[Speaker],
    *,
    seller_company: str | None = None,
    seller: tuple[str, ...] = (),
    known: dict[str, Side] | None = None,
    companies: dict[str, Side] | None = None,
    sequence: list[tuple[Speaker, str]] | None = None,
    account: str | None = None,
    partners: tuple[str, ...] = (),
) -> tuple[str | None, list[str]]:
    """Set each speaker's side; return (the seller's company if learnt, notice ids).

    `sequence` is the call's turns in order (speaker, text): a colleague announced just before a new voice
    speaks up sits on the announcer's side. `account` is the one company the title names; `partners` are the
    companies named as the seller's partners (their people sit with the seller, under another company name).
    """
    notices: list[str] = []
    known = known or {}
    companies = companies or {}
    for sp in speakers:
        if sp.label.organisation is None:
            sp.label.organisation = self_organisation(sp)
        sp.partner = bool(sp.label.organisation) and any(
            partner_of(sp.label.organisation, p) for p in partners
        )
        if sp.label.side == "unknown" and not sp.label.role and (role := self_role(sp)):
            sp.label.role, sp.label.side = role, job_side(role)
    # 1. What is certain: the user's word, role labels, the seller's company, lists that say "our side".
    for sp in speakers:
        if seller and any(_matches(n, sp) for n in seller):
            sp.side, sp.reason = "seller", "user"
        elif sp.label.side != "unknown":
            sp.side, sp.reason = sp.label.side, "role"
        elif seller_company and (
            same_company(sp.label.organisation, seller_company) or domain_matches(sp.email, seller_company)
        ):
            sp.side, sp.reason = "seller", "company"
        elif sp.label.organisation and companies.get(company_key(sp.label.organisation)):
            sp.side, sp.reason = companies[company_key(sp.label.organisation)], "company"
        elif known.get(_fold(sp.label.speaker)) == "seller":
            sp.side, sp.reason = "seller", "list"
    # 2. Camps of colleagues: same organisation, same e-mail domain, introduced as one of "ours".
    camps = _Camps(speakers)
    for i, a in enumerate(speakers):
        for b in speakers[i + 1 :]:
            if (a.label.organisation and same_company(a.label.organisation, b.label.organisation)) or (
                _domain(a.email) and _domain(a.email) == _domain(b.email)
            ):
                camps.union(a, b)
    # Teams writes the host directory's display names "Surname, Given": speakers written so share one directory
    inverted = [sp for sp in speakers if sp.label.written]
    if 2 <= len(inverted) < len(speakers):
        for sp in inverted[1:]:
            if not _apart(sp, inverted[0]) and {sp.side, inverted[0].side} != {"seller", "customer"}:
                camps.union(sp, inverted[0])
    for a, b in _links(speakers) + announced_links(sequence or []):
        if _apart(a, b):
            continue  # different e-mail domains or companies: a cue in the text does not make them colleagues
        if a.side == "unknown" or b.side == "unknown" or a.side == b.side:
            camps.union(a, b)
    groups = camps.groups()
    fixed: dict[int, Side] = {}
    for g in groups:
        sides = {sp.side for sp in g if sp.side != "unknown"}
        if len(sides) == 1:
            fixed[id(g[0])] = sides.pop()
    for g in groups:
        side = fixed.get(id(g[0]))
        if side:
            for sp in g:
                if sp.side == "unknown":
                    sp.side, sp.reason = side, "colleague"
    # 3. Whom a speaker greets by name as the call opens sits on the other side.
    if _opposites(camps, speakers, addressed_links(sequence or [], speakers) + external_links(speakers)):
        notices.append("text.sides_guessed")
    _account_sides(camps, account)
    groups = camps.groups()
    # 4. Camps still open: the seller's side is the camp that pitches and asks; the others are the customer.
    open_groups = [g for g in groups if all(sp.side == "unknown" for sp in g)]
    has_seller = any(sp.side == "seller" for sp in speakers)
    if has_seller and open_groups:
        # a partner's consultant on the seller's side works for another company than the seller's own people
        sellers = [sp for sp in speakers if sp.side == "seller" and not sp.partner]
        for g in open_groups:
            if any(_apart(sp, s) for sp in g for s in sellers):
                for sp in g:
                    sp.side, sp.reason = "customer", "company"  # another company than the seller's
        open_groups = [g for g in open_groups if all(sp.side == "unknown" for sp in g)]
    if seller_company and open_groups:
        for g in open_groups:
            if any(sp.label.organisation or _domain(sp.email) for sp in g):
                for sp in g:
                    sp.side, sp.reason = "customer", "company"
        open_groups = [g for g in open_groups if all(sp.side == "unknown" for sp in g)]
    if open_groups:
        cache: dict[int, float] = {}

        def camp_score(g: list[Speaker]) -> float:
            if id(g) not in cache:
                cache[id(g)] = speech_score([t for sp in g for t in sp.texts])
            return cache[id(g)]

        if has_seller:
            by_user = any(sp.reason == "user" for sp in speakers)  # the user named the sellers: the rest buy
            buyers = [sp for sp in speakers if sp.side == "customer"]
            for g in open_groups:
                texts = [t for sp in g for t in sp.texts]
                pitches = speech_features(texts)["pitch"] > 0
                # an unnamed voice that sounds far more like selling than the known customers ("Speaker 1" before
                # the tool names the speakers): a named person not linked to anyone is one more of the customer's
                above = (
                    bool(buyers)
                    and all(sp.label.generic for sp in g)
                    and camp_score(g) > 0
                    and camp_score(g) - _customer_score(speakers) >= _LEAD
                )
                side: Side = (
                    "seller"
                    if not by_user and ((pitches and camp_score(g) >= _SELLER_FLOOR) or above)
                    else "customer"
                )
                for sp in g:
                    sp.side, sp.reason = side, "content"
        else:
            ranked = sorted(open_groups, key=lambda g: -camp_score(g))
            scores = [camp_score(g) for g in ranked]
            if len(ranked) == 1:
                customers_known = any(sp.side == "customer" for sp in speakers)
                cut = 1 if customers_known and scores[0] - _customer_score(speakers) >= _MARGIN else 0
            else:
                cut = _seller_cut(scores, [len(g) for g in ranked])
            if cut:
                for i, g in enumerate(ranked):
                    side = "seller" if i < cut else "customer"
                    for sp in g:
                        sp.side, sp.reason = side, "content"
                notices.append("text.sides_guessed")
            elif _two_companies(open_groups):
                for g in open_groups:
                    for sp in g:
                        if sp.side == "unknown":
                            sp.side, sp.reason = "customer", "content"  # a further voice: the customer's
                notices.append("text.sides_guessed")
    if any(sp.side == "unknown" for sp in speakers):
        notices.append("text.sides_unknown")
    learnt = seller_company or next(
        (
            sp.label.organisation
            for sp in speakers
            if sp.side == "seller" and sp.label.organisation and not sp.partner
        ),
        None,
    )
    return learnt, notices
