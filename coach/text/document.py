"""Build a Document from a file, stdin, uploaded bytes or pasted text: the one way every engine reads input."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from coach.errors import InputError
from coach.lang import detect_language
from coach.messages import msg
from coach.text import messages as _messages  # noqa: F401 - registers the text layer's messages
from coach.text.companies import companies as find_companies
from coach.text.companies import domain_organisation, partner_companies, title_account
from coach.text.dates import find_meeting_date
from coach.text.introductions import introduced
from coach.text.model import (
    FORMATS,
    TRANSCRIPT_FORMATS,
    Document,
    Organisation,
    Participant,
    Sentence,
    Side,
    Turn,
)
from coach.text.names import NAME, TITLE, TOKEN, company_shaped, is_common_word
from coach.text.people import extract_people, named_people
from coach.text.readers import detect, vtt, zoom
from coach.text.readers.base import DEVICE, ROLE_WORD, Parsed, job_side, parse_label, surname_first
from coach.text.readers.crm import seller_field as crm_seller_field
from coach.text.sentences import split_sentences
from coach.text.sides import (
    Speaker,
    assign,
    company_key,
    domain_matches,
    partner_of,
    quoted_price,
    same_company,
    seller_statement,
)
from coach.text.stories import our_standard, reference_note, reference_result


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _check_format(input_format: str | None, lang: str | None) -> str | None:
    if input_format is None or input_format == "auto":
        return None
    if input_format not in FORMATS:
        from coach.textio import error_lang

        raise InputError(
            msg("text.unknown_format", lang or error_lang(), value=input_format, allowed=", ".join(FORMATS))
        )
    return input_format


def read_document(
    source: Path | str | bytes,
    *,
    name: str | None = None,
    input_format: str | None = None,
    seller_company: str | None = None,
    seller: Sequence[str] = (),
    lang: str | None = None,
) -> Document:
    """Return the Document of a file path, '-' (stdin) or uploaded bytes, in any supported format."""
    from coach.textio import (
        MAX_BYTES,
        _fail,
        clean_text,
        docx_paragraphs,
        read_bytes,
        sniff_suffix,
        text_from_bytes,
    )

    fmt = _check_format(input_format, lang)
    if isinstance(source, bytes):
        data, shown = source, name or "upload"
    else:
        data, shown = read_bytes(str(source), lang)
        name = name or shown
    if len(data) > MAX_BYTES:
        raise _fail("text.too_large", lang, name=shown, mb=MAX_BYTES // (1024 * 1024))
    suffix = sniff_suffix(data, name or "")
    if suffix == ".docx" and fmt in (None, "teams_docx"):
        text = text_from_bytes(data, shown, lang)
        paragraphs = clean_text("\n".join(docx_paragraphs(data)))
        if fmt == "teams_docx" or zoom.looks_like(paragraphs) or vtt.looks_like_cues(paragraphs):
            fmt, text = "teams_docx", paragraphs
    else:
        text = text_from_bytes(data, shown, lang)
    if not text.strip():
        raise _fail("text.empty", lang, name=shown)
    return parse_text(
        text, name=name, input_format=fmt, seller_company=seller_company, seller=seller, lang=lang
    )


def parse_text(
    text: str,
    *,
    name: str | None = None,
    input_format: str | None = None,
    seller_company: str | None = None,
    seller: Sequence[str] = (),
    lang: str | None = None,
) -> Document:
    """Return the Document of a text: turns with speaker and side, sentences with offsets, people, language, date."""
    from coach.textio import clean_text

    fmt = _check_format(input_format, lang)
    text = clean_text(text)
    seller_company = seller_company or (os.environ.get("COACH_COMPANY") or "").strip() or None
    parsed = detect.parse(text, fmt, name)
    if fmt == "teams_docx":
        parsed.format = "teams_docx"
    notices = list(parsed.notices)
    if parsed.format in TRANSCRIPT_FORMATS | {"email"} and not any(t.label for t in parsed.turns):
        parsed = Parsed(format="notes", text=parsed.text)
        notices.append("text.no_speakers")
    elif fmt is None and parsed.format in TRANSCRIPT_FORMATS and _notes_first(parsed):
        parsed = Parsed(format="notes", text=parsed.text)
        notices.append("text.transcript_in_notes")
    return _build(parsed, seller_company, tuple(s for s in seller if s.strip()), lang, notices)


# A transcript's own header (title, date, attendees) is short; notes above a pasted transcript block are not.
_NOTES_HEAD = 300
# What the writer told the customer, in the seller's notes: "told them our bank covers …", "wir haben ihnen erklärt"
_TOLD = re.compile(
    r"^\W*(?i:told|explained to|assured|promised) (?i:them|him|her)\b"
    r"|\b(?i:we|I)\s+(?:(?i:also|then|already)\s+)?(?i:told|assured|promised) (?i:them|him|her)\b"
    r"|\b(?i:wir|ich)\s+(?i:haben|habe|hab)\s+(?i:ihnen|ihm|ihr)\s+(?:(?i:auch|noch|schon)\s+)?"
    r"(?i:gesagt|erklärt|zugesagt|versprochen)\b"
    r"|^\W*(?i:ihnen|ihm|ihr)\s+(?i:gesagt|erklärt|zugesagt|versprochen)\b"
)
# What the writer showed or offered the customer, in the seller's notes: "Wir haben X gezeigt", "Haben unser Paket
# vorgestellt", "we demoed X", "- pitched X's …"
_SHOWN = re.compile(
    r"^(?![^!?\n]*\b(?i:interesse|interest|begeisterung|enthusiasm)\b)(?:"
    r"\W*(?:(?i:wir|ich)\s+)?(?i:haben|hatten|habe|hab)\s+(?!(?i:uns|mir)\b)(?:(?i:ihnen|ihm|ihr|dann|auch|noch|schon)\s+)*"
    r"[^!?\n]{0,80}?\b(?i:gezeigt|vorgestellt|präsentiert|demonstriert|vorgeführt|angeboten|gepitcht)\b"
    r"|\W*(?i:we|I)\s+(?:(?i:also|then|already)\s+)?(?i:showed|demoed|demonstrated|presented|pitched|quoted)\s"
    r"|\W*(?i:pitched|demoed)\s)"
)
_CUE_TIMING = re.compile(
    r"^\s*(?:\d+\s+)?(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*$"
)


def _notes_first(parsed: Parsed) -> bool:
    """Return True when the text before the first turn is notes longer than the transcript block that follows."""
    if not parsed.turns:
        return False
    head = parsed.text[: parsed.header_end].strip()
    spoken = sum(len(t.text) for t in parsed.turns)
    return len(head) >= _NOTES_HEAD and len(head) > spoken


def _header_people(parsed: Parsed) -> list[Participant]:
    """Return the people of the text before the first turn (or of the whole text when there are no turns)."""
    head = parsed.text[: parsed.header_end] if parsed.turns else parsed.text
    if not head.strip() or parsed.format == "email":
        return []
    return extract_people(head)


_OURS = re.compile(r"\b(?:our|ours|my|unser\w*|mein\w*|wir|we|us|uns)\b", re.IGNORECASE)
_SELF = (
    r"(?i:ich bin|hier ist|hier spricht|mein name ist|I['’]m|I am|my name is|this is)\s+"
    r"(?:(?i:übrigens|by the way|btw|actually|eigentlich),?\s+)?"
)


def _mentioned_people(parsed: Parsed, sides: dict[str, Side]) -> list[Participant]:
    """Return the people named inside turns (titled names, 'Name (role)'), on the side of whoever calls them ours.

    A person the seller names without calling them one of "ours" is taken for the customer's (the seller mostly
    names the customer's people); the customer's people are the customer's.
    """
    out: list[Participant] = []
    other: dict[Side, Side] = {"seller": "customer", "customer": "seller", "unknown": "unknown"}
    for n, t in enumerate(parsed.turns):
        side = sides.get(_fold(t.label or ""), "unknown")
        if n < 8:
            # the people a speaker greets or thanks by name sit on the other side: "Thanks Marguerite, thanks Deepak."
            for m in _VOCATIVE.finditer(t.text[:300]):
                name = m.group("name")
                if not is_common_word(name) and not _NOT_A_NAME.match(name):
                    out.append(Participant(name=name, side=other[side]))
        for p in named_people(t.text):
            if company_shaped(p.name) and re.search(_SELF + re.escape(p.name), t.text):
                continue  # "hier ist Greifwerk Robotics,": a company answering, no person
            if p.side == "seller" and side == "customer":
                p.side = "customer"  # "(our CFO)", "(unsere GF)" in the customer's mouth: the customer's own
            elif p.side == "unknown" and side != "unknown" and re.search(_SELF + re.escape(p.name), t.text):
                p.side = side  # the speaker introduces themselves: "hier ist Chiara Ruiz von Baulot"
            elif p.side == "unknown" and side != "unknown" and _with_me(t.text, p.name):
                p.side = side  # "Ines Varga and me", "ich und Jana Roth": the speaker's own side
            elif p.side == "unknown" and side != "unknown" and _greeted(t.text, p.name):
                p.side = other[side]  # "Hi Dr. Mensah, thanks for taking the call"
            elif p.side == "unknown":
                at = t.text.find(p.name)
                near = _sentence_around(t.text, at, at + len(p.name)) if at >= 0 else ""
                if side == "seller" and _OURS.search(near):
                    p.side = "seller"
                elif side in ("seller", "customer"):
                    p.side = "customer"
            out.append(p)
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    """Return up to 40 characters either side of a span, within its sentence and line."""
    left = text[max(0, start - 40) : start]
    right = text[end : end + 40]
    left = re.split(r"[.!?\n]\s", left)[-1]
    right = re.split(r"[.!?](?:\s|$)|\n", right)[0]
    return left + text[start:end] + right


_HELLO = r"(?i:hi|hallo|hello|hey|moin|servus|guten (?:tag|morgen|abend)|good (?:morning|afternoon))"
# A first name greeted or thanked at the start of a sentence: "Thanks Marguerite, thanks Deepak.", "Hallo Jana!"
_VOCATIVE = re.compile(
    rf"(?:^|[.!?]\s+|,\s*)(?:{_HELLO}|(?i:thanks|thank you|danke|merci))\s*,?\s+(?P<name>{TOKEN})(?=\s*[,.!](?!\w))"
)


def _with_me(text: str, name: str) -> bool:
    """Return True when the speaker names the person together with themselves ('X and me', 'ich und X')."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"{n}\s+(?:and|und)\s+(?i:I|me|myself|ich|mir|mich)\b|\b(?i:I|me|ich|mir|mich)\s*(?:and\b|und\b|\+|&)\s*{n}",
            text,
        )
    )


