"""Plain text for the organisation and side readers: Markdown emphasis and @-mentions taken off.

Minutes written in Markdown put their labels in bold ("**Teilnehmende:** …", "**Kunde:** …") and chat-style notes
mention people with "@Name". The readers of companies and sides match labels at the start of a line and names as
written, so they read the text without the emphasis marks and without the "@" before a name. Nothing they return
points into the text by position, so the plain text stands in for the original.
"""

from __future__ import annotations

import re

# bold or underline marks around a label or a name: '**Kunde:**', '__Present__'
_EMPHASIS = re.compile(r"\*\*|(?<![\w])__|__(?![\w])")
# an @-mention of a person, not an e-mail address: '@Finn Albrecht', '@Ayşe'
_MENTION = re.compile(r"(?<![\w.+-])@(?=[A-ZÄÖÜ\u00c0-\u024f])")


def unmark(text: str) -> str:
    """Return the text without Markdown emphasis marks and without the '@' of a mention."""
    if "*" not in text and "_" not in text and "@" not in text:
        return text
    return _MENTION.sub("", _EMPHASIS.sub("", text))
