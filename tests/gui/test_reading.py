"""How the text line reads what people type: the notes on names read otherwise (F as °F),
the other readings one click away, US or UK customary units and inches in fractions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.expression import default_customary, translated_note
from embedded_unit_converter.gui.settings import DEFAULTS, Settings


@pytest.fixture
def locale():
    """Sets the window's locale for one test (the conftest's en_US again after it)."""
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale("en_US"))


def choose(w, name: str, index: int) -> None:
    """Picks the index-th entry of a combo box as a person does: open it, arrows, Enter."""
    box = w.item(name)
    w.click(box)
    w.qtbot.waitUntil(lambda: box.property("down"), timeout=2000)
    steps = index - box.property("currentIndex")
    for _ in range(abs(steps)):
        w.key(Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    w.key(Qt.Key.Key_Return)
    w.qtbot.waitUntil(lambda: not box.property("down"), timeout=2000)
    assert box.property("currentIndex") == index


# -- the window -------------------------------------------------------------------------------

@pytest.mark.gui
def test_98_6_F_to_C_answers_37_C_and_says_how_it_read_F_and_C(window, qml_messages):
    window.type("expressionField", "98.6 F to C")
    assert window.text("expressionResult") == "37 °C"
    notes = window.item("readingNotes")
    assert notes.isVisible()
    assert notes.property("text") == "F read as degree Fahrenheit · C read as degree Celsius"
    assert not window.item("alternativeReadings").isVisible()
    # Nothing read otherwise, nothing said.
    window.type("expressionField", "5 ft 3 in to cm")
    assert not window.item("readingNotes").isVisible()
    assert qml_messages == []


@pytest.mark.gui
def test_the_other_reading_is_one_click_away(window, qml_messages):
    window.converter.setProperty("significant", 4)
    window.type("expressionField", "100 F")
    assert window.text("expressionResult") == "100 F"  # farads, the everyday default
    assert window.item("alternativeReadings").isVisible()
    button = window.item("alternativeReading0")
    assert button.property("text") == "100 °F"
    window.click(button)
    window.qtbot.waitUntil(lambda: window.text("expressionField") == "100 °F", timeout=2000)
    assert window.text("expressionResult") == "100 °F"
    assert "degree Fahrenheit" in window.converter.property("expression").property("interpretation")
    assert not window.item("alternativeReadings").isVisible()
    # The line has the keyboard again, ready for a target.
    assert window.focused_name() == "expressionField"
    for ch in " to C":
        window.key(ch)
    assert window.text("expressionField") == "100 °F to C"
    assert window.text("expressionResult") == "37.78 °C"
    assert qml_messages == []


@pytest.mark.gui
def test_the_other_reading_from_the_keyboard(window, qml_messages):
    window.type("expressionField", "100 F")
    while window.focused_name() != "alternativeReading0":
        window.key(Qt.Key.Key_Tab)
    window.key(Qt.Key.Key_Space)
    window.qtbot.waitUntil(lambda: window.text("expressionField") == "100 °F", timeout=2000)
    assert window.focused_name() == "expressionField"
    window.key(Qt.Key.Key_End)
    for ch in " in K":
        window.key(ch)
    assert window.text("expressionResult") == "310.9277778 K"
    assert qml_messages == []


@pytest.mark.gui
def test_uk_gallons_are_imperial_and_the_choice_survives_a_restart(open_window, settings_path, qml_messages):
    first = open_window(settings_path)
    first.type("expressionField", "1 gal to L")
    assert first.text("expressionResult") == "3.785411784 L"
    assert first.item("alternativeReading0").property("text") == "1 imp_gal to L"
    choose(first, "customarySelector", 1)
    assert first.text("expressionResult") == "4.54609 L"
    expression = first.converter.property("expression")
    assert expression.property("interpretation") == "1 imperial gallon = 4.54609 L"
    assert first.item("alternativeReading0").property("text") == "1 US gallon to L"
    open_window.close(first)

    second = open_window(settings_path)
    assert second.item("customarySelector").property("currentIndex") == 1
    assert second.text("expressionField") == "1 gal to L"
    assert second.text("expressionResult") == "4.54609 L"
    # The pickers convert by unit id: a US gallon there stays one, whatever the setting.
    c = second.converter
    c.setProperty("categoryIndex", c.property("categories").indexOf("volume"))
    c.chooseFromUnit("us_gallon")
    c.chooseToUnit("liter")
    second.type("fromValueField", "1")
    assert second.text("toValueField") == "3.785411784"
    assert qml_messages == []


@pytest.mark.gui
def test_inches_to_the_nearest_sixteenth(open_window, settings_path, qml_messages):
    w = open_window(settings_path)
    w.type("expressionField", "1.7 m to ft;in")
    assert w.text("expressionResult") == "5 ft 6.929133858 in"
    choose(w, "inchFractionSelector", 4)
    assert w.item("inchFractionSelector").property("currentText") == "Nearest 1/16"
    assert w.text("expressionResult") == "5 ft 6 15/16 in"
    assert w.item("readingNotes").property("text") == "rounded to the nearest 1/16 in"
    open_window.close(w)

    again = open_window(settings_path)
    assert again.text("expressionResult") == "5 ft 6 15/16 in"
    choose(again, "inchFractionSelector", 0)
    assert again.text("expressionResult") == "5 ft 6.929133858 in"
    assert not again.item("readingNotes").isVisible()
    assert qml_messages == []


@pytest.mark.gui
def test_the_new_controls_are_named_for_a_screen_reader(window, qml_messages):
    from PySide6.QtGui import QAccessible

    window.type("expressionField", "100 F")
    for name, expected in [("customarySelector", "US or UK customary units"),
                           ("inchFractionSelector", "Inch fractions"),
                           ("alternativeReading0", "Read it as 100 °F")]:
        iface = QAccessible.queryAccessibleInterface(window.item(name))
        assert iface is not None and iface.text(QAccessible.Text.Name) == expected
    assert qml_messages == []


@pytest.mark.gui
def test_notes_and_choices_in_german(german, open_window, settings_path, locale, qml_messages):
    locale("de_DE")
    w = open_window(settings_path)
    w.type("expressionField", "98,6 F to C")
    assert w.text("expressionResult") == "37 °C"
    assert w.item("readingNotes").property("text") == (
        "F gelesen als degree Fahrenheit · C gelesen als degree Celsius")
    assert w.item("customarySelector").property("currentText") == "US"
    assert w.item("inchFractionSelector").property("currentText") == "Dezimal"
    w.type("expressionField", "1,5 F")
    button = w.item("alternativeReading0")
    assert button.property("text") == "1,5 °F"
    w.click(button)
    w.qtbot.waitUntil(lambda: w.text("expressionField") == "1,5 °F", timeout=2000)
    assert w.converter.property("expression").property("error") == ""
    assert qml_messages == []


# -- the view model ---------------------------------------------------------------------------

def test_the_locale_decides_until_a_choice_is_saved(qapp, settings_path, locale):
    locale("en_GB")
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    assert e.property("customary") == "uk"
    e.setProperty("text", "1 pint to mL")
    assert e.property("result") == "568.26125 mL"
    c.flush()
    assert not QSettings(settings_path, QSettings.Format.IniFormat).contains("customary")  # nothing chosen yet

    e.setProperty("customary", "us")
    assert e.property("result") == "473.176473 mL"
    c.flush()
    assert Converter(settings_path=settings_path).property("expression").property("customary") == "us"


@pytest.mark.parametrize("name, customary", [
    ("en_GB", "uk"), ("cy_GB", "uk"), ("en_US", "us"), ("en_IE", "us"), ("de_DE", "us"), ("en_AU", "us"),
])
def test_default_customary_follows_the_territory(qapp, name, customary):
    assert default_customary(QLocale(name)) == customary


def test_reading_options_outside_their_choices_are_ignored(conv_expression):
    e = conv_expression
    for value in ["metric", "", "UK"]:
        e.setProperty("customary", value)
        assert e.property("customary") == "us"
    for value in [3, -16, 128, 1]:
        e.setProperty("inchFraction", value)
        assert e.property("inchFraction") == 0
    for index in [-1, 2, 99]:
        e.setProperty("customaryIndex", index)
    for index in [-1, 7, 99]:
        e.setProperty("inchFractionIndex", index)
    assert (e.property("customary"), e.property("inchFraction")) == ("us", 0)
    e.setProperty("inchFractionIndex", 6)
    assert e.property("inchFraction") == 64


def test_fractions_show_only_where_the_core_rounded_inches(conv_expression):
    e = conv_expression
    e.setProperty("inchFraction", 8)
    for text, shown in [("10 cm to in", "3 7/8 in"), ("15.875 mm to in", "5/8 in"),
                        ("-1.7 m to ft;in", "-5 ft 6 7/8 in"), ("1 m to in;mm", "39 in 9.4 mm"),
                        ("100 km/h to mph", "62.13711922 mph"), ("5 Hz to 1/s", "5 1/s"),
                        ("1 ft to in", "12 in")]:
        e.setProperty("text", text)
        assert e.property("result") == shown, text


def test_alternatives_are_only_what_the_core_offered(conv_expression):
    e = conv_expression
    e.setProperty("text", "100 F")
    e.applyAlternative("100 K")
    assert e.property("text") == "100 F"
    e.applyAlternative("100 °F")
    assert e.property("text") == "100 °F" and e.property("alternatives") == []


def test_notes_of_another_form_are_shown_as_written(qapp, german):
    assert translated_note("F read as degree Fahrenheit") == "F gelesen als degree Fahrenheit"
    assert translated_note("rounded to the nearest 1/32 in") == "auf 1/32 in gerundet"
    assert translated_note("a remark a newer core makes") == "a remark a newer core makes"
    assert translated_note("rounded to the nearest 1/16 mm") == "rounded to the nearest 1/16 mm"


def test_the_saved_choices_are_bounded(qapp, tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\ncustomary=metric\ninchFraction=3\ntheme=dark\n")
    s = Settings(str(path))
    assert (s.value("customary"), s.value("inchFraction"), s.value("theme")) == ("", 0, "dark")
    path.write_text("[General]\ncustomary=uk\ninchFraction=64\n")
    s = Settings(str(path))
    assert (s.value("customary"), s.value("inchFraction")) == ("uk", 64)
    s.set_value("inchFraction", 10**30)
    s.set_value("customary", "x" * 5000)
    s.sync()
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert raw.value("inchFraction") in (DEFAULTS["inchFraction"], str(DEFAULTS["inchFraction"]))
    assert raw.value("customary") == DEFAULTS["customary"]


@pytest.fixture
def conv_expression(qapp, settings_path):
    converter = Converter(settings_path=settings_path)  # owns the expression: kept alive here
    yield converter.property("expression")
    del converter


def test_notes_follow_a_language_change(qapp, german_catalogue, settings_path):
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "98.6 F to C")
    assert e.property("notes") == ["F read as degree Fahrenheit", "C read as degree Celsius"]
    qapp.installTranslator(german_catalogue)
    try:
        c.retranslate()
        assert e.property("notes") == ["F gelesen als degree Fahrenheit", "C gelesen als degree Celsius"]
    finally:
        qapp.removeTranslator(german_catalogue)
    c.retranslate()
    assert e.property("notes")[0] == "F read as degree Fahrenheit"
