"""Line cues shared by the engines: e-mail header lines and attendance lists, German and English."""

from __future__ import annotations

import pytest

from coach.text.cues import attendance_line, is_mail_header, mail_header


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von: Eva Kurz <eva.kurz@nordwerk.example>", ("from", "Eva Kurz <eva.kurz@nordwerk.example>")),
        ("From: Ole Brandt <ole@kelpa.example>", ("from", "Ole Brandt <ole@kelpa.example>")),
        ("An: Lena Graf", ("to", "Lena Graf")),
        ("  To: lena@kelpa.example", ("to", "lena@kelpa.example")),
        ("Cc: Mara Voss", ("cc", "Mara Voss")),
        ("Gesendet: Dienstag, 3. März 2027 09:14", ("date", "Dienstag, 3. März 2027 09:14")),
        ("Date: Tue, 3 Mar 2027 09:14:00 +0100", ("date", "Tue, 3 Mar 2027 09:14:00 +0100")),
        ("Betreff: Angebot Schichtplanung", ("subject", "Angebot Schichtplanung")),
        ("AW: Angebot Schichtplanung", ("subject", "Angebot Schichtplanung")),
        ("Re: next steps", ("subject", "next steps")),
        ("Budget: 40k", None),
        ("Anna von Kelpa: hallo", None),
        ("Wir sprachen über: Preise", None),
    ],
)
def test_mail_header(line: str, expected: tuple[str, str] | None) -> None:
    assert mail_header(line) == expected


def test_mail_header_without_reply_prefixes_and_by_key() -> None:
    assert mail_header("AW: Angebot", reply_prefix=False) is None
    assert is_mail_header("Von: Eva", ("from",)) and not is_mail_header("An: Eva", ("from",))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Teilnehmer: Eva Kurz (Nordwerk), Lena Graf (Kelpa)", "present"),
        ("Anwesend: Herr Brandt, Frau Kurz", "present"),
        ("- Attendees: Ole, Eva, Lena", "present"),
        ("Also present: Mara Voss", "present"),
        ("Participants (customer side): Eva Kurz", "present"),
        ("Entschuldigt: Herr Dr. Albers", "absent"),
        ("Apologies: Tom Berg", "absent"),
        ("Protokoll: Lena Graf", "minutes_by"),
        ("Minutes taken by: Mara", "minutes_by"),
        ("Vorsitz: Frau Kurz", "chair"),
        ("Verteiler: alle Teilnehmer", "distribution"),
        ("Die Teilnehmer waren sich einig, dass der Preis zu hoch ist.", None),
        ("Present the offer to the board by Friday", None),
        ("Budget: 40k", None),
        ("Teilnehmer A: Wie planen Sie heute?", None),
        ("Teilnehmer 2: Ja, passt.", None),
    ],
)
def test_attendance_line(line: str, kind: str | None) -> None:
    assert attendance_line(line) == kind
