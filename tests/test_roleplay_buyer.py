"""The buyer state machine: each classified reply leads to the move the framework predicts."""

from __future__ import annotations

import pytest

from coach.roleplay.buyer import BuyerState, decide, initial_state, opening_move
from coach.roleplay.scenarios import Scenario
from coach.roleplay.techniques import classify_reply


def make_scenario(difficulty: str = "medium", patience: int = 5, layers: int = 2) -> Scenario:
    def objection(kind: str, word: str) -> dict:
        return {
            "type": kind,
            "statement": f"{word}: das passt so nicht.",
            "restatements": [f"Wie gesagt, {word}.", f"Ich bleibe dabei: {word}."],
            "hardened": ["Das war nicht meine Frage.", "So kommen wir nicht weiter."],
            "push_for_more": ["Dann geht ja noch mehr.", "Was war dann Ihr erster Preis wert?"],
            "layers": [
                {
                    "reveal": f"{word} Ebene {n + 1}: Herr Geheim{n} und 9{n}0.000 €.",
                    "keywords": [f"stichwort{n}"],
                }
                for n in range(layers)
            ],
            "resolution": "Pilot im Werk Nord starten und Hauptvertrag ab Januar mit neuem Budget.",
            "resolved_line": f"Damit ist {word} für mich gelöst.",
        }

    return Scenario.model_validate(
        {
            "id": "test-buyer",
            "title": "Test",
            "language": "de",
            "difficulty": difficulty,
            "patience": patience,
            "persona": {
                "name": "Anna Test",
                "role": "Einkauf",
                "company": "Test GmbH",
                "industry": "Test",
                "temperament": "sachlich",
            },
            "deal": {
                "offer": "Plattform",
                "price": "100.000 €",
                "term": "36 Monate",
                "goals": ["Energiekosten um 12 % senken"],
                "business_case": "Einsparung 410.000 € pro Jahr",
            },
            "opening": "Guten Tag.",
            "objections": [objection("price", "Preis"), objection("it_readiness", "IT")],
            "conditions": ["der Vertrag im Januar startet", "die IT zustimmt"],
            "lines": {
                "yes": "Ja, machen wir.",
                "yes_but": "Ja, aber nur wenn {condition}.",
                "no": "Nein.",
                "deflect": "Dafür ist es zu früh.",
            },
            "good_rep_script": ["a", "b", "c", "d", "e"],
            "bad_rep_script": ["a", "b", "c", "d"],
        }
    )


EXPLORE = "Danke für die Offenheit. Was genau steckt für Sie dahinter?"
VALUE = (
    "Dann starten wir mit dem Pilot im Werk Nord, Hauptvertrag ab Januar – das spart Ihnen 410.000 € im Jahr."
)
VALUE_CLOSE = VALUE + " Können wir das so vereinbaren?"
CLOSE = "Können wir den Vertrag heute festmachen?"


def play(scenario: Scenario, state: BuyerState, *replies: str):
    moves = []
    for reply in replies:
        moves.append(decide(scenario, state, classify_reply(reply), reply, use_embeddings=False))
    return moves


@pytest.fixture
def scenario() -> Scenario:
    return make_scenario()


def test_opening_leads_into_the_first_objection(scenario: Scenario) -> None:
    state = initial_state(scenario)
    move = opening_move(scenario, state)
    assert move.line == "Guten Tag. Preis: das passt so nicht."


def test_exploring_reveals_the_layers_in_order(scenario: Scenario) -> None:
    state = initial_state(scenario)
    first, second, third = play(
        scenario, state, EXPLORE, "Und was hat es mit Stichwort1 auf sich?", "Was noch?"
    )
    assert (first.move, first.revealed_layer) == ("reveal", 0)
    assert first.line == scenario.objections[0].layers[0].reveal
    assert (second.move, second.revealed_layer) == ("reveal", 1)
    assert third.move == "await_proposal"
    assert state.objections[0].layers_revealed == 2


@pytest.mark.parametrize(
    ("reply", "move"),
    [
        ("Verstehe, danke.", "restate"),
        ("Sind Sie sicher, dass das Budget nicht reicht?", "restate"),
        ("Ich gebe Ihnen 10 % Rabatt.", "push_for_more"),
        ("Wir sind Marktführer, der Preis ist fair.", "harden"),
        (CLOSE, "deflect"),
        ("Ich schicke Ihnen morgen ein Angebot und rufe am Montag an.", "steps_too_early"),
        ("Sie sparen 410.000 € im Jahr, das rechnet sich.", "value_too_early"),
    ],
)
def test_first_reply_moves(scenario: Scenario, reply: str, move: str) -> None:
    state = initial_state(scenario)
    (m,) = play(scenario, state, reply)
    assert m.move == move
    assert state.objections[0].layers_revealed == 0


