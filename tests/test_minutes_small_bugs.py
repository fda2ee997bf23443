"""The small bugs of issue 14: next meeting kept, send-by warning, distinct titles, offer found, no language tag."""

from __future__ import annotations

from datetime import date

from coach.minutes import draft_minutes
from coach.minutes.engine import finish

NOTES = """Abschlusstermin Lagerplanung – 08.02.2027
Teilnehmer: Frau Jana Roth (CFO, Weser Kontor GmbH), Herr Ole Bach (IT). Wir: Mia Lenz (AE).

Preis: wir haben 48.000 € pro Jahr für 3 Jahre genannt.
Entscheidung: Ja.
Frau Roth klärt bis Freitag die Freigabe mit dem Betriebsrat.

Nächster Termin: 22.02.2027, 10 Uhr, Kick-off.
"""


def test_the_next_meeting_is_kept_and_shown() -> None:
    result = draft_minutes(NOTES, today=date(2027, 2, 8))
    assert result.next_meeting == date(2027, 2, 22)
    assert "22.02.2027" in result.markdown


def test_a_passed_send_by_date_gives_a_warning() -> None:
    late = draft_minutes(NOTES, today=date(2027, 2, 15))
    assert any("09.02.2027" in n and "vorbei" in n for n in late.notices)
    on_time = draft_minutes(NOTES, today=date(2027, 2, 8))
    assert not any("vorbei" in n for n in on_time.notices)


def test_owner_written_with_frau_and_surname_is_resolved() -> None:
    item = next(a for a in draft_minutes(NOTES).action_items if "Betriebsrat" in a.task)
    assert (item.owner, item.due) == ("Jana Roth", date(2027, 2, 12))


def test_the_offer_is_found_without_an_offer_label() -> None:
    result = draft_minutes(NOTES)
    assert any("48.000 €" in p.text for p in result.offer)
    assert "## Angebot\n\nKeine." not in result.markdown


def test_titles_differ_by_company_or_topic() -> None:
    with_company = draft_minutes(NOTES)
    without = draft_minutes(
        "Pilot review FleetLens – 3 March 2027\nDecision: pending, they need more time.\n"
    )
    assert "Weser Kontor GmbH" in with_company.title
    assert "FleetLens" in without.title and without.title != with_company.title


def test_a_stray_language_tag_before_a_condition_is_removed() -> None:
    result = draft_minutes(NOTES)
    result.decision.conditions = ["en: Laufzeit 24 Monate"]
    finish(result)
    assert result.decision.conditions == ["Laufzeit 24 Monate"]
    assert "en: Laufzeit" not in result.markdown
