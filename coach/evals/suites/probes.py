"""The `probes` eval suite: does the buyer answer what the rep asks? A fact, the next layer, or an in-character deflection.

Dataset: the folder `evals/datasets/roleplay_probes/`, written by authors who did not write the facts. By default (the
folder, as `make test` and `coach eval` run it) only `tune.yaml` is scored: it is the file the matcher is tuned on. A
held-back file (`heldback*.yaml`) is scored only when named with `--dataset`; then its failures are not itemised
(counts only) and one line (date, commit, file, figures) is appended to `BLIND_LOG.md` beside it, so a held-back
split never leaks into tuning. Any other probe file given with `--dataset` is scored and itemised like `tune.yaml`.

Each probe puts the buyer in a state (the objection on the table and how many of its layers are already revealed),
asks one question and names what it should get: `{fact: id}`, `{layer: index}` or `{deflect: true}`. Metrics:
- probe_accuracy: share of probes answered as expected (also as probe_accuracy_<file stem>);
- fact_accuracy, layer_accuracy, deflect_accuracy: the same per expected kind;
- out_of_order: buyer turns that revealed a layer other than the next one (must be 0).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from coach.evals.base import EvalContext, Failure, SuiteOutcome
from coach.evals.folders import append_log_line, current_commit
from coach.llm.brain import Brain
from coach.paths import EVALS_DIR, SCENARIOS_DIR
from coach.roleplay.scenarios import ScenarioLibrary, load_scenarios
from coach.roleplay.session import RoleplaySession

PROBES_DIR = EVALS_DIR / "datasets" / "roleplay_probes"
TUNE_FILE = "tune.yaml"
HELD_BACK_PREFIX = "heldback"
KINDS = ("fact", "layer", "deflect")
LOG_NAME = "BLIND_LOG.md"


def is_held_back(path: Path) -> bool:
    """Return True for a held-back probe file (`heldback.yaml`, `heldback2.yaml`, …): scored blind, never itemised."""
    return path.is_file() and path.name.startswith(HELD_BACK_PREFIX) and path.suffix in (".yaml", ".yml")


def probe_file(dataset: Path) -> Path:
    """Return the probe file a dataset names: the folder means its `tune.yaml`, a file means itself."""
    return dataset / TUNE_FILE if dataset.is_dir() else dataset


def read_probes(path: Path) -> list[dict[str, Any]]:
    """Return the probes of one file (an empty list when the file is missing), each tagged with the file's stem."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [dict(p, split=path.stem) for p in data.get("probes", []) if isinstance(p, dict)]


def load_probes(folder: Path, split: str = "tune") -> list[dict[str, Any]]:
    """Return the probes of one split file of a folder (`<split>.yaml`); an empty list when it is missing."""
    return read_probes(folder / f"{split}.yaml")


def expected_of(probe: dict[str, Any]) -> dict[str, Any]:
    """Return a probe's expectation normalised to {'fact': id} | {'layer': n} | {'deflect': True}."""
    expect = probe.get("expect") or {}
    if "fact" in expect:
        return {"fact": str(expect["fact"])}
    if "layer" in expect:
        return {"layer": int(expect["layer"])}
    return {"deflect": True}


def ask_probe(
    library: ScenarioLibrary,
    probe: dict[str, Any],
    brain: Brain | None = None,
    scenarios_dir: Path | None = None,
) -> tuple[dict[str, Any], bool]:
    """Put the buyer in the probe's state, ask its question; return (what it got, whether a layer came out of order)."""
    scenario = library.get(probe["scenario"])
    session = RoleplaySession.start(scenario.id, brain=brain, scenarios_dir=scenarios_dir)
    state = session.state.buyer
    current = int(probe.get("objection", 0))
    revealed = int(probe.get("revealed", 0))
    for k, obj in enumerate(state.objections):
        obj.raised = k <= current
        obj.resolved = k < current
        obj.layers_revealed = len(scenario.objections[k].layers) if k < current else 0
    state.current = current
    state.objections[current].layers_revealed = revealed
    result = session.reply(str(probe["question"]))
    buyer = result.buyer
    if buyer.move == "answer" and buyer.fact:
        return {"fact": buyer.fact}, False
    if buyer.move == "reveal" and buyer.revealed_layer is not None:
        return {"layer": buyer.revealed_layer}, buyer.revealed_layer != revealed
    return {"deflect": True}, False


