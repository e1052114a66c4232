"""What a screen reader finds: every control that takes focus has a name and a role.

The AT-SPI test reads the real window's tree over D-Bus as Orca would: the window runs on
a private X server (Qt's offscreen platform has no accessibility bridge) inside its own
D-Bus session, and atspi_tree.py walks the tree with Debian's pyatspi. The in-process test
reads Qt's own accessibility tree, which also shows the pickers' popups when open.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi installs pyatspi
CONTRACT_NAMES = ["categorySelector", "fromUnitSelector", "toUnitSelector", "fromValueField", "toValueField",
                  "swapButton", "expressionField", "expressionResult", "allUnitsView", "precisionSelector"]
NO_ROLE = {"", "invalid", "unknown", "redundant object"}


def _atspi_missing() -> str:
    if not shutil.which("dbus-run-session"):
        return "dbus-run-session not found (Debian package dbus-daemon)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and not shutil.which("at-spi-bus-launcher"):
        return "the AT-SPI bus is not installed (Debian package at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"],
                                                          capture_output=True).returncode:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian package python3-pyatspi)"
    return ""


def read_tree(x_server, tmp_path, *app_args: str) -> dict:
    """The window's AT-SPI tree, read by a screen reader's library in a D-Bus session of its own."""
    out = tmp_path / "tree.json"
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_tree.py"), "--out", str(out),
               "--timeout", "60", "--", sys.executable, "-m", "embedded_unit_converter.gui", *app_args]
    # Its own process group: the session's bus and the accessibility daemons it starts
    # are stopped with it.
    proc = subprocess.Popen(command, env=x_server.env(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=120)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    assert out.exists(), err
    tree = json.loads(out.read_text())
    assert tree["application"], f"the window never appeared on the accessibility bus:\n{err}"
    assert "Traceback" not in err, err
    return tree


def test_every_focusable_control_has_a_name_and_a_role_over_atspi(x_server, tmp_path):
    missing = _atspi_missing()
    if missing:
        pytest.skip(f"AT-SPI unavailable: {missing}")
    # A folder as settings file: the window also shows its notice with a dismiss button.
    folder = tmp_path / "a-folder"
    folder.mkdir()
    tree = read_tree(x_server, tmp_path, "--settings", str(folder))
    nodes = tree["nodes"]
    assert tree["application"] == "Embedded Unit Converter"
    assert not [n for n in nodes if "error" in n]
    focusable = [n for n in nodes if n.get("focusable")]
    # The tree really is the window's: every contract control is there, and the notice.
    ids = [n["id"].rsplit(".", 1)[-1] for n in focusable]
    for name in CONTRACT_NAMES + ["settingsNoticeDismiss", "themeButton"]:
        assert name in ids, name
    unnamed = [(n["role"], n["id"]) for n in focusable if not n["name"].strip()]
    assert unnamed == []  # once: three scroll bars and the spin box's inner field
    roleless = [(n["name"], n["id"]) for n in focusable if n["role"] in NO_ROLE]
    assert roleless == []
    by_id = {n["id"].rsplit(".", 1)[-1]: n for n in focusable}
    assert by_id["precisionSelector"]["role"] == "spin button"
    assert by_id["categorySelector"]["role"] == "combo box"
    assert by_id["fromValueField"]["role"] == "text"


def _focusable_interfaces(window) -> list:
    found = []

    def walk(iface, depth=0):
        if iface is None or not iface.isValid() or depth > 60:
            return
        if iface.state().focusable:
            found.append(iface)
        for i in range(iface.childCount()):
            walk(iface.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window))
    return found


@pytest.mark.parametrize("picker", ["categorySelector", "fromUnitSelector", "toUnitSelector"])
def test_the_pickers_popups_name_their_controls(open_window, settings_path, qml_messages, picker):
    w = open_window(settings_path, width=560, height=900)
    item = w.item(picker)
    item.openSearch("")
    w.qtbot.waitUntil(lambda: item.property("isOpen"), timeout=2000)
    w.qtbot.wait(50)
    interfaces = _focusable_interfaces(w.win)
    names = [i.text(QAccessible.Text.Name) for i in interfaces]
    assert any(i.role() == QAccessible.Role.EditableText and n.startswith("Search") for i, n in zip(interfaces, names))
    unnamed = [(i.role(), i.object().metaObject().className()) for i, n in zip(interfaces, names) if not n.strip()]
    assert unnamed == []
    assert [n for i, n in zip(interfaces, names) if i.role() == QAccessible.Role.NoRole] == []
    w.key(Qt.Key.Key_Escape)
    w.qtbot.waitUntil(lambda: not item.property("isOpen"), timeout=2000)
    assert qml_messages == []
