"""The learned action detector's threshold, chosen holding out one author at a time: a sentence the rules passed
over needs less confidence when it names a due date than when it does not."""

from __future__ import annotations

import pytest

from coach.minutes.actions import LEARNED_THRESHOLD, LEARNED_THRESHOLD_DUE, learned_threshold


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Ich kümmere mich bis Freitag um die Preisliste.", True),
        ("Das Angebot schicke ich Ihnen bis 14.05.2027.", True),
        ("I'll sort out the price sheet by Friday.", True),
        ("We get the revised quote over to you by end of next week.", True),
        ("Ich kümmere mich um die Preisliste.", False),
        ("Das mit dem Angebot mache ich.", False),
        ("I'll sort out the price sheet.", False),
        ("We can look into the quote again.", False),
    ],
)
def test_a_dated_sentence_needs_less_confidence(sentence: str, dated: bool) -> None:
    assert learned_threshold(sentence) == (LEARNED_THRESHOLD_DUE if dated else LEARNED_THRESHOLD)


def test_the_thresholds_keep_their_order() -> None:
    assert 0.0 < LEARNED_THRESHOLD_DUE < LEARNED_THRESHOLD < 1.0
