"""The persistent Chroma collection (on disk under COACH_HOME, or a Chroma server) and incremental indexing."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from coach.errors import CoachError, IndexMissingError
from coach.messages import msg
from coach.paths import KNOWLEDGE_DIR, ROOT
from coach.retrieval import cache
from coach.retrieval.documents import (
    Chunk,
    chunk_document,
    discover,
    expansion_chunks,
    file_hash,
    load_document,
)
from coach.retrieval.embeddings import E5Embeddings
from coach.settings import Settings

COLLECTION = "coach_knowledge"
EXPANSIONS = "expansions.yaml"
INSERT_BATCH = 1000  # well below Chroma's maximum batch size


def chroma_client(settings: Settings):
    """Return a Chroma client: HTTP when COACH_CHROMA_URL is set, else persistent under COACH_HOME/index."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


def vector_store(settings: Settings, embeddings: E5Embeddings | None = None):
    """Return the LangChain Chroma vector store over our collection (never Chroma's default embedding)."""
    from langchain_chroma import Chroma

    try:
        return Chroma(
            collection_name=COLLECTION,
            embedding_function=embeddings or E5Embeddings(),
            client=chroma_client(settings),
            collection_metadata={"hnsw:space": "cosine"},
        )
    except CoachError:
        raise
    except Exception as exc:  # noqa: BLE001 - Chroma raises many types for a broken store
        where = settings.chroma_url or settings.index_dir
        raise IndexMissingError(
            msg("error.index_unopenable", settings.lang or "en", where=where, kind=type(exc).__name__)
        ) from None


