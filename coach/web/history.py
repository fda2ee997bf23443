"""History for the tabs: past role-play sessions and their trend (the engine's store), past analyses and minutes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.errors import InputError
from coach.settings import Settings
from coach.web.common import md_escape
from coach.web.i18n import t

if (
    TYPE_CHECKING
):  # the store imports SQLAlchemy (a second of start-up): loaded when a result is saved or listed
    from coach.web.store import Kind, ResultStore


def history_path(settings: Settings) -> Path:
    """Return the history file of the person making the current request.

    Without --auth the app has one user (COACH_HOME/history.sqlite3). With --auth every logged-in user gets
    COACH_HOME/users/<name>/history.sqlite3, and every store is also opened for that user name only, so
    colleagues on a shared server never see each other's notes (with COACH_DATABASE_URL too).
    """
    from coach.web.users import LOCAL_USER, current_user, user_slug

    user = current_user()
    if user == LOCAL_USER:
        return settings.history_db
    path = settings.home / "users" / user_slug(user) / "history.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _nothing_stored(settings: Settings) -> bool:
    """Return True when the user's history is a local file not written yet (a team database always counts)."""
    return settings.database_url is None and not history_path(settings).exists()


def result_store(settings: Settings) -> ResultStore:
    """Return the current user's store of past analyses and minutes."""
    from coach.web.store import ResultStore
    from coach.web.users import current_user

    return ResultStore(history_path(settings), current_user())


def save_result(settings: Settings, kind: Kind, title: str, result: Any, notes: str) -> int:
    """Store an engine result (a pydantic model with language and provider) with its notes; return its id."""
    return result_store(settings).save(
        kind, title or kind, result.language, result.provider, notes, result.model_dump_json()
    )


def choices(settings: Settings, kind: Kind, lang: str) -> Any:
    """Return a dropdown update listing the stored results of one kind, newest first."""
    import gradio as gr

    from coach.web.store import choice_label

    records = result_store(settings).list(kind)
    return gr.update(choices=[(choice_label(r), r.id) for r in records], value=None)


def load_result(settings: Settings, choice: Any, kind: Kind, lang: str) -> tuple[str, str]:
    """Return (notes, result JSON) of the chosen stored result; raise InputError when none is chosen."""
    if choice in (None, ""):
        raise InputError(t("past_none", lang))
    return result_store(settings).load(int(choice), kind)


def reopened_html(provider: str, lang: str) -> str:
    """Return the line shown instead of the live brain when a stored result is reopened."""
    return (
        f'<div class="coach-brain coach-brain-local"><span>↺ {t("reopened", lang)} · '
        f"{t('produced_by', lang)}: <code>{md_escape(provider)}</code></span></div>"
    )


# --- role-play sessions (stored by coach.roleplay.history) ----------------------------------------------------------


def session_store(settings: Settings) -> Any:
    """Return the role-play engine's history store."""
    from coach.roleplay.history import HistoryStore
    from coach.web.users import current_user

    return HistoryStore(history_path(settings), current_user())


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def sessions_frame(settings: Settings, lang: str, limit: int = 50) -> Any:
    """Return the past role-play sessions as a table (newest first) with headers in the UI language."""
    import pandas as pd

    columns = [t(k, lang) for k in ("col_when", "col_scenario", "col_difficulty", "col_outcome", "col_total")]
    if _nothing_stored(settings):
        return pd.DataFrame(columns=columns)
    rows = [
        (
            _local_time(s.created_at),
            s.title,
            t("difficulty_" + s.difficulty, lang),
            t("outcome_" + s.outcome, lang),
            s.total,
        )
        for s in session_store(settings).sessions(limit)
    ]
    return pd.DataFrame(rows, columns=columns)


def trend_frame(settings: Settings, lang: str) -> Any:
    """Return scores (0-100) per criterion over the past sessions, oldest first, for the chart.

    The x value names the session by number and date ('03 · 17.11.'), so the axis reads like a training log.
    """
    import pandas as pd

    columns = ["session", "score", "criterion"]
    if _nothing_stored(settings):
        return pd.DataFrame(columns=columns)
    store = session_store(settings)
    sessions = list(reversed(store.sessions()))  # oldest first, the order of trend() scores
    names = [
        f"{n:02d} · {_local_time(s.created_at)[8:10]}.{_local_time(s.created_at)[5:7]}."
        for n, s in enumerate(sessions, 1)
    ]
    rows = []
    for trend in store.trend():
        label = t("crit_" + trend.id, lang)
        rows.extend(
            {"session": name, "score": round(100 * s), "criterion": label}
            for name, s in zip(names, trend.scores, strict=False)
        )
    return pd.DataFrame(rows, columns=columns)


def session_choices(settings: Settings, lang: str) -> Any:
    """Return a dropdown update listing the stored role-play sessions."""
    import gradio as gr

    if _nothing_stored(settings):
        return gr.update(choices=[], value=None)
    sessions = session_store(settings).sessions(50)
    return gr.update(
        choices=[(f"{_local_time(s.created_at)} · {s.title} · {s.total}/100", s.id) for s in sessions],
        value=None,
    )


def load_session(settings: Settings, choice: Any, lang: str) -> dict[str, Any]:
    """Return a stored role-play session (turns and scorecard); raise InputError when none is chosen."""
    if choice in (None, ""):
        raise InputError(t("past_none", lang))
    return session_store(settings).load(int(choice))
