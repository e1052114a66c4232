"""Where the window opens: saved geometry is fitted to the screens there are, and --size is
checked. Under a real X server (xcb) an oversized window crashes Qt, which offscreen does
not, so the start-up cases run the real app on a private Xvfb."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from embedded_unit_converter.gui.app import SIZE_MAX, SIZE_MIN, _parse_args, window_size
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.settings import Settings, fit_to_screens

APP = [sys.executable, "-m", "embedded_unit_converter.gui"]
LAPTOP = (0, 0, 1366, 738)
RIGHT_MONITOR = (1366, -200, 1920, 1040)


# -- fitting a rectangle to screens ----------------------------------------------------------

def test_an_oversized_window_is_made_as_large_as_its_screen():
    assert fit_to_screens((0, 0, 100_000, 100_000), [LAPTOP]) == [0, 0, 1366, 738]


def test_a_window_off_every_screen_comes_back_to_the_primary_one():
    # A monitor since unplugged: the window was on the right of the laptop.
    assert fit_to_screens((2000, 300, 800, 600), [LAPTOP]) == [566, 138, 800, 600]
    assert fit_to_screens((-90_000, -90_000, 800, 600), [RIGHT_MONITOR, LAPTOP], primary=1) == [0, 0, 800, 600]


def test_a_window_stays_on_the_screen_it_is_mostly_on():
    assert fit_to_screens((1500, 100, 800, 600), [LAPTOP, RIGHT_MONITOR]) == [1500, 100, 800, 600]
    # Hanging over the bottom-right edge: moved in, not resized.
    assert fit_to_screens((3000, 700, 800, 600), [LAPTOP, RIGHT_MONITOR]) == [2486, 240, 800, 600]


def test_the_window_minimum_counts_when_fitting():
    # Qt enlarges a window to its minimum after we place it: place the enlarged one.
    assert fit_to_screens((1300, 0, 100, 100), [LAPTOP], minimum=(360, 480)) == [1006, 0, 360, 480]


rects = st.tuples(st.integers(-10**5, 10**5), st.integers(-10**5, 10**5),
                  st.integers(1, 10**5), st.integers(1, 10**5))
screens = st.lists(st.tuples(st.integers(-5000, 5000), st.integers(-5000, 5000),
                             st.integers(360, 4000), st.integers(480, 3000)), min_size=1, max_size=3)


@given(rects, screens, st.data())
def test_a_fitted_window_lies_wholly_on_one_screen(rect, screen_list, data):
    primary = data.draw(st.integers(0, len(screen_list) - 1))
    x, y, w, h = fit_to_screens(rect, screen_list, primary, minimum=(360, 480))
    assert any(sx <= x and x + w <= sx + sw and sy <= y and y + h <= sy + sh for sx, sy, sw, sh in screen_list)
    # Never larger than saved, except up to the window's minimum.
    assert w <= max(rect[2], 360) and h <= max(rect[3], 480)


def test_the_converter_restores_saved_geometry_onto_a_screen(qapp, settings_path):
    s = Settings(settings_path)
    s.set_value("geometry", [-50_000, 90_000, 100_000, 100_000])
    s.sync()
    c = Converter(settings_path=settings_path)
    x, y, w, h = c.geometry(360, 480)
    available = [s.availableGeometry() for s in qapp.screens()]
    assert any(g.contains(x, y) and g.contains(x + w - 1, y + h - 1) for g in available)


def test_saved_geometry_out_of_bounds_is_not_restored(qapp, settings_path):
    with open(settings_path, "w") as f:
        f.write("[General]\ngeometry=\"[0, 0, 1000000000, 5]\"\n")
    assert Converter(settings_path=settings_path).geometry(360, 480) == []


# -- --size ------------------------------------------------------------------------------------

def test_size_option_reads_width_by_height():
    assert window_size("800x600") == (800, 600)
    assert window_size(" 1024 X 768 ") == (1024, 768)
    assert _parse_args(["--size", "640x480"]).size == (640, 480)


@pytest.mark.parametrize("text, why", [
    ("abc", "not a size"), ("800", "not a size"), ("800x", "not a size"), ("-800x600", "not a size"),
    ("8e2x600", "not a size"), ("²x3", "not a size"),
    ("10x10", "out of range"), ("100000x100000", "out of range"), ("9" * 5000 + "x600", "out of range"),
])
def test_size_option_refuses_what_is_not_a_sensible_size(text, why, capsys):
    with pytest.raises(SystemExit) as exit_:
        _parse_args([f"--size={text}"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert why in err and "--size" in err and "Traceback" not in err
    assert f"{SIZE_MIN[0]}x{SIZE_MIN[1]}" in err or why == "not a size"
    assert str(SIZE_MAX[0]) in err or why == "not a size"


def test_size_abc_is_a_message_not_a_traceback(tmp_path):
    run = subprocess.run(APP + ["--size", "abc", "--settings", str(tmp_path / "s.ini")],
                         capture_output=True, text=True, timeout=60, env=_offscreen())
    assert run.returncode == 2
    assert "--size" in run.stderr and "WIDTHxHEIGHT" in run.stderr
    assert "Traceback" not in run.stderr


def _offscreen() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


# -- the real window under X11 ---------------------------------------------------------------

# Opens the window as the app does and prints where it landed once it has drawn itself.
PROBE = r"""
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
from embedded_unit_converter.gui.app import create_engine, dispose_engine
engine = create_engine(sys.argv[1])
win = engine.rootObjects()[0]
def report():
    win.frameSwapped.disconnect(report)
    g = win.geometry()
    print(json.dumps({"platform": app.platformName(), "window": [g.x(), g.y(), g.width(), g.height()],
                      "screens": [[s.availableGeometry().x(), s.availableGeometry().y(),
                                   s.availableGeometry().width(), s.availableGeometry().height()]
                                  for s in app.screens()]}), flush=True)
    app.quit()
