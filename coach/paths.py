"""Where the project's resources live: knowledge, prompts and scenarios inside the package; eval datasets in the repo."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# The package's own data (shipped in the wheel, read through importlib.resources).
ROOT = Path(str(files("coach") / "resources"))
KNOWLEDGE_DIR = ROOT / "knowledge"
PROMPTS_DIR = ROOT / "prompts"
SCENARIOS_DIR = KNOWLEDGE_DIR / "scenarios"
CRITERIA_DIR = KNOWLEDGE_DIR / "criteria"
# The repository checkout (eval datasets and reports are not part of an installed wheel).
REPO_ROOT = Path(__file__).resolve().parent.parent
EVALS_DIR = REPO_ROOT / "evals"
