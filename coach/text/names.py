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
PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|ter|ten|dos|del|zu|af|al|el|bin|ibn)"
NAME = rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{TOKEN}){{1,2}}"
TITLE = r"(?:(?:Dr|Prof|Hr|Hrn|Fr|Herrn?|Frau|Mr|Mrs|Ms|Miss|Dipl\.-Ing|Ing)\.?\s+)"
TITLED = re.compile(rf"(?<![\w-]){TITLE}+(?:{TITLE})*(?P<name>{TOKEN}(?:\s+{TOKEN})?)")
FULL_NAME = re.compile(rf"(?<![\w-])(?P<name>{NAME})(?![\w-])")


def is_name(text: str) -> bool:
    """Return True when the text is one to three name words (with particles), e.g. 'Siobhán O'Neill'."""
    return bool(re.fullmatch(rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{TOKEN}){{0,2}}", text.strip()))
