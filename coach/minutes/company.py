"""The customer's company when the participant lists do not name it: brackets, signatures, legal forms, prose.

`find_parties` reads the companies from labelled lists and cues. Transcripts and e-mails often name the customer
only in a speaker's bracket ("<v Name (Org)>"), in a signature ("Role | Org"), once with its legal form, or in a
sentence ("we roll it out at Org"). This fallback weighs those places and returns the best-supported name that is
neither the seller, a participant nor the product.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from coach.minutes.markup import unmark
from coach.minutes.parties import ORG_ANY, ORG_LEGAL, clean_org, org_like
from coach.minutes.vendor import ROLE_WORD
from coach.text.model import Participant
from coach.text.names import is_common_word
from coach.text.sides import company_key, domain_matches

# a preposition that puts an organisation after it: "at Org", "bei der Org", "from Org", "für die Org"
_AT_ORG = re.compile(
    rf"\b(?:(?i:at|from)|bei(?:\s+(?:der|dem|den))?|für\s+(?:die|den|das))\s+(?P<org>{ORG_ANY})"
)
# a name that ends in what kind of body it is: "… Sixth Form College", "… Growers Co-operative", "… Hospital Group"
_ORG_NOUN = re.compile(
    rf"(?<![\w-])(?P<org>{ORG_ANY}[ \t]+(?:College|School|University|Universität|\w*schule|Hospital|Klinikum|"
    r"Kliniken|Clinic|Group|Gruppe|Co-?op(?:erative)?|Genossenschaft|Association|Verband|Verein|Trust|Council|Society|"
    r"Foundation|Stiftung|Federation|Institute|Institut|Authority|Agency|Ministry|Ministerium|Bank|Holdings?|"
    r"Partners|Stadtwerke|Werke|Landratsamt|Kreisverwaltung|Stadtverwaltung|Gemeinde))(?![\w-])"
)
# a public body named by its kind first: "Landkreis Osterholt", "Gemeinde Ahlfeld", "Borough of Wexcombe Council"
ORG_PREFIXED = re.compile(
    r"(?<![\w-])(?P<org>(?:(?:(?:Technische|Evangelische|Katholische|Freie|Staatliche|Pädagogische|Medizinische)"
    r"[ \t]+)?(?:Universität|Hochschule|Fachhochschule)|Klinikum|Stiftung|Landratsamt|Landkreis|Kreisverwaltung|Gemeinde|Stadtverwaltung|Stadt|Bezirksamt|"
    r"Amt|Markt|Kommunalunternehmen|Eigenbetrieb|Samtgemeinde|Verbandsgemeinde|Zweckverband|Borough of|City of|County of|Town of|District of|"
    rf"Municipality of)[ \t]+{ORG_ANY}(?:[ \t]+(?:Council|District))?)(?![\w-])"
)
_BRACKET = r"[^()\n]{{0,60}}?\((?P<inner>[^()\n]{{2,90}})\)"  # after the name, or after its role
_SPLIT = re.compile(r"\s*(?:,|;|\||·|/)\s*")
# the lines under a name in a signature: role and organisation, often on one line split by "|"
_SIGNATURE_SPAN = 3


def _parts(text: str) -> list[str]:
    return [p for p in _SPLIT.split(text) if p]


def _legal(part: str) -> str | None:
    m = ORG_LEGAL.fullmatch(part.strip(" .,"))
    return m.group("org") if m else None


def _candidate(part: str) -> str | None:
    org = clean_org(part)
    return org if org and org_like(org) else None


# a capitalised function word opening a sentence is not the start of a name ('Als Gäste zu TOP 4: …')
_FUNCTION_START = re.compile(
    r"^(?:als|auch|aber|also|bei|für|mit|nach|vor|zu|zur|zum|von|vom|wie|wenn|the|as|at|for|with|from|by|if|when|"
    r"then|also|but)\s",
    re.IGNORECASE,
)


_CHUNK = re.compile(r"\s*(?:,|;|\||·)\s*")
# a German noun for a person's role: 'Syndikusanwältin', 'Referentin', 'Vorständin', 'Justiziarin'
_ROLE_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:erin|entin|antin|istin|arin|ältin|ändin|orin|eurin|ogin)$")
# a lone German noun for a field or a process: 'Leistung', 'Sicherheit', 'Parallelbetrieb'
_FIELD_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:ung|heit|keit|betrieb|schutz)$")


def _role_noun(part: str) -> bool:
    """Return True for one word that names a role or a field, never an organisation."""
    word = part.strip(" .,")
    return bool(_ROLE_NOUN.match(word) or _FIELD_NOUN.match(word))


# roles and remits the shared role words miss: a hospital's doctors, a department's short form ('Mktg', 'Kfm.')
_MORE_ROLE = re.compile(
    r"\b(?:chef|ober|assistenz|fach)?ärzt\w*|\b(?:chef|ober)arzt\w*|\b(?:mktg|mgmt|kfm|kaufm|eink|vtr|vertr|buchh|"
    r"verw|techn|assist|asst|coord|ops|dept|abt)\b\.?",
    re.IGNORECASE,
)


def _has_role(part: str) -> bool:
    """Return True for a part that names a role ('Head of IT', 'Vorständin Schaden') or is one field noun."""
    return (
        bool(ROLE_WORD.search(part))
        or bool(_MORE_ROLE.search(part))
        or any(_ROLE_NOUN.match(w) for w in re.split(r"[\s/]+", part))
        or _role_noun(part)
    )


def _bracket_parts(inner: str) -> list[str]:
    """Return a bracket's parts: split at commas and bars; a part holding a role is kept whole, so the second half
    of 'Vorständin Schaden/Leistung' is not read as an organisation."""
    out: list[str] = []
    for chunk in _CHUNK.split(inner):
        if not chunk:
            continue
        if _has_role(chunk):
            out.append(chunk)
        else:
            out.extend(p for p in re.split(r"\s*/\s*", chunk) if p)
    return out


_RUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w&'’-]*(?:[ \t]+[A-ZÄÖÜ][\w&'’-]*){0,3}")
_FREE_LABEL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|gmx|web|t-online|icloud|proton\w*|aol|mail|posteo|example)$"
)


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", text.casefold())


def _business_label(email: str | None) -> str | None:
    """Return the first label of a business e-mail domain ('ostlandbio' of 'a@ostlandbio.example')."""
    if not email or "@" not in email:
        return None
    label = email.split("@", 1)[1].split(".")[0].casefold()
    return None if _FREE_LABEL.match(label) else label


def domain_spelled(label: str, text: str) -> str | None:
    """Return the longest run of capitalised words of the text (two or more) whose first word starts the e-mail
    domain and whose next word's initial follows it ('Ostland Biolabs' for 'ostlandbio')."""
    want = _fold(label)
    best: str | None = None
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        first = _fold(words[0])
        if len(words) < 2 or len(first) < 5 or not want.startswith(first) or want == first:
            continue
        rest = want[len(first) :]
        if not rest.startswith(_fold(words[1])[:1]):
            continue
        run = [words[0]]
        for w in words[1:]:
            if rest and rest.startswith(_fold(w)[:1]):
                run.append(w)
                rest = rest[len(_fold(w)) :] if rest.startswith(_fold(w)) else rest[1:]
            else:
                break
        cand = " ".join(run)
        if len(run) >= 2 and (best is None or len(cand) > len(best)):
            best = cand
    return best


