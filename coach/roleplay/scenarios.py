"""Role-play scenarios: pydantic models and a loader that reports broken files by file and field."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from coach.errors import InputError
from coach.paths import SCENARIOS_DIR

ObjectionType = Literal[
    "price",
    "timing",
    "authority",
    "need",
    "competitor",
    "risk",
    "contract_terms",
    "it_readiness",
    "status_quo",
]
Difficulty = Literal["easy", "medium", "hard"]
OBJECTION_TYPES: tuple[str, ...] = ObjectionType.__args__  # type: ignore[attr-defined]
DIFFICULTIES: tuple[str, ...] = Difficulty.__args__  # type: ignore[attr-defined]

NonEmpty = Field(min_length=1)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Persona(_Strict):
    """Who the buyer is."""

    name: str = NonEmpty
    role: str = NonEmpty
    company: str = NonEmpty
    industry: str = NonEmpty
    temperament: str = NonEmpty


class Deal(_Strict):
    """What is on the table and why it pays off for the customer."""

    offer: str = NonEmpty
    price: str = NonEmpty
    term: str = NonEmpty
    goals: list[str] = Field(min_length=1)
    business_case: str = NonEmpty


Slug = Field(default="", pattern=r"^([a-z0-9][a-z0-9-]*)?$", max_length=60)


class Layer(_Strict):
    """One layer of the hidden truth behind an objection, opened in order by a question about it."""

    id: str = Slug  # stable name for probes and history; filled as '<type>-<n>' when left out
    reveal: str = NonEmpty
    keywords: list[str] = Field(default_factory=list)


class Fact(_Strict):
    """Something the buyer knows and tells when the rep asks about it (matched by meaning, any wording)."""

    id: str = Slug  # stable name for probes; filled as 'fact-<n>' when left out
    ask: str = NonEmpty  # one typical way to ask
    say: str = NonEmpty  # the buyer's answer, in character
    also: list[str] = Field(default_factory=list)  # more ways to ask (optional)
    keywords: list[str] = Field(default_factory=list)


class Objection(_Strict):
    """An objection as the buyer raises it, the lines around it and its hidden root cause."""

    type: ObjectionType
    statement: str = NonEmpty
    restatements: list[str] = Field(min_length=2)
    hardened: list[str] = Field(min_length=2)
    push_for_more: list[str] = Field(min_length=2)
    layers: list[Layer] = Field(min_length=1, max_length=5)
    resolution: str = NonEmpty
    resolved_line: str = NonEmpty


class Lines(_Strict):
    """The buyer's decision lines; yes_but carries a {condition} slot."""

    yes: str = NonEmpty
    yes_but: str = NonEmpty
    no: str = NonEmpty
    deflect: str = NonEmpty
    unknown: list[str] = Field(default_factory=list)  # optional: how this persona says "I don't know that"

    @model_validator(mode="after")
    def _condition_slot(self) -> Lines:
        if "{condition}" not in self.yes_but:
            raise ValueError("yes_but must contain the slot {condition}")
        return self


