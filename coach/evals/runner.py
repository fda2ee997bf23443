"""Run eval suites, apply thresholds, and compare with a baseline run."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from coach import __version__
from coach.errors import CoachError, InputError
from coach.evals.base import EvalContext, Failure, SuiteOutcome
from coach.llm.brain import Brain
from coach.paths import EVALS_DIR, SCENARIOS_DIR
from coach.settings import Settings

SUITES: dict[str, Path] = {
    "retrieval": EVALS_DIR / "datasets" / "retrieval.yaml",
    "qualify": EVALS_DIR / "datasets" / "qualify.yaml",
    "minutes": EVALS_DIR / "datasets" / "minutes.yaml",
    "replies": EVALS_DIR / "datasets" / "replies.yaml",
    "roleplay": SCENARIOS_DIR,
    "probes": EVALS_DIR / "datasets" / "roleplay_probes",
    "transcripts": EVALS_DIR / "datasets" / "transcripts",
}
THRESHOLDS = EVALS_DIR / "thresholds.yaml"


class SuiteResult(BaseModel):
    """One suite's outcome with its thresholds and whether it passed them."""

    model_config = ConfigDict(extra="forbid")

    passed: bool
    cases: int
    metrics: dict[str, float]
    thresholds: dict[str, dict[str, float]]
    failures: list[Failure]
    below: list[str] = Field(default_factory=list, description="metrics that missed their threshold")
    seconds: float = 0.0
    error: str | None = None
    judge: dict[str, Any] | None = None


class EvalRun(BaseModel):
    """A whole `coach eval` run: the JSON printed by --json and stored for --baseline."""

    model_config = ConfigDict(extra="forbid")

    passed: bool
    provider: str
    version: str = __version__
    started: str
    seconds: float
    suites: dict[str, SuiteResult]
    flipped: dict[str, dict[str, list[str]]] | None = None
    judge_calibration: dict[str, Any] | None = None


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, dict[str, float]]]:
    """Return {suite: {metric: {min|max: value}}} from evals/thresholds.yaml."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def check(metrics: dict[str, float], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Return the metrics that miss their threshold (a missing metric misses too)."""
    below = []
    for name, rule in thresholds.items():
        value = metrics.get(name)
        if (
            value is None
            or ("min" in rule and value < rule["min"])
            or ("max" in rule and value > rule["max"])
        ):
            below.append(name)
    return below


def count_cases(suites: list[str], dataset: Path | None = None) -> int:
    """Return how many cases the selected suites will run (for the progress bar)."""
    total = 0
    for name in suites:
        path = dataset or SUITES[name]
        if path.is_dir():
            total += len(list(path.glob("*.yaml")))
        elif path.exists():
            total += len((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases", []))
    return total


def run_suites(
    settings: Settings,
    brain: Brain,
    suites: list[str] | None = None,
    dataset: Path | None = None,
    progress: Callable[[int], None] = lambda n: None,
    evaluate: dict[str, Callable[[EvalContext], SuiteOutcome]] | None = None,
    judge: Brain | None = None,
) -> EvalRun:
    """Run the suites (all by default) and return the run; with a judge brain, score the suites' prose samples."""
    names = suites or list(SUITES)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise InputError(f"Unknown suite {', '.join(unknown)}; choose from {', '.join(SUITES)}.")
    if dataset is not None and len(names) != 1:
        raise InputError("--dataset needs exactly one --suite.")
    if dataset is not None and not dataset.exists():
        raise InputError(f"Dataset not found: {dataset}")
    thresholds = load_thresholds()
    started, t0 = datetime.now(UTC).isoformat(timespec="seconds"), time.perf_counter()
    results: dict[str, SuiteResult] = {}
    for name in names:
        ctx = EvalContext(settings=settings, brain=brain, dataset=dataset or SUITES[name], progress=progress)
        fn = (evaluate or {}).get(name) or importlib.import_module(f"coach.evals.suites.{name}").evaluate
        s0 = time.perf_counter()
        limits = thresholds.get(name, {})
        try:
            outcome = fn(ctx)
        except CoachError:
            raise
        except Exception as exc:  # noqa: BLE001 - a crashing suite is a failed suite, reported, not a traceback
            results[name] = SuiteResult(
                passed=False,
                cases=0,
                metrics={},
                thresholds=limits,
                failures=[],
                below=list(limits),
                error=f"{type(exc).__name__}: {exc}",
            )
            continue
        below = check(outcome.metrics, limits)
        results[name] = SuiteResult(
            passed=not below,
            cases=outcome.cases,
            metrics=outcome.metrics,
            thresholds=limits,
            failures=outcome.failures,
            below=below,
            seconds=round(time.perf_counter() - s0, 2),
        )
        if judge is not None and outcome.samples:
            from coach.evals.judge import judge_samples

            results[name].judge = judge_samples(judge, outcome.samples)
    return EvalRun(
        passed=all(r.passed for r in results.values()),
        provider=brain.provider,
        started=started,
        seconds=round(time.perf_counter() - t0, 2),
        suites=results,
    )


def compare(run: EvalRun, baseline: EvalRun) -> dict[str, dict[str, list[str]]]:
    """Return per suite the cases that started failing ('regressed') and stopped failing ('fixed')."""
    flipped: dict[str, dict[str, list[str]]] = {}
    for name, result in run.suites.items():
        before = baseline.suites.get(name)
        if before is None:
            continue
        now_failing = {f.case for f in result.failures}
        was_failing = {f.case for f in before.failures}
        flipped[name] = {
            "regressed": sorted(now_failing - was_failing),
            "fixed": sorted(was_failing - now_failing),
        }
    return flipped


def load_run(path: Path) -> EvalRun:
    """Return an earlier run from its JSON file; raise InputError if it is not one."""
    try:
        return EvalRun.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} is not a `coach eval --json` result ({type(exc).__name__}).") from None
