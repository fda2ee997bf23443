"""Fast building blocks the minutes rules share: a whole-word literal pattern and a memoised sentence splitter.

Both only change speed, never a result: `word(x)` matches exactly where `(?<![\\w-])x(?![\\w-])` does, but puts the
literal first so the regex engine can scan for it instead of trying the look-behind at every position; the splitter
is the text layer's, remembered per line (the minutes rules split the same lines many times).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.text.lines import Line, Sentence
from coach.text.sentences import sentence_texts


def word(literal: str) -> str:
    """Return a pattern matching `literal` as a whole word (no letter, digit, '_' or '-' on either side)."""
    return rf"{re.escape(literal)}(?<![\w-][\s\S]{{{len(literal)}}})(?![\w-])"


def word_start(literal: str) -> str:
    """Return a pattern matching `literal` with no letter, digit, '_' or '-' right before it (end left open)."""
    return rf"{re.escape(literal)}(?<![\w-][\s\S]{{{len(literal)}}})"


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[str, ...]:
    return tuple(sentence_texts(text))


def split_sentences(text: str) -> list[str]:
    """Return the sentence strings of a text (the text layer's splitter, memoised; a fresh list each call)."""
    return list(_split(text))


def sentences(lines: list[Line], sections: tuple[str, ...] | None = None) -> list[Sentence]:
    """Return the sentences of the given lines (optionally only those in some sections), as the text layer does."""
    return [
        Sentence(text=s, line=line)
        for line in lines
        if not sections or line.section in sections
        for s in _split(line.text)
    ]


# ---- literal prefilter ------------------------------------------------------------------------------------------
# The cue lexicons are large alternations ('ja gesagt|klar ja|zugesagt|…'); the regex engine tries every branch at
# every position. Each branch needs some literal text to match, so when none of those literals occurs in the text
# (case folded) the pattern cannot match, and the engine is not asked at all.


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Return the tables that make `str.lower` at least as lenient as the regex engine's IGNORECASE: dotted
    capital I lowers to a plain 'i' there, and the engine's extra case pairs (long s, dotless i, final sigma, …)
    count as one letter."""
    from re import _casefix

    post: dict[int, str] = {}
    for key, others in _casefix._EXTRA_CASES.items():
        group = (key, *others)
        for code in group:
            post[code] = chr(min(group))
    return {0x130: "i"}, post


_PRE, _POST = _fold_tables()
_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in {*_PRE, *_POST})) + "]")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return the text in lower case as the prefilter compares it (see `_fold_tables`)."""
    if text.isascii() or not _SPECIAL.search(text):
        return text.lower()
    return text.translate(_PRE).lower().translate(_POST)


def _required(seq: list) -> list[str] | None:
    """Return literals of which any match of `seq` contains at least one (lower case), or None when unknown."""
    from re import _constants as c

    candidates: list[list[str]] = []
    run: list[str] = []
    for op, av in list(seq) + [(None, None)]:
        if op is c.LITERAL:
            run.append(fold(chr(av)))
            continue
        if run:
            candidates.append(["".join(run)])
            run = []
        if op is c.SUBPATTERN:
            sub = _required(av[3])
        elif op is c.BRANCH:
            alts = [_required(b) for b in av[1]]
            sub = None if any(a is None for a in alts) else [x for a in alts for x in a]  # type: ignore[union-attr]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        else:
            sub = None
        if sub:
            candidates.append(sub)
    if not candidates:
        return None
    return max(candidates, key=lambda alts: (min(len(a) for a in alts), -len(alts)))


class Prefiltered:
    """A compiled pattern that skips the regex engine when none of the literals it needs occurs in the text.

    Results are those of the pattern itself (`search`, `match`, `fullmatch`, `finditer`, `findall`, `sub`); any
    other attribute is the pattern's."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        from re import _parser

        self.compiled = pattern
        literals = _required(_parser.parse(pattern.pattern, pattern.flags).data)
        self.literals: tuple[str, ...] | None = tuple(sorted(set(literals))) if literals else None

    def possible(self, text: str) -> bool:
        """Return False when the pattern cannot match anywhere in the text (no literal it needs occurs)."""
        if self.literals is None:
            return True
        low = fold(text)
        return any(lit in low for lit in self.literals)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """Return the pattern's first match in the text, as `re.Pattern.search`."""
        return self.compiled.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        """Return the pattern's match at the start of the text, as `re.Pattern.match`."""
        return self.compiled.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        """Return the pattern's match of the whole text, as `re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args: int):  # noqa: ANN201 - an iterator of matches, as re.Pattern.finditer
        """Return an iterator over the pattern's matches, as `re.Pattern.finditer`."""
        return self.compiled.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list:
        """Return the pattern's matches, as `re.Pattern.findall`."""
        return self.compiled.findall(text, *args) if self.possible(text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:  # noqa: ANN001 - a string or a function, as re
        """Return the text with the pattern's matches replaced, as `re.Pattern.sub`."""
        return self.compiled.sub(repl, text, count) if self.possible(text) else text

    def __getattr__(self, name: str):  # noqa: ANN204 - pattern, flags, groupindex, split, …
        return getattr(self.compiled, name)


def fast(pattern: str, flags: int = 0) -> Prefiltered:
    """Return the pattern compiled with a literal prefilter (see `Prefiltered`)."""
    return Prefiltered(re.compile(pattern, flags))


# ---- sentences of a to-do line ------------------------------------------------------------------------------------
# What the text layer's splitter cuts that is one task: an abbreviation of its own ('Vorl. Angebot schicken',
# 'Angebot überarb. und senden') or a German ordinal ('holt 3. Angebot ein'). An abbreviation is a word cut off
# after two consonants ('Vorl.', 'überarb.', 'Anm.'); a whole word ('Great.', 'agreed.') ends a sentence.
_CUT_WORD = re.compile(r"(?:^|\s)(?P<w>[^\W\d_]*[^\W\d_aeiouyäöüAEIOUYÄÖÜ]{2})\.$")
_ENDS_ORDINAL = re.compile(r"\s[a-zäöüß]{2,}\s\d{1,2}\.$")
# a German ordinal after a noun, a noun after it ('Rechnung 1.' + 'Jahr stellen'); a short date word cut off ('nä.')
_ENDS_NOUN_ORDINAL = re.compile(r"\s[A-ZÄÖÜ][a-zäöüß]{2,}\s\d{1,2}\.$")
_STARTS_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}\s+[a-zäöüß]")
_ENDS_DATE_WORD = re.compile(r"(?:^|\s)(?i:nä|näch|übern|kommend)\.$")
_STARTS_LOWER = re.compile(r"^[a-zäöüß]")
_SENTENCE_START = re.compile(
    r"^(?:I|We|You|He|She|They|It|This|That|These|The|A|An|Next|Then|Also|And|So|But|Our|My|Their|His|Her|"
    r"Let|Please|Thanks|Ok|Okay|Yes|No|On|In|For|Ich|Wir|Sie|Er|Es|Das|Die|Der|Dann|Und|Also|Bitte|Danke|Ja|"
    r"Nein|Gut|Klar)\b"
)
_SIGNATURE = re.compile(r"(?i:gez|ppa|tel|fax|mob|mobil)\.$")  # 'gez. Name': a signature, no abbreviated task
# a word cut off where no whole word ends ('überarb.', 'unterschr.', 'schriftl.', 'Bestellnr.', 'Birkenstr.'): an
# abbreviation, whatever the case of the word after it ('überarb. Angebot schicken')
_ABBREVIATED = re.compile(
    r"(?:^|\s)(?:[a-zäöüß]{3,}(?:[b-df-hj-kmnp-tv-zß]l|rb|chr|gl)|[A-ZÄÖÜ]?[a-zäöüß]{2,}(?:nr|str))\.$"
)
# a short capitalised abbreviation ('Obj. Talweg Str.', 'Abt. Einkauf')
_SHORT_CUT = re.compile(r"(?:^|\s)(?P<w>[A-ZÄÖÜ][b-df-hj-np-tv-zß]{2})\.$")


def action_sentences(text: str) -> list[str]:
    """Return the sentences of a line for the action rules: the text layer's, with a piece that an abbreviation
    or an ordinal cut off joined back ('Vorl.' + 'Angebot schicken', 'holt 3.' + 'Angebot ein')."""
    from coach.text.names import is_common_word

    out: list[str] = []
    for piece in _split(text):
        if out and not _SENTENCE_START.match(piece) and not _SIGNATURE.search(out[-1]):
            last = out[-1]
            cut = _CUT_WORD.search(last)
            word = cut.group("w") if cut else ""
            one = cut and word == last[:-1] and len(word) <= 5 and not is_common_word(word)  # 'Vorl.' alone
            lower = cut and word[:1].islower() and _STARTS_LOWER.match(piece)  # 'überarb.' + 'und senden'
            noun = _ENDS_NOUN_ORDINAL.search(last) and _STARTS_NOUN.match(piece)
            numbered = (
                re.search(r"(?:^|\s)[^\W\d_]{1,5}\.$", last) and piece[:1].isdigit()
            )  # 'Pos.' + '31 vor'
            aside = re.search(r"[?!]\)$", last) and _STARTS_LOWER.match(piece)  # '… (where?)' + 'by Fri'
            short = (m := _SHORT_CUT.search(last)) and not is_common_word(m.group("w"))
            if (
                one
                or lower
                or noun
                or aside
                or numbered
                or short
                or _ABBREVIATED.search(last)
                or _ENDS_ORDINAL.search(last)
                or _ENDS_DATE_WORD.search(last)
            ):
                out[-1] = f"{last} {piece}"
                continue
        out.append(piece)
    return out
