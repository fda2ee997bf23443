"""The model seam: structured output with one re-ask, fallbacks with notices, redaction, and real HTTP faults."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from coach.llm import ask_structured, ask_text, get_brain, stream_text
from coach.llm.brain import is_loopback_url
from coach.llm.fake import FakeChatModel, fake_brain
from coach.llm.redact import redact
from coach.settings import load_settings

SECRET = "sk-test-SECRET-never-print-4242"


class Verdict(BaseModel):
    status: str
    score: int


MESSAGES = [SystemMessage("Assess."), HumanMessage("Notizen: Budget 80.000 €, Herr Schulz unterschreibt.")]


def test_valid_answer_is_returned_and_recorded():
    fake = FakeChatModel(responses=[{"status": "covered", "score": 3}])
    notices: list[str] = []
    assert (
        ask_structured(fake_brain(fake), Verdict, MESSAGES, Verdict(status="x", score=0), notices).score == 3
    )
    assert notices == [] and len(fake.calls) == 1


def test_invalid_answer_is_re_asked_once_with_the_error():
    fake = FakeChatModel(responses=["not json", {"status": "partial", "score": 1}])
    notices: list[str] = []
    out = ask_structured(fake_brain(fake), Verdict, MESSAGES, Verdict(status="x", score=0), notices)
    assert out.status == "partial" and notices == []
    assert "not valid" in str(fake.calls[1][-1].content)


def test_twice_invalid_falls_back_with_notice():
    fake = FakeChatModel(responses=["{}", '{"status": 1}'])
    notices: list[str] = []
    out = ask_structured(
        fake_brain(fake), Verdict, MESSAGES, lambda: Verdict(status="offline", score=0), notices, lang="en"
    )
    assert out.status == "offline" and "format" in notices[0]


def test_validator_rejection_counts_as_invalid():
    fake = FakeChatModel(responses=[{"status": "covered", "score": 99}, {"status": "covered", "score": 2}])

    def check(v: Verdict) -> None:
        if v.score > 3:
            raise ValueError("score must be at most 3")

    out = ask_structured(
        fake_brain(fake), Verdict, MESSAGES, Verdict(status="x", score=0), [], validate=check
    )
    assert out.score == 2


def test_offline_brain_never_calls_a_model():
    brain = get_brain(load_settings())
    assert brain.provider == "offline" and brain.chat is None
    assert ask_text(brain, MESSAGES, "offline text", []) == "offline text"
    assert list(stream_text(brain, MESSAGES, "offline", [])) == ["offline"]


def test_stream_falls_back_on_mid_stream_failure():
    class Broken(FakeChatModel):
        def _stream(self, messages, stop=None, run_manager=None, **kw):
            yield from super()._stream(messages)
            raise ConnectionError("peer closed")

    notices: list[str] = []
    out = list(
        stream_text(fake_brain(Broken(responses=["Das klingt gut, aber"])), MESSAGES, "offline line", notices)
    )
    assert out[-1] == "offline line" and notices


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Frau Dr. Meier (a.meier@nordwerk.de)", ["Meier", "a.meier@"], ["Frau"]),
        ("Mr. John Smith, +49 170 1234567", ["Smith", "1234567"], ["Mr."]),
        ("IBAN DE89 3704 0044 0532 0130 00", ["3704"], ["IBAN"]),
        ("Termin 03.11.2026, Preis 148.000 €, 12 %", [], ["03.11.2026", "148.000 €", "12 %"]),
    ],
)
def test_redaction(text, gone, kept):
    out = redact(text)
    assert not any(g in out for g in gone) and all(k in out for k in kept)


def test_redaction_on_by_default_only_for_remote_openai(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    remote = get_brain(load_settings())
    assert remote.provider == "openai" and remote.redact and remote.leaves_machine
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    local = get_brain(load_settings())
    assert not local.redact and not local.leaves_machine


def test_redacted_text_is_what_the_model_sees():
    fake = FakeChatModel(responses=["ok"])
    brain = fake_brain(fake, redact=True)
    ask_text(brain, [HumanMessage("Bitte Herrn Schulz anrufen: schulz@firma.de")], "x", [])
    sent = str(fake.calls[0][-1].content)
    assert "Schulz" not in sent and "[E-MAIL]" in sent


@pytest.mark.parametrize("url", ["http://localhost:8080/v1", "http://127.0.0.1:1/v1", "http://[::1]:8000"])
def test_loopback_detection(url):
    assert is_loopback_url(url)


def test_remote_url_is_not_loopback():
    assert not is_loopback_url("https://api.openai.com/v1")


# --- real HTTP faults on loopback -------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    mode = "500"

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.mode == "hang":
            time.sleep(30)
            return
        if self.mode in ("500", "429"):
            self.send_response(int(self.mode))
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "boom"}}')
            return
        body = {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "{not valid json"},
                }
            ],
        }
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def endpoint(request):
    handler = type("H", (_Handler,), {"mode": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _brain(monkeypatch, url: str, timeout: str = "20"):
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("COACH_TIMEOUT", timeout)
    return get_brain(load_settings())


def _assert_fallback(brain, caplog, capsys):
    notices: list[str] = []
    started = time.monotonic()
    out = ask_structured(brain, Verdict, MESSAGES, Verdict(status="offline", score=0), notices, lang="en")
    elapsed = time.monotonic() - started
    assert out.status == "offline" and len(notices) == 1 and "offline" in notices[0]
    captured = capsys.readouterr()
    assert SECRET not in notices[0] + caplog.text + captured.out + captured.err
    return elapsed


def test_connection_refused_falls_back_fast(monkeypatch, caplog, capsys):
    brain = _brain(monkeypatch, f"http://127.0.0.1:{_free_port()}/v1")
    assert _assert_fallback(brain, caplog, capsys) < 3.0


@pytest.mark.parametrize("endpoint", ["500", "429", "badjson"], indirect=True)
def test_http_errors_and_garbage_fall_back(endpoint, monkeypatch, caplog, capsys):
    _assert_fallback(_brain(monkeypatch, endpoint), caplog, capsys)


@pytest.mark.parametrize("endpoint", ["hang"], indirect=True)
def test_hanging_endpoint_times_out(endpoint, monkeypatch, caplog, capsys):
    assert _assert_fallback(_brain(monkeypatch, endpoint, timeout="1"), caplog, capsys) < 10


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "angezeigt wird das Offline-Ergebnis"), ("en", "showing the offline result")],
)
def test_a_failed_model_call_is_told_in_the_results_language(lang: str, expected: str) -> None:
    class Down:
        def with_structured_output(self, *a: object, **k: object) -> Down:
            return self

        def invoke(self, *a: object, **k: object) -> None:
            raise ConnectionError("connection refused")

    notices: list[str] = []
    brain = fake_brain(Down())  # type: ignore[arg-type]
    ask_structured(brain, Verdict, MESSAGES, Verdict(status="offline", score=0), notices, lang=lang)
    assert len(notices) == 1 and expected in notices[0]
    other = "showing the offline result" if lang == "de" else "Offline-Ergebnis"
    assert other not in notices[0]


@pytest.mark.parametrize(("lang", "word"), [("de", "offline."), ("en", "using offline.")])
def test_a_brain_that_fell_back_says_why_in_each_language(lang: str, word: str) -> None:
    from coach.llm.brain import get_brain
    from coach.settings import load_settings

    brain = get_brain(load_settings(provider="openai"))
    assert brain.provider == "offline"
    text = brain.notices_in(lang)[0]
    assert "OPENAI_API_KEY" in text and text.endswith(word)
    assert ("ist gewählt" in text) == (lang == "de")
