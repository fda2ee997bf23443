"""Refuse oversized request bodies at the door, before Gradio parses, validates or queues them.

The page itself cannot send more than its textboxes allow (`max_length`, at most 100,000 characters of notes);
a body beyond MAX_BODY comes from a script or an accident, and parsing 5 MB of JSON would already cost the
server more than the request is worth. File uploads have their own limit (10 MB, `max_file_size`).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from coach.limits import LIMITS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# The largest textbox (notes) as JSON with every character escaped (\uXXXX), plus room for the other fields.
MAX_BODY = LIMITS["notes"] * 6 + 256 * 1024
MESSAGE = {
    "de": "Die Anfrage ist zu groß (höchstens {mb} MB). Bitte die Eingabe kürzen.",
    "en": "The request is too large (at most {mb} MB). Please shorten the input.",
}


def request_lang(headers: dict[bytes, bytes]) -> str:
    """Return the UI language of a request: the page's language cookie, else the browser's first language, else German."""
    from http.cookies import CookieError, SimpleCookie

    from coach.web.i18n import COOKIE_KEY

    cookie = SimpleCookie()
    try:
        cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
    except CookieError:
        pass
    chosen = cookie[COOKIE_KEY].value if COOKIE_KEY in cookie else ""
    if chosen in MESSAGE:
        return chosen
    first = headers.get(b"accept-language", b"").decode("latin-1").split(",")[0].strip().lower()[:2]
    return first if first in MESSAGE else "de"


def size_mb(size: int, lang: str) -> str:
    """Return a size in MB with one decimal as the language writes it ('0,8' in German, '0.8' in English)."""
    text = f"{size / 2**20:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "de" else text


class TooLarge(Exception):
    """The body grew beyond the limit while it was being read."""


class BodyLimit:
    """ASGI middleware: answer 413 to a POST whose body is larger than max_bytes (uploads excepted)."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int = MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass small requests through; refuse large ones by their Content-Length or while reading."""
        if scope.get("type") != "http" or scope.get("method") != "POST" or "/upload" in scope.get("path", ""):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(send, request_lang(headers))
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message.get("type") == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message.get("type") == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except TooLarge:
            if not started:
                await self._refuse(send, request_lang(headers))

    async def _refuse(self, send: Send, lang: str = "de") -> None:
        text = MESSAGE[lang].format(mb=size_mb(self.max_bytes, lang))
        body = json.dumps({"error": text, "detail": text}, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
