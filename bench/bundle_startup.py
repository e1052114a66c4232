"""Start-up to first frame: the standalone bundle (`make dist`) vs the source tree.

    .venv/bin/python bench/bundle_startup.py [--runs 9] [--bundle dist/embedded-unit-converter]

Both are fresh processes of the same app under the same platform plugin (offscreen unless
QT_QPA_PLATFORM is set), started with --quit-after-first-frame: the app prints
"first-frame" when its window has swapped its first frame, and the clock stops when that
line arrives. Runs alternate between the two so machine noise hits both alike, after one
untimed run each (file cache, .pyc files). Target: the bundle within 1.25x of the source
tree. Not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from _first_frame import time_to_first_frame

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.25


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
    source_env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + source_env.get("PYTHONPATH", "")
    bundle_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    bundle_env["QT_QPA_PLATFORM"] = platform
    source_cmd = [sys.executable, "-m", "embedded_unit_converter.gui", *flags]
    bundle_cmd = [str(executable), *flags]

    time_to_first_frame(source_cmd, source_env)
    time_to_first_frame(bundle_cmd, bundle_env)
    source_times, bundle_times = [], []
    for _ in range(args.runs):
        source_times.append(time_to_first_frame(source_cmd, source_env))
        bundle_times.append(time_to_first_frame(bundle_cmd, bundle_env))
    source, bundle = statistics.median(source_times), statistics.median(bundle_times)
    ratio = bundle / source
    print(f"start-up to first frame ({platform}, median of {args.runs} runs)")
    print(f"  {'source tree (.venv python)':<32} {source * 1000:8.1f} ms")
    print(f"  {'standalone bundle (onedir)':<32} {bundle * 1000:8.1f} ms")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  bundle / source tree: {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
