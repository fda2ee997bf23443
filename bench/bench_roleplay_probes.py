"""Cross-validate the buyer's question matcher on the tune probes (never on a held-back file).

Run: .venv/bin/python bench/bench_roleplay_probes.py   (prints a Markdown table; about a minute)
Every configuration of a small grid of matcher settings is scored on every probe of
`evals/datasets/roleplay_probes/tune.yaml` (the whole buyer turn, as `coach eval --suite probes` does). Then:
- leave one scenario out: the setting is picked on the other scenarios' probes and scored on the left-out one;
- fixed split: picked on the odd-numbered probes, scored on the even-numbered ones.
Ties are broken towards the shipped defaults. The shipped defaults and the settings before this matcher revision
("previous") are scored on the same probes. The grid scores the thresholds alone (the learned decision switched off);
the learned decision is judged leave-one-author-out by `python -m coach.roleplay.decider_train --cv-only`.
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.evals.suites.probes import PROBES_DIR, TUNE_FILE, ask_probe, expected_of, read_probes  # noqa: E402
from coach.roleplay import answering, decider  # noqa: E402
from coach.roleplay.scenarios import load_scenarios  # noqa: E402

GRID: dict[str, list[Any]] = {
    "spelling": [False, True],
    "outside_offset": [0.0, -0.01, -0.02, -0.03],
    "threshold": [0.11, 0.12, 0.13],
    "next_bonus": [0.03, 0.04],
}
PREVIOUS = {"spelling": False, "outside_offset": 0.0, "threshold": 0.12, "next_bonus": 0.04}


def _number(probe: dict[str, Any]) -> int:
    digits = re.findall(r"\d+", str(probe.get("id", "")))
    return int(digits[-1]) if digits else 0


def main() -> None:
    """Score the grid on the tune probes and print tune, cross-validated and split accuracies."""
    library = load_scenarios()
    probes = read_probes(PROBES_DIR / TUNE_FILE)
    shipped = answering.PARAMS
    names = list(GRID)
    configs = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]
    t0 = time.perf_counter()
    hits = np.zeros((len(configs), len(probes)))
    try:
        with decider.use_model(None):
            for c, config in enumerate(configs):
                answering.PARAMS = replace(shipped, **config)
                hits[c] = [ask_probe(library, p)[0] == expected_of(p) for p in probes]
    finally:
        answering.PARAMS = shipped
    default = {n: getattr(shipped, n) for n in names}

    def distance(c: int) -> float:
        return sum(abs(float(configs[c][n]) - float(default[n])) for n in names)

    def pick(mask: np.ndarray) -> int:
        means = hits[:, mask].mean(axis=1)
        best = means.max()
        return min((c for c in range(len(configs)) if means[c] == best), key=distance)

    scenarios = np.array([p["scenario"] for p in probes])
    odd = np.array([_number(p) % 2 == 1 for p in probes])
    cv: list[float] = []
    for s in sorted(set(scenarios)):
        cv += list(hits[pick(scenarios != s), scenarios == s])
    on_odd = pick(odd)
    at = {tuple(cfg.values()): c for c, cfg in enumerate(configs)}
    now, before = at[tuple(default.values())], at[tuple(PREVIOUS[n] for n in names)]
    print(f"{len(probes)} tune probes, {len(configs)} settings, {time.perf_counter() - t0:.0f} s\n")
    print("| matcher | tune | even half |")
    print("|---|---|---|")
    print(f"| shipped defaults {default} | {hits[now].mean():.4f} | {hits[now, ~odd].mean():.4f} |")
    print(f"| previous {PREVIOUS} | {hits[before].mean():.4f} | {hits[before, ~odd].mean():.4f} |")
    print(f"| picked on the odd half {configs[on_odd]} | — | {hits[on_odd, ~odd].mean():.4f} |")
    print(f"\nleave-one-scenario-out (setting picked on the other 11 scenarios): {np.mean(cv):.4f}")


if __name__ == "__main__":
    main()
