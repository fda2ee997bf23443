"""Companies and sides read from Markdown minutes, and words that are no customer company (round 13)."""

from __future__ import annotations

import pytest

from coach.minutes.company import plausible_customer
from coach.minutes.engine import draft_minutes
from coach.minutes.markup import unmark
from coach.minutes.parties import clean_org


def test_unmark_takes_off_bold_marks_and_mentions_but_keeps_addresses() -> None:
    text = "**Kunde:** Hafenwerke Lorm\n- @Tim Ross an jana.beck@hafenwerke.example, __wichtig__ snake_case"
    assert (
        unmark(text)
        == "Kunde: Hafenwerke Lorm\n- Tim Ross an jana.beck@hafenwerke.example, wichtig snake_case"
    )


def test_bold_labels_name_the_customer_and_the_sellers() -> None:
    notes = (
        "**Kunde:** Hafenwerke Lorm\n"
        "**Datum:** 03.03.2027\n"
        "**Teilnehmende:** Frau Jana Beck (Leiterin Netz), Herr Udo Brandl (Technik), "
        "@Tim Ross, @Lea Stich (beide Falkora GmbH)\n\n"
        "**Beschluss:** Die Hafenwerke Lorm beauftragen die Falkora GmbH mit dem Rollout.\n\n"
        "## Aufgaben\n- @Tim Ross schickt den Vertrag bis Freitag\n"
    )
    result = draft_minutes(notes)
    assert result.company == "Hafenwerke Lorm"
    sides = {p.name: p.side for p in result.participants}
    assert sides.get("Jana Beck") == "customer"
    assert sides.get("Lea Stich") == "seller"


def test_the_writer_of_own_notes_sells_and_their_company_is_not_the_customer() -> None:
    notes = (
        "Stadtwerke Ormsdorf / Falkora – Entscheidungsrunde Zählertausch\n"
        "Notizen: Tim Ross, Falkora GmbH\n\n"
        "Teiln.: Hr. Albers (GF Stadtwerke Ormsdorf), Fr. Kemmer (Ltg. Netz); wir: Tim Ross, Lea Stich\n"
        "- Albers: überzeugt, unterschreibt nach Rücksprache mit dem Aufsichtsrat\n"
        "AP:\n- Lea Stich -> Zeitplan an Fr. Kemmer bis Freitag\n"
    )
    result = draft_minutes(notes)
    assert result.company == "Stadtwerke Ormsdorf"
    assert result.seller_company == "Falkora GmbH"
    assert {p.name: p.side for p in result.participants}.get("Tim Ross") == "seller"


@pytest.mark.parametrize(
    "name",
    [
        "Zentrale Vergabestelle",
        "Verwaltungsrat",
        "Bieter",
        "Beratend",
        "Herrn Albers",
        "Labormedizin",
        "Ihnen im Werk",
    ],
)
def test_a_unit_a_board_a_role_or_a_person_is_no_customer_company(name: str) -> None:
    assert not plausible_customer(name, "Falkora GmbH", [])


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Notiz Hafenwerke Lorm AG", "Hafenwerke Lorm AG"), ("Vermerk Stadt Ormsdorf", "Stadt Ormsdorf")],
)
def test_a_notes_kind_before_the_company_is_dropped(raw: str, clean: str) -> None:
    assert clean_org(raw) == clean


def test_a_public_enterprise_named_by_its_kind_is_a_customer() -> None:
    assert plausible_customer("Kommunalunternehmen Kliniken Ormstal", "Falkora GmbH", [])


def test_a_colleague_listed_with_me_and_a_bracket_sells() -> None:
    notes = (
        "#kanal-ormsdorf · Mo 08.03.2027\n\n"
        "Lea Stich  3:05 PM\n"
        "kurzer Stand vom Entscheidungstermin\n"
        "dabei: @Udo Brandl, @Jana Beck (Hafenwerke Lorm), ich + @Ravi (Falkora Systems)\n"
        "• Ergebnis: Go für den Rollout an 12 Standorten\n"
        "• AI @Ravi: Festpreisoption ins Angebot, bis Donnerstag\n"
    )
    result = draft_minutes(notes)
    assert {p.name: p.side for p in result.participants}.get("Ravi") == "seller"
