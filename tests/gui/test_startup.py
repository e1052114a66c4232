"""What the window's entry point does for start-up (issue: first frame near a minimal QML
window) without changing what it shows: the package imports no Qt until main() runs,
the garbage collector is paused while the window loads and running again once it is
shown, and PySide6's source-reading import hook is set aside only in the app's process.
Each case runs the real entry point in a fresh interpreter, offscreen."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import embedded_unit_converter.gui as gui

pytestmark = pytest.mark.gui

PACKAGE = Path(gui.__file__).resolve().parent.parent


def run_python(code: str, tmp_path: Path) -> dict:
    """Runs ``code`` in a fresh interpreter (offscreen, own settings file); it prints one
    JSON line last, returned here."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["EMBEDDED_UNIT_CONVERTER_SETTINGS"] = str(tmp_path / "startup.ini")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_package_loads_no_qt(tmp_path):
    seen = run_python(
        "import json, sys\n"
        "import embedded_unit_converter.gui as gui\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "engine_is_reachable = callable(gui.create_engine)\n"
        "print(json.dumps({'loaded': loaded, 'create_engine': engine_is_reachable}))\n", tmp_path)
    assert seen == {"loaded": [], "create_engine": True}


def test_unknown_attribute_of_the_package_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        gui.no_such_name  # noqa: B018


def test_main_pauses_the_collector_until_the_first_frame_and_resumes_it(tmp_path):
    # The state is read in the first frame's own handler (connected before main() runs
    # the event loop) and again when main() has returned.
    seen = run_python(
        "import gc, json, sys, builtins\n"
        "import embedded_unit_converter.gui as gui\n"
        "from embedded_unit_converter.gui import app\n"
        "states = {}\n"
        "make = app.create_engine\n"
        "def create_engine(*args):\n"
        "    engine = make(*args)\n"
        "    states['loading'] = gc.isenabled()\n"
        "    window = engine.rootObjects()[0]\n"
        "    window.frameSwapped.connect(lambda: states.setdefault('first_frame', gc.isenabled()))\n"
        "    return engine\n"
        "app.create_engine = create_engine\n"
        "code = gui.main(['--quit-after-first-frame'])\n"
        "states.update(code=code, after=gc.isenabled(),\n"
        "              hook_set_aside=builtins.__import__ is getattr(builtins, '__orig_import__', builtins.__import__))\n"
        "print(json.dumps(states))\n", tmp_path)
    assert seen == {"loading": False, "first_frame": False, "code": 0, "after": True, "hook_set_aside": True}


def test_the_collector_runs_again_once_the_window_is_shown(tmp_path):
    # A window left open: once Main.qml says its first frame is shown, well before the
    # fallback timer, the collector is on again.
    seen = run_python(
        "import gc, json, time\n"
        "import embedded_unit_converter.gui as gui\n"
        "from embedded_unit_converter.gui import app\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "seen = {}\n"
        "start = time.monotonic()\n"
        "make = app.create_engine\n"
        "def create_engine(*args):\n"
        "    engine = make(*args)\n"
        "    window = engine.rootObjects()[0]\n"
        "    seen['loading'] = gc.isenabled()\n"
        "    def check():\n"
        "        if window.property('firstFrameShown') and 'shown' not in seen:\n"
        "            seen['shown'] = gc.isenabled()\n"
        "            seen['before_fallback'] = (time.monotonic() - start) * 1000 < app.GC_RESUME_FALLBACK_MS\n"
        "            QGuiApplication.quit()\n"
        "    timer = QTimer(window)\n"
        "    timer.setInterval(10)\n"
        "    timer.timeout.connect(check)\n"
        "    timer.start()\n"
        "    return engine\n"
        "app.create_engine = create_engine\n"
        "seen['code'] = gui.main([])\n"
        "print(json.dumps(seen))\n", tmp_path)
    assert seen == {"loading": False, "shown": True, "before_fallback": True, "code": 0}


def test_quit_after_first_frame_prints_one_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "embedded_unit_converter.gui", "--settings",
                           str(tmp_path / "s.ini"), "--quit-after-first-frame"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert (done.returncode, done.stdout) == (0, "first-frame\n")


def test_the_collector_is_resumed_even_when_main_fails_early(tmp_path):
    seen = run_python(
        "import gc, json\n"
        "import embedded_unit_converter.gui as gui\n"
        "try:\n"
        "    gui.main(['--size', 'not-a-size'])\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps({'code': code, 'enabled': gc.isenabled()}))\n", tmp_path)
    assert seen == {"code": 2, "enabled": True}


def test_importing_the_window_modules_keeps_pysides_import_hook(tmp_path):
    # Tests and other programs that import the modules get PySide6 as it comes.
    seen = run_python(
        "import builtins, json\n"
        "from embedded_unit_converter.gui import app, converter, engine\n"
        "print(json.dumps({'hook': builtins.__import__ is getattr(builtins, '__feature_import__', None)}))\n",
        tmp_path)
    assert seen == {"hook": True}


def test_no_module_uses_pysides_feature_switches():
    """The app's process does without the hook that serves `from __feature__ import ...`
    (see gui._skip_pyside_import_scan), so no module of the package may use it."""
    users = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module == "__feature__":
                users.append(str(path.relative_to(PACKAGE)))
            elif isinstance(node, ast.Import) and any(a.name == "__feature__" for a in node.names):
                users.append(str(path.relative_to(PACKAGE)))
    assert users == []


def run_screenshot(tmp_path: Path, png: Path, platform: str = "offscreen", *options: str):
    """Runs the window's --screenshot in a fresh process, as a person or packager would."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    return subprocess.run(
        [sys.executable, "-m", "embedded_unit_converter.gui", "--screenshot", str(png),
         "--settings", str(tmp_path / "shot.ini"), *options],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)


def test_screenshot_from_a_fresh_process(tmp_path):
    # The window's own process never loads PySide6's QtQuick binding, so the window is a
    # plain QWindow there (the tests' process has the binding loaded: only a fresh one
    # shows what the app itself does).
    png = tmp_path / "window.png"
    done = run_screenshot(tmp_path, png, "offscreen", "--size", "700x600")
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000, "a window, not an empty image"


def test_a_failed_screenshot_ends_the_run(tmp_path):
    # A path that cannot be written: the run says so and exits 1 instead of waiting.
    done = run_screenshot(tmp_path, tmp_path / "missing" / "w.png")
    assert done.returncode == 1
    assert "cannot write" in done.stderr


def test_a_platform_that_cannot_capture_says_so(tmp_path):
    # Qt's "minimal" platform, like Wayland, cannot read a window back: the run says what
    # to do instead of writing an empty picture.
    done = run_screenshot(tmp_path, tmp_path / "w.png", "minimal")
    assert done.returncode == 1
    assert "cannot capture the window" in done.stderr
    assert not (tmp_path / "w.png").exists()
