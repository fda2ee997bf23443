"""The question bank (knowledge/questions.yaml) and the readiness definition (knowledge/criteria/readiness.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from coach.paths import KNOWLEDGE_DIR

QUESTIONS_FILE = KNOWLEDGE_DIR / "questions.yaml"
READINESS_FILE = KNOWLEDGE_DIR / "criteria" / "readiness.yaml"


@dataclass(frozen=True)
class BankQuestion:
    """One discovery question in both languages."""

    id: str
    dimension: str
    de: str
    en: str
    about: tuple[str, ...]

    def text(self, lang: str) -> str:
        """Return the question in the language ('de' or 'en')."""
        return self.de if lang == "de" else self.en


@dataclass(frozen=True)
class BankDimension:
    """A dimension of the question bank: order, knowledge section, labels and questions."""

    key: str
    order: int
    section: str
    label_de: str
    label_en: str
    questions: tuple[BankQuestion, ...]

    def label(self, lang: str) -> str:
        """Return the dimension's label in the language."""
        return self.label_de if lang == "de" else self.label_en


@lru_cache(maxsize=1)
def dimensions() -> dict[str, BankDimension]:
    """Return the question bank's dimensions by key, in framework order."""
    data = yaml.safe_load(QUESTIONS_FILE.read_text(encoding="utf-8")) or {}
    out: dict[str, BankDimension] = {}
    for key, spec in (data.get("dimensions") or {}).items():
        questions = tuple(
            BankQuestion(
                id=str(q["id"]),
                dimension=key,
                de=str(q["de"]),
                en=str(q["en"]),
                about=tuple(q.get("about") or ()),
            )
            for q in spec.get("questions") or []
        )
        label = spec.get("label") or {}
        out[key] = BankDimension(
            key=key,
            order=int(spec.get("order", 99)),
            section=str(spec.get("section", key)),
            label_de=str(label.get("de", key)),
            label_en=str(label.get("en", key)),
            questions=questions,
        )
    return dict(sorted(out.items(), key=lambda kv: kv[1].order))


@lru_cache(maxsize=1)
def readiness_spec() -> dict[str, Any]:
    """Return the readiness definition (core/extension order, BANT mapping, readiness rule, summaries)."""
    return yaml.safe_load(READINESS_FILE.read_text(encoding="utf-8")) or {}


def question(question_id: str) -> BankQuestion | None:
    """Return a bank question by id, or None."""
    for dim in dimensions().values():
        for q in dim.questions:
            if q.id == question_id:
                return q
    return None
