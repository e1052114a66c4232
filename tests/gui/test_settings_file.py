"""The settings file: nothing a person has is moved, rewritten or lost, a damaged file is
said so once, and what is saved stays bounded."""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem
from PySide6.QtCore import QSettings

from embedded_unit_converter.gui import settings as settings_mod
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.settings import DEFAULTS, Settings

APP = [sys.executable, "-m", "embedded_unit_converter.gui"]
RANDOM_BYTES = random.Random(11).randbytes(3000)
NESTED = b"[General]\nsignificant=6\nfavourites=" + b"[" * 100_000 + b"]" * 100_000 + b"\n"
GOOD = b"[General]\nsignificant=6\ntheme=dark\ncategory=volume\nfromUnit=us_gallon\ntoUnit=liter\n"


def snapshot(folder: Path) -> dict:
    """Every file and folder under `folder`: its bytes (or None for a folder) and mode."""
    return {str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes(), stat.S_IMODE(p.stat().st_mode))
            for p in sorted(folder.rglob("*"))}


def run_app(*args: str, env: dict | None = None, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """The real app, offscreen, until its first frame."""
    env = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run((prefix or []) + APP + list(args) + ["--quit-after-first-frame"],
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def own_settings(tmp_path, monkeypatch) -> Path:
    """The platform's default settings path (the app's own file), inside tmp_path."""
    monkeypatch.delenv(settings_mod.ENV_PATH, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = Path(settings_mod.default_path())
    assert path.is_relative_to(tmp_path)
    return path


# -- a path that cannot hold settings: defaults, a message, nothing touched -----------------

def test_a_folder_is_left_alone_and_nothing_is_saved_there(qapp, tmp_path, capfd):
    folder = tmp_path / "my-files"
    folder.mkdir()
    (folder / "thesis.txt").write_text("years of work")
    before = snapshot(tmp_path)
    s = Settings(str(folder))
    assert "folder" in s.problem and str(folder) in s.problem
    assert not s.saves
    assert s.value("significant") == DEFAULTS["significant"]
    s.set_value("significant", 6)
    assert s.value("significant") == 6  # kept for this run
    s.sync()
    assert snapshot(tmp_path) == before
    assert capfd.readouterr().err.count(s.problem) == 1


def test_the_app_given_a_folder_starts_and_leaves_it_alone(tmp_path):
    folder = tmp_path / "my-files"
    folder.mkdir()
    (folder / "notes.ini").write_text("[mine]\nkeep=1\n")
    before = snapshot(tmp_path)
    run = run_app("--settings", str(folder))
    assert run.returncode == 0, run.stderr
    assert "first-frame" in run.stdout
    assert snapshot(tmp_path) == before  # once renamed to my-files.unreadable-<time>
    assert run.stderr.count("is a folder, not a settings file") == 1
    assert "Traceback" not in run.stderr


def test_a_file_where_a_folder_should_be_is_left_alone(qapp, tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    before = snapshot(tmp_path)
    s = Settings(str(blocker / "settings.ini"))
    assert s.problem and not s.saves
    s.set_value("theme", "dark")
    s.sync()
    assert snapshot(tmp_path) == before


def test_a_missing_file_in_a_missing_folder_is_created(qapp, tmp_path):
    path = tmp_path / "new" / "deeper" / "settings.ini"
    s = Settings(str(path))
    assert s.problem == "" and s.saves
    s.set_value("theme", "dark")
    s.sync()
    assert Settings(str(path)).value("theme") == "dark"


def _without_file_privileges() -> list[str]:
    """A command prefix under which file permissions apply: root ignores them unless its
    capabilities to override them are dropped."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv (util-linux) to drop the override of file permissions")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all"]


def test_an_unreadable_file_is_left_alone(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(GOOD)
    path.chmod(0)
    before = snapshot(tmp_path)
    run = run_app("--settings", str(path), prefix=_without_file_privileges())
    assert run.returncode == 0, run.stderr
    assert "cannot be read" in run.stderr and "Traceback" not in run.stderr
    assert snapshot(tmp_path) == before
    path.chmod(0o600)
    assert path.read_bytes() == GOOD


READ_ONLY_CHECK = r"""
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
from embedded_unit_converter.gui.settings import Settings
s = Settings(sys.argv[1])
seen = {"significant": s.value("significant"), "theme": s.value("theme"), "saves": s.saves, "problem": s.problem}
s.set_value("significant", 3)
s.sync()
print(json.dumps(seen))
"""


def test_a_read_only_file_is_used_but_never_written(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(GOOD)
    path.chmod(0o444)
    before = snapshot(tmp_path)
    prefix = _without_file_privileges()
    check = subprocess.run(prefix + [sys.executable, "-c", READ_ONLY_CHECK, str(path)], capture_output=True,
                           text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert check.returncode == 0, check.stderr
    seen = json.loads(check.stdout)
    assert (seen["significant"], seen["theme"], seen["saves"]) == (6, "dark", False)
    assert "read-only" in seen["problem"]
    run = run_app("--settings", str(path), prefix=prefix)
    assert run.returncode == 0 and "read-only" in run.stderr
    assert snapshot(tmp_path) == before


# -- a damaged file: kept aside (the app's own) or left alone (anyone else's) ---------------

CORRUPT = {
    "random bytes": RANDOM_BYTES,
    "deeply nested list": NESTED,
    "NUL bytes": GOOD.replace(b"theme=dark", b"theme=da\x00rk"),
    "prose": b"Dear diary,\nToday I pointed the converter at the wrong file.\n",
    "huge": b"[General]\nexpression=" + b"1+" * 600_000 + b"1\n",
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_damaged_file_someone_pointed_at_is_left_alone(qapp, tmp_path, content, capfd):
    path = tmp_path / "theirs.ini"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    s = Settings(str(path))
    assert "damaged or not a settings file" in s.problem and not s.saves
    assert all(s.value(k) == v for k, v in DEFAULTS.items())
    s.set_value("theme", "dark")
    s.sync()
    assert snapshot(tmp_path) == before
    assert capfd.readouterr().err.count(s.problem) == 1


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_the_apps_own_damaged_file_is_copied_aside_then_started_afresh(qapp, own_settings, content):
    own_settings.parent.mkdir(parents=True)
    own_settings.write_bytes(content)
    s = Settings()
    assert s.own
    assert s.kept_copy and s.kept_copy in s.problem
    assert Path(s.kept_copy).read_bytes() == content
    assert all(s.value(k) == v for k, v in DEFAULTS.items())
    s.set_value("theme", "dark")
    s.sync()
    again = Settings()
    assert again.problem == "" and again.value("theme") == "dark"  # said once, not at every start


def test_a_kept_copy_is_never_overwritten(qapp, own_settings):
    own_settings.parent.mkdir(parents=True)
    copies = []
    for content in (RANDOM_BYTES, NESTED, RANDOM_BYTES[::-1]):  # within the same second
        own_settings.write_bytes(content)
        copies.append(Settings().kept_copy)
    assert len(set(copies)) == 3
    assert [Path(c).read_bytes() for c in copies] == [RANDOM_BYTES, NESTED, RANDOM_BYTES[::-1]]


def test_the_app_with_random_bytes_in_its_own_file(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != settings_mod.ENV_PATH}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    own = tmp_path / "config" / "EmbeddedUnitConverter" / "settings.ini"
    own.parent.mkdir(parents=True)
    own.write_bytes(RANDOM_BYTES)
    run = run_app(env=env)
    assert run.returncode == 0, run.stderr
    kept = [p for p in own.parent.iterdir() if p.name.startswith("settings.ini.corrupt-")]
    assert len(kept) == 1 and kept[0].read_bytes() == RANDOM_BYTES
    assert str(kept[0]) in run.stderr and "Traceback" not in run.stderr
    # Started afresh: the next start is quiet and keeps no second copy.
    run = run_app(env=env)
    assert run.returncode == 0 and "damaged" not in run.stderr
    assert len([p for p in own.parent.iterdir() if p.name.startswith("settings.ini.corrupt-")]) == 1


def test_a_deeply_nested_value_leaves_the_unit_pickers_full(qapp, tmp_path, capfd):
    path = tmp_path / "nested.ini"
    path.write_bytes(NESTED)
    c = Converter(settings_path=str(path))  # once: RecursionError, a long traceback
    assert c.property("fromUnits").rowCount() > 10
    assert c.property("toUnits").rowCount() > 10
    assert "damaged" in c.property("settingsProblem")
    assert "Traceback" not in capfd.readouterr().err


def test_one_bad_value_in_a_good_file_falls_back_alone(qapp, tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\nsignificant=99\ntheme=dark\nnotation=weird\nfavourites=[1, 2\n")
    s = Settings(str(path))
    assert s.problem == ""
    assert (s.value("significant"), s.value("theme"), s.value("notation"), s.value("favourites")) == (10, "dark", "auto", [])


# -- bounds -----------------------------------------------------------------------------------

def _record(i: int) -> dict:
    return {"fromUnit": "mile", "toUnit": "kilometer", "fromText": str(i)}


def test_every_saved_value_is_bounded_when_saving(qapp, settings_path):
    s = Settings(settings_path)
    s.set_value("expression", "1+" * 6146 + "1")  # the 12,293 characters once stored
    s.set_value("fromText", "9" * 5000)
    s.set_value("category", "x" * 5000)
    s.set_value("favourites", [_record(i) for i in range(500)])
    s.set_value("recents", [_record(i) for i in range(500)] + [{"fromUnit": "u" * 500, "toUnit": "m"}])
    s.set_value("geometry", [0, 0, 10**12, 5])
    s.sync()
    raw = QSettings(settings_path, QSettings.Format.IniFormat)
    assert raw.value("expression") == DEFAULTS["expression"]
    assert raw.value("fromText") == DEFAULTS["fromText"]
    assert raw.value("category") == DEFAULTS["category"]
    assert len(json.loads(raw.value("favourites"))) == settings_mod.MAX_FAVOURITES
    assert len(json.loads(raw.value("recents"))) == settings_mod.MAX_RECENTS
    assert json.loads(raw.value("geometry")) == []
    assert os.path.getsize(settings_path) < 4000


def test_every_saved_value_is_bounded_when_loading(qapp, tmp_path):
    path = tmp_path / "s.ini"
    long_list = json.dumps([_record(i) for i in range(500)]).replace('"', '\\"')
    path.write_text("[General]\n"
                    f"expression={'1+' * 6146}1\n"
                    f"fromText={'9' * 5000}\n"
                    f"fromUnit={'u' * 5000}\n"
                    f'favourites="{long_list}"\n'
                    f'recents="{long_list}"\n'
                    "theme=dark\n")
    s = Settings(str(path))
    assert s.problem == ""
    assert s.value("expression") == "" and s.value("fromText") == "1" and s.value("fromUnit") == ""
    assert len(s.value("favourites")) == settings_mod.MAX_FAVOURITES
    assert len(s.value("recents")) == settings_mod.MAX_RECENTS
    assert s.value("theme") == "dark"


def test_typing_a_long_expression_does_not_grow_the_file(qapp, settings_path):
    c = Converter(settings_path=settings_path)
    expression = c.property("expression")
    expression.setProperty("text", "1+" * 6146 + "1")
    c.flush()
    assert os.path.getsize(settings_path) < 2000
    expression.setProperty("text", "5 ft 3 in to cm")
    c.flush()
    assert Settings(settings_path).value("expression") == "5 ft 3 in to cm"


# -- the window says so once ------------------------------------------------------------------

def test_the_window_shows_the_problem_at_the_top_until_dismissed(open_window, tmp_path, qml_messages):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    w = open_window(str(folder))
    notice = w.item("settingsNotice")
    assert notice.isVisible()
    assert w.converter.property("settingsProblem") in [t.property("text") for t in notice.findChildren(object)
                                                       if t.property("text")]
    # Seen without scrolling: at the top of the page, above the converter.
    assert w.scene_rect(notice).top() < w.scene_rect("expressionField").top()
    w.click("settingsNoticeDismiss")
    w.qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)
    assert w.win.activeFocusItem() is not None
    w.assert_shows_the_conversion()
    assert qml_messages == []


def test_the_window_says_nothing_about_a_good_file(open_window, settings_path, qml_messages):
    w = open_window(settings_path)
    # The notice is made only when there is something to say.
    assert w.win.findChild(QQuickItem, "settingsNotice") is None
    assert w.converter.property("settingsProblem") == ""
    assert qml_messages == []


def test_the_message_is_in_the_windows_language(german, tmp_path):
    folder = tmp_path / "Ordner%2"  # a path with a placeholder in it stays as it is
    folder.mkdir()
    s = Settings(str(folder))
    assert s.problem == f"{folder} ist ein Ordner, keine Einstellungsdatei. Es gelten die Standardwerte, " \
                        "und dort wird nichts gespeichert."
