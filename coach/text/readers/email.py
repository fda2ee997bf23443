"""E-mail: .eml files and pasted threads. Messages newest first, quoted replies and signatures separated.

The document text is the thread with quote markers removed (one message after the other); every message is a turn
whose speaker is its sender. Signatures (name, role, company, phone, e-mail) feed the people list.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import re
from dataclasses import dataclass, field
from email.utils import getaddresses, parseaddr

from coach.text.cues import mail_header
from coach.text.model import Participant
from coach.text.names import company_shaped, is_name, is_org_word
from coach.text.readers.base import ROLE_WORD, Parsed, RawTurn
from coach.text.sides import domain_matches

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_ATTRIBUTION = re.compile(
    r"^\s*(?:On\s.{3,120}?\swrote:|Am\s.{3,120}?\sschrieb\s?.{0,80}?:|.{0,120}\s(?:wrote|schrieb):)\s*$", re.I
)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}\s*$",
    re.I,
)
_CLOSING = re.compile(
    r"^\s*(?:(?:best|kind|warm|many thanks|thanks|thank you|cheers|regards|all the best|best wishes|sincerely|"
    r"viele|beste|freundliche|herzliche|liebe|mit freundlichen|mit besten|schöne|sonnige)\b[\w ,!.]{0,30}|"
    r"(?:grüße|gruß|grüsse|gruss|lg|vg|mfg|bg|danke|merci)\b[\w ,!.]{0,20}|--\s*)$",
    re.I,
)
_PHONE = re.compile(r"^(?:tel|phone|mobil|mobile|fon|t|m|p)?\.?:?\s*\+?[\d ()/.-]{6,}$", re.I)
_LEGAL = re.compile(
    r"\b(?:g?GmbH|AG|KG|SE|Ltd\.?|Inc\.?|LLC|LLP|PLC|Corp\.?|B\.V\.|S\.A\.|S\.p\.A\.|Sp\. z o\.o\.|s\.r\.o\.|ApS|A/S|AB|Oyj|"
    r"SAS|DAC|K\.K\.|Group|Gruppe)(?![\w])"
)


@dataclass
class Message:
    """One message of a thread: sender, e-mail, date, body lines and the signature's person."""

    sender: str | None = None
    email: str | None = None
    date: str | None = None
    lines: list[str] = field(default_factory=list)
    recipients: list[tuple[str, str]] = field(default_factory=list)
    signature: Participant | None = None


def looks_like(text: str) -> bool:
    """Return True for a pasted e-mail thread: a From/Von header block or an 'On … wrote:' attribution."""
    lines = text.split("\n")[:400]
    found = [(i, mail_header(line, reply_prefix=False)) for i, line in enumerate(lines)]
    headers = [(i, h[0]) for i, h in found if h is not None and h[0] != "bcc"]
    pairs = any(b - a <= 3 for (a, _), (b, _) in zip(headers, headers[1:], strict=False))
    has_from = any(key == "from" for _, key in headers)
    return (pairs and has_from) or any(_ATTRIBUTION.match(line) for line in lines)


def _unquote(lines: list[str]) -> list[str]:
    return [re.sub(r"^\s?>\s?", "", line) for line in lines]


def _sender(value: str) -> tuple[str | None, str | None]:
    name, addr = parseaddr(value)
    name = name.strip().strip('"') or None
    if name and "," in name and not is_name(name):
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    return name, addr or None