@contextlib.contextmanager
def index_lock(settings: Settings, wait: float = 120.0) -> Iterator[None]:
    """Hold an exclusive file lock so two `coach index` runs never write the index at once."""
    settings.home.mkdir(parents=True, exist_ok=True)
    with open(settings.home / "index.lock", "w") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise CoachError(
                        "Another `coach index` is still running; try again when it has finished."
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@dataclass
class IndexReport:
    """What one indexing run did."""

    files: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        """Return the one-line summary printed at the end of `coach index`."""
        line = (
            f"{self.files} files, {self.chunks} chunks: {self.added} added, {self.updated} updated, "
            f"{self.removed} removed, {self.unchanged} unchanged in {self.seconds:.1f} s"
        )
        if self.skipped:
            line += f"; skipped {len(self.skipped)}: " + "; ".join(self.skipped)
        return line


def _indexed_files(store) -> dict[str, tuple[str, list[str]]]:
    """Return {source path: (file hash, chunk ids)} for everything in the collection."""
    got = store.get(include=["metadatas"])
    files: dict[str, tuple[str, list[str]]] = {}
    for cid, meta in zip(got["ids"], got["metadatas"], strict=True):
        src = str(meta.get("origin") or meta.get("source"))
        entry = files.setdefault(src, (str(meta.get("file_hash")), []))
        entry[1].append(cid)
    return files


def build_index(
    settings: Settings,
    extra_paths: list[Path] | None = None,
    rebuild: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IndexReport:
    """Index knowledge/ plus extra paths incrementally (by content hash) and return what changed."""
    started = time.perf_counter()
    report = IndexReport()
    with index_lock(settings), ThreadPoolExecutor(max_workers=1) as opener:
        if rebuild:
            _drop(settings)
        home_cache = settings.home / "cache" / "e5-passages.npz"
        cache.load_into_memory(cache.SEED_FILE, home_cache)
        # A first build opens Chroma (import and client: seconds) while the chunks are being embedded.
        fresh = not settings.chroma_url and not index_exists(settings)
        opening = opener.submit(vector_store, settings, E5Embeddings())
        existing = {} if fresh else _existing(settings, opening.result())
        roots = [KNOWLEDGE_DIR] + list(extra_paths or [])
        missing = [str(p) for p in roots if not p.exists()]
        if missing:
            raise CoachError("Not found: " + ", ".join(missing))
        todo: list[tuple[str, list[Chunk], bool]] = []
        seen: set[str] = set()
        for path, rel in discover(roots, ROOT):
            seen.add(rel)
            report.files += 1
            try:
                h = file_hash(path.read_bytes())
                if rel in existing and existing[rel][0] == h:
                    report.unchanged += 1
                    report.chunks += len(existing[rel][1])
                    continue
                chunks = chunk_document(load_document(path, rel))
            except (CoachError, OSError, ValueError) as exc:
                report.skipped.append(f"{rel} ({exc})")
                report.files -= 1
                continue
            todo.append((rel, chunks, rel in existing))
        _add_expansions(existing, todo, seen, report)
        if on_start:
            on_start(sum(len(c) for _, c, _ in todo))
        # Every new chunk in one pass (each distinct text once), then one insert: no half-empty batches per file.
        new_chunks = [c for _, chunks, _ in todo for c in chunks]
        E5Embeddings(progress=on_progress).embed_missing([c.indexed_text for c in new_chunks])
        store = opening.result()
        # A file's chunks go when the file is gone; playbooks indexed earlier stay while they exist.
        for src, (_, ids) in existing.items():
            if src not in seen and not (ROOT / src).exists():
                store.delete(ids=ids)
                report.removed += 1
        for rel, chunks, was_there in todo:
            if was_there:
                store.delete(ids=existing[rel][1])
                report.updated += 1
            else:
                report.added += 1
            report.chunks += len(chunks)
        for i in range(0, len(new_chunks), INSERT_BATCH):
            batch = new_chunks[i : i + INSERT_BATCH]
            store.add_texts(
                texts=[c.indexed_text for c in batch],
                metadatas=[c.metadata for c in batch],
                ids=[c.chunk_id for c in batch],
            )
        _stamp(settings)
        cache.save(home_cache, [c.indexed_text for c in new_chunks] + _cached_texts(store))
    report.seconds = time.perf_counter() - started
    return report


def _existing(settings: Settings, store) -> dict[str, tuple[str, list[str]]]:
    """Return what the collection holds per source file; a damaged index is reported as such."""
    try:
        return _indexed_files(store)
    except Exception as exc:  # noqa: BLE001
        raise IndexMissingError(
            msg("error.index_damaged", settings.lang or "en", kind=type(exc).__name__)
        ) from None


def _add_expansions(existing: dict, todo: list, seen: set[str], report: IndexReport) -> None:
    """Queue the probe chunks of knowledge/expansions.yaml when it (or the knowledge it points at) changed."""
    path = KNOWLEDGE_DIR / EXPANSIONS
    rel = f"knowledge/{EXPANSIONS}"
    if not path.exists():
        return
    seen.add(rel)
    report.files += 1
    knowledge_changed = any(r.startswith("knowledge/") for r, _, _ in todo)
    if rel in existing and existing[rel][0] == file_hash(path.read_bytes()) and not knowledge_changed:
        report.chunks += len(existing[rel][1])
        report.unchanged += 1
        return
    from coach.knowledge import knowledge_chunks

    knowledge_chunks.cache_clear()
    try:
        probes = expansion_chunks(path, rel, list(knowledge_chunks()))
    except (ValueError, OSError, AttributeError) as exc:
        report.skipped.append(f"{rel} ({exc})")
        return
    todo.append((rel, probes, rel in existing))


def _cached_texts(store) -> list[str]:
    """Return the stored texts of every chunk (to keep their vectors in the home cache)."""
    return list(store.get(include=["documents"])["documents"])


def _drop(settings: Settings) -> None:
    """Delete the collection (or the whole on-disk index folder if it is corrupt)."""
    import shutil

    if not settings.chroma_url:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # Chroma caches one client per path in-process
        shutil.rmtree(settings.index_dir, ignore_errors=True)
        return
    client = chroma_client(settings)
    with contextlib.suppress(Exception):
        client.delete_collection(COLLECTION)


def _stamp(settings: Settings) -> None:
    """Record that the index changed, so running processes reload their BM25 view."""
    settings.home.mkdir(parents=True, exist_ok=True)
    (settings.home / "index.version").write_text(str(time.time_ns()))


def index_version(settings: Settings) -> str:
    """Return the stamp of the last index change ('' if never indexed here)."""
    try:
        return (settings.home / "index.version").read_text()
    except OSError:
        return ""


def index_exists(settings: Settings) -> bool:
    """Return True when an index has been built (locally) or a server collection is reachable."""
    if settings.chroma_url:
        try:
            return bool(vector_store(settings).get(limit=1)["ids"])
        except Exception:  # noqa: BLE001
            return False
    return (settings.index_dir / "chroma.sqlite3").exists()


def env_threads() -> None:
    """Let the embedding engine use every core unless the user chose otherwise."""
    os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))
