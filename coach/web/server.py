"""Serve the web app: loopback by default, public only with a password, no analytics, no share links."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

from coach.errors import CoachError, ConfigError
from coach.llm.brain import is_loopback_url
from coach.settings import Settings, default_language

MAX_UPLOAD = "10mb"
log = logging.getLogger("coach.web")


def _say(key: str, **values: object) -> str:
    """Return a terminal message of `coach ui` in the CLI's language (COACH_LANG, else the locale, else English)."""
    from coach.web.i18n import t

    return t(key, default_language()).format(**values)


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
        from coach.roleplay.scenarios import scenario_library
        from coach.roleplay.session import RoleplaySession

        first = scenario_library().summaries()[0].id  # the reply checker loads its models on first use
        RoleplaySession.start(first).reply("Was genau ist Ihnen dabei wichtig?")
        from coach.limits import warm_offload
        from coach.minutes import draft_minutes
        from coach.qualify import analyse

        # load the learned models in this process, so the first analyses are not slowed by it
        analyse("- Ziel: Ausschuss senken bis Q3 2027\n- Budget ca. 50k")
        draft_minutes("Entscheidung: Ja. Anna schickt den Vertrag bis Freitag.")
        warm_offload(analyse, "- Ziel: Ausschuss senken")  # the worker process for big notes
        warm_offload(draft_minutes, "Entscheidung: Ja.")
    except Exception:  # noqa: BLE001 - the page shows the same problem, in words, when it is used
        log.warning("warm-up failed", exc_info=True)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """Return (user, password) from 'user:pass', or None; raise ConfigError when malformed."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError(_say("server_auth_format"))
    return user, password


def check_exposure(host: str, auth: object | None) -> None:
    """Refuse to listen beyond this machine without a password."""
    if not is_loopback_url(f"http://{host}") and auth is None:
        raise ConfigError(_say("server_public_refused", host=host))


def ready_line(settings: Settings, url: str) -> str:
    """Return the line printed when the app is ready: where it runs, which brain, whether text leaves."""
    from coach.web.brains import brain_label, describe, privacy_text

    info = describe(settings, settings.provider)
    lang = default_language()
    return _say("server_ready", url=url, brain=brain_label(info, lang), privacy=privacy_text(info, lang))


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | None = None,
    block: bool = True,
    open_browser: bool = False,
):
    """Build and launch the app; return the Blocks (when block=False) for tests."""
    from coach.accounts import authenticator

    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    if auth is None and settings.auth is not None:
        auth = settings.auth.get_secret_value()
    credentials = authenticator(settings, auth)  # None, the users file ('') or one user ('user:pass'), hashed
    check_exposure(host, credentials)
    from coach.web.app import build_app

    demo = build_app(settings)
    demo.queue(default_concurrency_limit=4, max_size=settings.queue_size)  # heavy events set their own lanes
    try:
        _launch(demo, host, port, credentials, open_browser, settings.lang or "de")
    except OSError:
        log.debug("launch failed", exc_info=True)
        raise CoachError(_say("server_port_busy", host=host, port=port)) from None
    threading.Thread(target=warm_up, args=(settings,), name="coach-warm-up", daemon=True).start()
    print(ready_line(settings, demo.local_url or f"http://{host}:{port}/"), file=sys.stderr, flush=True)
    if block:
        serve_until_stopped(demo)
    return demo


def serve_until_stopped(demo) -> None:  # type: ignore[no-untyped-def]
    """Block until Ctrl-C or SIGTERM, then stop the big-job worker (a running job included) and close the server."""
    import signal

    from coach.limits import stop_workers

    stop = threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while demo.is_running and not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        stop_workers()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        demo.close()


def _launch(
    demo,
    host: str,
    port: int,
    credentials: Callable[[str, str], bool] | None,
    open_browser: bool,
    ui_lang: str = "de",
) -> None:  # type: ignore[no-untyped-def]
    """Start the server without blocking: no share link, no analytics, no CDN, an upload limit."""
    from starlette.middleware import Middleware

    from coach.web.app import CSS, theme
    from coach.web.guard import BodyLimit
    from coach.web.i18n import gradio_i18n
    from coach.web.locale import UiLocale

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
        i18n=gradio_i18n(),  # Gradio's own texts: no raw "common.complete", a localised login page
        app_kwargs={  # oversized bodies are refused before parsing; Gradio's own texts speak the UI language
            "middleware": [Middleware(BodyLimit), Middleware(UiLocale, default_lang=ui_lang)]
        },
    )
