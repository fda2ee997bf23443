"""Chunking, the persistent Chroma index (incremental, locked), and hybrid search over the real knowledge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli.main import main
from coach.errors import IndexMissingError, InputError
from coach.knowledge import knowledge_chunks, section_sources
from coach.retrieval import HybridRetriever
from coach.retrieval.documents import SourceDoc, chunk_document
from coach.retrieval.store import build_index
from coach.settings import load_settings

REPO = Path(__file__).resolve().parent.parent


def _doc(text: str) -> SourceDoc:
    return SourceDoc(
        path="x.md",
        text=text,
        doc_id="x-de",
        doc="x",
        title="Titel",
        language="de",
        framework="playbook",
        file_hash="h",
    )


def test_chunks_keep_section_ids_titles_and_overlap():
    body = "## Nach dem Meeting {#after-meeting}\n" + ("Das Protokoll geht am nächsten Tag raus. " * 60)
    chunks = chunk_document(_doc("# Titel\nEinleitung.\n" + body))
    sections = {c.metadata["section_id"] for c in chunks}
    assert sections == {"intro", "after-meeting"}
    after = [c for c in chunks if c.metadata["section_id"] == "after-meeting"]
    assert len(after) >= 2 and all(len(c.text) <= 1000 for c in after)
    assert after[0].metadata["section"] == "Nach dem Meeting"
    assert after[0].chunk_id == "x-de#after-meeting-0"
    assert after[1].text[:30] in after[0].text  # overlap
    assert after[0].indexed_text.startswith("Titel › Nach dem Meeting\n")


def test_every_knowledge_document_has_front_matter_and_ids():
    chunks = knowledge_chunks()
    assert {c.metadata["language"] for c in chunks} == {"de", "en"}
    assert all(c.metadata["section_id"] for c in chunks)
    ids = [c.chunk_id for c in chunks]
    assert len(ids) == len(set(ids))


def test_section_sources_resolve_in_both_languages():
    for lang in ("de", "en"):
        src = section_sources("decision-agreement", "after-meeting", lang)[0]
        assert src.chunk_id.startswith(f"decision-agreement-{lang}#after-meeting")


def test_search_puts_next_day_rule_first(indexed_settings):
    hits = HybridRetriever(settings=indexed_settings).search(
        "When do the minutes have to reach the customer?"
    )
    assert hits[0].section_id == "after-meeting"
    assert {"text", "source", "section", "language", "chunk_id", "score"} <= set(hits[0].model_dump())


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("Welche drei Qualitätstore gibt es?", "quality-gates"),
        ("which questions reveal the prospect's goals", "goals"),
        ("Darf ich das komplette Angebot vorab schicken?", "before-meeting"),
        ("what share of the buying journey is done before sales gets involved", "informed-buyers"),
    ],
)
def test_search_finds_the_right_section_across_languages(indexed_settings, query, section):
    hits = HybridRetriever(settings=indexed_settings).search(query, k=5)
    assert section in [h.section_id for h in hits]


def test_language_filter_and_modes(indexed_settings):
    r = HybridRetriever(settings=indexed_settings)
    assert {h.language for h in r.search("quality gates", k=5, language="de")} == {"de"}
    for mode in ("dense", "bm25"):
        assert HybridRetriever(settings=indexed_settings, mode=mode).search("Qualitätstore", k=3)


def test_empty_query_and_missing_index(indexed_settings, tmp_path):
    with pytest.raises(InputError):
        HybridRetriever(settings=indexed_settings).search("  ")
    with pytest.raises(IndexMissingError):
        HybridRetriever(settings=load_settings(home=str(tmp_path / "empty"))).search("Budget")


def test_langchain_retriever_interface(indexed_settings):
    docs = HybridRetriever(settings=indexed_settings, k=3).invoke("Protokoll nächster Tag")
    assert len(docs) == 3 and docs[0].metadata["chunk_id"] == docs[0].id


def test_incremental_index_adds_updates_removes_and_skips_bad_files(tmp_path):
    settings = load_settings(home=str(tmp_path / "home"))
    first = build_index(settings)
    assert first.added == first.files >= 6 and first.removed == 0
    books = tmp_path / "books"
    books.mkdir()
    (books / "playbook.md").write_text(
        "# Preisgespräche\n## Rabatte {#discounts}\nNie mehr als 5 % Rabatt ohne Gegenleistung."
    )
    (books / "notes.txt").write_text("Our discovery calls always end with an agreed next step and a date.")
    (books / "binary.txt").write_bytes(bytes(range(256)) * 20)
    report = build_index(settings, [books])
    assert (report.added, report.unchanged, len(report.skipped)) == (2, first.files, 1)
    assert "binary.txt" in report.skipped[0]
    hits = HybridRetriever(settings=settings).search("Rabatt ohne Gegenleistung", k=3)
    assert hits[0].source.endswith("playbook.md") and hits[0].section == "Rabatte"
    (books / "playbook.md").write_text(
        "# Preisgespräche\n## Rabatte {#discounts}\nHöchstens 3 % Rabatt, nur gegen Laufzeit."
    )
    (books / "notes.txt").unlink()
    again = build_index(settings, [books])
    assert (again.updated, again.removed) == (1, 1)
    assert "3 %" in HybridRetriever(settings=settings).search("Rabatt Laufzeit", k=1)[0].text
    assert build_index(settings).added == 0


def test_rebuild_recovers_a_corrupted_index(tmp_path):
    settings = load_settings(home=str(tmp_path / "home"))
    build_index(settings)
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"garbage" * 100)
    with pytest.raises(Exception) as err:
        HybridRetriever(settings=settings).search("Budget")
    assert "rebuild" in str(err.value)
    build_index(settings, rebuild=True)
    assert HybridRetriever(settings=settings).search("Budget")


def test_two_index_runs_at_once_do_not_corrupt(tmp_path):
    env = {"COACH_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "coach.cli.main", "index"],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    settings = load_settings(home=env["COACH_HOME"])
    assert len(HybridRetriever(settings=settings).chunk_ids()) == len(knowledge_chunks())


def test_cli_search_json_and_errors(indexed_settings, capsys):
    assert main(["search", "When do the minutes have to reach the customer?", "--json", "-k", "3"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 3 and hits[0]["section_id"] == "after-meeting"
    assert main(["search", "   "]) == 2
    assert "empty" in capsys.readouterr().err


def test_cli_index_summary(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "h"))
    assert main(["index"]) == 0
    out = capsys.readouterr().out
    assert "chunks" in out and "added" in out
    assert main(["index", str(tmp_path / "missing")]) == 1


def test_shipped_vectors_cover_the_knowledge():
    """knowledge/.vectors must match knowledge/ (else a first index embeds everything): run `make vectors`."""
    from coach.paths import KNOWLEDGE_DIR
    from coach.retrieval import cache
    from coach.retrieval.documents import expansion_chunks

    chunks = list(knowledge_chunks())
    chunks += expansion_chunks(KNOWLEDGE_DIR / "expansions.yaml", "knowledge/expansions.yaml", chunks)
    shipped = cache._load(cache.SEED_FILE)
    stale = [c.chunk_id for c in chunks if cache.text_key(c.indexed_text) not in shipped]
    assert not stale, f"{len(stale)} chunks have no shipped vector; run `make vectors`"
