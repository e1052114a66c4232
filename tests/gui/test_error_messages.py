"""Core errors in the window's language: rendered from the error's code and details through
translatable templates; the core's English sentence only for a code this window does not know."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtQuick import QQuickItem

import embedded_unit_converter as euc
from embedded_unit_converter.gui import converter as converter_mod
from embedded_unit_converter.gui import messages
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.messages import describe

KINDS = {code: kind for code, kind, _details in euc.error_codes()}
DETAILS = {code: details for code, _kind, details in euc.error_codes()}


def error_of(text: str) -> euc.UnitError:
    with pytest.raises(euc.UnitError) as info:
        euc.evaluate(text)
    return info.value


def items_under(item: QQuickItem):
    """Every visual item below item (Repeater delegates are not QObject children)."""
    for child in item.childItems():
        yield child
        yield from items_under(child)


def made_error(code: str, details: dict | None = None, message: str = "", suggestions=(), span=None,
               kind: str | None = None) -> euc.UnitError:
    """A UnitError with the fields the binding sets, for errors no typed text produces here."""
    error = euc.UnitError(message or f"The core's English sentence for {code}.")
    error.kind = kind or KINDS.get(code, "syntax")
    error.code, error.details, error.span = code, dict(details or {}), span
    error.suggestions, error.offending, error.position = list(suggestions), "", None if span is None else span[0]
    return error


@pytest.fixture
def german_locale(german):
    """The German catalogue and German number formatting, as `--locale de_DE` gives."""
    QLocale.setDefault(QLocale("de_DE"))
    yield german
    QLocale.setDefault(QLocale("en_US"))


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
    # Not a category: the core's formula of base dimensions, word by word.
    ("5 K*W/m to W/(m*K)", "incompatible",
     "Cannot convert “(5 kelvin·watt)/meter” (length·mass·temperature / time^3) to “W/(m*K)” (thermal conductivity).",
     "„(5 kelvin·watt)/meter“ (Länge·Masse·Temperatur / Zeit^3) lässt sich nicht in „W/(m*K)“ "
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


def test_the_two_sentences_found_english_in_the_german_window_are_german(german_locale):
    assert describe(error_of("1" * 1100)) == "Der Text ist zu lang (1.100 Zeichen; höchstens 1.000)."
    assert describe(error_of("5 m to ft;;in")) == "Zwischen „;“ fehlt eine Einheit."


@pytest.mark.parametrize("error", [
    # A code added by a newer core.
    made_error("a_code_added_later", message="Something new went wrong."),
    # A known code whose details lack what the template needs.
    made_error("incompatible_units", {"from": "a", "to": "b"}, 'Cannot convert "a" to "b" for a new reason.'),
    made_error("unknown_unit", {}, 'Unknown unit "x".'),
    # A detail of an unexpected type.
    made_error("unexpected_character", {"character": "@", "position": None}, 'Unexpected character "@".'),
    # No code at all: an error raised by something other than the core's binding.
    euc.UnitError("Some other problem."),
], ids=["new_code", "missing_details", "no_details", "wrong_type", "no_code"])
def test_unknown_codes_fall_back_to_the_core_english(german, error):
    assert describe(error) == str(error)


# -- every code the core can produce ------------------------------------------------------

# Stand-in values for each detail name, to render a code without a text that produces it.
SAMPLE_DETAILS = {
    "length": 1100, "limit": 1000, "character": "@", "position": 3, "token": ")", "text": "1..2",
    "name": "meterz", "left": "length", "right": "mass", "dimension": "length", "unit": "degC",
    "from": "5 meter", "from_dimension": "length", "to": "kg", "to_dimension": "mass",
    "keyword": "to", "readings": "F as degree Fahrenheit; F as farad", "denominator": 3,
    "line": 12, "reason": "the reason", "first_line": 3, "file": "my.units", "url": "https://example.org/feed.xml",
    "date": "2026-13-01", "currency": "USD", "rate": "abc",
}
GERMAN_DIMENSIONS = {"length": "Länge", "mass": "Masse"}


@pytest.mark.parametrize("code, kind, details", euc.error_codes(), ids=[c[0] for c in euc.error_codes()])
def test_every_core_code_has_a_template_and_a_german_translation(qapp, german_catalogue, code, kind, details):
    assert code in messages.TEMPLATES, f"no template for the core's code {code!r}"
    template, names = messages.TEMPLATES[code]
    # A template may only use details the core gives for that code, or it would always
    # fall back to English.
    assert set(names) <= set(details), f"{code}: the template uses {names}, the core gives {details}"
    german_template = german_catalogue.translate("UnitError", template)
    assert german_template and german_template != template, f"no German for {template!r}"
    error = made_error(code, {name: SAMPLE_DETAILS[name] for name in details}, kind=kind)
    english = describe(error)
    assert english != str(error), f"{code} is shown as the core's sentence, not the window's template"
    qapp.installTranslator(german_catalogue)
    try:
        german = describe(error)
    finally:
        qapp.removeTranslator(german_catalogue)
    assert german != english, f"{code} falls back to English in the German window"
    for name in names:
        value = SAMPLE_DETAILS[name]
        shown = QLocale().toString(value) if isinstance(value, int) else GERMAN_DIMENSIONS.get(value, value)
        assert shown in german, f"{code}: {name}={value!r} missing from {german!r}"


def test_each_code_has_its_own_template():
    used = {template for template, _names in messages.TEMPLATES.values()}
    assert len(used) == len(messages.TEMPLATES), "two codes share one template"


def _convert(value, source, target):
    def call() -> None:
        euc.convert(value, source, target)
    return call


def _evaluate(text):
    def call() -> None:
        euc.evaluate(text)
    return call


def _raise(code, details=None, message=""):
    def call() -> None:
        raise made_error(code, details, message)
    return call


# code -> (what raises it, the German sentence). Typed text wherever the core produces the
# code from text; constructed only where no input can: `not_utf8` and `misaligned_values`
# come from the WebAssembly binding (bytes and arrays), `not_a_number` and
# `unknown_result_unit` are guards the current tokenizer and evaluator never reach.
# A sample may be ahead of the core it runs against; each code the core has must have one.
def _check_units(text):
    def call() -> None:
        euc.check_units(text)
    return call


def _rates(date, code, rate):
    def call() -> None:
        euc._core.set_exchange_rates(date, "test", [(code, rate)])
    return call


def _feed(data):
    def call() -> None:
        from embedded_unit_converter.rates import parse_feed

        parse_feed(data)
    return call


GERMAN = {
    "definition_syntax": (_check_units("zorp 67 in"),
                          "Zeile 1: erwartet wird eine Definition wie „smoot = 67 in“ (NAME = AUSDRUCK)."),
    "definition_format": (_check_units("[category length]\nx | y\n"),
                          "Zeile 2: expected 8 columns separated by '|', found 2"),
    "definition_bad_name": (_check_units("2x = 1 m"),
                            "Zeile 1: „2x“ kann kein Einheitenname sein: Buchstaben, Ziffern und „_“ verwenden, am Anfang ein Buchstabe."),
    "definition_name_taken": (_check_units("ft = 1 m"), "Zeile 1: „ft“ ist schon eine Einheit; bitte einen anderen Namen wählen."),
    "definition_duplicate": (_check_units("zorp = 1 m\nzorp = 2 m"), "Zeile 2: „zorp“ ist schon in Zeile 1 definiert."),
    "definition_cycle": (_check_units("pung = 2 pong\npong = 2 pung"),
                         "Zeile 1: Die Definition von „pung“ verweist auf sich selbst zurück."),
    "definition_unknown_unit": (_check_units("zorp = 2 flurbs"),
                                "Zeile 1: Die Definition von „zorp“ verwendet „flurbs“, das keine Einheit ist."),
    "definition_invalid": (_check_units("zorp = 0 m"), "Zeile 1: Die Definition von „zorp“ ist nicht verwendbar: its size is zero."),
    "definition_unreadable": (lambda: euc.load_units("/nonexistent/my.units"),
                              "„/nonexistent/my.units“ lässt sich nicht als Textdatei mit Einheitendefinitionen lesen."),
    "rates_unreachable": (_raise("rates_unreachable", {"url": "https://example.org/f.xml", "reason": "HTTP error 500"}),
                          "Die Wechselkurse konnten nicht von https://example.org/f.xml geladen werden: HTTP error 500. Die bisherigen Kurse bleiben."),
    "rates_not_a_feed": (_feed(b"<html><body>down</body></html>"),
                         "Die geladene Datei ist nicht der tägliche Wechselkurs-Feed der EZB. Die bisherigen Kurse bleiben."),
    "rates_too_large": (_feed(b" " * (4 * 1024 * 1024 + 1)),
                        "Die geladene Datei ist größer als 4.194.304 Bytes, mehr als jeder Wechselkurs-Feed. Die bisherigen Kurse bleiben."),
    "rates_bad_date": (_rates("2026-13-01", "USD", "1.1"),
                       "Der Wechselkurs-Feed hat kein gültiges Datum („2026-13-01“). Die bisherigen Kurse bleiben."),
    "rates_bad_currency": (_rates("2026-10-30", "usd", "1.1"),
                           "Der Wechselkurs-Feed nennt „usd“, das kein Währungscode ist oder doppelt vorkommt. Die bisherigen Kurse bleiben."),
    "rates_bad_rate": (_rates("2026-10-30", "USD", "abc"),
                       "Der Wechselkurs-Feed gibt für USD den Kurs „abc“ an, der keine positive Zahl ist. Die bisherigen Kurse bleiben."),
    "text_too_long": (_evaluate("1" * 1100), "Der Text ist zu lang (1.100 Zeichen; höchstens 1.000)."),
    "decimal_comma": (_evaluate("5 m to ft,in"),
                      "Unerwartetes „,“: Dezimalzahlen mit Punkt schreiben (1.5) und Zieleinheiten mit „;“ trennen (ft;in)."),
    "unexpected_character": (_evaluate("5 @ m"), "Unerwartetes Zeichen „@“ an Position 3."),
    "exponent_too_large": (_evaluate("m¹²³⁴⁵⁶⁷⁸⁹"), "Dieser Exponent ist zu groß."),
    "lone_superscript_minus": (_evaluate("m⁻"), "Auf „⁻“ muss eine hochgestellte Ziffer folgen."),
    "unexpected_token": (_evaluate("5 m )"), "Unerwartetes „)“ an Position 5."),
    "ends_too_early": (_evaluate("5 m +"), "Der Ausdruck endet zu früh."),
    "empty_text": (_evaluate("   "), "Nichts umzurechnen: Der Text ist leer."),
    "nested_too_deeply": (_evaluate("(" * 300 + "1" + ")" * 300), "Der Ausdruck ist zu tief verschachtelt."),
    "unclosed_parenthesis": (_evaluate("2 * (5 m"), "Die Klammer „(“ an Position 5 wird nie geschlossen."),
    "bad_exponent": (_evaluate("m^99999"), "Ein Exponent muss eine kleine Zahl sein, etwa 2, -1 oder (1/2)."),
    "not_utf8": (_raise("not_utf8", message="The text is not valid UTF-8."), "Der Text ist kein gültiges UTF-8."),
    "misaligned_values": (_raise("misaligned_values", message="The values are not aligned to 8 bytes."),
                          "Die Werte sind nicht an 8 Byte ausgerichtet."),
    "multiple_decimal_points": (_evaluate("1.5.6 m"), "„1.5.6“ ist keine Zahl: Sie hat mehr als einen Dezimalpunkt."),
    "number_too_large": (_evaluate("1e999 m"), "Die Zahl 1e999 ist zu groß."),
    "number_too_small": (_evaluate("1e-999 m"), "Die Zahl 1e-999 ist zu klein, um sie darzustellen."),
    "not_a_number": (_raise("not_a_number", {"text": "1x5"}, '"1x5" is not a number.'), "„1x5“ ist keine Zahl."),
    "not_finite": (_convert(math.inf, "m", "ft"), "inf ist keine endliche Zahl."),
    "unknown_unit": (_evaluate("5 meterz"), "Unbekannte Einheit „meterz“. Meinten Sie „meter“?"),
    "result_too_large": (_evaluate("1e300 m * 1e300 m"), "Das Ergebnis ist zu groß, um es darzustellen."),
    "powers_too_large": (_evaluate("m^127*m^127"), "Die Exponenten der Einheit sind zu groß."),
    "cannot_add": (_evaluate("1 m + 2"), "Länge und dimensionslose Größe lassen sich nicht addieren."),
    "fractional_power": (_evaluate("(m*kg)^(1/2)"), "Länge·Masse lässt sich nicht mit einem Bruch potenzieren."),
    "division_by_zero": (_evaluate("1/0 m"), "Division durch null."),
    "root_of_negative": (_evaluate("(-4)^(1/2)"), "Aus einer negativen Zahl lässt sich keine Wurzel ziehen."),
    "temperature_sum": (_evaluate("degC + degC"),
                        "Temperaturen auf der Skala „degC“ zu addieren ist mehrdeutig: Schreiben Sie die Differenz "
                        "in einer Differenzeinheit (deltaC, deltaF) oder in K."),
    "temperature_product": (_evaluate("2 degC * 3"),
                            "Eine Temperatur auf der Skala „degC“ lässt sich nicht multiplizieren oder dividieren: "
                            "Rechnen Sie sie zuerst in K um oder schreiben Sie eine Differenz (deltaC, deltaF)."),
    "below_absolute_zero": (_evaluate("-500 degC to K"),
                            "Diese Temperatur liegt auf der Skala „degC“ unter dem absoluten Nullpunkt."),
    "incompatible_units": (_evaluate("2 h to km"), "„2 hour“ (Zeit) lässt sich nicht in „km“ (Länge) umrechnen."),
    "zero_size_unit": (_convert(1.0, "m", "0 m"), "„0 m“ hat die Größe null."),
    "no_unit": (_convert(1.0, "", "m"), "Keine Einheit angegeben."),
    "missing_target": (_evaluate("5 m to"), "Geben Sie nach „to“ an, in welche Einheit umgerechnet werden soll."),
    "empty_mixed_part": (_evaluate("5 m to ft;;in"), "Zwischen „;“ fehlt eine Einheit."),
    "unknown_result_unit": (_raise("unknown_result_unit", message="Could not tell the unit of the result."),
                            "Die Einheit des Ergebnisses ließ sich nicht bestimmen."),
    "nothing_to_convert": (_evaluate("to cm"),
                           "Vor „to“ steht nichts zum Umrechnen: Schreiben Sie zuerst die Menge, etwa „5 ft to cm“."),
    # Two readings that convert equally well need data with such names; the core's tests
    # build one, the window only renders it.
    "ambiguous_reading": (_raise("ambiguous_reading", {"readings": "x as foot; y as inch"},
                                 "The units can be read in more than one way (x as foot; y as inch): "
                                 "write the unit's symbol to choose."),
                          "Die Einheiten lassen sich auf mehrere Arten lesen (x as foot; y as inch): "
                          "Schreiben Sie das Einheitenzeichen, um eine zu wählen."),
    "bad_fraction": (lambda: euc.evaluate("1 m to in", inch_fraction=3),
                     "Zoll lassen sich in Halben, Vierteln, Achteln, 16teln, 32steln oder 64steln zeigen, nicht in 1/3."),
}


def test_every_core_code_has_a_german_sample():
    assert set(KINDS) <= set(GERMAN)


@pytest.mark.parametrize("code", sorted(KINDS))
def test_each_code_from_the_core_in_german(german_locale, code):
    produce, german_text = GERMAN[code]
    with pytest.raises(euc.UnitError) as info:
        produce()
    error = info.value
    assert error.code == code
    assert describe(error) == german_text
    assert describe(error) != str(error)


@pytest.mark.parametrize("unit, german_word", [
    ("m", "Länge"), ("kg", "Masse"), ("s", "Zeit"), ("A", "Stromstärke"), ("K", "Temperatur"),
    ("mol", "Stoffmenge"), ("cd", "Lichtstärke"), ("rad", "Winkel"), ("bit", "Datenmenge"),
])
def test_every_base_dimension_in_german(german, unit, german_word):
    # A sum names both sides by base dimensions; each must read German.
    error = error_of(f"1 {unit} + 1 m^2*s") if unit != "m" else error_of("1 m + 1 s^2")
    assert error.code == "cannot_add"
    assert describe(error).startswith(f"{german_word} und ")


def test_a_dimension_text_of_a_newer_core_is_shown_as_written(german):
    assert messages.dimension_text("length·charm") == "length·charm"
    assert messages.dimension_text("length^2 / time") == "Länge^2 / Zeit"
    assert messages.dimension_text("heat flux and irradiance") == "Wärmestromdichte und Bestrahlungsstärke"


def test_numbers_follow_the_window_locale(german):
    error = error_of("1" * 1100)
    # The catalogue is German but the numbers are the locale's (conftest: en_US).
    assert describe(error) == "Der Text ist zu lang (1,100 Zeichen; höchstens 1,000)."


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
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "5 mm to ftx")
    e.applySuggestion("ft")
    assert e.property("text") == "5 mm to ft"


def test_suggestion_replaces_the_word_at_the_error_span(qapp, settings_path):
    # "inche" first occurs inside "inches": only the span says which one was unknown.
    c = Converter(settings_path=settings_path)
    e = c.property("expression")
    e.setProperty("text", "2 inches to inche")
    assert e.property("suggestions") == ["inch"]
    e.applySuggestion("inch")
    assert e.property("text") == "2 inches to inch"
    assert e.property("error") == ""


def test_suggestion_in_a_decimal_comma_locale(qapp, settings_path):
    # The core reads "1.5" where "1,5" was typed: the same length, so the span still fits.
    QLocale.setDefault(QLocale("de_DE"))
    try:
        c = Converter(settings_path=settings_path)
        e = c.property("expression")
        e.setProperty("text", "1,5 meterz to ft")
        e.applySuggestion("meter")
        assert e.property("text") == "1,5 meter to ft"
        assert e.property("result").endswith("ft")
    finally:
        QLocale.setDefault(QLocale("en_US"))


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


def test_the_rates_date_follows_a_language_change(qapp, german_catalogue, settings_path):
    c = Converter(settings_path=settings_path)
    money = c.property("money")
    changes = []
    money.ratesChanged.connect(lambda: changes.append(money.property("ratesStatus")))
    assert money.property("ratesStatus").startswith("ECB rates of ")
    qapp.installTranslator(german_catalogue)
    try:
        c.retranslate()
        assert changes and changes[-1].startswith("EZB-Kurse vom ")
    finally:
        qapp.removeTranslator(german_catalogue)
    c.retranslate()
    assert changes[-1].startswith("ECB rates of ")


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
