"""The knowledge base restates the reference texts in our own words (no 10-word passage copied)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECK = REPO.parent / "shared" / "tools" / "own-words-check"


@pytest.mark.skipif(not CHECK.exists(), reason="../shared is not beside this checkout")
def test_no_copied_passages():
    result = subprocess.run([str(CHECK), str(REPO)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
