"""The shapes every eval suite returns, and the context it runs in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from coach.llm.brain import Brain
from coach.settings import Settings


class Failure(BaseModel):
    """One case that did not meet its expectation."""

    model_config = ConfigDict(extra="forbid")

    case: str
    expected: Any
    got: Any


class SuiteOutcome(BaseModel):
    """What a suite measured: metrics by name, the number of cases and the failing ones."""

    model_config = ConfigDict(extra="forbid")

    cases: int
    metrics: dict[str, float]
    failures: list[Failure] = Field(default_factory=list)
    samples: list[dict[str, str]] = Field(default_factory=list, description="prose outputs for the LLM judge")


@dataclass
class EvalContext:
    """Everything a suite needs: settings, the brain under test, its dataset, and a progress callback."""

    settings: Settings
    brain: Brain
    dataset: Path
    progress: Callable[[int], None] = lambda n: None

    def cases(self) -> list[dict[str, Any]]:
        """Return the dataset's cases (a YAML file with a top-level `cases:` list)."""
        data = yaml.safe_load(self.dataset.read_text(encoding="utf-8")) or {}
        return list(data.get("cases", []))


def split_metrics(name: str, values: list[tuple[str, float]]) -> dict[str, float]:
    """Return the mean of (split, value) pairs overall, and separately for 'dev' and 'holdout' cases."""
    out: dict[str, float] = {}
    if not values:
        return out
    out[name] = round(sum(v for _, v in values) / len(values), 4)
    for split in ("dev", "holdout"):
        part = [v for s, v in values if s == split]
        if part:
            out[f"{name}_{split}"] = round(sum(part) / len(part), 4)
    return out
