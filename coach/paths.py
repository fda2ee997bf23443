"""Where the project's resources (knowledge, prompts, eval datasets) live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
PROMPTS_DIR = ROOT / "prompts"
EVALS_DIR = ROOT / "evals"
SCENARIOS_DIR = KNOWLEDGE_DIR / "scenarios"
