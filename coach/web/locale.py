"""Make Gradio's own texts (the login page under --auth, "More tabs", "processing |") speak the UI language.

Gradio 6 offers no setting for either: the login page is drawn before the app's config (and so its gr.I18n
translations) is loaded, and Gradio picks its locale from the browser (`navigator.language`); the tab overflow
button carries a fixed English `aria-label="More tabs"` that is not a translation key. So a tiny script is put at
the top of the page Gradio serves: it tells Gradio's locale detection the UI language (the language the user chose
before — remembered in localStorage and a cookie —, else the server's default) and relabels the overflow button.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from coach.web.i18n import STORAGE_KEY, t

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_SCRIPT = """<script>(function () {
  var lang = %(default)s, labels = %(labels)s, busy = %(busy)s;
  try {
    var saved = window.localStorage.getItem(%(key)s);
    if (saved === "de" || saved === "en") { lang = saved; }
  } catch (e) {}
  try {
    Object.defineProperty(Navigator.prototype, "language", { get: function () { return lang; }, configurable: true });
    Object.defineProperty(Navigator.prototype, "languages", { get: function () { return [lang]; }, configurable: true });
  } catch (e) {}
  document.documentElement.lang = lang;
  function relabel() {
    var now = document.documentElement.lang === "en" ? "en" : "de";
    var buttons = document.querySelectorAll(".overflow-menu > button[aria-label]");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute("aria-label") !== labels[now]) { buttons[i].setAttribute("aria-label", labels[now]); }
    }
    if (now === "en") { return; }
    var trackers = document.querySelectorAll('[data-testid="status-tracker"]');
    for (var j = 0; j < trackers.length; j++) {
      var walk = document.createTreeWalker(trackers[j], NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) {
        var v = node.nodeValue;
        if (v.indexOf("processing |") >= 0) { node.nodeValue = v.replace("processing |", busy.processing); }
        else if (v.indexOf("queue:") === 0) { node.nodeValue = v.replace("queue:", busy.queue); }
      }
    }
  }
  new MutationObserver(relabel).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["lang"]
  });
})();</script>"""


def locale_script(default_lang: str) -> str:
    """Return the script that sets Gradio's locale to the UI language and translates the "More tabs" label."""
    labels = {lang: t("more_tabs", lang) for lang in ("de", "en")}
    busy = {"processing": t("busy", "de"), "queue": t("queue", "de")}  # Gradio's progress line in German
    return _SCRIPT % {
        "default": json.dumps(default_lang if default_lang in ("de", "en") else "de"),
        "labels": json.dumps(labels, ensure_ascii=False),
        "busy": json.dumps(busy, ensure_ascii=False),
        "key": json.dumps(STORAGE_KEY),
    }


def is_page(path: str) -> bool:
    """Return True for the paths of Gradio's pages (not its API, files, downloads or static assets)."""
    return not any(
        part in path for part in ("/gradio_api", "file=", "/static/", "/assets/", "/custom_component")
    )


class UiLocale:
    """ASGI middleware: put the locale script at the top of every HTML page Gradio serves (app and login page)."""

    def __init__(self, app: Callable[..., Awaitable[None]], default_lang: str = "de") -> None:
        self.app = app
        self.script = locale_script(default_lang).encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass everything through; rewrite only a GET answered with an HTML page."""
        path = str(scope.get("path", ""))
        if scope.get("type") != "http" or scope.get("method") != "GET" or not is_page(path):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if not headers.get(b"content-type", b"").startswith(b"text/html"):
                    await send(message)
                    return
                start = message
                return
            if start is None:
                await send(message)
                return
            body.append(message.get("body", b""))
            if not message.get("more_body"):
                await self._send_page(start, b"".join(body), send)

        await self.app(scope, receive, capture)

    async def _send_page(self, start: Message, page: bytes, send: Send) -> None:
        head = page.find(b"<head>")
        if head >= 0 and not any(
            k.lower() == b"content-encoding" for k, _ in start.get("headers") or []
        ):  # a compressed page is left alone
            page = page[: head + 6] + self.script + page[head + 6 :]
        headers = [(k, v) for k, v in start.get("headers") or [] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(page)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": page})
