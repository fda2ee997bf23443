"""Run every benchmark in bench/ and write bench/results.md with the machine's cores and memory."""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _util import table  # noqa: E402


def machine() -> str:
    """Return a one-line description of this machine."""
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    return f"{os.cpu_count()} cores{mem}, {platform.machine()}, Python {platform.python_version()}, {platform.system()}"


def _merge(sections: list[str], ran: set[str]) -> list[str]:
    """Return the earlier results' sections of benchmarks that did not run now, with the new ones, by name."""
    old = HERE / "results.md"
    kept: dict[str, str] = {}
    if old.exists():
        for part in old.read_text(encoding="utf-8").split("\n## ")[1:]:
            name = part.split()[0]
            if name not in ran:
                kept[name] = "## " + part.strip()
    for section in sections:
        kept[section.split()[1]] = section
    return [kept[k] for k in sorted(kept)]


def main(names: list[str]) -> int:
    """Run the named benchmarks (all by default) and write the results table."""
    files = sorted(HERE.glob("bench_*.py"))
    if names:
        files = [f for f in files if f.stem.removeprefix("bench_") in names]
    sections, failed = [], 0
    for path in files:
        print(f"running {path.name} ...", flush=True)
        started = time.perf_counter()
        try:
            spec = importlib.util.spec_from_file_location(path.stem, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)  # type: ignore[union-attr]
            if not hasattr(module, "run"):  # a study script (e.g. a settings grid): run it directly
                print(f"  {path.name} is a study script: python bench/{path.name}", flush=True)
                continue
            rows = module.run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed += 1
            sections.append(f"## {path.stem}\n\nfailed:\n```\n{traceback.format_exc()[-2000:]}\n```")
            continue
        text = table(rows)
        print(text, flush=True)
        sections.append(f"## {path.stem} ({time.perf_counter() - started:.0f} s)\n\n{text}")
    if names:  # a partial run keeps the other benchmarks' sections of the last full run
        sections = _merge(sections, {p.stem for p in files})
    header = (
        f"# Benchmark results\n\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {machine()}\n\n"
        "Regenerate with `make bench`. Medians after warm-up; ratios measured in the same run.\n"
    )
    if names:
        header += f"This run: {', '.join(sorted(names))}; the other sections are from earlier runs.\n"
    (HERE / "results.md").write_text(header + "\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'results.md'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
