"""Serve the web app: loopback by default, public only with a password, no analytics, no share links."""

from __future__ import annotations

import os

from coach.errors import ConfigError
from coach.llm.brain import is_loopback_url
from coach.settings import Settings

MAX_UPLOAD = "10mb"


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


def serve(
    settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None, block: bool = True
):
    """Build and launch the app; return the Blocks (when block=False) for tests."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    credentials = parse_auth(auth or (settings.auth.get_secret_value() if settings.auth else None))
    check_exposure(host, credentials)
    from coach.web.app import CSS, build_app, theme

    demo = build_app(settings)
    demo.queue(default_concurrency_limit=4, max_size=64)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        auth=credentials,
        max_file_size=MAX_UPLOAD,
        prevent_thread_lock=not block,
        show_error=False,
        quiet=False,
        theme=theme(),
        css=CSS,
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
    )
    return demo
