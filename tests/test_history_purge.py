"""`coach history --purge` removes every piece of stored customer data from the history file."""

from __future__ import annotations

from coach.cli.main import main
from coach.settings import load_settings
from coach.web.store import ResultStore

CUSTOMER = "Nordwerk-Geheimprojekt-4711"


def test_purge_removes_sessions_and_saved_results_from_disk(tmp_path, capsys):
    script = tmp_path / "s.txt"
    script.write_text(f"Was genau macht das für {CUSTOMER} zu teuer?\n")
    assert main(["roleplay", "--scenario", "de-price-energy", "--script", str(script)]) == 0
    db = load_settings().history_db
    store = ResultStore(db)
    store.save("qualify", CUSTOMER, "de", "offline", f"Call mit {CUSTOMER}", "{}")
    assert store.list("qualify")
    capsys.readouterr()
    assert main(["history", "--purge", "--yes", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"deleted": 1' in out and '"deleted_results": 1' in out
    assert not store.list("qualify")
    files = [db, db.with_name(db.name + "-wal")]
    assert all(CUSTOMER.encode() not in f.read_bytes() for f in files if f.exists())
    assert main(["history", "--json"]) == 0
    assert '"sessions": []' in capsys.readouterr().out
