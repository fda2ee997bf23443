"""Dataset folders: which splits are blind (logged, never itemised)."""

from pathlib import Path

from coach.evals.folders import is_blind, load_cases


def test_blind_folders_are_every_folder_named_blind_or_blind_n(tmp_path: Path) -> None:
    for name, blind in (("blind", True), ("blind2", True), ("tune", False), ("holdout", False)):
        folder = tmp_path / name
        folder.mkdir()
        assert is_blind(folder) is blind, name
    (tmp_path / "blind.yaml").write_text("cases: []\n", encoding="utf-8")
    assert not is_blind(tmp_path / "blind.yaml")  # a file is not a split folder


def test_load_cases_reads_every_yaml_file_of_a_folder_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("cases:\n  - {id: b-1}\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("cases:\n  - {id: a-1}\n  - not a case\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    assert [c["id"] for c in load_cases(tmp_path)] == ["a-1", "b-1"]
    assert [c["id"] for c in load_cases(tmp_path / "b.yaml")] == ["b-1"]