def _greeted(text: str, name: str) -> bool:
    """Return True when a text greets or thanks the named person ('Hi Dr. Mensah,', 'Hallo Frau Lind')."""
    title = r"(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\.?\s+)*"
    pattern = rf"(?:{_HELLO}|(?i:thanks|thank you|danke|dear|liebe[rs]?|sehr geehrte[rs]?))\s+{title}{re.escape(name)}\b"
    return bool(re.search(pattern, text))


_TITLE_WORD = r"(?:(?:Herr|Frau|Mr|Mrs|Ms|Dr)\.?\s+)?"
# "Kwame from Clausewise", "It's Dev from Corvane", "hier ist Jana von X", "I'm Ana, …"
_OWN_NAME = re.compile(
    rf"^\s*(?:{_HELLO}[^.!?]{{0,40}}?[,.!]\s*)?(?:(?i:it'?s|this is|I['’]m|I am|hier ist|hier spricht|ich bin|my name is|"
    rf"mein name ist)\s+(?:(?i:der|die)\s+)?)?(?P<name>{TOKEN}),?\s+(?i:from|von)\s+[A-ZÄÖÜ]"
    rf"|(?:^|[.!?]\s+)(?i:it['’]s|this is|I['’]m|I am|hier ist|hier spricht|ich bin|my name is|mein name ist)\s+"
    rf"(?:(?i:der|die)\s+)?(?P<name3>{TOKEN}),?\s+(?i:from|von)\s+[A-ZÄÖÜ]"
    rf"|\b(?i:it'?s|this is|I['’]m|hier ist|hier spricht|my name is|mein name ist|ich bin (?:der|die))\s+"
    rf"(?P<name2>{TOKEN})\s*[,.!](?!\s*(?i:wir|we|our|my|unser\w*|mein\w*)\b)"
    # "Callum here from X", "Hollmichel hier von X"
    rf"|(?:^|[.!?,]\s+)(?P<name4>{TOKEN}),?\s+(?i:here|hier),?\s+(?i:from|von)\s+[A-ZÄÖÜ]"
    # "Grüß Gott. Veronika Lind, ich mach bei X den Einkauf", "Morning. Dana Roy, I run ops at X"
    rf"|(?:^|[.!?]\s+)(?!(?:Guten|Vielen|Schönen|Herzlich\w*|Grüß|Liebe\w?|Sehr|Good|Thank|Many|Kind|Best)\b)"
    rf"(?P<name5>{TOKEN}\s+{TOKEN}),\s+(?:ich|I['’]m|I)\b"
    # "Ah, Frau Olsen, Timo Rask von X": a full name with a company after a greeting of the other
    rf"|(?:^|[,.!?]\s+)(?!(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\b)(?P<name6>{TOKEN}\s+{TOKEN}),?\s+"
    rf"(?i:from|von|vom|bei|with)\s+[A-ZÄÖÜ]"
    # "Hi Tom, Priya here.", "Obiorah hier.", "No problem. Henrik Aas here, I run …"
    rf"|(?:^|[.!?,]\s+)(?P<name7>(?:(?!(?i:hi|hallo|hello|hey|moin|servus|morning|thanks|danke|ja|yes|so|also|okay|"
    rf"ok|und|and|gut|fine|good)\b){TOKEN}\s+)?{TOKEN}),?\s+(?i:here|hier)\s*[,.!;–—-]"
    # "Yes, this is Oswin from X", "ja, hier ist Edda von X"
    rf"|\b(?i:this is|it['’]s|hier ist|hier spricht)\s+(?P<name8>{TOKEN}),?\s+(?i:from|at|von|bei)\s+[A-ZÄÖÜ]"
    # "it's Rebecca Holm by the way", "Ich bin die Resi Lechner, ich mach …"
    rf"|\b(?:(?i:it['’]s|this is|hier ist(?: die| der)?)\s+(?P<name9>{TOKEN}\s+{TOKEN}),?\s+(?i:by the way|übrigens)"
    rf"|(?i:I['’]m|I am|my name is|ich bin die|ich bin der|mein name ist)\s+(?P<name10>{TOKEN}\s+{TOKEN})"
    rf"(?=\s*[,.!;–—]|\s+(?i:by the way|übrigens|here|hier|from|von|vom)\b))"
    # "It's Quaid here, Quaid Pendry", "hier ist der Jonas hier"
    rf"|\b(?i:it['’]s|this is|hier ist)\s+(?:(?i:der|die)\s+)?(?P<name11>{TOKEN}),?\s+(?i:here|hier)\b"
    # a phone greeting: "X, Vertrieb, Sie sprechen mit Nils Brambach", "you're speaking to Dana Roy"
    rf"|\b(?i:sie sprechen mit|you['’]re speaking (?:to|with)|you are speaking (?:to|with))\s+"
    rf"(?P<name12>{TOKEN}(?:\s+{TOKEN})?)(?=\s*[,.!;–—]|\s*$)"
)
# A titled name said in passing to the one who just spoke: "Erst zuhören, Herr Varnhorst, bitte.", "Das weiß ich, Frau Ostwalt."
_REPLY_VOCATIVE = re.compile(rf"[,.!?]\s+(?:Herrn?|Frau|Mr|Mrs|Ms|Dr)\.?\s+(?P<name>{TOKEN})\s*[,.!?]")
# "Hi Hannah, …", "Hallo Frau Obiorah, …", "is this Marguerite?"
_ADDRESSED = re.compile(
    rf"^\s*{_HELLO}\s+{_TITLE_WORD}(?P<name>{TOKEN})\s*[,!.]|\b(?i:is this|spreche ich mit)\s+{_TITLE_WORD}(?P<name2>{TOKEN})\s*\?"
    # the word handed to someone: "Quaid, do you want to take that?", "Jana, magst du kurz erklären?"
    rf"|(?:^|[.!?]\s+)(?P<name3>{TOKEN}),\s+(?i:do you want|would you|could you|can you|willst du|magst du|"
    r"möchtest du|kannst du|wollen Sie|möchten Sie|können Sie)\b[^.!?]*\?"
)


