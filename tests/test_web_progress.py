"""Big call notes in the web app: the progress bar moves while the qualification reads the sentences (QA round 7:
it stayed at 0 % for 30 s), in the server's process as well as from the worker process for big offline jobs."""

from __future__ import annotations

import random
from functools import partial

import pytest

from coach.limits import BIG_INPUT
from coach.qualify import QualifyResult, analyse
from coach.web.progress_relay import EMBEDDED, FIRST, fraction, relayed, run_reporting


def _notes(n: int, seed: int = 3) -> str:
    """Return n invented note lines, no two alike (so none comes from the sentence cache)."""
    r = random.Random(seed)
    who = ["Frau Kessler", "Herr Albrecht", "Die Werkleitung", "Der Einkauf", "Das Controlling", "Die IT"]
    what = [
        "die Ausschussquote an Linie",
        "den Energieverbrauch in Halle",
        "Stillstände der Presse",
        "Rüstzeiten in Werk",
    ]
    return "\n".join(
        f"- {r.choice(who)} prüft {r.choice(what)} {r.randint(1, 9999)} bis KW {r.randint(1, 52)}."
        for _ in range(n)
    )


class Recorder:
    """Stands where gr.Progress stands: called as progress(fraction, desc=...)."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, str | None]] = []

    def __call__(self, value: float, desc: str | None = None) -> None:
        self.calls.append((value, desc))


def test_the_engines_progress_is_relayed_while_it_runs_and_only_moves_forward() -> None:
    seen: list[float] = []
    result = relayed(
        lambda path: run_reporting(partial(analyse, lang="de"), path, _notes(120)), seen.append, poll=0.02
    )
    assert isinstance(result, QualifyResult)
    assert seen[0] == FIRST and seen == sorted(set(seen)), seen
    assert any(FIRST < v < EMBEDDED for v in seen), seen  # it moved while the sentences were read
    assert seen[-1] <= EMBEDDED


def test_an_engine_error_reaches_the_caller_and_no_progress_file_is_left(tmp_path) -> None:
    import tempfile
    from pathlib import Path

    before = set(Path(tempfile.gettempdir()).glob("coach-progress-*"))

    def broken(path: str) -> None:
        raise ValueError("kaputt")

    with pytest.raises(ValueError, match="kaputt"):
        relayed(broken, lambda v: None)
    assert set(Path(tempfile.gettempdir()).glob("coach-progress-*")) == before
    assert fraction(str(tmp_path / "none.txt")) is None


@pytest.mark.integration
def test_big_offline_notes_report_progress_from_the_worker_process() -> None:
    from coach.limits import BudgetError
    from coach.web.engine_run import run_within_limits

    text = _notes(400, seed=11)
    assert len(text) >= BIG_INPUT
    progress = Recorder()
    try:
        result = run_within_limits(partial(analyse, lang="de"), text, None, "de", progress)
        assert isinstance(result, QualifyResult)
    except BudgetError:
        pass  # a machine busy with other work may need more than the 30 s budget: the bar must move anyway
    values = [v for v, _ in progress.calls]
    assert values[0] == 0.0 and values == sorted(values), values
    assert all(d and "Große Eingabe" in d for _, d in progress.calls)  # the big-input notice stays on the bar
    assert any(FIRST < v < EMBEDDED for v in values), values  # moved between start and end
