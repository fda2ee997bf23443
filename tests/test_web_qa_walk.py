"""Findings of the QA walk of 2026-11-30 without a browser: quote marks and the scenario upload's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import InputError
from coach.roleplay.template import template
from coach.web.common import quoted
from coach.web.roleplay_tab import scenario_upload_text


def test_quotes_use_the_marks_of_the_ui_language() -> None:
    assert quoted("Budget <tbd>", "de") == "„Budget &lt;tbd&gt;“"
    assert quoted("Budget <tbd>", "en") == "“Budget &lt;tbd&gt;”"


def test_an_uploaded_scenario_keeps_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "my-deal.yaml"
    path.write_text(template("en"), encoding="utf-8")
    name, text = scenario_upload_text(str(path), "en")
    assert name == "my-deal.yaml" and "language: en" in text


@pytest.mark.parametrize("lang, words", [("de", "lässt sich nicht lesen"), ("en", "cannot be read")])
def test_binary_bytes_under_a_yaml_name_are_refused_in_the_ui_language(
    tmp_path: Path, lang: str, words: str
) -> None:
    path = tmp_path / "photo.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError) as error:
        scenario_upload_text(str(path), lang)
    assert words in str(error.value) and "photo.yaml" in str(error.value)


def test_another_file_type_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("id,name\n1,Hohenfels\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        scenario_upload_text(str(path), "en")
    assert ".yaml, .yml" in str(error.value)
