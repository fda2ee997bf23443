"""Pending approvals, short answers that take their question's dimension, and what the customer view keeps."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from coach.qualify.learned.answers import answering, inherit
from coach.qualify.learned.apply import eligible_mask, prepare, shipped_model
from coach.qualify.learned.features import CUE_NAMES, E5_DIM
from coach.qualify.learned.model import DIMS
from coach.qualify.learned.units import units_of
from coach.qualify.signals import PENDING_APPROVAL
from coach.text.document import parse_text
from coach.text.evidence import customer_view

REF = date(2026, 11, 10)

PENDING = [
    ("Die 80k müssen noch vom Vorstand genehmigt werden.", True),
    ("Budget still needs sign-off from the CFO.", True),
    ("Pending approval by the board, roughly 60k.", True),
    ("Die Freigabe durch den Aufsichtsrat steht noch aus.", True),
    ("It has to be signed off by finance first.", True),
    ("Die 50k sind genehmigt.", False),
    ("120k approved for the project in March.", False),
    ("The budget was signed off in May.", False),
]


@pytest.mark.parametrize(("sentence", "pending"), PENDING)
def test_an_approval_still_to_come_is_not_an_approval(sentence: str, pending: bool) -> None:
    assert bool(PENDING_APPROVAL.search(sentence)) is pending
    prep = prepare(f"Call 10.11.2026\n- {sentence}\n", REF)
    row = prep.x[-1, E5_DIM:]
    assert row[CUE_NAMES.index("pending")] == float(pending)
    assert row[CUE_NAMES.index("approved")] == float(not pending)


TRANSCRIPT = (
    "[00:01] Rep (Jana Roth, Acme Software): Welches Budget haben Sie für das Projekt eingeplant?\n"
    "[00:02] Kunde (Karl Ebert, Nordholz AG): Es sind 250.000, nicht 300. Und die sind freigegeben.\n"
    "[00:03] Rep (Jana Roth, Acme Software): Und was ist Ihnen bei der Auswahl wichtig?\n"
    "[00:04] Kunde (Karl Ebert, Nordholz AG): Das erzähle ich Ihnen gleich, vorher möchte ich noch kurz etwas "
    "zu unserem Werk in Halle sagen, damit Sie verstehen, wie wir heute arbeiten und was sich ändern soll.\n"
)


def test_short_answers_at_the_start_of_a_turn_answer_the_question() -> None:
    units = units_of(TRANSCRIPT, REF).units
    picked = [units[i].text for i in answering(units)]
    assert picked == ["Es sind 250.000, nicht 300.", "Und die sind freigegeben."]


def test_a_short_answer_takes_the_dimension_of_the_question() -> None:
    model = shipped_model()
    assert model is not None
    prep = prepare(TRANSCRIPT, REF)
    texts = [s.text for s in prep.segments]
    i = texts.index("Und die sind freigegeben.")
    j = DIMS.index("budget")
    alone = model.dim_probs(prep.x, texts)[i, j]
    inherited = model.sentence_probs(prep.x, prep.segments, prep.people, prep.ref)[i, j]
    weight = float(model.header.get("inherit_weight", 0.0))
    assert inherited >= alone
    if weight > 0:
        assert inherited > 0.5 * weight
    else:  # without the setting nothing changes
        assert inherited == pytest.approx(alone)


def test_a_crm_block_value_under_a_notes_label_is_evidence() -> None:
    record = (
        "account: Nordholz AG\nstage: discovery\nnotes: |\n"
        "  Call with Karl. They want to cut picking errors by half by June 2027.\n"
    )
    units = units_of(record, REF).units
    mask = eligible_mask(units)
    assert any(ok and "picking errors" in u.text for u, ok in zip(units, mask, strict=True))
    assert not any(ok and u.text.startswith("account:") for u, ok in zip(units, mask, strict=True))


def test_the_view_keeps_lines_and_writes_no_empty_brackets() -> None:
    doc = parse_text("**REP**: Hallo zusammen.\n**PROSPECT**: Ziel ist klar.\nBudget offen.\n")
    view = customer_view(doc)
    assert "()" not in view.text
    assert len(view.text.splitlines()) >= len(doc.turns)


MAIL = """Hi Jana,

thanks, that's a correct summary. One more thing: the works council has to be involved.

Best,
Karl Ebert
Head of Operations, Nordholz AG
karl.ebert@nordholz.example

On 12 Nov 2026, at 10:02, Jana Roth <jana.roth@acme.example> wrote:

Hi Karl,

here is my summary of our call:
- Goal: cut picking errors by half by June 2027.
- Anna Weber, your COO, signs the contract.

About us: our customers save 30 % on picking costs, and we would roll out in three phases. Our licence is 4,000 EUR a month.

Best,
Jana Roth
Account Executive, Acme Software
jana.roth@acme.example
"""


def test_a_reply_above_confirms_a_summary_in_a_mail_thread_but_not_our_pitch() -> None:
    doc = parse_text(MAIL)
    assert doc.format == "email"
    view = customer_view(doc)
    assert view.confirmed == 1
    assert not view.is_seller_quote("Anna Weber, your COO, signs the contract.")
    assert view.is_seller_quote(
        "our customers save 30 % on picking costs, and we would roll out in three phases."
    )
    assert view.is_seller_quote("Our licence is 4,000 EUR a month.")


def test_without_a_confirmation_the_mail_summary_stays_the_sellers() -> None:
    doc = parse_text(MAIL.replace("thanks, that's a correct summary.", "thanks for the note."))
    view = customer_view(doc)
    assert view.confirmed == 0
    assert view.is_seller_quote("Anna Weber, your COO, signs the contract.")


def test_inherited_probabilities_are_never_lower() -> None:
    model = shipped_model()
    assert model is not None
    prep = prepare(TRANSCRIPT, REF)
    base = model.dim_probs(prep.x, [s.text for s in prep.segments])
    full = model.sentence_probs(prep.x, prep.segments, prep.people, prep.ref)
    assert np.all(full >= base - 1e-7)


def test_a_short_answer_that_speaks_for_itself_keeps_its_own_reading() -> None:
    units = units_of(TRANSCRIPT, REF).units
    first, second = answering(units)
    probs = np.zeros((len(units), len(DIMS)))
    probs[first, DIMS.index("budget")] = 0.8  # "Es sind 250.000, nicht 300." reads as budget on its own
    probs[second, DIMS.index("budget")] = 0.1

    def question_says_timeline(x: np.ndarray, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(DIMS)))
        out[:, DIMS.index("timeline")] = 0.9
        return out

    kept = inherit(probs, units, question_says_timeline, None, REF, weight=0.7, own=0.5)
    assert kept[first, DIMS.index("timeline")] == 0.0  # it keeps its own reading
    assert kept[second, DIMS.index("timeline")] == pytest.approx(0.63)  # it takes the question's
    both = inherit(probs, units, question_says_timeline, None, REF, weight=0.7, own=1.0)
    assert both[first, DIMS.index("timeline")] == pytest.approx(0.63)
