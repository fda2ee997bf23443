"""Character n-grams of a sentence (3–5 characters within words, hashed), weighted by TF-IDF.

What a small embedding model blurs, word pieces keep: "Kriterien", "passt", "skeptisch", "freigegeben", "-budget".
A linear model over these hashed n-grams is fused with the e5 model's dimension scores. Hashing is crc32 (stable
across processes and platforms), so the artefact only stores the IDF vector and the weights.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np

N_FEATURES = 2**16
SIZES = (3, 4, 5)
Row = tuple[np.ndarray, np.ndarray]  # (feature indices, counts), one per sentence


def _grams(text: str) -> list[str]:
    """Return the character n-grams of each word padded with spaces (like scikit-learn's `char_wb`)."""
    out: list[str] = []
    for word in text.lower().split():
        w = f" {word} "
        for n in SIZES:
            if len(w) <= n:  # a short word counts once, as a whole
                out.append(w)
                break
            out.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return out


@lru_cache(maxsize=16384)
def counts(text: str) -> Row:
    """Return the sentence's hashed n-gram indices and their counts (cached per sentence, like its e5 vector)."""
    if not text:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    idx = np.fromiter((zlib.crc32(g.encode()) % N_FEATURES for g in _grams(text)), dtype=np.int64)
    uniq, n = np.unique(idx, return_counts=True)
    return uniq, n.astype(np.float32)


def fit_idf(texts: list[str]) -> np.ndarray:
    """Return the smoothed inverse document frequency of every hashed n-gram over the texts."""
    df = np.zeros(N_FEATURES, np.float64)
    for t in texts:
        df[counts(t)[0]] += 1.0
    return (np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0).astype(np.float32)


def tfidf(texts: list[str], idf: np.ndarray) -> list[Row]:
    """Return per sentence its n-gram indices and L2-normalised sublinear TF-IDF weights."""
    rows: list[Row] = []
    for t in texts:
        idx, n = counts(t)
        val = (1.0 + np.log(n)) * idf[idx] if len(idx) else n
        norm = float(np.sqrt((val * val).sum()))
        rows.append((idx, (val / norm).astype(np.float32) if norm else val))
    return rows


def scores(rows: list[Row], w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the linear scores (n, k) of the rows under weights w (k, N_FEATURES) and biases b (k,)."""
    out = np.tile(b.astype(np.float32), (len(rows), 1))
    sizes = [len(i) for i, _ in rows]
    if not sum(sizes):
        return out
    idx = np.concatenate([i for i, _ in rows])
    val = np.concatenate([v for _, v in rows]).astype(np.float32)
    contrib = w[:, idx].astype(np.float32).T * val[:, None]  # (all n-grams, k), one gather for all sentences
    filled = np.flatnonzero(sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])[filled]
    out[filled] += np.add.reduceat(contrib, starts, axis=0)
    return out


def matrix(rows: list[Row]):  # noqa: ANN201 - scipy is a training-time dependency only
    """Return the rows as a scipy CSR matrix (for fitting)."""
    from scipy import sparse

    if not rows:
        return sparse.csr_matrix((0, N_FEATURES), dtype=np.float32)
    indptr = np.cumsum([0] + [len(i) for i, _ in rows])
    indices = np.concatenate([i for i, _ in rows])
    data = np.concatenate([v for _, v in rows])
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), N_FEATURES), dtype=np.float32)
