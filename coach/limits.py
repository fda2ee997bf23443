"""Limits before work: every entry point cuts or refuses oversized input before tokenising, embedding or rendering.

One table of limits (characters per kind of input), one helper that cuts and says so in the user's language, one
that refuses, and a small admission gate so that a few big jobs cannot starve everybody else.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from coach.errors import CoachError, InputError
from coach.messages import define, msg

Kind = Literal["query", "reply", "objection", "notes", "minutes"]

LIMITS: dict[str, int] = {
    "query": 500,  # a search query: e5 reads 512 tokens at most; 500 characters search in ~0.1 s
    "reply": 2_000,  # one answer in the role-play (the session keeps 2,000 too)
    "objection": 2_000,  # the buyer's objection for `check-reply`
    "notes": 100_000,  # call notes: ~1.2 s offline on 2 cores
    "minutes": 60_000,  # meeting notes for the minutes (the engine keeps 60,000 too): ~0.3 s offline
}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
BIG_INPUT = 20_000  # characters from which a job counts as big and takes the one big-job slot
BIG_SLOTS = 1
BIG_WAIT_S = 8.0  # how long a big job waits for the slot before the user is told to try again
BUDGET_S = 30.0  # the most a web request waits for its answer
WORKERS = 4
T = TypeVar("T")

define(
    {
        "limit_cut_query": {
            "de": "Die Suchanfrage war länger als {limit} Zeichen; gesucht wurde mit dem Anfang.",
            "en": "The search query was longer than {limit} characters; the search used its beginning.",
        },
        "limit_cut_reply": {
            "de": "Ihre Antwort war länger als {limit} Zeichen; ausgewertet wurde der Anfang.",
            "en": "Your reply was longer than {limit} characters; the beginning was scored.",
        },
        "limit_cut_objection": {
            "de": "Der Einwand war länger als {limit} Zeichen; geprüft wurde der Anfang.",
            "en": "The objection was longer than {limit} characters; the beginning was checked.",
        },
        "limit_cut_notes": {
            "de": "Die Notizen waren länger als {limit} Zeichen; nur der Anfang wurde ausgewertet.",
            "en": "The notes were longer than {limit} characters; only the beginning was analysed.",
        },
        "limit_cut_minutes": {
            "de": "Die Meeting-Notizen waren länger als {limit} Zeichen; das Protokoll beruht auf dem Anfang.",
            "en": "The meeting notes were longer than {limit} characters; the minutes use the beginning.",
        },
        "limit_too_long": {
            "de": "Die Eingabe ist zu lang ({size} Zeichen, höchstens {limit}). Bitte kürzen.",
            "en": "The input is too long ({size} characters, at most {limit}). Please shorten it.",
        },
        "limit_file_too_big": {
            "de": "{name} ist größer als {mb} MB. Bitte kürzen oder als Text einfügen.",
            "en": "{name} is larger than {mb} MB. Please shorten it or paste the text.",
        },
        "limit_timeout": {
            "de": "Die Auswertung hat länger als {seconds} s gedauert und wurde nicht abgewartet. Bitte kürzen Sie "
            "die Eingabe oder versuchen Sie es gleich noch einmal.",
            "en": "The analysis took longer than {seconds} s and was not waited for. Please shorten the input or "
            "try again shortly.",
        },
        "limit_busy": {
            "de": "Gerade läuft schon eine große Auswertung. Bitte in ein paar Sekunden noch einmal versuchen.",
            "en": "A large analysis is already running. Please try again in a few seconds.",
        },
    }
)


def fmt_number(value: int, lang: str | None) -> str:
    """Return an integer with thousands separators in the language's style (100.000 / 100,000)."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def limit_text(text: str | None, kind: Kind, lang: str | None) -> tuple[str, list[str]]:
    """Return the text cut to the limit of its kind (at a line end where possible) and a notice when it was cut."""
    text = text or ""
    limit = LIMITS[kind]
    if len(text) <= limit:
        return text, []
    cut = text.rfind("\n", 0, limit)
    kept = text[: cut if cut > limit // 2 else limit]
    return kept, [msg(f"limit_cut_{kind}", lang, limit=fmt_number(limit, lang))]


def refuse_long(text: str | None, kind: Kind, lang: str | None) -> str:
    """Return the text unchanged, or raise InputError (exit 2) when it is longer than its kind's limit."""
    text = text or ""
    limit = LIMITS[kind]
    if len(text) > limit:
        raise InputError(
            msg("limit_too_long", lang, size=fmt_number(len(text), lang), limit=fmt_number(limit, lang))
        )
    return text


def check_file_size(size: int, name: str, lang: str | None) -> None:
    """Raise InputError when an uploaded or named file is larger than MAX_UPLOAD_BYTES."""
    if size > MAX_UPLOAD_BYTES:
        raise InputError(msg("limit_file_too_big", lang, name=name, mb=MAX_UPLOAD_BYTES // 2**20))


class BusyError(CoachError):
    """Every slot for big jobs is taken: the user is asked to try again shortly."""


_big = threading.BoundedSemaphore(BIG_SLOTS)


@contextmanager
def admission(size: int, lang: str | None, wait: float = BIG_WAIT_S) -> Iterator[None]:
    """Run the block at once for small input; big input (>= BIG_INPUT characters) waits for the one big slot.

    Raise BusyError (a message in the user's language) when the slot stays taken for `wait` seconds, so one
    person pasting huge texts again and again holds at most one worker and everyone else keeps their speed.
    """
    if size < BIG_INPUT:
        yield
        return
    if not _big.acquire(timeout=wait):
        raise BusyError(msg("limit_busy", lang))
    try:
        yield
    finally:
        _big.release()


class BudgetError(CoachError):
    """A job did not finish within its time budget."""


_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="coach-budget")


def within_budget(fn: Callable[[], T], lang: str | None, seconds: float = BUDGET_S) -> T:
    """Return fn()'s result, run in a bounded worker pool; raise BudgetError when it takes longer than seconds.

    The caller is answered in time; the job itself finishes in the background (its input is already limited,
    and the pool has WORKERS threads, so late jobs cannot pile up without bound).
    """
    future = _pool.submit(contextvars.copy_context().run, fn)
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        raise BudgetError(msg("limit_timeout", lang, seconds=f"{seconds:g}")) from None


_procs: Any = None
_procs_lock = threading.Lock()
PARENT_POLL_S = 0.5  # how often a worker process checks that the server that started it is still there


def _lower_priority(parent: int | None = None) -> None:
    """Set up a worker process: lowest CPU priority, and exit as soon as the server that started it is gone."""
    import os

    try:
        os.nice(19)
    except OSError:
        pass
    if parent is not None:
        threading.Thread(
            target=_exit_with_parent, args=(parent,), name="coach-parent-watch", daemon=True
        ).start()


def _exit_with_parent(parent: int) -> None:
    """Leave the worker process at once when its parent is gone (killed, crashed), even in the middle of a job."""
    import os
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)  # the job's result has nobody to go to


def _process_pool() -> Any:
    """Return the one worker process for big offline jobs (spawned, not forked: the server has threads)."""
    global _procs
    with _procs_lock:
        if _procs is None:
            import multiprocessing
            import os
            from concurrent.futures import ProcessPoolExecutor

            _procs = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_lower_priority,
                initargs=(os.getpid(),),
            )
            import atexit

            atexit.unregister(stop_workers)
            atexit.register(stop_workers)  # a normal exit: no worker outlives the app
        return _procs


