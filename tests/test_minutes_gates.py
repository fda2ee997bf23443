"""Quality gates: met only with a quoted proof; promises, hedges, skipped reviews and silence are not met."""

from __future__ import annotations

import pytest

from coach.minutes.gates import check_gates, contract_parts_in, load_rules
from coach.minutes.models import GATE_IDS
from coach.text.lines import segment
from coach.text.people import find_people as extract_people
from coach.text.quotes import quote_in as occurs_in

HEADER_DE = (
    "Entscheidungsmeeting Nordlicht Logistik GmbH, 14.10.2027\n"
    "Teilnehmer Kunde: Jana Wolff (COO), Peter Lang (Einkauf)\n"
    "Teilnehmer wir: Max Berger (AE), Sina Roth (Presales)\n"
)
HEADER_EN = (
    "Decision meeting Bluefin Retail Ltd, 7 October 2027\n"
    "Attendees: Mia Fischer (CFO), Tom Baker (IT Director). Us: Owen Price (AE), Ada Stone (SE).\n"
)


def gates_of(notes: str, lang: str = "de") -> dict[str, object]:
    lines = segment(notes)
    people = extract_people(lines)
    return {g.id: g for g in check_gates(lines, people, lang)}


def test_gate_file_is_the_one_definition() -> None:
    rules = load_rules()
    assert tuple(rules.gates) == GATE_IDS
    assert [p.id for p in rules.parts] == ["scope", "price", "timeline", "terms"]
    for gate in rules.gates.values():
        assert gate.label["de"] and gate.label["en"] and gate.requirement["de"] and gate.requirement["en"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Rahmenvertrag inkl. Leistungsbeschreibung, Preisblatt, Projektzeitplan und AGB",
            {"scope", "price", "timeline", "terms"},
        ),
        ("the pricing schedule (Annex B) is still open", {"price"}),
        ("MSA covering scope, rollout timeline and legal terms", {"scope", "timeline", "terms"}),
        ("Offen: Haftungsbegrenzung und Zahlungsbedingungen", {"terms"}),
        ("signed, but the SLA annex is open", {"terms"}),
        ("Laufzeit 36 Monate", set()),
    ],
)
def test_contract_parts_are_matched_longest_first(text: str, parts: set[str]) -> None:
    assert contract_parts_in(text) == parts


@pytest.mark.parametrize(
    ("body", "lang", "status"),
    [
        (
            "- Rückblick auf Workshops und Pilot: Frau Wolff bestätigt, dass alle Ergebnisse bekannt und verstanden sind",
            "de",
            "met",
        ),
        (
            '- Review der Ergebnisse aus MS1–5, Lang: "haben wir alles gelesen und verstanden" -> bestätigt',
            "de",
            "met",
        ),
        (
            "We recapped the pilot. Mia confirmed that her team reviewed all pilot results and understood them.",
            "en",
            "met",
        ),
        ("- Rückblick aus Zeitgründen übersprungen, direkt zum Angebot", "de", "not_met"),
        (
            "The engagement recap was skipped; nobody asked whether they had read the workshop report.",
            "en",
            "not_met",
        ),
        ("- Rückblick: Frau Wolff meint, das Team habe die Berichte wohl gelesen", "de", "unclear"),
        ('Recap: Tom said "I think we\'ve seen most of the pilot results".', "en", "unclear"),
        (
            "- Rückblick: Frau Wolff bestätigt, alle Ergebnisse verstanden. Die IT kennt die Pilotergebnisse aber nicht.",
            "de",
            "unclear",
        ),
        (
            "- Rückblick: Frau Wolff bestätigt, alle Ergebnisse sind bekannt – bis auf den Pilotbericht, den hat die IT nicht gelesen.",
            "de",
            "unclear",
        ),
        (
            "Recap: Mia confirmed the team understood the results, except Tom, who missed the recap.",
            "en",
            "unclear",
        ),
        ("- Rückblick: Haben alle die Ergebnisse verstanden?", "de", "not_met"),
        ("- Wir haben die Workshop-Ergebnisse noch einmal vorgestellt.", "de", "not_met"),
        ("- Angebot: 120 Lizenzen, 3 Jahre", "de", "not_met"),
    ],
)
def test_engagement_reviewed(body: str, lang: str, status: str) -> None:
    notes = (HEADER_DE if lang == "de" else HEADER_EN) + body + "\n"
    gate = gates_of(notes, lang)["engagement_reviewed"]
    assert gate.status == status
    assert all(occurs_in(q, notes) for q in gate.evidence)
    if status == "met":
        assert gate.evidence and gate.missing == []
    else:
        assert gate.missing == ["customer_confirmation"]


