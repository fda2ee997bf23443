"""The character n-gram model and the grade cues of the learned qualification model (feature version 7)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import numpy as np
import pytest

from coach.qualify.learned import ngrams
from coach.qualify.learned.features import CUE_NAMES, E5_DIM, cues
from coach.qualify.learned.model import DIMS, PERSON_CUES, specific_needs_evidence
from coach.qualify.learned.units import Unit


def test_ngrams_are_the_padded_word_pieces_and_a_short_word_counts_once() -> None:
    grams = ngrams._grams("Ok Budget")
    assert grams.count(" ok ") == 1  # shorter than 5: one piece, not one per size
    assert {" bu", "bud", "budg", "budge", "get "} <= set(grams)
    assert all(" " not in g.strip() for g in grams)  # never across words


def test_the_hashing_does_not_depend_on_the_process() -> None:
    code = (
        "from coach.qualify.learned import ngrams; print(ngrams.counts('Freigabe durch den CFO')[0].tolist())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    assert runs.pop().strip() == str(ngrams.counts("Freigabe durch den CFO")[0].tolist())


def test_tfidf_rows_are_unit_length_and_rare_pieces_weigh_more() -> None:
    texts = ["the budget is open", "the budget is approved", "the plan is open"]
    idf = ngrams.fit_idf(texts)
    rows = ngrams.tfidf(texts, idf)
    for idx, val in rows:
        assert len(idx) == len(val) > 0
        assert np.isclose(np.linalg.norm(val), 1.0, atol=1e-5)
    common = ngrams.counts("the")[0][0]
    rare = ngrams.counts("approved")[0][0]
    assert idf[rare] > idf[common]


def test_scores_are_the_linear_model_over_the_rows() -> None:
    rng = np.random.default_rng(0)
    w = rng.normal(size=(3, ngrams.N_FEATURES)).astype(np.float32)
    b = np.array([0.5, -1.0, 0.0], np.float32)
    rows = ngrams.tfidf(["Go-live im März", ""], np.ones(ngrams.N_FEATURES, np.float32))
    dense = ngrams.matrix(rows).toarray()
    assert np.allclose(ngrams.scores(rows, w, b), dense @ w.T + b, atol=1e-4)
    assert np.allclose(ngrams.scores(rows, w, b)[1], b)  # an empty sentence scores the bias


def _cue(text: str, name: str, role: str = "customer") -> bool:
    return bool(
        cues(Unit(index=0, text=text, block=0, role=role), None, date(2026, 11, 2))[CUE_NAMES.index(name)]
    )


@pytest.mark.parametrize(
    ("text", "name", "role", "expected"),
    [
        ("The head of operations, Maren Solberg, signs the order.", "full_name", "customer", True),
        ("Entscheidet die Geschäftsführung, Name unbekannt.", "full_name", "customer", False),
        ("Anything below 30k is my call.", "self_decide", "customer", True),
        ("Wir haben 60k für das Projekt freigegeben.", "approved", "customer", True),
        ("Laut Einkauf gibt es irgendwo Mittel.", "second_hand", "unknown", True),
        ("Somewhere around 40-60k, give or take.", "range", "customer", True),
        ("Somewhere around 40-60k, give or take.", "approx", "customer", True),
        ("Sonst verlieren wir den Rahmenvertrag.", "if_missed", "unknown", True),
        ("If it works we could finally close the books in three days.", "if_reached", "customer", True),
        ("Der Vorstand ist eher skeptisch.", "attitude", "unknown", True),
        ("Budget is not discussed yet.", "negation", "unknown", True),
        ("I want this done.", "self_customer", "customer", True),
        (
            "I want this done.",
            "self_customer",
            "unknown",
            False,
        ),  # in the seller's own notes, "I" is the seller
    ],
)
def test_the_grade_and_dimension_cues(text: str, name: str, role: str, expected: bool) -> None:
    assert _cue(text, name, role) is expected


def test_a_named_decision_maker_may_be_specific_a_role_alone_may_not() -> None:
    named = Unit(index=0, text="Practice manager Ruth Okafor decides.", block=0, role="customer")
    role_only = Unit(index=1, text="The CFO decides.", block=0, role="customer")
    x = np.zeros((2, E5_DIM + len(CUE_NAMES)), np.float32)
    for i, u in enumerate((named, role_only)):
        x[i, E5_DIM:] = cues(u, None, date(2026, 11, 2))
    probs = np.zeros((2, len(DIMS), 4))
    probs[:, :, 0] = 1.0  # the classifier says "specific" for both
    out = specific_needs_evidence(x, probs, [named.text, role_only.text])
    j = DIMS.index("authority")
    assert "full_name" in PERSON_CUES
    assert out[0, j, 0] == 1.0
    assert out[1, j, 0] == 0.0 and out[1, j, 1] == 1.0


def test_the_shipped_model_fuses_the_ngram_model_into_the_dimension_scores() -> None:
    from coach.qualify.learned.apply import prepare, shipped_model

    model = shipped_model()
    assert model is not None and "ng_w" in model.arrays
    assert model.arrays["ng_w"].shape == (len(DIMS), ngrams.N_FEATURES)
    prep = prepare("- Budget: 80k approved by the CFO\n- Go-live planned for March 2027\n")
    texts = [s.text for s in prep.segments]
    fused = model.dim_probs(prep.x, texts)
    alone = model.dim_probs(prep.x)
    assert fused.shape == alone.shape == (len(texts), len(DIMS))
    assert not np.allclose(fused, alone)
    budget_line = next(i for i, t in enumerate(texts) if "80k" in t)
    assert int(np.argmax(fused[budget_line])) == DIMS.index("budget")
