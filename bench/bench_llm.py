"""Local model: tokens/s through our stack (ChatOpenAI over loopback HTTP) vs xllamacpp called directly."""

from __future__ import annotations

import socket
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import row, table  # noqa: E402

from coach.llm import ask_structured  # noqa: E402
from coach.llm.brain import get_brain  # noqa: E402
from coach.settings import load_settings  # noqa: E402

PROMPT = "Schreibe eine kurze Einladung zum Entscheidungsmeeting mit Tagesordnung."
TOKENS = 96
RUNS = 5


def _direct(server) -> tuple[float, float]:
    """Return (tokens/s, seconds) for one in-process call of llama.cpp's chat handler."""
    started = time.perf_counter()
    out = server.handle_chat_completions(
        {
            "messages": [{"role": "user", "content": PROMPT}],
            "max_tokens": TOKENS,
            "temperature": 0,
            "ignore_eos": True,
        }
    )
    seconds = time.perf_counter() - started
    return out["usage"]["completion_tokens"] / seconds, seconds


def _stack(chat) -> tuple[float, float]:
    started = time.perf_counter()
    answer = chat.invoke(PROMPT)
    seconds = time.perf_counter() - started
    return answer.response_metadata["token_usage"]["completion_tokens"] / seconds, seconds


def _ttft(chat) -> float:
    started = time.perf_counter()
    for chunk in chat.stream(PROMPT):
        if chunk.content:
            return (time.perf_counter() - started) * 1000
    return float("nan")


def _dead_endpoint_fallback() -> float:
    from langchain_core.messages import HumanMessage
    from pydantic import BaseModel

    class R(BaseModel):
        x: int

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = load_settings(
        provider="openai", openai_base_url=f"http://127.0.0.1:{port}/v1", openai_api_key="k"
    )
    brain = get_brain(settings)
    started = time.perf_counter()
    ask_structured(brain, R, [HumanMessage("x")], R(x=0), [])
    return round(time.perf_counter() - started, 2)


def run() -> list[dict]:
    """Return the model benchmark rows (needs the 'local' extra)."""
    from coach.llm import local

    brain = local.local_brain(load_settings(provider="local"))
    if brain.chat is None:
        return [row("local model", 0, "", "", "; ".join(brain.notices))]
    chat = brain.chat.bind(max_tokens=TOKENS, temperature=0, extra_body={"ignore_eos": True})
    server = local._server.server
    _direct(server), _stack(chat)  # warm-up
    direct, ours = [], []
    for _ in range(RUNS):  # interleaved so both see the same machine state
        direct.append(_direct(server)[0])
        ours.append(_stack(chat)[0])
    d, o = statistics.median(direct), statistics.median(ours)
    ttft = statistics.median(_ttft(brain.chat.bind(max_tokens=16)) for _ in range(5))
    return [
        row(
            "local tokens/s, xllamacpp direct",
            round(d, 1),
            "tokens/s",
            "",
            f"{TOKENS} tokens, median of {RUNS}",
        ),
        row(
            "local tokens/s, through coach (ChatOpenAI over loopback)",
            round(o, 1),
            "tokens/s",
            "",
            brain.model or "",
        ),
        row("coach / direct", round(o / d, 3), "ratio", ">= 0.90"),
        row("time to first token (streamed)", round(ttft), "ms median", ""),
        row("fallback time, dead endpoint (connection refused)", _dead_endpoint_fallback(), "s", "< 3 s"),
    ]


if __name__ == "__main__":
    print(table(run()))
