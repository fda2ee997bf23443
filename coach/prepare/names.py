"""Names with a title or form of address ("Frau Petersen", "Herrn Dr. Albers", "Ms Chen"), as the notes write them."""

from __future__ import annotations

import re

NAME = r"[A-ZÄÖÜ][a-zäöüß'’]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
TITLE = r"(?:Herrn?|Hr\.|Frau|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Prof\.)"
TITLE_NAME = re.compile(rf"\b{TITLE}\s+(?:Dr\.\s+)?(?:{NAME}\s+)?{NAME}")
