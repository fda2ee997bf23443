"""Direct access to the built-in knowledge files: sections and their citations, no index needed."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from coach.paths import KNOWLEDGE_DIR, ROOT
from coach.retrieval.documents import Chunk, chunk_document, discover, load_document


class Source(BaseModel):
    """A citation of the knowledge: file, section title and chunk id."""

    model_config = ConfigDict(extra="forbid")

    source: str
    section: str
    chunk_id: str


@lru_cache(maxsize=1)
def knowledge_chunks() -> tuple[Chunk, ...]:
    """Return every chunk of knowledge/ (same ids as in the index)."""
    chunks: list[Chunk] = []
    for path, rel in discover([KNOWLEDGE_DIR], ROOT):
        chunks.extend(chunk_document(load_document(path, rel)))
    return tuple(chunks)


def section_chunks(doc: str, section_id: str, lang: str) -> list[Chunk]:
    """Return the chunks of one section of a knowledge document in a language (falling back to the other)."""
    found = [
        c for c in knowledge_chunks() if c.metadata["doc"] == doc and c.metadata["section_id"] == section_id
    ]
    same = [c for c in found if c.metadata["language"] == lang]
    return same or found


def section_sources(doc: str, section_id: str, lang: str, limit: int = 1) -> list[Source]:
    """Return citations for a section of a knowledge document, e.g. ('decision-agreement', 'objection-handling')."""
    return [
        Source(source=str(c.metadata["source"]), section=str(c.metadata["section"]), chunk_id=c.chunk_id)
        for c in section_chunks(doc, section_id, lang)[:limit]
    ]


def section_text(doc: str, section_id: str, lang: str) -> str:
    """Return the full text of a section of a knowledge document."""
    return "\n".join(c.text for c in section_chunks(doc, section_id, lang))


@lru_cache(maxsize=1)
def _document_titles() -> dict[str, str]:
    """Return the title of every knowledge file (source path -> title from its front matter)."""
    titles: dict[str, str] = {}
    for chunk in knowledge_chunks():
        source, title = str(chunk.metadata.get("source", "")), str(chunk.metadata.get("title", ""))
        if source and title:
            titles.setdefault(source, title)
    return titles


def document_title(source: str) -> str:
    """Return a knowledge file's document title (its file name without suffix when it has none)."""
    from pathlib import Path

    try:
        title = _document_titles().get(source)
    except Exception:  # noqa: BLE001 - a citation never breaks a result; the file name still says where it is from
        title = None
    return title or Path(source).stem


def citation(source: Source) -> str:
    """Return a citation for people: 'document › section' (the chunk id stays in the JSON)."""
    return f"{document_title(source.source)} › {source.section}"
