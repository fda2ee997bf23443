"""Owners written as 'Owner: X  Due: Y - task', as a numbered role ('4.2 – DPO to …'), as 'Frau <surname>' under
the attendance list, as the signer of first-person notes; no item from German 'will' (= wants), and none from names,
headers, greetings or attendance lines under a to-do heading. Each text is our own; each case failed before."""

from __future__ import annotations

import pytest

from coach.minutes.engine import draft_minutes
from coach.minutes.noise import not_a_task
from coach.text.model import Participant


def _items(notes: str) -> list[tuple[str, str | None, str | None]]:
    result = draft_minutes(notes)
    return [(a.task, a.owner, a.due.isoformat() if a.due else None) for a in result.action_items]


def _find(items: list[tuple[str, str | None, str | None]], part: str) -> tuple[str, str | None, str | None]:
    hits = [i for i in items if part.casefold() in i[0].casefold()]
    assert hits, f"no item with {part!r} in {items}"
    return hits[0]


@pytest.mark.parametrize(
    ("notes", "part", "owner", "due"),
    [
        (  # en: 'Owner: X  Due: Y  - task' with two spaces between the fields
            "Decision meeting 3 March 2027\nAttendees: Edda Quist (Ops), Per Lindqvist (Vendor)\n\nActions\n"
            "Owner: Edda Quist  Due: 30 April 2027  - nominate depot champions\n",
            "nominate depot champions",
            "Edda Quist",
            "2027-04-30",
        ),
        (  # en: 'Owner: X – task' without a date
            "Decision meeting 3 March 2027\nAttendees: Edda Quist (Ops), Per Lindqvist (Vendor)\n\nNext steps\n"
            "- Owner: Per Lindqvist – complete the firewall request\n",
            "complete the firewall request",
            "Per Lindqvist",
            None,
        ),
        (  # en: a numbered board action owned by a role one participant holds
            "Board minutes 3 March 2027\nPresent: Runa Falk (DPO), Ivo Marsh (CFO)\n\nActions\n"
            "4.2 – DPO to finish the impact assessment by 12 March 2027\n",
            "finish the impact assessment",
            "Runa Falk",
            "2027-03-12",
        ),
        (  # de: 'Fr. <surname>' in a bullet right after the attendance list
            "Protokoll 03.03.2027\nTeilnehmer: Wanda Oskarsson (Vorstand), Jörg Brehmer (IT)\n\n"
            "- Fr. Oskarsson teilt dem Anbieter die Absage schriftlich mit.\n",
            "teilt dem Anbieter die Absage",
            "Wanda Oskarsson",
            None,
        ),
        (  # de: a numbered item with a team as owner stays the team
            "Protokoll 03.03.2027\nTeilnehmer: Wanda Oskarsson (Einkauf), Jörg Brehmer (IT)\n\nMaßnahmen\n"
            "2.1 – Einkauf: Wartungsanteil nachverhandeln\n",
            "Wartungsanteil nachverhandeln",
            "Einkauf",
            None,
        ),
    ],
)
def test_owner_forms(notes: str, part: str, owner: str | None, due: str | None) -> None:
    task, got_owner, got_due = _find(_items(notes), part)
    assert (got_owner, got_due) == (owner, due)


def test_the_signer_of_first_person_notes_owns_their_i() -> None:
    notes = (
        "Final call 4 March 2027\nThere: Mina Sato (CFO, Orrin Foods), Leo Varga (presales), Cato Reyes\n"
        "- decision: yes\n- I'll send the countersigned order form by Friday\n\n-- Cato Reyes, Brightfold Ltd\n"
    )
    assert _find(_items(notes), "countersigned order form")[1] == "Cato Reyes"


@pytest.mark.parametrize(
    "notes",
    [
        "Protokoll 03.03.2027\nTeilnehmer: Jörg Brehmer (IT), Wanda Oskarsson (Einkauf)\n\n"
        "- Herr Brehmer will eine Aufstellung der Folgekosten über fünf Jahre.\n",
        "Notizen 03.03.2027\nTeilnehmer: Jörg Brehmer (IT), Wanda Oskarsson (Einkauf)\n"
        "Frau Oskarsson will noch einen Vergleich mit dem alten System sehen.\n",
    ],
)
def test_german_will_is_a_wish_not_an_item(notes: str) -> None:
    assert not [i for i in _items(notes) if "will" in i[0]]


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Hedda Lorentz", True),
        ("Hedda Lorentz – Einkauf", True),
        ("Hedda Lorentz (Head of Finance)", True),
        ("Kestrel Fenwick Ltd", True),
        ("Wer – Was – Bis wann", True),
        ("| # – Owner – Due |", True),
        ("none", True),
        ("AOB", True),
        ("Cc: Hedda Lorentz <h.lorentz@kestrel.example>", True),
        ("Best regards", True),
        ("Liebe Frau Lorentz, lieber Herr Abt", True),
        ("Them: Hedda Lorentz (CFO), Ole Abt", True),
        ("Kestrel Fenwick Ltd: Ole Abt, me", True),
        ("Hedda Lorentz to send the pricing sheet", False),
        ("Hedda Lorentz – Angebot prüfen – Freitag", False),
        ("Kunde: Bestellung schicken", False),
        ("Hi all, I'll send the deck", False),
    ],
)
def test_not_a_task_tells_names_headers_and_greetings_from_tasks(text: str, noise: bool) -> None:
    people = [Participant(name="Hedda Lorentz"), Participant(name="Ole Abt")]
    assert not_a_task(text, people, ["Kestrel Fenwick Ltd"]) is noise


def test_no_item_from_a_to_do_list_of_names_and_headers() -> None:
    notes = (
        "Decision meeting 5 March 2027\nAttendees: Hedda Lorentz (CFO, Kestrel Fenwick Ltd), Ole Abt (presales)\n\n"
        "Next steps\nWho – What – When\n- Hedda Lorentz – Finance\n- Ole Abt to send the pricing sheet by Friday\n"
        "- none\n"
    )
    tasks = [t for t, _, _ in _items(notes)]
    assert tasks and all("pricing sheet" in t for t in tasks)
