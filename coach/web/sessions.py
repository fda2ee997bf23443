"""A new browser session costs no work up front: Gradio's per-session copy of each block's config is built on use.

Gradio builds, for every new session, the config of every block of the app (here ~200: signatures, JSON schemas)
on its event loop, before the session's first event runs: ~30 ms of CPU in which no other request moves. Twenty
people opening the app at once wait for each other's copies. The copies are only read for the blocks an event
updates (and for a deep link, which reads them all), so each is built when first read: the same values, later.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)
_PENDING = object()


class LazyConfigs(dict):
    """Block id -> its config in a session, computed when first read (in the blocks' order, like Gradio's own)."""

    def __init__(self, blocks_config: Any, ids: list[int]) -> None:
        super().__init__(dict.fromkeys(ids, _PENDING))
        self._blocks_config = blocks_config

    def __getitem__(self, key: int) -> Any:
        value = super().__getitem__(key)
        if value is _PENDING:
            value = self._blocks_config.config_for_block(key, [], self._blocks_config.blocks[key])
            super().__setitem__(key, value)
        return value

    def get(self, key: int, default: Any = None) -> Any:
        """Return the block's config (built now if it was not), or default."""
        return self[key] if key in self else default

    def values(self) -> list[Any]:  # type: ignore[override]
        """Return every block's config, building the missing ones."""
        return [self[k] for k in self]

    def items(self) -> list[tuple[int, Any]]:  # type: ignore[override]
        """Return (block id, config) of every block, building the missing ones."""
        return [(k, self[k]) for k in self]


class _NoBlocks:
    """The app as Gradio's session set-up sees it: its default config, no block whose config to copy now."""

    def __init__(self, blocks: Any) -> None:
        self.default_config = blocks.default_config
        self.blocks: dict[int, Any] = {}


def install() -> None:
    """Make Gradio build a session's block configs when they are first read (idempotent)."""
    from gradio import state_holder

    cls = state_holder.SessionState
    original = cls.__init__
    if getattr(original, "coach_lazy", False):
        return

    def __init__(self: Any, blocks: Any) -> None:  # noqa: N807 - replaces SessionState.__init__
        try:
            original(self, _NoBlocks(blocks))
        except AttributeError:  # a Gradio whose set-up reads more of the app: its own way
            log.debug("lazy session configs not applicable", exc_info=True)
            original(self, blocks)
            return
        self.config_values = LazyConfigs(
            self.blocks_config, [k for k in self.blocks_config.blocks if k in blocks.blocks]
        )

    __init__.coach_lazy = True  # type: ignore[attr-defined]
    cls.__init__ = __init__
