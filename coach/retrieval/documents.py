"""Load knowledge files and users' playbooks, and split them into section-aware chunks."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from coach.errors import InputError
from coach.lang import detect_language
from coach.textio import text_from_bytes

SUPPORTED = {".md", ".markdown", ".txt", ".pdf", ".docx"}
CHUNK_CHARS = 900
# Chunks of a section do not overlap: search finds and cites sections, so a repeated tail only cost tokens (~2k of
# ~35k embedded for knowledge/: 6 % of a cold index) and ranked worse (retrieval suite, hybrid MRR 0.911 -> 0.920)
OVERLAP_CHARS = 0
_HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*$")
_SECTION_ID = re.compile(r"\s*\{#([\w-]+)\}\s*$")


@dataclass
class SourceDoc:
    """One file's text with its metadata (front matter, path, content hash)."""

    path: str
    text: str
    doc_id: str
    doc: str
    title: str
    language: str
    framework: str
    file_hash: str


@dataclass
class Chunk:
    """A piece of a document small enough to embed, with the section it belongs to."""

    chunk_id: str
    text: str
    metadata: dict[str, str | int] = field(default_factory=dict)

    @property
    def indexed_text(self) -> str:
        """Return the text that is embedded and stored: a 'title › section' line, then the body."""
        return f"{self.metadata['title']} › {self.metadata['section']}\n{self.text}"


def file_hash(data: bytes) -> str:
    """Return the content hash used to skip unchanged files."""
    return hashlib.sha256(data).hexdigest()[:16]


def _front_matter(text: str) -> tuple[dict, str]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            meta = yaml.safe_load(text[4:end]) or {}
            if isinstance(meta, dict):
                return meta, text[end + 4 :].lstrip("\n")
    return {}, text


def load_document(path: Path, rel: str) -> SourceDoc:
    """Return the SourceDoc for a file; raise InputError when it cannot be read as text."""
    data = path.read_bytes()
    text = text_from_bytes(data, path.name)
    meta, body = _front_matter(text)
    if not body.strip():
        raise InputError(f"{rel} contains no text.")
    stem = re.sub(r"[^\w-]+", "-", path.stem.lower()).strip("-") or "doc"
    language = str(meta.get("language") or detect_language(body))
    return SourceDoc(
        path=rel,
        text=body,
        doc_id=str(meta.get("id") or f"{stem}-{file_hash(rel.encode())[:6]}"),
        doc=str(meta.get("doc") or stem),
        title=str(meta.get("title") or path.stem),
        language=language,
        framework=str(meta.get("framework") or "playbook"),
        file_hash=file_hash(data),
    )


def _sections(doc: SourceDoc) -> list[tuple[str, str, str]]:
    """Return (section title, section id, body) for each '##'-level section (or the whole text)."""
    out: list[tuple[str, str, str]] = []
    title, sid, lines = doc.title, "intro", []
    for line in doc.text.splitlines():
        m = _HEADING.match(line)
        if m and len(m.group(1)) <= 2:
            if "\n".join(lines).strip():
                out.append((title, sid, "\n".join(lines).strip()))
            heading = m.group(2)
            idm = _SECTION_ID.search(heading)
            sid = idm.group(1) if idm else re.sub(r"[^\w]+", "-", heading.lower()).strip("-")[:40]
            title = _SECTION_ID.sub("", heading).strip()
            lines = []
            if len(m.group(1)) == 1:
                title, sid = doc.title, "intro"
        else:
            lines.append(line)
    if "\n".join(lines).strip():
        out.append((title, sid, "\n".join(lines).strip()))
    return out


def _split(body: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[str]:
    """Return pieces of about `size` characters, cut at paragraph or sentence ends (the last `overlap` repeated)."""
    if len(body) <= size:
        return [body]
    units = [u for u in re.split(r"(?<=\n)\n+|(?<=[.!?])\s+(?=[A-ZÄÖÜ\-•*])", body) if u and u.strip()]
    pieces: list[str] = []
    current = ""
    for unit in units:
        if current and len(current) + len(unit) + 1 > size:
            pieces.append(current.strip())
            tail = current[-overlap:] if overlap > 0 else ""  # current[-0:] would be all of it
            cut = tail.find(" ")
            current = (tail[cut + 1 :] if cut >= 0 else tail) + " " if tail else ""
        current += unit + ("\n" if unit.endswith("\n") else " ")
    if current.strip():
        pieces.append(current.strip())
    return pieces


def chunk_document(doc: SourceDoc) -> list[Chunk]:
    """Return the section-aware chunks of a document, each with citation metadata."""
    chunks: list[Chunk] = []
    for section, sid, body in _sections(doc):
        for n, piece in enumerate(_split(body)):
            chunks.append(
                Chunk(
                    chunk_id=f"{doc.doc_id}#{sid}-{n}",
                    text=piece,
                    metadata={
                        "source": doc.path,
                        "doc": doc.doc,
                        "doc_id": doc.doc_id,
                        "title": doc.title,
                        "section": section,
                        "section_id": sid,
                        "language": doc.language,
                        "framework": doc.framework,
                        "file_hash": doc.file_hash,
                        "part": n,
                        "kind": "text",
                        "origin": doc.path,
                    },
                )
            )
    return chunks


def discover(paths: list[Path], base: Path) -> list[tuple[Path, str]]:
    """Return (file, display path) for every supported file under the given files/folders."""
    found: list[tuple[Path, str]] = []
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for f in files:
            if f.suffix.lower() not in SUPPORTED or "scenarios" in f.parts or f.name.startswith("."):
                continue
            try:
                rel = str(f.resolve().relative_to(base))
            except ValueError:
                rel = str(f.resolve())
            found.append((f, rel))
    return found


def expansion_chunks(path: Path, rel: str, section_chunks: list[Chunk]) -> list[Chunk]:
    """Return search-only 'probe' chunks: typical questions per section, pointing at that section for citation."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    by_section = {
        (c.metadata["doc"], c.metadata["section_id"], c.metadata["language"]): c for c in section_chunks
    }
    probes: list[Chunk] = []
    for doc, sections in data.items():
        for section_id, langs in (sections or {}).items():
            for lang, questions in (langs or {}).items():
                target = by_section.get((doc, section_id, lang))
                if target is None or not questions:
                    continue
                meta = dict(target.metadata)
                meta.update(kind="probe", origin=rel, file_hash=file_hash(path.read_bytes()), part=-1)
                probes.append(
                    Chunk(
                        chunk_id=f"{meta['doc_id']}#{section_id}-q",
                        text="\n".join(map(str, questions)),
                        metadata=meta,
                    )
                )
    return probes
