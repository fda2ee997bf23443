"""Accounts for a team: a users file with one `name:argon2-hash` line per person; passwords are never stored.

`COACH_USERS_FILE` names the file (default `COACH_HOME/users.txt`). `coach user add|list|remove` edits it and
`coach ui --auth` checks logins against it.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from coach.errors import ConfigError, InputError
from coach.messages import define, msg
from coach.settings import Settings

ENV = "COACH_USERS_FILE"
LOCAL_USER = "local"  # the one user of an app started without --auth
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8

_hasher = PasswordHasher()
_lock = threading.Lock()

define(
    {
        "user_bad_name": {
            "de": "Ungültiger Benutzername {name!r}: 1–64 Zeichen aus Buchstaben, Ziffern, '.', '_', '-', '@'.",
            "en": "Invalid user name {name!r}: 1–64 characters of letters, digits, '.', '_', '-', '@'.",
        },
        "user_short_password": {
            "de": "Das Passwort ist zu kurz: mindestens {n} Zeichen.",
            "en": "The password is too short: at least {n} characters.",
        },
        "user_exists": {
            "de": "{name} gibt es schon. Zum Ändern des Passworts: coach user add {name} --replace",
            "en": "{name} exists already. To change the password: coach user add {name} --replace",
        },
        "user_unknown": {"de": "{name} gibt es nicht in {path}.", "en": "There is no {name} in {path}."},
        "user_no_file": {
            "de": "--auth ohne Benutzer:Passwort braucht eine Benutzerdatei: zuerst `coach user add NAME` "
            "(Datei: {path}, oder COACH_USERS_FILE setzen).",
            "en": "--auth without user:password needs a users file: run `coach user add NAME` first "
            "(file: {path}, or set COACH_USERS_FILE).",
        },
        "user_auth_format": {
            "de": "--auth / COACH_AUTH muss die Form benutzer:passwort haben (oder --auth allein für die Benutzerdatei).",
            "en": "--auth / COACH_AUTH must look like user:password (or give --auth alone for the users file).",
        },
        "user_bad_line": {
            "de": "{path}, Zeile {line}: erwartet wird name:argon2-hash.",
            "en": "{path}, line {line}: expected name:argon2-hash.",
        },
    }
)


def users_file(settings: Settings) -> Path:
    """Return the users file: COACH_USERS_FILE, else COACH_HOME/users.txt."""
    value = os.environ.get(ENV, "").strip()
    return Path(value).expanduser() if value else settings.home / "users.txt"


def check_name(name: str, lang: str | None = None) -> str:
    """Return the name when it is a valid user name (also safe as a folder name); raise InputError otherwise."""
    if not NAME_RE.match(name or "") or name in (".", ".."):
        raise InputError(msg("user_bad_name", lang, name=name))
    return name


def hash_password(password: str, lang: str | None = None) -> str:
    """Return the argon2id hash of a password (refusing passwords shorter than MIN_PASSWORD)."""
    if len(password or "") < MIN_PASSWORD:
        raise InputError(msg("user_short_password", lang, n=MIN_PASSWORD))
    return _hasher.hash(password)


def read_users(path: Path) -> dict[str, str]:
    """Return {name: hash} from a users file (empty when it does not exist); raise ConfigError on a bad line."""
    if not path.exists():
        return {}
    users: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, digest = line.partition(":")
        if not sep or not NAME_RE.match(name) or not digest.startswith("$argon2"):
            raise ConfigError(msg("user_bad_line", None, path=path, line=n))
        users[name] = digest
    return users


def _write_users(path: Path, users: dict[str, str]) -> None:
    """Write the users file atomically, readable only by its owner."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    body = "".join(f"{name}:{digest}\n" for name, digest in sorted(users.items()))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(body)
    os.replace(tmp, path)


def add_user(path: Path, name: str, password: str, replace: bool = False, lang: str | None = None) -> None:
    """Add a user (or replace their password with replace=True); only the hash is written."""
    check_name(name, lang)
    digest = hash_password(password, lang)
    with _lock:
        users = read_users(path)
        if name in users and not replace:
            raise InputError(msg("user_exists", lang, name=name))
        users[name] = digest
        _write_users(path, users)


def remove_user(path: Path, name: str, lang: str | None = None) -> None:
    """Remove a user from the users file (their data under COACH_HOME/users/<name> stays until purged)."""
    with _lock:
        users = read_users(path)
        if name not in users:
            raise InputError(msg("user_unknown", lang, name=name, path=path))
        del users[name]
        _write_users(path, users)


def verify(users: dict[str, str], name: str, password: str) -> bool:
    """Return whether the password matches the user's stored hash (False for unknown users)."""
    digest = users.get(name)
    if digest is None:
        _hasher.hash("timing-equaliser")  # an unknown name costs as much as a wrong password
        return False
    try:
        return _hasher.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticator(settings: Settings, auth: str | None) -> Callable[[str, str], bool] | None:
    """Return the login check for `coach ui`: None without auth, the users file for '' , one user for 'u:p'.

    A single `user:password` from --auth / COACH_AUTH is hashed in memory at once; the plain text is not kept.
    """
    if auth is None:
        return None
    if auth == "":
        path = users_file(settings)
        if not read_users(path):
            raise ConfigError(msg("user_no_file", None, path=path))

        def check_file(name: str, password: str) -> bool:
            return verify(read_users(path), name, password)  # re-read: added users can log in at once

        return check_file
    name, sep, password = auth.partition(":")
    if not sep or not name or not password:
        raise ConfigError(msg("user_auth_format", None))
    check_name(name)
    single = {name: _hasher.hash(password)}
    del password

    def check_one(user: str, given: str) -> bool:
        return verify(single, user, given)

    return check_one


def user_slug(name: str | None) -> str:
    """Return the folder name for a logged-in user ('local' without --auth); never a path."""
    if not name:
        return LOCAL_USER
    slug = re.sub(r"[^\w.@-]", "_", str(name))[:64].strip(".")
    return slug or "user"


def user_home(settings: Settings, name: str | None) -> Path:
    """Return COACH_HOME/users/<name>: the folder of one user's data (playbooks, ...)."""
    return settings.home / "users" / user_slug(name)
