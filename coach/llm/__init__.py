"""The one seam for language models: offline, a local GGUF via llama.cpp, or any OpenAI-compatible endpoint."""

from coach.llm.brain import Brain, get_brain, offline_brain
from coach.llm.structured import ask_structured, ask_text, stream_text

__all__ = ["Brain", "get_brain", "offline_brain", "ask_structured", "ask_text", "stream_text"]
