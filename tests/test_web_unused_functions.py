"""No dead code at the edges: every public function or class of the web app, the CLI, the deals and the
preparation is used by the package or by a test (QA round 8: `i18n.examples_keep_labels` outlived gr.Examples)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = ("web", "cli", "deals", "prepare")


def _public_names(path: Path) -> list[str]:
    """Return the module-level public functions and classes defined in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and not node.name.startswith("_")
    ]


def test_every_public_function_of_the_edges_is_used_somewhere() -> None:
    sources = [
        *(ROOT / "coach").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "bench").rglob("*.py"),
    ]
    texts = [p.read_text(encoding="utf-8") for p in sources if p.resolve() != Path(__file__).resolve()]
    unused = []
    for area in AREAS:
        for path in sorted((ROOT / "coach" / area).rglob("*.py")):
            for name in _public_names(path):
                word = re.compile(rf"\b{re.escape(name)}\b")
                if sum(len(word.findall(text)) for text in texts) <= 1:  # only its own definition
                    unused.append(f"{path.relative_to(ROOT)}:{name}")
    assert not unused, f"defined but never used: {unused}"
