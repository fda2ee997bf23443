"""The rep's own scenarios: the template, a file from disk (validated by field), and a scenario built from notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from coach.cli.main import main
from coach.errors import InputError
from coach.roleplay.from_notes import competitor_in, scenario_from_notes
from coach.roleplay.session import RoleplaySession, play_script
from coach.roleplay.template import template
from coach.roleplay.userfiles import find_scenario, parse_scenario, read_scenario_file

NOTES_DE = """Gespräch mit Frau Anna Petersen (Leiterin Controlling, Nordholz AG) am 12.03.
- Ziel: Reisekostenabrechnung digitalisieren, Bearbeitungszeit halbieren
- Heute: Excel und Papierbelege, 3 Leute in der Buchhaltung
- Angebot: Spesen-Software für 800 Mitarbeitende, 42.000 € pro Jahr, 36 Monate
- Budget noch unklar
- Sie schauen sich auch Konkurrent SpesenFix an
- Go-live bis Q3 gewünscht
"""
NOTES_EN = """Call with Priya Raman (VP Operations, Harlow Logistics) and Tom Becker (IT lead, Harlow Logistics), 4 March
- Goal: cut manual invoice matching by 60% before peak season
- Today: three clerks match invoices by hand in Excel, errors cost about $200k a year
- Proposal: AP automation platform, $48,000 per year, 24 months
- Budget tbd, they haven't planned anything yet
- Also looking at Tipalti
- Wants go-live by September
"""


def _plays(scenario) -> tuple[int, int, str]:
    totals, outcome = [], ""
    for lines in (scenario.good_rep_script, scenario.bad_rep_script):
        session = RoleplaySession.from_scenario(scenario)
        play_script(session, list(lines))
        card = session.end()
        totals.append(card.total)
        outcome = outcome or card.outcome
    return totals[0], totals[1], outcome


@pytest.mark.parametrize("lang", ["de", "en"])
def test_template_is_a_valid_playable_scenario(lang: str) -> None:
    scenario = parse_scenario(template(lang))
    assert scenario.language == lang and len(scenario.facts) >= 4
    good, bad, outcome = _plays(scenario)
    assert good > bad and outcome in ("yes", "yes_but")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["persona"].pop("name"), "persona.name"),
        (lambda d: d["objections"][0].update(type="budget"), "objections[0].type"),
        (lambda d: d["facts"][0].pop("say"), "facts[0].say"),
        (lambda d: d.update(patience="lots"), "patience"),
    ],
)
def test_a_bad_file_gets_one_message_naming_the_field(tmp_path: Path, change, field: str) -> None:
    data = yaml.safe_load(template("en"))
    change(data)
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_scenario_file(path)
    message = str(err.value)
    assert f"field {field}:" in message and "mine.yaml" in message and "\n" not in message


def test_a_broken_yaml_and_a_german_message(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="kein gültiges YAML"):
        read_scenario_file(path, lang="de")


def test_competitor_detection() -> None:
    assert competitor_in(NOTES_DE) == "SpesenFix"
    assert competitor_in(NOTES_EN) == "Tipalti"
    assert competitor_in("- Ziel: Kosten senken\n- Budget steht") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Wettbewerb: schauen sich auch Quorvia an", "Quorvia"),  # the cue in lower case is no name
        ("- Konkurrenz: Angebot von Belmatic liegt vor", "Belmatic"),
        ("Competitors: a quote from Zentrix", "Zentrix"),
        ("- Wettbewerb: keiner bekannt", None),
        ("- Alternative: selber bauen", None),
    ],
)
def test_the_competitor_is_a_name_not_the_words_around_it(line: str, name: str | None) -> None:
    assert competitor_in(line) == name


@pytest.mark.parametrize(("notes", "lang"), [(NOTES_DE, "de"), (NOTES_EN, "en")])
def test_scenario_from_notes_uses_the_customer_and_the_open_dimensions(notes: str, lang: str) -> None:
    scenario = scenario_from_notes(notes)
    assert scenario.language == lang
    assert scenario.persona.name in notes and scenario.persona.company in notes
    assert scenario.deal.price in notes and scenario.deal.term in notes
    # a competitor is named and the budget is vague: competitor and price objections, no made-up authority one
    assert scenario.objection_types == ["competitor", "price"]
    assert any(scenario.objections[0].statement.count(name) for name in ("SpesenFix", "Tipalti"))
    facts = {f.id: f.say for f in scenario.facts}
    assert {"goals", "current-situation", "competitors"} <= set(facts)
    assert "Excel" in facts["current-situation"]
    good, bad, outcome = _plays(scenario)
    assert good > bad and outcome in ("yes", "yes_but")


def test_no_named_decision_maker_gives_an_authority_objection() -> None:
    notes = "- Ziel: Ausschuss um 20 % senken\n- Budget: 80.000 € freigegeben\n- Zeitplan: Start im Mai\n"
    assert "authority" in scenario_from_notes(notes, lang="de").objection_types


def test_empty_notes_are_an_input_error() -> None:
    with pytest.raises(InputError):
        scenario_from_notes("   ")


def test_cli_template_scenario_file_and_from_notes(capsys, tmp_path: Path, monkeypatch) -> None:
    assert main(["roleplay", "--template", "--lang", "de"]) == 0
    text = capsys.readouterr().out
    path = tmp_path / "mein.yaml"
    path.write_text(text, encoding="utf-8")
    script = tmp_path / "rep.txt"
    script.write_text("\n".join(parse_scenario(text).good_rep_script), encoding="utf-8")
    code = main(["roleplay", "--scenario-file", str(path), "--script", str(script), "--json", "--no-save"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["scenario"] == "mein-szenario" and data["outcome"] in ("yes", "yes_but")

    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("  name: ", "  nam: ", 1), encoding="utf-8")
    assert main(["roleplay", "--scenario-file", str(broken), "--script", str(script)]) == 2
    err = capsys.readouterr().err
    assert "persona" in err and "Traceback" not in err

    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES_EN, encoding="utf-8")
    code = main(["roleplay", "--from-notes", str(notes), "--script", str(script), "--json", "--no-save"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 0 and data["scenario"].startswith("notes-") and "saved" in err
    # saved under COACH_HOME/scenarios/ and replayable by id
    home = Path(__import__("os").environ["COACH_HOME"])
    assert (home / "scenarios" / f"{data['scenario']}.yaml").exists()
    assert find_scenario(data["scenario"], home).id == data["scenario"]
    assert main(["roleplay", "--list", "--json"]) == 0
    assert data["scenario"] in {r["id"] for r in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize(
    ("change", "de", "en"),
    [
        (
            lambda d: d["persona"].pop("name"),
            "Feld persona.name: Pflichtfeld fehlt",
            "field persona.name: required field missing",
        ),
        (lambda d: d.update(patience=50), "Feld patience: höchstens 10", "field patience: at most 10"),
        (
            lambda d: d.update(patience="lots"),
            "Feld patience: muss eine ganze Zahl sein",
            "field patience: must be a whole number",
        ),
    ],
)
def test_a_field_problem_is_said_in_the_users_language(tmp_path: Path, change, de: str, en: str) -> None:
    data = yaml.safe_load(template("de"))
    change(data)
    path = tmp_path / "meins.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for lang, want in (("de", de), ("en", en)):
        with pytest.raises(InputError) as err:
            read_scenario_file(path, lang=lang)
        assert want in str(err.value)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_binary_file_is_not_a_scenario(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "bild.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as err:
        read_scenario_file(path, lang=lang)
    message = str(err.value)
    assert "bild.png" in message and ("keine Textdatei" if lang == "de" else "not a text file") in message
    assert "codec" not in message and "0x89" not in message
