"""Action items written in other authors' ways: two tasks in a line, role owners, speaker labels, e-mail threads,
short weekdays, the learned detector for commitments the rules do not know."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes
from coach.minutes.actions import role_owner, split_item
from coach.minutes.engine import email_authors
from coach.minutes.learned import ARTEFACT
from coach.minutes.models import ActionItem
from coach.text.dates import find_meeting_date, resolve_due
from coach.text.model import Participant
from coach.text.people import People

HEAD = (
    "Decision meeting, Tuesday 6 April 2027\nAttendees: Greta Holm (CFO), Arne Lutz (AE), Pia Sommer (IT)\n\n"
)


def _items(notes: str) -> list[ActionItem]:
    return draft_minutes(HEAD + notes).action_items


def test_two_tasks_in_one_line_become_two_items_with_the_same_owner() -> None:
    people = People(participants=[Participant(name="Arne Lutz")])
    item = ActionItem(
        task="Arne Lutz to issue the invoice and send the welcome pack by Friday", owner="Arne Lutz"
    )
    parts = split_item(item, people, date(2027, 4, 6))
    assert [p.task for p in parts] == ["Arne Lutz to issue the invoice", "send the welcome pack by Friday"]
    assert {p.owner for p in parts} == {"Arne Lutz"}
    assert [p.due for p in parts] == [date(2027, 4, 9), date(2027, 4, 9)]  # the trailing due covers both


def test_a_second_person_in_the_line_owns_the_second_task() -> None:
    people = People(participants=[Participant(name="Greta Holm"), Participant(name="Pia Sommer")])
    item = ActionItem(
        task="Fr. Holm prüft den Vertrag und Fr. Sommer gibt die Firewall frei", owner="Greta Holm"
    )
    parts = split_item(item, people, None)
    assert [p.owner for p in parts] == ["Greta Holm", "Pia Sommer"]


def test_review_and_sign_stays_one_task() -> None:
    item = ActionItem(task="review and sign the contract", owner="Greta Holm")
    assert split_item(item, People(), None) == [item]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Die IT prüft die Firewall-Regeln bis Freitag.", "IT"),
        ("IT Operations to patch the servers by Friday.", "IT Operations"),
        ("Einkauf bestellt die Lizenzen.", "Einkauf"),
        ("Greta prüft das Angebot.", None),
    ],
)
def test_role_owner(sentence: str, owner: str | None) -> None:
    assert role_owner(sentence) == owner


def test_a_speaker_label_with_side_and_title_owns_the_speakers_i() -> None:
    notes = (
        "**[00:01:10] Kunde – Fr. Holm (CFO):** Gut. Ich schicke Ihnen bis Freitag die Bestellung.\n"
        "**[00:01:20] Arne (wir):** Danke!\n"
    )
    items = _items(notes)
    order = [a for a in items if "Bestellung" in a.task]
    assert order and order[0].owner == "Greta Holm" and order[0].due == date(2027, 4, 9)


def test_the_sender_named_after_schrieb_owns_the_quoted_recap() -> None:
    thread = (
        "Von: Greta Holm <greta@holm.example>\nBetreff: AW: Zusammenfassung\n\nDanke!\n\n"
        "Am 05.04.2027 um 17:00 schrieb Arne Lutz <arne@lutz.example>:\n- Ich schicke morgen das Angebot.\n"
    )
    authors = email_authors(thread)
    assert authors[6] == "Arne Lutz"
    assert authors[3] == "Greta Holm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funkmessung, nächste Woche Do", date(2027, 4, 15)),
        ("Testlauf nächste Woche Mi", date(2027, 4, 14)),
        ("next week Thu", date(2027, 4, 15)),
        ("2 wks", date(2027, 4, 20)),
    ],
)
def test_short_weekdays_and_a_bare_offset(text: str, expected: date) -> None:
    assert resolve_due(text, date(2027, 4, 6))[0] == expected


def test_a_meeting_line_label_beats_a_later_date_with_am() -> None:
    lines = [
        "Ergebnisprotokoll",
        "Vorhaben: Neue Zeiterfassung",
        "Sitzung: Vergabeentscheidung, 17.03.2027, 10:00",
        "Teilnehmende: …",
        "Der Kreistag tagt am 28.04. über die Mittel.",
    ]
    assert find_meeting_date(lines)[0] == date(2027, 3, 17)


@pytest.mark.skipif(not ARTEFACT.exists(), reason="the learned detector needs the shipped model")
def test_the_learned_detector_finds_a_commitment_the_rules_do_not_know() -> None:
    notes = "Greta Holm: Mach ich, die Freigabe vom Betriebsrat hole ich bis Freitag ein.\n"
    items = _items(notes)
    found = [a for a in items if "Freigabe vom Betriebsrat" in a.task]
    assert found and found[0].owner == "Greta Holm" and found[0].due == date(2027, 4, 9)


def test_without_the_learned_detector_nothing_is_invented(monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.minutes import learned

    monkeypatch.setattr(learned, "ARTEFACT", ARTEFACT.with_name("missing.npz"))
    learned.shipped.cache_clear()
    try:
        items = _items("Greta Holm: Mach ich, die Freigabe vom Betriebsrat kommt dann bis Freitag.\n")
    finally:
        learned.shipped.cache_clear()
    assert not [a for a in items if "Freigabe vom Betriebsrat" in a.task]


def test_initials_name_the_owner() -> None:
    items = _items("Actions\n- AI-2 GH to raise the purchase order by Friday\n")
    po = [a for a in items if "purchase order" in a.task]
    assert po and po[0].owner == "Greta Holm" and po[0].due == date(2027, 4, 9)


def test_owner_due_arrow_lines() -> None:
    items = _items("Next steps\nOwner: Pia   Due: Thu   -> send the firewall checklist\n")
    found = [a for a in items if "firewall checklist" in a.task]
    assert found and found[0].owner == "Pia Sommer" and found[0].due == date(2027, 4, 8)


def test_the_author_marked_me_after_the_name_owns_me_tasks() -> None:
    notes = (
        "Notes – 6 April 2027\nAttendees:\n- Greta Holm (CFO), Fernwald AG\n- Arne Lutz, Brightloop Ltd (me)\n\n"
        "Actions\n- me: send the signed order form tomorrow\n"
    )
    items = draft_minutes(notes).action_items
    found = [a for a in items if "signed order form" in a.task]
    assert found and found[0].owner == "Arne Lutz"
