"""CPU work to the first frame, counted: the instructions (all threads) the app executes
until its first frame, beside the minimal PySide6 QML window's.

    .venv/bin/python bench/startup_instructions.py     # needs valgrind (Debian: valgrind)

Each process runs under valgrind's callgrind, which counts instructions rather than
time, so the figure is the same however busy the machine is: the one to compare a change
with on a shared machine (gui_startup.py and bundle_startup.py give the time, which also
depends on how the app's threads overlap). The count stops where each window quits on its
first frame (QCoreApplication::quit, called by the app's --quit-after-first-frame and by
the minimal window). The standalone bundle is counted too when dist/ holds one
(`make dist`). An uncounted run of each first writes the .pyc files and the QML disk cache.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _first_frame import first_frame_and_peak
from _minimal_window import MINIMAL

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "embedded-unit-converter" / "embedded-unit-converter"
TARGET_RATIO = 1.2


def instructions_to_first_frame(cmd: list[str], env: dict[str, str]) -> int:
    """Instructions ``cmd`` executes, all threads together, until it calls
    QCoreApplication::quit() (callgrind writes what it counted up to there as part 1)."""
    out = Path(tempfile.mkdtemp(prefix="startup-instructions-"))
    try:
        # --trace-children: the bundle's bootloader re-executes itself (same process id).
        subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=no", "--trace-children=yes",
                        "--dump-before=QCoreApplication::quit*",
                        f"--callgrind-out-file={out}/callgrind.out.%p"] + cmd,
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                       cwd=tempfile.gettempdir(), timeout=600)
        # Part 1 of the process that quit (a re-executed bootloader leaves one file
        # before its exec, with no part 1).
        parts = list(out.glob("callgrind.out.*.1"))
        if len(parts) != 1:
            raise RuntimeError(f"{cmd[0]} did not call QCoreApplication::quit() once")
        match = re.search(r"^totals: (\d+)", parts[0].read_text(), re.MULTILINE)
        if not match:
            raise RuntimeError(f"no totals in {parts[0]}")
        return int(match[1])
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> int:
    if shutil.which("valgrind") is None:
        print("startup_instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + env.get("PYTHONPATH", "")
    settings = str(Path(tempfile.mkdtemp()) / "bench.ini")
    app_args = ["--settings", settings, "--quit-after-first-frame"]
    commands = [("minimal PySide6 QML window", [sys.executable, "-c", MINIMAL]),
                ("source tree", [sys.executable, "-m", "embedded_unit_converter.gui"] + app_args)]
    if BUNDLE.is_file():
        commands.append(("standalone bundle", [str(BUNDLE)] + app_args))
    counts = {}
    for name, cmd in commands:
        first_frame_and_peak(cmd, env)  # warm: .pyc files, QML disk cache
        counts[name] = instructions_to_first_frame(cmd, env)
    peer_name = commands[0][0]
    peer = counts[peer_name]
    print(f"instructions to the first frame (callgrind, all threads, {env['QT_QPA_PLATFORM']})")
    for name, count in counts.items():
        ratio = "" if name == peer_name else f"   {count / peer:.2f}x the minimal window"
        print(f"  {name:<34}{count / 1e6:8.1f} M{ratio}")
    over = [n for n, c in counts.items() if c / peer > TARGET_RATIO]
    print(f"  the start-up target, <= {TARGET_RATIO}x, is for time (gui_startup.py); in work "
          + (f"over it: {', '.join(over)}" if over else "all are within it too"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
