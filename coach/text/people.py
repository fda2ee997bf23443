"""The one people and organisation extractor: participants with side, organisation, role and e-mail.

Names are any Latin-script names (accents, apostrophes, hyphens, particles: José Álvarez, Siobhán O'Neill,
Ayşe Kaya, Łukasz Nowak), a title (Herr/Frau/Dr./Mr/Ms) with a surname, first names in participant lines,
"Name (role, organisation)", e-mail addresses and signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from coach.text.lines import Line
from coach.text.model import Participant
from coach.text.names import IRISH_PARTICLE, TOKEN, company_shaped, is_common_word, is_name, is_org_word
from coach.text.readers.base import ROLE_WORD, job_side, role_side, strip_rank
from coach.text.sentences import sentence_texts

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TITLE = r"(?:(?:Dr|Prof|Hr|Hrn|Fr|Herrn?|Frau|Mr|Mrs|Ms|Dipl\.-Ing|Ing)\.?[ \t]+)"
_TOKEN = TOKEN
_PARTICLE = rf"(?:de|van|von|der|den|da|di|du|le|la|ter|ten|dos|del|zu|{IRISH_PARTICLE})"
_NAME = rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_TOKEN}){{1,2}}"  # a name never spans lines
_PERSON = re.compile(
    rf"^(?:(?P<pre>[A-ZÄÖÜ]{{2,4}})\s+)?{_TITLE}*(?P<name>{_NAME})\b(?P<rest>.*)$", re.DOTALL
)
_SINGLE = re.compile(rf"^{_TITLE}+(?P<name>{_TOKEN})\b(?P<rest>.*)$", re.DOTALL)
_SELF = re.compile(r"^(?:ich|me|i|myself|meine wenigkeit)\s*\((?P<inner>[^)]*)\)(?P<rest>.*)$", re.IGNORECASE)

_VENDOR_CUE = re.compile(
    r"^(?:and\s+|und\s+)?(?:also\s+)?(?:present\s+for\s+us|attending\s+for\s+us|from\s+our\s+side|for\s+our\s+side|on\s+our\s+side|"
    r"von\s+unserer\s+seite|auf\s+unserer\s+seite|von\s+uns(?:\s+zusätzlich)?|from\s+us|"
    r"für\s+uns(?:\s+waren)?|unsererseits|seitens\s+uns|bei\s+uns|"
    r"(?:tn\s+|teilnehmer\w*\s+)?wir|us|ours|our\s+team|our\s+side|we|vendor|anbieter)\b",
    re.IGNORECASE,
)
# A list item that is a role or a department, not a first name ("Anwesend: Vertrieb, Einkauf").
_ROLE_ITEM = re.compile(
    r"(?i)^(?:vertrieb\w*|sales|einkauf|procurement|purchasing|it|hr|finance|finanz\w*|controlling|marketing|legal|"
    r"recht\w*|produktion|logistik|support|team|alle|all|everyone|management|geschäftsführung|vorstand|board|kunde|"
    r"customer|client|wir|we|us)\b"
)
_VENDOR_WORD = re.compile(r"\b(wir|uns|unser\w*|us|our|ours|we)\b", re.IGNORECASE)
_ATTEND_CUE = re.compile(
    r"^(?:teilnehmer\w*|teilnehmende|tn|anw\.?|anwesend\w*(?:\s+waren)?|attendees|attending(?:\s+for)?|participants|"
    r"in\s+attendance|present(?:\s+for)?(?:\s+(?:were|was))?|(?:were\s+)?present|dabei\s+waren|am\s+tisch\s+saßen|"
    r"on\s+the\s+(?:customer|client)\s+side|customer\s+side|kundenseite|seitens\s+des\s+kunden|auf\s+kundenseite|"
    r"customer\s+attendees|ebenfalls\s+da(?:bei)?|mit\s+dabei|also\s+present|joined\s+by|kunde|kd|customer|client|"
    r"att|attn|cust|them)\b\.?",
    re.IGNORECASE,
)
_INHERIT_CUE = re.compile(
    r"^(?:ebenfalls\s+da(?:bei)?|mit\s+dabei|also\s+present|joined\s+by)\b", re.IGNORECASE
)
_STRONG_CUE = re.compile(
    r"(?:^|\b)(teilnehmer\w*|teilnehmende|\btn\b|anw\.|anwesend|attendees|attending|participants|in attendance|"
    r"present (?:for|were|was)|dabei waren|am tisch saßen|on the (?:customer|client) side|from our side|for our side|für uns|von uns|"
    r"from us\s*:|"
    r"von unserer seite|auf unserer seite|auf kundenseite|kundenseite|ebenfalls da|mit dabei|(?:also )?on our side|our team|"
    r"customer attendees)",
    re.IGNORECASE,
)
_ABSENT = re.compile(
    r"(abgesagt|absent|could(?:n't| not) (?:attend|make it)|unable to attend|entschuldigt|nicht dabei|fehlte|"
    r"not present|war nicht da|krank|sick|declined the invite)",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(GmbH|AG|KG|SE|OHG|GbR|e\.V\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|S\.A\.|B\.V\.|N\.V\.|Gruppe|Group|Holding)\b"
)
_NOT_NAME = {
    "teilnehmer",
    "teilnehmerliste",
    "attendance",
    "anwesenheit",
    "anwesenheitsliste",
    "teilnehmende",
    "kunde",
    "kunden",
    "present",
    "attendees",
    "participants",
    "von",
    "für",
    "wir",
    "us",
    "our",
    "ours",
    "team",
    "also",
    "mit",
    "ebenfalls",
    "anwesend",
    "am",
    "dabei",
    "decision",
    "entscheidung",
    "the",
    "on",
    "from",
    "customer",
    "seller",
    "notes",
    "notizen",
    "protokoll",
    "meeting",
    "agenda",
    "ergebnis",
    "angebot",
    "proposal",
    "objection",
    "einwand",
    "actions",
    "aufgaben",
    "todo",
    "todos",
    "next",
    "nächste",
    "datum",
    "date",
    "rückblick",
    "review",
    "engagement",
    "warum",
    "why",
    "feedback",
    "solution",
    "account",
    "head",
    "leiter",
    "leiterin",
    "leitung",
    "director",
    "manager",
    "chief",
    "vp",
    "sales",
    "key",
    "data",
    "herr",
    "herrn",
    "frau",
    "hr",
    "fr",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "den",
    "die",
    "der",
    "das",
    "ich",
    "und",
    "and",
}
_SIDE_WORDS = re.compile(r"^(?:wir|our|unser\w*|us|ours|von uns|from us)\b[\s,]*", re.IGNORECASE)


def is_role(text: str) -> bool:
    """Return True for a short role or department text, not a name ('CFO', 'Head of IT', 'Einkauf')."""
    text = text.strip(" .")
    words = text.split()
    return (
        0 < len(words) <= 5
        and not re.search(r"\d|@|[()\[\]]", text)
        and bool(ROLE_WORD.search(text))
        and (
            len(words) == 1
            or not is_name(text)
            or bool(ROLE_WORD.match(strip_rank(text)))  # "Head of IT", "Senior Procurement Lead"
            or bool(ROLE_WORD.fullmatch(words[-1]))  # "Solutions Engineer"
        )
        and not _LEGAL.search(text)
    )


def _role_prefix(name: str) -> tuple[str | None, str]:
    """Split a role or department word written before a name ('Einkauf Oskar Hollmichel') from the name."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) >= 2 and ROLE_WORD.search(first) and is_name(rest):
        return first, rest
    return None, name