# the two sides of a meeting's title: 'Acme x Globex', 'Acme <> Globex', 'Acme / Globex', 'Acme vs. Globex'
_PAIR = re.compile(r"\s+(?:x|×|<>|/|vs\.?)\s+")
_TITLE_CUT = re.compile(r"\s+[–—-]\s+|\s*[|:·(),]\s*")


def title_pair(text: str, seller_keys: set[str]) -> str | None:
    """Return the other side of a title that pairs the seller with one organisation ('Acme x Globex AG – …')."""
    title = next((ln.strip(" #*_") for ln in text.split("\n") if ln.strip(" #*_")), "")
    for segment in _TITLE_CUT.split(title):
        sides = _PAIR.split(segment.strip(" –—-"))
        if len(sides) != 2:
            continue
        mine = [
            any(
                k and (company_key(x) == k or company_key(x).split()[:1] == k.split()[:1])
                for k in seller_keys
            )
            for x in (trim_lead(sides[0]) or "", sides[1])
        ]
        if mine.count(True) == 1:
            return trim_lead(sides[mine.index(True) ^ 1].strip())
    return None


_ARTICLE = re.compile(r"^(?:die|der|das|den|dem|the)\s+(?=\S)", re.IGNORECASE)

# a word that opens a title, a label or a spoken sentence, never a company's name: a date ('21.4.'), the kind of
# meeting or document ('Telefonkonferenz', 'Entscheidungscall', 'Notiz'), a shortened word ('Entsch.termin'), a filler
_LEAD_WORD = re.compile(
    r"^(?:\d[\d./-]*|[\wäöüß]*(?:konferenz|termin|besprechung|sitzung|meeting|call|notiz|notizen|protokoll|memo|"
    r"recap|transkript|transcript|gespräch|workshop|abstimmung)|teilnehmer\w*|participants?|attendees|"
    r"[A-ZÄÖÜ][a-zäöüß]+\.[a-zäöüß]+|re|aw|wg|fw|fwd|betreff|subject|äh|ähm|öhm|uh|um|erm|hm)$",
    re.IGNORECASE,
)


