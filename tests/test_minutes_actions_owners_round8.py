"""Action items (issue 14, round 8): owners and due dates in shapes new writers use — fields after the task,
board action numbers, the writer's sign-off, turns after the attendance list, two owners in one line, '+'."""

from __future__ import annotations

from datetime import date

import pytest

from coach.minutes import draft_minutes

HEAD = (
    "Decision meeting – 2027-03-10 (Wednesday)\n"
    "Attendees: Nora Quist (CFO, Ferrant Oy), Paul Egger (IT, Ferrant Oy), Ida Brandt (Clerk, Ferrant Oy).\n"
    "Ours: Kim Vance (AE), Olaf Bremer (SE), both Tessel Labs.\n\nDecision: yes.\n\nActions\n"
)
HEAD_DE = (
    "Entscheidungstermin – 10.03.2027\n"
    "Teilnehmer: Frau Nora Quist (CFO, Ferrant GmbH), Herr Paul Egger (IT, Ferrant GmbH).\n"
    "Wir: Kim Vance (AE), Olaf Bremer (SE), beide Tessel Labs.\n\nEntscheidung: ja.\n\nNächste Schritte\n"
)


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    result = draft_minutes(text, today=date(2027, 3, 11))
    return [(a.task, a.owner, a.due.isoformat() if a.due else None) for a in result.action_items]


def _one(items: list[tuple[str, str | None, str | None]], needle: str) -> tuple[str, str | None, str | None]:
    found = [i for i in items if needle in i[0]]
    assert len(found) == 1, items
    return found[0]


@pytest.mark.parametrize(
    ("head", "line", "needle", "owner", "due"),
    [
        # the owner and the due date as fields after the task
        (
            HEAD,
            "- Provide the signed test report. Owner: Kim Vance. Due: 17/03/2027",
            "test report",
            "Kim Vance",
            "2027-03-17",
        ),
        (
            HEAD,
            "- Review the indemnity wording. Owner: Legal. Due: end of next week",
            "indemnity",
            "Legal",
            "2027-03-19",
        ),
        (HEAD, "- Draft the cut-over plan. Owner: OB. Due: tbc", "cut-over plan", "Olaf Bremer", None),
        (HEAD, "- Ask the site leads for feedback. Due: in two weeks", "site leads", None, "2027-03-24"),
        (
            HEAD_DE,
            "- Schnittstellenkonzept abstimmen. Verantwortlich: Paul Egger. Fällig: Freitag",
            "Schnittstellenkonzept",
            "Paul Egger",
            "2027-03-12",
        ),
        # a board's action numbers before the owner, a role held by one participant
        (
            HEAD,
            "AI 3/01 – PE to circulate the rollout timetable by Friday",
            "rollout timetable",
            "Paul Egger",
            "2027-03-12",
        ),
        (
            HEAD,
            "A1  Clerk to write to the vendor with the outcome. Owner: Clerk. Due: 19 March 2027",
            "write to the vendor",
            "Ida Brandt",
            "2027-03-19",
        ),
        (HEAD, "5b CFO to table the budget memo by Friday", "budget memo", "Nora Quist", "2027-03-12"),
        # a department written as one compound
        (
            HEAD_DE,
            "- IT-Betrieb: Firewall-Regeln für den Testserver freischalten",
            "Firewall-Regeln",
            "IT-Betrieb",
            None,
        ),
    ],
)
def test_owner_and_due_from_fields_numbers_and_roles(
    head: str, line: str, needle: str, owner: str | None, due: str | None
) -> None:
    _, got_owner, got_due = _one(_items(head + line + "\n"), needle)
    assert (got_owner, got_due) == (owner, due)


@pytest.mark.parametrize(
    ("text", "needle", "owner"),
    [
        # the writer signs off in the last line
        (
            "Final call with Ferrant, 2027-03-10\nAttendees: Nora Quist, Paul Egger (Ferrant Oy)\n\n"
            "They said yes.\n\nNext:\n- I'll send Nora the countersigned order form tomorrow\n\n- Lotte\n",
            "countersigned order form",
            "Lotte",
        ),
        (
            "Abschlusstermin Ferrant, 10.03.2027\nTeilnehmer: Nora Quist, Paul Egger (Ferrant GmbH)\n\n"
            "Zusage erteilt.\n\n- ich schicke morgen die Rechnungsübersicht an Frau Quist\n\n"
            "– Jonas Weber, Tessel Labs\n",
            "Rechnungsübersicht",
            "Jonas Weber",
        ),
        # the writer named by their role in the attendance list
        (
            "Final call – 2027-03-10\nAttendees: Nora Quist (CFO, Ferrant Oy), Kim Vance (AE, writing this), "
            "Olaf Bremer (SE)\n\nDecision: yes.\n\nNext steps\n- I'll book the onboarding workshop by Friday\n",
            "onboarding workshop",
            "Kim Vance",
        ),
    ],
)
def test_first_person_tasks_go_to_the_writer(text: str, needle: str, owner: str) -> None:
    _, got_owner, _ = _one(_items(text), needle)
    assert got_owner == owner


