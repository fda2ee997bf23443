"""Seller and customer company from what is said: introductions, the seller presenting their company, the seller
speaking of the customer's company, the customer saying who they are, a meeting title, people named with a firm."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.sides import same_company


def call(first: str, second: str, third: str = "Verstehe. Und wer entscheidet das bei Ihnen?") -> str:
    """Return a three-turn call: the seller (Lena Graf), the customer (Ole Brandt), the seller again."""
    return f"[00:01] Lena Graf: {first}\n[00:09] Ole Brandt: {second}\n[00:20] Lena Graf: {third}\n"


@pytest.mark.parametrize(
    ("text", "seller", "customer"),
    [
        # the seller gives their name and their company
        (
            call("Guten Tag Herr Brandt, Lena Graf von Kelpa. Wie planen Sie heute?", "Per Hand, leider."),
            "Kelpa",
            None,
        ),
        (call("Hi Ole, it's Lena from Kelpa, thanks for your time.", "Sure, go ahead."), "Kelpa", None),
        (call("Kurz zu mir: ich betreue bei Kelpa die Kliniken im Süden.", "Gut."), "Kelpa", None),
        # the seller presents their company, said once
        (
            call("So, Kelpa does shift planning for hospitals. How do you plan today?", "In Excel."),
            "Kelpa",
            None,
        ),
        (call("Kelpa macht Schichtplanung für Kliniken. Wie planen Sie heute?", "In Excel."), "Kelpa", None),
        (call("Bei Kelpa setzen wir auf feste Pakete.", "Okay."), "Kelpa", None),
        # the customer says who they are; the seller speaks of the customer's company
        (
            call("Danke für die Zeit.", "Wir sind die Nordwerk Logistik, drei Lager im Norden."),
            None,
            "Nordwerk Logistik",
        ),
        (call("Thanks for the time. Tell me what's going on at Nordwerk.", "Busy."), None, "Nordwerk"),
        (call("So Nordwerk has four depots now, right?", "Five, since May."), None, "Nordwerk"),
        (
            call("Hallo, sind Sie das, von den Stadtwerken Talheim?", "Ja, am Apparat."),
            None,
            "Stadtwerke Talheim",
        ),
    ],
)
def test_companies_from_what_is_said(text: str, seller: str | None, customer: str | None) -> None:
    doc = parse_text(text, seller=["Lena Graf"])
    assert (doc.seller_company is None) if seller is None else same_company(doc.seller_company, seller)
    assert (
        (doc.customer_company is None) if customer is None else same_company(doc.customer_company, customer)
    )


@pytest.mark.parametrize(
    ("lang", "intro"),
    [
        ("en", "Ole Brandt: Hi both. Eva, this is Lena and Mara from Kelpa."),
        ("de", "Ole Brandt: Hallo zusammen. Eva, das sind Lena und Mara von Kelpa."),
    ],
)
def test_people_named_with_the_firm_they_come_from(lang: str, intro: str) -> None:
    text = (
        f"[00:01] {intro}\n"
        "[00:05] Lena Graf: Thanks. How do you plan your shifts today?\n"
        "[00:12] Mara Voss: And who signs off the rota?\n"
        "[00:20] Eva Kurz: We plan in Excel, and I sign it off.\n"
    )
    doc = parse_text(text, seller=["Lena Graf", "Mara Voss"])
    assert same_company(doc.seller_company, "Kelpa")


@pytest.mark.parametrize(
    "title",
    ["# Termin Kelpa × Schreinerei Brandt", "Call Kelpa <> Schreinerei Brandt"],
)
def test_a_meeting_title_and_the_customer_whose_name_the_firm_carries(title: str) -> None:
    text = title + "\n\n" + call("Wie planen Sie heute?", "Alles auf Papier, wir sind zu zwölft.")
    doc = parse_text(text, seller=["Lena Graf"])
    assert same_company(doc.seller_company, "Kelpa")
    assert same_company(doc.customer_company, "Schreinerei Brandt")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Gebr. Brandt Maschinenbau GmbH", "Brandt Maschinenbau", True),
        ("Gebrüder Brandt AG", "Brandt", True),
        ("Brandt Maschinenbau", "Brandt Logistik", False),
    ],
)
def test_a_brothers_firm_is_the_same_company(a: str, b: str, same: bool) -> None:
    assert same_company(a, b) is same
