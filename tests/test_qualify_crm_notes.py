"""A CRM record's free-text field (`notes: …` on the key's line) is read as call notes, not as a header."""

from __future__ import annotations

import pytest

from coach.qualify.engine import analyse
from coach.text.document import parse_text
from coach.text.readers.crm import free_text_blocks

_RECORD = {
    "en": "account: Halvorsen Logistics\nstage: discovery\nowner: Mia Berger\ncontact: Priya Raman\n"
    "amount: 70000\nclose_date: 2027-03-31\n{key}: {value}\n",
    "de": "firma: Brandauer Metallbau GmbH\nphase: Erstgespräch\nowner: Mia Berger\nkontakt: Jana Albers\n"
    "betrag: 70000\nclose_date: 31.03.2027\n{key}: {value}\n",
}

CASES = [
    ("en", "notes", "Budget approved by Daniel Okoye at 70k for year one.", "budget"),
    ("en", "Notes", "Priya wants to cut picking errors by 40 % before the end of 2027.", "goals"),
    ("de", "Notizen", "Für das erste Jahr sind 70.000 Euro Budget freigegeben.", "budget"),
    ("de", "notizen", "Sie wollen die Rüstzeiten bis Ende 2027 um 30 % senken.", "goals"),
    # not a header label before the fix either: it must keep working
    ("en", "Description", "They have 85k set aside for the new planning tool this year.", "budget"),
]


@pytest.mark.parametrize(("lang", "key", "value", "dim"), CASES)
def test_an_inline_free_text_field_is_evidence(lang: str, key: str, value: str, dim: str) -> None:
    """The value of `notes: …` counts for its dimension and is quoted as evidence."""
    record = _RECORD[lang].format(key=key, value=value)
    doc = parse_text(record)
    assert doc.format == "crm"
    result = analyse(doc)
    found = {d.key: d for d in result.dimensions}
    assert found[dim].status == "covered"
    assert any(value in q or q in value for q in found[dim].evidence)


@pytest.mark.parametrize(("lang", "key", "value", "dim"), CASES)
def test_the_value_stands_under_its_key(lang: str, key: str, value: str, dim: str) -> None:
    """The reader puts the value on its own line below the key; the pipeline fields stay as they are."""
    record = _RECORD[lang].format(key=key, value=value)
    text = free_text_blocks(record)
    assert f"\n{key}:\n  {value}\n" in text
    assert text.replace(f"{key}:\n  ", f"{key}: ") == record


@pytest.mark.parametrize(
    "line",
    [
        "notes: |",
        "notes: >-",
        "notes:",
        "stage: discovery",
        "next_step: demo 12.3.",
        "- Ziel: Ausschuss senken",
    ],
)
def test_other_lines_are_left_alone(line: str) -> None:
    """Block values, empty keys, pipeline fields and note bullets are not rewritten."""
    assert free_text_blocks(line) == line


def test_the_sellers_pipeline_fields_still_do_not_count() -> None:
    """Our amount and close date in the same record are still no budget or timeline of the customer."""
    record = _RECORD["en"].format(key="notes", value="Priya liked the demo.")
    found = {d.key: d.status for d in analyse(parse_text(record)).dimensions}
    assert found["budget"] == "missing"
    assert found["timeline"] == "missing"
