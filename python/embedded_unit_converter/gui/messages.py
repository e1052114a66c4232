"""Core errors in the window's language.

The Rust core raises UnitError with a kind, the offending text, its position, suggestions
and one English sentence (for the command line and the Python API). The window builds
its own sentence from those parts with translatable templates (context "UnitError").
Which template applies is recognised from the kind, the offending text and the start of
the core's sentence; a sentence not recognised here (a rare case, or one the core added
later) is shown as the core wrote it, in English, so nothing the user needs is lost.

Every place in the window that shows a core error goes through describe().
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication

import embedded_unit_converter as euc

_PLACEHOLDER = re.compile(r"%([1-9])")


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


def _dimension(text: str) -> str:
    """A category name in the window's language; other dimension text (length·mass) as is."""
    english = _category_names().get(text)
    if english is None:
        return text
    translated = QCoreApplication.translate("Category", english)
    # Untranslated: keep the core's mid-sentence spelling ("length", not "Length").
    return text if translated == english else translated


def _position(error: euc.UnitError) -> Optional[str]:
    position = getattr(error, "position", None)
    return None if position is None else str(position + 1)


# -- one renderer per recognised sentence; None means "not this one after all" -------------

Renderer = Callable[[euc.UnitError, str, str], Optional[str]]


def _unknown_unit(error: euc.UnitError, offending: str, _message: str) -> str:
    text = _fill(QCoreApplication.translate("UnitError", "Unknown unit “%1”."), offending)
    suggestions = list(getattr(error, "suggestions", None) or [])
    if suggestions:
        text += " " + _fill(QCoreApplication.translate("UnitError", "Did you mean %1?"), _alternatives(suggestions))
    return text


_CONVERT = re.compile(r'Cannot convert "(?P<a>.*)" \((?P<da>.*)\) to "(?P<b>.*)" \((?P<db>.*)\): (?P=da) vs (?P=db)\.',
                      re.DOTALL)


def _cannot_convert(_error: euc.UnitError, offending: str, message: str) -> Optional[str]:
    match = _CONVERT.fullmatch(message)
    if match is None or match.group("b") != offending:
        return None
    return _fill(QCoreApplication.translate("UnitError", "Cannot convert “%1” (%2) to “%3” (%4)."),
                 match.group("a"), _dimension(match.group("da")), offending, _dimension(match.group("db")))


_ADD = re.compile(r"Cannot add (?P<a>.*) and (?P<b>.*)\.", re.DOTALL)


def _cannot_add(_error: euc.UnitError, _offending: str, message: str) -> Optional[str]:
    match = _ADD.fullmatch(message)
    if match is None:
        return None
    return _fill(QCoreApplication.translate("UnitError", "Cannot add %1 and %2."),
                 _dimension(match.group("a")), _dimension(match.group("b")))


_POWER = re.compile(r"Cannot raise (?P<a>.*) to a fractional power\.", re.DOTALL)


def _fractional_power(_error: euc.UnitError, _offending: str, message: str) -> Optional[str]:
    match = _POWER.fullmatch(message)
    if match is None:
        return None
    return _fill(QCoreApplication.translate("UnitError", "Cannot raise %1 to a fractional power."),
                 _dimension(match.group("a")))


def _temperature_sum(_error: euc.UnitError, offending: str, _message: str) -> str:
    # One literal: lupdate does not join adjacent string literals.
    return _fill(QCoreApplication.translate(
        "UnitError",
        "Adding temperatures on the “%1” scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K."),
        offending)


def _at_position(template: Callable[[], str]) -> Renderer:
    def render(error: euc.UnitError, offending: str, _message: str) -> Optional[str]:
        position = _position(error)
        return None if position is None else _fill(template(), offending, position)
    return render


def _unclosed(error: euc.UnitError, _offending: str, _message: str) -> Optional[str]:
    position = _position(error)
    if position is None:
        return None
    return _fill(QCoreApplication.translate("UnitError", "A “(” at position %1 is never closed."), position)


def _fixed(template: Callable[[], str]) -> Renderer:
    return lambda _error, offending, _message: _fill(template(), offending)


# (kind, the start of the core's English sentence with {o} for the offending text, renderer),
# tried in order: the first whose start matches and whose renderer answers wins.
# The sentences are those of core/src (search for `UnitError::` and `invalid_number(`).
_RULES: dict[str, list[tuple[str, Renderer]]] = {
    "unknown_unit": [
        ('Unknown unit "{o}".', _unknown_unit),
    ],
    "incompatible": [
        ("Cannot convert ", _cannot_convert),
        ("Cannot add ", _cannot_add),
        ("Cannot raise ", _fractional_power),
        ('Adding temperatures on the "{o}" scale is ambiguous', _temperature_sum),
    ],
    "invalid_number": [
        ("The number {o} is too large.", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "The number %1 is too large."))),
        ("The number {o} is too small", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "The number %1 is too small to represent."))),
        ("The result is too large", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "The result is too large to represent."))),
        ('"{o}" is not a number: it has more than one decimal point', _fixed(lambda: QCoreApplication.translate(
            "UnitError", "“%1” is not a number: it has more than one decimal point."))),
        ('"{o}" is not a number.', _fixed(lambda: QCoreApplication.translate(
            "UnitError", "“%1” is not a number."))),
        ("Division by zero", _fixed(lambda: QCoreApplication.translate("UnitError", "Division by zero."))),
        ('"{o}" has size zero', _fixed(lambda: QCoreApplication.translate("UnitError", "“%1” has size zero."))),
        ("Cannot take a root of a negative number", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "Cannot take a root of a negative number."))),
    ],
    "syntax": [
        ("Nothing to convert: the text is empty", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "Nothing to convert: the text is empty."))),
        ("No unit given", _fixed(lambda: QCoreApplication.translate("UnitError", "No unit given."))),
        ('Unexpected ",": ', _fixed(lambda: QCoreApplication.translate(
            "UnitError", "Unexpected “,”: write decimals with a point (1.5), and separate target units with “;” (ft;in)."))),
        ('Unexpected character "{o}" at position ', _at_position(lambda: QCoreApplication.translate(
            "UnitError", "Unexpected character “%1” at position %2."))),
        ('Unexpected "{o}" at position ', _at_position(lambda: QCoreApplication.translate(
            "UnitError", "Unexpected “%1” at position %2."))),
        ('A "(" at position ', _unclosed),
        ("The expression ends too early", _fixed(lambda: QCoreApplication.translate(
            "UnitError", "The expression ends too early."))),
        ('Say which unit to convert to after "to"', _fixed(lambda: QCoreApplication.translate(
            "UnitError", "Say which unit to convert to after “to”."))),
    ],
}


def unit_error_text(error: euc.UnitError) -> str:
    """The sentence for a core error in the window's language, else the core's English one."""
    message = str(error)
    offending = getattr(error, "offending", None) or ""
    for start, render in _RULES.get(getattr(error, "kind", ""), ()):
        if message.startswith(start.replace("{o}", offending)):
            text = render(error, offending, message)
            if text:
                return text
    return message


def describe(error: BaseException) -> str:
    """What the window shows for an exception from the core: a UnitError in the window's
    language; anything else (ValueError, OverflowError) as its own text."""
    if isinstance(error, euc.UnitError):
        return unit_error_text(error)
    return str(error)