_NOT_A_NAME = re.compile(
    r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|january|february|march|april|may|june|july|august|september|october|november|december|januar|"
    r"februar|märz|mai|juni|juli|oktober|dezember|great|perfect|super|prima|fine|good|gut|everyone|everybody|all|"
    r"zusammen|team|there|here|hier|speaking|sales|support|sir|madam|guys|folks|leute|alle|again|so much|much|"
    r"herr|herrn|frau|mr|mrs|ms|miss|dr|prof|alles|everything|nobody|niemand|jemand|somebody|someone|"
    r"entschuldigung|verzeihung|sorry|pardon|excuse me|willkommen|welcome)$"
)


def _unnamed_names(parsed: Parsed, speakers: dict[str, Speaker]) -> dict[str, str]:
    """Return names for speakers labelled only by a number or a role ('Speaker 1', 'REP'), from how the call opens.

    A speaker who says their own name ("Kwame from X", "it's Dev") or whom the one before greets by name
    ("Hi Hannah, …") is that person; a speaker given two different names stays unnamed.
    """
    found: dict[str, set[str]] = {}
    keys = [_fold(t.label or "") for t in parsed.turns[:6]]
    for i, t in enumerate(parsed.turns[:6]):
        key = keys[i]
        m = _OWN_NAME.search(t.text[:200])
        if m and key:
            found.setdefault(key, set()).add(
                m.group("name")
                or m.group("name2")
                or m.group("name3")
                or m.group("name4")
                or m.group("name5")
                or m.group("name6")
                or m.group("name7")
                or m.group("name8")
                or m.group("name9")
                or m.group("name10")
                or m.group("name11")
                or m.group("name12")
            )
        prev = keys[i - 1] if i else ""
        if prev and prev != key and (v := _REPLY_VOCATIVE.search(t.text[:200])):
            found.setdefault(prev, set()).add(
                v.group("name")
            )  # "Erst zuhören, Herr Varnhorst, bitte.": the one before
        a = _ADDRESSED.search(t.text[:200])
        nxt = next((k for k in keys[i + 1 :] if k and k != key), None)
        if a and nxt:
            found.setdefault(nxt, set()).add(a.group("name") or a.group("name2") or a.group("name3"))
    for key, sp in speakers.items():
        if sp.label.generic and key not in found and not DEVICE.match(sp.label.raw):
            # "Speaker 3" / "Guest 1" joining later: the name the voice gives itself in its first turns
            for text in sp.texts[:2]:
                if m := _OWN_NAME.search(text[:300]):
                    found[key] = {next(g for g in m.groups() if g)}
                    break
        if DEVICE.match(sp.label.raw):
            # a phone or a room that joined: the name its voice gives itself, whenever it first speaks
            for text in sp.texts[:3]:
                if m := _OWN_NAME.search(text[:300]):
                    found[key] = {next(g for g in m.groups() if g)}
                    break
    out: dict[str, str] = {}
    for key, names in found.items():
        sp = speakers.get(key)
        if sp is None or (sp.label.name and not sp.label.generic) or len(names) != 1:
            continue
        name = names.pop()
        if (
            not any(is_common_word(w) or _NOT_A_NAME.match(w) for w in name.split())
            and not ROLE_WORD.search(name)
            and not company_shaped(name)  # "Hier ist Zeltsoft.", "Autohaus X hier": a company, no person
        ):
            out[key] = name  # "ich bin die Projektleiterin," names a job, not a person
    return out