def trim_lead(name: str | None) -> str | None:
    """Return a name without the title's or the sentence's words glued before it ('Notiz Acme Bau AG' -> 'Acme
    Bau AG'), as long as two words or a name with its legal form remain."""
    if not name:
        return name
    words = name.split()
    while len(words) >= 2 and _LEAD_WORD.match(words[0].strip(":,;–—-")):
        rest = " ".join(words[1:])
        if len(words) - 1 < 2 and not ORG_LEGAL.fullmatch(rest):
            break
        words = words[1:]
    return " ".join(words)


def customer_fallback(
    text: str,
    participants: Iterable[Participant],
    seller: str | None,
    product: str | None = None,
) -> str | None:
    """Return the customer's company from brackets, signatures, legal forms and prose, or None without support."""
    text = unmark(text)
    people = list(participants)
    customers = [p for p in people if p.side == "customer"]
    exclude = {company_key(seller)} if seller else set()
    exclude |= {company_key(p.organisation) for p in people if p.side == "seller" and p.organisation}
    full_names = {company_key(p.name) for p in people if " " in p.name.strip()}
    names = {company_key(p.name) for p in people} | {company_key(w) for p in people for w in p.name.split()}
    product_key = company_key(product)
    votes: Counter[str] = Counter()
    support: dict[str, set[str]] = {}

    def vote(org: str | None, weight: int, who: str) -> None:
        if org and len(org.split()) >= 2:
            org = trim_lead(_ARTICLE.sub("", org))  # 'Die Hagedorn Bau GmbH' -> 'Hagedorn Bau GmbH'
        key = company_key(org)
        # a 'participant' named like a company with a legal form is that company misread as a person
        legal = bool(ORG_LEGAL.fullmatch(org or "")) and any(key.startswith(n) for n in full_names)
        if not org or not key or key in exclude or (key in names and not legal) or not_an_org(org):
            return
        if not legal and any(company_key(p.name) in key for p in people if " " in p.name):
            return  # a person's name ("Ada Lind's office"), not an organisation
        if product_key and (key == product_key or product_key in key.split()):
            return
        same = next((o for o in votes if company_key(o) == key), None)
        if same is not None and len(org) > len(same):  # keep the fullest spelling
            votes[org] = votes.pop(same)
            support[org] = support.pop(same)
            same = org
        org = same or org
        votes[org] += weight
        support.setdefault(org, set()).add(who)

    for p in customers:
        if p.organisation:
            vote(_candidate(p.organisation), 2, p.name)
        for m in re.finditer(re.escape(p.name) + _BRACKET.format(), text):
            for part in _bracket_parts(m.group("inner")):
                legal = _legal(part)
                if not legal and _has_role(part):
                    continue  # 'Head of Archives', 'Syndikusanwältin' are roles, not the organisation
                vote(legal or _candidate(part), 3 if legal else 1, p.name)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not any(line.strip() == p.name for p in customers):
            continue
        for j, below in enumerate(lines[i + 1 : i + 1 + _SIGNATURE_SPAN]):
            if "@" in below or re.search(r"\d{3}", below):
                continue
            for part in _parts(below):
                legal = _legal(part)
                vote(legal or (_candidate(part) if j else None), 3 if legal else 2, "signature")
    for label in {_business_label(p.email) for p in customers} - {None}:
        vote(domain_spelled(str(label), text), 2, "domain")
    pair = title_pair(text, exclude) if exclude else None
    if pair and org_like(re.sub(r"\s+\S*\.$", "", pair)):  # 'Acme e.K.': the legal form aside
        vote(pair, 3, "title")
    for m in ORG_LEGAL.finditer(text):
        vote(m.group("org"), 1, "legal")
    for m in _ORG_NOUN.finditer(text):
        cleaned = clean_org(m.group("org"))  # keeps the kind word unless it cut at an abbreviation ('St. …')
        vote(cleaned if cleaned and _ORG_NOUN.search(cleaned) else m.group("org"), 1, "kind")
    for m in _AT_ORG.finditer(text):
        org = _candidate(m.group("org"))
        if org and (len(org.split()) >= 2 or len(re.findall(rf"\b{re.escape(org)}\b", text)) >= 2):
            vote(org, 1, "prose")
    ranked = [
        (n + len(support[o]), o)
        for o, n in votes.items()
        if not _FUNCTION_START.match(o) and not _role_noun(o) and plausible_customer(o, seller, people)
    ]
    if not ranked:
        return None
    ranked.sort(key=lambda t: (-t[0], -len(t[1])))
    return ranked[0][1]