def _org_not_role(inner: str | None) -> bool:
    """Return True when a bracket after a name holds only an organisation ('Jan Berger (Velotrak GmbH)')."""
    if not inner or "," in inner or EMAIL.search(inner) or _SIDE_WORDS.match(inner):
        return False
    words = inner.split()
    return (
        0 < len(words) <= 5
        and not ROLE_WORD.search(inner)
        and (bool(_LEGAL.search(inner)) or any(is_org_word(w) for w in words))
    )


@lru_cache(maxsize=4096)
def _name_rx(name: str) -> re.Pattern[str]:
    """Return the compiled pattern of a name as a whole word (compiled once per name, not per call)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


@dataclass
class People:
    """The participants found, the author of the notes ('ich (Name)'), and lookups from names to people."""

    participants: list[Participant] = field(default_factory=list)
    author: Participant | None = None
    company: str | None = None

    def _variants(self) -> list[tuple[str, Participant]]:
        key = tuple((id(p), p.name) for p in self.participants)
        cached = self.__dict__.get("_variant_cache")
        if cached is not None and cached[0] == key:
            return cached[1]  # the same people with the same names: the same variants
        out = self._compute_variants()
        self.__dict__["_variant_cache"] = (key, out)
        return out

    def _compute_variants(self) -> list[tuple[str, Participant]]:
        out: list[tuple[str, Participant]] = []
        firsts: dict[str, list[Participant]] = {}
        lasts: dict[str, list[Participant]] = {}
        for p in self.participants:
            out.append((p.name, p))
            parts = p.name.split()
            firsts.setdefault(parts[0], []).append(p)
            lasts.setdefault(parts[-1], []).append(p)
            if len(parts) > 2 and (parts[-2].islower() or _is_particle(parts[-2])):
                lasts.setdefault(" ".join(parts[-2:]), []).append(p)  # "van Dijk", "Ó Dálaigh"
            if len(parts) > 3 and _is_particle(parts[-3]) and _is_particle(parts[-2]):
                lasts.setdefault(" ".join(parts[-3:]), []).append(p)  # "van der Heide", "de la Fuente"
        for table in (lasts, firsts):
            for key, ps in table.items():
                if len(ps) == 1:
                    out.append((key, ps[0]))
        out.sort(key=lambda v: -len(v[0]))
        return out

    def mentions(self, text: str) -> list[tuple[int, int, Participant]]:
        """Return (start, end, person) for every participant named in the text, left to right, no overlaps."""
        found: list[tuple[int, int, Participant]] = []
        taken: list[tuple[int, int]] = []
        for variant, person in self._variants():
            if variant not in text:
                continue  # the pattern is the literal name: no substring, no match (skips compiling it)
            for m in _name_rx(variant).finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), person))
        found.sort(key=lambda f: f[0])
        return found

    def resolve(self, text: str) -> Participant | None:
        """Return the participant a short owner text names ('Roth', 'Frau Schmitt', 'ich'), if any."""
        if re.match(r"^\s*(ich|i|me|myself)\b", text, re.IGNORECASE) and self.author:
            return self.author
        found = self.mentions(text)
        return found[0][2] if found else None

    def by_name(self, name: str) -> Participant | None:
        """Return the participant with exactly this name."""
        return next((p for p in self.participants if p.name == name), None)


def _split_top(text: str) -> list[tuple[str, str]]:
    """Split a list at commas, semicolons, 'und'/'and', colons and dashes outside brackets: (item, separator)."""
    items: list[tuple[str, str]] = []
    depth = 0
    buf = ""
    i = 0
    seps = [": ", " — ", " – ", " - ", " | ", " · ", "; ", ", ", " und ", " and ", " sowie ", " as well as "]
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            sep = next((s for s in seps if text.startswith(s, i)), None)
            if sep is None and ch == ":" and i == len(text) - 1:
                sep = ":"
            if sep:
                items.append((buf.strip(), sep.strip() or sep))
                buf = ""
                i += len(sep)
                continue
        buf += ch
        i += 1
    if buf.strip():
        items.append((buf.strip(), ""))
    return items


def _paren(rest: str) -> tuple[str | None, str]:
    m = re.match(r"\s*\(([^)]*)\)(.*)$", rest, re.DOTALL)
    return (m.group(1), m.group(2)) if m else (None, rest)


# "(both Pallantic Software)", "(beide von Nordwerk)", "(all X)", "(alle X)": a bracket that speaks for several names
_COLLECTIVE = re.compile(
    r"^\s*(?P<word>both|beide[n]?|all|alle)\s+(?:of\s+them\s+)?(?:(?:from|at|of|with|von|bei|aus)\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _collective(inner: str | None) -> tuple[int | None, str] | None:
    """Return (how many names the bracket covers: 2, or None for the whole list; the bracket without the word)."""
    m = _COLLECTIVE.match(inner or "")
    if not m:
        return None
    return (2 if m.group("word").lower().startswith(("both", "beide")) else None), m.group("rest").strip()


def _share_bracket(members: list[Participant], source: Participant, count: int | None) -> None:
    """Give the organisation (or, failing one, the role) of a collective bracket to the names it covers."""
    covered = members[-count:] if count else members
    for member in covered:
        if member is source:
            continue
        if source.side == "seller":
            member.side = "seller"  # "Tom Ehrl, Sina Rau (beide Vertrieb)": both are the seller's
        if source.organisation:
            member.organisation = source.organisation
        elif source.role and not member.role:
            member.role = source.role


# A bracket that only says "sales": the seller's side (not "Vertriebsleiter" or "Head of Sales", whom a customer has).
_SELLER_JOB = re.compile(
    r"(?i)(?:vertrieb|sales|verkauf|ae|sdr|bdr|(?:senior |key )?account (?:executive|exec|manager(?:in)?)|"
    r"sales (?:rep|engineer|executive)|solutions? (?:engineer|consultant|architect)|pre-?sales)"
)


def _role_and_email(inner: str | None, trailing: str = "") -> tuple[str | None, str | None, bool]:
    """Return (role, e-mail, vendor?) from a bracket such as '(Einkauf, sabine@x.de)' or '(wir, Vertrieb)'."""
    email = None
    vendor = False
    parts: list[str] = []
    for part in (inner or "").split(","):
        part = part.strip()
        if not part:
            continue
        em = EMAIL.search(part)
        if em:
            email = em.group(0)
            part = EMAIL.sub("", part).strip()
            if not part:
                continue
        if _SIDE_WORDS.match(part):
            vendor = True
            part = _SIDE_WORDS.sub("", part).strip()
            if not part:
                continue
        if _SELLER_JOB.fullmatch(part):
            vendor = True  # "Jonas Hell (Vertrieb)", "Mark Ellis (Sales, Acme)": the seller's own people
        parts.append(part)
    role = ", ".join(parts) or None
    tail = re.sub(
        r"^\s*(?:aus dem|aus der|vom|von der|from|of)\s+", "", trailing.strip(" .,!"), flags=re.IGNORECASE
    )
    if (
        not role
        and tail
        and tail.lower() not in {"dabei", "da"}
        and len(tail) < 60
        and trailing.strip() != tail
    ):
        role = tail
    return role, email, vendor


def _person(item: str) -> tuple[Participant | None, bool]:
    """Return (person, is_author) parsed from one list item like 'Hr. Jonas Brandt (IT-Leitung)' or 'ich (Name)'."""
    item = item.strip(" .!")
    m = _SELF.match(item)
    if m:
        inner = m.group("inner").split(",")
        nm = re.match(rf"^{_TITLE}*(?P<name>{_NAME}|{_TOKEN})$", inner[0].strip())  # "me (Sophie)" too
        if not nm or is_common_word(nm.group("name")) or nm.group("name").lower() in _NOT_NAME:
            return None, False
        role, email, _ = _role_and_email(",".join(inner[1:]))
        return Participant(name=nm.group("name"), role=role, email=email, side="seller"), True
    m = _PERSON.match(item)
    if m and (
        m.group("name").split()[0].lower() in _NOT_NAME
        or _LEGAL.search(m.group("name"))
        or any(is_common_word(w) for w in m.group("name").split() if not _is_particle(w))
    ):
        m = None
    if m:
        name, rest = m.group("name"), m.group("rest")
        lead, name = _role_prefix(name)  # "Einkauf Oskar Hollmichel": the department is a role
        if lead is None and m.group("pre") and ROLE_WORD.search(m.group("pre")):
            lead = m.group("pre")  # "CFO Linda Hovestadt"
        inner, trailing = _paren(rest)
        if (shared := _collective(inner)) is not None:
            inner = shared[
                1
            ]  # "Bo Hollmichel (both Pallantic Software)": Bo's bracket is "Pallantic Software"
        role, email, vendor = _role_and_email(inner, trailing)
        if email is None:
            em = EMAIL.search(rest)
            email = em.group(0) if em else None
        org = None
        if _org_not_role(inner):
            org, role = inner.strip(), None
        return Participant(
            name=name,
            role=role or lead,
            organisation=org,
            email=email,
            side="seller" if vendor else "customer",
        ), False
    m = _SINGLE.match(item)
    if m:
        inner, trailing = _paren(m.group("rest"))
        if inner:
            parts = [p.strip() for p in inner.split(",")]
            full = re.match(rf"^(?P<name>{_NAME})$", parts[0])
            if full and full.group("name").split()[-1] == m.group("name"):
                role, email, vendor = _role_and_email(",".join(parts[1:]))
                return Participant(
                    name=full.group("name"), role=role, email=email, side="seller" if vendor else "customer"
                ), False
    return None, False


def _first_name(item: str) -> Participant | None:
    """Return a person named by first name only in a participant list ('Kim, Ravi, Tobias'), else None."""
    m = re.fullmatch(rf"(?P<name>{_TOKEN})(?:\s*\((?P<inner>[^)]*)\))?", item.strip(" .!"))
    if (
        not m
        or m.group("name").lower() in _NOT_NAME
        or is_common_word(m.group("name"))
        or _ROLE_ITEM.match(item)
    ):
        return None
    role, email, seller = _role_and_email(m.group("inner"))
    return Participant(name=m.group("name"), role=role, email=email, side="seller" if seller else "customer")


def _label_side(label: str) -> tuple[str | None, str | None]:
    """Return (side, organisation) for a list label such as 'Teilnehmer Kunde', 'TN wir', 'Velotec', 'Present for us'."""
    if _VENDOR_CUE.match(label) or _VENDOR_WORD.search(label):
        return "seller", None
    org = _ATTEND_CUE.sub("", label).strip(" .:—–-")
    org = re.sub(r"^(?:for|für|of)\s+", "", org, flags=re.IGNORECASE).strip()
    if org.lower() in {"", "kunde", "kd", "customer", "client", "waren", "da"} or all(
        is_common_word(w) for w in org.split()
    ):
        org = None
    return "customer", org


def _postfix_orgs(items: list[tuple[str, str]]) -> set[int]:
    """Return the indexes of items that name the organisation of the people before them: an item with a legal form
    or an organisation word, after a dash, closing its group ('Tom Riedel (Einkauf) - Halvering AG; …')."""
    out: set[int] = set()
    for i in range(1, len(items)):
        item, sep = items[i]
        before_sep = items[i - 1][1]
        if before_sep not in ("-", "–", "—") or sep not in (";", "|", "", ".") or "(" in item:
            continue
        words = item.split()
        if 1 <= len(words) <= 6 and (_LEGAL.search(item) or any(is_org_word(w) for w in words)):
            out.add(i)
    return out


_DASH_ENTRY = re.compile(rf"^(?:{_TITLE})*(?P<name>{_NAME})\s+[–—-]\s+(?P<rest>[^:;|()]+?)\s*\.?$")


def _dash_entry(text: str) -> Participant | None:
    """Return the person of an attendance line 'Name – Role, Organisation' (Zoom/Teams exports), else None."""
    m = _DASH_ENTRY.match(text.strip())
    if not m:
        return None
    name = m.group("name")
    if (
        not is_name(name)
        or _LEGAL.search(name)
        or any(is_org_word(w) or ROLE_WORD.match(w) for w in name.split())
        or name.split()[0].lower() in _NOT_NAME
    ):
        return None
    parts = [x.strip() for x in m.group("rest").split(",") if x.strip()]
    roles = [x for x in parts if is_role(x)]
    orgs = [x for x in parts if x not in roles]
    if (
        not roles
        or len(orgs) > 1
        or any(
            is_name(x)
            and len(x.split()) >= 2
            and not _LEGAL.search(x)
            and not any(is_org_word(w) for w in x.split())
            for x in orgs
        )
    ):
        return None  # "Nordwerk – Anna Roth, Ben Kurz" is a label with people, not a person with a role
    return Participant(name=name, role=", ".join(roles), organisation=orgs[0] if orgs else None)


def _is_attendance(text: str, section: str) -> bool:
    if section == "participants":
        return True
    if _STRONG_CUE.match(text) or re.match(r"^(wir|us|ours|kunde|customer)\s*[:—–]", text, re.IGNORECASE):
        return True
    # "Harbor Point: Olivia Turner (GM), Marcus Hill (CFO), ..." — a label followed by people with roles.
    return len(re.findall(rf"{_NAME}\s*\([^)]*\)", text)) >= 2 and bool(re.match(r"^[^:()]{2,50}:\s", text))


# A Markdown list label ("**Them:**", "__Us__:") and a side label with its company ("Us (Docketline):").
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)(?P<label>[^*_\n:]{1,60}?)(?::(?:\*\*|__)|(?:\*\*|__)\s*:)")
_SIDE_LABEL_ORG = re.compile(
    r"^(?P<label>wir|us|ours|we|our side|unsere seite|kunde|customer|client|them|they)\s*\([^)]*\)\s*:",
    re.IGNORECASE,
)


def _plain_label(line: Line) -> Line:
    """Return a line with its list label as plain text: '**Us (Docketline):** A, B' -> 'Us: A, B'."""
    text = _BOLD_LABEL.sub(r"\g<label>:", line.text)
    text = _SIDE_LABEL_ORG.sub(r"\g<label>:", text)
    return line if text == line.text else replace(line, text=text)


_SIDE_LIST = re.compile(r"^(?:wir|us|ours|them)\s*[:—–]", re.IGNORECASE)  # "Kunde: X GmbH" names a company


_ROLE_FIELD = re.compile(rf"^\s*(?P<label>[\w.-]{{2,20}})\s*:\s*(?P<name>{_NAME})\s*$")


def find_people(lines: list[Line]) -> People:
    """Return the participants (customer and vendor side), the notes' author and the customer's organisation."""
    lines = [_plain_label(line) for line in lines]
    people = People()
    grouped: set[str] = set()  # organisations a collective bracket gives ("(both X)")
    seen: dict[str, Participant] = {}
    orgs: list[str] = []

    def add(p: Participant, side: str, org: str | None, author: bool = False) -> None:
        key = p.name.lower()
        if key in seen:
            old = seen[key]
            old.role = old.role or p.role
            old.email = old.email or p.email
            if p.side == "seller" or side == "seller":
                old.side = "seller"
            person = old
        else:
            p.side = "seller" if (side == "seller" or p.side == "seller") else "customer"
            p.organisation = p.organisation or (org if p.side == "customer" else None)
            seen[key] = p
            people.participants.append(p)
            person = p
        if author:
            people.author = person
            person.side = "seller"

    for line in lines:
        if line.section == "actions":
            continue
        if "|" in line.text and ":" in line.text:
            # a record's header fields: "Datum: 03.11. | SE: Anna Lisowski | AE: Tom Fenwright"
            for field_ in line.text.replace("**", "").replace("__", "").split("|"):
                m = _ROLE_FIELD.match(field_)
                if m and (side := role_side(m.group("label"))) != "unknown":
                    add(Participant(name=m.group("name"), role=m.group("label"), side=side), side, None)
        if line.section in ("participants", "header") and (entry := _dash_entry(line.text)) is not None:
            vendor = bool(_VENDOR_WORD.search(line.text))
            add(entry, "seller" if vendor else "customer", entry.organisation)
            if entry.organisation:
                orgs.append(entry.organisation)
            continue
        side_of_line: str | None = None
        if (
            line.section != "participants"
            and "(" not in line.text
            and not _STRONG_CUE.search(line.text)
            and not re.match(r"^(wir|us|ours|kunde|customer)\s*[:—–]", line.text, re.IGNORECASE)
        ):
            continue  # no attendance cue anywhere in the line: nothing to find (fast path for long texts)
        # A transcript speaker introduced with a bracket: "[09:02] Thomas Weber (wir, Vertrieb): ..."
        sm = re.match(rf"^(?P<item>(?:{_TITLE})*{_TOKEN}(?:\s+{_TOKEN}){{0,2}}\s*\([^)]*\))\s*:", line.text)
        if sm:
            person, _ = _person(sm.group("item"))
            if person:
                side_of_line = person.side
                add(person, person.side, None)
        for sentence in sentence_texts(line.text):
            if not _is_attendance(sentence, line.section):
                continue
            side = side_of_line or "customer"
            org: str | None = None
            has_roles = bool(re.search(rf"{_NAME}\s*\([^)]*\)", sentence)) or line.section == "participants"
            strong = (
                bool(_STRONG_CUE.match(sentence) or _SIDE_LIST.match(sentence))
                or line.section == "participants"
            )
            if not (has_roles or strong):
                continue
            items = _split_top(sentence)
            postfix = _postfix_orgs(items)
            group: list[Participant] = []
            listed: list[Participant] = []
            last: Participant | None = None
            for index, (item, sep) in enumerate(items):
                sep_before = items[index - 1][1] if index else ""
                if not item:
                    continue
                if index in postfix:  # 'A, B (role) - Org; C - Org': the group before the dash is the Org's
                    for member in group:
                        if member.side == "customer":
                            member.organisation = item
                    orgs.append(item)
                    group = []
                    continue
                if sm and item.startswith(sm.group("item").split("(")[0].strip()) and sep == ":":
                    continue
                if _ABSENT.search(item):
                    continue
                lead = _VENDOR_CUE.match(item)
                if lead and (sep in (":", "—", "–", "-", "|") or lead.end() < len(item)):
                    side, org = "seller", None
                    item = item[lead.end() :].strip(" :—–-")
                    if not item:
                        continue
                elif sep in (":", "—", "–", "-") and "(" not in item and index + 1 not in postfix:
                    if _INHERIT_CUE.match(item):
                        continue
                    side, org = _label_side(item)
                    if org:
                        orgs.append(org)
                    continue
                cue = _ATTEND_CUE.match(item)
                if cue and not _INHERIT_CUE.match(item):
                    side, label_org = _label_side(item[: cue.end()])
                    org = label_org or org
                    item = item[cue.end() :].strip(" :—–-")
                elif cue:
                    item = item[cue.end() :].strip(" :—–-")
                if not item:
                    continue
                if sep_before == "," and last is not None and not last.role and is_role(item):
                    last.role = item.strip(" .")  # "Teilnehmer: Linda Hovestadt, CFO"
                    continue
                person, author = _person(item)
                if person is None and line.section == "participants":
                    person = _first_name(item)
                elif person is None and strong:
                    person = _first_name(item)  # "From us: me (Lena Vogt), Felix and Jana."
                if person:
                    add(person, side, org, author)
                    last = seen.get(person.name.lower(), person)
                    group.append(last)
                    listed.append(last)
                    bracket = re.search(r"\(([^)]*)\)[\s.!]*$", item)
                    if bracket and (shared := _collective(bracket.group(1))) is not None:
                        _share_bracket(group, last, shared[0])  # "A, B (both X)": X is A's too
                        if last.organisation:
                            grouped.add(last.organisation)
                if sep in (";", "|", ":", "·"):
                    group = []
            if (
                org
                and listed
                and all(
                    (q.side == "seller" or job_side(q.role or "") == "seller") and not q.organisation
                    for q in listed
                )
            ):
                for q in listed:
                    q.organisation, q.side = (
                        org,
                        "seller",
                    )  # "X: Anna Lisowski (AE), Tom Fenwright (SE)": the sellers' firm
            _parallel_orgs(listed)
    people.company = _company(lines, orgs)
    _header_emails(people.participants, lines)
    for p in people.participants:
        # "…, Benedikt Sauer, Chidi Eze (beide X GmbH)": X is those two's, not everyone else's
        if p.side == "customer" and not p.organisation and people.company not in grouped:
            p.organisation = people.company
    return people


def _header_emails(participants: list[Participant], lines: list[Line]) -> None:
    """Give a participant without an address the one written after their full name ('Ciarán Ó Dálaigh <c@x.io>')."""
    missing = [p for p in participants if not p.email and len(p.name.split()) >= 2]
    if not missing:
        return
    text = "\n".join(line.text for line in lines)
    for p in missing:
        if p.name in text:
            m = re.search(rf"(?<![\w-]){re.escape(p.name)}\s*<(?P<e>{EMAIL.pattern})>", text)
            if m:
                p.email = m.group("e")


# A department or a task in a bracket: "(Buchhaltung)", "(Qualitätssicherung)", "(Vertriebsleitung)".
_DEPARTMENT = re.compile(r"(?i)\w*(?:ung|ungen|heit|keit|schaft|tion|ment|ing|ice|ics)$")


def _parallel_orgs(listed: list[Participant]) -> None:
    """Read a bracket as an organisation when another name of the same list has its organisation in brackets.

    "Ida Berg (Halmwerk), Leo Marx (Nordholz AG)": a list that gives one person's company in brackets
    gives the others' there too — a name that is no job ('Halmwerk') is the company, not a role.
    """
    if not any(p.organisation and not p.role for p in listed):
        return
    for p in listed:
        role = (p.role or "").strip()
        words = role.split()
        if (
            p.organisation
            or not words
            or len(words) > 3
            or ROLE_WORD.search(role)
            or re.search(r"[\d@,;:/]", role)
            or not all(w[:1].isupper() or w == "&" for w in words)
            or any(is_common_word(w) for w in words)
            or _DEPARTMENT.fullmatch(words[-1])
        ):
            continue
        p.organisation, p.role = role, None


_TITLE_WORDS = re.compile(
    r"^(?:protokoll(?:-notizen)?|notizen|notes|mitschrift|kurzbericht|bericht|gesprächsnotiz|transcript notes|"
    r"summary|zusammenfassung|decision meeting(?: notes)?|decision call|entscheidungs\w*|meeting|termin|"
    r"[—–\-|:,]|\s|(?:zum|vom|zur|des|der|from|of|the|with|mit|bei|den|dem|am|on)\b)+",
    re.IGNORECASE,
)


def _company(lines: list[Line], orgs: list[str]) -> str | None:
    """Return the customer's company: a 'Kunde:' line, a name with a legal form, a list label, or the title."""
    head = [re.sub(r"^#+\s*", "", line.text) for line in lines[:4]]
    for line in lines[:12]:
        m = re.match(
            r"^(?:kunde|customer|client|firma|company|account)\s*:\s*(?P<v>.+)$", line.text, re.IGNORECASE
        )
        if m and "(" not in m.group("v"):
            return _clean_company(m.group("v"))
    for text in head:
        m = re.search(
            rf"((?:[A-ZÄÖÜ][\w&.-]*\s+|&\s+){{0,4}}{_LEGAL.pattern})",
            text,
        )
        if m:
            return _clean_company(_TITLE_WORDS.sub("", m.group(1)))
    for org in orgs:
        for text in head:
            m = re.search(rf"\b{re.escape(org)}(?:\s+[A-ZÄÖÜ][\w&-]*){{0,3}}", text)
            if m:
                return _clean_company(m.group(0))
        return org
    title = head[0] if head else ""
    if re.match(rf"^(?:{_TITLE})*{_NAME}\s*(?:\([^)]*\))?\s*:", title):
        return None  # "Sabine Korte (Einkauf): …" opens with a speaker, not a title naming the company
    m = re.search(r"\b(?:mit|bei|with|at)\s+(?:den|der|dem|the)?\s*(?P<v>[A-ZÄÖÜ][^(,–—/|]+)", title)
    if m:
        return _clean_company(m.group("v"))
    parts = [p for p in re.split(r"\s[–—|/-]\s|\s/\s", title) if p.strip()]
    for part in parts:
        cleaned = part
        for _ in range(2):
            cleaned = re.sub(r"^\s*(?:\w{2,10}\.?,?\s+)?\d[\d./-]*\s*", "", cleaned)
            cleaned = _TITLE_WORDS.sub("", cleaned).strip()
        if cleaned and not re.search(r"\d{2}", cleaned) and cleaned[0].isupper():
            return _clean_company(cleaned)
    return None


