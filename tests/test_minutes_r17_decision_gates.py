"""Round 17: the contract-missing metric maps labelled annex names to part ids; a gate is met only with its proof."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from coach.evals.base import EvalContext
from coach.evals.suites.minutes import evaluate, expected_parts
from coach.llm.brain import offline_brain
from coach.minutes.engine import draft_minutes, require_proof
from coach.minutes.gates import says_open
from coach.settings import load_settings

HEAD = (
    "Protokoll Entscheidungstermin, 03.05.2027\n"
    "Teilnehmer Kunde: Marlitt Quasthoff (Einkauf, Feldmoor AG)\n"
    "Teilnehmer wir: Tammo Reinbek (Vertrieb, Lindqvara GmbH)\n"
)
NAMED = HEAD + (
    "- Der Rahmenvertrag wurde heute von Frau Quasthoff unterschrieben; Anlage 3 (SLA) und das Preisblatt für die "
    "Wartung sind noch offen.\n- Entscheidung: Zusage.\n"
)
UNNAMED = HEAD + (
    "- Der Rahmenvertrag wurde heute von Frau Quasthoff unterschrieben; Anlage 6 (Hausordnung) fehlt noch.\n"
    "- Entscheidung: Zusage.\n"
)
NOT_SIGNED = HEAD + "- Der Rahmenvertrag ist noch nicht unterschrieben.\n- Entscheidung: Zusage.\n"


@pytest.mark.parametrize(
    ("names", "parts", "unnamed"),
    [
        (["Anlage 3 (SLA)", "Preisblatt für die Wartung"], ["price", "terms"], []),
        (["Statement of Work", "SLA appendix"], ["scope", "terms"], []),
        (["Anlage 6 (Hausordnung)"], [], ["Anlage 6 (Hausordnung)"]),
        (["Annex 2 (service levels)", "Annex 4 (exit plan)"], ["terms"], ["Annex 4 (exit plan)"]),
        ([], [], []),
    ],
)
def test_labelled_annex_names_map_to_the_part_ids_the_engine_reads(
    names: list[str], parts: list[str], unnamed: list[str]
) -> None:
    assert expected_parts(names) == (parts, unnamed)


def _metric(tmp_path: Path, notes: str, missing: list[str]) -> float:
    case = {
        "id": "r17-1",
        "lang": "de",
        "notes": notes,
        "expected": {"outcome": "positive", "contract_missing": missing},
    }
    path = tmp_path / "cases.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "cases": [case]}, allow_unicode=True), encoding="utf-8")
    ctx = EvalContext(settings=load_settings(), brain=offline_brain(), dataset=path)
    return evaluate(ctx).metrics["contract_missing_accuracy"]


def test_a_case_that_names_its_open_annexes_scores_when_the_engine_names_their_parts(tmp_path: Path) -> None:
    # before round 17 the engine's part ids were compared with the annex names themselves: always 0
    assert _metric(tmp_path, NAMED, ["Anlage 3 (SLA)", "Preisblatt für die Wartung"]) == 1.0
    assert _metric(tmp_path, NAMED, ["Anlage 3 (SLA)"]) == 0.0  # the price sheet is named open, not labelled


def test_an_annex_no_part_covers_asks_that_the_engine_says_something_is_open(tmp_path: Path) -> None:
    assert _metric(tmp_path, UNNAMED, ["Anlage 6 (Hausordnung)"]) == 1.0
    # no signature at all: nothing is 'open' in a signed contract
    assert _metric(tmp_path, NOT_SIGNED, ["Anlage 6 (Hausordnung)"]) == 0.0
    assert _metric(tmp_path, NOT_SIGNED, []) == 1.0


def test_the_open_note_names_no_empty_list() -> None:
    result = draft_minutes(UNNAMED, today=date(2027, 5, 3))
    contract = next(g for g in result.gates if g.id == "contract_signed")
    assert contract.status == "not_met" and says_open(contract, result.language)
    assert not contract.note.rstrip().endswith(": .")
    named = next(g for g in draft_minutes(NAMED, today=date(2027, 5, 3)).gates if g.id == "contract_signed")
    assert named.missing == ["price", "terms"] and says_open(named, "de")


def test_a_spoken_release_under_reservation_is_no_written_decision() -> None:
    # buyer minutes: the release is given in the room, 'unter Vorbehalt' of a budget still to be confirmed
    notes = HEAD + (
        "Entscheidung\nFrau Quasthoff gibt die Beauftragung der Sortieranlage frei - unter Vorbehalt, dass der "
        "Vorstand das Budget bestätigt.\n"
    )
    result = draft_minutes(notes, today=date(2027, 5, 3))
    writing = next(g for g in result.gates if g.id == "decision_in_writing")
    assert writing.status != "met"


def test_a_met_gate_whose_quote_is_not_in_the_notes_is_not_met() -> None:
    notes = HEAD + (
        "- Frau Quasthoff hat die unterschriebene Bestellung heute per Mail an uns geschickt.\n- Entscheidung: Zusage.\n"
    )
    result = draft_minutes(notes, today=date(2027, 5, 3))
    writing = next(g for g in result.gates if g.id == "decision_in_writing")
    assert writing.status == "met"
    require_proof(result, notes)  # the proof is quoted from the notes: it stays
    assert next(g for g in result.gates if g.id == "decision_in_writing").status == "met"
    writing.evidence = [
        "Die Bestellung kam per Fax."
    ]  # a quote the notes do not hold (as a model might write)
    require_proof(result, notes)
    after = next(g for g in result.gates if g.id == "decision_in_writing")
    assert after.status == "not_met" and after.evidence == [] and after.missing == ["written_decision"]
