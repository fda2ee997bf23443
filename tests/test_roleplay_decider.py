"""The buyer's learned decision (fact / next layer / deflect): artefact, features, training, fallback."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from coach.roleplay import answering, decider, fact_ranking
from coach.roleplay.answer_kinds import unit_missing
from coach.roleplay.decider_train import Rows, data_hash, fit, scenario_files, to_dict, training_files
from coach.roleplay.matching import embeddings_available
from coach.roleplay.scenarios import load_scenarios

needs_embeddings = pytest.mark.skipif(
    not embeddings_available(), reason="the bundled e5 model is not loadable"
)


def test_the_artefact_is_not_stale() -> None:
    header = json.loads(decider.ARTEFACT.read_text(encoding="utf-8"))
    assert header["feature_version"] == decider.FEATURE_VERSION
    assert header["features"] == list(decider.FEATURES)
    assert header["data_hash"] == data_hash(), "tuning probes changed: run `make train`"
    assert decider.load_model() is not None


def test_the_artefact_was_built_for_todays_ranking_features() -> None:
    header = json.loads(decider.ARTEFACT.read_text(encoding="utf-8"))
    assert header["ranker"], "the shipped artefact carries the fact ranker"
    assert header["rank_feature_version"] == fact_ranking.RANK_FEATURE_VERSION
    assert header["rank_features"] == list(fact_ranking.RANK_FEATURES)


def _with_ranker(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    pairs = rng.normal(size=(60, len(fact_ranking.RANK_FEATURES))) + 0.5
    return to_dict(replace(fit(_rows(seed)), ranker=fact_ranking.fit_ranker(pairs)))


def test_an_artefact_whose_ranker_has_other_features_is_ignored(tmp_path: Path) -> None:
    content = _with_ranker(4)
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps(content), encoding="utf-8")
    model = decider.load_model(ok)
    assert model is not None and model.ranker is not None
    renamed = {**content, "rank_features": [*fact_ranking.RANK_FEATURES[:-1], "something_else"]}
    (tmp_path / "renamed.json").write_text(json.dumps(renamed), encoding="utf-8")
    assert decider.load_model(tmp_path / "renamed.json") is None
    bumped = {**content, "rank_feature_version": fact_ranking.RANK_FEATURE_VERSION + 1}
    (tmp_path / "bumped.json").write_text(json.dumps(bumped), encoding="utf-8")
    assert decider.load_model(tmp_path / "bumped.json") is None
    unlabelled = {k: v for k, v in content.items() if not k.startswith("rank_feature")}
    (tmp_path / "unlabelled.json").write_text(json.dumps(unlabelled), encoding="utf-8")
    assert decider.load_model(tmp_path / "unlabelled.json") is None


def test_a_changed_ranking_feature_changes_the_data_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tune.yaml"
    path.write_text("author: x\nprobes: []\n", encoding="utf-8")
    before = data_hash([path])
    monkeypatch.setattr(fact_ranking, "RANK_FEATURES", (*fact_ranking.RANK_FEATURES, "new_feature"))
    added = data_hash([path])
    assert added != before
    monkeypatch.setattr(fact_ranking, "RANK_FEATURE_VERSION", fact_ranking.RANK_FEATURE_VERSION + 1)
    assert data_hash([path]) not in (before, added)


def test_training_reads_tuning_files_only(tmp_path: Path) -> None:
    for name in ("tune.yaml", "tune2.yaml", "heldback.yaml", "heldback2.yaml", "notes.yaml"):
        (tmp_path / name).write_text("probes: []\n", encoding="utf-8")
    assert [p.name for p in training_files(tmp_path)] == ["tune.yaml", "tune2.yaml"]


def test_a_changed_probe_file_changes_the_data_hash(tmp_path: Path) -> None:
    path = tmp_path / "tune.yaml"
    path.write_text("author: x\nprobes: []\n", encoding="utf-8")
    before = data_hash([path])
    path.write_text("author: x\nprobes: [{id: x-1}]\n", encoding="utf-8")
    assert data_hash([path]) != before


def test_a_changed_scenario_file_changes_the_data_hash(tmp_path: Path) -> None:
    probes = tmp_path / "tune.yaml"
    probes.write_text("author: x\nprobes: []\n", encoding="utf-8")
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text("facts:\n- {id: budget, ask: Budget?, say: 'Rund 40.000 Euro.'}\n", encoding="utf-8")
    before = data_hash([probes], [scenario])
    scenario.write_text("facts:\n- {id: budget, ask: Budget?, say: 'Rund 60.000 Euro.'}\n", encoding="utf-8")
    assert data_hash([probes], [scenario]) != before


def test_the_shipped_hash_covers_the_built_in_scenarios() -> None:
    assert scenario_files(), "the built-in scenarios are found"
    assert all(p.suffix == ".yaml" for p in scenario_files())
    assert data_hash(training_files(), []) != data_hash()


def _rows(seed: int) -> Rows:
    rng = np.random.default_rng(seed)
    y = np.arange(90) % 3
    x = rng.normal(size=(90, len(decider.FEATURES))) + y[:, None] * 0.8
    return Rows(x, y)


def test_fitting_is_deterministic_and_round_trips() -> None:
    data = _rows(1)
    first, second = to_dict(fit(data)), to_dict(fit(data))
    assert first == second
    model = decider.model_from_dict(json.loads(json.dumps(first)))
    probs = model.probabilities(data.x[0])
    assert set(probs) == set(decider.CLASSES)
    assert sum(probs.values()) == pytest.approx(1.0)
    # the model learned the classes it was shown (the rows are separable enough)
    hits = [
        max(model.probabilities(x).items(), key=lambda kv: kv[1])[0] == decider.CLASSES[y]
        for x, y in zip(data.x, data.y, strict=True)
    ]
    assert sum(hits) / len(hits) > 0.8


def test_an_artefact_for_other_features_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "roleplay-decider.json"
    content = to_dict(fit(_rows(2)))
    path.write_text(json.dumps({**content, "feature_version": decider.FEATURE_VERSION + 1}), encoding="utf-8")
    assert decider.load_model(path) is None
    path.write_text("not json", encoding="utf-8")
    assert decider.load_model(path) is None
    (tmp_path / "ok.json").write_text(json.dumps(content), encoding="utf-8")
    assert decider.load_model(tmp_path / "ok.json") is not None


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Wer unterschreibt den Vertrag am Ende?", {"person"}),
        ("Who would sign the order on your side?", {"person"}),
        ("Bis wann muss das laufen?", {"date"}),
        ("When does the pilot have to start?", {"date"}),
        ("Wie viel geben Sie heute für Wartung aus?", {"amount"}),
        ("How many sites would this cover?", {"amount"}),
        ("Which release of the ERP are you on?", {"name"}),
        ("Welches Modell steht in der Halle?", {"name"}),
        ("Was steckt für Sie dahinter?", set()),
        ("What worries you most about it?", set()),
    ],
)
def test_asked_kinds(question: str, kinds: set[str]) -> None:
    assert decider.asked_kinds(question) == kinds


@pytest.mark.parametrize(
    ("answer", "kind", "has"),
    [
        ("Das entscheidet am Ende Frau Berger aus dem Einkauf.", "person", True),
        ("Our CFO signs anything above that.", "person", True),
        ("Bis Ende März muss es laufen.", "date", True),
        ("Before the summer, ideally.", "date", True),
        ("Rund 40.000 Euro im Jahr.", "amount", True),
        ("It costs us a lot, honestly.", "amount", False),
        ("We run SAP R3 and an old MES.", "name", True),
        ("we use a spreadsheet for that.", "name", False),
    ],
)
def test_answer_has(answer: str, kind: str, has: bool) -> None:
    assert decider.answer_has(answer, kind) is has


@pytest.mark.parametrize(
    ("question", "say", "missing"),
    [
        # a rate per unit the fact never names, an average it does not give
        ("Was zahlen Sie pro Lizenz und Monat?", "Für die Wartung zahlen wir 40.000 Euro im Jahr.", 1),
        ("What do you pay per seat today?", "We spend about $40,000 a year on maintenance.", 1),
        ("How many calls do you get on average?", "About 300,000 calls a year reach the hotline.", 1),
        ("Was kostet Sie im Schnitt eine Lizenz pro Nutzer?", "Wir zahlen 40.000 Euro im Jahr.", 2),
        # the fact names the unit, speaks of an average, or nothing of the kind is asked
        ("What do you pay per seat today?", "Each seat costs us $30 a month.", 0),
        (
            "Was zahlen Sie pro Anruf an den Dienstleister?",
            "Der Dienstleister bekommt 400.000 Euro für die Anrufe.",
            1,
        ),
        ("Wie viele Anrufe sind es im Schnitt pro Tag?", "Im Schnitt rund 1.200 Anrufe am Tag.", 0),
        ("What do you spend on maintenance?", "We spend about $40,000 a year on maintenance.", 0),
    ],
)
def test_a_rate_or_an_average_the_fact_cannot_give_is_missing(question: str, say: str, missing: int) -> None:
    assert unit_missing(question, say) == missing


@needs_embeddings
def test_every_authored_question_gets_its_own_fact() -> None:
    assert answering.learned_decision()
    for scenario in load_scenarios().scenarios.values():
        for fact in scenario.facts:
            for question in (fact.ask, *fact.also):
                got = answering.match_question(scenario, question, 0, 0)
                assert (got.target, got.fact) == ("fact", fact.id), (scenario.id, question)


@needs_embeddings
def test_questions_nobody_in_the_scenario_can_answer_are_deflected() -> None:
    questions = {
        "de": ["Welche Automarke fährt Ihr Nachbar privat?", "Welche Lieblingsfarbe hat Ihre Assistentin?"],
        "en": ["What colour is your neighbour's car?", "Which band did your assistant see last weekend?"],
    }
    got = [
        answering.match_question(s, q, 0, 0).target
        for s in load_scenarios().scenarios.values()
        for q in questions[s.language]
    ]
    assert got.count("none") / len(got) >= 0.9


@needs_embeddings
def test_a_question_about_the_next_layer_opens_it_and_a_later_one_is_held_back() -> None:
    scenario = load_scenarios().get("en-competitor-fleet")
    layers = scenario.objections[0].layers
    # the layer's own words asked as a question: about the next layer opens it, about a later one is held back
    asked = f"Is it that {layers[1].reveal[0].lower()}{layers[1].reveal[1:].rstrip('.')}?"
    at_next = answering.match_question(scenario, asked, 0, 1)
    assert (at_next.target, at_next.layer) == ("layer", 1)
    too_early = answering.match_question(scenario, asked, 0, 0)
    assert too_early.target in ("hold_back", "none")


@needs_embeddings
def test_without_the_model_the_thresholds_decide() -> None:
    scenario = load_scenarios().get("en-competitor-fleet")
    fact = scenario.facts[0]
    with decider.use_model(None):
        assert not answering.learned_decision()
        got = answering.match_question(scenario, fact.ask, 0, 0)
    assert (got.target, got.fact) == ("fact", fact.id)


@pytest.mark.parametrize(
    ("question", "generic"),
    [
        # the objection's own judgement ("zu teuer" / "zu hoch") and pronouns name no new topic
        ("Was genau ist für Sie am Preis zu hoch?", True),
        ("Warum ist Ihnen das zu viel?", True),
        ("Was stört Sie daran?", True),
        # a new topic after "zu": a German noun is capitalised, it stays a topic
        ("Wie stehen Sie zu Algorithmen in der Planung?", False),
        ("Wie hoch sind Ihre Energiekosten im Jahr?", False),
    ],
)
def test_a_question_about_the_objection_itself_is_generic(question: str, generic: bool) -> None:
    scenario = load_scenarios().get("de-price-energy")
    index = answering.scenario_index(scenario, use_embeddings=False)
    assert answering.is_generic(question, index.stems[0]) is generic


@needs_embeddings
def test_a_question_about_the_objection_opens_its_next_layer_not_a_similar_fact() -> None:
    scenario = load_scenarios().get("de-price-energy")
    # "Wie hoch sind Ihre Energiekosten?" is a fact of this scenario; asking what is too high about the price is not
    got = answering.match_question(scenario, "Was genau ist für Sie am Preis zu hoch?", 0, 0)
    assert (got.target, got.layer) == ("layer", 0)
    english = load_scenarios().get("en-risk-pharma")
    got = answering.match_question(english, "Why exactly is it too risky for you?", 0, 1)
    assert (got.target, got.layer) == ("layer", 1)
