"""A team on one PostgreSQL: two app replicas share deals and history, and a hard kill loses nothing committed.

A session fixture starts a real server from Debian's binaries (initdb / pg_ctl in a temp dir, as the `postgres`
user when the tests run as root); the tests skip only when those binaries are missing (`make test` installs them).
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parent.parent
NOTES = REPO / "tests" / "data" / "deals"


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    user = "postgres" if _has_user("postgres") else "nobody"
    return ["runuser", "-u", user, "--", *cmd]


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """Start a throw-away PostgreSQL on a free loopback port; yield its URL (postgresql://…)."""
    bindir = _binaries()
    if bindir is None:
        pytest.skip("Debian's postgresql binaries are missing (make test installs them)")
    base = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    data = base / "data"
    data.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres" if _has_user("postgres") else "nobody")
        os.chmod(base, 0o755)
        os.chown(data, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    subprocess.run(
        _as_server_user(
            [str(bindir / "initdb"), "-D", str(data), "-U", "coach", "--auth=trust", "-E", "UTF8"]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=on"
    subprocess.run(
        _as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://coach@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def team_env(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Return the environment of a replica: its own COACH_HOME, the shared database, a fresh schema."""
    from sqlalchemy import create_engine, text

    from coach.storage import dispose_all, normalise_url

    dispose_all()
    engine = create_engine(normalise_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    monkeypatch.setenv("COACH_DATABASE_URL", pg_url)
    return {**os.environ, "COACH_DATABASE_URL": pg_url, "COACH_HOME": str(tmp_path / "replica")}


def _coach(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach.cli.main", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_two_replicas_on_one_postgres_see_the_same_deal(team_env: dict[str, str], tmp_path: Path) -> None:
    a = {**team_env, "COACH_HOME": str(tmp_path / "replica-a")}
    b = {**team_env, "COACH_HOME": str(tmp_path / "replica-b")}
    made = _coach(a, "deal", "new", "Nordwerk PdM", "--customer", "Nordwerk AG")
    assert made.returncode == 0, made.stderr
    deal_id = made.stdout.strip()
    added = _coach(b, "deal", "add", deal_id, str(NOTES / "call-1.de.txt"))
    assert added.returncode == 0, added.stderr
    shown = _coach(a, "deal", "show", deal_id, "--json")
    assert shown.returncode == 0, shown.stderr
    view = json.loads(shown.stdout)
    assert view["name"] == "Nordwerk PdM" and [i["kind"] for i in view["items"]] == ["notes"]
    assert {d["key"]: d["status"] for d in view["qualification"]}["goals"] == "covered"
    other = _coach({**b, "COACH_HOME": str(tmp_path / "replica-b")}, "deal", "show", deal_id, "--user", "ben")
    assert other.returncode == 2 and "No deal" in other.stderr  # another user does not see it
    assert not (tmp_path / "replica-a" / "history.sqlite3").exists()  # nothing went to a local file


def test_history_stores_share_the_team_database(team_env: dict[str, str], tmp_path: Path) -> None:
    from coach.settings import load_settings
    from coach.web.store import ResultStore

    settings = load_settings()
    ResultStore(settings.history_db, "anna").save("qualify", "Nordwerk", "de", "offline", "Notizen", "{}")
    assert ResultStore(settings.history_db, "anna").db.dialect == "postgresql"
    assert [r.title for r in ResultStore(settings.history_db, "anna").list("qualify")] == ["Nordwerk"]
    assert ResultStore(settings.history_db, "ben").list("qualify") == []
    per_user_file = settings.home / "users" / "anna" / "history.sqlite3"  # the web app's per-user path
    assert [r.title for r in ResultStore(per_user_file).list("qualify")] == ["Nordwerk"]


WRITER = r"""
import sys
from coach.deals.service import DealService
from coach.storage import open_database

svc = DealService(open_database(sys.argv[1]), "local")
deal = svc.create("Kill test")
notes = open(sys.argv[2], encoding="utf-8").read()
n = 0
while True:
    svc.add(deal, notes)
    n += 1
    print(n, flush=True)
"""


def test_sigkill_during_saves_loses_nothing_committed(team_env: dict[str, str], pg_url: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, pg_url, str(NOTES / "call-1.de.txt")],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env=team_env,
    )
    saved = 0
    deadline = time.monotonic() + 90
    while saved < 15 and time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line:
            break
        saved = int(line)
    proc.send_signal(signal.SIGKILL)  # mid-loop: the writer never pauses between saves
    proc.wait(timeout=10)
    assert saved >= 15, "the writer did not get going"
    from coach.deals.service import DealService
    from coach.storage import open_database

    svc = DealService(open_database(pg_url), "local")
    [deal] = svc.list()
    view = svc.show(deal.id)
    assert len(view.items) >= saved  # every acknowledged save is there
    assert all(i.kind == "notes" for i in view.items)


def test_a_replicas_sqlite_history_copies_into_postgres(
    team_env: dict[str, str], pg_url: str, tmp_path: Path
) -> None:
    from coach.deals.service import DealService
    from coach.storage import open_database
    from coach.storage.transfer import main as transfer
    from coach.web.store import ResultStore

    local = tmp_path / "history.sqlite3"
    ResultStore(local).save("minutes", "Nordwerk Protokoll", "de", "offline", "Notizen", "{}")
    DealService(open_database(local), None).create("Nordwerk")
    assert transfer([str(local), "--user", "anna"]) == 0  # target: COACH_DATABASE_URL
    team = open_database(pg_url)
    assert [d.name for d in DealService(team, "anna").list()] == ["Nordwerk"]
    assert [
        r.title for r in ResultStore(Path(team_env["COACH_HOME"]) / "x.sqlite3", "anna").list("minutes")
    ] == []
    from coach.settings import load_settings

    settings = load_settings()
    assert [r.title for r in ResultStore(settings.history_db, "anna").list("minutes")] == [
        "Nordwerk Protokoll"
    ]


def test_a_stage_set_by_hand_on_one_replica_is_seen_by_the_other(
    team_env: dict[str, str], tmp_path: Path
) -> None:
    a = {**team_env, "COACH_HOME": str(tmp_path / "replica-a")}
    b = {**team_env, "COACH_HOME": str(tmp_path / "replica-b")}
    made = _coach(a, "deal", "new", "Nordwerk PdM", "--customer", "Nordwerk AG")
    assert made.returncode == 0, made.stderr
    deal_id = made.stdout.strip()
    added = _coach(a, "deal", "add", deal_id, str(NOTES / "minutes.de.txt"), "--kind", "minutes")
    assert added.returncode == 0, added.stderr
    stage = "--stage", "won", "--note", "Vertrag per Post", "--date", "2027-05-02"
    set_ = _coach(b, "deal", "set", deal_id, *stage, "--lang", "de")
    assert set_.returncode == 0, set_.stderr
    assert "Gewonnen von Hand gesetzt (02.05.2027)" in set_.stdout
    shown = _coach(a, "deal", "show", deal_id, "--json")
    assert shown.returncode == 0, shown.stderr
    view = json.loads(shown.stdout)
    assert view["stage"] == "won" and view["stage_by_hand"]["note"] == "Vertrag per Post"
    assert {g["id"]: g["status"] for g in view["gates"]}["contract_signed"] != "met"
    wrong = _coach(b, "deal", "set", deal_id, "--stage", "gewinnen", "--lang", "de")
    assert wrong.returncode == 2 and wrong.stderr.strip().startswith("coach: Unbekannte Phase")
