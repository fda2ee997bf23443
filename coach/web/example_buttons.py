"""Example buttons that fill a text box in the browser: a light stand-in for gr.Examples.

gr.Examples draws a gr.Dataset, and in Chromium every Dataset on the page turns typing or pasting into a big
text box into a freeze (20,000 characters: 30-40 s, 50,000: three minutes; QA round 7). Plain buttons whose
click sets the value with a line of JavaScript keep the feature (one click fills the box) without that cost.
"""

from __future__ import annotations

import json
from typing import Any


def fill_js(text: str) -> str:
    """Return the JavaScript of a click that puts text into the target box (no round trip to the server)."""
    return f"() => {json.dumps(text, ensure_ascii=False)}"


def example_buttons(tr: Any, target: Any, examples: list[tuple[str, str]], elem_id: str) -> list[Any]:
    """Add a heading and one small button per (name, text) example that fills target; return the buttons."""
    import gradio as gr

    tr.add(gr.Markdown(elem_id=f"{elem_id}-title", elem_classes=["coach-examples-title"]), value="examples")
    buttons: list[Any] = []
    with gr.Row(elem_id=elem_id, elem_classes=["coach-examples"]):
        for n, (name, text) in enumerate(examples):
            button = gr.Button(name, size="sm", variant="secondary", min_width=120, elem_id=f"{elem_id}-{n}")
            button.click(None, None, target, js=fill_js(text), show_progress="hidden", queue=False)
            buttons.append(button)
    return buttons
