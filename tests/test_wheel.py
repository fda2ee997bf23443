"""Packaging: a built wheel, installed into a fresh venv, works from another folder (no editable checkout).

The wheel is built from a copy of the package (pyproject, README, coach/) without build isolation, so no
registry is needed; the fresh venv finds the dependencies through a .pth file pointing at this venv's
site-packages, while `coach` itself comes from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration


def _run(
    cmd: list[str], cwd: Path, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """Return (the fresh venv's bin folder, the environment to run it with, a folder outside the checkout)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "coach", src / "coach", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_", "PYTHON"))}
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp / "dist"),
            str(src),
        ],
        tmp,
        env,
    )
    wheel = next((tmp / "dist").glob("coach-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp, env)
    purelib = Path(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (purelib / "_coach_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        tmp,
        env,
    )
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    env.update(
        COACH_HOME=str(tmp / "home"),
        COACH_PROVIDER="offline",
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
    )
    return venv / "bin", env, elsewhere


def test_coach_comes_from_the_wheel(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, cwd = installed
    out = _run(
        [
            str(bin_dir / "python"),
            "-c",
            "import coach, coach.paths as p; print(coach.__file__); print(p.KNOWLEDGE_DIR)",
        ],
        cwd,
        env,
    )
    module, knowledge = out.stdout.split()
    assert str(bin_dir.parent) in module and str(ROOT) not in module
    assert str(bin_dir.parent) in knowledge


def test_index_search_qualify_roleplay_from_another_folder(
    installed: tuple[Path, dict[str, str], Path],
) -> None:
    bin_dir, env, cwd = installed
    coach = str(bin_dir / "coach")
    _run([coach, "index"], cwd, env)
    hits = json.loads(
        _run([coach, "search", "Wann muss das Protokoll beim Kunden sein?", "--json"], cwd, env).stdout
    )
    assert hits
    notes = "- Ziel: Ausschuss um 20 % senken bis Q3\n- Budget steht noch nicht fest\n"
    result = json.loads(_run([coach, "qualify", "-", "--json"], cwd, env, stdin=notes).stdout)
    assert result["language"] == "de" and result["dimensions"]
    scenarios = json.loads(_run([coach, "roleplay", "--list", "--json"], cwd, env).stdout)
    assert scenarios


def test_a_transcript_through_the_installed_cli(installed: tuple[Path, dict[str, str], Path]) -> None:
    bin_dir, env, cwd = installed
    vtt = ROOT / "tests" / "fixtures" / "text" / "own" / "own-01.vtt"
    result = json.loads(_run([str(bin_dir / "coach"), "qualify", str(vtt), "--json"], cwd, env).stdout)
    assert result["language"] == "de" and any("Lina Hofer" in n for n in result["notices"])
