"""Patterns built per person name: compiled once (memoised), and the name-then-tail search finds what one combined
regular expression finds."""

from __future__ import annotations

import re

import pytest

from coach.minutes.parties import _NAME_TAIL_DASH, _NAME_TAIL_LEGAL, _after_name, _bracket_org, rx
from coach.minutes.patterns import word
from coach.text.model import Participant

TEXTS = [
    "Teilnehmer: Jana Kowalczyk (CFO), Nordlicht Speicher GmbH; Piet Brandt – Einkauf, Westhafen Holz AG",
    "Attendees: Omar Reyes - Harbourline Freight Ltd | Omar Reyesson – Ops, Kestrel Labs Inc.",
    "Jana Kowalczyk-Brandt, Nordlicht Speicher GmbH. Later Jana Kowalczyk – Nordlicht Speicher",
    "Anna Anna Anna, Lindgren Papier AB",
    "no names here at all, Graufeld Bau GmbH",
    "Piet Brandt\n– Kestrel Labs\nPiet Brandt, CTO, Westhafen Holz AG",
]
NAMES = ["Jana Kowalczyk", "Kowalczyk", "Piet Brandt", "Brandt", "Omar Reyes", "Reyes", "Anna Anna", "Anna"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("tail", [_NAME_TAIL_LEGAL, _NAME_TAIL_DASH], ids=["legal", "dash"])
def test_after_name_matches_one_combined_search(text: str, tail: re.Pattern[str]) -> None:
    for name in NAMES:
        combined = re.search(word(name) + tail.pattern, text)
        got = _after_name(text, name, tail)
        assert (got and got.group("org")) == (combined and combined.group("org")), name
        if combined:
            assert got.end() == combined.end()


def test_rx_returns_the_same_compiled_pattern() -> None:
    pattern = word("Jana Kowalczyk") + r"\s*\("
    assert rx(pattern) is rx(pattern)
    assert rx(pattern, re.IGNORECASE) is not rx(pattern)
    assert rx(pattern, re.IGNORECASE).flags & re.IGNORECASE


def test_bracket_org_reads_the_organisation_after_the_name() -> None:
    text = "Runde: Jana Kowalczyk (CFO), Nordlicht Speicher GmbH; Piet Brandt – Westhafen Holz"
    assert _bracket_org(text, Participant(name="Jana Kowalczyk"), []) == "Nordlicht Speicher GmbH"
    assert _bracket_org(text, Participant(name="Piet Brandt"), ["Westhafen Holz"]) == "Westhafen Holz"
    assert _bracket_org(text, Participant(name="Omar Reyes"), []) is None