@lru_cache(maxsize=256)
def _label_pattern(label: str) -> re.Pattern[str]:
    """Return the pattern of a header that names a role label's person ('REP = Oswin Tally', 'AE: Edda Quarles')."""
    # "Rep: Timo Reuter (X)" for the label "REP": a header writes the role word in any case
    return re.compile(
        rf"(?<![^\W_])(?<!-)(?i:{re.escape(label)})\s*(?:=|:|–|—|->|→)\s*{TITLE}*(?P<name>{NAME})(?![\w-])"
    )


def _header_labels(parsed: Parsed, speakers: dict[str, Speaker]) -> dict[str, str]:
    """Return names the header gives speakers labelled by a role or a number ('REP = Oswin Tally', 'Speaker 2: Edda')."""
    head = parsed.text[: parsed.header_end]
    out: dict[str, str] = {}
    for key, sp in speakers.items():
        if sp.label.name and not sp.label.generic:
            continue
        m = _label_pattern(sp.label.raw).search(head)
        if (
            m
            and not any(is_common_word(w) for w in m.group("name").split())
            and not company_shaped(m.group("name"))
        ):
            out[key] = m.group("name")
    return out


def _title_account(text: str, speakers: dict[str, Speaker]) -> str | None:
    """Return the one company a transcript's title names (the account the call is about), if any."""
    names = {w for sp in speakers.values() for w in (sp.label.name or "").split()}
    return title_account(text, names)


