"""The readiness summary and the BANT view, both defined in knowledge/criteria/readiness.yaml."""

from __future__ import annotations

from coach.qualify.bank import dimensions, readiness_spec
from coach.qualify.models import STATUS_RANK, BantView, Flag, Readiness


def readiness(status: dict[str, str], flags: list[Flag], lang: str) -> Readiness:
    """Return how many core dimensions are covered and whether a proposal makes sense yet."""
    spec = readiness_spec()
    core = list(spec["core"])
    rule = spec.get("ready", {})
    covered = sum(1 for d in core if status.get(d) == "covered")
    required = list(rule.get("required", core))
    blocking = [d for d in required if status.get(d) != "covered"]
    blocking_flags = {f.id for f in flags} & set(rule.get("blocking_flags", []))
    enough = covered >= int(rule.get("min_covered", len(core)))
    if not blocking and enough and not blocking_flags:
        level = "ready"
    elif (
        len(blocking) <= int(rule.get("almost_gap", 1))
        and not blocking_flags
        and covered >= int(rule.get("min_covered", len(core))) - 1
    ):
        level = "almost"
    else:
        level = "not_ready"
    # "almost" with every required dimension covered: one more core dimension is missing, so name the open ones
    open_dims = blocking or [d for d in core if status.get(d) != "covered"]
    open_labels = ", ".join(dimensions()[d].label(lang) for d in open_dims) or "—"
    summary = spec["summaries"][lang][level].format(covered=covered, total=len(core), open=open_labels)
    return Readiness(
        covered=covered,
        total=len(core),
        ready=level == "ready",
        level=level,  # type: ignore[arg-type]
        summary=summary,
        blocking=blocking,  # type: ignore[arg-type]
    )


def bant(status: dict[str, str]) -> BantView:
    """Return the BANT view: each letter takes the best status among its mapped dimensions."""
    mapping = readiness_spec().get("bant", {})
    values: dict[str, str] = {}
    for letter in ("budget", "authority", "need", "timeline"):
        dims = mapping.get(letter, [letter])
        values[letter] = max((status.get(d, "missing") for d in dims), key=lambda s: STATUS_RANK[s])
    return BantView(**values)  # type: ignore[arg-type]