def _split(lines: list[str], messages: list[Message], current: Message) -> None:
    """Split a thread's lines into messages: header blocks, attributions and quoted parts start new ones."""
    i = 0
    in_headers = False
    # answers written between the lines of a quoted message ("see my comments below"): who answers, who is quoted
    inline: tuple[Message, Message] | None = None
    while i < len(lines):
        line = lines[i]
        if _ORIGINAL.match(line):
            messages.append(current)
            current = Message()
            in_headers = True
            i += 1
            continue
        h = mail_header(line, reply_prefix=False)
        if h and h[0] == "bcc":
            h = None
        fresh = not current.sender and not any(x.strip() for x in current.lines)
        if h and not in_headers and h[0] != "from" and fresh and _from_follows(lines, i):
            current.lines = []  # a header block that opens with "Betreff:" or "Datum:", its "Von:" below
            in_headers = True
        if h and (in_headers or (h[0] == "from" and (not current.lines or _blank_tail(current)))):
            key, value = h
            if key == "from":
                if current.sender or current.lines:
                    messages.append(current)
                    current = Message()
                current.sender, current.email = _sender(value)
            elif key == "date":
                current.date = value
            elif key in ("to", "cc"):
                current.recipients += getaddresses([value])
            in_headers = True
            i += 1
            continue
        if in_headers and not line.strip():
            in_headers = False
            i += 1
            continue
        in_headers = False
        attr = _ATTRIBUTION.match(line)
        if attr:
            messages.append(current)
            nxt = Message()
            said = re.sub(r"^[\s>]+", "", line)  # "> On …, Ann Lee <…> wrote:" one quote level deeper
            m = re.match(
                r"^\s*(?:On|Am)\s.*?,?\s*(?P<who>[^,<>]*?)\s*(?:<(?P<addr>[^>]+)>)?\s*(?:wrote|schrieb)",
                said,
                re.I,
            )
            de = re.search(r"schrieb\s+(?P<who>[^<:]+?)\s*(?:<(?P<addr>[^>]+)>)?\s*:\s*$", said, re.I)
            m = de or m
            if m:
                who = m.group("who").strip()
                if "," in who:  # "schrieb Voigt, Annette Dr. <…>:": a directory name, surname first
                    last, _, first = who.partition(",")
                    who = f"{first.strip()} {last.strip()}"
                who = re.sub(r"(?<![\w-])(?:Dr|Prof|Mag|Ing)\.(?:\s+|$)", "", who).strip()
                words = who.split()
                for k in range(min(4, len(words)), 0, -1):
                    if is_name(" ".join(words[-k:])):
                        nxt.sender = " ".join(words[-k:])
                        break
                nxt.email = m.group("addr")
            rest = lines[i + 1 :]
            if any(r.lstrip().startswith(">") for r in rest[:3]):
                quoted = []
                for r in rest:
                    if r.lstrip().startswith(">") or not r.strip():
                        quoted.append(r)
                    else:
                        break
                _split(_unquote(quoted), messages, nxt)
                lines = lines[: i + 1] + rest[len(quoted) :]
                inline = (current, nxt) if _answers_inline(rest[len(quoted) :]) else None
                current = Message(sender=inline[0].sender, email=inline[0].email) if inline else Message()
                i += 1
                continue
            current = nxt
            i += 1
            continue
        if line.lstrip().startswith(">"):
            quoted = []
            j = i
            while j < len(lines) and (lines[j].lstrip().startswith(">") or not lines[j].strip()):
                quoted.append(lines[j])
                j += 1
            messages.append(current)
            if inline and _answers_inline(lines[j:]):
                _split(_unquote(quoted), messages, Message(sender=inline[1].sender, email=inline[1].email))
                current = Message(sender=inline[0].sender, email=inline[0].email)
            else:
                _split(
                    _unquote(quoted),
                    messages,
                    Message(sender=inline[1].sender, email=inline[1].email) if inline else Message(),
                )
                current = Message()
                inline = None
            i = j
            continue
        current.lines.append(line)
        i += 1
    messages.append(current)


def _answers_inline(rest: list[str]) -> bool:
    """Return True when lines after a quote are answers between its lines: text, then the quote goes on."""
    text = False
    for line in rest:
        if not line.strip():
            continue
        if line.lstrip().startswith(">"):
            return text
        if _ATTRIBUTION.match(line) or _ORIGINAL.match(line) or mail_header(line, reply_prefix=False):
            return False
        text = True
    return False


def _from_follows(lines: list[str], i: int) -> bool:
    """Return True when a From/Von header follows within the next four lines, all of them headers."""
    for line in lines[i + 1 : i + 5]:
        h = mail_header(line, reply_prefix=False)
        if h is None:
            return False
        if h[0] == "from":
            return True
    return False


def _blank_tail(m: Message) -> bool:
    return bool(m.lines) and not m.lines[-1].strip()


# Before a signer's name: titles, degrees and "signed for" marks ("i.A. Ute Kalbfleisch", "Dipl.-Ing. (FH) Bernd Tiefel").
_SIGNED_FOR = re.compile(
    r"^(?:(?:i\.\s?A\.|i\.\s?V\.|ppa\.|pp\.|Dipl\.-[\w]+\.?(?:\s*\(FH\))?|(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau)\.?)\s+)+"
)


