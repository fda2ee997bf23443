"""General language the rules read (round 10): a named approver, the cost of doing nothing, an inline notes field."""

from __future__ import annotations

import pytest

from coach.qualify import analyse
from coach.qualify.assess import Mention, assess
from coach.qualify.learned.apply import _second_hand_will, eligible_mask
from coach.qualify.learned.units import units_of
from coach.qualify.lexicon import notes_content, second_hand
from coach.qualify.people import find_people
from coach.qualify.segment import segment

# Written for these tests; every company and person is invented.
HEAD = {
    "de": "Call mit Holzbau Renner, 4. März 2027.\nZiel: Ausschuss bis Ende 2027 um 15 % senken.\n",
    "en": "Call with Bramley Tools, 4 March 2027.\nGoal: cut scrap by 15% by the end of 2027.\n",
}

APPROVERS = [
    ("en", "The order has to be approved by Malte Sørensen.", "covered"),
    ("en", "We still need sign-off from Ilka Brandt before anything moves.", "covered"),
    ("de", "Wiebke Hollmann gibt frei.", "covered"),
    ("de", "Die Freigabe durch Herrn Oskarsson steht noch aus, er entscheidet allein.", "covered"),
    # an approver without a name stays a role: partial
    ("en", "It has to be approved by the board.", "partial"),
    ("de", "Letztlich entscheidet der Vorstand.", "partial"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), APPROVERS)
def test_named_approver_is_authority(lang: str, line: str, expected: str) -> None:
    assert assess(HEAD[lang] + line + "\n").status["authority"] == expected


def test_our_own_approver_is_no_customer_person() -> None:
    people = find_people(segment(HEAD["en"] + "The quote was approved by our Kasimir Feld.\n"))
    assert "kasimir" not in people.customer


def test_a_sentence_opening_adverb_is_no_name() -> None:
    people = find_people(
        segment(HEAD["de"] + "Am Ende entscheidet Frau Liebig.\nIntern entscheidet der GF.\n")
    )
    assert "intern" not in people.customer
    assert "liebig" in people.customer


CONDITIONAL_LOSS = [
    ("en", "If we do nothing we keep writing off 120k a year in scrap."),
    ("en", "If they do nothing, the plant loses its largest contract next year."),
    ("de", "Wenn wir nichts tun, schreiben wir weiter 120k im Jahr ab."),
    ("de", "Falls nichts unternommen wird, verlieren sie den Rahmenvertrag."),
]


@pytest.mark.parametrize(("lang", "line"), CONDITIONAL_LOSS)
def test_doing_nothing_is_a_consequence(lang: str, line: str) -> None:
    status = assess(HEAD[lang] + line + "\n").status["negative_consequences"]
    assert status in ("covered", "partial")


def test_doing_nothing_on_our_side_is_not_read_without_a_loss() -> None:
    assert assess(HEAD["en"] + "Nothing to do on our side before the demo.\n").status[
        "negative_consequences"
    ] == ("missing")


