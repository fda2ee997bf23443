"""Uploads in the web tabs go through the shared text layer: the box shows what the CLI reads, in every README format."""

from __future__ import annotations

import email.policy
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.text.document import read_document
from coach.web import common, knowledge_tab

README = Path(__file__).resolve().parents[1] / "README.md"


def _quoted_printable_eml(path: Path) -> Path:
    """Write an e-mail whose long lines the sender's mail program wrapped with soft line breaks ('=' + newline)."""
    m = EmailMessage()
    m["From"] = "Priya Shah <priya.shah@harborfoods.example>"
    m["To"] = "Anna Weber <anna.weber@kelp.example>"
    m["Subject"] = "Re: scrap project"
    m["Date"] = "Tue, 09 Mar 2027 10:15:00 +0000"
    m.set_content(
        "Hi Anna,\n\nthanks for the summary, which I have forwarded to our CFO. She approved a budget of 45k "
        "for this year, and we want to be live by September at the latest, before the audit starts.\n\n"
        "On Mon, 8 Mar 2027 at 16:02, Anna Weber <anna.weber@kelp.example> wrote:\n"
        "> Hi Priya, great talking today. Shall we plan the pilot for the Bremen line next?\n",
        cte="quoted-printable",
    )
    path.write_bytes(m.as_bytes(policy=email.policy.SMTP))
    return path


def test_an_uploaded_eml_shows_the_decoded_thread_the_cli_reads(tmp_path: Path) -> None:
    path = _quoted_printable_eml(tmp_path / "thread.eml")
    assert b"=\r\n" in path.read_bytes()  # the raw file really has soft line breaks
    status, text = common.upload_to_notes(str(path), "de")
    assert status == ""
    assert text == read_document(str(path)).text  # the same text as `coach qualify thread.eml`
    assert "=\n" not in text and "Content-Transfer-Encoding" not in text
    assert "approved a budget of 45k for this year" in text and "From: Priya Shah" in text


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_crm_records_in_yaml_are_accepted_like_on_the_command_line(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"opportunity{suffix}"
    path.write_text(
        "stage: discovery\ncontact: Priya Shah (Head of Operations)\nnotes: wants to cut scrap by 12 % before Q3\n",
        encoding="utf-8",
    )
    text = common.read_upload(str(path), "en")
    assert "stage: discovery" in text and text == read_document(str(path)).text


def test_every_input_format_of_the_readme_can_be_uploaded_as_notes() -> None:
    listed = README.read_text(encoding="utf-8").split("Every analysing command takes a file (", 1)[1]
    formats = {f".{x}" for x in re.findall(r"`\.(\w+)`", listed.split(")", 1)[0])}
    assert formats >= {".txt", ".eml", ".yaml", ".vtt"}  # the README sentence was found
    assert formats <= set(common.UPLOAD_TYPES)


def test_playbooks_accept_only_what_the_index_reads(tmp_path: Path) -> None:
    from coach.retrieval.documents import SUPPORTED
    from coach.settings import load_settings

    assert set(common.PLAYBOOK_TYPES) <= SUPPORTED
    mail = _quoted_printable_eml(tmp_path / "mail.eml")
    with pytest.raises(InputError, match="nicht unterstützt"):
        knowledge_tab.store_playbook(load_settings(), str(mail), "de")  # stored but never indexed, before


def test_a_notes_upload_of_an_unknown_type_names_the_allowed_ones(tmp_path: Path) -> None:
    path = tmp_path / "notes.exe"
    path.write_bytes(b"MZ")
    with pytest.raises(InputError, match=r"\.eml, \.yaml, \.yml"):
        common.read_upload(str(path), "en")


def test_the_locale_script_goes_into_pages_only_never_into_downloads() -> None:
    import asyncio

    from coach.web.locale import UiLocale

    page = b"<!doctype html><html><head><title>coach</title></head><body></body></html>"

    async def app(scope, receive, send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"content-length", str(len(page)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": page})

    def get(path: str) -> tuple[dict, bytes]:
        sent: list[dict] = []

        async def send(message: dict) -> None:
            sent.append(message)

        async def receive() -> dict:
            return {"type": "http.request"}

        asyncio.run(
            UiLocale(app, default_lang="de")({"type": "http", "method": "GET", "path": path}, receive, send)
        )
        body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        return dict(sent[0]["headers"]), body

    headers, body = get("/")
    assert (
        b'var lang = "de"' in body
        and b"Weitere Tabs" in body
        and body.index(b"<script>") < body.index(b"<title>")
    )
    assert int(headers[b"content-length"]) == len(body)
    for download in ("/gradio_api/file=/tmp/report.html", "/file=/tmp/report.html"):
        assert get(download)[1] == page  # an eval report downloaded as HTML stays as it was
