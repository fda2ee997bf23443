"""The one seam for language models: offline, a local GGUF via llama.cpp, or any OpenAI-compatible endpoint."""

from coach.lazy import lazy_exports

_EXPORTS = {
    "Brain": "brain",
    "get_brain": "brain",
    "offline_brain": "brain",
    "ask_structured": "structured",
    "ask_text": "structured",
    "stream_text": "structured",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
