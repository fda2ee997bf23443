"""The user's own scenarios: read and validate a YAML file, save it under COACH_HOME/scenarios/, find one by id.

A broken file is an InputError with one line that names the field ("persona.name: Field required"), in the user's
language. Built-in scenarios win over a user's scenario with the same id, so a built-in id cannot be shadowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import ValidationError

from coach.errors import InputError
from coach.messages import define, msg
from coach.roleplay.scenarios import Scenario, _field_path, scenario_library

MAX_FILE_BYTES = 256 * 1024
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

define(
    {
        "roleplay.file.missing": {
            "de": "Szenario-Datei nicht gefunden: {path}",
            "en": "Scenario file not found: {path}",
        },
        "roleplay.file.too_big": {
            "de": "Die Szenario-Datei {name} ist zu groß (höchstens 256 KB).",
            "en": "The scenario file {name} is too large (at most 256 KB).",
        },
        "roleplay.file.yaml": {
            "de": "Die Szenario-Datei {name} ist kein gültiges YAML ({where}): {problem}",
            "en": "The scenario file {name} is not valid YAML ({where}): {problem}",
        },
        "roleplay.file.mapping": {
            "de": "Die Szenario-Datei {name} enthält keine Felder (erwartet: id, title, persona, …).",
            "en": "The scenario file {name} holds no fields (expected: id, title, persona, …).",
        },
        "roleplay.file.field": {
            "de": "Die Szenario-Datei {name} ist ungültig: Feld {field}: {problem}",
            "en": "The scenario file {name} is invalid: field {field}: {problem}",
        },
        "roleplay.file.not_text": {
            "de": "Die Szenario-Datei {name} ist keine Textdatei; erwartet wird YAML (siehe `coach roleplay --template`).",
            "en": "The scenario file {name} is not a text file; YAML is expected (see `coach roleplay --template`).",
        },
        "roleplay.file.line": {"de": "Zeile {line}", "en": "line {line}"},
        "roleplay.field.missing": {"de": "Pflichtfeld fehlt", "en": "required field missing"},
        "roleplay.field.extra": {"de": "unbekanntes Feld", "en": "unknown field"},
        "roleplay.field.at_most": {"de": "höchstens {limit}", "en": "at most {limit}"},
        "roleplay.field.at_least": {"de": "mindestens {limit}", "en": "at least {limit}"},
        "roleplay.field.below": {"de": "kleiner als {limit}", "en": "less than {limit}"},
        "roleplay.field.above": {"de": "größer als {limit}", "en": "greater than {limit}"},
        "roleplay.field.text": {"de": "muss ein Text sein", "en": "must be a text"},
        "roleplay.field.number": {"de": "muss eine ganze Zahl sein", "en": "must be a whole number"},
        "roleplay.field.list": {"de": "muss eine Liste sein", "en": "must be a list"},
        "roleplay.field.fields": {"de": "muss Felder enthalten", "en": "must hold fields"},
        "roleplay.field.choice": {"de": "erlaubt: {expected}", "en": "allowed: {expected}"},
        "roleplay.field.too_short": {
            "de": "zu wenige Einträge (mindestens {limit})",
            "en": "too few entries (at least {limit})",
        },
        "roleplay.unknown_scenario": {
            "de": "Unbekanntes Szenario '{id}'. Bekannt: {known}. Siehe `coach roleplay --list`.",
            "en": "Unknown scenario '{id}'. Known: {known}. See `coach roleplay --list`.",
        },
    }
)


def user_dir(home: Path) -> Path:
    """Return the folder of the user's own scenarios under COACH_HOME."""
    return home / "scenarios"


def parse_scenario(text: str, name: str = "scenario.yaml", lang: str = "en") -> Scenario:
    """Return the scenario in a YAML text; raise InputError naming the first bad field."""
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = msg("roleplay.file.line", lang, line=mark.line + 1) if mark else "?"
        raise InputError(
            msg("roleplay.file.yaml", lang, name=name, where=where, problem=getattr(exc, "problem", exc))
        ) from None
    if not isinstance(data, dict):
        raise InputError(msg("roleplay.file.mapping", lang, name=name))
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        problem = field_problem(err, lang)
        raise InputError(
            msg("roleplay.file.field", lang, name=name, field=_field_path(err["loc"]), problem=problem)
        ) from None


