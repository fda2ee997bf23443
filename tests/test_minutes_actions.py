"""Action items in every usual form: one item per task, owner resolved, due date counted from the meeting date."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = "Decision meeting – 2027-03-10 (Wednesday)\nAttendees: Nora Quist (CFO, Ferrant Oy), Paul Egger (IT, Ferrant Oy). Ours: Kim Vance (AE).\n\nDecision: yes.\n\n"
HEAD_DE = "Entscheidungstermin – 10.03.2027\nTeilnehmer: Frau Nora Quist (CFO, Ferrant GmbH), Herr Paul Egger (IT). Wir: Kim Vance (AE).\n\nEntscheidung: ja.\n\n"


@pytest.mark.parametrize(
    ("head", "line", "needle", "owner", "due"),
    [
        (
            HEAD,
            "Nora will circulate the budget memo within two weeks.",
            "budget memo",
            "Nora Quist",
            "2027-03-24",
        ),
        (HEAD, "Paul to open the firewall ticket by Friday.", "firewall ticket", "Paul Egger", "2027-03-12"),
        (HEAD, "Kim sends the final contract by Friday.", "final contract", "Kim Vance", "2027-03-12"),
        (HEAD, "AI: Paul -> test the SSO login, Mon", "SSO login", "Paul Egger", "2027-03-15"),
        (HEAD, "- [ ] Kim: book the kick-off venue – by 19/03", "kick-off venue", "Kim Vance", "2027-03-19"),
        (
            HEAD,
            "Owner: Nora Quist — Due: end of next week — sign the order form",
            "order form",
            "Nora Quist",
            "2027-03-19",
        ),
        (HEAD, "TODO: Legal to review the liability clause", "liability clause", "Legal", None),
        (
            HEAD_DE,
            "Herr Egger klärt bis Mittwoch die Lizenzfrage mit der IT.",
            "Lizenzfrage",
            "Paul Egger",
            "2027-03-17",
        ),
        (
            HEAD_DE,
            "AP: Frau Quist prüft das Budget, bis Ende nächster Woche",
            "prüft das Budget",
            "Nora Quist",
            "2027-03-19",
        ),
    ],
)
def test_one_action_form(head: str, line: str, needle: str, owner: str, due: str | None) -> None:
    result = draft_minutes(head + line + "\n", today=date(2027, 3, 11))
    item = next((a for a in result.action_items if needle in a.task), None)
    assert item is not None, [a.task for a in result.action_items]
    assert item.owner == owner
    assert (item.due.isoformat() if item.due else None) == due


def test_two_tasks_in_one_line_are_two_items_with_their_own_dates() -> None:
    notes = HEAD + "AI: Paul -> export the pilot data by Fri + return the test devices by end of next week\n"
    items = {a.task: a for a in draft_minutes(notes).action_items}
    export = next(a for t, a in items.items() if "export the pilot data" in t)
    devices = next(a for t, a in items.items() if "return the test devices" in t)
    assert export is not devices
    assert (export.due, devices.due) == (date(2027, 3, 12), date(2027, 3, 19))
    assert export.owner == devices.owner == "Paul Egger"


def test_a_table_of_tasks_is_read_by_its_header() -> None:
    notes = (
        HEAD_DE
        + "Aufgaben\n| Wer | Was | Bis wann |\n| Egger | Testzugang einrichten | 15.03.2027 |\n| Quist | Bestellung auslösen | |\n"
    )
    items = {a.task: (a.owner, a.due) for a in draft_minutes(notes).action_items}
    assert items["Testzugang einrichten"] == ("Paul Egger", date(2027, 3, 15))
    assert items["Bestellung auslösen"] == ("Nora Quist", None)


def test_a_speaker_saying_i_will_owns_the_task() -> None:
    notes = (
        "Decision call – 10 March 2027\n"
        "Attendees: Nora Quist (Ferrant Oy), Kim Vance (Tallis Labs)\n\n"
        "Nora Quist: We are going ahead.\n"
        "Kim Vance: Great, I'll send the onboarding plan tomorrow.\n"
    )
    item = next(a for a in draft_minutes(notes).action_items if "onboarding plan" in a.task)
    assert (item.owner, item.due) == ("Kim Vance", date(2027, 3, 11))


def test_past_statements_and_questions_are_no_tasks() -> None:
    notes = HEAD + "Nora has reviewed the pilot results.\nWho will send the contract?\n"
    assert draft_minutes(notes).action_items == []


def test_a_short_plus_list_stays_one_task() -> None:
    items = draft_minutes(HEAD + "AI: Kim -> issue PO + award letter, Fri\n").action_items
    assert [a.task for a in items if "PO" in a.task] == ["issue PO + award letter"]


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    result = draft_minutes(text)
    return [(a.task, a.owner, a.due.isoformat() if a.due else None) for a in result.action_items]


def test_labelled_fields_in_any_order() -> None:
    items = _items(
        HEAD
        + "Actions\nOwner: Nora Quist | Task: approve the rollout plan | Due: 19/03/2027\n"
        + "Owner: Legal | Task: redline the liability clause | Due: 26/03/2027\n"
    )
    assert ("approve the rollout plan", "Nora Quist", "2027-03-19") in items
    assert ("redline the liability clause", "Legal", "2027-03-26") in items


def test_bullets_under_a_bare_label_are_action_items() -> None:
    items = _items(
        HEAD_DE
        + "AP:\n- Paul -> Testzugang einrichten, bis 17.03.2027\n- Kim: Schulung planen\n\nSonstiges.\n"
    )
    assert ("Testzugang einrichten", "Paul Egger", "2027-03-17") in items
    assert any(task == "Schulung planen" and owner == "Kim Vance" for task, owner, _ in items)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # two things to hand over: one task
        ("- Kim: send the pricing sheet + reference list", ["send the pricing sheet + reference list"]),
        # two tasks, each with its verb: two items, the shared due date goes with both
        (
            "- Kim: Preisliste anpassen + Angebot schicken, bis 19.03.2027",
            ["Preisliste anpassen", "Angebot schicken"],
        ),
    ],
)
def test_a_plus_list_splits_only_into_tasks(line: str, expected: list[str]) -> None:
    items = _items(HEAD + "Next steps\n" + line + "\n")
    tasks = [task for task, owner, _ in items if owner == "Kim Vance"]
    assert tasks == expected
    if len(expected) > 1:
        assert {due for task, _, due in items if task in expected} == {"2027-03-19"}
