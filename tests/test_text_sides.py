"""Sides: role labels, companies, e-mail domains, the user's word, what is said; unknown with a notice."""

from __future__ import annotations

import pytest

from coach.text import parse_text

DIALOGUE = (
    "[00:01] Anna Roth: Danke für die Zeit. Wie planen Sie Ihre Touren heute?\n"
    "[00:20] Ben Kraft: Per Hand. Wir verlieren jede Woche einen Tag mit Umplanen.\n"
    "[00:45] Anna Roth: Unsere Kunden sparen damit im Schnitt 30 Prozent. Wir bieten einen Festpreis pro Fahrzeug.\n"
    "[01:10] Ben Kraft: Wir brauchen das bis zum Sommer, das Budget ist noch offen.\n"
)


def sides(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {t.speaker: t.side for t in doc.turns}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**REP**: Was ist Ihr Ziel?\n**KUNDE**: Kosten senken.\n", {"REP": "seller", "KUNDE": "customer"}),
        (
            "[00:01] Vertrieb (Jan Otte): Worum geht es?\n[00:10] Kunde (Eva Lang, Leitung IT): Um Tickets.\n",
            {"Jan Otte": "seller", "Eva Lang": "customer"},
        ),
        (
            "[00:01] Mia Hahn (AE): Was hat Sie bewogen?\n[00:09] Tim Berg (CFO): Zu viele Fehler.\n",
            {"Mia Hahn": "seller", "Tim Berg": "customer"},
        ),
    ],
)
def test_role_labels(text: str, expected: dict[str, str]) -> None:
    assert sides(parse_text(text)) == expected


def test_company_after_the_name_and_the_seller_company_setting() -> None:
    text = (
        "[00:01] Anna Roth (Kelp GmbH): Wie sieht es aus?\n[00:09] Ben Kraft (Nordholz AG): Schlecht.\n"
        "[00:15] Anna Roth (Kelp GmbH): Verstehe.\n"
    )
    doc = parse_text(text, seller_company="Kelp")
    assert sides(doc) == {"Anna Roth": "seller", "Ben Kraft": "customer"}
    assert doc.seller_company == "Kelp" and doc.customer_company == "Nordholz AG"


def test_coach_company_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_COMPANY", "Nordholz")
    text = "[00:01] Anna Roth (Kelp GmbH): Hallo.\n[00:09] Ben Kraft (Nordholz AG): Hallo.\n[00:15] Anna Roth (Kelp GmbH): Gut.\n"
    assert sides(parse_text(text)) == {"Anna Roth": "customer", "Ben Kraft": "seller"}


def test_content_decides_when_nothing_else_tells_and_says_so() -> None:
    doc = parse_text(DIALOGUE)
    assert sides(doc) == {"Anna Roth": "seller", "Ben Kraft": "customer"}
    assert "text.sides_guessed" in doc.notices


def test_the_user_corrects_the_sides() -> None:
    doc = parse_text(DIALOGUE, seller=["Ben Kraft"])
    assert sides(doc) == {"Anna Roth": "customer", "Ben Kraft": "seller"}


def test_a_colleague_introduced_by_the_seller_is_on_the_seller_side() -> None:
    text = (
        "Ana Ruiz  00:00:01\nHi all, I have Kofi with me, one of our engineers. How do you run audits today?\n\n"
        "Lena Vogt  00:00:09\nMostly spreadsheets. We need something before the next audit.\n\n"
        "Kofi Mensah  00:00:20\nOur customers usually cut audit prep by half. We offer a fixed onboarding package.\n\n"
        "Lena Vogt  00:00:40\nOur budget is not set yet.\n"
    )
    assert sides(parse_text(text)) == {"Ana Ruiz": "seller", "Lena Vogt": "customer", "Kofi Mensah": "seller"}


def test_e_mail_domains_group_people() -> None:
    text = (
        "From: Ben Kraft <ben@nordholz.example>\n\nHi Anna, we need this live by June. Our budget is 40k.\n\n"
        "On Mon, 1 Mar 2027 at 09:00, Anna Roth <anna@kelp.example> wrote:\n"
        "> Hi Ben, our customers save 30 percent. We offer onboarding in two weeks. What is your timeline?\n"
    )
    doc = parse_text(text, seller_company="Kelp")
    assert sides(doc) == {"Ben Kraft": "customer", "Anna Roth": "seller"}


def test_unsure_sides_stay_unknown_with_a_notice() -> None:
    text = "[00:01] Anna: Hallo.\n[00:05] Ben: Hallo.\n[00:09] Anna: Gut.\n[00:12] Ben: Ja.\n"
    doc = parse_text(text)
    assert set(sides(doc).values()) == {"unknown"}
    assert "text.sides_unknown" in doc.notices
    assert len(doc.customer_sentences()) == len(doc.sentences)


def test_side_of_and_customer_sentences() -> None:
    doc = parse_text(DIALOGUE)
    assert (
        doc.side_of("Anna") == "seller"
        and doc.side_of("Kraft") == "customer"
        and doc.side_of("Zed") == "unknown"
    )
    assert all(s.side != "seller" for s in doc.customer_sentences())
    assert any("Unsere Kunden sparen" in s.text for s in doc.seller_sentences())
