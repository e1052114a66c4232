"""Start-up to first frame: the app from the source tree vs a minimal PySide6 QML window.

    .venv/bin/python bench/gui_startup.py [--runs 9]

Both are fresh processes under the same platform plugin (offscreen unless
QT_QPA_PLATFORM is set); each prints a line when its window has swapped its first frame,
and the clock stops when that line arrives. Runs alternate between the two so machine
noise hits both alike. Target: the app within 1.5x of the minimal window.
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

MINIMAL = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuickControls2 import QQuickStyle
app = QGuiApplication(sys.argv)
QQuickStyle.setStyle("Basic")
engine = QQmlApplicationEngine()
engine.loadData(b'''
import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 560; height: 820; visible: true
    TextField { anchors.centerIn: parent; text: "1" } }
''')
window = engine.rootObjects()[0]
window.frameSwapped.connect(lambda: (print("first-frame", flush=True), app.quit()))
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "python") + os.pathsep + env.get("PYTHONPATH", "")
    settings = str(Path(tempfile.mkdtemp()) / "bench.ini")
    app_cmd = [sys.executable, "-m", "embedded_unit_converter.gui", "--settings", settings,
               "--quit-after-first-frame"]
    peer_cmd = [sys.executable, "-c", MINIMAL]
    # One untimed run each warms the OS file cache and writes .pyc files.
    time_to_first_frame(app_cmd, env)
    time_to_first_frame(peer_cmd, env)
    app_times, peer_times = [], []
    for _ in range(args.runs):
        peer_times.append(time_to_first_frame(peer_cmd, env))
        app_times.append(time_to_first_frame(app_cmd, env))
    app_med, peer_med = statistics.median(app_times), statistics.median(peer_times)
    print(f"start-up to first frame ({env['QT_QPA_PLATFORM']}, median of {args.runs} runs)")
    print(f"  {'minimal PySide6 QML window':<32} {peer_med * 1000:8.1f} ms")
    print(f"  {'Embedded Unit Converter':<32} {app_med * 1000:8.1f} ms")
    print(f"  ratio app / minimal: {app_med / peer_med:.2f}x  (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
