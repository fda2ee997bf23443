"""The text layer every engine reads through: readers for every format, one splitter, people, dates, quotes, sides.

`read_document(source, ...)` and `parse_text(text, ...)` return a `Document` (see `coach.text.model`).
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "read_document": "document",
    "parse_text": "document",
    "Document": "model",
    "Organisation": "model",
    "Participant": "model",
    "Sentence": "model",
    "Side": "model",
    "Turn": "model",
    "quote_in": "quotes",
    "Span": "sentences",
    "split_sentences": "sentences",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
