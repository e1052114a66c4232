"""Start-up to first frame: the standalone bundle (`make dist`) vs the source tree and vs
the minimal PySide6 QML window of bench/gui_startup.py.

    .venv/bin/python bench/bundle_startup.py [--runs 9] [--bundle dist/embedded-unit-converter]

All are fresh processes under the same platform plugin (offscreen unless QT_QPA_PLATFORM
is set). The app runs with --quit-after-first-frame: it prints "first-frame" when its
window has swapped its first frame, as the minimal window does, and the clock stops when
that line arrives. Runs alternate between the three so machine noise hits them alike,
after one untimed run each (file cache, .pyc files, the QML disk cache). Peak memory is
each process's ru_maxrss. Targets: the bundle within 1.25x of the source tree, and both
within 1.2x of the minimal window (time and peak memory). Not a test: it prints figures
and never fails on them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from _first_frame import first_frame_and_peak
from _minimal_window import MINIMAL

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.25
MINIMAL_RATIO = 1.2


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "embedded-unit-converter")
    args = parser.parse_args()
    executable = args.bundle / ("embedded-unit-converter.exe" if os.name == "nt" else "embedded-unit-converter")
    if not executable.exists():
        print(f"no bundle at {args.bundle}: run `make dist` first (nothing measured)")
        return 0

    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    settings = str(Path(tempfile.mkdtemp()) / "bench.ini")
    flags = ["--settings", settings, "--quit-after-first-frame"]
    # The source tree runs as a developer runs it: the .venv interpreter, python/ first on
    # the path. The bundle gets the same environment minus anything Python-specific.
    source_env = dict(os.environ, QT_QPA_PLATFORM=platform)
    # As people run it: with the .pyc files Python writes on the first run (the bundle
    # holds compiled bytecode).
    source_env.pop("PYTHONDONTWRITEBYTECODE", None)
    source_env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + source_env.get("PYTHONPATH", "")
    bundle_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    bundle_env["QT_QPA_PLATFORM"] = platform
    sides = {
        "minimal PySide6 QML window": ([sys.executable, "-c", MINIMAL], source_env),
        "source tree (.venv python)": ([sys.executable, "-m", "embedded_unit_converter.gui", *flags], source_env),
        "standalone bundle (onedir)": ([str(executable), *flags], bundle_env),
    }
    for cmd, env in sides.values():
        first_frame_and_peak(cmd, env)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, (cmd, env) in sides.items():
            runs[name].append(first_frame_and_peak(cmd, env))
    time_of = {name: statistics.median(t for t, _ in r) for name, r in runs.items()}
    peak_of = {name: statistics.median(m for _, m in r) for name, r in runs.items()}
    print(f"start-up to first frame ({platform}, median of {args.runs} runs; peak resident set)")
    for name in sides:
        print(f"  {name:<32} {time_of[name] * 1000:8.1f} ms {peak_of[name]:8.1f} MB")
    minimal, source, bundle = (list(sides)[i] for i in range(3))
    ratio = time_of[bundle] / time_of[source]
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  bundle / source tree: {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    for name in (source, bundle):
        t, m = time_of[name] / time_of[minimal], peak_of[name] / peak_of[minimal]
        verdict = "within" if max(t, m) <= MINIMAL_RATIO else "OVER"
        print(f"  {name.split(' (')[0]} / minimal window: {t:.2f}x time, {m:.2f}x peak memory "
              f"({verdict} the {MINIMAL_RATIO}x target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