def test_turns_right_after_the_attendance_list_are_read_for_tasks() -> None:
    transcript = (
        "Ferrant – decision call (Zoom export)\nMeeting date: 2027-03-10\nParticipants:\n"
        "Kim Vance (Tessel Labs) <kim.vance@tessel.example>\nNora Quist (Ferrant Oy) <nora.quist@ferrant.example>\n"
        "Kim Vance  00:00:05\nSo, where do we stand on the rollout?\n\n"
        "Nora Quist  00:00:12\nWe go ahead. I'll send the purchase order by Friday.\n\n"
        "Kim Vance  00:00:20\nGreat. I'll set up the kick-off invite for next Tuesday.\n"
    )
    items = _items(transcript)
    assert _one(items, "purchase order")[1:] == ("Nora Quist", "2027-03-12")
    assert _one(items, "kick-off invite")[1] == "Kim Vance"


def test_a_name_written_in_full_only_in_the_copy_line_is_the_owner() -> None:
    mail = (
        "Betreff: Ergebnis Abschlusstermin 10.03.2027\nVon: Kim Vance <kim.vance@tessel.example>\n"
        "An: Nora Quist <nora.quist@ferrant.example>\nCc: Till Oberhauser\n\nHallo Frau Quist,\n\n"
        "Ergebnis: Ferrant führt die Plattform ein.\n\nTo-dos:\n- [ ] Till richtet bis Freitag die Testmandanten ein\n"
    )
    assert _one(_items(mail), "Testmandanten")[1] == "Till Oberhauser"


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # two owners in one line: each task keeps its own
        (
            HEAD,
            "Nora will send the budget memo by Friday, Paul will set up VPN access for the pilot team.",
            [("budget memo", "Nora Quist"), ("VPN access", "Paul Egger")],
        ),
        (
            HEAD_DE,
            "Herr Egger klärt mit dem Betriebsrat den Termin, ich bereite dafür eine Kurzpräsentation vor.",
            [("Betriebsrat", "Paul Egger"), ("Kurzpräsentation", "Kim Vance")],
        ),
        # '+' between two actions, each with its verb: two items (label guide: one item per task)
        (
            HEAD,
            "Kim sends the revised offer + books the onboarding workshop by Friday",
            [("revised offer", "Kim Vance"), ("onboarding workshop", "Kim Vance")],
        ),
        (
            HEAD_DE,
            "Paul richtet die Nutzerliste ein + schickt sie an Frau Quist",
            [("Nutzerliste", "Paul Egger"), ("schickt sie", "Paul Egger")],
        ),
    ],
)
def test_one_item_per_task(head: str, line: str, expected: list[tuple[str, str]]) -> None:
    items = _items(head + line + "\n")
    for needle, owner in expected:
        assert _one(items, needle)[1] == owner
    assert len({_one(items, needle)[0] for needle, _ in expected}) == len(expected)


@pytest.mark.parametrize(
    ("head", "line", "needle"),
    [
        (HEAD, "Kim sends the draft contract + DPA by Friday", "draft contract + DPA"),
        (HEAD_DE, "Kim schickt Vertragsentwurf + Preisblatt bis Freitag", "Vertragsentwurf + Preisblatt"),
        (HEAD, "I'll send a thank-you + short summary to Nora today", "thank-you + short summary"),
    ],
)
def test_things_joined_by_plus_under_one_verb_stay_one_task(head: str, line: str, needle: str) -> None:
    _one(_items(head + line + "\n"), needle)


def test_a_department_stays_the_owner_even_when_a_participant_works_in_it() -> None:
    notes = (
        "Entscheidungstermin – 10.03.2027\nTeilnehmer: Frau Nora Quist (CFO), Herr Paul Egger (IT-Betrieb), "
        "beide Ferrant GmbH. Wir: Kim Vance (AE), Tessel Labs.\n\nEntscheidung: ja.\n\n"
        "| Wer | Was | Bis wann |\n|---|---|---|\n| IT-Betrieb | Firewall-Regeln für den Testserver freischalten | – |\n"
    )
    assert _one(_items(notes), "Firewall-Regeln")[1] == "IT-Betrieb"
