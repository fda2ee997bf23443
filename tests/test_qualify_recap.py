"""A seller's recap counts as the customer's situation only when the customer confirms it, in any usual wording."""

from __future__ import annotations

import pytest

from coach.text.evidence import confirms
from coach.text.model import Turn


def _turn(text: str, side: str) -> Turn:
    return Turn(index=0, speaker="Kim" if side == "seller" else "Ola", side=side, text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "recap,reply",
    [
        (
            "Let me play it back: go-live before the autumn audit, and your CFO, Tariq Osei, signs. Did I miss anything?",
            "No, that's it.",
        ),
        (
            "Just so I've got it right: three plants first, then the rest in 2028. Is that accurate?",
            "Exactly.",
        ),
        (
            "Kurz zum Mitschreiben, to recap: Start im April, Frau Lindqvist entscheidet. Fehlt noch was?",
            "Nein, das war's.",
        ),
    ],
)
def test_a_confirmed_recap_counts(recap: str, reply: str) -> None:
    assert confirms(_turn(reply, "customer"), _turn(recap, "seller"))


@pytest.mark.parametrize(
    "statement,reply",
    [
        ("We usually roll out in three phases over six months.", "No, that's it."),  # no recap: a pitch
        ("Let me play it back: you want to start in April. Did I miss anything?", "No, the date is wrong."),
        ("Did I miss anything? Our licence is 40,000 euros a year.", "Nope, that's all."),  # our price
    ],
)
def test_a_pitch_or_a_correction_does_not(statement: str, reply: str) -> None:
    assert not confirms(_turn(reply, "customer"), _turn(statement, "seller"))


def test_the_transcripts_suite_reports_qualification_per_dimension() -> None:
    from pathlib import Path

    import yaml

    from coach.evals.base import EvalContext
    from coach.evals.suites.transcripts import evaluate
    from coach.llm.brain import offline_brain
    from coach.settings import load_settings

    labels = Path(__file__).parent / "fixtures" / "text" / "labels.yaml"
    out = evaluate(EvalContext(settings=load_settings(), brain=offline_brain(), dataset=labels))
    per_dim = {
        k[len("label_accuracy_") :]: v for k, v in out.metrics.items() if k.startswith("label_accuracy_")
    }
    counts: dict[str, int] = {}
    for case in yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]:
        for dim in case.get("labels") or {}:
            counts[dim] = counts.get(dim, 0) + 1
    assert set(per_dim) == set(counts)
    # the pooled accuracy is the per-dimension accuracies weighted by how many labels each has
    pooled = sum(per_dim[d] * n for d, n in counts.items()) / sum(counts.values())
    assert abs(pooled - out.metrics["label_accuracy"]) < 0.01
