"""Remove personal data (e-mails, phone numbers, IBANs, names after titles) before text goes to a remote model."""

from __future__ import annotations

import re

_PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[E-MAIL]"),
    (re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b"), "[IBAN]"),
    (re.compile(r"(?<![\w€$.,])(?:(?:\+|00)\d{1,3}[ /-]?|0)\d[\d ()/-]{6,}\d(?![\w€%]|[.,]\d)"), "[PHONE]"),
    (
        re.compile(
            r"\b(Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w-]+)(?:\s+[A-ZÄÖÜ][\w-]+)?"
        ),
        r"\1 [NAME]",
    ),
]


def redact(text: str) -> str:
    """Return the text with e-mail addresses, IBANs, phone numbers and titled names replaced by placeholders."""
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text
