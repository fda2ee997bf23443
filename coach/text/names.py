"""Regular-expression pieces for personal names in any Latin script (accents, apostrophes, hyphens, particles)."""

from __future__ import annotations

import re


def _char_class(test: str) -> str:
    codes = [
        *range(0x41, 0x250),
        *range(0x1E00, 0x1F00),
    ]  # Latin, Latin Extended A/B and Additional (Vietnamese)
    chars = [chr(c) for c in codes if getattr(chr(c), test)() and chr(c).isalpha()]
    return "".join(re.escape(c) for c in chars)


UPPER = _char_class("isupper")
LOWER = _char_class("islower")
_PART = rf"[{UPPER}][{LOWER}]+"
# One name word: "Álvarez", "O'Neill", "McArthur", "Nowak-Kowalska", "D'Angelo".
TOKEN = rf"(?:(?:O|D|L)['’]{_PART}|Ma?c{_PART}|{_PART}(?:['’]{_PART.replace('+', '*')})?(?:-{_PART})?)"
# Irish patronymic particles are capitalised and may be one letter: "Ciarán Ó Dálaigh", "Róisín Ní Chonaill".
IRISH_PARTICLE = r"(?:Ó|Ní|Nic|Uí|Ua|Mhic)"
PARTICLE = rf"(?:de|van|von|der|den|da|di|du|le|la|ter|ten|dos|del|zu|af|al|el|bin|ibn|{IRISH_PARTICLE})"
NAME = rf"{TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{TOKEN}){{1,2}}"  # a name never spans lines
# Titles, and the degrees after "Dr." ("Dr. med.", "Dr. rer. nat."), which always carry their dot.
TITLE = (
    r"(?:(?:Dr|Prof|Hr|Hrn|Fr|Herrn?|Frau|Mr|Mrs|Ms|Miss|Dipl\.-Ing|Ing)\.?[ \t]+"
    r"|(?:med|dent|vet|phil|jur|oec|rer\.[ \t]?nat|rer\.[ \t]?pol|h\.[ \t]?c)\.[ \t]+)"
)
TITLED = re.compile(rf"(?<![\w-]){TITLE}+(?:{TITLE})*(?P<name>{TOKEN}(?:\s+{TOKEN})?)")
FULL_NAME = re.compile(rf"(?<![\w-])(?P<name>{NAME})(?![\w-])")


# Ordinary words and the labels of notes: never a person's name, a speaker or a company ("Budget:", "Ja, …").
COMMON_WORDS = frozenset(
    """
    ja nein jein okay ok yes no yeah nope sure gut genau richtig klar super prima danke hallo hi hello thanks
    vielleicht maybe also aber und oder doch bitte sorry
    budget budgets ziel ziele goal goals timeline zeitplan zeitrahmen termin termine timing deadline frist
    entscheidung entscheidungen entscheider decision decisions authority befugnis need needs bedarf
    next steps step nächste schritte schritt todo todos aufgaben aufgabe actions action items item
    notes notizen notiz protokoll summary zusammenfassung fazit ergebnis ergebnisse result results outcome
    status thema themen topic topics agenda teilnehmer participants attendees kunde kunden customer client
    problem probleme problems challenges herausforderungen herausforderung pains pain schmerzpunkte
    plans pläne risiken risiko risks risk offen open fragen frage questions question einwand einwände
    objection objections preis preise pricing kosten costs angebot offer proposal wettbewerb
    wettbewerber competition competitor competitors kontakt contact firma company unternehmen datum date
    ort location dauer duration uhrzeit betreff subject hinweis hinweise note anmerkung anmerkungen
    kontext context hintergrund background situation ausgangslage update info infos
    konsequenzen consequences implikationen implications nutzen benefit benefits veränderungswille
    champion sponsor pilot rollout demo call meeting intro discovery follow followup montag dienstag mittwoch
    donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday heute morgen
    gestern today tomorrow yesterday
    metrics metriken kpi kpis roi owner verantwortlich zuständig wer was wann warum wie who what when why how
    scope umfang volume volumen users nutzer lizenzen licenses stakeholder stakeholders prozess process tools
    tool system systeme paper process vorgehen approach lösung solution produkt product hardware software
    ihr ihre ihren ihrem ihrer sie der die das den dem des ein eine einen unser unsere mein meine dein deine
    our your their the this that these dies diese dieser dieses
    bei von vom mit für aus nach zu zum zur im in am an auf über unter at with from for on to by of
    """.split()
)


