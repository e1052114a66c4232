"""Where start-up goes: each phase from process start to first frame, the app beside the
minimal PySide6 QML window of bench/gui_startup.py, with peak memory.

    .venv/bin/python bench/startup_breakdown.py [--runs 9] [--cpu]

Every run is a fresh process of bench/_startup_probe.py, which runs the app's real main()
(or the minimal window) and marks each phase with CLOCK_MONOTONIC: the interpreter, the
imports (PySide6's apart from the rest: the app's modules, the core, the standard
library, and the Python enums of the Qt types they name), the QGuiApplication,
translations, the view model's modules and the view model itself (made while Qt's
loader thread reads the QML types), the core's unit registry (built on a thread while Qt
loads: what is left is wrapping its rows), what is left of QML type loading (from the
QML disk cache, or compiled from source), QML object creation, the first layout (polish),
scene-graph synchronisation, rendering and the swap. The app also runs with
QML_DISABLE_DISK_CACHE=1: that column is what compiling the QML from source costs (a
first start, or a cache that cannot be written).

--cpu shows the CPU time of each phase (the process's, all threads: work on another
thread, such as the unit table or QML type loading, lands in the phase it overlaps)
instead of wall time; on a busy machine it shows the work without the waits for a core.

Memory: VmHWM (the peak resident set) and VmRSS from /proc/self/status at the first
frame; the MB columns say how much the resident set grew in each phase.

Runs alternate between the sides so machine noise hits them alike; figures are medians
per phase (so their sum is near, not exactly, the median total). Not a test: it prints
figures and never fails on them. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "_startup_probe.py"

# Each mark the probe makes closes a phase: the time since the previous mark goes to this
# row. "before ..." marks close the gap of plain Python between two measured steps.
ROW_OF = {
    "interpreter ready": "interpreter start (spawn to first line)",
    "imports done": "imports: the app's modules, the core, standard library",
    "probe set up": "the probe's own set-up (not start-up)",
    "before QGuiApplication": "other Python (argument parsing, ...)",
    "QGuiApplication made": "QGuiApplication",
    "before translations": "other Python (argument parsing, ...)",
    "translations installed": "translations",
    "before the view model's modules": "other Python (argument parsing, ...)",
    "view model's modules imported": "view model's modules (QML types load meanwhile)",
    "before the view model": "other Python (argument parsing, ...)",
    "before the core registry": "view model (settings, models)",
    "core registry built": "core registry (first categories())",
    "view model made": "view model (settings, models)",
    "before the QML engine": "other Python (argument parsing, ...)",
    "QML engine made": "QML engine",
    "QML compiled and objects created": "QML compilation + object creation",
    "QML compiled (types loaded)": "  of which type loading (what is left to wait for)",
    "QML objects created": "  of which object creation",
    "exec() called": "main() after the QML load, to exec()",
    "event loop running": "exec() until the event loop runs",
    "polished (first layout)": "first layout (polish)",
    "scene graph synchronised": "scene graph sync (first paint)",
    "rendered": "render (first paint)",
    "first frame swapped": "swap (first paint)",
    "parent read": "first-frame line reaches the parent",
}
ROWS = list(dict.fromkeys(ROW_OF.values()))
CPU = False  # --cpu
QT_IMPORTS = "imports: PySide6 and what it imports (MB: all imports)"
ROWS.insert(ROWS.index(ROW_OF["imports done"]), QT_IMPORTS)
COMBINED = "QML compilation + object creation"
PARTS = [row for row in ROWS if row.startswith("  of which")]


def run_probe(which: str, env: dict[str, str], settings: str) -> dict:
    """One fresh process; its phase durations (ms), RSS growth (MB) and memory."""
    cmd = [sys.executable, str(PROBE), which]
    if which == "app":
        cmd += ["--settings", settings, "--quit-after-first-frame"]
    start = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
                            cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    probe = None
    for line in proc.stdout:
        if line.startswith("probe "):
            probe = json.loads(line[len("probe "):])
        elif line.strip() == "first-frame":
            probe["marks"].append(["parent read", time.clock_gettime_ns(time.CLOCK_MONOTONIC),
                                   probe["marks"][-1][2], probe["marks"][-1][3]])
            break
    _, err = proc.communicate(timeout=60)
    if probe is None or probe["marks"][-1][0] != "parent read":
        raise RuntimeError(f"{which}: no first frame (status {proc.returncode}):\n{err[-2000:]}")
    ms: dict[str, float] = {}
    mb: dict[str, float] = {}
    previous_ns, previous_kb, previous_cpu = start, 0, 0
    for name, ns, rss_kb, cpu_ns in probe["marks"]:
        row = ROW_OF[name]
        # Wall time, or with --cpu the CPU time of the process (all threads): on a busy
        # machine the CPU time shows the work without the waits for a core.
        elapsed = (cpu_ns - previous_cpu) if CPU else (ns - previous_ns)
        ms[row] = ms.get(row, 0.0) + elapsed / 1e6
        mb[row] = mb.get(row, 0.0) + (rss_kb - previous_kb) / 1024
        previous_ns, previous_kb, previous_cpu = ns, rss_kb, cpu_ns
    # Of the imports, the time inside PySide6's (the probe times them wherever they are).
    ms[QT_IMPORTS] = probe["imports_cpu_ns" if CPU else "imports_ns"] / 1e6
    ms[ROW_OF["imports done"]] -= ms[QT_IMPORTS]
    mb[QT_IMPORTS] = mb.pop(ROW_OF["imports done"])  # memory is not split: all imports
    if PARTS[0] in ms:
        ms[COMBINED] = sum(ms[part] for part in PARTS)
        mb[COMBINED] = sum(mb[part] for part in PARTS)
    total = previous_cpu if CPU else previous_ns - start
    return {"ms": ms, "mb": mb, "total": total / 1e6,
            "hwm": probe["hwm_kb"] / 1024, "rss": probe["rss_kb"] / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cpu", action="store_true",
                        help="CPU time of each phase (all threads) instead of wall time: steadier on a busy machine")
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Measured as people run it: with the .pyc files Python writes on the first run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + env.get("PYTHONPATH", "")
    no_cache = dict(env, QML_DISABLE_DISK_CACHE="1")
    settings = str(Path(tempfile.mkdtemp()) / "bench.ini")
    sides = [("minimal", "minimal", env), ("app", "app", env), ("app, no QML disk cache", "app", no_cache)]
    for _, which, side_env in sides:  # untimed: file cache, .pyc files, the QML disk cache
        run_probe(which, side_env, settings)
    results: dict[str, list[dict]] = {label: [] for label, _, _ in sides}
    for _ in range(args.runs):
        for label, which, side_env in sides:
            results[label].append(run_probe(which, side_env, settings))

    def med(label: str, key: str, row: str | None = None) -> float | None:
        runs = results[label]
        if row is None:
            return statistics.median(r[key] for r in runs)
        values = [r[key][row] for r in runs if row in r[key]]
        return statistics.median(values) if values else None

    def cell(value: float | None, width: int, digits: int = 1) -> str:
        return f"{'-':>{width}}" if value is None else f"{value:{width}.{digits}f}"

    labels = [label for label, _, _ in sides]
    clock = "CPU ms, all threads" if CPU else "ms"
    print(f"start-up phases ({env['QT_QPA_PLATFORM']}, median of {args.runs} runs each, alternating; "
          f"{clock}, and MB the resident set grew)")
    print(f"  {'phase':<52}{'minimal':>9}{'app':>9}{'no cache':>10}{'min MB':>9}{'app MB':>9}")
    for row in ROWS:
        values = [med(label, "ms", row) for label in labels]
        if all(v is None for v in values):
            continue
        print(f"  {row:<52}{cell(values[0], 9)}{cell(values[1], 9)}{cell(values[2], 10)}"
              f"{cell(med('minimal', 'mb', row), 9)}{cell(med('app', 'mb', row), 9)}")
    totals = [med(label, "total") for label in labels]
    print(f"  {'total: spawn to first-frame line':<52}{cell(totals[0], 9)}{cell(totals[1], 9)}{cell(totals[2], 10)}")
    print(f"  ratio app / minimal: {totals[1] / totals[0]:.2f}x  "
          f"(no QML disk cache: {totals[2] / totals[0]:.2f}x)")
    print("peak memory at the first frame (MB, median)")
    for key, name in (("hwm", "VmHWM (peak resident set)"), ("rss", "VmRSS")):
        values = [med(label, key) for label in labels]
        print(f"  {name:<52}{cell(values[0], 9)}{cell(values[1], 9)}{cell(values[2], 10)}"
              f"   app / minimal: {values[1] / values[0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
