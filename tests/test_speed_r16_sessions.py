"""A new browser session builds no block config up front (Gradio's per-session copies are built when read)."""

from __future__ import annotations

from typing import Any

import pytest
from gradio.blocks import BlocksConfig
from gradio.state_holder import SessionState

from coach.settings import load_settings
from coach.web.app import build_app


@pytest.fixture(scope="module")
def demo() -> Any:
    """Return the whole web app (building it installs the lazy session configs)."""
    return build_app(load_settings())


def _eager(demo: Any) -> dict[int, Any]:
    """Return every block's config as Gradio's own session set-up builds it."""
    blocks = demo.default_config.blocks
    return {k: BlocksConfig.config_for_block(k, [], v) for k, v in blocks.items() if k in demo.blocks}


def test_a_new_session_builds_no_block_config_until_one_is_read(
    demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    real = BlocksConfig.config_for_block
    monkeypatch.setattr(
        BlocksConfig,
        "config_for_block",
        staticmethod(lambda k, *a, **kw: built.append(k) or real(k, *a, **kw)),
    )
    state = SessionState(demo)
    assert built == []
    some = next(iter(state.config_values))
    assert state.config_values[some] == real(some, [], demo.default_config.blocks[some])
    assert built == [some]


def test_a_session_reads_the_same_configs_in_the_same_order_as_gradios_own(demo: Any) -> None:
    state = SessionState(demo)
    eager = _eager(demo)
    assert list(state.config_values) == list(eager)
    assert dict(state.config_values.items()) == eager
    assert list(state.components) == [c for c in eager.values() if c]  # what a deep link stores


def test_an_output_value_lands_in_the_session_config_as_before(demo: Any) -> None:
    state = SessionState(demo)
    textbox = next(k for k, b in demo.blocks.items() if type(b).__name__ == "Textbox")
    state._update_value_in_config(textbox, "neu")
    assert state.config_values[textbox]["props"]["value"] == "neu"
    other = SessionState(demo)  # sessions do not share their copies
    assert other.config_values[textbox]["props"].get("value") != "neu"
