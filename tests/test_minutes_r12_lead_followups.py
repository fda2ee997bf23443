"""A day after an arrow is a due date, not an owner; 'notes: Name' in a header line names the writer, so 'me: …' is
theirs; a ticked box ('- [x] …') is done and no open action item."""

from __future__ import annotations

from datetime import date

from coach.minutes.engine import draft_minutes

NOTES = """\
### Vertragsrunde Kestrel Mobility / Lumenfeld
**Date:** Tue 9 Mar 2027 · their office, 2nd floor · notes: Oskar
**Us (Lumenfeld):** Oskar Brandvik, Ines Falkner
**Them:** Ms. Rhona Quayle (COO), Mr. Deniz Aktaş (IT lead)

Rhona confirmed the go for the fleet module, signed order form follows.

### Next steps
- [ ] Ines - map the depot interfaces -> Fri
- [ ] me: draft the data processing addendum, by 19 Mar
- [x] lunch booking for the workshop (done)
"""


def _items() -> list[tuple[str, str | None, date | None]]:
    result = draft_minutes(NOTES, today=date(2027, 3, 9))
    return [(i.task, i.owner, i.due) for i in result.action_items]


def test_a_weekday_after_the_arrow_is_the_due_date_and_the_owner_stays() -> None:
    item = next(i for i in _items() if "depot interfaces" in i[0])
    assert item[1] == "Ines Falkner"
    assert item[2] == date(2027, 3, 12)  # the Friday after Tuesday 9 March


def test_notes_field_in_the_header_names_the_writer_of_me_tasks() -> None:
    item = next(i for i in _items() if "data processing addendum" in i[0])
    assert item[1] == "Oskar Brandvik"
    assert item[2] == date(2027, 3, 19)


def test_a_ticked_box_is_no_open_action_item() -> None:
    assert not any("lunch booking" in task for task, _, _ in _items())
    assert len(_items()) == 2