def _clean_company(text: str) -> str | None:
    text = re.split(r"\s[–—|/]\s|\s\(|\s-\s|,", text)[0]
    text = re.sub(r"\s+", " ", text).strip(" .:;,-–—")
    return text[:80] or None


def extract_emails(notes: str) -> list[str]:
    """Return the e-mail addresses in the notes, in order, without duplicates."""
    out: list[str] = []
    for m in EMAIL.finditer(notes):
        addr = m.group(0).strip(".")
        if addr.lower() not in (a.lower() for a in out):
            out.append(addr)
    return out


def customer_recipients(emails: list[str], people: People) -> list[str]:
    """Return the addresses the minutes go to: customer participants' e-mails, and unknown ones not on our domain."""
    vendor_domains = {
        p.email.split("@")[1].lower() for p in people.participants if p.side == "seller" and p.email
    }
    out: list[str] = []
    for addr in emails:
        local, domain = addr.lower().split("@", 1)
        owner = next((p for p in people.participants if p.email and p.email.lower() == addr.lower()), None)
        if owner is None:
            owner = next((p for p in people.participants if _local_matches(local, p.name)), None)
        if owner is not None:
            if owner.side == "customer":
                out.append(addr)
            continue
        if domain not in vendor_domains:
            out.append(addr)
    return out