def _build(
    parsed: Parsed, seller_company: str | None, seller: tuple[str, ...], lang: str | None, notices: list[str]
) -> Document:
    text = parsed.text
    header = _header_people(parsed)
    people = header + list(parsed.people)
    known: dict[str, Side] = {}
    for p in header:
        if p.side == "seller":
            known[_fold(p.name)] = "seller"
            known.setdefault(_fold(p.name.split()[0]), "seller")
    speakers: dict[str, Speaker] = {}
    inverted = surname_first([t.label for t in parsed.turns if t.label], text, parsed.format)
    for t in parsed.turns:
        key = _fold(t.label or "")
        if not key:
            continue
        sp = speakers.get(key)
        if sp is None:
            label = parse_label(t.label or "", inverted=t.label in inverted)
            match = _person(people, label.speaker)
            if match is not None:
                label.role = label.role or match.role
                label.organisation = label.organisation or match.organisation
                if label.side == "unknown" and match.role and not seller_company:
                    label.side = job_side(match.role)  # a signature's "Account Executive" is the seller
            sp = Speaker(key=key, label=label, email=(match.email if match else None) or label.email)
            speakers[key] = sp
        sp.texts.append(t.text)
    companies: dict[str, Side] = {}
    if parsed.customer_company:
        companies[company_key(parsed.customer_company)] = "customer"
    learnt, side_notices = assign(
        list(speakers.values()),
        seller_company=seller_company,
        seller=seller,
        known=known,
        companies=companies,
        sequence=[(speakers[_fold(t.label)], t.text) for t in parsed.turns if _fold(t.label or "")],
        account=_title_account(text, speakers) if speakers else None,
        partners=tuple(partner_companies(text)) if speakers else (),
    )
    user_company = seller_company
    notices += side_notices
    people += _mentioned_people(parsed, {k: sp.side for k, sp in speakers.items()})
    turns = [
        Turn(
            index=i,
            speaker=(speakers[_fold(t.label)].label.shown if t.label else None),
            side=(speakers[_fold(t.label)].side if t.label else "unknown"),
            time=t.time,
            text=t.text,
            start=t.start,
            end=t.end,
        )
        for i, t in enumerate(parsed.turns)
    ]
    sentences: list[Sentence] = []
    if turns:
        for turn in turns:
            for span in split_sentences(text[turn.start : turn.end]):
                sentences.append(
                    Sentence(
                        text=span.text,
                        start=turn.start + span.start,
                        end=turn.start + span.end,
                        turn=turn.index,
                        speaker=turn.speaker,
                        side=_sentence_side(turn.side, span.text),
                    )
                )
    else:
        sentences = [
            Sentence(
                text=s.text,
                start=s.start,
                end=s.end,
                side="seller"
                if seller_statement(s.text)
                or crm_seller_field(parsed.format, s.text)
                or _TOLD.search(s.text)
                or _SHOWN.match(s.text)
                or reference_note(s.text)
                or our_standard(s.text)
                or quoted_price(s.text)
                else "unknown",
            )
            for s in split_sentences(text)
            if not _CUE_TIMING.match(s.text)  # "12\n00:01:02,000 --> …" of a transcript block in notes
        ]
        for before, sentence in zip(sentences, sentences[1:], strict=False):
            if (
                sentence.side == "unknown"
                and before.side == "seller"
                and "\n" not in text[before.end : sentence.start]
                and reference_result(sentence.text)
            ):
                sentence.side = "seller"  # "Referenz X genannt. Dort 30 % weniger …": the reference's result
    named = {**_unnamed_names(parsed, speakers), **_header_labels(parsed, speakers)}
    said_names, said_people = introduced(speakers)
    named = {**said_names, **named}  # a name the call's opening or header gives wins
    people += said_people
    participants = _participants(people, speakers, seller_company, parsed.customer_company, seller, named)
    if not turns:
        for start, end in [*_seller_lines(text, participants), *seller_sections(text)]:
            for sentence in sentences:
                if start <= sentence.start < end:
                    sentence.side = "seller"  # "Jonas Hell (Vertrieb): …" in notes: our seller's words
    found_seller, found_customer = find_companies(text, turns, participants, user_company)
    partners = partner_companies(text)
    if found_seller and any(partner_of(found_seller, p) for p in partners):
        found_seller = None  # the seller's reseller, named beside the seller, is not the seller
    if found_customer and any(partner_of(found_customer, p) for p in partners):
        found_customer = None
    if learnt and any(same_company(learnt, p) for p in partners):
        learnt = None  # a partner's consultant on the seller's side does not make the partner the seller
    seller_company = user_company or found_seller or learnt
    customer_company = (
        parsed.customer_company or found_customer or _customer_company(participants, seller_company, partners)
    )
    if not turns:
        _seller_said(sentences, participants, seller_company)
    if turns:
        _sides_by_company(participants, speakers, seller_company, customer_company)
    elif seller_company and not same_company(seller_company, customer_company):
        for p in participants:
            # notes: a listed person of the seller's own company ("Dev Patel (Greifwerk)") is the seller's
            if p.side == "customer" and (
                same_company(p.organisation, seller_company) or same_company(p.role, seller_company)
            ):
                p.side = "seller"
    organisations = []
    if seller_company:
        organisations.append(Organisation(name=seller_company, side="seller"))
    for org in {p.organisation for p in participants if p.organisation}:
        if not any(same_company(org, o.name) for o in organisations):
            side = (
                "seller"
                if same_company(org, seller_company)
                else "customer"
                if same_company(org, customer_company)
                else "unknown"
            )
            organisations.append(Organisation(name=org, side=side))
    if customer_company and not any(same_company(customer_company, o.name) for o in organisations):
        organisations.append(Organisation(name=customer_company, side="customer"))
    spoken = " ".join(t.text for t in turns) if turns else text
    language = lang if lang in ("de", "en") else detect_language(spoken)
    mdate, _, _ = find_meeting_date(text.split("\n"))
    if any(sp.side == "unknown" for sp in speakers.values()) and "text.sides_unknown" not in notices:
        notices.append("text.sides_unknown")
    return Document(
        text=text,
        format=parsed.format,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        turns=turns,
        sentences=sentences,
        participants=participants,
        organisations=organisations,
        meeting_date=mdate,
        seller_company=seller_company,
        customer_company=customer_company,
        notices=list(dict.fromkeys(notices)),
    )


