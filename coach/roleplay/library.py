"""The objection library (knowledge/<lang>/objection-library.md) per objection type, and its citations."""

from __future__ import annotations

import re
from functools import lru_cache

from coach.knowledge import Source, section_sources
from coach.paths import KNOWLEDGE_DIR, ROOT
from coach.retrieval.documents import load_document

_SECTION = re.compile(r"^##\s+(.+?)\s*\{#([\w-]+)\}\s*$")
_SUB = re.compile(r"^###\s+(.+?)\s*$")
_BULLET = re.compile(r"^\s*[-*]\s+(.*\S)\s*$")
_QUOTES = "„“”\"'‚‘’«»"
# Subsection roles by words in their headings (German and English); each objection section has all four.
_ROLES = {
    "wording": ("typisch", "typical"),
    "questions": ("offene fragen", "exploring questions", "open questions"),
    "value": ("ziel", "goals", "business case"),
    "avoid": ("vermeiden", "not to do", "avoid"),
    "layers": ("ebenen", "layers"),
}


def section_id(objection_type: str) -> str:
    """Return the knowledge section id of an objection type ('contract_terms' -> 'contract-terms')."""
    return objection_type.replace("_", "-")


@lru_cache(maxsize=4)
def _sections(lang: str) -> dict[str, dict[str, list[str]]]:
    path = KNOWLEDGE_DIR / lang / "objection-library.md"
    doc = load_document(path, str(path.relative_to(ROOT)))
    out: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    role = "intro"
    for line in doc.text.splitlines():
        if m := _SECTION.match(line):
            current = out.setdefault(m.group(2), {})
            role = "intro"
            continue
        if current is None:
            continue
        if m := _SUB.match(line):
            heading = m.group(1).lower()
            role = next((r for r, keys in _ROLES.items() if any(k in heading for k in keys)), heading)
            continue
        text = line.strip()
        if not text:
            continue
        bullet = _BULLET.match(line)
        item = bullet.group(1) if bullet else text
        current.setdefault(role, []).append(item.strip().strip(_QUOTES).strip())
    return out


def library_part(objection_type: str, part: str, lang: str) -> list[str]:
    """Return one part of an objection type's library section: 'wording', 'questions', 'value' or 'avoid'."""
    lang = lang if lang in ("de", "en") else "en"
    return list(_sections(lang).get(section_id(objection_type), {}).get(part, []))


def exploring_questions(objection_type: str, lang: str) -> list[str]:
    """Return the library's open exploring questions for an objection type."""
    return library_part(objection_type, "questions", lang)


def typical_wording(objection_type: str, lang: str) -> list[str]:
    """Return the library's typical wordings of an objection type."""
    return library_part(objection_type, "wording", lang)


def objection_sources(objection_type: str | None, lang: str) -> list[Source]:
    """Return citations: the framework's objection-handling section and the library section of the type."""
    sources = section_sources("decision-agreement", "objection-handling", lang)
    if objection_type:
        sources += section_sources("objection-library", section_id(objection_type), lang)
    return sources


def principles_sources(lang: str) -> list[Source]:
    """Return the citation of the library's principles (acknowledge, explore, link, decide, next steps)."""
    return section_sources("objection-library", "principles", lang)
