"""The example buttons that replaced gr.Examples: no Dataset on the page, and each click carries its text intact."""

from __future__ import annotations

import json

import gradio as gr

from coach.settings import load_settings
from coach.web.app import build_app
from coach.web.example_buttons import fill_js
from coach.web.examples import CALL_NOTES, MEETING_NOTES, SEARCH_QUERIES


def test_fill_js_returns_the_text_unchanged() -> None:
    text = 'Zeile "eins"\n</script> ü & `x` ${y}'
    js = fill_js(text)
    assert js.startswith("() => ")
    assert json.loads(js.removeprefix("() => ")) == text


def test_the_app_has_no_dataset_and_one_button_per_example(tmp_path) -> None:
    demo = build_app(load_settings(home=str(tmp_path)))
    blocks = list(demo.blocks.values())
    # a gr.Dataset anywhere on the page freezes big text boxes in Chromium (tests/test_web_bigpaste_browser.py)
    assert not [b for b in blocks if isinstance(b, gr.Dataset)]
    ids = {getattr(b, "elem_id", None) for b in blocks if isinstance(b, gr.Button)}
    for prefix, examples in (("notes", CALL_NOTES), ("minutes", MEETING_NOTES), ("kb", SEARCH_QUERIES)):
        assert {f"{prefix}-examples-{n}" for n in range(len(examples))} <= ids
    config = demo.get_config_file()
    scripts = {d.get("js") for d in config["dependencies"] if d.get("js")}
    for _, text in CALL_NOTES + MEETING_NOTES:
        assert fill_js(text) in scripts
