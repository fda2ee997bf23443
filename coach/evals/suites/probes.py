"""The `probes` eval suite: does the buyer answer what the rep asks? A fact, the next layer, or an in-character deflection.

Dataset: a folder with `tune.yaml` (used while tuning the matcher) and `heldback.yaml` (never used for tuning), written by
authors who did not write the facts. Each probe puts the buyer in a state (the objection on the table and how many of
its layers are already revealed), asks one question and names what it should get: `{fact: id}`, `{layer: index}` or
`{deflect: true}`. Metrics:
- probe_accuracy (all), probe_accuracy_tune, probe_accuracy_heldback: share of probes answered as expected;
- fact_accuracy, layer_accuracy, deflect_accuracy: the same per expected kind (all probes);
- out_of_order: buyer turns that revealed a layer other than the next one (must be 0).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from coach.evals.base import EvalContext, Failure, SuiteOutcome
from coach.llm.brain import Brain
from coach.paths import EVALS_DIR, SCENARIOS_DIR
from coach.roleplay.scenarios import ScenarioLibrary, load_scenarios
from coach.roleplay.session import RoleplaySession

PROBES_DIR = EVALS_DIR / "datasets" / "roleplay_probes"
SPLITS = ("tune", "heldback")


def load_probes(folder: Path, split: str) -> list[dict[str, Any]]:
    """Return the probes of one split file (an empty list when the file is missing)."""
    path = folder / f"{split}.yaml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [dict(p, split=split) for p in data.get("probes", [])]


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


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Return the share of probes the buyer answers as labelled, overall and per split, and out-of-order reveals."""
    folder = Path(ctx.dataset) if Path(ctx.dataset).is_dir() else PROBES_DIR
    library = load_scenarios(SCENARIOS_DIR)
    brain = ctx.brain if ctx.brain is not None and ctx.brain.chat is not None else None
    results: dict[str, list[float]] = {s: [] for s in SPLITS}
    by_kind: dict[str, list[float]] = {"fact": [], "layer": [], "deflect": []}
    out_of_order = 0
    failures: list[Failure] = []
    for split in SPLITS:
        for probe in load_probes(folder, split):
            want = expected_of(probe)
            case = str(probe.get("id", "?"))
            try:
                got, jumped = ask_probe(library, probe, brain)
            except Exception as exc:  # noqa: BLE001 - a broken probe is a failure, not a crash
                failures.append(Failure(case=case, expected=want, got=f"error: {exc}"))
                results[split].append(0.0)
                continue
            ok = got == want
            results[split].append(float(ok))
            by_kind[next(iter(want))].append(float(ok))
            out_of_order += int(jumped)
            if not ok:
                failures.append(Failure(case=f"{split}:{case}", expected=want, got=got))
            ctx.progress(1)
    every = [v for s in SPLITS for v in results[s]]

    def share(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    metrics = {
        "probe_accuracy": share(every),
        **{f"probe_accuracy_{s}": share(results[s]) for s in SPLITS if results[s]},
        **{f"{k}_accuracy": share(v) for k, v in by_kind.items() if v},
        "out_of_order": float(out_of_order),
    }
    return SuiteOutcome(cases=len(every), metrics=metrics, failures=failures)
