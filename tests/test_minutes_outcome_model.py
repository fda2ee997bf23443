"""The decision over the whole text: new general cues (votes on a motion with conditions, 'will proceed with',
a refused award) and the document-level outcome model with its artefact."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from coach.minutes import outcome
from coach.minutes.decision import find_decision
from coach.minutes.engine import draft_minutes
from coach.minutes.learned import ARTEFACT as SENTENCE_ARTEFACT
from coach.minutes.learned import corpus
from coach.minutes.outcome_train import data_hash, tuning_files
from coach.text.lines import segment


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "4. Scheduling suite\nMotion: to approve the purchase of the scheduling suite, subject to (a) a clean "
            "security review and (b) a cap on yearly price rises. Proposed by K. Obi, seconded by L. Marsh. "
            "Carried 4-1.",
            "positive_with_conditions",
        ),
        (
            "TOP 3 Lagersoftware\nAntrag: Anschaffung der Lagersoftware vorbehaltlich der Zustimmung des "
            "Personalrats. Einstimmig angenommen.",
            "positive_with_conditions",
        ),
        ("Decision: the trust will proceed with the new rostering tool in every ward.", "positive"),
        ("Beschluss: Der Aufsichtsrat beschließt die Anschaffung der neuen Lagersoftware.", "positive"),
        (
            "After a short discussion the board approved the introduction of the learning platform.",
            "positive",
        ),
        ("Outcome: the hospital group goes ahead with the platform in all wards.", "positive"),
        ("Ergebnis: Der Auftrag wird nicht an den Anbieter vergeben.", "negative"),
        ("She told us they won't be proceeding with our platform this year.", "negative"),
        ("In the end they decided to stay with their existing supplier.", "negative"),
        ("Call notes: go / no-go on the planner\nSo the decision is yes, we roll it out.", "positive"),
        ("Termin: Go oder No-Go Kassensystem\nWir machen das.", "positive"),
        (
            "Today is the go or no-go on the planner.\nWe agreed to park the decision until the May budget round.",
            "pending",
        ),
        ("Go or no-go review, planner rollout\nHonestly, we're not going to get to a yes today.", "pending"),
        ("Hiermit erteilen wir Ihnen den Auftrag für die Lagersoftware.", "positive"),
        (
            "Der Vorstand gibt grünes Licht unter den zwei genannten Voraussetzungen (Betriebsrat, Datenschutz).",
            "positive_with_conditions",
        ),
        ("Decision: approved.", "positive"),
        ("Beschluss: angenommen.", "positive"),
    ],
)
def test_general_decision_cues(notes: str, expected: str) -> None:
    assert find_decision(segment(notes)).outcome == expected


def test_a_vote_on_a_motion_takes_the_motions_conditions() -> None:
    notes = (
        "Motion: to approve the award of the fleet contract, subject to a satisfactory reference visit. "
        "Carried 5-0.\nThe clerk will circulate the minutes."
    )
    decision = find_decision(segment(notes))
    assert decision.outcome == "positive_with_conditions"
    assert any("reference visit" in c for c in decision.conditions)


def test_without_an_artefact_the_rules_decide(tmp_path: Path) -> None:
    lines = segment("Entscheidung: Ja, wir machen das.")
    rules = find_decision(lines)
    assert outcome.shipped(tmp_path / "none.npz") is None
    assert outcome.decide(lines, rules, npz=tmp_path / "none.npz") is rules


def test_candidates_prefer_labelled_sentences_and_skip_action_lists() -> None:
    notes = (
        "Notizen\nDer Preis wurde diskutiert. Entscheidung: Zusage unter Vorbehalt des Betriebsrats.\n"
        "Nächste Schritte:\n- Anna entscheidet bis Freitag über die Schulung"
    )
    found = outcome.candidates(segment(notes))
    assert [c.text for c in found] == ["Entscheidung: Zusage unter Vorbehalt des Betriebsrats."]


def test_learned_features_have_the_documented_width() -> None:
    probs = np.array([[0.7, 0.1, 0.1, 0.05, 0.05], [0.1, 0.8, 0.0, 0.05, 0.05]], dtype=np.float32)
    polarity = np.array([[0.9, 0.05, 0.03, 0.02], [0.2, 0.7, 0.05, 0.05]], dtype=np.float32)
    x = outcome.learned_features(probs, polarity)
    lines = segment("Decision: yes.")
    structured = outcome.structured_features(lines, find_decision(lines))
    assert len(structured) + len(x) == len(outcome.FEATURES)
    assert x[0] == pytest.approx(0.7) and x[1] == pytest.approx(0.8)
    assert list(x[3:7]) == pytest.approx([0.9, 0.05, 0.03, 0.02])  # the polarity of the likeliest decision


def test_training_refuses_a_blind_split(tmp_path: Path) -> None:
    (tmp_path / "blind4").mkdir()
    with pytest.raises(ValueError):
        tuning_files(tmp_path / "blind4")
    with pytest.raises(ValueError):
        corpus(tmp_path / "blind4")


@pytest.mark.skipif(not outcome.ARTEFACT.exists(), reason="built by `make train`")
def test_the_outcome_artefact_is_not_stale_and_says_why_it_is_used() -> None:
    header = json.loads(outcome.ARTEFACT.with_suffix(".json").read_text(encoding="utf-8"))
    assert header["features"] == list(outcome.FEATURES)
    assert header["feature_version"] == outcome.FEATURE_VERSION
    assert header["data_hash"] == data_hash(tuning_files()), "tuning notes changed: run `make train`"
    if header["threshold"] <= 1.0:  # it may override the rules only when it is not worse held out by author
        assert header["loao"]["combined"] >= header["loao"]["rules"]


@pytest.mark.skipif(not SENTENCE_ARTEFACT.exists(), reason="built by `make train`")
def test_the_sentence_artefact_is_not_stale() -> None:
    header = json.loads(SENTENCE_ARTEFACT.with_suffix(".json").read_text(encoding="utf-8"))
    rows = corpus()
    digest = hashlib.sha256("\n".join(f"{a}\t{t}\t{lab}" for a, t, lab in rows).encode()).hexdigest()[:16]
    assert header["data"] == digest, "tuning sentences changed: run `make train`"
    assert header["authors"] == len({a for a, _, _ in rows})


def test_the_drafted_decision_is_deterministic() -> None:
    notes = (
        "Protokoll 03.11.2027\nTeilnehmer: Anna Berg (Kunde AG), Tom Klein (Vertrieb)\n"
        "Entscheidung: Wir führen die Plattform ein, aber nur wenn der Betriebsrat zustimmt.\n"
        "Nächste Schritte:\n- Tom schickt bis Freitag den Vertrag"
    )
    first, second = draft_minutes(notes), draft_minutes(notes)
    assert first.decision == second.decision
    assert first.decision.outcome == "positive_with_conditions"
