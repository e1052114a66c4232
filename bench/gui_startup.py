"""Start-up to first frame: the app from the source tree vs a minimal PySide6 QML window.

    .venv/bin/python bench/gui_startup.py [--runs 9]

Both are fresh processes under the same platform plugin (offscreen unless
QT_QPA_PLATFORM is set); each prints a line when its window has swapped its first frame,
and the clock stops when that line arrives. Runs alternate between the two so machine
noise hits both alike. Peak memory is each process's ru_maxrss (the high-water mark of
its resident set). Target: the app within 1.2x of the minimal window in both.
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
TARGET_RATIO = 1.2


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Measured as people run it: with the .pyc files Python writes on the first run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + env.get("PYTHONPATH", "")
    settings = str(Path(tempfile.mkdtemp()) / "bench.ini")
    app_cmd = [sys.executable, "-m", "embedded_unit_converter.gui", "--settings", settings,
               "--quit-after-first-frame"]
    peer_cmd = [sys.executable, "-c", MINIMAL]
    # One untimed run each warms the OS file cache and writes .pyc files.
    first_frame_and_peak(app_cmd, env)
    first_frame_and_peak(peer_cmd, env)
    app_runs, peer_runs = [], []
    for _ in range(args.runs):
        peer_runs.append(first_frame_and_peak(peer_cmd, env))
        app_runs.append(first_frame_and_peak(app_cmd, env))
    app_med, peer_med = (statistics.median(t for t, _ in runs) for runs in (app_runs, peer_runs))
    app_mem, peer_mem = (statistics.median(m for _, m in runs) for runs in (app_runs, peer_runs))
    print(f"start-up to first frame ({env['QT_QPA_PLATFORM']}, median of {args.runs} runs; peak resident set)")
    print(f"  {'minimal PySide6 QML window':<32} {peer_med * 1000:8.1f} ms {peer_mem:8.1f} MB")
    print(f"  {'Embedded Unit Converter':<32} {app_med * 1000:8.1f} ms {app_mem:8.1f} MB")
    print(f"  ratio app / minimal: {app_med / peer_med:.2f}x time, {app_mem / peer_mem:.2f}x peak memory"
          f"  (target <= {TARGET_RATIO}x each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