def read_scenario_file(path: Path, lang: str = "en") -> Scenario:
    """Return the scenario in a user's YAML file (any file name); raise InputError naming the bad field."""
    if not path.is_file():
        raise InputError(msg("roleplay.file.missing", lang, path=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(msg("roleplay.file.too_big", lang, name=path.name))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(msg("roleplay.file.not_text", lang, name=path.name)) from None
    except OSError as exc:
        raise InputError(msg("roleplay.file.missing", lang, path=f"{path} ({exc.strerror})")) from None
    if "\x00" in text:
        raise InputError(msg("roleplay.file.not_text", lang, name=path.name))
    return parse_scenario(text, path.name, lang)


_FIELD_PROBLEMS = {
    "missing": ("roleplay.field.missing", None),
    "extra_forbidden": ("roleplay.field.extra", None),
    "less_than_equal": ("roleplay.field.at_most", "le"),
    "greater_than_equal": ("roleplay.field.at_least", "ge"),
    "less_than": ("roleplay.field.below", "lt"),
    "greater_than": ("roleplay.field.above", "gt"),
    "string_type": ("roleplay.field.text", None),
    "int_type": ("roleplay.field.number", None),
    "int_parsing": ("roleplay.field.number", None),
    "int_from_float": ("roleplay.field.number", None),
    "list_type": ("roleplay.field.list", None),
    "dict_type": ("roleplay.field.fields", None),
    "model_type": ("roleplay.field.fields", None),
    "model_attributes_type": ("roleplay.field.fields", None),
    "too_short": ("roleplay.field.too_short", "min_length"),
}


def field_problem(err: dict, lang: str) -> str:
    """Return what is wrong with one field of a scenario, in the user's language (pydantic's text as a fallback)."""
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "?"))  # pydantic joins the choices with an English "or"
        return msg(
            "roleplay.field.choice",
            lang,
            expected=expected.replace("' or '", "' oder '") if lang == "de" else expected,
        )
    if kind in _FIELD_PROBLEMS:
        key, limit = _FIELD_PROBLEMS[kind]
        return msg(key, lang, limit=ctx.get(limit, "?")) if limit else msg(key, lang)
    return str(err.get("msg", "?")).removeprefix("Value error, ")


def _slug(text: str) -> str:
    folded = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40].strip("-") or "scenario"


def save_scenario(scenario: Scenario, folder: Path, text: str | None = None) -> Path:
    """Write a scenario as editable YAML to folder/<id>.yaml (the given text, or a dump of the model); return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{scenario.id}.yaml"
    body = text if text is not None else scenario_yaml(scenario)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(path)
    return path


def scenario_yaml(scenario: Scenario) -> str:
    """Return a scenario as YAML in the field order of the schema (readable, editable)."""
    data = scenario.model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)


def user_scenarios(folder: Path) -> dict[str, Scenario]:
    """Return the valid scenarios in the user's folder by id (broken files are skipped)."""
    out: dict[str, Scenario] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        try:
            scenario = read_scenario_file(path)
        except InputError:
            continue
        out.setdefault(scenario.id, scenario)
    return out


def find_scenario(scenario_id: str, home: Path | None = None, lang: str = "en") -> Scenario:
    """Return a built-in scenario, or one of the user's under COACH_HOME/scenarios/, by id."""
    library = scenario_library()
    if scenario_id in library.scenarios:
        return library.scenarios[scenario_id]
    own = user_scenarios(user_dir(home)) if home is not None else {}
    if scenario_id in own:
        return own[scenario_id]
    if any(e.file.rsplit(".", 1)[0] == scenario_id for e in library.errors):
        return library.get(scenario_id)  # raises the built-in's error, naming file and field
    known = ", ".join(sorted([*library.scenarios, *own])) or "-"
    raise InputError(msg("roleplay.unknown_scenario", lang, id=scenario_id, known=known))


def unique_id(base: str, folder: Path) -> str:
    """Return an id from a text that is neither a built-in id nor taken in the user's folder."""
    stem = _slug(base)
    taken = set(scenario_library().scenarios) | {p.stem for p in folder.glob("*.yaml")}
    candidate, n = stem, 2
    while candidate in taken:
        candidate = f"{stem}-{n}"
        n += 1
    return candidate