# a caption file's comment keyword read as the first word of the title's company: 'NOTE Acme B.V. / …'
_CAPTION_NOTE = re.compile(r"^NOTE\s+(?=\S)")


def fullest(company: str | None, text: str) -> str | None:
    """Return the text's name with a legal form that contains the company's words ('Sonnenhof' -> '… Sonnenhof gGmbH')."""
    company = trim_lead(company)
    key = company_key(company)
    if not company or not key or ORG_LEGAL.fullmatch(company):
        return company
    words = key.split()
    for m in ORG_LEGAL.finditer(text):
        org = trim_lead(_CAPTION_NOTE.sub("", m.group("org"))) or ""
        full = company_key(org).split()
        if len(full) > len(words) and any(full[i : i + len(words)] == words for i in range(len(full))):
            return org
    return company


_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|gmx|web|t-online|icloud|proton\w*)\."
)


def align_by_domain(participants: list[Participant], company: str | None, seller: str | None) -> None:
    """Put people on the customer's side by e-mail domain: the company's domain is the customer's, any other
    (business) domain in the same thread is the seller's — whatever the lists around the names suggested. When
    no domain spells the customer but one spells the seller, the one other business domain is the customer's."""
    if not company:
        return
    domains = {p.email.split("@", 1)[1].lower(): p for p in participants if p.email and "@" in p.email}
    domains = {d: p for d, p in domains.items() if not _FREE_MAIL.match(d)}
    ours = {d for d, p in domains.items() if domain_matches(p.email, company)}
    theirs = {d for d, p in domains.items() if seller and domain_matches(p.email, seller)} - ours
    if not ours and theirs and len(domains) == len(theirs) + 1:
        ours = set(domains) - theirs  # the seller's domain and one other: the other is the customer's
    if not ours:
        return
    for p in participants:
        if not p.email or "@" not in p.email:
            continue
        domain = p.email.split("@", 1)[1].lower()
        if domain not in domains:
            continue
        if domain in ours:
            p.side = "customer"
            if p.organisation and seller and company_key(p.organisation) == company_key(seller):
                p.organisation = company
        else:
            p.side = "seller"
            if p.organisation and company_key(p.organisation) == company_key(company):
                p.organisation = seller


