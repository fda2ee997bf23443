"""User-facing error classes: one message, no traceback."""


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
