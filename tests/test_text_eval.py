"""The transcripts eval suite, run on our own small fixtures (the authors' set is scored by `coach eval`)."""

from __future__ import annotations

from pathlib import Path

from coach.evals.base import EvalContext
from coach.evals.suites.transcripts import align_turns, evaluate, same_person
from coach.llm.brain import offline_brain
from coach.messages import LANGS, known
from coach.settings import load_settings
from coach.text import parse_text

LABELS = Path(__file__).parent / "fixtures" / "text" / "labels.yaml"


def test_suite_on_own_fixtures() -> None:
    out = evaluate(EvalContext(settings=load_settings(), brain=offline_brain(), dataset=LABELS))
    m = out.metrics
    assert out.cases == 8
    assert m["turn_attribution"] >= 0.95 and m["format_accuracy"] == 1.0
    assert m["seller_claims_as_evidence"] == 0 and m["seller_claims_checked"] >= 8
    assert m["participant_recall"] >= 0.9
    # per author (the case id's prefix), the same figures as over all cases when there is one author
    assert m["author_own_turns"] == m["turn_attribution"]
    assert m["author_own_customer_company"] == m["customer_company_accuracy"]
    # participants found on the right side, per author: at most those found at all
    right_side = round(m["participant_recall"] * m["participant_side_accuracy"], 4)
    assert abs(m["author_own_participants"] - right_side) <= 0.0002


def test_alignment_counts_missing_and_wrong_turns() -> None:
    doc = parse_text("[00:01] Anna (AE): Hallo?\n[00:05] Ben (Kunde): Hallo.\n")
    expected = [{"speaker": "Anna", "side": "seller"}, {"speaker": "Ben", "side": "customer"}]
    assert align_turns(expected, doc) == (2, 2, 2)
    assert align_turns([*expected, {"speaker": "Cem", "side": "customer"}], doc)[0] == 2
    assert align_turns([{"speaker": "Anna", "side": "customer"}, expected[1]], doc) == (1, 2, 1)


def test_same_person() -> None:
    assert same_person("Dr. Jana Roth", "jana roth") and same_person("Jana Roth", "Jana")
    assert not same_person("Jana Roth", "Karl Ebert")


def test_every_text_message_has_both_languages() -> None:
    import coach.text.messages  # noqa: F401

    table = {k: v for k, v in known().items() if k.startswith("text.")}
    assert len(table) >= 10
    assert all(all(v.get(lang) for lang in LANGS) for v in table.values())


def test_qualification_reasons_are_messages_in_both_languages() -> None:
    from coach.qualify import analyse
    from coach.qualify.reasons import REASONS, reason_text

    assert all(set(texts) >= set(LANGS) for texts in REASONS.values())
    assert reason_text("budget not discussed", "de") == "Budget nicht besprochen"
    assert reason_text("budget not discussed", "en") == "budget not discussed"
    english = {texts["en"] for texts in REASONS.values()}
    notes = "- Budget: unser Preis 50k\n- Ziel: Kosten senken\n- Entscheider noch offen, Timeline nicht besprochen"
    result = analyse(notes, lang="de")
    reasons = [d.summary.split(" — ", 1)[-1] for d in [*result.dimensions, *result.extensions]]
    assert not [r for r in reasons if r in english and r != reason_text(r, "de")]


def test_a_blind_folder_is_logged_and_not_itemised(tmp_path: Path) -> None:
    import shutil

    blind = tmp_path / "blind9"
    shutil.copytree(LABELS.parent, blind)
    (blind / "labels.yaml").write_text(
        LABELS.read_text(encoding="utf-8").replace(
            '{speaker: "Olaf Brand", side: customer}', '{speaker: "Olaf Brand", side: seller}', 1
        ),
        encoding="utf-8",
    )
    out = evaluate(EvalContext(settings=load_settings(), brain=offline_brain(), dataset=blind))
    assert out.cases == 8 and out.metrics["turn_attribution"] < 1.0
    assert [f.case for f in out.failures] == ["blind"]  # counts only: no case text leaks into tuning
    log = (tmp_path / "BLIND_LOG.md").read_text(encoding="utf-8")
    assert log.count("(blind9)") == 1 and f"| {out.metrics['label_accuracy']:.4f} |" in log