# Words that make a capitalised phrase an organisation, not a person ("Klinikum Sankt Ansgar", "Kaya Bau").
ORG_WORDS = frozenset(
    """
    klinikum klinik kliniken krankenhaus stadtwerke stadtwerk stadtwerken kanzlei bank sparkasse volksbank hotel
    hotels gruppe group holding werke werk bau logistik freight media systems software solutions labs technologies
    consulting services landratsamt stadt gemeinde kreis universität university hospital college schule school verlag
    versicherung insurance mutual biologics pharma energie energy partners immobilien maschinenbau technik
    """.split()
)


def is_org_word(word: str) -> bool:
    """Return True for a word that marks an organisation's name ('Klinikum', 'Stadtwerke', 'Freight')."""
    return word.strip(" .:,;").casefold() in ORG_WORDS


def is_common_word(word: str) -> bool:
    """Return True for an ordinary word or a notes label ('Ja', 'Budget', 'Next steps') — never a name."""
    return word.strip(" .:,;!?-–—*_").casefold() in COMMON_WORDS


def is_name(text: str) -> bool:
    """Return True when the text is one to three name words (with particles), e.g. 'Siobhán O'Neill'."""
    text = text.strip()
    if any(is_common_word(w) for w in text.split() if w[:1].isupper()):  # particles (von, de) are lower case
        return False
    return bool(re.fullmatch(rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{TOKEN}){{0,2}}", text))


# Endings of a one-word company name, never of a person's ("Halmwerk", "Zeltsoft", "Feinkosterei", "Dachpilot").
_COMPANY_END = re.compile(
    r"(?i)[a-zäöüß]{3,}(?:erei|werk|werke|shop|soft|ware|tech|tronic|tronics|data|cloud|labs|works|systems|logic|"
    r"matic|metrics|analytics|pilot|kraft|bau|praxis|apotheke|verlag|logistik|technik|verwaltung)"
)
# Kinds of business a name may start with ("Autohaus X", "Praxis X", "Kellerei X"), besides ORG_WORDS.
_BUSINESS_WORDS = frozenset(
    """
    weingut autohaus praxis apotheke museum stiftung verein genossenschaft spedition brauerei bäckerei metzgerei
    molkerei druckerei gärtnerei schreinerei tischlerei kellerei käserei reederei agentur studio atelier
    """.split()
)
# A word with a number grown onto it is a shop's or a brand's name, never a person's ("Shop24", "Haus7").
_NUMBERED = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}\d{{1,4}}")
_LEGAL_FORM = re.compile(
    r"(?<![\w-])(?:GmbH|AG|KG|SE|OHG|GbR|e\.V\.|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|S\.A\.|B\.V\.|N\.V\.)(?![\w-])"
)


def company_shaped(text: str) -> bool:
    """Return True when a capitalised name is a company's by its form: a legal form, an organisation or business
    word ('Autohaus Lenz', 'Klinikum Nord'), or a one-word name ending like a firm's ('Zeltsoft', 'Halmwerk')."""
    words = text.split()
    if not words or _LEGAL_FORM.search(text):
        return bool(words)
    return any(
        is_org_word(w)
        or w.strip(" .:,;").casefold() in _BUSINESS_WORDS
        or _COMPANY_END.fullmatch(w.strip(" .:,;"))
        or _NUMBERED.fullmatch(w.strip(" .:,;"))
        for w in words
    )