def _local_matches(local: str, name: str) -> bool:
    parts = [re.sub(r"[^a-z]", "", _ascii(p.lower())) for p in name.split()]
    first, last = parts[0], parts[-1]
    tokens = set(re.split(r"[._-]", local))
    return (
        last in tokens
        and (first in tokens or first[:1] in tokens)
        or local in {first + last, first[:1] + last}
    )


def _ascii(text: str) -> str:
    return text.translate(
        str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a"})
    )


# Particles inside a titled name ('Herr Maarten van der Heide', 'Ms Lucía de la Fuente'); not German 'von'/'der'/'den'/'zu'
# alone, which after a surname start the sentence's next words ('Herr Roth von Ihrer Seite', 'Frau Lenz den Bericht').
_TITLED_PARTICLE = (
    rf"(?:van(?:[ \t]+(?:der|den|de))?|de(?:[ \t]+la)?|da|di|dos|del|du|le|la|ter|ten|{IRISH_PARTICLE})"
)
_TITLED_RE = re.compile(
    rf"(?<![\w-])(?:Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.|Professor(?:in)?)\s+(?:(?:Dr|Prof)\.\s+)*"
    rf"(?P<name>{_TOKEN}(?:[ \t]+(?:{_TITLED_PARTICLE}[ \t]+)?{_TOKEN})?)(?![\w-])(?:\s*\((?P<inner>[^)]*)\))?"
)
_NAME_BRACKET = re.compile(rf"(?<![\w-])(?P<name>{_NAME})\s*\((?P<inner>[^)]*)\)")