INLINE_NOTES = {
    "en": "Call with Bramley Tools, 4 March 2027.\nSpoke with Ola Brink (ops).\n"
    "Notes: they want to cut scrap by 15% by June 2027.\n",
    "de": "Call mit Holzbau Renner, 4. März 2027.\nGespräch mit Ute Kamp (Werkleitung).\n"
    "Notizen: Kunde will den Ausschuss bis Juni 2027 um 15 % senken.\n",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_inline_notes_line_is_content(lang: str) -> None:
    text = INLINE_NOTES[lang]
    assert assess(text).status["goals"] == "covered"
    units = units_of(text).units
    notes = [i for i, u in enumerate(units) if u.text.startswith(("Notes", "Notizen"))]
    assert notes and eligible_mask(units)[notes[0]]
    goals = next(d for d in analyse(text).dimensions if d.key == "goals")
    assert goals.status == "covered"


def test_notes_label_as_title_stays_a_header() -> None:
    assert not notes_content("Notes", "call with Bramley Tools, 4 March 2027")
    assert not notes_content("Notizen", "Termin vom 4.3.")
    assert not notes_content("Thema", "they want to cut scrap by 15%")
    assert notes_content("Notes", "they want to cut scrap by 15%")


SECOND_HAND_LINES = [
    ("Laut Frau Rudnik ist der Chef „voll dabei“.", True),
    ("The owner is keen, I'm told.", True),
    ("Herr Falkner wirkte sehr entschlossen.", True),
    ('Sie wirkte entschlossen, Zitat: "So kann es nicht weitergehen."', False),
    ("Er will das unbedingt noch dieses Jahr umsetzen.", False),
    ("Per our last call she is pushing this herself.", False),
    ('Sie wirkte klar, Zitat: "das muss dieses Jahr passieren", meinte sie.', False),
]


@pytest.mark.parametrize(("line", "expected"), SECOND_HAND_LINES)
def test_second_hand_or_impression(line: str, expected: bool) -> None:
    assert second_hand(line) is expected


def test_will_resting_on_hearsay_only_is_partial() -> None:
    text = HEAD["de"] + "Geschäftsführer Arne Vollmer hat laut seiner Assistentin genug vom Status quo.\n"
    a = assess(text)
    seg = next(s for s in a.segments if "Vollmer" in s.text)
    status = {"will_to_change": "covered"}
    own = {"will_to_change": [Mention("will_to_change", seg, "specific", "x")]}
    mentions = {"will_to_change": list(own["will_to_change"])}
    _second_hand_will(status, own, mentions)
    assert status["will_to_change"] == "partial"
    assert all(m.level == "vague" for m in mentions["will_to_change"])


FIT_VERDICTS = [
    ("en", "Customer: that's exactly the gap we keep running into.", "covered"),
    ("en", "He said then we're probably not the right fit for now.", "covered"),
    ("de", 'Sie sagte: "Genau sowas haben wir gesucht."', "covered"),
    ("de", "Er sagte, dann sind Sie eher raus.", "covered"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), FIT_VERDICTS)
def test_customer_verdict_on_our_offer(lang: str, line: str, expected: str) -> None:
    assert assess(HEAD[lang] + line + "\n").status["offer_fit"] == expected


@pytest.mark.parametrize(
    "line",
    [
        "If not, you're out.",
        "Wenn eins davon fehlt, sind Sie raus.",
        "Wenn das stimmt, wäre das genau das, was wir brauchen.",
    ],
)
def test_a_conditional_verdict_is_no_verdict(line: str) -> None:
    assert assess(HEAD["de"] + line + "\n").status["offer_fit"] == "missing"


def test_a_role_before_a_deciding_verb_is_no_name() -> None:
    people = find_people(
        segment(HEAD["de"] + "- Entscheidung: Verleger entscheidet, Frau Rot bereitet vor\n")
    )
    assert "verleger" not in people.customer


def test_nothing_bad_happens_is_no_consequence() -> None:
    line = "Und wenn wir gar nichts machen, dann passiert erst mal nichts Schlimmes.\n"
    assert assess(HEAD["de"] + line).status["negative_consequences"] == "missing"


def test_poor_fit_verdict_raises_the_flag() -> None:
    a = assess(HEAD["en"] + "He said then we're probably not the right fit for now.\n")
    assert any(m.flag == "poor" for m in a.mentions["offer_fit"])


PROJECT_SET_UP = [
    ("en", "They kicked off a data quality programme in January.", "covered"),
    ("de", "Intern haben sie schon ein Projekt aufgesetzt, Start war im Oktober.", "covered"),
    ("en", "They have not started a project yet.", "missing"),
    ("de", "Es ist noch kein Projekt aufgesetzt.", "missing"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), PROJECT_SET_UP)
def test_a_project_already_set_up_is_a_plan(lang: str, line: str, expected: str) -> None:
    assert assess(HEAD[lang] + line + "\n").status["plans"] == expected
