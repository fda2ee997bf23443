"""Hybrid retrieval: dense (Chroma + e5) and BM25 over the same chunks, fused by reciprocal rank."""

from __future__ import annotations

import threading
import time
from typing import Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import BaseModel, ConfigDict, PrivateAttr

from coach.errors import IndexMissingError, InputError
from coach.limits import LIMITS
from coach.messages import msg
from coach.retrieval.bm25 import BM25Index
from coach.retrieval.store import index_exists, index_version, vector_store
from coach.settings import Settings

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 10  # small k: top ranks dominate (chosen on the dev split of evals/datasets/retrieval.yaml)
CANDIDATES = 30
DENSE_WEIGHT = 1.0
SERVER_RECHECK_S = 30.0
BM25_WEIGHT = 2.0  # BM25 with the doc2query expansions is the stronger ranker here


class Hit(BaseModel):
    """One retrieved chunk with its citation."""

    model_config = ConfigDict(extra="forbid")

    text: str
    source: str
    section: str
    language: str
    chunk_id: str
    score: float
    title: str = ""
    doc: str = ""
    section_id: str = ""

    @property
    def citation(self) -> str:
        """Return 'document › section' for display."""
        return f"{self.title} › {self.section}"


def _body(indexed_text: str) -> str:
    """Return the chunk body without the 'title › section' line stored in front of it."""
    return indexed_text.split("\n", 1)[1] if "\n" in indexed_text else indexed_text