# a single word that names a body, a role or a place inside an organisation, never the buying company itself
_NOT_A_COMPANY = re.compile(
    r"^(?:personalrat|betriebsrat|aufsichtsrat|verwaltungsrat\w*|beirat|präsidium|kuratorium|kreistag|gemeinderat|"
    r"stadtrat|vorstand|gremium|ausschuss|sitzungsleitung|inh|inhaber\w*|owner|bieter\w*|bidders?|beratend|advisory|gäste|guests?|"
    r"geschäftsführung|geschäftsleitung|panel|board|committee|council|management|hausbank|bank|einkauf|"
    r"procurement|finance|finanzen|controlling|it|legal|recht|werk|plant|site|standort|zentrale|headquarters|"
    # the labels of two-sided attendance lists ('Us: …', 'Them: …', 'Wir: …', 'Kunde: …')
    r"them|they|us|we|wir|sie|uns|kunde|kundin|customer|client|vendor|anbieter|lieferant|supplier)$",
    re.IGNORECASE,
)


# words that name a meeting's body, tool, document or period, never the buying organisation
_NOT_AN_ORG = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}(?:steering\s+(?:group|committee|board)|steerco|lenkungs(?:kreis|ausschuss|gruppe)|"
    r"projekt(?:gruppe|team|lenkung)|project\s+(?:board|team|group)|arbeitsgruppe|working\s+group|policy\s+group|"
    r"task\s*force|programme\s+board|program\s+board|[\w&-]*\s*committee|[\w-]*ausschuss)|"
    # a German body named with its topic after it: 'Lenkungskreis Digitalisierung', 'Projektgruppe ERP'
    r"(?:lenkungs(?:kreis|ausschuss|gruppe)|projektgruppe|arbeitsgruppe|steuerungs(?:kreis|gruppe|ausschuss))"
    r"(?:\s+[\w-]+){1,3}|"
    r"(?:ms\s+|microsoft\s+)?teams|zoom|webex|google\s+meet|skype|"
    r"transkript|transcript|aufzeichnung|recording|protokoll\w*|minutes|notizen|notes|sprecher(?:in)?|speaker|"
    r"schriftführ\w*|protokollführ\w*|verfasser\w*|teilnehm\w*|attendees|participants|"
    r"ihnen|sie|you|fy\s?\d{2,4}|q[1-4](?:\s?\d{2,4})?|h[12]\s?\d{2,4}|kw\s?\d{0,2}|cw\s?\d{0,2}|"
    r"vergabekammer|vergabestelle|procurement\s+review\s+body)$",
    re.IGNORECASE,
)


# a form of address or a pronoun opens a person or a phrase, never a company: 'Herrn Albers', 'Ihnen im Werk'
_ADDRESSED = re.compile(r"^(?:Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|Ihnen|Euch|Uns|Ihm|Dir|Dich|Mir|Mich)\b\.?\s")


_PROJECT = re.compile(r"^(?:project|projekt|programm?e?|operation|initiative)\b", re.IGNORECASE)


