"""QA round 7 of the deal workspace: an e-mail item is titled by its subject, a commitment closes when the customer
thanks for it or confirms receipt, and a customer's "wir" in their own e-mail is not our commitment."""

from __future__ import annotations

from datetime import date

import pytest

from coach.deals.commitments import find_commitments, owner_us
from coach.deals.reversal import confirms_receipt
from coach.deals.service import DealService, item_title
from coach.settings import load_settings
from coach.storage import for_settings

FIRST = """Telefonat 10.11.2026 mit Frau Hovestadt (CFO, Kranwerk Ost GmbH)
- Ziel: Ausfallzeiten der Krane bis Juni 2027 halbieren.
- AP: wir schicken bis 18.11.2026 das Angebot.
- AP: Frau Hovestadt schickt bis 20.11.2026 die Wartungsprotokolle.
"""
EML = """From: Linda Hovestadt <l.hovestadt@kranwerk-ost.example>
To: Jan Berger <jan.berger@velotrak.example>
Subject: AW: Angebot Kranwartung
Date: Thu, 19 Nov 2026 09:14:00 +0100
Content-Type: text/plain; charset=utf-8

Hallo Herr Berger,

danke für das Angebot, ist angekommen. Wir schauen es uns bis Ende des Monats an.

Viele Grüße
Linda Hovestadt
"""


@pytest.fixture()
def svc() -> DealService:
    return DealService(for_settings(load_settings()), None, "de")  # COACH_HOME is the test's own folder


def test_an_eml_item_is_titled_by_its_subject_never_transcript() -> None:
    assert item_title(EML, date(2026, 11, 19), "de") == "E-Mail: AW: Angebot Kranwartung"
    assert item_title(EML, date(2026, 11, 19), "en") == "E-mail: AW: Angebot Kranwartung"
    pasted = "From: Tom Reyes <tom@harbour.example>\nSubject: Re: pilot scope\n\nThanks, we will review it.\n"
    assert item_title(pasted, date(2026, 11, 19), "en") == "E-mail: Re: pilot scope"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Danke für das Angebot, ist angekommen.", True),
        ("Vielen Dank für die Unterlagen!", True),
        ("Wir haben die Preisliste gestern erhalten.", True),
        ("Thanks for the proposal, we will look at it next week.", True),
        ("The reference list arrived this morning.", True),
        ("Wir schicken das Angebot bis Freitag.", False),
        ("Budget is still open.", False),
    ],
)
def test_a_confirmation_of_receipt_is_recognised(sentence: str, expected: bool) -> None:
    assert confirms_receipt(sentence) is expected


def test_a_customers_thanks_for_the_offer_closes_our_commitment(svc: DealService) -> None:
    deal = svc.create("Kranwartung", "Kranwerk Ost GmbH")
    svc.add(deal, FIRST, on=date(2026, 11, 10))
    before = [a.task for a in svc.show(deal).open_actions]
    assert any("Angebot" in t for t in before), before
    item = svc.add(deal, EML)
    assert item.title == "E-Mail: AW: Angebot Kranwartung" and item.date == date(2026, 11, 19)
    after = svc.show(deal).open_actions
    assert not any("das Angebot" in a.task for a in after), after
    assert any("Wartungsprotokolle" in a.task for a in after)  # the customer's own task stays open
    theirs = [a for a in after if a.task.startswith("Wir schauen")]
    assert theirs and theirs[0].owner == "Linda Hovestadt"  # their "wir", not ours


def test_we_in_plain_notes_is_still_our_side() -> None:
    found = find_commitments("- AP: wir schicken bis 18.11.2026 das Angebot.\n", date(2026, 11, 10), "de")
    assert [c.owner for c in found] == [owner_us("de")]
