"""A stage set by hand: reading what the salesperson typed, and the stage in words with the gates said honestly."""

from __future__ import annotations

from typing import Any

import coach.deals.messages  # noqa: F401 - registers the message ids
from coach.deals.messages import day_text
from coach.deals.models import SETTABLE, ManualStage, Stage
from coach.errors import InputError
from coach.messages import msg

NOTE_LIMIT = 500
_QUOTES = {"de": ("„", "“"), "en": ("“", "”")}


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def parse_stage(value: str | None, lang: str = "en") -> Stage:
    """Return the stage id for a stage name: its id (won, on_hold …) or its label in German or English.

    Raises InputError (exit 2) with the allowed ids when the name is none of them."""
    wanted = _key(value or "")
    for stage in SETTABLE:
        names = {stage, msg(f"deal.stage.{stage}", "de"), msg(f"deal.stage.{stage}", "en")}
        if wanted and wanted in {_key(n) for n in names}:
            return stage
    raise InputError(msg("deal.bad_stage", lang, value=value, allowed=", ".join(SETTABLE)))


def clean_note(note: str | None, lang: str = "en") -> str:
    """Return the note on one line, trimmed; raise InputError when it is longer than NOTE_LIMIT characters."""
    text = " ".join((note or "").split())
    if len(text) > NOTE_LIMIT:
        raise InputError(msg("deal.note_too_long", lang, size=len(text), limit=NOTE_LIMIT))
    return text


def gate_words(gates: list[Any], lang: str) -> str:
    """Return the gates as '<label>: <status>' joined by '; ', the labels in lang."""
    from coach.minutes.gates import load_rules

    rules = load_rules()
    parts = []
    for gate in gates:
        known = rules.gates.get(gate.id)
        label = known.label.get(lang, gate.label) if known else gate.label
        parts.append(f"{label}: {msg(f'deal.gate_status.{gate.status}', lang)}")
    return "; ".join(parts)


def stage_text(stage: Stage, by_hand: ManualStage | None, gates: list[Any], lang: str) -> str:
    """Return the stage in words; a stage set by hand says so with its date and note, and a deal won by hand
    names every gate its minutes do not prove ("Gewonnen (von Hand gesetzt am …); Vertrag unterschrieben: unklar")."""
    label = msg(f"deal.stage.{stage}", lang)
    if by_hand is None:
        return label
    day = day_text(by_hand.date, lang)
    if by_hand.note:
        left, right = _QUOTES.get(lang, _QUOTES["en"])
        text = msg("deal.by_hand_note", lang, stage=label, date=day, note=f"{left}{by_hand.note}{right}")
    else:
        text = msg("deal.by_hand", lang, stage=label, date=day)
    open_gates = [g for g in gates if g.status != "met"]
    if stage == "won" and open_gates:
        text += "; " + gate_words(open_gates, lang)
    return text
