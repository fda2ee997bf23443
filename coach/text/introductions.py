"""The names people give themselves in the middle of a call: under a number label, a device or a shared room."""

from __future__ import annotations

import re

from coach.text.model import Participant
from coach.text.names import TOKEN, company_shaped, is_common_word, is_org_word
from coach.text.readers.base import DEVICE, ROLE_WORD
from coach.text.sides import Speaker

# A room or a device that joined, also with a number or the company after it: "Besprechungsraum SWL 2.14",
# "iPad Konferenzraum EG", "Board Suite 3", "Konferenzraum Ginkgo (Gebr. X KG)".
_ROOM = re.compile(
    r"(?i)(?:raum|zimmer|saal|room|suite)\b|\b(?:iphone|ipad|phone|telefon|handy|tablet|laptop|dial-?in|call-?in|"
    r"einwahl|lautsprecher|speakerphone)\b"
)
# How many turns of one voice are searched: people name themselves in the first exchanges
_TURNS = 12

# "übrigens", "by the way" set off inside a self-introduction: "ich bin übrigens der Malte, Malte Hegner"
_ASIDE = r"(?:(?i:übrigens|by the way|btw|actually|eigentlich|nochmal|noch mal|again),?\s+)?"
_ASIDE_SAID = r"(?i:übrigens|by the way|btw|actually|eigentlich)"
_OPENER = (
    r"(?i:ja|yes|genau|also|so|hi|hallo|hello|oh|ah|okay|ok|pardon|sorry|gut|fine|right|danke|thanks|moment)"
)
# Sentence openers that are no names ("Moment hier.", "Alles wieder gut.")
_NOT_NAME = frozenset(
    "moment alles nochmal jetzt kurz einfach niemand jemand keiner teil sorry pardon".split()
)
_SPEAKING = r"(?i:sie sprechen mit|you['’]re speaking (?:to|with)|you are speaking (?:to|with))"
_INTRO = re.compile(
    # "ich bin übrigens der Malte, Malte Hegner, …", "I'm Ravi Anand from …"
    rf"\b(?i:ich bin|I['’]m|I am|my name is|mein name ist)\s+{_ASIDE}"
    rf"(?:(?i:der|die)\s+)?(?:{TOKEN},?\s+{_ASIDE})?(?P<full>{TOKEN}\s+{TOKEN})"
    rf"(?=\s*[,.;!–—]|\s+(?i:von|vom|from|at|bei|hier|here|aus)\b)"
    # "it's Moira, by the way, Moira Pelling", "hier ist Greta Wendehorst von X" (not "it's Net Zero, basically")
    rf"|\b(?i:it['’]s|this is|hier ist|hier spricht)\s+(?:(?:{TOKEN},?\s+)?{_ASIDE_SAID}\s*,?\s+(?P<full2>{TOKEN}\s+{TOKEN})"
    rf"(?=\s*[,.;!–—]|\s+(?i:von|vom|from|at|bei|hier|here)\b)|(?P<full3>{TOKEN}\s+{TOKEN}),?\s+"
    rf"(?={_ASIDE_SAID}|(?i:von|vom|from|at|bei|hier|here)\b))"
    # "Hier nochmal Tekin.", "Here again, Obiorah."
    rf"|(?:^|[.!?]\s+)(?i:hier|here)\s+(?i:nochmal|noch mal|wieder|again)\s*,?\s+(?P<again>{TOKEN})\s*[.,!;:–—]"
    # "Hollmichel wieder.", "Dreesbach hier,", "Obiorah again:"
    rf"|(?:^|[.!?]\s+)(?:(?i:also|so|ja|yes|okay|ok|gut|genau)\s*,?\s+)?(?P<here>{TOKEN})\s+"
    rf"(?i:wieder|nochmal|noch mal|again|hier|here)\s*[.,!:;–—]"
    # "Herr Lanzinger, Frau Mertgen und ich, Hollmichel, Controlling", "ich, Tekin aus dem Rechnungswesen"
    rf"|\b(?i:ich|I|me|myself),\s+(?P<me>{TOKEN})(?=\s*,|\s+(?i:aus|from|vom|von)\b)"
    # "Zwerenz, Verwaltungsdirektorin hier …", "Inga Pohlmann, ich leite …": a name, then one's job or "ich"
    rf"|(?:^|[.!?]\s+)(?:{_OPENER}\s*[,.!]?\s+)*(?!{_OPENER}\b)"
    rf"(?P<job>{TOKEN}(?:\s+{TOKEN})?),\s+(?P<after>(?i:ich|I['’]m|I)\b|[\w-]+)"
    # a phone greeting: "X, Vertrieb, Sie sprechen mit Nils Brambach"
    rf"|\b{_SPEAKING}\s+(?P<full4>{TOKEN}\s+{TOKEN})(?=\s*[,.;!–—]|\s*$)"
)


def _person_word(word: str) -> bool:
    """Return True when a capitalised word may be part of a person's name."""
    return not (is_common_word(word) or is_org_word(word) or ROLE_WORD.search(word) or company_shaped(word))


def self_names(text: str) -> list[str]:
    """Return the names a speaker gives themselves in a turn ('Hier nochmal Tekin.', 'Zwerenz, Verwaltungsdirektorin')."""
    out: list[str] = []
    for m in _INTRO.finditer(text):
        name = next(
            (
                m.group(g)
                for g in ("full", "full2", "full3", "full4", "again", "here", "me", "job")
                if m.group(g)
            ),
            "",
        )
        if m.group("job") and re.match(rf"[^.!?]{{0,40}}?\b{_SPEAKING}", text[m.end() :]):
            continue  # "X, Vertrieb, Sie sprechen mit …": the company answering, not a person
        if m.group("job"):
            after = m.group("after")
            two = " " in name
            if not (
                (two and re.fullmatch(r"(?i)ich|I['’]m|I", after))
                or (ROLE_WORD.search(after) and (two or after[:1].isupper()))
                or (two and company_shaped(after))
            ):
                continue  # "Inga Pohlmann, ich leite …", "Kocabas, Einkauf", "Wiebke Thalmann, Wohnbau X": name, then job
        if (
            name
            and all(_person_word(w) and w.casefold() not in _NOT_NAME for w in name.split())
            and name not in out
        ):
            out.append(name)
    return out


def introduced(speakers: dict[str, Speaker]) -> tuple[dict[str, str], list[Participant]]:
    """Return (names for number-labelled speakers, the people who name themselves under a number, device or room).

    A voice labelled 'Speaker 2' or 'SPEAKER_01' that gives one name anywhere in the call is that person; a room
    or a phone speaks for everyone in it, so each name said there is one more participant on the room's side.
    """
    names: dict[str, str] = {}
    people: list[Participant] = []
    for key, sp in speakers.items():
        room = bool(DEVICE.match(sp.label.raw) or _ROOM.search(sp.label.name or sp.label.raw))
        unnamed = (
            sp.label.generic or not sp.label.name
        )  # "Speaker 2", "SPEAKER_01", a role label such as "PROSPECT"
        if not (unnamed or room):
            continue
        found: list[str] = []
        for text in sp.texts[:_TURNS]:
            for name in self_names(text):
                if any(set(name.split()) <= set(f.split()) for f in found):
                    continue
                found = [f for f in found if not set(f.split()) <= set(name.split())]
                found.append(name)
        people.extend(Participant(name=n, side=sp.side) for n in found)
        if len(found) == 1 and unnamed and not room:
            names[key] = found[0]
    return names, people
