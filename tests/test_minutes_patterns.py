"""The minutes' fast pattern helpers give exactly the results of the plain patterns they replace."""

from __future__ import annotations

import re

import pytest

from coach.minutes import decision, extract
from coach.minutes.gates import load_rules
from coach.minutes.patterns import Prefiltered, fast, split_sentences, word
from coach.text.sentences import sentence_texts

SENTENCES = [
    "Die Geschäftsführung hat heute klar ja gesagt, der Vertrag wird nächste Woche unterschrieben.",
    "Frau Oduya sagte zu, aber nur wenn die Schnittstelle bis Ende des Monats läuft.",
    "Keine Entscheidung heute – der Vorstand entscheidet im Januar.",
    "We decided not to proceed with the rollout this year.",
    "Motion to approve the contract carried 5-0.",
    "The CFO is worried the price is too high; open question who pays the training.",
    "Einstimmig beschlossen: Beauftragung des Anbieters.",
    "Das PDF mit der Bestellung ist noch im Meeting eingegangen.",
    "Lunch was good and the weather was fine.",
    "GO from the steering committee!",
    "Unterschrieben hat bisher nur unsere Seite, die Gegenzeichnung steht aus.",
    "İSTANBUL office joins later, ſigned copy follows.",
    "",
]


def _plain_patterns() -> list[tuple[str, Prefiltered]]:
    found = [
        ("positive", decision._POSITIVE),
        ("negative", decision._NEGATIVE),
        ("pending", decision._PENDING),
        ("condition", decision.CONDITION),
        ("label", decision._LABEL),
        ("objection", extract._OBJECTION),
        ("open", extract._OPEN),
    ]
    for gate in load_rules().gates.values():
        found += [(f"{gate.id}.{k}", p) for k, p in gate.cues.items()]
    return found


@pytest.mark.parametrize(
    ("name", "pattern"), _plain_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_prefiltered_patterns_match_exactly_as_the_plain_pattern(name: str, pattern: Prefiltered) -> None:
    plain = pattern.compiled
    for text in SENTENCES:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert bool(pattern.search(text)) == bool(plain.search(text)), text
        assert pattern.sub("_", text) == plain.sub("_", text), text


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(ja gesagt|klar ja|\bzugesagt\b)", "Sie hat zugesagt.", True),
        (r"(ja gesagt|klar ja|\bzugesagt\b)", "Sie hat abgesagt.", False),
        (
            r"(?:signed|unterschrieb\w*) (?:the |den )?(?:contract|vertrag)",
            "Unterschrieben den Vertrag",
            True,
        ),
        (r"(?-i:\bGO\b)", "the go-live", False),
        (r"(?-i:\bGO\b)", "GO!", True),
        (r"^\W*(?:zusage|go)\s*!", "— Zusage !", True),
        (r"\d+ Lizenzen", "120 Lizenzen", True),
        (r"(?:a|)b", "b", True),  # an empty branch: nothing is required, the pattern always runs
    ],
)
def test_prefilter_never_hides_a_match(pattern: str, text: str, expected: bool) -> None:
    assert bool(fast(pattern, re.IGNORECASE).search(text)) is expected
    assert bool(re.compile(pattern, re.IGNORECASE).search(text)) is expected


def test_prefilter_needs_a_literal_of_every_branch() -> None:
    pattern = fast(r"(grünes licht|green light|\bgo[- ]ahead\b)", re.IGNORECASE)
    assert pattern.literals is not None and "grünes licht" in pattern.literals
    assert not pattern.possible("Der Preis war zu hoch.")
    assert pattern.possible("GRÜNES LICHT vom Vorstand")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "Anna Berg",
            "Anna Berg (CFO), Dr. Anna Berg, Hanna Berger, Anna Berg-Schmidt, x-Anna Berg, Anna Berg.",
        ),
        ("Vogt", "Vogt klärt; Markus Vogt; Vogtland; Vogt-Partner; _Vogt; Vogt"),
        ("José Álvarez", "José Álvarez, JoséÁlvarez, José Álvarez3, (José Álvarez)"),
        ("Ng", "Ng\nNg-Li Ng"),
    ],
)
def test_word_matches_where_the_lookbehind_pattern_matches(name: str, text: str) -> None:
    old = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    assert [m.span() for m in re.finditer(word(name), text)] == [m.span() for m in re.finditer(old, text)]
    assert [m.span() for m in re.finditer(word(name), text, re.I)] == [
        m.span() for m in re.finditer(old, text, re.I)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Frau Berg bestätigt das. Wir schicken das Angebot bis Fr. 12.3. an Dr. Vogt.",
        "We agreed on the rollout. Anna sends the DPA by Friday! Any questions?",
    ],
)
def test_the_memoised_splitter_is_the_text_layers(text: str) -> None:
    first = split_sentences(text)
    assert first == sentence_texts(text)
    first.append("changed")  # a caller's list is its own: the memo is not touched
    assert split_sentences(text) == sentence_texts(text)
