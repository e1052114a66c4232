"""The theme button: System -> Light -> Dark, saved, with "System" following the platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible

pytestmark = pytest.mark.gui

DARK_SCHEME = Qt.ColorScheme.Dark.value


def _accessible(item) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(item)
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def _saved_theme(path: str) -> str:
    return QSettings(path, QSettings.Format.IniFormat).value("theme")


def test_theme_button_cycles_system_light_dark_and_saves(open_window, settings_path, qml_messages):
    w = open_window(settings_path, theme=None)
    button = w.item("themeButton")
    # Offscreen reports no colour scheme; stand in for a desktop that is dark.
    w.win.setProperty("systemColorScheme", DARK_SCHEME)

    seen = []
    for _ in range(4):
        name, description = _accessible(button)
        seen.append((w.converter.property("theme"), w.win.property("dark"), name))
        if w.converter.property("theme") == "system":
            assert "now dark" in description
        w.click(button)
        w.converter.flush()
        assert _saved_theme(settings_path) == w.converter.property("theme")
    assert seen == [("system", True, "Theme: System"), ("light", False, "Theme: Light"),
                    ("dark", True, "Theme: Dark"), ("system", True, "Theme: System")]
    assert qml_messages == []


def test_system_theme_follows_the_platform(open_window, settings_path, qml_messages):
    w = open_window(settings_path, theme=None)
    assert w.converter.property("theme") == "system"
    w.win.setProperty("systemColorScheme", DARK_SCHEME)
    assert w.win.property("dark")
    w.win.setProperty("systemColorScheme", Qt.ColorScheme.Light.value)
    assert not w.win.property("dark")
    assert "now light" in _accessible(w.item("themeButton"))[1]
    assert qml_messages == []


def test_theme_choice_survives_a_restart(open_window, settings_path, qml_messages):
    first = open_window(settings_path, theme=None)
    first.click("themeButton")  # system -> light
    first.click("themeButton")  # light -> dark
    open_window.close(first)
    second = open_window(settings_path, theme=None)
    assert second.converter.property("theme") == "dark"
    assert second.win.property("dark")
    assert qml_messages == []
