"""The customer's company without the title's words glued before it, never a filler or a person, from a title pair."""

from __future__ import annotations

from coach.minutes.company import customer_fallback, plausible_customer, title_pair, trim_lead
from coach.minutes.engine import draft_minutes
from coach.minutes.orgs import decide_orgs
from coach.text.model import Participant
from coach.text.sides import company_key


def test_trim_lead_drops_meeting_words_dates_and_short_forms() -> None:
    assert trim_lead("Telefonkonferenz Quellmoor Logistik") == "Quellmoor Logistik"
    assert trim_lead("12.3. Brisanto Handel GmbH") == "Brisanto Handel GmbH"
    assert trim_lead("Entsch.runde Brisanto Handel KG") == "Brisanto Handel KG"
    assert trim_lead("Notiz Brisanto Handel AG") == "Brisanto Handel AG"


def test_trim_lead_keeps_a_name_when_too_little_would_remain() -> None:
    assert trim_lead("Quellmoor Logistik") == "Quellmoor Logistik"
    assert trim_lead("Notiz Quellmoor") == "Notiz Quellmoor"
    assert trim_lead(None) is None


def test_a_filler_and_a_notes_word_is_no_customer() -> None:
    assert not plausible_customer("Äh Ergebnis", "Ortwinde Solar", [])
    assert not plausible_customer("Budget", "Ortwinde Solar", [])
    assert plausible_customer("Brisanto Handel", "Ortwinde Solar", [])


def test_a_participants_full_name_is_no_customer() -> None:
    people = [Participant(name="Edda Pfeilstetter", side="customer")]
    assert not plausible_customer("Edda Pfeilstetter", "Ortwinde Solar", people)
    assert plausible_customer("Pfeilstetter Bau GmbH", "Ortwinde Solar", people)


def test_title_pair_names_the_side_that_is_not_the_seller() -> None:
    seller = {company_key("Ortwinde Solar GmbH")}
    assert title_pair("Notizen – Call Ortwinde Solar GmbH x Brisanto Handel e.K.\nTN: …", seller) == (
        "Brisanto Handel e.K."
    )
    assert title_pair("Brisanto Handel <> Ortwinde – Entscheidung\n", {company_key("Ortwinde")}) == (
        "Brisanto Handel"
    )
    assert title_pair("Brisanto Handel x Quellmoor Logistik\n", seller) is None  # neither side is the seller


def test_fallback_takes_the_title_pair_and_trims_a_date() -> None:
    text = "Ortwinde Solar x Brisanto Handel e.K. – Entscheidungscall\nTN: Hr. Ilvo Kastelic (Inh.)\n"
    people = [Participant(name="Ilvo Kastelic", side="customer")]
    assert customer_fallback(text, people, "Ortwinde Solar") == "Brisanto Handel e.K."


def test_customer_label_naming_only_the_organisation() -> None:
    text = (
        "final mtg - fleet telematics\n"
        "cust: Brisanto Handel, depot north\n"
        "ppl: Ilvo Kastelic (COO) // us: me (Edda Pfeilstetter)\n"
        "- Ilvo: no go this year, budget frozen\n"
    )
    people = [Participant(name="Ilvo Kastelic"), Participant(name="Edda Pfeilstetter")]
    found = decide_orgs(text, people)
    assert found.customer == "Brisanto Handel"


def test_minutes_trim_a_date_before_the_customers_name() -> None:
    notes = (
        "14.5. Brisanto Handel GmbH – Runde der Filialleiter, Photovoltaik Dach\n"
        "TN: Ilvo Kastelic (Filialleiter Nord), Lutgard Ortlieb (Technik); wir (Ortwinde Solar): ich, Tammo\n\n"
        "- Einwand: Amortisation zu lang\n"
        "=> ABSAGE. Kein Rollout dieses Jahr.\n\n"
        "AP:\n- Tammo: Abschlussbericht an alle bis Freitag\n"
    )
    result = draft_minutes(notes)
    assert company_key(result.company) == company_key("Brisanto Handel GmbH")