win.frameSwapped.connect(report)
app.exec()
dispose_engine(engine)
"""


def _saved_geometry(tmp_path, geometry) -> str:
    path = tmp_path / "settings.ini"
    s = Settings(str(path))
    s.set_value("geometry", geometry)
    s.sync()
    assert Settings(str(path)).value("geometry") == geometry
    return str(path)


def _landing(server, settings_path: str) -> dict:
    run = subprocess.run([sys.executable, "-c", PROBE, settings_path], capture_output=True, text=True,
                         timeout=120, env=server.env())
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _on_a_screen(window, screen_rects) -> bool:
    x, y, w, h = window
    return any(sx <= x and x + w <= sx + sw and sy <= y and y + h <= sy + sh for sx, sy, sw, sh in screen_rects)


@pytest.mark.parametrize("geometry", [
    [0, 0, 100_000, 100_000],           # once crashed Qt under X11 (exit 139) at every start
    [-50_000, 90_000, 800, 600],        # off every screen
    [3000, 200, 900, 700],              # on a second monitor that is gone
    [-100_000, -100_000, 100_000, 100_000],
])
def test_saved_geometry_starts_fine_under_x11_and_lands_on_a_screen(x_server, tmp_path, geometry):
    path = _saved_geometry(tmp_path, geometry)
    # The app itself, as a person starts it.
    run = subprocess.run(APP + ["--settings", path, "--quit-after-first-frame"], capture_output=True,
                         text=True, timeout=120, env=x_server.env())
    assert run.returncode == 0, (run.returncode, run.stderr)
    assert "first-frame" in run.stdout
    landed = _landing(x_server, path)
    assert landed["platform"] == "xcb"
    assert _on_a_screen(landed["window"], landed["screens"]), landed


def test_a_window_on_a_screen_that_exists_stays_where_it_was(x_server, tmp_path):
    path = _saved_geometry(tmp_path, [200, 150, 700, 800])
    assert _landing(x_server, path)["window"] == [200, 150, 700, 800]


def test_size_option_larger_than_the_screen_starts_fine_under_x11(x_server, tmp_path):
    run = subprocess.run(APP + ["--settings", str(tmp_path / "s.ini"), "--size", "8192x8192",
                                "--quit-after-first-frame"],
                         capture_output=True, text=True, timeout=120, env=x_server.env())
    assert run.returncode == 0, run.stderr
    assert "first-frame" in run.stdout
