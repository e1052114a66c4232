"""The real window, offscreen, driven keystroke by keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

pytestmark = __import__("pytest").mark.gui

NAMES = ["categorySelector", "fromUnitSelector", "toUnitSelector", "fromValueField", "toValueField",
         "swapButton", "expressionField", "expressionResult", "allUnitsView", "precisionSelector"]


def test_every_contract_name_is_present(window, qml_messages):
    for name in NAMES:
        assert window.item(name) is not None
    assert qml_messages == []


def test_typing_updates_the_other_field_on_every_keystroke(window, qml_messages):
    window.converter.chooseFromUnit("mile")
    window.converter.chooseToUnit("kilometer")
    window.clear("fromValueField")
    seen = []
    for ch in "26.2":
        window.key(ch)
        seen.append(window.text("toValueField"))
    assert seen == ["3.218688", "41.842944", "41.842944", "42.1648128"]
    assert window.text("fromValueField") == "26.2"
    assert qml_messages == []


def test_typing_in_the_result_field_converts_backwards(window, qml_messages):
    window.converter.chooseFromUnit("foot")
    window.converter.chooseToUnit("meter")
    window.type("toValueField", "3")
    assert window.text("fromValueField") == "9.842519685"
    window.key(Qt.Key.Key_Backspace)
    assert window.text("fromValueField") == ""
    assert qml_messages == []


def test_swap_button_exchanges_units_and_keeps_the_typed_number(window, qml_messages):
    window.converter.chooseFromUnit("inch")
    window.converter.chooseToUnit("centimeter")
    window.type("fromValueField", "2")
    assert window.text("toValueField") == "5.08"
    window.click("swapButton")
    assert window.converter.property("fromUnit") == "centimeter"
    assert window.text("fromValueField") == "2"
    assert window.text("toValueField") == "0.7874015748"
    window.focus("fromValueField")
    window.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # shortcut swaps back
    assert window.converter.property("fromUnit") == "inch"
    assert qml_messages == []


def test_invalid_input_shows_why_and_logs_nothing(window, qml_messages):
    window.type("fromValueField", "12abc")
    assert window.text("toValueField") == ""
    assert window.converter.property("fromError") == "Not a number"
    window.type("fromValueField", "1e99999")
    assert window.converter.property("fromError") == "Number too large"
    window.clear("fromValueField")
    assert window.converter.property("fromError") == ""
    assert window.text("toValueField") == ""
    assert qml_messages == []


def test_expression_line_answers_as_you_type(window, qml_messages):
    window.type("expressionField", "5 ft 3 in to cm")
    assert window.text("expressionResult") == "160.02 cm"
    assert "5 foot + 3 inch = 160.02 cm" in window.converter.property("expression").property("interpretation")
    window.type("expressionField", "1.8 m to ft;in")
    assert window.text("expressionResult") == "5 ft 10.86614173 in"
    # The sign of the whole stays when the first part is zero, and a last part that
    # shows as a whole one of the part before carries into it.
    window.type("expressionField", "-0.5 ft to ft;in")
    assert window.text("expressionResult") == "-6 in"
    window.type("expressionField", "-1.8 m to ft;in")
    assert window.text("expressionResult") == "-5 ft 10.86614173 in"
    window.type("expressionField", "1.99999999999 ft to ft;in")
    assert window.text("expressionResult") == "2 ft 0 in"
    window.type("expressionField", "7199.9999999999 s to h;min;s")
    assert window.text("expressionResult") == "2 h 0 min 0 s"
    window.type("expressionField", "5 fot to cm")
    expression = window.converter.property("expression")
    assert "fot" in expression.property("error")
    assert "ft" in expression.property("suggestions")
    assert qml_messages == []


def test_all_units_list_follows_the_value_and_sets_the_target(window, qml_messages):
    window.converter.setProperty("categoryIndex", 0)
    window.converter.chooseFromUnit("meter")
    window.type("fromValueField", "1000")
    view = window.item("allUnitsView")
    model = view.property("model")
    values = {model.get(i, "unitId"): model.get(i, "value") for i in range(model.rowCount())}
    assert values["kilometer"] == "1"
    assert values["foot"] == "3,280.839895"
    row = next(i for i in range(model.rowCount()) if model.get(i, "unitId") == "foot")
    view.setProperty("currentIndex", row)
    window.qtbot.wait(10)
    window.click(view.property("currentItem"))
    assert window.converter.property("toUnit") == "foot"
    assert window.text("toValueField") == "3,280.839895"
    window.type("allUnitsFilter", "mile")
    labels = [model.get(i, "label") for i in range(model.rowCount())]
    assert "mile (mi)" in labels and "meter (m)" not in labels
    assert qml_messages == []


def test_unit_picker_search_is_typo_tolerant(window, qml_messages):
    window.converter.setProperty("categoryIndex", 0)
    picker = window.item("fromUnitSelector")
    window.click(picker)
    for ch in "miles/h":
        window.key(ch)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("fromUnit") == "mile_per_hour"
    assert window.converter.property("categoryId") == "speed"
    assert qml_messages == []


def test_precision_selector_changes_digits(window, qml_messages):
    window.converter.chooseFromUnit("mile")
    window.converter.chooseToUnit("kilometer")
    window.type("fromValueField", "1")
    window.item("precisionSelector").setProperty("value", 3)
    window.converter.setProperty("significant", 3)
    assert window.text("toValueField") == "1.61"
    assert qml_messages == []


def test_the_digits_selector_offers_the_limits_of_its_notation(window, qml_messages):
    from embedded_unit_converter.limits import DECIMALS, SIGNIFICANT_DIGITS

    selector = window.item("precisionSelector")
    window.converter.setProperty("notationIndex", 0)  # automatic: significant digits
    assert (selector.property("from"), selector.property("to")) == SIGNIFICANT_DIGITS
    window.converter.setProperty("notationIndex", 1)  # fixed decimals
    assert (selector.property("from"), selector.property("to")) == DECIMALS
    assert qml_messages == []


def test_the_window_shows_the_view_model_it_was_given(qapp, settings_path, qml_messages):
    from embedded_unit_converter.gui.converter import Converter
    from embedded_unit_converter.gui.engine import create_engine, dispose_engine

    engine = create_engine(settings_path, "dark")
    try:
        win = engine.rootObjects()[0]
        given = win.findChild(Converter, "converter")
        assert given is not None and given.property("theme") == "dark" and win.property("dark")
        # The window's bindings follow this object, not a copy of its own.
        given.setProperty("theme", "light")
        assert not win.property("dark")
    finally:
        dispose_engine(engine)
    assert qml_messages == []


def test_copy_result_with_ctrl_c(window, qml_messages):
    window.converter.chooseFromUnit("mile")
    window.converter.chooseToUnit("kilometer")
    window.type("fromValueField", "2")
    window.focus("toValueField")
    QGuiApplication.clipboard().clear()
    window.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "3.218688"
    assert qml_messages == []


def test_state_survives_a_restart(open_window, settings_path, qml_messages):
    first = open_window(settings_path)
    first.converter.setProperty("categoryIndex", first.converter.property("categories").indexOf("volume"))
    first.converter.chooseFromUnit("us_gallon")
    first.converter.chooseToUnit("liter")
    first.type("fromValueField", "3")
    first.converter.setProperty("significant", 6)
    first.converter.toggleFavourite()
    open_window.close(first)

    second = open_window(settings_path)
    c = second.converter
    assert c.property("categoryId") == "volume"
    assert (c.property("fromUnit"), c.property("toUnit")) == ("us_gallon", "liter")
    assert second.text("fromValueField") == "3"
    assert second.text("toValueField") == "11.3562"
    assert c.property("significant") == 6
    assert c.property("isFavourite")
    assert qml_messages == []


def test_corrupt_settings_file_starts_with_defaults(open_window, tmp_path, qml_messages):
    path = tmp_path / "broken.ini"
    path.write_bytes(b"[General]\nsignificant=banana\ncategory=\x00\xff\nfavourites={not json\n"
                     b"geometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0)\ntoUnit=liter\n")
    w = open_window(str(path))
    assert w.converter.property("significant") == 10
    assert w.converter.property("categoryId") == "length"
    w.assert_shows_the_conversion()
    # QSettings itself may grumble about the garbage; QML must not.
    assert [m for m in qml_messages if "qml" in m.lower()] == []


def test_unreadable_settings_path_still_opens(open_window, tmp_path, qml_messages):
    folder = tmp_path / "a-directory.ini"
    folder.mkdir()
    w = open_window(str(folder))
    w.assert_shows_the_conversion()
    assert qml_messages == []


def test_narrow_window_keeps_controls_inside(open_window, settings_path, qml_messages):
    w = open_window(settings_path, width=360, height=1600)
    w.qtbot.wait(20)
    for name in NAMES:
        item = w.item(name)
        left = item.mapToScene(item.boundingRect().topLeft()).x()
        right = left + item.width()
        assert left >= 0 and right <= 360, (name, left, right)
    assert qml_messages == []
