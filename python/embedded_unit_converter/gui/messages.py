"""Core errors in the window's language.

The Rust core raises UnitError with a stable ``code``, named ``details``, a ``span`` and
``suggestions`` (the table of codes is ERROR_CODES in core/src/error.rs, listed at run time
by euc.error_codes()). The window renders each code through its own translatable template
(context "UnitError"), filling %1, %2, ... with the details the template names: numbers in
the window's locale, dimensions and categories in the window's language, names as typed.

An error whose code has no template here (a core newer than this window) or that lacks a
detail its template needs is shown as the core wrote it, in English, so nothing the person
needs is lost. tests/gui/test_error_messages.py fails when a code of the current core has no
template or no German translation, so that fallback is for newer cores only.

Every place in the window that shows a core error goes through describe().
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

import embedded_unit_converter as euc

CONTEXT = "UnitError"

# code -> (English template, the details that fill %1, %2, ... in that order).
# One literal per template: lupdate does not join adjacent string literals.
TEMPLATES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Reading the text
    "text_too_long": (QT_TRANSLATE_NOOP("UnitError", "The text is too long (%1 characters; at most %2)."),
                      ("length", "limit")),
    "decimal_comma": (QT_TRANSLATE_NOOP(
        "UnitError",
        "Unexpected “,”: write decimals with a point (1.5), and separate target units with “;” (ft;in)."), ()),
    "unexpected_character": (QT_TRANSLATE_NOOP("UnitError", "Unexpected character “%1” at position %2."),
                             ("character", "position")),
    "exponent_too_large": (QT_TRANSLATE_NOOP("UnitError", "That exponent is too large."), ()),
    "lone_superscript_minus": (QT_TRANSLATE_NOOP("UnitError", "“⁻” must be followed by a superscript digit."), ()),
    "unexpected_token": (QT_TRANSLATE_NOOP("UnitError", "Unexpected “%1” at position %2."), ("token", "position")),
    "ends_too_early": (QT_TRANSLATE_NOOP("UnitError", "The expression ends too early."), ()),
    "empty_text": (QT_TRANSLATE_NOOP("UnitError", "Nothing to convert: the text is empty."), ()),
    "nested_too_deeply": (QT_TRANSLATE_NOOP("UnitError", "The expression is nested too deeply."), ()),
    "unclosed_parenthesis": (QT_TRANSLATE_NOOP("UnitError", "A “(” at position %1 is never closed."), ("position",)),
    "bad_exponent": (QT_TRANSLATE_NOOP("UnitError", "An exponent must be a small number such as 2, -1 or (1/2)."), ()),
    "not_utf8": (QT_TRANSLATE_NOOP("UnitError", "The text is not valid UTF-8."), ()),
    "misaligned_values": (QT_TRANSLATE_NOOP("UnitError", "The values are not aligned to 8 bytes."), ()),
    # A number literal
    "multiple_decimal_points": (QT_TRANSLATE_NOOP(
        "UnitError", "“%1” is not a number: it has more than one decimal point."), ("text",)),
    "number_too_large": (QT_TRANSLATE_NOOP("UnitError", "The number %1 is too large."), ("text",)),
    "number_too_small": (QT_TRANSLATE_NOOP("UnitError", "The number %1 is too small to represent."), ("text",)),
    "not_a_number": (QT_TRANSLATE_NOOP("UnitError", "“%1” is not a number."), ("text",)),
    "not_finite": (QT_TRANSLATE_NOOP("UnitError", "%1 is not a finite number."), ("text",)),
    # Finding a unit (suggestions are added by render())
    "unknown_unit": (QT_TRANSLATE_NOOP("UnitError", "Unknown unit “%1”."), ("name",)),
    # Evaluating
    "result_too_large": (QT_TRANSLATE_NOOP("UnitError", "The result is too large to represent."), ()),
    "powers_too_large": (QT_TRANSLATE_NOOP("UnitError", "The unit's powers are too large."), ()),
    "cannot_add": (QT_TRANSLATE_NOOP("UnitError", "Cannot add %1 and %2."), ("left", "right")),
    "fractional_power": (QT_TRANSLATE_NOOP("UnitError", "Cannot raise %1 to a fractional power."), ("dimension",)),
    "division_by_zero": (QT_TRANSLATE_NOOP("UnitError", "Division by zero."), ()),
    "root_of_negative": (QT_TRANSLATE_NOOP("UnitError", "Cannot take a root of a negative number."), ()),
    "temperature_sum": (QT_TRANSLATE_NOOP(
        "UnitError",
        "Adding temperatures on the “%1” scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K."),
        ("unit",)),
    "temperature_product": (QT_TRANSLATE_NOOP(
        "UnitError",
        "A temperature on the “%1” scale cannot be multiplied or divided: convert it to K first, or write a difference (deltaC, deltaF)."),
        ("unit",)),
    "below_absolute_zero": (QT_TRANSLATE_NOOP("UnitError", "That temperature is below absolute zero on the “%1” scale."),
                            ("unit",)),
    # Converting
    "incompatible_units": (QT_TRANSLATE_NOOP("UnitError", "Cannot convert “%1” (%2) to “%3” (%4)."),
                           ("from", "from_dimension", "to", "to_dimension")),
    "zero_size_unit": (QT_TRANSLATE_NOOP("UnitError", "“%1” has size zero."), ("unit",)),
    "no_unit": (QT_TRANSLATE_NOOP("UnitError", "No unit given."), ()),
    "missing_target": (QT_TRANSLATE_NOOP("UnitError", "Say which unit to convert to after “to”."), ()),
    "empty_mixed_part": (QT_TRANSLATE_NOOP("UnitError", "An empty unit between “;”."), ()),
    "unknown_result_unit": (QT_TRANSLATE_NOOP("UnitError", "Could not tell the unit of the result."), ()),
    "nothing_to_convert": (QT_TRANSLATE_NOOP(
        "UnitError", "Nothing to convert before “%1”: write the amount first, as in “5 ft %1 cm”."), ("keyword",)),
    "ambiguous_reading": (QT_TRANSLATE_NOOP(
        "UnitError", "The units can be read in more than one way (%1): write the unit's symbol to choose."),
        ("readings",)),
    "bad_fraction": (QT_TRANSLATE_NOOP(
        "UnitError", "Inches can be shown in halves, quarters, eighths, 16ths, 32nds or 64ths, not 1/%1."),
        ("denominator",)),
    # A person's own units
    "definition_syntax": (QT_TRANSLATE_NOOP(
        "UnitError", "Line %1: expected a definition such as “smoot = 67 in” (NAME = EXPRESSION)."), ("line",)),
    "definition_format": (QT_TRANSLATE_NOOP("UnitError", "Line %1: %2"), ("line", "reason")),
    "definition_bad_name": (QT_TRANSLATE_NOOP(
        "UnitError", "Line %1: “%2” cannot be a unit name: use letters, digits and “_”, starting with a letter."),
        ("line", "name")),
    "definition_name_taken": (QT_TRANSLATE_NOOP("UnitError", "Line %1: “%2” is already a unit; pick another name."),
                              ("line", "name")),
    "definition_duplicate": (QT_TRANSLATE_NOOP("UnitError", "Line %1: “%2” is already defined on line %3."),
                             ("line", "name", "first_line")),
    "definition_cycle": (QT_TRANSLATE_NOOP("UnitError", "Line %1: the definition of “%2” refers back to itself."),
                         ("line", "name")),
    "definition_unknown_unit": (QT_TRANSLATE_NOOP(
        "UnitError", "Line %1: the definition of “%2” uses “%3”, which is not a unit."), ("line", "name", "unit")),
    "definition_invalid": (QT_TRANSLATE_NOOP("UnitError", "Line %1: the definition of “%2” cannot be used: %3"),
                           ("line", "name", "reason")),
    "definition_unreadable": (QT_TRANSLATE_NOOP(
        "UnitError", "“%1” cannot be read as a text file of unit definitions."), ("file",)),
    # Exchange rates
    "rates_unreachable": (QT_TRANSLATE_NOOP(
        "UnitError", "The exchange rates could not be downloaded from %1: %2. The rates in use stay."),
        ("url", "reason")),
    "rates_not_a_feed": (QT_TRANSLATE_NOOP(
        "UnitError", "The download is not the ECB's daily exchange rate feed. The rates in use stay."), ()),
    "rates_too_large": (QT_TRANSLATE_NOOP(
        "UnitError", "The download is larger than %1 bytes, more than any exchange rate feed. The rates in use stay."),
        ("limit",)),
    "rates_bad_date": (QT_TRANSLATE_NOOP(
        "UnitError", "The exchange rate feed has no valid date (“%1”). The rates in use stay."), ("date",)),
    "rates_bad_currency": (QT_TRANSLATE_NOOP(
        "UnitError",
        "The exchange rate feed lists “%1”, which is not a currency code or is given twice. The rates in use stay."),
        ("currency",)),
    "rates_bad_rate": (QT_TRANSLATE_NOOP(
        "UnitError",
        "The exchange rate feed gives %1 a rate of “%2”, which is not a positive number. The rates in use stay."),
        ("currency", "rate")),
}

# Details that name a dimension: the core writes a category's name in lower case
# ("length", "heat flux and irradiance") or, where no category measures it, a formula of
# base dimensions ("length·mass / time^3", "dimensionless").
DIMENSION_DETAILS = frozenset({"from_dimension", "to_dimension", "left", "right", "dimension"})

# The core's base dimensions (core/src/dimension.rs, BASE_NAMES) and its word for none.
BASE_DIMENSIONS = {
    "length": QT_TRANSLATE_NOOP("Dimension", "length"),
    "mass": QT_TRANSLATE_NOOP("Dimension", "mass"),
    "time": QT_TRANSLATE_NOOP("Dimension", "time"),
    "current": QT_TRANSLATE_NOOP("Dimension", "current"),
    "temperature": QT_TRANSLATE_NOOP("Dimension", "temperature"),
    "amount": QT_TRANSLATE_NOOP("Dimension", "amount"),
    "luminosity": QT_TRANSLATE_NOOP("Dimension", "luminosity"),
    "angle": QT_TRANSLATE_NOOP("Dimension", "angle"),
    "information": QT_TRANSLATE_NOOP("Dimension", "information"),
    "money": QT_TRANSLATE_NOOP("Dimension", "money"),
}
DIMENSIONLESS = QT_TRANSLATE_NOOP("Dimension", "dimensionless")

_PLACEHOLDER = re.compile(r"%([1-9])")
_BASE_WORD = "|".join(BASE_DIMENSIONS)
_FACTOR = rf"(?:{_BASE_WORD})(?:\^\d+)?"
_PRODUCT = rf"{_FACTOR}(?:·{_FACTOR})*"


@functools.lru_cache(maxsize=1)
def _formula_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The whole shape of the core's formula ("length^2", "1 / time", "length·mass / time^3")
    and one base dimension's word in it; compiled when an error first names a formula."""
    return re.compile(rf"(?:{_PRODUCT}|1)(?: / {_PRODUCT})?"), re.compile(_BASE_WORD)