def signature(lines: list[str]) -> tuple[list[str], Participant | None]:
    """Return (body lines without the signature, the signature's person) — found after a closing or '-- '."""
    for i in range(len(lines) - 1, -1, -1):
        if not _CLOSING.match(lines[i]):
            continue
        tail = [t.strip() for t in lines[i + 1 : i + 10] if t.strip()]
        if not tail or len(lines) - i > 13:
            continue
        second = re.split(r"\s[|·•]\s|,\s", tail[1])[0].strip() if len(tail) > 1 else ""
        second = _SIGNED_FOR.sub("", second)  # "Dr. Marion Selk" below
        if (
            len(tail) > 1
            and is_name(second)
            and len(second.split()) > 1
            and _same_signer(_SIGNED_FOR.sub("", tail[0]), second)
        ):
            tail = tail[
                1:
            ]  # "Thijs" or "T. Hoekstra" signed off, then the block "Thijs Hoekstra / role / company"
        name_line = _SIGNED_FOR.sub("", tail[0])
        job = None
        m = re.match(r"^(?P<name>[^|·•,]+?)(?:\s[|·•]\s|,\s)(?P<job>.+)$", name_line)
        org = None
        if m and is_name(m.group("name").strip()) and ROLE_WORD.search(m.group("job")):
            name_line, job = (
                m.group("name").strip(),
                m.group("job").strip(),
            )  # "Jana Roth | Managing Director"
            bits = [b.strip() for b in re.split(r"\s[|·•]\s", job) if b.strip()]
            if len(bits) > 1:  # "Ann Lee | Account Executive | Zeltsoft Ltd"
                job = next((b for b in bits if ROLE_WORD.search(b) and not _LEGAL.search(b)), bits[0])
                org = next(
                    (b for b in bits if b != job and not EMAIL.search(b) and not _PHONE.match(b)), None
                )
        if not is_name(name_line):
            continue
        person = Participant(name=name_line, role=job, organisation=org)
        for extra in tail[1:]:
            addr = EMAIL.search(extra)
            if addr:
                person.email = person.email or addr.group(0)
            elif _PHONE.match(extra) or re.match(r"^(?:www\.|https?://)", extra, re.I):
                continue
            elif "|" in extra or " · " in extra:
                bits = [b.strip() for b in re.split(r"\s[|·•]\s|\|", extra) if b.strip()]
                for bit in bits:
                    if _LEGAL.search(bit) or person.role is not None:
                        person.organisation = person.organisation or bit
                    else:
                        person.role = bit
            elif ", " in extra and _LEGAL.search(extra.rsplit(", ", 1)[1]) and len(extra.split()) <= 10:
                role, org = extra.rsplit(", ", 1)  # "Account Executive, Lumastack Ltd"
                person.role = person.role or role.strip()
                person.organisation = person.organisation or org.strip()
            elif person.role is None and not _LEGAL.search(extra) and len(extra.split()) <= 8:
                person.role = extra.split("|")[0].strip(" ,")
            elif person.organisation is None:
                person.organisation = re.split(r"\s[|·•]\s|,\s", extra)[0].strip()
        if (
            person.role
            and person.organisation is None
            and "|" not in person.role
            and _LEGAL.search(person.role)
        ):
            job, _, firm = person.role.rpartition(", ")
            if job and _LEGAL.search(firm) and ROLE_WORD.search(job) and not _LEGAL.search(job):
                person.role, person.organisation = job.strip(), firm.strip()  # "Senior AE, Zeltsoft GmbH"
            else:
                person.organisation, person.role = person.role, None
        _role_then_company(person)
        return lines[: i + 1], person
    return _bare_signature(lines)


def _role_then_company(person: Participant) -> None:
    """Set apart a signature's company written in the role line or on the line above the role.

    "Senior Account Executive, Cobaltline Software" holds the company after the comma when the name there carries
    an organisation word or the e-mail's domain; "Buchhandlung am Markt" above "Inhaberin" is the company, the job
    below it the role.
    """
    role, org = person.role, person.organisation
    if role and org and not ROLE_WORD.search(role) and ROLE_WORD.search(org) and len(org.split()) <= 4:
        person.role, person.organisation = org, role  # the company's line came first, the job's second
        return
    if not role or org or ", " not in role:
        return
    job, _, tail = role.rpartition(", ")
    words = tail.split()
    if (
        ROLE_WORD.search(job)
        and not ROLE_WORD.search(tail)
        and words
        and all(w[:1].isupper() for w in words)
        and (domain_matches(person.email, tail) or any(is_org_word(w) for w in words))
    ):
        person.role, person.organisation = job.strip(), tail.strip()