def _sentence_side(turn_side: Side, sentence: str) -> Side:
    """Return a sentence's side: its turn's, or the seller's for a pitch or a reference in a turn of unknown side.

    When the text layer cannot tell who speaks, the seller's claims ("our customers save 15 %", "reference X cut
    calls by 40 %") must not reach the customer's evidence: they are the seller's whoever the speaker is.
    """
    if turn_side == "unknown" and (seller_statement(sentence) or reference_note(sentence)):
        return "seller"
    return turn_side


_LINE_LABEL = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]*)?(?P<name>{TOKEN}(?:[ \t]+{TOKEN}){{0,2}})[ \t]*(?:\([^)\n]*\))?[ \t]*:", re.M
)


def _seller_lines(text: str, participants: list[Participant]) -> list[tuple[int, int]]:
    """Return the (start, end) of note lines that open with a seller's name as a label ('Jonas Hell (Vertrieb): …')."""
    sellers = {_fold(p.name) for p in participants if p.side == "seller"}
    if not sellers:
        return []
    out = []
    for m in _LINE_LABEL.finditer(text):
        if _fold(m.group("name")) in sellers:
            end = text.find("\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end))
    return out


# A notes heading that says what follows is the seller's own part: "our side:", "**what we said**", "Von unserer
# Seite:", "## Unser Angebot".
_OUR_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?i:(?:on |from )?our side|from us|our part|our pitch|our offer|"
    r"what we (?:said|pitched|presented|showed|offered|proposed|told them)|we said|(?:von |auf )?unserer seite|"
    r"seitens uns|von uns|unser (?:teil|pitch|angebot)|was wir (?:gesagt|gezeigt|angeboten|vorgestellt|präsentiert)"
    r"(?: haben)?"
    # the buyer's own notes: "## What the vendor said", "Aussagen des Anbieters", "Was der Hersteller gezeigt hat"
    r"|(?:what )?(?:the )?(?:vendor|supplier|provider)(?:['’]s)?(?: (?:said|says|pitched|presented|claimed|claims|"
    r"offered|proposed|showed|pitch|offer|proposal|presentation|side))?"
    r"|(?:was )?(?:der|die) (?:anbieter|hersteller|lieferant|dienstleister)(?:in)? (?:gesagt|präsentiert|gezeigt|"
    r"angeboten|vorgestellt|behauptet)(?: hat)?"
    r"|(?:aussagen|angebot|pitch|präsentation) (?:des|der) (?:anbieters|herstellers|lieferanten|dienstleisters))"
    r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$"
)
# A note that reports what the seller's person or company said: "Daniel says they would …", "X meint, …"
_SAYS = (
    r"\s+(?i:says|said|claims?|claimed|told us|mentioned|explained|promised|pitched|suggested|proposed|sagt|sagte|"
    r"meint|meinte|behauptet\w*|erklärt\w*|verspricht|versprach|schlägt vor|schlug vor)\b"
)