def _split_role(p: Participant) -> None:
    """Move a company written in the role ('CFO, Nordholz AG') to the organisation."""
    if not p.role or "," not in p.role:
        return
    parts = [x.strip() for x in p.role.split(",") if x.strip()]
    orgs = [x for x in parts if _LEGAL.search(x)]
    if orgs:
        p.organisation = p.organisation or orgs[0]
        p.role = ", ".join(x for x in parts if x not in orgs) or None


def _merge(out: list[Participant], p: Participant) -> None:
    key = p.name.casefold().split()
    for q in out:
        have = q.name.casefold().split()
        if (
            have == key
            or (len(key) == 1 and key[0] in (have[0], have[-1]))
            or (len(have) == 1 and have[0] in (key[0], key[-1]))
        ):
            if len(key) > len(have):
                q.name = p.name
            q.role = q.role or p.role
            q.organisation = q.organisation or p.organisation
            q.email = q.email or p.email
            if q.side == "unknown" or p.side == "seller":
                q.side = p.side if p.side != "unknown" else q.side
            return
    out.append(p)


# A word for how the speaker relates to someone, written before their name: "Kollege", "colleague", "Chefin".
_KIN_WORD = re.compile(r"(?i)kolleg\w*|colleague|partner\w*|chef\w*|boss|teamlead\w*|vorgesetzt\w*")
_TITLE_WORD = re.compile(r"(?:Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|Dr|Prof|Professor(?:in)?)\.?")
_NAME_HINT = re.compile(
    r"\(|(?-i:[A-ZÄÖÜ][\w'’-]+),\s*(?:the|der|die)\s+[\w-]+|\b(?:and|und)\s+(?:I|me|ich)\b|\b(?:I|me|ich)\s*(?:and\b|und\b|\+|&)\s*\w|"
    r",\s+(?-i:[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+),|\b(?:Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|Dr|Prof|Professor\w*)\b|,\s*(?:our|my|unser\w*|mein\w*)\s|\b(?:our|my|unser\w*|mein\w*)\s+(?:[\w-]+\s+)?[\w-]+,\s+[A-Z]|\b(?:from|von|aus) (?:my|our|meinem|unserem) team"
    r"|\b(?:that['’]s|that is|das ist)\s+(?-i:[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ])"
    r"|\b(?:ich bin|hier ist|hier spricht|mein name ist|I['’]m|I am|my name is|this is)\s+(?:übrigens\s+|by the way,?\s+)?[A-Z]|\b(?:kolleg\w*|colleagues?)\s+[A-Z]|\b(?:the|their|der|die)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?-i:[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)|\b(?:Landrät?in|Landrat|Bürgermeister\w*|CEO|CFO|COO|CTO|CIO|CRO|CISO|Geschäftsführer\w*|Prokurist\w*)\s",
    re.IGNORECASE,
)
# "Dev Rao, the owner.", "Jens Ahl, der Werkleiter, …" (a job word must follow the article)
_NAME_THE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}),\s*(?i:the|der|die)\s+(?P<inner>[\w-]{{2,30}}(?:\s+(?:of|für|for)\s+[\w-]{{2,20}})?)"
    r"(?=\s*[,.;:!?]|\s+(?:is|ist|who|and|und|here|hier)\b)"
)
# One first name beside the speaker: "me and Oswin from billing", "ich und Edda, wir …", "Me + Oswin".
_WITH_ME = re.compile(
    rf"\b(?i:me|ich|I)\s*(?:\band\b|\bund\b|\+|&)\s*(?P<name>{_TOKEN})"
    r"(?=\s+(?i:from|von|vom|aus|auf|on|are|sind|were|waren|both|beide)\b|\s*[,.;:!?)]|\s*$)"
)
# "from our side" after the names: the seller's own people in the seller's notes
_OUR_SIDE_AFTER = re.compile(r"\s+(?i:from|on|von|auf)\s+(?i:our|unserer)\s+(?i:side|seite)\b")
# A job, then the person, set off by commas: "The head of fleet, Oswin Tally, signs."
_ROLE_THE = re.compile(
    rf"\b(?i:the|their|der|die|ihr\w*)\s+(?P<inner>(?:[\w-]+\s+){{0,2}}[\w-]+),\s+(?P<name>{_NAME})(?=\s*[,.;!?](?!\w))"
)
# Names in running text without title or brackets, where a cue says who they are.
_RUNNING = (
    # "Niamh Ortiz from my team", "Maria Lind, our Chief Risk Officer", "Jens Ahl, unser Projektleiter"
    re.compile(
        rf"(?<![\w-])(?P<name>{_NAME})(?:,\s*(?i:our|my|unser\w*|mein\w*)\s+(?P<inner>[^,.;:!?()]{{2,40}}?)(?=\s*[,.;:!?]|\s+(?:is|ist|who|der|die|and|und|will|wird|owns|leads)\b)"
        r"|\s+(?i:from|von|aus)\s+(?i:my|our|meinem|unserem)\s+(?i:team))"
    ),
    # "our MD, Fiona Grant", "unsere Einkaufsleiterin, Sanne Voss"
    re.compile(
        rf"\b(?i:our|my|unser\w*|mein\w*)\s+(?P<inner>(?:(?i:own|eigene\w*|new|neue\w*|senior)\s+)?"
        rf"(?:[a-z][\w-]{{2,20}}\s+)?(?:[A-Z]{{2,4}}|[\w-]{{3,30}})),\s+"
        rf"(?P<name>{_NAME})(?=\s*[,.;:!?]|\s+\w)"
    ),
    # "Our CEO, Odalys, approved it": a top job and a first name set off by commas; "our Director of Operations,
    # that's Claire Wexley", "unser Einkaufsleiter, das ist Jens Ahl"
    re.compile(
        rf"\b(?i:our|my|unser\w*|mein\w*)\s+(?:(?P<inner2>CEO|CFO|COO|CTO|CIO|CRO|CISO|MD|GF|Geschäftsführer(?:in)?|"
        rf"(?i:boss|chef|chefin|owner|inhaber|inhaberin|founder|gründer|gründerin)),\s+(?P<name2>{_TOKEN}),"
        rf"|(?P<inner>[^,.;:!?()\n]{{2,50}}?),\s+(?i:that['’]s|that is|das ist)\s+(?P<name>{_NAME})(?=\s*[,.;:!?]|\s*$))"
    ),
    # "Landrat Henrik Paulsen", "CFO Maria Lind"
    re.compile(
        rf"\b(?P<inner>Landrät?in|Landrat|Bürgermeister(?:in)?|CEO|CFO|COO|CTO|CIO|CRO|CISO|Geschäftsführer(?:in)?|Prokurist(?:in)?)\s+(?P<name>{_NAME})"
    ),
    # "CFO Maria Lind, Einkauf Oskar Hollmichel": a department before a name in a list of roles and names
    re.compile(
        rf"(?:(?<=[,;]\s)|(?<=^))(?P<inner>Einkauf|Vertrieb|Controlling|Finanzen|Buchhaltung|Marketing|Recht|Personal|"
        rf"Produktion|Logistik|Procurement|Purchasing|Finance|Legal|Operations|IT|HR)\s+(?P<name>{_NAME})(?=\s*(?:[,;.(]|$))",
        re.MULTILINE,
    ),
    _NAME_THE,
    # "mit meiner Kollegin Selin", "my colleague Priya Nair": one of the speaker's own, by first name too
    re.compile(
        rf"\b(?i:mein\w*|my|unser\w*|our)\s+(?:[\w-]+\s+)?(?i:kolleg(?:e|en|in|innen)|colleagues?)\s+"
        rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN})?)(?![\w-])"
    ),
    # "Ines Varga and me", "ich und Jana Roth": the speaker's own side
    re.compile(
        rf"(?<![\w-])(?P<name>{_NAME})\s+(?:and|und)\s+(?:I|me|ich)\b|\b(?i:I|me|ich)\s+(?:and|und)\s+(?P<name2>{_NAME})"
    ),
    _WITH_ME,
    _ROLE_THE,
    # "Phone call w/ Ciaran Holloway – X", "Gespräch mit Herrn Jonas Abel": whom a call was with
    re.compile(
        rf"\b(?i:call|meeting|gespräch|telefonat|termin|lunch|demo)\s+(?i:w/|with|mit)\s+(?:(?i:herrn?|frau|mr|mrs|ms)\.?\s+)?"
        rf"(?P<name>{_NAME})(?![\w-])"
    ),
    # "ich bin Chiara Ruiz von Baulot", "this is Tom Hale from Quantor"
    re.compile(
        rf"\b(?i:ich bin|hier ist|hier spricht|mein name ist|I['’]m|I am|my name is|this is)\s+"
        rf"(?:(?i:übrigens|by the way|btw|actually|eigentlich),?\s+)?(?P<name>{_NAME})"
        r"(?:,?\s+(?i:von|bei|from|at|with)\s+(?P<org>[A-ZÄÖÜ][\w&-]+(?:\s+[A-ZÄÖÜ][\w&-]+){0,2}))?"
    ),
)


