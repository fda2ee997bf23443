"""People, roles and organisations from lists, attendance blocks and speaker labels; "end of the week" due dates."""

from __future__ import annotations

from datetime import date

import pytest

from coach.text.dates import resolve_due
from coach.text.document import parse_text
from coach.text.people import extract_people


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.organisation) for p in extract_people(text)}


def _participants(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {p.name: (p.role, p.organisation, p.side) for p in parse_text(text).participants}


# 1. A role after the name in a participant list, separated by a comma, is the person's role.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teilnehmer: Ilse Marquardt, CFO", {"Ilse Marquardt": "CFO"}),
        ("Attendees: Rowan Patel, Head of IT", {"Rowan Patel": "Head of IT"}),
        (
            "Teilnehmer: Ilse Marquardt, CFO; Pavel Ruda, Einkauf",
            {"Ilse Marquardt": "CFO", "Pavel Ruda": "Einkauf"},
        ),
        (
            "Attendees: Rowan Patel, Head of IT; Nadia Osei, Procurement Lead",
            {"Rowan Patel": "Head of IT", "Nadia Osei": "Procurement Lead"},
        ),
        ("Teilnehmer: Ilse Marquardt, Pavel Ruda", {"Ilse Marquardt": None, "Pavel Ruda": None}),
    ],
)
def test_role_after_the_name_in_a_list(text: str, expected: dict[str, str | None]) -> None:
    found = _people(text)
    assert set(found) == set(expected)
    assert {name: role for name, (role, _) in found.items()} == expected


# 2. A role or department word before a name is the role, not a part of the name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teilnehmer: CFO Ilse Marquardt, Einkauf Oskar Brenninger",
            {"Ilse Marquardt": "CFO", "Oskar Brenninger": "Einkauf"},
        ),
        (
            "CFO Ilse Marquardt, Einkauf Oskar Brenninger",
            {"Ilse Marquardt": "CFO", "Oskar Brenninger": "Einkauf"},
        ),
        (
            "Attendees: COO Dara Whitfield, Procurement Milo Banerjee",
            {"Dara Whitfield": "COO", "Milo Banerjee": "Procurement"},
        ),
    ],
)
def test_role_before_the_name(text: str, expected: dict[str, str]) -> None:
    found = _people(text)
    assert {name: role for name, (role, _) in found.items()} == expected


# 3. "Name – Role, Organisation" lines of a transcript's attendance block are people with role and organisation.
_ZOOM_DE = """Zoom-Meeting: Erstgespräch
{heading}Henrike Sollmann – Geschäftsführerin, Mälzerei Sollmann GmbH
Bastian Feld – Account Executive, Quorvant

Henrike Sollmann  00:00:04
Guten Tag, schön, dass es klappt.

Bastian Feld  00:00:09
Hallo, danke für Ihre Zeit.

Henrike Sollmann  00:00:15
Wir mälzen rund zwölf Tonnen am Tag.
"""
_ZOOM_EN = """Zoom meeting: discovery call
{heading}Corinne Achebe – Operations Director, Tidewell Freight
Lars Eklund – Solutions Engineer, Quorvant

Corinne Achebe  00:00:03
Morning, thanks for making the time.

Lars Eklund  00:00:07
Thanks for having us.

Corinne Achebe  00:00:12
We run forty trucks out of two depots.
"""


@pytest.mark.parametrize("heading", ["", "Teilnehmer\n", "Attendance\n"])
@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            _ZOOM_DE,
            {
                "Henrike Sollmann": ("Geschäftsführerin", "Mälzerei Sollmann GmbH"),
                "Bastian Feld": ("Account Executive", "Quorvant"),
            },
        ),
        (
            _ZOOM_EN,
            {
                "Corinne Achebe": ("Operations Director", "Tidewell Freight"),
                "Lars Eklund": ("Solutions Engineer", "Quorvant"),
            },
        ),
    ],
)
def test_attendance_block_name_dash_role_organisation(
    template: str, heading: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = _participants(template.format(heading=heading))
    assert {name: (role, org) for name, (role, org, _) in found.items()} == expected


# 4. A voice tag's bracket: an organisation is the organisation only, a role word is the role.
_VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v {a}>{line_a}

00:00:04.000 --> 00:00:06.000
<v {b}>{line_b}
"""


@pytest.mark.parametrize(
    ("a", "b", "lines", "expected"),
    [
        (
            "Malte Rieck (Brandvoll)",
            "Sünje Hartl (CFO)",
            ("Guten Morgen zusammen.", "Morgen, Herr Rieck."),
            {"Malte Rieck": (None, "Brandvoll"), "Sünje Hartl": ("CFO", None)},
        ),
        (
            "Owen Hadley (Castrel)",
            "Priya Venkat (Head of Finance)",
            ("Good morning, everyone.", "Morning, Owen."),
            {"Owen Hadley": (None, "Castrel"), "Priya Venkat": ("Head of Finance", None)},
        ),
    ],
)
def test_voice_tag_bracket_is_organisation_or_role(
    a: str, b: str, lines: tuple[str, str], expected: dict[str, tuple[str | None, str | None]]
) -> None:
    found = _participants(_VTT.format(a=a, b=b, line_a=lines[0], line_b=lines[1]))
    assert {name: (role, org) for name, (role, org, _) in found.items()} == expected


# 5. Notes made of "Name (Rolle): text" lines: the first speaker is not the customer's company.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Wiebke Anselm (Einkauf): Wir brauchen bis März ein Angebot.\n"
            "Till Ossenkamp (IT-Leitung): Die Schnittstelle zum ERP ist Pflicht.\n",
            {"Wiebke Anselm": "Einkauf", "Till Ossenkamp": "IT-Leitung"},
        ),
        (
            "Imogen Vance (Head of Ops): we lose two days a month on manual reconciliation.\n"
            "Callum Reyes (CFO): budget is approved for Q1.\n",
            {"Imogen Vance": "Head of Ops", "Callum Reyes": "CFO"},
        ),
    ],
)
def test_speaker_lines_in_notes_do_not_name_the_company(text: str, people: dict[str, str]) -> None:
    doc = parse_text(text)
    assert doc.customer_company not in people
    assert all(o.name not in people for o in doc.organisations)
    found = {p.name: (p.role, p.organisation) for p in doc.participants}
    assert {name: role for name, (role, _) in found.items()} == people
    assert all(org not in people for _, org in found.values())


# 6. "Ende der Woche", "Ende d. Woche", "end of the week": the Friday of the meeting's week.
@pytest.mark.parametrize(
    ("phrase", "meeting", "friday"),
    [
        ("Angebot bis Ende d. Woche", date(2026, 11, 25), date(2026, 11, 27)),
        ("Angebot bis Ende der Woche", date(2026, 11, 23), date(2026, 11, 27)),
        ("Rückmeldung Ende dieser Woche", date(2026, 11, 27), date(2026, 11, 27)),
        ("send the quote by the end of the week", date(2026, 11, 24), date(2026, 11, 27)),
        ("pricing by end of week", date(2026, 11, 26), date(2026, 11, 27)),
        ("bis Ende d. nächsten Woche", date(2026, 11, 25), date(2026, 12, 4)),
    ],
)
def test_end_of_the_week_is_the_friday(phrase: str, meeting: date, friday: date) -> None:
    assert resolve_due(phrase, meeting)[0] == friday
