"""Round 17: the seller's claims never reach the customer's evidence, whatever the side the text layer finds.

Structural rules: in the seller's own notes and records (no speakers), a reference named, another customer's
result with us, what our offer includes, a price we quote and our pipeline fields are the seller's; in a turn
whose speaker's side is unknown, a pitch is the seller's. Names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.text import parse_text
from coach.text.evidence import confirmed_sentences, customer_view
from coach.text.quotes import quote_in
from coach.text.readers.crm import seller_field
from coach.text.sides import quoted_price
from coach.text.stories import our_standard, reference_note, reference_result

DATASET = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "transcripts"


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        ("Referenz Quellbrand AG erwähnt: -25% Retouren", True),
        ("Wir haben Referenz Tessarik genannt, dort 30% weniger Tickets", True),
        ("Referenz: 9 Versicherer im Einsatz", True),
        ("Shared the Orbisca case study, 40% fewer escalations", True),
        ("Kalstrup Foods went live with us in 7 weeks", True),
        ("we ran the same rollout for three other dairy groups and they went live in 9 weeks", True),
        ("bei seinen Bestandskunden amortisiert sich das nach 8 Monaten", True),
        ("Kunde will eine Referenz aus der Branche", False),
        ("Referenzkunden sind ihnen wichtig", False),
        ("asked for a case study with numbers", False),
        ("Retouren 12% zu hoch, Ziel 8%", False),
    ],
)
def test_reference_notes(sentence: str, seller: bool) -> None:
    assert reference_note(sentence) is seller


def test_reference_result_goes_on() -> None:
    assert reference_result("dort 30 % weniger Ausfalltage")
    assert not reference_result("dort arbeiten 40 Leute")


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        ("Rollout bei uns Standard 6 Wochen.", True),
        ("Hosting in der EU ist bei uns im Standard enthalten", True),
        ("EU hosting is standard for us", True),
        ("Onboarding durch uns in 3 Wochen", True),
        ("bei uns im Lager läuft alles über Excel", False),
    ],
)
def test_our_standard(sentence: str, seller: bool) -> None:
    assert our_standard(sentence) is seller


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        ("£41 per seat per month incl. support", True),
        ("390 Euro im Monat für das Paket", True),
        ("Budget 500 € pro Monat", False),
        ("zahlen aktuell 40 pro Nutzer und Monat", False),
        ("they pay 12 a seat per month today", False),
    ],
)
def test_quoted_price(sentence: str, seller: bool) -> None:
    assert quoted_price(sentence) is seller


@pytest.mark.parametrize(
    ("line", "seller"),
    [
        ("amount_forecast: 85.000 EUR", True),
        ("close_date_forecast: 2027-03-31", True),
        ("Offer sent: 3.900 EUR/month", True),
        ("budget_amount: 70000", False),
        ("notes: call with the team", False),
    ],
)
def test_crm_seller_fields(line: str, seller: bool) -> None:
    assert seller_field("crm", line) is seller


def test_notes_reference_is_the_sellers() -> None:
    doc = parse_text(
        "Call mit Halvdan Brennagh (Fenwarde GmbH), Leiter Einkauf\n"
        "- Retouren 12 % zu hoch, Ziel 8 % bis Q3\n"
        "- Referenz Tiskaro KG erwähnt: -25% Retouren\n"
        "- Rollout bei uns Standard 6 Wochen.\n"
    )
    sides = {s.text.strip("- "): s.side for s in doc.sentences}
    assert sides["Referenz Tiskaro KG erwähnt: -25% Retouren"] == "seller"
    assert sides["Rollout bei uns Standard 6 Wochen."] == "seller"
    assert sides["Retouren 12 % zu hoch, Ziel 8 % bis Q3"] != "seller"


def test_pitch_in_a_turn_of_unknown_side_is_the_sellers() -> None:
    doc = parse_text(
        "[00:01] Speaker 1: How do you handle returns today?\n"
        "[00:09] Speaker 2: By hand, it eats two days a week.\n"
        "[00:20] Speaker 1: Our customers typically cut that by half within a quarter.\n"
    )
    pitch = next(s for s in doc.sentences if "typically" in s.text)
    if doc.turns[pitch.turn].side == "unknown":
        assert pitch.side == "seller"
    view = customer_view(doc)
    assert view.is_seller_quote(pitch.text)
    assert doc.sentences.index(pitch) not in confirmed_sentences(doc)


def test_partner_consultant_keeps_the_seller_on_the_sellers_side() -> None:
    """A seller brings a partner's consultant who says "wir als Partner": no company named Partner, no customer."""
    doc = parse_text(
        "1\n00:00:01,000 --> 00:00:05,000\nHalvdan Brennagh: Guten Tag, Halvdan Brennagh von Orbisca! Ich habe "
        "heute Frau Morvenna von unserem Partner Tessarik dabei.\n\n"
        "2\n00:00:06,000 --> 00:00:09,000\nIlse Morvenna: Hallo Frau Kalstrup, schön, dass es klappt.\n\n"
        "3\n00:00:10,000 --> 00:00:14,000\nGerda Kalstrup: Hallo. Wir haben drei Systeme, nichts redet miteinander.\n\n"
        "4\n00:00:15,000 --> 00:00:19,000\nIlse Morvenna: Die Migration übernehmen wir als Partner komplett.\n\n"
        "5\n00:00:20,000 --> 00:00:24,000\nHalvdan Brennagh: Wie viele Leute arbeiten damit?\n\n"
        "6\n00:00:25,000 --> 00:00:29,000\nGerda Kalstrup: Zwölf, und wir verlieren jede Woche zwei Tage.\n"
    )
    sides = {t.speaker: t.side for t in doc.turns}
    assert sides["Halvdan Brennagh"] == "seller"
    assert sides["Gerda Kalstrup"] == "customer"
    assert doc.seller_company != "Partner"


def _near_misses() -> list[str]:
    """Return the development fixtures' seller claims whose sentence may reach the customer's evidence."""
    from coach.evals.suites.transcripts import load_cases, read_case

    out: list[str] = []
    for labels in sorted(DATASET.glob("t?.yaml")):
        for folder, case in load_cases(labels):
            claims = [str(c) for c in case.get("seller_claims") or []]
            if not claims:
                continue
            doc = read_case(folder, case)
            agreed = confirmed_sentences(doc)
            view = customer_view(doc)
            for claim in claims:
                for i, s in enumerate(doc.sentences):
                    holds = quote_in(claim, s.text) or (len(s.text.split()) >= 4 and quote_in(s.text, claim))
                    if holds and (s.side != "seller" or i in agreed) and not view.is_seller_quote(s.text):
                        out.append(f"{case['id']}: {s.side}")
    return out


@pytest.mark.skipif(not DATASET.exists(), reason="the development fixtures are not in this checkout")
def test_seller_claims_stay_on_the_sellers_side_in_the_development_fixtures() -> None:
    """Count near-misses, not only leaks: a claim not on the seller's side is dropped later only by luck.

    Round 17 left 6 (a claim the customer confirmed, two sentences of a customer's engineer weighing our plan, three
    lines of notes without a cue); the count must not grow.
    """
    misses = _near_misses()
    assert len(misses) <= 6, misses