# What a company is to the speaker, never a person's job: "our largest customer", "unser Lieferant".
_PARTNER_ROLE = re.compile(
    r"(?i)\b(?:customers?|clients?|kunden?|kundin|suppliers?|vendors?|lieferant\w*|dienstleister\w*|competitors?|"
    r"wettbewerber\w*|konkurrent\w*|partners? (?:company|firm)|mutterkonzern|parent company|subsidiary|tochter\w*)\b"
)


def _listed_before(text: str, end: int, count: int | None) -> list[str]:
    """Return the names listed right before position end ('Tess Morrow, Bo Hollmichel (both …)': Tess Morrow)."""
    start = max(text.rfind(c, 0, end) for c in ".;:\n!?") + 1
    pieces = re.split(r",\s*|\s+(?:und|and|sowie|&)\s+", text[start:end])
    if pieces and pieces[-1].strip():
        return []  # the bracketed name does not close a list
    names: list[str] = []
    for piece in reversed(pieces[:-1]):
        piece = re.sub(rf"^{_TITLE}+", "", piece.strip())
        if _listed_name(piece):
            names.insert(0, piece)
            continue
        words = piece.split()  # the list's head in running text: "We met Tess Morrow and …"
        head = next(
            (" ".join(words[-n:]) for n in (3, 2) if len(words) > n and _listed_name(" ".join(words[-n:]))),
            None,
        )
        if head:
            names.insert(0, head)
        break
    return names[-(count - 1) :] if count else names