def _fill(template: str, *args: str) -> str:
    """Qt's %1..%9 substitution in one pass, so an argument containing "%2" stays as typed."""
    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return args[n - 1] if n <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _quoted(text: str) -> str:
    return _fill(QCoreApplication.translate("UnitError", "“%1”", "a unit name quoted in a list of suggestions"), text)


def _alternatives(items: list[str]) -> str:
    """“a”, “b” or “c”: the list's separators come from the translation."""
    quoted = [_quoted(s) for s in items]
    text = quoted[0]
    for item in quoted[1:-1]:
        text = _fill(QCoreApplication.translate("UnitError", "%1, %2", "joins suggestions before the last one"),
                     text, item)
    if len(quoted) > 1:
        text = _fill(QCoreApplication.translate("UnitError", "%1 or %2", "joins the last suggestion"),
                     text, quoted[-1])
    return text


@functools.lru_cache(maxsize=1)
def _category_names() -> dict[str, str]:
    """The core names a dimension by its category, lower-cased ("length"); English name by that."""
    return {c.name.lower(): c.name for c in euc.categories()}


def _mid_sentence(name: str) -> str:
    """A translated category name as it reads inside a sentence.

    The catalogue's "Dimension" words are mid-sentence forms, so they say how the language
    writes a category's name there: where the word for "length" is the category "Length"
    with a small first letter (French "longueur" for "Longueur"), every category name is
    written that way; where it is the category name as it stands (German "Länge"), names
    keep their capital. An initial acronym ("RMS ...") keeps its capitals either way.
    """
    category = QCoreApplication.translate("Category", "Length")
    word = QCoreApplication.translate("Dimension", BASE_DIMENSIONS["length"])
    lowers = word != category and word == category[:1].lower() + category[1:]
    if lowers and not name[1:2].isupper():
        return name[:1].lower() + name[1:]
    return name