def _seller_said(
    sentences: list[Sentence], participants: list[Participant], seller_company: str | None
) -> None:
    """Put a notes sentence on the seller's side when it reports what a seller's person or company said."""
    names = {p.name for p in participants if p.side == "seller"}
    names |= {n.split()[0] for n in names if len(n.split()[0]) >= 3}
    if seller_company:
        names.add(seller_company)
        names.add(seller_company.split()[0])
    names = {n for n in names if len(n) >= 3}
    if not names:
        return
    pattern = re.compile(
        rf"^[\W\d]*(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})(?![\w-]){_SAYS}"
    )
    for sentence in sentences:
        if sentence.side == "unknown" and pattern.match(sentence.text):
            sentence.side = "seller"


# The line that closes such a section: another heading, bold line or bare label ("next:", "**Nächste Schritte**").
_HEADING = re.compile(
    r"^[ \t]*(?:#|(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*$|[^\s\-*•>][^:\n]{0,40}:[ \t]*$)"
)
_BULLET = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])[ \t]")


def seller_sections(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of notes sections under a heading such as 'our side:' or 'what we said'."""
    out: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    blank = False
    for line in text.split("\n"):
        end = pos + len(line)
        if start is not None:
            closes = bool(line.strip()) and (_HEADING.match(line) or (blank and not _BULLET.match(line)))
            if closes:
                out.append((start, pos))
                start = None
        if start is None and _OUR_HEADING.match(line):
            start = end
        if line.strip():
            blank = False
        elif start is not None:
            blank = True
        pos = end + 1
    if start is not None:
        out.append((start, len(text)))
    return out


def _person(people: list[Participant], name: str) -> Participant | None:
    key = _fold(name)
    same = [p for p in people if _fold(p.name) == key]
    if same:
        # one person seen twice (an e-mail header, then the signature): what each saw of them, together
        out = same[0].model_copy()
        for p in same[1:]:
            out.role = out.role or p.role
            out.organisation = out.organisation or p.organisation
            out.email = out.email or p.email
        return out
    firsts = [p for p in people if _fold(p.name).split()[0] == key or _fold(p.name).split()[-1] == key]
    return firsts[0] if len(firsts) == 1 else None


def _participants(
    people: list[Participant],
    speakers: dict[str, Speaker],
    seller_company: str | None,
    customer_company: str | None,
    seller: tuple[str, ...],
    named: dict[str, str] | None = None,
) -> list[Participant]:
    out: list[Participant] = []
    named = named or {}

    def merge(p: Participant) -> None:
        for q in out:
            a, b = _fold(q.name).split(), _fold(p.name).split()
            if a == b or (len(a) == 1 and a[0] in (b[0], b[-1])) or (len(b) == 1 and b[0] in (a[0], a[-1])):
                if len(b) > len(a):
                    q.name = p.name
                q.role = q.role or p.role
                q.organisation = q.organisation or p.organisation
                q.email = q.email or p.email
                if q.side == "unknown":
                    q.side = p.side  # the first word on a side wins: speakers first, then lists and mentions
                return
        out.append(p.model_copy())

    for key, sp in speakers.items():
        # every speaker takes part: a named person, "Speaker 2", or a role label such as "AE" or "Kunde" — under
        # the name the call gives them when it does ("Hi Hannah, …")
        merge(
            Participant(
                name=named.get(key) or sp.label.name or sp.label.raw,
                role=sp.label.role if sp.label.name and not sp.label.generic else None,
                organisation=sp.label.organisation,
                side=sp.side,
                email=sp.email,
            )
        )
    for p in people:
        if not DEVICE.match(p.name):  # "Conference Room" in a list of participants is no person
            merge(p)
    for p in out:
        if p.role and p.organisation and _fold(p.role) == _fold(p.organisation):
            # one bracket read twice ("<v Jan Berger (Velotrak)>"): an organisation, unless it is a role word
            if ROLE_WORD.search(p.role):
                p.organisation = None
            else:
                p.role = None
    _speaker_domains(out, speakers)
    for p in out:
        if any(_fold(n) == _fold(p.name) or _fold(n) in _fold(p.name).split() for n in seller):
            p.side = "seller"
        elif p.side == "unknown":
            if seller_company and (
                same_company(p.organisation, seller_company) or domain_matches(p.email, seller_company)
            ):
                p.side = "seller"
            elif customer_company and (
                same_company(p.organisation, customer_company) or domain_matches(p.email, customer_company)
            ):
                p.side = "customer"
            elif seller_company and (p.organisation or p.email):
                p.side = "customer"
    domains = {p.email.split("@")[-1].lower(): p.side for p in out if p.email and p.side != "unknown"}
    for p in out:
        if p.side == "unknown" and p.email:
            p.side = domains.get(p.email.split("@")[-1].lower(), "unknown")
    if not speakers:
        # notes and records are the seller's own: a person not marked as one of "ours" is the customer's
        for p in out:
            if p.side == "unknown":
                p.side = "customer"
    for p in out:
        if p.role and role_is_side_word(p.role):
            p.role = None
    # a name with a legal form is a company's, never a person's ("Kowalczyk Packaging Ltd" on a signature's line)
    spoken = {_fold(sp.label.speaker) for sp in speakers.values()}
    return [p for p in out if _fold(p.name) in spoken or not _PEOPLE_LEGAL.search(p.name)]


def _sides_by_company(
    participants: list[Participant], speakers: dict[str, Speaker], seller: str | None, customer: str | None
) -> None:
    """Put a listed person who speaks under a role label ('REP') on the side of the company written beside them."""
    spoken = {_fold(sp.label.speaker) for sp in speakers.values()}
    for p in participants:
        org = p.organisation or p.role  # "Dev Patel (Greifwerk Robotics)": a bracket read as a job
        if not org or _fold(p.name) in spoken:
            continue
        ours, theirs = same_company(org, seller), same_company(org, customer)
        if ours != theirs:
            p.side = "seller" if ours else "customer"


def _speaker_domains(out: list[Participant], speakers: dict[str, Speaker]) -> None:
    """Put a person who shares a speaker's company e-mail domain on that speaker's side (a colleague in To/Cc)."""
    sides: dict[str, set[Side]] = {}
    for sp in speakers.values():
        if sp.email and sp.side != "unknown" and domain_organisation(sp.email):
            sides.setdefault(sp.email.rsplit("@", 1)[1].lower(), set()).add(sp.side)
    spoken = {_fold(sp.label.speaker) for sp in speakers.values()}
    for p in out:
        if p.email and _fold(p.name) not in spoken:
            found = sides.get(p.email.rsplit("@", 1)[1].lower(), set())
            if len(found) == 1:
                p.side = next(iter(found))


_PEOPLE_LEGAL = re.compile(
    r"\b(?:GmbH|AG|KG|SE|OHG|GbR|e\.V\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|S\.A\.|B\.V\.|N\.V\.)(?!\w)"
)


def role_is_side_word(role: str) -> bool:
    """Return True for a 'role' that is only a side marker (Kunde, REP, wir), not a job."""
    return bool(
        re.fullmatch(
            r"(?i)kunde|kundin|customer|client|prospect|rep|wir|we|us|vertrieb|sales|seller", role.strip()
        )
    )


def _customer_company(
    participants: list[Participant], seller_company: str | None, partners: Sequence[str] = ()
) -> str | None:
    orgs = Counter(
        p.organisation
        for p in participants
        if p.organisation
        and p.side == "customer"
        and not same_company(p.organisation, seller_company)
        and not any(same_company(p.organisation, x) for x in partners)
    )
    return orgs.most_common(1)[0][0] if orgs else None