# where a meeting takes place, a site of the company or a unit inside it — never the buying company: 'Mill Hall',
# 'Saal Rhein', 'Konferenzraum 2', 'Werk Aalen', 'Standort Nord', 'Riverside Plant', 'Facility Management',
# 'Personalabteilung', 'Produktionsleitung', 'Finance Department' (a name with a legal form is a company whatever its words)
_PLACE_OR_UNIT = re.compile(
    r"^(?:(?:[\w&'’.-]+\s+){0,3}(?:hall|room|rooms|suite|boardroom|auditorium|[\w-]*(?:saal|raum|zimmer)|aula|foyer|"
    r"lobby|canteen|kantine|[\w-]*abteilung|department|dept|division)|"
    r"(?:[\w-]+\s+){0,2}(?:[\w-]*(?:raum|saal)|room|werk|standort|niederlassung|filiale|plant|site|abteilung|"
    r"bereich|fachbereich|department|dept)\s+[\w&'’.-]+|"
    r"[\w-]+\s+(?:plant|site|campus|werk|standort)|"
    r"(?:office|facility|facilities|property|risk|quality|product|project|category|fleet|records|change|"
    r"supply\s+chain|contract|vendor|event|practice|case|information|data|it|hr)\s+management|"
    r"human\s+resources|[\w-]*(?:leitung|leiter|leiterin|wesen|medizin|logie|chirurgie|pflege|logistik|informatik)|"
    r"kämmerei|registratur|buchhaltung|technik|vertrieb|marketing|personal|produktion|entwicklung|sales|operations|engineering|vertriebsinnendienst|"
    r"supply\s+chain|procurement|purchasing|facilities|estates|logistics|finance|compliance|legal|"
    r"(?:[\w-]+\s+){0,2}[\w-]*(?:vergabe|beschaffungs|stabs|geschäfts|koordinierungs|post)stelle"
    r"(?:\s+[\w-]+){0,2})$",
    re.IGNORECASE,
)


def not_an_org(name: str | None) -> bool:
    """Return True for a name that is a committee, a meeting tool, a document word, a pronoun, a period, a venue,
    a site or a department."""
    if not name:
        return False
    text = " ".join(str(name).split()).strip(" .,:;")
    if _NOT_AN_ORG.match(text):
        return True
    text = text.strip(" \"'„“”‚‘’«»")  # a title's quotes around the name
    if _NOT_AN_ORG.match(text):
        return True
    return bool(_PLACE_OR_UNIT.match(text)) and not ORG_LEGAL.fullmatch(text)


def plausible_customer(name: str | None, seller: str | None, participants: Iterable[Participant]) -> bool:
    """Return False for a customer company that cannot be one: the seller itself or its product (the seller's
    distinctive first word in it: 'Vireo Campus' beside 'Vireo Lernsysteme'), a participant's name, or a lone
    word for a body or role ('Personalrat', 'Panel'), or no organisation at all (`not_an_org`)."""
    key = company_key(name)
    if not key or not_an_org(name) or _PROJECT.match(str(name)) or _ADDRESSED.match(str(name)):
        return False
    seller_key = company_key(seller)
    if seller_key and (key == seller_key or seller_key.split()[0] in key.split()):
        return False
    org_shaped = bool(
        ORG_LEGAL.fullmatch(str(name)) or ORG_PREFIXED.search(str(name)) or _ORG_NOUN.search(str(name))
    )
    if not org_shaped and any(key == company_key(p.name) for p in participants if " " in p.name.strip()):
        return False  # a participant's full name, not the organisation
    written = str(name).split()
    kept = [w for w in written if not _LEAD_WORD.match(w.strip(":,;–—-"))]
    if not kept or (all(is_common_word(w) for w in kept) and (len(kept) == 1 or len(kept) < len(written))):
        return False  # 'Äh Ergebnis', 'Budget': a filler or a notes word, no name
    words = key.split()
    if len(words) == 1 and (
        _NOT_A_COMPANY.match(words[0])
        or any(words[0] == company_key(w) for p in participants for w in p.name.split())
    ):
        return False
    return True