def dimension_text(text: str) -> str:
    """A dimension as the core wrote it, in the window's language: a category's name through
    the "Category" context, a formula of base dimensions word by word through "Dimension".
    Text of another shape (from a newer core) is shown as the core wrote it."""
    english = _category_names().get(text)
    if english is not None:
        translated = QCoreApplication.translate("Category", english)
        # Untranslated: keep the core's mid-sentence spelling ("length", not "Length").
        return text if translated == english else _mid_sentence(translated)
    if text == DIMENSIONLESS:
        return QCoreApplication.translate("Dimension", DIMENSIONLESS)
    formula, word = _formula_patterns()
    if formula.fullmatch(text):
        return word.sub(lambda m: QCoreApplication.translate("Dimension", BASE_DIMENSIONS[m.group(0)]), text)
    return text


def _detail_text(name: str, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"detail {name} is {value!r}")
    if isinstance(value, int):
        # Counts, limits and positions read as numbers of the window's locale (1.100 in German).
        return QLocale().toString(value)
    return dimension_text(value) if name in DIMENSION_DETAILS else value


def render(code: str, details: dict, suggestions: list[str] | tuple[str, ...] = ()) -> str | None:
    """The window's sentence for an error of ``code`` with these details and suggestions,
    or None when this window has no template for the code or a detail it needs is missing."""
    entry = TEMPLATES.get(code)
    if entry is None:
        return None
    template, names = entry
    try:
        args = [_detail_text(name, details[name]) for name in names]
    except (KeyError, TypeError):
        return None
    text = _fill(QCoreApplication.translate(CONTEXT, template), *args)
    suggestions = [s for s in suggestions if isinstance(s, str) and s]
    if suggestions:
        text += " " + _fill(QCoreApplication.translate("UnitError", "Did you mean %1?"), _alternatives(suggestions))
    return text


def unit_error_text(error: euc.UnitError) -> str:
    """The sentence for a core error in the window's language, else the core's English one."""
    code = getattr(error, "code", None)
    details = getattr(error, "details", None)
    if not isinstance(code, str) or not isinstance(details, dict):
        return str(error)
    text = render(code, details, list(getattr(error, "suggestions", None) or []))
    return str(error) if text is None else text


def describe(error: BaseException) -> str:
    """What the window shows for an exception from the core: a UnitError in the window's
    language; anything else (ValueError, OverflowError) as its own text."""
    if isinstance(error, euc.UnitError):
        return unit_error_text(error)
    return str(error)