def worker_pids() -> list[int]:
    """Return the process ids of the running big-job workers (none before the first big job or warm-up)."""
    with _procs_lock:
        processes = getattr(_procs, "_processes", None) or {}
        return [pid for pid, proc in list(processes.items()) if proc.is_alive()]


def stop_workers(timeout: float = 5.0) -> None:
    """Stop the big-job worker processes now, a running job included, and forget the pool (a new one starts on use)."""
    global _procs
    with _procs_lock:
        pool, _procs = _procs, None
    if pool is None:
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout)
    pool.shutdown(wait=False, cancel_futures=True)


def offload(
    fn: Callable[..., T], *args: Any, lang: str | None, seconds: float = BUDGET_S, **kwargs: Any
) -> T:
    """Return fn(*args, **kwargs) computed in a separate low-priority process, within the time budget.

    For big offline jobs: they then hold neither the server's GIL nor a full core against small requests.
    fn must be a module-level function and its arguments and result picklable (no language model objects).
    """
    future = _process_pool().submit(fn, *args, **kwargs)
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        raise BudgetError(msg("limit_timeout", lang, seconds=f"{seconds:g}")) from None


def warm_offload(fn: Callable[..., Any], *args: Any) -> None:
    """Start the worker process and load fn's module there (once, at server start), so the first big job is quick."""
    _process_pool().submit(fn, *args).result(timeout=120)
