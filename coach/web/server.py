"""Serve the web app: loopback by default, public only with a password, no analytics, no share links."""

from __future__ import annotations

import logging
import os
import sys
import threading

from coach.errors import CoachError, ConfigError
from coach.llm.brain import is_loopback_url
from coach.settings import Settings

MAX_UPLOAD = "10mb"
log = logging.getLogger("coach.web")


def warm_up(settings: Settings) -> None:
    """Build the index if it is missing and load the engines and the retriever, so the first click is quick."""
    try:
        from coach.retrieval import get_retriever
        from coach.retrieval.store import build_index, index_exists

        if not index_exists(settings):
            build_index(settings)
        import coach.minutes  # noqa: F401
        import coach.qualify  # noqa: F401
        import coach.roleplay.session  # noqa: F401

        get_retriever(settings).search("Protokoll", k=1)
    except Exception:  # noqa: BLE001 - the page shows the same problem, in words, when it is used
        log.warning("warm-up failed", exc_info=True)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """Return (user, password) from 'user:pass', or None; raise ConfigError when malformed."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("--auth / COACH_AUTH must look like user:password.")
    return user, password


def check_exposure(host: str, auth: tuple[str, str] | None) -> None:
    """Refuse to listen beyond this machine without a password."""
    if not is_loopback_url(f"http://{host}") and auth is None:
        raise ConfigError(
            f"Refusing to serve on {host} without a password: customer notes would be open to the network. "
            "Add --auth user:password (or set COACH_AUTH)."
        )


def ready_line(settings: Settings, url: str) -> str:
    """Return the line printed when the app is ready: where it runs, which brain, whether text leaves."""
    from coach.web.brains import brain_label, describe, privacy_text

    info = describe(settings, settings.provider)
    return f"coach: ready on {url} — brain: {brain_label(info, 'en')}; {privacy_text(info, 'en')}"


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | None = None,
    block: bool = True,
    open_browser: bool = False,
):
    """Build and launch the app; return the Blocks (when block=False) for tests."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    credentials = parse_auth(auth or (settings.auth.get_secret_value() if settings.auth else None))
    check_exposure(host, credentials)
    from coach.web.app import build_app

    demo = build_app(settings)
    demo.queue(default_concurrency_limit=4, max_size=settings.queue_size)
    try:
        _launch(demo, host, port, credentials, open_browser)
    except OSError:
        log.debug("launch failed", exc_info=True)
        raise CoachError(
            f"Cannot serve on {host}:{port}: the port is in use or not allowed. Choose another with --port."
        ) from None
    threading.Thread(target=warm_up, args=(settings,), name="coach-warm-up", daemon=True).start()
    print(ready_line(settings, demo.local_url or f"http://{host}:{port}/"), file=sys.stderr, flush=True)
    if block:
        demo.block_thread()
    return demo


def _launch(demo, host: str, port: int, credentials: tuple[str, str] | None, open_browser: bool) -> None:  # type: ignore[no-untyped-def]
    """Start the server without blocking: no share link, no analytics, no CDN, an upload limit."""
    from coach.web.app import CSS, theme

    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        inbrowser=open_browser,
        auth=credentials,
        max_file_size=MAX_UPLOAD,
        prevent_thread_lock=True,
        show_error=False,
        quiet=True,
        theme=theme(),
        css=CSS,
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
    )
