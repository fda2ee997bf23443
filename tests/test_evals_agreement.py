"""The second reading of tuning documents: agreement is computed right, and every re-labelled id is a tuning doc."""

from __future__ import annotations

import pytest

from coach.evals.agreement import agreement, load_pairs, main


def test_agreement_counts_same_labels_and_covered_precision() -> None:
    first = {"goals": "covered", "budget": "partial", "timeline": "missing"}
    second = {"goals": "covered", "budget": "covered", "timeline": "missing"}
    result = agreement([(first, second), (first, first)])
    assert result["label_agreement"] == round(5 / 6, 4)
    assert result["covered_precision"] == round(2 / 3, 4) and result["covered_recall"] == 1.0
    assert result["per_dimension"] == {"goals": 1.0, "budget": 0.5, "timeline": 1.0}


def test_the_second_reading_covers_tuning_documents_of_every_author(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pairs = load_pairs()
    assert len(pairs) >= 40 and all(len(labels) == 11 for _, labels in pairs)
    assert main([]) == 0
    assert "covered precision" in capsys.readouterr().out
