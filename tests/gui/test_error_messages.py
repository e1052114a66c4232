"""Core errors in the window's language: built from the error's parts with translatable
templates, the core's English sentence where a sentence is not recognised."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtQuick import QQuickItem

import embedded_unit_converter as euc
from embedded_unit_converter.gui import converter as converter_mod
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.messages import describe


def error_of(text: str) -> euc.UnitError:
    with pytest.raises(euc.UnitError) as info:
        euc.evaluate(text)
    return info.value


def items_under(item: QQuickItem):
    """Every visual item below item (Repeater delegates are not QObject children)."""
    for child in item.childItems():
        yield child
        yield from items_under(child)


def made_error(kind: str, message: str, offending: str = "", position=None, suggestions=()) -> euc.UnitError:
    """A UnitError as the core might raise one some day (a sentence this GUI never saw)."""
    error = euc.UnitError(message)
    error.kind, error.offending, error.position, error.suggestions = kind, offending, position, list(suggestions)
    return error


# (text the user types, kind, English sentence, German sentence)
CASES = [
    ("5 meterz to ft", "unknown_unit",
     "Unknown unit “meterz”. Did you mean “meter”?",
     "Unbekannte Einheit „meterz“. Meinten Sie „meter“?"),
    ("5 mm to ftx", "unknown_unit",
     "Unknown unit “ftx”. Did you mean “ft”, “ft2” or “ft3”?",
     "Unbekannte Einheit „ftx“. Meinten Sie „ft“, „ft2“ oder „ft3“?"),
    ("5 m to kg", "incompatible",
     "Cannot convert “5 meter” (length) to “kg” (mass).",
     "„5 meter“ (Länge) lässt sich nicht in „kg“ (Masse) umrechnen."),
    ("5 ft to BTU/(h*ft^2)", "incompatible",
     "Cannot convert “5 foot” (length) to “BTU/(h*ft^2)” (heat flux and irradiance).",
     "„5 foot“ (Länge) lässt sich nicht in „BTU/(h*ft^2)“ (Wärmestromdichte und Bestrahlungsstärke) umrechnen."),
    # Not a category: the core's dimension stays as it wrote it.
    ("5 K*W/m to W/(m*K)", "incompatible",
     "Cannot convert “(5 kelvin·watt)/meter” (length·mass·temperature / time^3) to “W/(m*K)” (thermal conductivity).",
     "„(5 kelvin·watt)/meter“ (length·mass·temperature / time^3) lässt sich nicht in „W/(m*K)“ "
     "(Wärmeleitfähigkeit) umrechnen."),
    ("5 m + 3 kg", "incompatible",
     "Cannot add length and mass.",
     "Länge und Masse lassen sich nicht addieren."),
    ("1e999 m", "invalid_number", "The number 1e999 is too large.", "Die Zahl 1e999 ist zu groß."),
    ("1e-999 m", "invalid_number",
     "The number 1e-999 is too small to represent.",
     "Die Zahl 1e-999 ist zu klein, um sie darzustellen."),
    ("1..2 m", "invalid_number",
     "“1..2” is not a number: it has more than one decimal point.",
     "„1..2“ ist keine Zahl: Sie hat mehr als einen Dezimalpunkt."),
    ("1/0 m to ft", "invalid_number", "Division by zero.", "Division durch null."),
    ("", "syntax", "Nothing to convert: the text is empty.", "Nichts umzurechnen: Der Text ist leer."),
    ("5 @ m", "syntax", "Unexpected character “@” at position 3.", "Unerwartetes Zeichen „@“ an Position 3."),
    ("(5 m", "syntax", "A “(” at position 1 is never closed.", "Die Klammer „(“ an Position 1 wird nie geschlossen."),
    ("5 m +", "syntax", "The expression ends too early.", "Der Ausdruck endet zu früh."),
    ("5 m to", "syntax", "Say which unit to convert to after “to”.",
     "Geben Sie nach „to“ an, in welche Einheit umgerechnet werden soll."),
]


@pytest.mark.parametrize("text, kind, english, _german", CASES, ids=[c[0] or "empty" for c in CASES])
def test_english(qapp, text, kind, english, _german):
    error = error_of(text)
    assert error.kind == kind
    assert describe(error) == english


@pytest.mark.parametrize("text, kind, _english, german_text", CASES, ids=[c[0] or "empty" for c in CASES])
def test_german(german, text, kind, _english, german_text):
    error = error_of(text)
    assert error.kind == kind
    assert describe(error) == german_text


def test_number_messages_made_by_the_core_for_a_unit_pair(german):
    # Division by zero and a zero-size unit come from conversion, not from evaluate().
    with pytest.raises(euc.UnitError) as info:
        euc.convert(1.0, "m", "m/0")
    assert describe(info.value) == "Division durch null."


def test_a_sentence_the_gui_does_not_know_falls_back_to_the_core_english(german):
    error = error_of("5 m to ft;;in")  # a rare syntax error with no template
    assert error.kind == "syntax"
    assert describe(error) == str(error) == 'An empty unit between ";".'


@pytest.mark.parametrize("error", [
    made_error("syntax", "Something new went wrong."),
    made_error("invalid_number", "A number the core learnt to reject later.", "42"),
    # A known start but not the known shape: no half-translated sentence.
    made_error("incompatible", 'Cannot convert "a" to "b" for a new reason.', "b"),
    # A known start about other text than the offending one.
    made_error("unknown_unit", 'Unknown unit "x".', "y"),
    # A position the sentence needs but the error lacks.
    made_error("syntax", 'Unexpected character "@" at position 3.', "@", None),
    made_error("a_kind_added_later", "Some other problem."),
], ids=["syntax", "invalid_number", "incompatible", "unknown_unit", "no_position", "new_kind"])
def test_unrecognised_sentences_fall_back_to_the_core_english(german, error):
    assert describe(error) == str(error)


def test_other_exceptions_show_their_own_text(qapp):
    assert describe(OverflowError("math range error")) == "math range error"


def test_expression_error_and_suggestion_in_german(german, settings_path):
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "5 meterz to ft")
    assert e.property("error") == "Unbekannte Einheit „meterz“. Meinten Sie „meter“?"
    assert e.property("suggestions") == ["meter"]
    e.applySuggestion("meter")
    assert e.property("text") == "5 meter to ft"
    assert e.property("error") == "" and e.property("result").endswith("ft")


def test_suggestion_replaces_a_target_unit(qapp, settings_path):
    # The core counts a target unit's position from that unit, not from the line.
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "5 mm to ftx")
    e.applySuggestion("ft")
    assert e.property("text") == "5 mm to ft"


def test_value_field_shows_core_errors_in_german(german, settings_path, monkeypatch):
    c = Converter(settings_path=settings_path)
    c.chooseFromUnit("meter")
    c.chooseToUnit("foot")
    real = euc.convert
    # The pickers only offer units of one kind; make the pair incompatible to see the path.
    monkeypatch.setattr(converter_mod.euc, "convert", lambda value, a, b: real(value, "m", "kg"))
    c.setProperty("fromText", "3")
    assert c.property("toError") == "„m“ (Länge) lässt sich nicht in „kg“ (Masse) umrechnen."
    assert c.property("toText") == ""


def test_messages_follow_a_language_change(qapp, german_catalogue, settings_path):
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "5 meterz to ft")
    assert e.property("error").startswith("Unknown unit")
    qapp.installTranslator(german_catalogue)
    try:
        c.retranslate()
        assert e.property("error").startswith("Unbekannte Einheit")
    finally:
        qapp.removeTranslator(german_catalogue)
    c.retranslate()
    assert e.property("error").startswith("Unknown unit")


@pytest.mark.gui
def test_window_in_german_shows_the_error_and_a_clickable_suggestion(german, open_window, settings_path,
                                                                      qml_messages):
    QLocale.setDefault(QLocale("de_DE"))
    try:
        window = open_window(settings_path)
        window.type("expressionField", "5 meterz to ft")
        shown = window.item("expressionError")
        assert shown.isVisible()
        assert shown.property("text").startswith("Unbekannte Einheit „meterz“.")
        buttons = [i for i in items_under(window.win.contentItem())
                   if i.property("text") == "„meter“ verwenden" and i.isVisible()
                   and i.metaObject().indexOfSignal("clicked()") >= 0]
        assert len(buttons) == 1
        window.click(buttons[0])
        window.qtbot.waitUntil(lambda: window.text("expressionField") == "5 meter to ft", timeout=2000)
        assert window.text("expressionResult").endswith("ft")
        assert not window.item("expressionError").isVisible()
        assert qml_messages == []
    finally:
        QLocale.setDefault(QLocale("en_US"))
