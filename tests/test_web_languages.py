"""One language at a time: with notes in the other language, every tab's labels, statuses, reasons and warnings
follow the UI language; only quotes of the notes keep the notes' language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.lang import detect_language
from coach.settings import load_settings
from coach.web import minutes_tab, notes_tab

NOTES_EN = (
    "Call with Priya Shah, Harbor Foods, 2 Dec 2026.\n"
    "- Goal: cut scrap by 12 % before Q3.\n"
    "- Today they sort defects by hand; it costs them two shifts a week.\n"
    "- Budget is not set yet.\n"
    "- We talk again on Tuesday.\n"
)
NOTES_DE = (
    "Telefonat mit Frau Brandt, Brenner GmbH, 24.11.2026\n"
    "- Ziel: OEE von 61 % auf 72 % bis Ende 2027\n"
    "- Heute wird von Hand sortiert, das kostet zwei Schichten pro Woche.\n"
    "- Budget steht noch nicht fest\n"
    "- Wir telefonieren am Dienstag wieder\n"
)
MEETING_EN = (
    "Decision meeting with Nordholz AG, 12 March 2027\n"
    "Attendees: Anna Weber (our sales), Tom Baker (CFO, Nordholz AG)\n"
    "Tom said yes, provided the data-protection terms are checked.\n"
    "Action: Anna to send the contract by Friday.\n"
)
MEETING_DE = (
    "Entscheidungsmeeting mit der Nordholz AG, 12.03.2027\n"
    "Teilnehmer: Anna Weber (Vertrieb, wir), Tom Becker (CFO, Nordholz AG)\n"
    "Herr Becker sagt zu, sofern der Datenschutz geprüft ist.\n"
    "Aufgabe: Anna schickt den Vertrag bis Freitag.\n"
)
QUOTE = re.compile(r'<div class="(?:quote|ignored)">.*?</div>', re.S)
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the tabs' downloads inside the test's own folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()


def _words(html: str) -> str:
    """Return the visible text of the tab's HTML without the quotes of the notes."""
    return " ".join(TAGS.sub(" ", QUOTE.sub(" ", html)).split())


@pytest.mark.parametrize(("ui", "notes"), [("de", NOTES_EN), ("en", NOTES_DE)])
def test_the_call_notes_card_speaks_the_ui_language_whatever_the_notes_language(ui: str, notes: str) -> None:
    out = notes_tab.analyse_notes(load_settings(), notes, "offline", ui)
    summary, table, questions, result = out[2], out[3], out[4], out[-1]
    assert result.language == ui
    shown = _words(summary + table + questions)
    assert detect_language(shown, default="xx") == ui  # type: ignore[arg-type]
    other = notes_tab.analyse_notes(load_settings(), notes, "offline", "en" if ui == "de" else "de")[-1]
    for mine, theirs in zip(
        (*result.dimensions, *result.extensions), (*other.dimensions, *other.extensions), strict=True
    ):
        assert mine.label in table and (mine.label == theirs.label or theirs.label not in table)
        if mine.summary != theirs.summary:
            assert theirs.summary not in table  # "Missing — not mentioned" never beside "fehlt"
    for flag in other.flags:
        assert flag.message not in summary
    assert other.readiness.summary not in summary  # "6/8 dimensions covered" is not on a German card


@pytest.mark.parametrize(("ui", "notes"), [("de", MEETING_EN), ("en", MEETING_DE)])
def test_the_minutes_speak_the_ui_language_whatever_the_notes_language(ui: str, notes: str) -> None:
    out = minutes_tab.draft(load_settings(), notes, "offline", ui)
    decision, gates, result = out[2], out[3], out[-1]
    assert result.language == ui
    other = minutes_tab.draft(load_settings(), notes, "offline", "en" if ui == "de" else "de")[-1]
    for mine, theirs in zip(result.gates, other.gates, strict=True):
        assert mine.label in gates and theirs.label not in gates  # "Contract signed" not on a German card
        if theirs.note and theirs.note != mine.note:
            assert theirs.note not in gates
    assert detect_language(_words(gates), default="xx") == ui  # type: ignore[arg-type]
    assert detect_language(_words(decision), default="xx") == ui  # type: ignore[arg-type]


def test_big_notes_analysed_in_the_worker_process_speak_the_ui_language_too() -> None:
    from coach.limits import BIG_INPUT

    notes = NOTES_EN + "- We walked through the line layout and the shift plan once more.\n" * (
        BIG_INPUT // 60 + 1
    )
    result = notes_tab.analyse_notes(load_settings(), notes, "offline", "de")[-1]
    assert result.language == "de" and result.dimensions[0].label == "Ziele"


TRANSCRIPT = (
    "Anna Weber: Thanks for your time. What is your goal for this year?\n"
    "Tom Baker: We want to cut scrap by 12 percent before Q3.\n"
    "Anna Weber: Who decides in the end?\n"
    "Tom Baker: Our CFO decides, and the budget is not set yet.\n"
)


@pytest.mark.parametrize(
    ("lang", "notice"),
    [("de", "Kein Sprecher namens „Nobody Here“"), ("en", "No speaker named “Nobody Here”")],
)
@pytest.mark.parametrize("tab", ["notes", "minutes"])
def test_a_seller_name_that_matches_no_speaker_is_said_in_the_ui_language(
    tab: str, lang: str, notice: str
) -> None:
    def run(seller: str):
        if tab == "notes":
            return notes_tab.analyse_notes(load_settings(), TRANSCRIPT, "offline", lang, seller=seller)
        return minutes_tab.draft(load_settings(), TRANSCRIPT, "offline", lang, seller=seller)

    out = run("Nobody Here, anna")
    footer, result = " ".join(x for x in out if isinstance(x, str)), out[-1]
    assert sum(notice in n for n in result.notices) == 1 and "Nobody Here" in footer
    assert not any("anna" in n for n in result.notices)  # a name that matches a speaker is no notice
    assert not any("Nobody" in n for n in run("Anna Weber")[-1].notices)
