"""The knowledge chunks of a section do not repeat each other: every word is embedded once (cold index)."""

from __future__ import annotations

import re

from coach.knowledge import knowledge_chunks
from coach.paths import KNOWLEDGE_DIR, ROOT
from coach.retrieval.documents import CHUNK_CHARS, _sections, _split, load_document


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def test_a_long_section_is_cut_into_pieces_that_do_not_overlap() -> None:
    body = "\n\n".join(
        f"Absatz {n}: Der Kunde bestätigt die Entscheidung schriftlich bis Freitag." for n in range(40)
    )
    pieces = _split(body)
    assert len(pieces) > 1 and all(len(p) <= CHUNK_CHARS for p in pieces)
    assert _words(" ".join(pieces)) == _words(body)  # each word once, in order


def test_an_overlap_can_still_be_asked_for() -> None:
    body = " ".join(f"Satz {n} endet hier." for n in range(200))
    pieces = _split(body, overlap=100)
    assert len(pieces) > 1
    assert len(_words(" ".join(pieces))) > len(
        _words(body)
    )  # each piece repeats the last words of the one before


def test_the_knowledge_sections_are_their_chunks_joined() -> None:
    chunks = list(knowledge_chunks())
    for path in sorted((KNOWLEDGE_DIR / "en").glob("*.md")) + sorted((KNOWLEDGE_DIR / "de").glob("*.md")):
        doc = load_document(path, str(path.resolve().relative_to(ROOT)))
        for _, sid, body in _sections(doc):
            parts = [
                c.text
                for c in chunks
                if c.metadata["doc_id"] == doc.doc_id and c.metadata["section_id"] == sid
            ]
            assert _words(" ".join(parts)) == _words(body), (doc.doc_id, sid)
    texts = [c.indexed_text for c in chunks]
    assert len(set(texts)) == len(texts)
