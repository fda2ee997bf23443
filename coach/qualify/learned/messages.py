"""User-facing texts of the learned qualification model, by id, in German and English."""

from __future__ import annotations

from coach.messages import define

define(
    {
        "qualify.progress": {"de": "Analysiere Sätze", "en": "Analysing sentences"},
    }
)
