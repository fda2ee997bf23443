"""Diagnose the installation: index, embedding model, and each language-model provider."""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from coach.llm.brain import get_brain, is_loopback_url, resolve_provider
from coach.settings import Settings


class DoctorReport(BaseModel):
    """The result of `coach doctor`: one entry per check, and whether everything needed works."""

    model_config = ConfigDict(extra="forbid")

    ok: bool
    active_provider: str
    text_leaves_machine: bool
    home: str
    index: dict[str, Any]
    embeddings: dict[str, Any]
    providers: dict[str, dict[str, Any]] = Field(default_factory=dict)

    def lines(self) -> list[str]:
        """Return human-readable ok/problem lines."""
        mark = lambda ok: "ok     " if ok else "problem"  # noqa: E731
        out = [
            f"{mark(self.index['ok'])} index: {self.index['detail']}",
            f"{mark(self.embeddings['ok'])} embeddings: {self.embeddings['detail']}",
        ]
        for name, info in self.providers.items():
            active = " (active)" if name == self.active_provider else ""
            out.append(f"{mark(info['ok'])} provider {name}{active}: {info.get('detail', '')}")
        where = (
            "text is sent to a remote endpoint" if self.text_leaves_machine else "text stays on this machine"
        )
        out.append(f"privacy: {where}; data folder {self.home}")
        return out


def _index(settings: Settings) -> dict[str, Any]:
    from coach.retrieval.store import index_exists, vector_store

    where = settings.chroma_url or str(settings.index_dir)
    if not index_exists(settings):
        return {"ok": False, "detail": f"no index at {where}; run `coach index`", "chunks": 0, "files": 0}
    try:
        got = vector_store(settings).get(include=["metadatas"])
    except Exception as exc:  # noqa: BLE001
        return {
            "ok": False,
            "detail": f"index unreadable ({type(exc).__name__}); run `coach index --rebuild`",
        }
    files = {m.get("source") for m in got["metadatas"]}
    return {
        "ok": True,
        "detail": f"{len(got['ids'])} chunks from {len(files)} files at {where}",
        "chunks": len(got["ids"]),
        "files": len(files),
        "location": where,
    }


def _embeddings() -> dict[str, Any]:
    from coach.retrieval.embeddings import MODEL_NAME, E5Embeddings

    try:
        emb = E5Embeddings()
        emb.embed_query("warm-up")
        started = time.perf_counter()
        vec = emb.embed_query("Wann muss das Protokoll beim Kunden sein?")
        ms = (time.perf_counter() - started) * 1000
    except Exception as exc:  # noqa: BLE001
        return {
            "ok": False,
            "detail": f"{MODEL_NAME} failed to load ({type(exc).__name__})",
            "model": MODEL_NAME,
        }
    return {
        "ok": True,
        "detail": f"{MODEL_NAME}, {len(vec)} dimensions, {ms:.0f} ms per query",
        "model": MODEL_NAME,
        "dim": len(vec),
        "query_ms": round(ms, 1),
    }


def check_openai(settings: Settings) -> dict[str, Any]:
    """Return whether the configured OpenAI-compatible endpoint answers a one-token request."""
    from coach.llm.structured import describe_failure

    if not (settings.openai_api_key or settings.openai_base_url):
        return {"ok": False, "detail": "not configured (set OPENAI_API_KEY and/or OPENAI_BASE_URL)"}
    from coach.llm.brain import openai_chat

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
    where = settings.openai_base_url or "api.openai.com"
    chat = openai_chat(settings, settings.openai_base_url, key, settings.model, max_retries=0)
    try:
        started = time.perf_counter()
        chat.bind(max_tokens=1).invoke("ping")
        ms = (time.perf_counter() - started) * 1000
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "detail": f"{describe_failure(exc)} ({where})", "model": settings.model}
    remote = not is_loopback_url(settings.openai_base_url or "https://api.openai.com/v1")
    return {
        "ok": True,
        "detail": f"{settings.model} at {where} answered in {ms:.0f} ms",
        "model": settings.model,
        "remote": remote,
    }


def check_local(settings: Settings, generate: bool = True) -> dict[str, Any]:
    """Return whether the local llama.cpp model loads and generates, with its speed in tokens/s."""
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        return {"ok": False, "detail": "not installed (pip install 'coach[local]')"}
    if not generate:
        return {"ok": True, "detail": "installed (not started)"}
    from coach.llm.local import local_brain

    brain = local_brain(settings)
    if brain.chat is None:
        return {"ok": False, "detail": "; ".join(brain.notices_in("en"))}
    try:
        started = time.perf_counter()
        answer = brain.chat.bind(max_tokens=32).invoke("Nenne drei Vorteile eines Abschlussgesprächs.")
        seconds = time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "detail": f"generation failed ({type(exc).__name__})", "model": brain.model}
    tokens = (answer.response_metadata.get("token_usage") or {}).get("completion_tokens") or 0
    rate = round(tokens / seconds, 1) if seconds else 0.0
    return {
        "ok": tokens > 0,
        "detail": f"{brain.model}: {tokens} tokens at {rate} tokens/s on 127.0.0.1",
        "model": brain.model,
        "tokens_per_s": rate,
        "smoke_test": brain.smoke_test,
    }


def diagnose(settings: Settings, local: bool | None = None) -> DoctorReport:
    """Run every check and return the report (local generation runs when local is active or asked for)."""
    active = resolve_provider(settings)
    providers: dict[str, dict[str, Any]] = {
        "offline": {"ok": True, "detail": "rule-based engines, always available"}
    }
    providers["local"] = check_local(settings, generate=local if local is not None else active == "local")
    providers["openai"] = check_openai(settings)
    brain = get_brain(settings) if active != "offline" else None
    index, emb = _index(settings), _embeddings()
    return DoctorReport(
        ok=index["ok"] and emb["ok"] and providers[active]["ok"],
        active_provider=active,
        text_leaves_machine=bool(brain and brain.leaves_machine),
        home=str(settings.home),
        index=index,
        embeddings=emb,
        providers=providers,
    )
