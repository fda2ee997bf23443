"""Engines read through the text layer: the seller's pitch is never the customer's evidence; sides reach the results."""

from __future__ import annotations

import json
from pathlib import Path

from coach.cli.main import main
from coach.minutes import draft_minutes
from coach.qualify import analyse
from coach.text import parse_text, read_document
from coach.text.quotes import quote_in

FIXTURES = Path(__file__).parent / "fixtures" / "text" / "own"

PITCH_ONLY = (
    "[00:01] Anna Roth (AE): Unsere Kunden sparen im Schnitt 400.000 € im Jahr. Wir würden in drei Phasen ausrollen, "
    "der Go-live wäre im März 2027. Unser Paket kostet 80.000 € pro Jahr.\n"
    "[00:30] Kunde (Ben Kraft, Leiter Logistik): Hm, wir schauen uns das an.\n"
)


def _evidence(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [q for d in [*result.dimensions, *result.extensions] if d.key != "offer_fit" for q in d.evidence]


def test_the_sellers_pitch_is_no_evidence_of_the_customers_situation() -> None:
    result = analyse(PITCH_ONLY)
    assert not any(
        quote_in("400.000", q) or quote_in("drei Phasen", q) or quote_in("80.000", q)
        for q in _evidence(result)
    )
    statuses = result.statuses()
    assert (
        statuses["budget"] == "missing"
        and statuses["plans"] == "missing"
        and statuses["timeline"] == "missing"
    )
    assert any("Anna Roth" in n for n in result.notices)


def test_a_summary_the_customer_confirms_is_evidence() -> None:
    text = (
        "[00:01] Rep (Anna Roth): Wenn ich Sie richtig verstehe, wollen Sie die Durchlaufzeit bis Ende 2027 um 30 % "
        "senken?\n[00:20] Kunde (Ben Kraft): Genau so.\n"
    )
    result = analyse(text)
    assert result.statuses()["goals"] != "missing"
    assert any(quote_in("Durchlaufzeit bis Ende 2027", q) for q in result.dimensions[0].evidence)


def test_qualify_takes_a_document_and_the_same_figures_as_text() -> None:
    doc = read_document(FIXTURES / "own-01.vtt")
    assert analyse(doc).statuses() == analyse(doc.text).statuses()


def test_minutes_participants_and_action_owners_carry_sides() -> None:
    text = (
        "Entscheidungsmeeting Nordholz AG, 02.03.2027\n"
        "Teilnehmer: Ben Kraft (CFO, Nordholz AG). Von uns: Anna Roth (AE)\n"
        "- Entscheidung: Ja.\n"
        "ToDos\n- Angebot schicken – Anna Roth – bis Freitag\n- Bestellung auslösen – Ben Kraft – morgen\n"
    )
    result = draft_minutes(text)
    sides = {p.name: p.side for p in result.participants}
    assert sides == {"Ben Kraft": "customer", "Anna Roth": "seller"}
    assert {a.owner: a.owner_side for a in result.action_items} == {
        "Anna Roth": "seller",
        "Ben Kraft": "customer",
    }


def test_minutes_of_a_transcript_use_the_text_layers_sides() -> None:
    result = draft_minutes(read_document(FIXTURES / "own-02.srt"), seller=["Tom Reyes"])
    assert {p.name: p.side for p in result.participants} == {"Tom Reyes": "seller", "Priya Nair": "customer"}


def test_cli_flags_seller_and_input_format(capsys) -> None:  # type: ignore[no-untyped-def]
    path = str(FIXTURES / "own-03.txt")
    assert main(["qualify", path, "--json", "--seller", "Speaker 2"]) == 0
    notices = json.loads(capsys.readouterr().out)["notices"]
    assert any("Speaker 2" in n for n in notices)
    assert main(["qualify", path, "--json", "--input-format", "notes"]) == 0
    assert not any("Speaker" in n for n in json.loads(capsys.readouterr().out)["notices"])
    assert main(["minutes", path, "--json", "--seller-company", "Acme", "--input-format", "unnamed"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "en"


def test_notices_follow_the_result_language() -> None:
    de = analyse(parse_text(PITCH_ONLY), lang="de")
    en = analyse(parse_text(PITCH_ONLY), lang="en")
    assert any("Verkäufer" in n for n in de.notices) and any("seller" in n for n in en.notices)
