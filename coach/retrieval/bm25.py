"""BM25 over the indexed chunks, with a tokenizer for German and English."""

from __future__ import annotations

import re

from rank_bm25 import BM25Okapi

_STOP = set(
    """der die das und ist nicht ein eine einen einem einer wir sie ihr mit für auf von zu den dem des im in ist
    sind wird werden noch auch aber oder wenn dass als bei nach über wie was wer wann muss müssen soll kann ich es
    man sich so zum zur am an aus vor bis hat haben sein the and is not a an we they you with for on of to in are
    will be still also but or if that as at after over it this what how when who do does should can must i my me""".split()
)
_TOKEN = re.compile(r"[\wäöüß]+", re.UNICODE)
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_SUFFIXES = ("ungen", "ung", "en", "er", "es", "e", "n", "s")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokenize(text: str) -> list[str]:
    """Return lower-cased, umlaut-folded, lightly stemmed tokens without stop words."""
    words = [w for w in _TOKEN.findall(text.lower()) if w not in _STOP and len(w) > 1]
    return [_stem(w.translate(_FOLD)) for w in words]


class BM25Index:
    """A BM25 ranking over a fixed list of chunk texts."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self.ids = ids
        self._bm25 = BM25Okapi([tokenize(t) for t in texts]) if texts else None

    def top(self, query: str, k: int) -> list[tuple[str, float]]:
        """Return the k best (chunk id, score) pairs with a positive score."""
        if not self._bm25:
            return []
        scores = self._bm25.get_scores(tokenize(query))
        best = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]
