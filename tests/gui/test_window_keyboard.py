"""Keyboard use: Tab order through the controls, shortcuts, and their tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# Reading order: the text line, then the converter top to bottom, then the panels (the text
# line's reading options after the precision, as their panel is).
# The favourites and recents are empty on a fresh settings file, so no chips in between.
# The money panel (rates and your units) ends the left column: after the all-units panel
# when that shares the column (narrow), before it when it has its own (wide).
MONEY = ["updateRatesButton", "ratesConsentSelector", "userUnitsEditor"]
_HEAD = ["expressionField", "categorySelector", "fromValueField", "fromUnitSelector", "swapButton",
         "favouriteButton", "toValueField", "copyButton", "toUnitSelector", "precisionSelector",
         "notationSelector", "groupingCheck", "customarySelector", "inchFractionSelector"]
TAB_ORDERS = {
    560: _HEAD + ["allUnitsFilter", "allUnitsView"] + MONEY + ["themeButton", "expressionField"],
    1100: _HEAD + MONEY + ["allUnitsFilter", "allUnitsView", "themeButton", "expressionField"],
}
TAB_ORDER = TAB_ORDERS[560]


def _tab_through(w, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier, steps=len(TAB_ORDER) - 1):
    seen = [w.focused_name()]
    for _ in range(steps):
        w.key(key, modifier)
        seen.append(w.focused_name())
    return seen


@pytest.mark.parametrize("width", [560, 1100])
def test_tab_visits_the_controls_in_reading_order(open_window, settings_path, qml_messages, width):
    w = open_window(settings_path, width=width, height=900)
    w.focus("expressionField")
    assert _tab_through(w) == TAB_ORDERS[width]
    assert _tab_through(w, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) == TAB_ORDERS[width][::-1]
    assert qml_messages == []


def test_tab_order_includes_the_answer_copy_button_when_there_is_an_answer(window, qml_messages):
    window.type("expressionField", "1 m to cm")
    assert _tab_through(window, steps=2) == ["expressionField", "expressionCopyButton", "categorySelector"]
    assert qml_messages == []


def test_tab_reaches_the_other_readings_after_the_answer(window, qml_messages):
    window.type("expressionField", "100 F")
    assert _tab_through(window, steps=3) == ["expressionField", "expressionCopyButton", "alternativeReading0",
                                              "categorySelector"]
    assert qml_messages == []


def test_tab_scrolls_the_focused_control_into_view(open_window, settings_path, qml_messages):
    w = open_window(settings_path, width=360, height=600)
    w.focus("expressionField")
    while w.focused_name() != "precisionSelector":
        w.key(Qt.Key.Key_Tab)
    rect = w.scene_rect("precisionSelector")
    assert rect.top() >= 0 and rect.bottom() <= w.win.contentItem().height(), rect
    assert qml_messages == []


@pytest.mark.parametrize("name, shortcut", [
    ("swapButton", "Ctrl+R"), ("favouriteButton", "Ctrl+D"), ("copyButton", "Ctrl+Shift+C"),
    ("fromUnitSelector", "Ctrl+U"), ("toUnitSelector", "Ctrl+Shift+U"), ("themeButton", "Ctrl+Shift+T"),
])
def test_tooltips_name_the_shortcut(window, qml_messages, name, shortcut):
    assert f"({shortcut})" in window.item(name).property("tip")
    assert qml_messages == []


def test_shortcuts_act(window, qml_messages):
    window.converter.chooseFromUnit("inch")
    window.converter.chooseToUnit("centimeter")
    window.focus("fromValueField")

    window.key(Qt.Key.Key_L, CTRL)
    assert window.focused_name() == "expressionField"
    window.key(Qt.Key.Key_F, CTRL)
    assert window.focused_name() == "allUnitsFilter"

    window.key(Qt.Key.Key_R, CTRL)
    assert window.converter.property("fromUnit") == "centimeter"

    favourite = window.converter.property("isFavourite")
    window.key(Qt.Key.Key_D, CTRL)
    assert window.converter.property("isFavourite") != favourite

    theme = window.converter.property("theme")
    window.key(Qt.Key.Key_T, CTRL_SHIFT)
    assert window.converter.property("theme") != theme

    window.key(Qt.Key.Key_U, CTRL)
    for ch in "ft":
        window.key(ch)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("fromUnit") == "foot"
    assert window.focused_name() == "fromUnitSelector"

    window.key(Qt.Key.Key_U, CTRL_SHIFT)
    for ch in "yd":
        window.key(ch)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("toUnit") == "yard"
    assert qml_messages == []


@pytest.mark.parametrize("field", ["fromValueField", "toValueField", "expressionField", "allUnitsFilter"])
def test_unit_search_shortcut_works_from_every_text_field(window, qml_messages, field):
    # On X11 a text field takes Ctrl+U as "delete the line" unless the window gets it
    # first; this fails under xcb (xvfb-run) without that hand-over.
    window.type(field, "12")
    window.key(Qt.Key.Key_U, CTRL)
    for ch in "yd":
        window.key(ch)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("fromUnit") == "yard"
    assert window.text(field) == "12"
    window.type(field, "3")
    window.key(Qt.Key.Key_U, CTRL_SHIFT)
    for ch in "ft":
        window.key(ch)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("toUnit") == "foot"
    assert qml_messages == []
