"""Dataset folders shared by the eval suites: loading every case file of a folder, blind splits, the commit to log."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

from coach.paths import REPO_ROOT


def load_cases(dataset: Path) -> list[dict[str, Any]]:
    """Return the cases of a dataset file, or of every YAML file in a dataset folder (sorted by name)."""
    files = sorted(dataset.glob("*.yaml")) if dataset.is_dir() else [dataset]
    cases: list[dict[str, Any]] = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        cases.extend(c for c in data.get("cases") or [] if isinstance(c, dict))
    return cases


def is_blind(dataset: Path) -> bool:
    """Return True for a blind split folder (`blind`, `blind2`, …): its evaluations are logged and never itemised."""
    return dataset.is_dir() and dataset.name.startswith("blind")


def current_commit() -> str:
    """Return the short commit of the checkout, marked when coach/ has uncommitted changes ('unknown' without git)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--untracked-files=no", "--", "coach"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + (" (+ uncommitted changes in coach/)" if dirty else "")


def append_log_line(log: Path, header: str, line: str) -> Path:
    """Append one line to an evaluation log, writing its header first when the log is new; return the log's path."""
    if not log.exists():
        log.write_text(header, encoding="utf-8")
    with log.open("a", encoding="utf-8") as fh:
        fh.write(line)
    return log
