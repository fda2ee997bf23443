"""Who is asking: the logged-in user of the current request ('local' without --auth) and their own folders."""

from __future__ import annotations

from pathlib import Path

from coach.accounts import LOCAL_USER, user_home, user_slug
from coach.settings import Settings

PLAYBOOKS = "playbooks"


def current_user() -> str:
    """Return the name of the user making the current Gradio request, or 'local' (no --auth, or no request)."""
    from gradio.context import LocalContext

    request = LocalContext.request.get(None)
    name = getattr(request, "username", None) if request is not None else None
    return str(name) if name else LOCAL_USER


def is_multi_user() -> bool:
    """Return whether the current request comes from a logged-in user (the app runs with --auth)."""
    return current_user() != LOCAL_USER


def playbook_dir(settings: Settings, user: str | None = None) -> Path:
    """Return the user's playbook folder: COACH_HOME/users/<name>/playbooks (COACH_HOME/playbooks for 'local')."""
    name = user or current_user()
    if name == LOCAL_USER:
        return settings.home / PLAYBOOKS
    return user_home(settings, name) / PLAYBOOKS


def owns_source(settings: Settings, source: str, user: str | None = None) -> bool:
    """Return whether a search hit's source may be shown to the user: built-in knowledge or their own playbook.

    Playbooks of other users (anything under COACH_HOME/users/<other>/ or, for a logged-in user, the local
    COACH_HOME/playbooks) are hidden.
    """
    path = Path(source)
    if not path.is_absolute():
        return True
    mine = playbook_dir(settings, user).resolve()
    home = settings.home.resolve()
    try:
        resolved = path.resolve()
    except OSError:
        return False
    if resolved.is_relative_to(mine):
        return True
    return not (resolved.is_relative_to(home / "users") or resolved.is_relative_to(home / PLAYBOOKS))


__all__ = ["LOCAL_USER", "current_user", "is_multi_user", "owns_source", "playbook_dir", "user_slug"]
