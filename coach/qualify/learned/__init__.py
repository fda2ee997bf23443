"""The learned qualification model: e5 sentence vectors, small linear classifiers, document labels from sentences.

`make train` (`python -m coach.qualify.learned.train`) fits it on `evals/datasets/qualify/tune/` and writes the
artefact to `coach/resources/models/`; `assess_learned(text)` applies it and returns the engine's `Assessment`.
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "assess_learned": "apply",
    "assess_best": "apply",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
