"""Follow-up 8 of the text layer: short due forms (next wk, end of month, a closing short weekday) and "(both X)"."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes.engine import draft_minutes
from coach.text.dates import parse_date, resolve_due
from coach.text.lines import segment
from coach.text.people import extract_people, find_people

WED = date(2027, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "due", "phrase"),
    [
        # EN: short and article-less forms resolve like their long forms
        ("Vendor questionnaire back, end of next wk", date(2027, 3, 19), "end of next wk"),
        ("rollout plan to IT by end of month", date(2027, 3, 31), "end of month"),
        ("pricing sheet to finance next wk Tue", date(2027, 3, 16), "next wk Tue"),
        ("renewal quote -> Thu", date(2027, 3, 11), "Thu"),
        ("send reference list → Fri", date(2027, 3, 12), "Fri"),
        # DE: a short weekday closing the task after a comma or an arrow
        ("Datenimport prüfen, Mo", date(2027, 3, 15), "Mo"),
        ("Preisblatt überarbeiten, Fr", date(2027, 3, 12), "Fr"),
        ("Lizenzliste an den Einkauf -> Di", date(2027, 3, 16), "Di"),
        ("Rückruf Controlling, Mi.", date(2027, 3, 17), "Mi."),
        ("Testzugang einrichten (Do)", date(2027, 3, 11), "Do)"),
        ("Schnittstelle prüfen, Ende nächster Wo.", date(2027, 3, 19), "Ende nächster Wo."),
    ],
)
def test_short_due_forms_resolve_like_their_long_forms(text: str, due: date, phrase: str) -> None:
    assert resolve_due(text, WED) == (due, phrase)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("end of next wk", "end of next week"),
        ("end of month", "end of the month"),
        ("Preisblatt überarbeiten, Fr", "Preisblatt überarbeiten bis Freitag"),
        ("Datenimport prüfen, Mo", "Datenimport prüfen bis Montag"),
        ("renewal quote -> Thu", "renewal quote by Thursday"),
    ],
)
def test_a_short_form_gives_the_date_of_its_long_form(short: str, long: str) -> None:
    assert resolve_due(short, WED)[0] == resolve_due(long, WED)[0] is not None


def test_next_wk_follows_the_convention_of_next_week() -> None:
    # a bare "next week" is vague for a due date (null) and a week later for parse_date; "next wk" the same
    assert (
        resolve_due("Budgetfreigabe klären, next wk", WED)[0]
        is resolve_due("Budgetfreigabe klären, next week", WED)[0]
    )
    assert parse_date("next wk", WED) == parse_date("next week", WED) == date(2027, 3, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Termin mit Mo Farah abstimmen",  # a name, not Monday
        "Angebot an Frau Di Stefano schicken",  # a name particle, not Tuesday
        "Unterlagen an Fr. Berger schicken",  # Frau, not Friday
        "Demo für das Modul, Monitoring",  # inside words
        "Freigabe Fritz, Doris und Mira",  # names beginning with Fr/Do/Mi
        "renewal quote -> Thorsten",  # a name after the arrow
    ],
)
def test_short_weekdays_never_match_inside_words_or_names(text: str) -> None:
    assert resolve_due(text, WED) == (None, None)


def test_without_a_meeting_date_the_short_form_is_a_phrase_without_date() -> None:
    assert resolve_due("Preisblatt überarbeiten, Fr", None) == (None, "Fr")


def _orgs(text: str) -> dict[str, str | None]:
    return {p.name: p.organisation for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kick-off call, 10 March 2027\nParticipants: Nora Quade, Lev Ostrand (both Corvane Systems)\n",
            {"Nora Quade": "Corvane Systems", "Lev Ostrand": "Corvane Systems"},
        ),
        (
            "Abstimmung Rollout, 10.03.2027\nTeilnehmer: Greta Holm und Jonas Feld (beide Kaltwerk GmbH)\n",
            {"Greta Holm": "Kaltwerk GmbH", "Jonas Feld": "Kaltwerk GmbH"},
        ),
        (
            "Review call, 10 March 2027\nAttendees: Ines Marr, Paul Oster, Rita Lund (all Brightfold Labs)\n",
            {"Ines Marr": "Brightfold Labs", "Paul Oster": "Brightfold Labs", "Rita Lund": "Brightfold Labs"},
        ),
        (
            "Entscheidung, 10.03.2027\nTeilnehmer: Hanna Voigt, Emil Brandt, Lotta Kern (alle von Serowerk AG)\n",
            {"Hanna Voigt": "Serowerk AG", "Emil Brandt": "Serowerk AG", "Lotta Kern": "Serowerk AG"},
        ),
        # running text: the bracket still covers the names listed before it
        (
            "Recap of the call on 10 March 2027.\nWe met Nora Quade and Lev Ostrand (both Corvane Systems) today.\n",
            {"Nora Quade": "Corvane Systems", "Lev Ostrand": "Corvane Systems"},
        ),
    ],
)
def test_a_collective_bracket_gives_its_organisation_to_the_names_it_covers(
    text: str, expected: dict[str, str]
) -> None:
    found = _orgs(text)
    for name, org in expected.items():
        assert found.get(name) == org, (name, found)
    assert not any(o and o.split()[0].lower() in {"both", "beide", "all", "alle"} for o in found.values())


def test_both_covers_only_the_last_two_names() -> None:
    text = (
        "Kick-off call, 10 March 2027\n"
        "Participants: Mara Quist (Northline Bank), Nora Quade, Lev Ostrand (both Corvane Systems)\n"
    )
    found = _orgs(text)
    assert found["Mara Quist"] == "Northline Bank"
    assert found["Nora Quade"] == found["Lev Ostrand"] == "Corvane Systems"


def test_find_people_never_keeps_the_word_in_the_organisation() -> None:
    lines = segment("Protokoll 10.03.2027\nTeilnehmer: Anja Wolf, Ole Berg (beide Fendrix Systems)\n")
    orgs = {p.name: p.organisation for p in find_people(lines).participants}
    assert orgs["Ole Berg"] == "Fendrix Systems" and orgs["Anja Wolf"] == "Fendrix Systems"


def test_minutes_read_short_due_forms_in_action_items() -> None:
    notes = (
        "Entscheidungsmeeting Plattform – 10.03.2027\n"
        "Teilnehmer: Anja Wolf (Einkauf), Ole Berg (IT-Leitung)\n"
        "Ergebnis: Zusage, Vertrag folgt.\n"
        "Aufgaben:\n"
        "- Ole Berg: Datenimport prüfen, Mo\n"
        "- Anja Wolf: Rahmenvertrag prüfen bis end of month\n"
    )
    result = draft_minutes(notes, today=WED)
    dues = {item.owner: item.due for item in result.action_items}
    assert dues.get("Ole Berg") == date(2027, 3, 15), dues
    assert dues.get("Anja Wolf") == date(2027, 3, 31), dues


def test_a_collective_role_bracket_gives_role_and_side_to_both() -> None:
    text = (
        "Protokoll 10.03.2027\nTeilnehmer: Tom Ehrl, Sina Rau (beide Vertrieb), Karl Udo (CFO, Hexwerk AG)\n"
    )
    found = {p.name: p for p in extract_people(text)}
    assert found["Tom Ehrl"].role == found["Sina Rau"].role == "Vertrieb"
    assert found["Tom Ehrl"].side == found["Sina Rau"].side == "seller"
    assert found["Karl Udo"].side == "customer" and found["Karl Udo"].organisation == "Hexwerk AG"