class Scenario(_Strict):
    """A complete role-play scenario as written in knowledge/scenarios/<id>.yaml."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = NonEmpty
    language: Literal["de", "en"]
    difficulty: Difficulty
    patience: int = Field(ge=2, le=10)
    persona: Persona
    deal: Deal
    opening: str = NonEmpty
    objections: list[Objection] = Field(min_length=1)
    facts: list[Fact] = Field(default_factory=list, max_length=60)
    conditions: list[str] = Field(min_length=1)
    lines: Lines
    good_rep_script: list[str] = Field(min_length=5, max_length=8)
    bad_rep_script: list[str] = Field(min_length=4, max_length=6)

    @model_validator(mode="after")
    def _ids(self) -> Scenario:
        """Fill missing fact and layer ids and require every id to be unique within the scenario."""
        for n, fact in enumerate(self.facts, 1):
            fact.id = fact.id or f"fact-{n}"
        for obj in self.objections:
            for n, layer in enumerate(obj.layers, 1):
                layer.id = layer.id or f"{obj.type.replace('_', '-')}-{n}"
        seen: set[str] = set()
        for item in [*self.facts, *(la for o in self.objections for la in o.layers)]:
            if item.id in seen:
                raise ValueError(f"the id '{item.id}' is used twice (fact and layer ids must be unique)")
            seen.add(item.id)
        return self

    @property
    def objection_types(self) -> list[str]:
        """Return the objection types in the order the buyer raises them."""
        return [o.type for o in self.objections]

    def summary(self) -> ScenarioSummary:
        """Return the short listing of this scenario."""
        return ScenarioSummary(
            id=self.id,
            title=self.title,
            language=self.language,
            difficulty=self.difficulty,
            objections=self.objection_types,
        )


class ScenarioSummary(_Strict):
    """One row of `coach roleplay --list`."""

    id: str
    title: str
    language: Literal["de", "en"]
    difficulty: Difficulty
    objections: list[ObjectionType]


class ScenarioError(_Strict):
    """A scenario file that could not be loaded: the file, the field and what is wrong."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class ScenarioLibrary(_Strict):
    """The scenarios that loaded and the files that did not."""

    scenarios: dict[str, Scenario]
    errors: list[ScenarioError] = Field(default_factory=list)

    def get(self, scenario_id: str) -> Scenario:
        """Return a scenario by id; raise InputError naming the known ids (or the broken file) otherwise."""
        if scenario_id in self.scenarios:
            return self.scenarios[scenario_id]
        broken = [e for e in self.errors if Path(e.file).stem == scenario_id]
        if broken:
            raise InputError(f"Scenario '{scenario_id}' is broken and cannot be played: {broken[0]}")
        known = ", ".join(sorted(self.scenarios)) or "none"
        raise InputError(
            f"Unknown scenario '{scenario_id}'. Known scenarios: {known}. See `coach roleplay --list`."
        )

    def summaries(self) -> list[ScenarioSummary]:
        """Return the listing of every loaded scenario, sorted by id."""
        return [self.scenarios[k].summary() for k in sorted(self.scenarios)]


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(file)"


def load_scenario_file(path: Path) -> Scenario:
    """Return the scenario in one YAML file; raise ValueError/ValidationError when it is broken."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    if not isinstance(data, dict):
        raise ValueError("the file does not hold a YAML mapping")
    scenario = Scenario.model_validate(data)
    if scenario.id != path.stem:
        raise ValueError(f"id '{scenario.id}' does not match the file name '{path.stem}'")
    return scenario


def load_scenarios(folder: Path | None = None) -> ScenarioLibrary:
    """Return every valid scenario in the folder plus one error per broken file (by file and field)."""
    folder = folder or SCENARIOS_DIR
    scenarios: dict[str, Scenario] = {}
    errors: list[ScenarioError] = []
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        name = path.name
        try:
            scenario = load_scenario_file(path)
        except ValidationError as exc:
            for err in exc.errors()[:5]:
                errors.append(ScenarioError(file=name, field=_field_path(err["loc"]), message=err["msg"]))
            continue
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "(file)"
            errors.append(
                ScenarioError(
                    file=name, field=where, message=f"not valid YAML: {getattr(exc, 'problem', exc)}"
                )
            )
            continue
        except (ValueError, OSError, UnicodeDecodeError) as exc:
            field = "id" if "does not match the file name" in str(exc) else "(file)"
            errors.append(ScenarioError(file=name, field=field, message=str(exc)))
            continue
        scenarios[scenario.id] = scenario
    return ScenarioLibrary(scenarios=scenarios, errors=errors)


@lru_cache(maxsize=4)
def _cached_library(folder: str, stamp: tuple) -> ScenarioLibrary:
    return load_scenarios(Path(folder))


def scenario_library(folder: Path | None = None) -> ScenarioLibrary:
    """Return the scenario library, cached until a file in the folder changes."""
    folder = folder or SCENARIOS_DIR
    stamp = (
        tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.y*ml")))
        if folder.is_dir()
        else ()
    )
    return _cached_library(str(folder), stamp)


def get_scenario(scenario_id: str, folder: Path | None = None) -> Scenario:
    """Return one scenario by id; raise InputError when it is unknown or broken."""
    return scenario_library(folder).get(scenario_id)
