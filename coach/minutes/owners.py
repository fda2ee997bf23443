"""An action item's owner as written ('Olivia', 'Hr. Wendt', 'CFO', 'Prokuristin …') resolved to one person's full name.

Minutes name owners briefly: a first name, a surname, a role ("the CFO to …") or a title before the name. The
owner becomes the one participant — or, failing that, the one full name the notes write — that fits; when two fit,
the owner stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from coach.minutes.parties import rx
from coach.text.model import Participant
from coach.text.names import LOWER, TOKEN, UPPER, is_name, is_org_word

_TEAM = re.compile(
    r"(?:IT|EDV|Legal|Recht|Einkauf|Procurement|Purchasing|Finance|Finanzen|Controlling|Compliance|HR|Personal|"
    r"Marketing|Vertrieb|Sales|Support|Operations|Buchhaltung|Accounting|Security|Datenschutz|Betriebsrat|"
    r"Geschäftsführung|Management|Board|Vorstand|PMO|Team|Revision|Verwaltung|Kämmerei|Rechenzentrum|"
    r"\w+(?:abteilung|team|amt|stelle|beauftragte[rn]?|betrieb|verwaltung|revision|zentrum|referat|dezernat)|"
    r"\w+(?:[ \t]+\w+)?[ \t]+(?:team|office|section|department|unit|desk|services|infrastructure))"
    r"(?:-[\wäöüß]+)?",  # 'IT-Betrieb', 'Einkauf-Zentral': the department as written
    re.IGNORECASE,
)
# words that stand before a name without being its first name
_NOT_FIRST = re.compile(
    r"^(?:herrn?|frau|hr|fr|hrn|dr|prof|mr|mrs|ms|miss|hi|hello|hallo|hey|dear|liebe[rn]?|thanks|thank|danke|"
    r"cc|an|to|von|from|mit|with|und|and|für|for|bei|at|per|via|team|kunde|customer|sehr|geehrte[rn]?|gruß|"
    r"grüße|regards|best|cheers|ok|okay|ja|yes|nein|no|also|so|dann|then|due|owner|fällig|bis)$",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:the|our|der|die|das|unser[e]?)\s+", re.IGNORECASE)
_ONE_OR_TWO_NAMES = re.compile(rf"{TOKEN}(?:\s+{TOKEN})?")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).replace(".", " ").split())


def _contains(name: str, part: str) -> bool:
    """Return True when the words of part occur in name as a run of whole words, and name is longer."""
    n, p = _key(name).split(), _key(part).split()
    return len(n) > len(p) and any(n[i : i + len(p)] == p for i in range(len(n) - len(p) + 1))


def _one(names: Iterable[str]) -> str | None:
    found = {_key(n): n for n in names}
    return next(iter(found.values())) if len(found) == 1 else None


def full_owner(owner: str, participants: list[Participant], text: str) -> str:
    """Return the full name an owner as written stands for, or the owner unchanged when it is not one person."""
    key = _key(owner)
    if not key:
        return owner
    if any(_key(p.name) == key for p in participants):
        if len(key.split()) == 1 and is_name(owner.strip()) and not _TEAM.fullmatch(owner.strip()):
            # a first name listed so ('Vikram') that the notes write in full ('Vikram Iyer'); a surname listed
            # so ('Wendt') stays as listed
            full = _written_in_full(owner, text)
            if (
                full
                and full.startswith(owner.strip() + " ")
                and is_name(full)
                and not any(_ROLE_WORD.search(w) or is_org_word(w) for w in full.split())
            ):
                return full
            return _nickname(owner, participants) or owner  # 'Tonia' listed beside 'Antonia Ferraz'
        return owner
    key = _key(_ARTICLE.sub("", owner.strip())) or key  # 'The Clerk', 'der Kämmerer': the role itself
    bare = _ARTICLE.sub("", owner.strip())
    team = _TEAM.fullmatch(bare)  # a department ('IT', 'Einkauf', 'der Datenschutzbeauftragte') stays one
    by_role = None if team else _one(p.name for p in participants if key in _role_keys(p, text))
    if by_role:
        return by_role
    by_role = (
        None
        if team or not _ROLE_WORD.search(bare)
        else _one(p.name for p in participants if any(_role_part(key, r) for r in _role_keys(p, text)))
    )
    if by_role:
        return by_role  # 'Clerk' for 'Clerk to the Trustees', 'CEO' for 'President & CEO'
    if team and _LEAD_BODY.fullmatch(bare):
        # 'Die Geschäftsführung wird beauftragt, …' with 'Geschäftsführung: Dr. Roland Kiesewetter' listed: the one
        # person who is the management
        held = _one(p.name for p in participants if key in _role_keys(p, text))
        if held:
            return held
    if team:
        return bare
    tail = _one(p.name for p in participants if key.endswith(" " + _key(p.name)))
    if tail:  # a title or role before the name: 'Prokuristin Aleksandra Wójcik'
        return tail
    if bare != owner.strip() and not any(_contains(p.name, bare) for p in participants):
        return bare  # 'Die Verwaltung', 'The legal team': the team as written, without its article
    initial = _INITIAL_NAME.fullmatch(owner.strip())
    if initial:
        return _by_initial(initial.group("first"), initial.group("last"), participants, text) or owner
    if not _ONE_OR_TWO_NAMES.fullmatch(owner.strip()):
        return owner
    partial = _one(p.name for p in participants if _contains(p.name, owner))
    if partial:
        return partial
    named = _one(
        p.name for p in participants if _contains(p.name, owner) and all(_plain(w) for w in p.name.split())
    )
    if named:
        return named  # 'Grauwinkel' beside 'Projektleitung Grauwinkel': the one who is a person by name
    if any(_contains(p.name, owner) for p in participants):
        return owner  # two participants share the name: leave it as written
    return _written_in_full(owner, text) or _nickname(owner, participants) or owner


def _nickname(owner: str, participants: list[Participant]) -> str | None:
    """Return the one participant a short form of the first name stands for ('Kat' -> 'Katarina Horvat', 'Tonia' ->
    'Antonia Ferraz'): the start (3+ letters) or the end (4+ letters) of their first name."""
    short = _key(owner)
    if " " in short or len(short) < 3 or not is_name(owner.strip()) or _TEAM.fullmatch(owner.strip()):
        return None
    return _one(
        p.name
        for p in participants
        if len(p.name.split()) >= 2
        and (first := _key(p.name).split()[0]) != short
        and (first.startswith(short) or (len(short) >= 4 and first.endswith(short)))
    )


_INITIAL_NAME = re.compile(rf"(?P<first>[{UPPER}])\.\s?(?P<last>{TOKEN})")


def _by_initial(first: str, last: str, participants: list[Participant], text: str) -> str | None:
    """Return the one participant, else the one full name in the notes, an initial and surname give ('J. Imrie')."""
    listed = _one(
        p.name
        for p in participants
        if len(p.name.split()) >= 2 and p.name.split()[-1] == last and p.name.startswith(first)
    )
    if listed:
        return listed
    written = rx(rf"(?<![\w-]){first}[{LOWER}][\w'’-]* {re.escape(last)}(?![\w-])").findall(text)
    return _one(written)


def fuller_participant(name: str, participants: list[Participant]) -> str | None:
    """Return the one other participant whose name holds this one's words in full ('Mendes Oliveira' listed
    beside 'Carla Mendes Oliveira': the list read a part of a name as a person of its own), else None."""
    return _one(p.name for p in participants if _contains(p.name, name) and len(p.name.split()) >= 2)


# a governing body one person may be: the managing director is 'die Geschäftsführung'
_LEAD_BODY = re.compile(r"(?i:geschäftsführung|geschäftsleitung|vorstand|betriebsleitung|werkleitung)")
_ROLE_LEAD = re.compile(r"(?i:executive|vice|deputy|acting|interim|stellv\w*|trustees|governors|directors)$")


def without_role_words(owner: str, participants: list[Participant]) -> str | None:
    """Return the one other participant an owner names after role words ('Superintendent Achebe' -> 'Leonard
    Achebe', 'Trustees Hannah Lindqvist' -> 'Hannah Lindqvist'), else None."""
    words = owner.split()
    for k in range(1, len(words)):
        lead = words[:k]
        if not all(_ROLE_WORD.fullmatch(w) or _ROLE_LEAD.match(w) for w in lead):
            return None
        rest = " ".join(words[k:])
        found = _one(
            p.name
            for p in participants
            if _key(p.name) != _key(owner)
            and len(p.name.split()) >= 2
            and (_key(p.name) == _key(rest) or _contains(p.name, rest))
        )
        if found:
            return found
    return None


def _written_in_full(owner: str, text: str) -> str | None:
    """Return the one full name the notes write for a first name or surname ('Ngozi' -> 'Ngozi Eze'), else None."""
    esc = re.escape(owner.strip())
    written = [
        m.group(0)
        for m in rx(rf"(?<![\w-]){esc} (?P<last>{TOKEN})(?![\w-])").finditer(text)
        if m.group("last")[0].isupper() and not _NOT_FIRST.match(m.group("last")) and _plain(m.group("last"))
    ] + [
        m.group(0)
        for m in rx(rf"(?<![\w-])(?P<first>{TOKEN}) {esc}(?![\w-])(?!\s*[&+])").finditer(text)  # 'X & Y GmbH'
        if m.group("first")[0].isupper()
        and not _NOT_FIRST.match(m.group("first"))
        and _plain(m.group("first"))
    ]
    return _one(written)


def _plain(word: str) -> bool:
    """Return True for a word that may be part of a person's name: no label, role or organisation word
    ('Einwand Jürgen', 'Pflanzenbau Kai-Uwe Rehfeld' are a label and a department before a name)."""
    return not (_is_common(word) or is_org_word(word) or _ROLE_WORD.search(word) or _TEAM.fullmatch(word))


def _role_keys(person: Participant, text: str) -> set[str]:
    """Return the roles a participant holds, folded, with their initials ('Data Protection Officer' -> 'dpo'): from
    the participant's role and from the notes ('Dr Ada Nwosu (Chair)', 'Clerk: Jo Whitfield')."""
    name = re.escape(person.name)
    noted = [
        r
        for m in rx(rf"{name}\s*\((?P<r>[^()]{{2,60}})\)").finditer(text)
        for r in re.split(r"\s*[,;/|]\s*", m.group("r"))
    ]
    label = rf"(?m)^\W*(?P<r>[A-Z][\w ]{{1,30}}?)\s*[*_]*\s*:\s*[*_]*\s*(?:\w+\.?\s+)?{name}\s*$"
    noted += [m.group("r") for m in rx(label).finditer(text)]
    # from the notes only what reads as a role: a company in brackets is none
    roles = re.split(r"\s*[,;/|]\s*", person.role or "") + [r for r in noted if _ROLE_WORD.search(r)]
    org = _key(person.organisation or "")
    out = {_key(r) for r in roles if r.strip() and not _LEGAL.search(r)} - {org}
    out |= {"".join(w[0] for w in k.split()) for k in list(out) if len(k.split()) >= 2}
    return out


def _role_part(key: str, role: str) -> bool:
    """Return True when a role as named ('clerk', 'vice principal') opens or closes a fuller role a participant
    holds ('clerk to the trustees', 'vice principal estates', 'president & ceo')."""
    return role != key and (role.startswith(key + " ") or role.endswith(" " + key))


_ROLE_WORD = re.compile(
    r"\b(?:chair\w*|clerk|secretary|treasurer|c[efiot]o|ciso|dpo|director|head|manager|lead|officer|principal|"
    r"bursar|trustee|governor|superintendent|president|partner|counsel|controller|vorsitz\w*|leiter\w*|"
    r"geschäftsführ\w*|kämmerer\w*|bürgermeister\w*|schriftführ\w*|prokurist\w*|vorstand\w*|beauftragte\w*|"
    r"referent\w*|sachbearbeit\w*|\w*leitung)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(r"\b(?:GmbH|AG|SE|KG|Ltd|LLC|Inc|plc|eG|e\.V|Corp|Co)\b\.?")


# the writer signing off in the last lines: '- Lotte', '— Name, Company', '-- Name', '(notes: Name)'
_SIGN_OFF = re.compile(
    rf"^\s*(?:(?:--+|—|–|-|~)\s*(?P<a>{TOKEN}(?:[ \t]+{TOKEN}){{0,2}})\s*(?:,[^\n]{{2,60}})?"
    rf"|\(?\s*(?:notes|notizen|protokoll|minutes)\s*(?:by|von|:)\s*(?P<b>{TOKEN}(?:[ \t]+{TOKEN}){{0,2}})\s*\)?)\s*$",
    re.IGNORECASE,
)
# a role or remark that makes a participant the writer: '(AE, notes)', '(writing this)', '… – Protokoll'
_WRITES = re.compile(
    r"\b(?:notes|writing(?: this)?|note-?taker|minute-?taker|protokoll(?:ant\w*|führ\w*)?|verfasser\w*|schreibt)\b",
    re.IGNORECASE,
)
_SALES_ROLE = re.compile(
    r"^\s*(?:AE|account executive|account manager|key account\w*(?: manager\w*)?|sales\w*(?: lead| manager)?|"
    r"vertrieb\w*|kundenberater\w*)\s*$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'll|I'm|I've|me|my|[Ii]ch|[Mm]ir|[Mm]ich)\b")  # 'Ich' opens sentences
# a letter's closing line; the writer's name follows it ('Mit freundlichen Grüßen' / 'Mirjam Osterkamp')
_CLOSING = re.compile(
    r"^\W*(?:mit (?:besten|freundlichen|vielen) grüßen|(?:beste|viele|freundliche|herzliche|liebe) grüße|"
    r"(?:best|kind|warm|many thanks and)? ?regards|best wishes|best|all the best|cheers|thanks|many thanks|thank you|"
    r"danke|gruß|grüße|lg|vg|mfg)\W*$",
    re.IGNORECASE,
)
# the sender of an e-mail in its header: 'Von: Dr. Name <name@firm.example>', 'From: Name'
_SENDER = re.compile(
    rf"^\s*(?:von|from)\s*:\s*(?:(?:Dr|Prof|Herr|Frau|Mr|Ms|Mrs)\.?\s+)*(?P<who>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}})\b",
    re.IGNORECASE,
)


# the writer naming themselves: '(ich = Name)', 'ich (KB = Name)', 'me = Name', '(I: Name)', or who recorded or
# took the notes: '(Aufnahme: Name)', '[notes: me = Name]', 'recorded by Name'
_SELF_DECLARED = re.compile(
    rf"(?<![\w-])(?:(?:ich|me|I)[ \t]*=[ \t]*(?P<one>{TOKEN}(?:[ \t]+{TOKEN}){{0,2}})|"
    rf"(?:ich|me|I)[ \t]*(?::[ \t]*|\([ \t]*(?:[{UPPER}]{{2,4}}[ \t]*=[ \t]*)?)"
    rf"(?P<who>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}})|"
    rf"[(\[][ \t]*(?i:aufnahme|aufgenommen von|recording|recorded by|dictated by|diktiert von)[ \t]*:?[ \t]*"
    rf"(?P<rec>{TOKEN}(?:[ \t]+{TOKEN}){{1,2}}))(?=[ \t]*(?:\)|\]|,|;|$))"
)


def declared_writer(text: str, participants: list[Participant]) -> Participant | None:
    """Return the writer the notes' first lines declare ('Notizen (ich = Karla Marbelstein)'), else None."""
    for line in text.split("\n")[:12]:
        m = _SELF_DECLARED.search(line)
        who = (m.group("one") or m.group("who") or m.group("rec")) if m else None
        if who and all(is_name(w) and not _is_common(w) for w in who.split()):
            return _one_participant(who, participants) or Participant(name=who)
    return None


def writer(text: str, participants: list[Participant]) -> Participant | None:
    """Return who wrote first-person notes: the writer the notes declare, the name signing off in the last two
    lines, the one participant whose role says they take the notes ('AE, notes', '– Protokoll'), else the one
    seller in a sales role ('AE')."""
    if not _FIRST_PERSON.search(text):
        return None
    if declared := declared_writer(text, participants):
        return declared
    lines = [ln for ln in text.split("\n") if ln.strip()]
    own = _own_part(lines)
    for part in (lines, own) if len(own) < len(lines) else (lines,):
        signed = _signed_off(part, participants) or _signed_or_sent(part, participants)
        if signed is not None:
            return signed
    noted = [p for p in participants if p.role and _WRITES.search(p.role)]
    if not noted:
        noted = [
            p
            for p in participants
            if any(
                p.name in ln
                and rx(rf"{re.escape(p.name)}\b[^\n]{{0,80}}[–—-]\s*{_WRITES.pattern}", re.I).search(ln)
                for ln in lines[:25]
            )
        ]
    if len(noted) == 1:
        return noted[0]
    sales = [
        p for p in participants if p.side != "customer" and p.role and _SALES_ROLE.match(p.role.split(",")[0])
    ]
    return sales[0] if len(sales) == 1 else None


# where an e-mail's quoted history begins: '> From: …', '-----Original Message-----', 'On Tue, … wrote:'
_QUOTED_START = re.compile(
    r"^\s*(?:>|-{2,}\s*(?:original message|ursprüngliche nachricht)|(?:on|am)\s.{4,80}\s(?:wrote|schrieb)\s?:)",
    re.IGNORECASE,
)


def _own_part(lines: list[str]) -> list[str]:
    """Return an e-mail's lines above its quoted history (all lines when nothing is quoted below the writer's)."""
    for i, line in enumerate(lines):
        if i >= 3 and _QUOTED_START.match(line):
            return lines[:i]
    return lines


def _signed_off(lines: list[str], participants: list[Participant]) -> Participant | None:
    """Return who signs off in the last two lines ('- Lotte', '(notes: Name)'), else None."""
    for line in reversed(lines[-2:]):
        m = _SIGN_OFF.match(line)
        who = (m.group("a") or m.group("b")) if m else None
        if who and len(line) <= 90 and not any(_is_common(w) for w in who.split()):
            known = [p for p in participants if _key(p.name) == _key(who) or _contains(p.name, who)]
            return known[0] if len(known) == 1 else Participant(name=who)
    return None


def _is_common(word: str) -> bool:
    from coach.text.names import is_common_word

    return is_common_word(word)


def _one_participant(who: str, participants: list[Participant]) -> Participant | None:
    """Return the one participant a name as written stands for ('Mirjam Osterkamp', 'Jonas'), else None."""
    known = [p for p in participants if _key(p.name) == _key(who) or _contains(p.name, who)]
    return known[0] if len(known) == 1 else None


_SIGNED_NAME = re.compile(rf"{TOKEN}(?:[ \t]+{TOKEN})?")


def _signed_or_sent(lines: list[str], participants: list[Participant]) -> Participant | None:
    """Return the participant who signs a letter below its closing line, or who sends it ('Von: Name …')."""
    tail = lines[-8:]
    for i, line in enumerate(tail[:-1]):
        if _CLOSING.match(line):
            name = re.sub(r"^(?:(?:Dr|Prof|Herr|Frau|Mr|Ms|Mrs)\.?\s+)+", "", tail[i + 1].strip(" ,-–—"))
            if 0 < len(name.split()) <= 4 and (found := _one_participant(name, participants)):
                return found
            if _SIGNED_NAME.fullmatch(name) and all(is_name(w) and not _is_common(w) for w in name.split()):
                return Participant(name=name)  # 'Grüße / Nadine': the writer, though no list names them
    for line in lines[:6]:
        m = _SENDER.match(line)
        if m and (found := _one_participant(m.group("who"), participants)):
            return found
    return None


# letters that NFKD does not take apart ('ł' in 'Michał', 'ø', 'ß')
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
_HANDLE = re.compile(r"@?(?P<h>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2})")


def _ascii_key(text: str) -> str:
    """Return a name folded as handles write it: lower case, no accents, no spaces, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN_LETTERS))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def by_handle(handle: str, participants: list[Participant]) -> Participant | None:
    """Return the one participant a chat or e-mail handle names ('@j.kowalski', 'm.lis', 'anna.berg'): the local
    part of their e-mail address, else the first name (or its initial) and the surname, folded."""
    m = _HANDLE.fullmatch(handle.strip())
    if not m:
        return None
    key = m.group("h")
    by_mail = [p for p in participants if p.email and p.email.split("@")[0].casefold() == key]
    if len(by_mail) == 1:
        return by_mail[0]
    parts = re.split(r"[._-]", key)
    if len(parts) != 2:
        return None
    first, last = parts
    hits = [
        p
        for p in participants
        if len(words := p.name.split()) >= 2
        and _ascii_key("".join(words[1:])) == last
        and _ascii_key(words[0]).startswith(first)
    ]
    return hits[0] if len(hits) == 1 else None