def _same_signer(short: str, full: str) -> bool:
    """Return True when a sign-off ('Thijs', 'T. Hoekstra') is the full name of the block below it."""
    words, names = short.split(), full.split()
    if words == names[:1] or words == names:
        return True
    return len(words) == 2 and words[1] == names[-1] and words[0].rstrip(".") == names[0][:1]


def _bare_signature(lines: list[str]) -> tuple[list[str], Participant | None]:
    """Return a signature block without a closing: a name line near the end, then a role, company, phone or mail."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 9), -1):
        name = lines[i].strip()
        tail = [t.strip() for t in lines[i + 1 : i + 6] if t.strip()]
        if not tail or len(name.split()) < 2 or not is_name(name) or company_shaped(name):
            continue  # "Tolverne Private Hospital" under the name: the company's line, not the signer's
        if any(EMAIL.search(t) or _PHONE.match(t) or _LEGAL.search(t) for t in tail):
            head = lines[:i]
            closing = list(lines[i : i + 1])
            _, person = signature([*head, "--", *lines[i:]])
            return (head + closing) if person else lines, person
    return lines, None


def _content(part: email.message.EmailMessage) -> str:
    """Return a part's text; without a declared charset, 8-bit bytes are read as UTF-8, else as cp1252."""
    if part.get_param("charset") is None and not part.is_multipart():
        raw = part.get_payload(decode=True)
        if isinstance(raw, bytes):
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("cp1252", errors="replace")
    return part.get_content()


def _from_eml(data: str) -> tuple[list[Message], str] | None:
    try:
        msg = email.message_from_bytes(data.encode("utf-8"), policy=email.policy.default)
    except Exception:  # noqa: BLE001 - a malformed message is read as a pasted thread instead
        return None
    if not msg.get("From"):
        return None
    part = msg.get_body(preferencelist=("plain", "html"))
    body = _content(part) if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        body = re.sub(r"<br\s*/?>|</p>", "\n", body)
        body = re.sub(r"<[^>]+>", "", body)
    first = Message()
    first.sender, first.email = _sender(str(msg.get("From")))
    first.date = str(msg.get("Date") or "") or None
    first.recipients = getaddresses([str(msg.get("To") or ""), str(msg.get("Cc") or "")])
    messages: list[Message] = []
    _split(body.replace("\r\n", "\n").split("\n"), messages, first)
    return messages, str(msg.get("Subject") or "")


def read(text: str, eml: bool = False) -> Parsed:
    """Return the messages of a thread as turns (newest first) and the people of headers and signatures."""
    subject = ""
    messages: list[Message] = []
    parsed = _from_eml(text) if eml else None
    if parsed:
        messages, subject = parsed
    else:
        _split(text.split("\n"), messages, Message())
    out: list[str] = []
    pos = 0
    turns: list[RawTurn] = []
    people: list[Participant] = []
    if subject:
        head = f"Subject: {subject}"
        out.append(head)
        pos = len(head) + 2
    for msg in messages:
        body, person = signature(msg.lines)
        text_body = "\n".join(body).strip()
        if not text_body and not msg.sender:
            continue
        if person:
            person.email = person.email or (msg.email if msg.sender and person.name == msg.sender else None)
            people.append(person)
        sender = msg.sender or (person.name if person else None)
        if sender and msg.email and not any(p.name == sender for p in people):
            people.append(Participant(name=sender, email=msg.email))
        for name, addr in msg.recipients:
            if name and is_name(name.strip('"')):
                people.append(Participant(name=name.strip('"'), email=addr or None))
        header = f"From: {sender}" + (f" <{msg.email}>" if msg.email else "") if sender else ""
        chunk = (
            (header + "\n" if header else "")
            + text_body
            + ("\n" + "\n".join(msg.lines[len(body) :]).strip() if len(msg.lines) > len(body) else "")
        )
        start = pos + (len(header) + 1 if header else 0)
        end = start + len(text_body)
        if text_body:
            turns.append(
                RawTurn(label=sender, start=start, end=end, text=" ".join(text_body.split()), time=msg.date)
            )
        out.append(chunk.rstrip())
        pos += len(chunk.rstrip()) + 2
    doc_text = "\n\n".join(out)
    return Parsed(format="email", text=doc_text, turns=turns, people=people, header_end=0)
