"""Transcripts as the minutes rules read them: the attendance block ends before the turns, voices keep their org."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes, minutes_text
from coach.text.document import parse_text

ZOOM_DE = """Protokoll Pilotentscheidung
Teilnehmer:
Jana Vogt (Nordlicht Logistik)
Tom Ellis (Brightwave)

Jana Vogt  00:00:05
So, fangen wir an. Wir brauchen heute die Entscheidung zum Pilot.

Tom Ellis  00:00:12
Gut. Ja, ich schicke das überarbeitete Angebot bis Freitag.

Jana Vogt  00:00:30
Perfekt, dann unterschreiben wir nächste Woche.
"""

ZOOM_EN = """Rollout review call
Attendees:
Priya Nair (Calder Foods)
Owen Marsh (Tidewell Software)

Priya Nair  00:00:04
So, shall we go through the pilot results first?

Owen Marsh  00:00:11
Yep. Great numbers so far, I will share the report by Thursday.

Priya Nair  00:00:27
Great, then we decide on the rollout next week.
"""


@pytest.mark.parametrize(
    ("text", "people", "fillers"),
    [
        (ZOOM_DE, {"Jana Vogt", "Tom Ellis"}, {"So", "Gut", "Ja", "Perfekt"}),
        (ZOOM_EN, {"Priya Nair", "Owen Marsh"}, {"So", "Yep", "Great"}),
    ],
)
def test_zoom_turns_are_not_read_as_the_attendance_list(
    text: str, people: set[str], fillers: set[str]
) -> None:
    result = draft_minutes(text)
    names = {p.name for p in result.participants}
    assert people <= names
    assert not names & fillers


@pytest.mark.parametrize(
    ("text", "last_listed"),
    [(ZOOM_DE, "Tom Ellis (Brightwave)"), (ZOOM_EN, "Owen Marsh (Tidewell Software)")],
)
def test_zoom_attendance_block_ends_with_a_blank_line(text: str, last_listed: str) -> None:
    lines = minutes_text(parse_text(text)).split("\n")
    end = lines.index(last_listed)
    assert lines[end + 1] == ""
    assert lines[end + 2].startswith("[00:00:")


VTT_DE = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Lena Brandt (Kestrel Fracht)>Guten Morgen, wir wollen heute über den Rollout entscheiden.

00:00:07.000 --> 00:00:12.000
<v Marco Diaz (Halvard Systeme)>Gern, ich gehe das Angebot mit Ihnen durch.

00:00:13.000 --> 00:00:18.000
<v Petra Holm>Das Budget für die erste Phase ist freigegeben.

00:00:19.000 --> 00:00:25.000
<v Marco Diaz (Halvard Systeme)>Dann schicke ich den Vertrag bis Montag.
"""

VTT_EN = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Aisha Grant (Morrow Retail)>Good morning everyone.

00:00:06.000 --> 00:00:11.000
<v Felix Brook (Quillon Analytics)>Hello, thanks for having us.

00:00:12.000 --> 00:00:17.000
<v Dana Wu>The budget for the first phase is approved.

00:00:18.000 --> 00:00:22.000
<v Felix Brook (Quillon Analytics)>Then let us fix the next date.
"""


@pytest.mark.parametrize(
    ("text", "voices", "bare"),
    [
        (VTT_DE, {"Lena Brandt": "Kestrel Fracht", "Marco Diaz": "Halvard Systeme"}, "Petra Holm"),
        (VTT_EN, {"Aisha Grant": "Morrow Retail", "Felix Brook": "Quillon Analytics"}, "Dana Wu"),
    ],
)
def test_vtt_voices_keep_their_organisation(text: str, voices: dict[str, str], bare: str) -> None:
    doc = parse_text(text)
    sides = {t.speaker: t.side for t in doc.turns}
    lines = minutes_text(doc).split("\n")
    for name, org in voices.items():
        mark = "wir" if sides[name] == "seller" else org  # the seller's own voices are marked as ours
        assert any(line.split("] ", 1)[-1].startswith(f"{name} ({mark}): ") for line in lines)
    assert any(line.split("] ", 1)[-1].startswith(f"{bare}: ") for line in lines)  # no org, no brackets


def test_a_voice_that_offers_and_sends_the_contract_is_the_seller() -> None:
    doc = parse_text(VTT_DE)
    sides = {t.speaker: t.side for t in doc.turns}
    assert sides["Marco Diaz"] == "seller"
    assert sides["Lena Brandt"] == "customer"
    assert {t.side for t in parse_text(VTT_EN).turns} == {"unknown"}  # greetings alone tell no side
