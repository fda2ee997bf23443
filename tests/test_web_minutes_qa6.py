"""Findings of the QA walk of 2026-12-01, Minutes tab: the send-by date as the UI language writes it, and the
Markdown download (which keeps the internal coaching notes) named as internal in both languages."""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.web.i18n import t
from coach.web.minutes_tab import render_decision

NOTES_EN = """Decision meeting – Larkfield Health Trust – 4 Dec 2026
Attendees: Rachel Adams (Head of Nursing Operations, Larkfield Health Trust), Tom Baker (Account Executive, Lumenware)
- Rachel said yes, provided the works council signs off by 15 Jan 2027.
- Internal note: do not offer a discount before the works council meeting.
Action items:
- Tom to send the revised order form by Monday
"""


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"), [("en", "5 Dec 2026", "05.12.2026"), ("de", "05.12.2026", "Dec")]
)
def test_the_send_by_date_follows_the_ui_language(lang: str, shown: str, not_shown: str) -> None:
    result = draft_minutes(NOTES_EN, lang="en")
    assert result.send_by is not None and result.send_by.isoformat() == "2026-12-05"
    html = render_decision(result, lang)
    assert shown in html and not_shown not in html, html


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_markdown_download_says_it_is_the_internal_version(lang: str) -> None:
    assert "intern" in t("download_md", lang).lower()