def _listed_name(text: str) -> bool:
    """Return True when a list item is a person's name and nothing else."""
    return (
        bool(re.fullmatch(_NAME, text))
        and is_name(text)
        and text.split()[0].lower() not in _NOT_NAME
        and not any((is_common_word(w) and not _is_particle(w)) or is_org_word(w) for w in text.split())
        and not _LEGAL.search(text)
    )


def _is_particle(word: str) -> bool:
    """Return True for a name particle inside a name ('van', 'der', 'de', 'Ó', 'Ní')."""
    return bool(re.fullmatch(_PARTICLE, word))


# One first name with a bracket, where a list or an attribution names it: "cleaned up by Sam (Trelawny Analytics)",
# "me + Kwame (our service lead)", "mit Jo (unsere Technik)".
_FIRST_BRACKET = re.compile(
    rf"(?:\b(?i:by|von|mit|with|and|und|sowie)\s+|(?:^|\s)[+&]\s*)(?P<name>{_TOKEN})\s*"
    r"\((?P<inner>(?i:our|unser\w*|my|mein\w*)\s+[^()\n]{2,40}|[A-ZÄÖÜ][\w&'’.-]+(?:\s+(?:&\s+)?[A-ZÄÖÜ][\w&'’.-]*){0,3})\)"
)


def _first_bracket(text: str) -> list[Participant]:
    """Return the people named by first name with their company or 'our …' job in brackets."""
    out: list[Participant] = []
    if "(" not in text:
        return out  # no bracket, nothing to find (fast path for long texts)
    for m in _FIRST_BRACKET.finditer(text):
        name, inner = m.group("name"), m.group("inner").strip()
        if (
            is_common_word(name)
            or is_org_word(name)
            or company_shaped(name)
            or ROLE_WORD.search(name)
            or name.lower() in _NOT_NAME
            or not is_name(name)
        ):
            continue
        if _SIDE_WORDS.match(inner):
            role = _SIDE_WORDS.sub("", inner).strip() or None
            if role and ROLE_WORD.search(role):
                out.append(Participant(name=name, role=role, side="seller"))
        elif not ROLE_WORD.search(inner) and not is_common_word(inner.split()[0]):
            out.append(Participant(name=name, organisation=inner))
    return out


