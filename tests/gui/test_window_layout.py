"""The window's layout: one column when narrow, two columns when wide, nothing clipped."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

LEFT_COLUMN = ["expressionField", "categorySelector", "fromValueField", "fromUnitSelector", "swapButton",
               "toValueField", "toUnitSelector", "precisionSelector", "customarySelector", "inchFractionSelector"]


def _inside(w, name: str, width: int) -> None:
    r = w.scene_rect(name)
    assert r.left() >= 0 and r.right() <= width, (name, r.left(), r.right())


@pytest.mark.parametrize("width", [900, 1100, 1400])
def test_wide_window_puts_all_units_in_a_right_column(open_window, settings_path, qml_messages, width):
    w = open_window(settings_path, width=width, height=800)
    w.qtbot.wait(20)
    units = w.scene_rect("allUnitsView")
    for name in LEFT_COLUMN:
        r = w.scene_rect(name)
        assert r.right() < units.left(), (name, r.right(), units.left())
        _inside(w, name, width)
    _inside(w, "allUnitsView", width)
    # Beside the first card, and as tall as the window allows (content area is the
    # window minus the tool bar).
    assert units.top() < w.scene_rect("categorySelector").top()
    content_height = w.win.contentItem().height()
    assert units.bottom() > content_height - 80
    assert units.bottom() <= content_height
    assert qml_messages == []


@pytest.mark.parametrize("width", [360, 560, 880])
def test_narrow_window_keeps_one_column(open_window, settings_path, qml_messages, width):
    w = open_window(settings_path, width=width, height=1600)
    w.qtbot.wait(20)
    units = w.scene_rect("allUnitsView")
    assert units.top() > w.scene_rect("precisionSelector").bottom()
    for name in LEFT_COLUMN + ["allUnitsView"]:
        _inside(w, name, width)
    assert qml_messages == []


def test_resizing_moves_the_all_units_panel_and_keeps_its_state(open_window, settings_path, qml_messages):
    w = open_window(settings_path, width=560, height=900)
    w.item("allUnitsFilter").forceActiveFocus()  # scrolls it into view, to be clicked
    w.type("allUnitsFilter", "mile")
    w.win.setWidth(1100)
    w.qtbot.waitUntil(lambda: w.scene_rect("allUnitsView").left() > w.scene_rect("toUnitSelector").right())
    assert w.text("allUnitsFilter") == "mile"
    assert w.item("allUnitsFilter").hasActiveFocus()
    w.win.setWidth(560)
    w.qtbot.waitUntil(lambda: w.scene_rect("allUnitsView").top() > w.scene_rect("toUnitSelector").bottom())
    assert w.text("allUnitsFilter") == "mile"
    assert qml_messages == []