def test_concession_makes_the_buyer_doubt_and_caps_the_final_answer(scenario: Scenario) -> None:
    state = initial_state(scenario)
    (m,) = play(scenario, state, "Ich gebe Ihnen 10 % Rabatt.")
    assert m.premature_concession and state.doubts == 1 and state.objections[0].concessions == 1
    moves = play(scenario, state, EXPLORE, EXPLORE, VALUE_CLOSE, EXPLORE, EXPLORE, VALUE_CLOSE)
    assert moves[-1].move == "yes_but" and state.decision == "yes_but"


def test_defending_hardens_and_costs_more_patience(scenario: Scenario) -> None:
    state = initial_state(scenario)
    play(scenario, state, "Das ist branchenüblich.")
    assert state.objections[0].hardness == 1 and state.patience_left == state.patience - 2
    # an open question without acknowledgement only softens a hardened buyer; with acknowledgement it opens up
    (soft,) = play(scenario, state, "Was genau stört Sie?")
    assert soft.move == "soften" and state.objections[0].layers_revealed == 0
    play(scenario, state, "Das ist branchenüblich.")
    (reveal,) = play(scenario, state, EXPLORE)
    assert reveal.move == "reveal"


def test_close_before_the_cause_is_resolved_gets_yes_but(scenario: Scenario) -> None:
    state = initial_state(scenario)
    _, m = play(scenario, state, EXPLORE, CLOSE)
    assert m.move == "yes_but" and m.condition == "der Vertrag im Januar startet"
    assert m.line == "Ja, aber nur wenn der Vertrag im Januar startet."
    assert state.decision == "yes_but"


def test_resolution_needs_all_layers_and_value(scenario: Scenario) -> None:
    state = initial_state(scenario)
    early, *_ = play(scenario, state, EXPLORE)
    (m,) = play(scenario, state, VALUE)
    assert m.move == "value_too_early"
    play(scenario, state, EXPLORE)
    (m,) = play(scenario, state, VALUE)
    assert m.move == "next_objection" and m.next_objection == 1
    assert m.line == "Damit ist Preis für mich gelöst. IT: das passt so nicht."
    assert state.current == 1 and state.objections[0].resolved and state.objections[1].raised


def test_all_resolved_and_close_is_yes_then_next_steps(scenario: Scenario) -> None:
    state = initial_state(scenario)
    moves = play(scenario, state, EXPLORE, EXPLORE, VALUE, EXPLORE, EXPLORE, VALUE)
    assert moves[-1].move == "resolve" and state.all_resolved and state.decision == "open"
    (m,) = play(scenario, state, CLOSE)
    assert m.move == "yes" and state.decision == "yes"
    (m,) = play(scenario, state, "Ich schicke Ihnen morgen das Protokoll.")
    assert m.move == "confirm_next_steps"


def test_patience_runs_out_into_no(scenario: Scenario) -> None:
    state = initial_state(scenario)
    moves = play(scenario, state, *["Verstehe."] * scenario.patience)
    assert moves[-1].move == "no" and moves[-1].line == "Nein." and state.finished


def test_difficulty_sets_layers_and_patience() -> None:
    hard = make_scenario(difficulty="hard", patience=4, layers=3)
    easy_state = initial_state(hard, "easy")
    assert [o.required_layers for o in easy_state.objections] == [1, 1]
    assert easy_state.patience == 8
    medium_state = initial_state(hard, "medium")
    assert [o.required_layers for o in medium_state.objections] == [2, 2] and medium_state.patience == 6
    harder = initial_state(make_scenario(difficulty="easy", patience=6), "hard")
    assert harder.patience == 4 and [o.required_layers for o in harder.objections] == [2, 2]


def test_hard_buyer_needs_a_targeted_question_or_a_second_try() -> None:
    scenario = make_scenario(difficulty="hard")
    state = initial_state(scenario)
    (vague,) = play(scenario, state, EXPLORE)
    assert vague.move == "probe" and vague.patience_cost == 0
    (reveal,) = play(scenario, state, EXPLORE)
    assert reveal.move == "reveal"
    (targeted,) = play(scenario, state, "Danke. Was hat es mit Stichwort1 auf sich?")
    assert targeted.move == "reveal" and targeted.revealed_layer == 1


def test_lines_vary_by_seed_and_replay_with_the_same_seed() -> None:
    scenario = make_scenario()

    def restatements(seed: int) -> list[str]:
        state = initial_state(scenario, seed=seed)
        return [m.line for m in play(scenario, state, "Verstehe.", "Verstehe.")]

    assert restatements(1) == restatements(1)
    assert len(set(restatements(1))) == 2  # rotates instead of repeating
    assert {tuple(restatements(s)) for s in range(6)} != {tuple(restatements(1))}


def test_state_is_plain_data(scenario: Scenario) -> None:
    state = initial_state(scenario, seed=3)
    play(scenario, state, EXPLORE, "Ich gebe Ihnen 10 % Rabatt.")
    again = BuyerState.model_validate_json(state.model_dump_json())
    assert again == state