class HybridRetriever(BaseRetriever):
    """A LangChain retriever fusing Chroma similarity and BM25 with reciprocal rank fusion."""

    settings: Settings
    k: int = 5
    mode: Mode = "hybrid"
    language: str | None = None

    _store: object = PrivateAttr(default=None)
    _bm25: BM25Index | None = PrivateAttr(default=None)
    _docs: dict[str, tuple[str, dict]] = PrivateAttr(default_factory=dict)
    _version: str = PrivateAttr(default="")
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _checked: float = PrivateAttr(default=0.0)

    def _load(self) -> None:
        """Open the collection and (re)build the BM25 view when the index changed."""
        with self._lock:
            version = self._current_version()
            if self._store is not None and version == self._version:
                return
            if not index_exists(self.settings):
                raise IndexMissingError(msg("error.index_missing", self.settings.lang or "en"))
            store = vector_store(self.settings)
            try:
                got = store.get(include=["documents", "metadatas"])
            except Exception as exc:  # noqa: BLE001
                raise IndexMissingError(
                    msg("error.index_unreadable", self.settings.lang or "en", kind=type(exc).__name__)
                ) from None
            self._docs = {
                cid: (doc, meta)
                for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            }
            self._bm25 = BM25Index(list(self._docs), [d for d, _ in self._docs.values()])
            self._store = store
            self._version = str(len(self._docs)) if self.settings.chroma_url else version

    def search(self, query: str, k: int | None = None, language: str | None = None) -> list[Hit]:
        """Return the k best sections for the query (optionally in one language), each as its best chunk."""
        if not query or not query.strip():
            raise InputError("The search query is empty: type what you want to find.")
        query = query[
            : LIMITS["query"]
        ]  # limits before work: the entry points cut with a notice; this is the guard
        self._load()
        k = k or self.k
        language = language or self.language
        rankings: list[tuple[float, list[str]]] = []
        scores: dict[str, float] = {}
        if self.mode in ("hybrid", "dense"):
            flt = {"language": language} if language else None
            pairs = self._store.similarity_search_with_score(query, k=CANDIDATES, filter=flt)  # type: ignore[attr-defined]
            rankings.append((DENSE_WEIGHT, [d.id for d, _ in pairs if d.id]))
            scores.update({d.id: round(1.0 - float(dist), 5) for d, dist in pairs if d.id})
        if self.mode in ("hybrid", "bm25"):
            bm = self._bm25.top(query, CANDIDATES * 2)  # type: ignore[union-attr]
            if language:
                bm = [(cid, sc) for cid, sc in bm if self._docs[cid][1].get("language") == language]
            rankings.append((BM25_WEIGHT, [cid for cid, _ in bm[:CANDIDATES]]))
            if self.mode == "bm25":
                scores.update({cid: round(sc, 5) for cid, sc in bm})
        fused: dict[tuple[str, str], float] = {}
        best: dict[tuple[str, str], str] = {}
        for weight, ids in rankings:
            for rank, key in enumerate(self._section_order(ids)):
                fused[key] = fused.get(key, 0.0) + weight / (RRF_K + rank + 1)
        for _, ids in rankings:  # the best real text chunk per section, in ranking order
            for cid in ids:
                meta = self._docs[cid][1]
                key = (str(meta.get("doc")), str(meta.get("section_id")))
                if meta.get("kind") != "probe" and key not in best:
                    best[key] = cid
        order = sorted(fused, key=lambda key: -fused[key])
        hits: list[Hit] = []
        for key in order[:k]:
            cid = best.get(key) or self._first_chunk(key, language)
            if cid is None:
                continue
            score = fused[key] if self.mode == "hybrid" else scores.get(cid, 0.0)
            hits.append(self._hit(cid, round(score, 5)))
        return hits

    def _current_version(self) -> str:
        """Return the index's change stamp: a local file, or for a shared server its size (checked every 30 s)."""
        if not self.settings.chroma_url:
            return index_version(self.settings)
        now = time.monotonic()
        if self._store is not None and now - self._checked < SERVER_RECHECK_S:
            return self._version
        self._checked = now
        try:
            return str(self._store._collection.count()) if self._store is not None else ""  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - unreachable server: reload and report properly
            return ""

    def _section_order(self, ids: list[str]) -> list[tuple[str, str]]:
        """Return the distinct (doc, section id) pairs of a chunk ranking, in order."""
        seen: dict[tuple[str, str], None] = {}
        for cid in ids:
            meta = self._docs[cid][1]
            seen.setdefault((str(meta.get("doc")), str(meta.get("section_id"))), None)
        return list(seen)

    def _first_chunk(self, key: tuple[str, str], language: str | None) -> str | None:
        """Return the first text chunk of a section (in the language if given)."""
        for cid, (_, meta) in self._docs.items():
            if (meta.get("doc"), meta.get("section_id")) == key and meta.get("kind") != "probe":
                if language is None or meta.get("language") == language:
                    return cid
        return None

    def _hit(self, cid: str, score: float) -> Hit:
        doc, meta = self._docs[cid]
        return Hit(
            text=_body(doc),
            source=str(meta.get("source", "")),
            section=str(meta.get("section", "")),
            language=str(meta.get("language", "")),
            chunk_id=cid,
            score=score,
            title=str(meta.get("title", "")),
            doc=str(meta.get("doc", "")),
            section_id=str(meta.get("section_id", "")),
        )

    def chunk(self, chunk_id: str) -> Hit | None:
        """Return the indexed chunk with this id, or None."""
        self._load()
        return self._hit(chunk_id, 0.0) if chunk_id in self._docs else None

    def chunk_ids(self) -> set[str]:
        """Return the ids of every indexed chunk."""
        self._load()
        return {cid for cid, (_, meta) in self._docs.items() if meta.get("kind") != "probe"}

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(page_content=h.text, metadata=h.model_dump(exclude={"text"}), id=h.chunk_id)
            for h in self.search(query)
        ]


_shared: dict[tuple, HybridRetriever] = {}


def get_retriever(settings: Settings, mode: Mode = "hybrid") -> HybridRetriever:
    """Return a process-wide retriever for these settings (loaded once, reloaded when the index changes)."""
    key = (str(settings.home), settings.chroma_url, mode)
    if key not in _shared:
        _shared[key] = HybridRetriever(settings=settings, mode=mode)
    return _shared[key]