@pytest.mark.parametrize(
    ("body", "lang", "status"),
    [
        (
            "- Entscheidung: Ja. Herr Lang hat die unterschriebene Bestellung noch im Termin per E-Mail geschickt.",
            "de",
            "met",
        ),
        ("- Frau Wolff unterschreibt das Auftragsformular direkt im Termin.", "de", "met"),
        ("Decision: yes. Mia e-mailed the signed purchase order during the meeting.", "en", "met"),
        ("Decision: yes. The PO was received by e-mail at 11:40.", "en", "met"),
        ("- Entscheidung: Ja (mündlich). Die Bestellung kommt per Mail vom Einkauf.", "de", "not_met"),
        ("- Zusage mündlich, PO folgt nächste Woche", "de", "not_met"),
        ("Decision: yes. Tom will send the written confirmation next week.", "en", "not_met"),
        ("- schriftlich nix bisher", "de", "not_met"),
        (
            "- Frau Wolff sagt, die Zusage sei angeblich schon per Mail raus – bei uns ist nichts angekommen",
            "de",
            "unclear",
        ),
        (
            "Mia thinks the signed order was probably e-mailed yesterday, but we have not received it.",
            "en",
            "unclear",
        ),
        ("- Wir haben das Angebot per E-Mail geschickt.", "de", "not_met"),
        ("- Entscheidung: Ja.", "de", "not_met"),
    ],
)
def test_decision_in_writing(body: str, lang: str, status: str) -> None:
    notes = (HEADER_DE if lang == "de" else HEADER_EN) + body + "\n"
    gate = gates_of(notes, lang)["decision_in_writing"]
    assert gate.status == status
    assert all(occurs_in(q, notes) for q in gate.evidence)
    if status == "met":
        assert gate.evidence


@pytest.mark.parametrize(
    ("body", "lang", "status", "missing"),
    [
        (
            "- Vertrag mit Leistungsbeschreibung, Preisblatt, Zeitplan und AGB von Frau Wolff unterschrieben.",
            "de",
            "met",
            [],
        ),
        (
            "The agreement was signed by both sides; scope, pricing, timeline and terms are all included.",
            "en",
            "met",
            [],
        ),
        (
            "The contract was signed by both parties, but the SLA annex is still open.",
            "en",
            "not_met",
            ["terms"],
        ),
        (
            "- Hauptvertrag mit Leistungsumfang und AGB unterschrieben. Offen: Preisanlage und Projektzeitplan.",
            "de",
            "not_met",
            ["price", "timeline"],
        ),
        (
            "- Den Vertrag haben wir schon unterschrieben, die Gegenzeichnung durch Frau Wolff steht noch aus.",
            "de",
            "not_met",
            ["customer_signature"],
        ),
        (
            "Contract signed by us, waiting for their countersignature.",
            "en",
            "not_met",
            ["customer_signature"],
        ),
        (
            "- Nur die Geheimhaltungsvereinbarung (NDA) ist unterschrieben.",
            "de",
            "not_met",
            ["customer_signature"],
        ),
        (
            "- Vertrag: Herr Lang glaubt, der unterschriebene Vertrag liegt wohl schon bei der Rechtsabteilung.",
            "de",
            "unclear",
            ["customer_signature"],
        ),
        (
            "Tom said legal may have signed the contract already, nobody knew for sure.",
            "en",
            "unclear",
            ["customer_signature"],
        ),
        ("- Vertrag noch nicht verschickt.", "de", "not_met", ["customer_signature"]),
        (
            "- Pilotvertrag mit Leistungsumfang, Preis, Zeitplan und AGB von Frau Wolff unterschrieben.",
            "de",
            "not_met",
            ["customer_signature"],
        ),
        (
            "Letter of intent signed by Mia, covering scope, price, timeline and terms.",
            "en",
            "not_met",
            ["customer_signature"],
        ),
        (
            "- Vertrag mit Leistungsbeschreibung, Preisblatt, Zeitplan und AGB unterschrieben, die Rechtsabteilung prüft noch.",
            "de",
            "not_met",
            ["customer_signature"],
        ),
        (
            "- Vertrag mit Leistungsumfang, Zeitplan und AGB unterschrieben, Preisblatt folgt.",
            "de",
            "not_met",
            ["price"],
        ),
        ("- Angebot: 120 Lizenzen, 3 Jahre.", "de", "not_met", ["customer_signature"]),
    ],
)
def test_contract_signed(body: str, lang: str, status: str, missing: list[str]) -> None:
    notes = (HEADER_DE if lang == "de" else HEADER_EN) + body + "\n"
    gate = gates_of(notes, lang)["contract_signed"]
    assert gate.status == status
    assert gate.missing == missing
    assert all(occurs_in(q, notes) for q in gate.evidence)


def test_action_items_never_count_as_proof() -> None:
    notes = (
        HEADER_DE
        + "- Entscheidung: Ja.\nToDos\n- Bestellung per E-Mail schicken – Peter Lang – bis Freitag\n"
    )
    assert gates_of(notes)["decision_in_writing"].status == "not_met"


def test_silence_is_never_met() -> None:
    notes = HEADER_EN + "We talked about the weather and the next trade fair.\n"
    assert all(g.status == "not_met" and not g.evidence for g in gates_of(notes, "en").values())


def test_gate_labels_follow_the_language() -> None:
    assert (
        gates_of(HEADER_DE + "- Entscheidung: Ja.\n", "de")["contract_signed"].label
        == "Vertrag unterschrieben"
    )
    assert gates_of(HEADER_EN + "Decision: yes.\n", "en")["contract_signed"].label == "Contract signed"
