"""User-facing error classes: one message, no traceback."""

from coach.messages import define

define(
    {
        "error.index_missing": {
            "de": "Noch kein Wissensindex. Führen Sie zuerst `coach index` aus (make run erledigt das).",
            "en": "No knowledge index yet. Run `coach index` first (make run does it for you).",
        },
        "error.index_unreadable": {
            "de": "Der Index lässt sich nicht lesen ({kind}). Führen Sie `coach index --rebuild` aus.",
            "en": "The index cannot be read ({kind}). Run `coach index --rebuild`.",
        },
        "error.index_unopenable": {
            "de": "Der Index unter {where} lässt sich nicht öffnen ({kind}). Führen Sie `coach index --rebuild` aus.",
            "en": "The index at {where} cannot be opened ({kind}). Run `coach index --rebuild`.",
        },
        "error.index_damaged": {
            "de": "Der Index ist beschädigt ({kind}). Führen Sie `coach index --rebuild` aus.",
            "en": "The index is damaged ({kind}). Run `coach index --rebuild`.",
        },
    }
)


class CoachError(Exception):
    """An error the user can fix; its message says what to do."""

    exit_code = 1


class ConfigError(CoachError):
    """A setting has a bad value; the message names the variable and the allowed values."""

    exit_code = 2


class InputError(CoachError):
    """The user's input (file, text, flag) cannot be used."""

    exit_code = 2


class IndexMissingError(CoachError):
    """The retrieval index is missing or unreadable."""

    exit_code = 3
