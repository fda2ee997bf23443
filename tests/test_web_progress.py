"""Big call notes in the web app: the progress bar moves while the qualification reads the sentences (QA round 7:
it stayed at 0 % for 30 s), in the server's process as well as from the worker process for big offline jobs."""

from __future__ import annotations

import random
import time
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


def _meeting_notes(n: int, seed: int = 5) -> str:
    """Return invented decision-meeting notes with n action lines, no two alike."""
    r = random.Random(seed)
    who = ["Frau Kessler", "Herr Albrecht", "Frau Yilmaz", "Herr Brandt", "Frau Okafor", "Herr Lindqvist"]
    what = [
        "das Angebot überarbeiten",
        "die Referenzliste schicken",
        "den Vertrag prüfen",
        "die IT einbinden",
    ]
    head = "Entscheidungsmeeting Kranwerk Ost GmbH, 12.11.2026\nTeilnehmer: Frau Kessler (Einkauf), Herr Brandt\n"
    return head + "\n".join(
        f"- {r.choice(who)} wird {r.choice(what)} ({r.randint(1, 9999)}) bis KW {r.randint(1, 52)}."
        for _ in range(n)
    )


def test_a_job_that_reports_nothing_shows_the_seconds_it_has_run_against_its_budget() -> None:
    from coach.web.engine_run import _ProgressLine

    progress = Recorder()
    line = _ProgressLine(progress, "de", "59.000", 30.0, by_sentences=False)
    line.show()
    line.report(0.9)  # the minutes' few embedded sentences do not move its bar: their time goes elsewhere
    time.sleep(1.1)
    line.show()
    values = [v for v, _ in progress.calls]
    assert values == sorted(values) and values[0] == 0.0 and 0.0 < values[-1] < 0.9, values
    assert "0 s, höchstens 30 s" in progress.calls[0][1] and "1 s, höchstens 30 s" in progress.calls[-1][1]
    assert all("Großes Protokoll (59.000 Zeichen)" in d for _, d in progress.calls)


def test_the_qualifications_bar_follows_the_sentences_and_its_line_counts_the_seconds() -> None:
    from coach.web.engine_run import _ProgressLine

    progress = Recorder()
    line = _ProgressLine(progress, "en", "26,000", 30.0, by_sentences=True)
    line.show()
    line.report(0.5)
    line.report(0.3)  # never back
    assert [v for v, _ in progress.calls] == [0.0, 0.5]
    assert all("Large input (26,000 characters)" in d and "at most 30 s" in d for _, d in progress.calls)


@pytest.mark.integration
def test_big_offline_minutes_show_a_moving_bar_and_the_seconds_from_the_worker_process() -> None:
    from coach.limits import BudgetError
    from coach.minutes import MinutesResult, draft_minutes
    from coach.web.engine_run import run_within_limits

    text = _meeting_notes(500)
    assert len(text) >= BIG_INPUT
    progress = Recorder()
    start = time.monotonic()
    try:
        result = run_within_limits(
            partial(draft_minutes, lang="de"), text, None, "de", progress, by_sentences=False
        )
        assert isinstance(result, MinutesResult)
    except BudgetError:
        pass  # a busy machine may need more than the budget: the line must have moved anyway
    seconds = int(time.monotonic() - start)
    values = [v for v, _ in progress.calls]
    assert values[0] == 0.0 and values == sorted(values), values
    # the bar is the time used of the budget (before: 5 % for most of the time, then 90 % at once)
    assert max(values) <= (seconds + 1) / 30, (values, seconds)
    # the line has said every second that passed
    said = {int(d.split(" — ")[1].split(" s,")[0]) for _, d in progress.calls}
    assert said >= set(range(seconds)), (said, seconds)
    assert all(d and "Großes Protokoll" in d for _, d in progress.calls)
    assert "höchstens 30 s" in progress.calls[-1][1]


def test_measured_progress_is_waited_for_while_it_moves_and_given_up_when_it_stands_still() -> None:
    from coach.limits import BUDGET_S, BudgetError
    from coach.web.engine_run import MOVING_BUDGET_S, _ProgressLine

    assert MOVING_BUDGET_S > BUDGET_S  # big call notes on a busy server: a result rather than an error
    progress = Recorder()
    line = _ProgressLine(progress, "de", "26.000", MOVING_BUDGET_S, by_sentences=True)
    line.start -= BUDGET_S + 5  # running longer than the usual budget …
    line.report(0.6)  # … but still reading sentences: shown, not given up
    assert progress.calls[-1][0] == 0.6 and "höchstens 90 s" in progress.calls[-1][1]
    line.moved -= BUDGET_S + 1  # then nothing moved for the usual budget
    with pytest.raises(BudgetError, match="länger als"):
        line.show()
    minutes = _ProgressLine(Recorder(), "de", "26.000", BUDGET_S, by_sentences=False)
    minutes.moved -= BUDGET_S + 1  # the minutes report nothing: their budget is the worker's time limit
    minutes.show()