def named_people(text: str) -> list[Participant]:
    """Return the people a running text names: "Name (role, organisation)" and Herr/Frau/Dr./Mr/Ms + surname."""
    out: list[Participant] = []
    if not _NAME_HINT.search(text):
        return out
    for pattern in (_NAME_BRACKET, _TITLED_RE) if "(" in text else (_TITLED_RE,):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name.split()[0].lower() in _NOT_NAME or _LEGAL.search(name):
                continue
            if pattern is _NAME_BRACKET and company_shaped(name):
                # "Quellfeld Consulting (Katrin Wolff)": a company, and its person in brackets
                inner_name = (m.group("inner") or "").split(",")[0].strip()
                if _listed_name(inner_name):
                    _merge(out, Participant(name=inner_name, organisation=name))
                continue
            lead, name = _role_prefix(name)
            inner = m.group("inner")
            shared = _collective(inner)
            if shared is not None:
                inner = shared[1]
            role, email, seller = _role_and_email(inner)
            org = None
            if _org_not_role(inner):
                org, role = inner.strip(), None  # "Jan Berger (Velotrak)": the organisation only
            p = Participant(
                name=name,
                role=role or lead,
                organisation=org,
                email=email,
                side="seller" if seller else "unknown",
            )
            _split_role(p)
            if shared is not None:
                for other in _listed_before(text, m.start(), shared[0]):
                    _merge(out, Participant(name=other, role=None if org else role, organisation=org))
            _merge(out, p)
    for pattern in _RUNNING:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            name = groups.get("name") or groups.get("name2") or ""
            words = name.split()
            titled = [i for i, w in enumerate(words) if _TITLE_WORD.fullmatch(w)]
            if titled:
                name = " ".join(words[titled[-1] + 1 :])  # "am Ende Herr Lenz, unser GF": Lenz
            elif len(words) > 2 and _KIN_WORD.fullmatch(words[0]):
                name = " ".join(words[1:])  # "mein Kollege Timo Rask und ich": Timo Rask
            role = (groups.get("inner") or groups.get("inner2") or "").strip() or None
            if not name or (pattern in (_NAME_THE, _ROLE_THE) and not ROLE_WORD.search(role or "")):
                continue  # "Bad Tölz, the place": a job must follow "the"
            if pattern is _WITH_ME and (ROLE_WORD.search(name) or is_common_word(name)):
                continue  # "me and Finance": a department, no person
            if (
                not is_name(name)
                or _LEGAL.search(name)
                or name.split()[0].lower() in _NOT_NAME
                or any(is_org_word(w) for w in name.split())
            ):
                continue
            if role and _PARTNER_ROLE.search(role) and not ROLE_WORD.search(role):
                continue  # "Halloran Foods, our largest customer": a company the speaker deals with
            org = groups.get("org")
            if "org" in groups and not org and " von " in name:
                name, _, org = name.rpartition(
                    " von "
                )  # "ich bin Chiara Ruiz von Baulot": a company, no particle
            if org and (is_common_word(org.split()[0]) or _LEGAL.fullmatch(org)):
                org = None
            side = "seller" if pattern is _WITH_ME and _OUR_SIDE_AFTER.match(text, m.end()) else "unknown"
            _merge(out, Participant(name=name, role=role, organisation=org, side=side))
    for p in _first_bracket(text):
        _merge(out, p)
    return out


def extract_people(text: str) -> list[Participant]:
    """Return the people of a text: participant lists (with sides), "Name (role, organisation)", titled names
    (Herr/Frau/Dr./Mr/Ms + surname), first names in participant lines, e-mail addresses and signatures.

    An organisation is kept only where the text writes it beside the person.
    """
    from coach.text.lines import segment
    from coach.text.readers.email import signature

    out: list[Participant] = []
    for p in find_people(segment(text)).participants:
        at = text.find(p.name)
        head = text[text.rfind("\n", 0, max(at, 0)) + 1 : max(at, 0)].lstrip(" \t-*•")
        labelled = bool(p.organisation) and head.startswith(f"{p.organisation}:")  # "X: Anna Roth (AE), …"
        if (
            p.organisation
            and (at < 0 or p.organisation not in text[at : at + len(p.name) + 120])
            and not labelled
        ):
            p.organisation = None
        _split_role(p)
        _merge(out, p)
    for p in named_people(text):
        _merge(out, p)
    lines = text.split("\n")
    _, person = signature(lines)
    if person is not None:
        _merge(out, person)
    for addr in extract_emails(text):
        local = addr.split("@")[0].lower()
        owner = next((p for p in out if not p.email and _local_matches(local, p.name)), None)
        if owner is not None:
            owner.email = addr
    return out


def extract_organisations(text: str) -> list[str]:
    """Return the organisations of a text: the customer company and every organisation given after a name."""
    from coach.text.lines import segment

    people = find_people(segment(text))
    out = [people.company] if people.company else []
    for p in people.participants:
        if p.organisation and p.organisation not in out:
            out.append(p.organisation)
    head = letterhead(text)
    if head and not any(o.casefold() == head.casefold() for o in out):
        out.append(head)
    return out


_CAPS_LEGAL = {
    "GMBH": "GmbH",
    "AG": "AG",
    "KG": "KG",
    "SE": "SE",
    "LTD": "Ltd",
    "INC": "Inc",
    "LLC": "LLC",
    "PLC": "PLC",
}
_LETTERHEAD = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][A-ZÄÖÜ0-9&.'’-]+(?:[ \t]+[A-ZÄÖÜ0-9&.'’-]+){0,4}?)[ \t]+(?:&[ \t]+CO\.?[ \t]+)?"
    r"(?P<legal>GMBH|AG|KG|SE|LTD\.?|INC\.?|LLC|PLC)[ \t]*$"
)


def letterhead(text: str) -> str | None:
    """Return the organisation of an all-caps letterhead line at the top ('NORDHOLZ BAUSTOFFE GMBH'), if any."""
    for line in [x.strip() for x in text.split("\n")[:5] if x.strip()][:3]:
        m = _LETTERHEAD.match(line)
        if m:
            words = [
                _CAPS_LEGAL.get(w, w.capitalize() if len(w) > 3 or not w.isalpha() else w)
                for w in m.group("name").split()
            ]
            legal = m.group("legal").rstrip(".")
            co = " & Co." if "&" in line[m.end("name") : m.start("legal")] else ""
            return f"{' '.join(words)}{co} {_CAPS_LEGAL.get(legal, legal)}"
    return None
