"""Progress of a long analysis, relayed to the page while it runs.

The qualification engine reports its sentence embedding (most of the time on big notes) through
`coach.qualify.learned.features.reporting_progress`. A big offline job runs in the worker process, so the counts are
written to a small temporary file (two numbers, no customer text) that the request's thread reads every few tenths
of a second and shows as the progress bar. Engines whose time goes elsewhere (the minutes: their few embedded
sentences are a small part of it) are shown by the time that passes instead (coach.web.engine_run).
No Gradio here: the worker process imports this module.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
POLL_S = 0.3
FIRST = 0.05  # shown at once: the job has started
EMBEDDED = 0.9  # the embedding done; the rest of the analysis (rules, combiner) takes the last tenth


class _Counter:
    """Sentences embedded so far and in all, written to a file after every change."""

    def __init__(self, path: str) -> None:
        self.path, self.done, self.total = path, 0, 0

    def start(self, total: int) -> None:
        self.total += total  # a second embedding call adds its sentences, the bar never jumps back to zero
        self._write()

    def advance(self, n: int) -> None:
        self.done = min(self.total, self.done + n)
        self._write()

    def _write(self) -> None:
        if not os.path.exists(self.path):
            return  # nobody is waiting any more (the request gave up): leave nothing behind
        tmp = f"{self.path}.tmp"
        try:
            with open(tmp, "w", encoding="ascii") as f:
                f.write(f"{self.done} {self.total}")
            os.replace(tmp, self.path)
        except OSError:
            pass  # progress is a courtesy: a full disk never fails the analysis


def run_reporting(engine: Callable[..., T], path: str, text: str, **kwargs: Any) -> T:
    """Return engine(text, **kwargs), writing its embedding progress to `path` (module-level: picklable)."""
    from coach.qualify.learned.features import reporting_progress

    counter = _Counter(path)
    with reporting_progress(counter.start, counter.advance):
        return engine(text, **kwargs)


def fraction(path: str) -> float | None:
    """Return how far the job is (0 … EMBEDDED), or None when it has reported nothing yet."""
    try:
        with open(path, encoding="ascii") as f:
            done, total = (int(x) for x in f.read().split())
    except (OSError, ValueError):
        return None
    if total <= 0:
        return None
    return FIRST + (EMBEDDED - FIRST) * min(1.0, done / total)


def relayed(
    job: Callable[[str], T],
    report: Callable[[float], None],
    poll: float = POLL_S,
    tick: Callable[[], None] | None = None,
) -> T:
    """Return job(path) run in a helper thread, calling report(fraction) whenever the job's progress moves.

    `job` gets the path of the progress file to hand to run_reporting; its exception is raised here. `tick()` is
    called after every poll, so the caller can show the time that passes when the job reports nothing.
    """
    handle, path = tempfile.mkstemp(prefix="coach-progress-", suffix=".txt")
    os.close(handle)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = job(path)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=work, name="coach-progress", daemon=True)
    shown = FIRST
    report(FIRST)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(poll)
            now = fraction(path)
            if now is not None and now > shown:
                shown = now
                report(now)
            if tick is not None:
                tick()
    finally:
        for leftover in (path, f"{path}.tmp"):
            with contextlib.suppress(OSError):
                os.remove(leftover)
    if "error" in box:
        raise box["error"]
    return box["value"]