def score_probes(
    probes: list[dict[str, Any]],
    library: ScenarioLibrary,
    brain: Brain | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> tuple[dict[str, float], list[Failure]]:
    """Ask every probe; return the metrics (overall, per file, per expected kind, out-of-order) and the failures."""
    by_split: dict[str, list[float]] = {}
    by_kind: dict[str, list[float]] = {k: [] for k in KINDS}
    out_of_order = 0
    failures: list[Failure] = []
    for probe in probes:
        want = expected_of(probe)
        split = str(probe.get("split", "probes"))
        case = f"{split}:{probe.get('id', '?')}"
        try:
            got, jumped = ask_probe(library, probe, brain)
        except Exception as exc:  # noqa: BLE001 - a broken probe is a failure, not a crash
            got, jumped = f"error: {type(exc).__name__}: {exc}", False
        ok = got == want
        by_split.setdefault(split, []).append(float(ok))
        by_kind[next(iter(want))].append(float(ok))
        out_of_order += int(jumped)
        if not ok:
            failures.append(Failure(case=case, expected=want, got=got))
        progress(1)
    every = [v for values in by_split.values() for v in values]
    metrics = {
        "probe_accuracy": _share(every),
        **{f"probe_accuracy_{s}": _share(v) for s, v in by_split.items()},
        **{f"{k}_accuracy": _share(v) for k, v in by_kind.items() if v},
        "out_of_order": float(out_of_order),
    }
    return metrics, failures


def _share(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def log_held_back_run(path: Path, probes: int, metrics: dict[str, float], provider: str) -> Path:
    """Append one line (date, commit, file, probes, accuracy per kind, out-of-order) to BLIND_LOG.md beside the file."""
    log = path.parent / LOG_NAME
    header = (
        "# Held-back evaluations of the role-play buyer\n\n"
        "One line per run of `coach eval --suite probes --dataset <this folder>/heldback*.yaml` (appended "
        "automatically). Held-back files are never used for tuning and their failures are never itemised.\n\n"
        "| date (UTC) | commit | provider | file | probes | accuracy | fact | layer | deflect | out of order |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n"
    )
    kinds = " | ".join(
        f"{metrics[f'{k}_accuracy']:.4f}" if f"{k}_accuracy" in metrics else "—" for k in KINDS
    )
    line = (
        f"| {datetime.now(UTC).isoformat(timespec='seconds')} | {current_commit()} | {provider} | {path.name} "
        f"| {probes} | {metrics.get('probe_accuracy', 0.0):.4f} | {kinds} | {int(metrics.get('out_of_order', 0))} |\n"
    )
    return append_log_line(log, header, line)


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Score the tune file (or the file named); a held-back file is logged and its failures only counted."""
    path = probe_file(Path(ctx.dataset))
    probes = read_probes(path)
    library = load_scenarios(SCENARIOS_DIR)
    brain = ctx.brain if ctx.brain is not None and ctx.brain.chat is not None else None
    metrics, failures = score_probes(probes, library, brain, ctx.progress)
    if is_held_back(path):
        log_held_back_run(path, len(probes), metrics, brain.provider if brain else "offline")
        failures = (
            [Failure(case=HELD_BACK_PREFIX, expected="not itemised", got=f"{len(failures)} failures")]
            if failures
            else []
        )
    return SuiteOutcome(cases=len(probes), metrics=metrics, failures=failures)
