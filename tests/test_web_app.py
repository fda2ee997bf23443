"""The web app's shell without a browser: texts in both languages, friendly errors, uploads, exposure, app build."""

from __future__ import annotations

import re
from pathlib import Path

import gradio as gr
import pytest

from coach.errors import ConfigError, InputError
from coach.settings import load_settings
from coach.web import brains, common
from coach.web.i18n import Translator, t
from coach.web.texts import TEXTS

WEB = Path(__file__).resolve().parents[1] / "coach" / "web"


def _dynamic_keys() -> set[str]:
    from coach.roleplay.scorecard import CRITERIA
    from coach.roleplay.techniques import TECHNIQUES
    from coach.web.evals_tab import SUITES

    keys = {f"status_{s}" for s in ("covered", "partial", "missing")}
    keys |= {f"readiness_{s}" for s in ("ready", "almost", "not_ready")}
    keys |= {f"decision_{s}" for s in ("positive", "positive_with_conditions", "negative", "pending")}
    keys |= {f"gate_{s}" for s in ("met", "not_met", "unclear")}
    keys |= {f"outcome_{s}" for s in ("yes", "yes_but", "no", "open")}
    keys |= {f"difficulty_{s}" for s in ("easy", "medium", "hard")}
    keys |= {f"provider_{s}" for s in brains.PROVIDERS}
    keys |= {f"download_{s}" for s in ("md", "docx", "eml")}
    keys |= (
        {f"crit_{c}" for c in CRITERIA} | {f"tech_{x}" for x in TECHNIQUES} | {f"suite_{s}" for s in SUITES}
    )
    return keys


def _literal_keys() -> set[str]:
    keys: set[str] = set()
    for path in WEB.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\bt\(\s*["']([a-z][a-z0-9_]*)["']""", source))
        keys |= set(
            re.findall(
                r"""\b(?:label|placeholder|value|info|x_title|y_title|color_title)="([a-z][a-z0-9_]*)\"""",
                source,
            )
        )
    return {k for k in keys if not k.endswith("_")} - {"all", "offline"}  # prefixes and radio values


def test_every_text_key_used_exists_in_german_and_english():
    used = _literal_keys() | _dynamic_keys()
    missing = sorted(k for k in used if k not in TEXTS)
    assert not missing, f"texts missing: {missing}"
    for key, entry in TEXTS.items():
        assert entry.get("de") and entry.get("en"), key


def test_translated_texts_differ_where_words_differ():
    assert t("tab_notes", "de") == "Gesprächsnotizen"
    assert t("tab_notes", "en") == "Call notes"
    assert t("unknown-key", "en") == "unknown-key"


def test_translator_relabels_registered_components():
    tr = Translator(lang="de")
    with gr.Blocks():
        button = tr.add(gr.Button(), value="analyse_button")
        box = tr.add(gr.Textbox(), label="notes_label", placeholder="notes_ph")
    assert button.value == "Notizen analysieren"
    assert box.label == "Gesprächsnotizen"
    updates = tr.updates("en")
    assert updates[0]["value"] == "Analyse notes"
    assert updates[1]["label"] == "Call notes" and "discovery call" in updates[1]["placeholder"]


def test_safe_turns_an_error_into_a_friendly_message_and_leaves_other_outputs():
    def handler(notes: str, lang: str):
        raise InputError("The notes are empty.")

    out = common.safe(handler, outputs=3)("", "en")
    assert out[0].startswith("⚠ That did not work: The notes are empty.")
    assert out[1] == gr.skip() and out[2] == gr.skip()


def test_safe_hides_unexpected_errors_behind_a_sentence(caplog: pytest.LogCaptureFixture):
    def handler(lang: str):
        raise KeyError("secret internals")

    message = common.safe(handler)("de")
    assert "Das hat nicht geklappt" in message and "KeyError" in message
    assert "secret internals" not in message and "Traceback" not in message


def test_safe_wraps_generators_and_keeps_streamed_outputs():
    def stream(text: str, lang: str):
        yield "a", 1
        raise InputError("stop")

    got = list(common.safe(stream, outputs=2)("x", "en"))
    assert got[0] == ("a", 1)
    assert got[1][0].startswith("⚠") and got[1][1] == gr.skip()


def test_safe_keeps_the_progress_parameter_visible_to_gradio():
    import inspect

    def handler(notes: str, lang: str, progress: gr.Progress = gr.Progress()):  # noqa: B008
        return notes

    assert "progress" in inspect.signature(common.safe(handler)).parameters


def test_read_upload_accepts_text_and_docx(tmp_path: Path):
    import docx

    txt = tmp_path / "notizen.txt"
    txt.write_text("Ziel: Umsatz steigern", encoding="utf-8")
    assert "Umsatz" in common.read_upload(str(txt), "de")
    document = docx.Document()
    document.add_paragraph("Budget: 50 T€ freigegeben")
    document.save(tmp_path / "notes.docx")
    assert "50 T€" in common.read_upload(str(tmp_path / "notes.docx"), "en")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.exe", b"MZ", "not supported"),
        ("big.txt", b"x" * (10 * 1024 * 1024 + 1), "larger than 10 MB"),
        ("broken.docx", b"not a zip", "cannot be read"),
        ("empty.txt", b"   \n", "contains no text"),
    ],
)
def test_read_upload_refuses_with_a_clear_message(tmp_path: Path, name: str, content: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        common.read_upload(str(path), "en")


def test_read_upload_messages_follow_the_ui_language(tmp_path: Path):
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * (10 * 1024 * 1024 + 1))
    with pytest.raises(InputError, match="größer als 10 MB"):
        common.read_upload(str(path), "de")


