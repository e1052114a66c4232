"""Runs every benchmark in bench/ in turn (`make bench`); each prints its own table of
figures beside their peers. Benchmarks are not tests: nothing here fails on a figure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.iterdir()):
        if script.name == Path(__file__).name or script.name.startswith("_"):
            continue
        if script.suffix == ".py":
            command = [sys.executable, str(script)]
        elif script.suffix == ".mjs":
            command = ["node", str(script)]
        else:
            continue
        print(f"\n== {script.name} ==", flush=True)
        result = subprocess.run(command, cwd=HERE.parent)
        if result.returncode != 0:
            print(f"({script.name} exited with status {result.returncode})")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
