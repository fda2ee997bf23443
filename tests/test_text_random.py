"""Bad input: no file of random bytes is taken for text; every real-text fixture (DE/EN, UTF-8/16, Latin-1) is."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from coach.errors import InputError
from coach.text import read_document
from coach.textio import text_from_bytes

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 40, 64, 100, 300, 1000, 4000, 20000)


def _random_files(n: int = 400, seed: int = 12) -> list[bytes]:
    rng = random.Random(seed)
    return [rng.randbytes(rng.choice(SIZES)) for _ in range(n)]


def test_random_bytes_are_refused_as_not_text() -> None:
    accepted = []
    for i, data in enumerate(_random_files()):
        try:
            text_from_bytes(data, f"random-{i}.txt")
            accepted.append(i)
        except InputError as exc:
            assert "not text" in str(exc) and f"random-{i}.txt" in str(exc)
    assert accepted == []


def test_random_bytes_with_a_bom_are_refused_too() -> None:
    rng = random.Random(3)
    for prefix in (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"):
        for _ in range(30):
            with pytest.raises(InputError):
                text_from_bytes(prefix + rng.randbytes(rng.choice(SIZES)), "bom.txt")


def test_the_message_follows_coach_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_LANG", "de")
    with pytest.raises(InputError, match="ist kein Text"):
        read_document(random.Random(1).randbytes(500), name="bild.txt")


def _real_texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    folders = [ROOT / "tests" / "fixtures", ROOT / "evals" / "datasets"]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if "blind" in path.parts or not path.is_file() or path.suffix in (".docx", ".pdf", ".png", ".py"):
                continue
            texts.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "evals" / "datasets").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for case in data.get("cases", []) if isinstance(data, dict) else []:
            for key in ("notes", "text", "reply"):
                if isinstance(case.get(key), str) and case[key].strip():
                    texts.append((f"{path.name}:{case.get('id')}:{key}", case[key]))
    return texts


def test_every_real_text_is_accepted_in_every_encoding() -> None:
    refused = []
    texts = _real_texts()
    assert len(texts) > 200
    for name, text in texts:
        for encoding in ("utf-8", "utf-16", "latin-1"):
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            try:
                text_from_bytes(data, "input.txt")
            except InputError:
                refused.append(f"{name} ({encoding})")
    assert refused == []
