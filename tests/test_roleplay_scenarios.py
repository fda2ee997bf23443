"""Scenario files: every shipped file loads; a broken file is reported by file and field while the others load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from coach.errors import InputError
from coach.paths import SCENARIOS_DIR
from coach.roleplay.scenarios import OBJECTION_TYPES, load_scenarios


def test_shipped_scenarios_load_and_cover_the_issue() -> None:
    library = load_scenarios()
    assert library.errors == [], [str(e) for e in library.errors]
    scenarios = list(library.scenarios.values())
    assert len(scenarios) >= 8
    assert {s.language for s in scenarios} == {"de", "en"}
    types = {t for s in scenarios for t in s.objection_types}
    assert len(types) >= 6 and types <= set(OBJECTION_TYPES)
    for s in scenarios:
        assert "{condition}" in s.lines.yes_but


def _copy(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    for name in names:
        shutil.copy(SCENARIOS_DIR / f"{name}.yaml", folder / f"{name}.yaml")
    return folder


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["objections"][0].update(type="budget"), "objections[0].type"),
        (lambda d: d.pop("persona"), "persona"),
        (lambda d: d.update(patience=42), "patience"),
        (lambda d: d["objections"][0].update(restatements=["only one"]), "objections[0].restatements"),
        (lambda d: d.update(surprise="extra field"), "surprise"),
        (lambda d: d["lines"].update(yes_but="Ja, aber."), "lines"),
        (lambda d: d.update(id="another-id"), "id"),
    ],
)
def test_broken_file_is_reported_by_file_and_field_and_others_load(
    tmp_path: Path, change, field: str
) -> None:
    folder = _copy(tmp_path, "de-price-energy", "en-risk-pharma")
    _edit(folder / "en-risk-pharma.yaml", change)
    library = load_scenarios(folder)
    assert list(library.scenarios) == ["de-price-energy"]
    assert library.errors and library.errors[0].file == "en-risk-pharma.yaml"
    assert any(e.field == field for e in library.errors), [str(e) for e in library.errors]


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "de-price-energy")
    (folder / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    library = load_scenarios(folder)
    assert "de-price-energy" in library.scenarios
    assert library.errors[0].file == "broken.yaml" and library.errors[0].field.startswith("line")


def test_unknown_and_broken_ids_raise_input_errors(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "de-price-energy")
    (folder / "broken.yaml").write_text("id: broken\n", encoding="utf-8")
    library = load_scenarios(folder)
    with pytest.raises(InputError, match="Unknown scenario 'nope'.*de-price-energy"):
        library.get("nope")
    with pytest.raises(InputError, match="broken"):
        library.get("broken")