def test_brain_line_says_where_text_goes():
    remote = load_settings(
        provider="openai", openai_api_key="sk-test", openai_base_url="https://llm.example.com/v1"
    )
    info = brains.describe(remote, "openai")
    assert info.leaves_machine and info.host == "llm.example.com"
    assert "llm.example.com" in brains.privacy_text(info, "en")
    assert "Text wird an llm.example.com gesendet" in brains.brain_html(info, "de")
    local = brains.describe(load_settings(), "local")
    assert not local.leaves_machine and "smoke-test" in brains.brain_label(local, "en")
    offline = brains.describe(load_settings(), "offline")
    assert "verlässt diesen Rechner nicht" in brains.brain_html(offline, "de")


def test_loopback_endpoint_keeps_text_on_the_machine():
    ollama = load_settings(provider="openai", openai_base_url="http://127.0.0.1:11434/v1")
    info = brains.describe(ollama, None)
    assert info.provider == "openai" and not info.leaves_machine


def test_openai_without_configuration_is_shown_as_offline():
    info = brains.describe(load_settings(), "openai")
    assert info.provider == "offline"


def test_public_host_needs_a_password():
    from coach.web.server import check_exposure, parse_auth

    with pytest.raises(ConfigError, match="--auth"):
        check_exposure("0.0.0.0", None)
    check_exposure("0.0.0.0", ("rep", "secret"))
    check_exposure("127.0.0.1", None)
    assert parse_auth("rep:secret") == ("rep", "secret")
    with pytest.raises(ConfigError):
        parse_auth("no-colon")


def test_ui_command_refuses_a_public_host_without_auth(capsys: pytest.CaptureFixture[str]):
    from coach.cli.main import main

    assert main(["ui", "--host", "0.0.0.0", "--port", "7999"]) == 2
    assert "Refusing to serve on 0.0.0.0" in capsys.readouterr().err


def test_app_builds_with_all_tabs_and_relabels_everything():
    from coach.web.app import build_app

    demo = build_app(load_settings(lang="en"))
    config = demo.get_config_file()
    labels = {c["props"].get("label") for c in config["components"] if c.get("type") == "tabitem"}
    assert {"Role-play", "Call notes", "Minutes", "Knowledge", "Evals", "Settings"} <= labels
    ids = {c["props"].get("elem_id") for c in config["components"]}
    assert {"rp-chat", "notes-input", "minutes-input", "kb-query", "evals-run", "settings-test"} <= ids
