"""The free-text line: "5 ft 3 in to cm" evaluated by the core as the user types."""

from __future__ import annotations

import math
import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

import embedded_unit_converter as euc

from ..limits import CUSTOMARY, INCH_FRACTIONS
from .messages import describe
from .unit_names import window_language


_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")

# The core's display ends in a fraction ("5 ft 6 15/16 in", "5/8 in") when it rounded
# inches to one; that text is the answer, the window's number format has no fractions.
_FRACTION_SHOWN = re.compile(r"(?:^|\s)-?\d+/\d+\s\S+$")

# The two forms of the core's notes, rendered here in the window's language; any other
# note is shown as the core wrote it.
_READ_AS = re.compile(r"^(.+?) read as (.+)$")
_ROUNDED = re.compile(r"^rounded to the nearest 1/(\d+) in$")
READ_AS = QT_TRANSLATE_NOOP("Expression", "%1 read as %2")
ROUNDED = QT_TRANSLATE_NOOP("Expression", "rounded to the nearest 1/%1 in")


def default_customary(locale: QLocale | None = None) -> str:
    """"uk" where the window's locale is in the United Kingdom (en_GB, cy_GB...), else "us"."""
    locale = QLocale() if locale is None else locale
    return "uk" if locale.territory() == QLocale.Country.UnitedKingdom else "us"


def _tr(text: str, *args: str) -> str:
    # %1, %2 filled in one pass, so a unit name holding "%2" stays as it is.
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1], QCoreApplication.translate("Expression", text))


def translated_note(note: str) -> str:
    """One of the core's notes in the window's language; a note of another form as it is."""
    m = _ROUNDED.match(note)
    if m:
        return _tr(ROUNDED, m[1])
    m = _READ_AS.match(note)
    if m:
        # "F read as degree Fahrenheit": the typed name and the unit's name stay as written.
        return _tr(READ_AS, m[1], m[2])
    return note


class Expression(QObject):
    """Evaluates one line of text; the answer, how it was read, or why it was not.

    ``customary`` ("us" or "uk") and ``inchFraction`` (0, or 2 ... 64) are the reading
    options the line is evaluated with; ``optionsChanged`` tells the owner to save them.
    """

    changed = Signal()
    optionsChanged = Signal()

    def __init__(self, formatter: Callable[[float], str], decimal_point: str = ".",
                 parent: QObject | None = None, customary: str = "us", inch_fraction: int = 0) -> None:
        super().__init__(parent)
        self._format = formatter
        self._decimal_point = decimal_point
        self._customary = customary if customary in CUSTOMARY else "us"
        self._inch_fraction = inch_fraction if inch_fraction in INCH_FRACTIONS else 0
        self._text = ""
        self._result = ""
        self._interpretation = ""
        self._error = ""
        self._suggestions: list[str] = []
        self._notes: list[str] = []
        self._alternatives: list[str] = []
        # Where the unknown unit stands in the text (the error's span), so a suggestion
        # can take its place whatever language the message is in.
        self._span: tuple[int, int] | None = None

    def _get_text(self) -> str:
        return self._text

    def _set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.evaluate()

    def _core_text(self) -> str:
        # In a decimal-comma locale "1,5 m" means 1.5 m; the core reads dots only.
        if self._decimal_point == ",":
            return _DECIMAL_COMMA.sub(".", self._text)
        return self._text

    def _typed_text(self, core_text: str) -> str:
        """A phrase from the core (an alternative reading) written as the person types."""
        if self._decimal_point == ",":
            return _DECIMAL_POINT.sub(",", core_text)
        return core_text

    def _quantity_text(self, q: euc.Quantity) -> str:
        if self._inch_fraction:
            shown = str(q)
            if _FRACTION_SHOWN.search(shown):
                return shown
        if q.parts:
            return self._parts_text(q.parts)
        return f"{self._format(q.value)} {q.unit}".strip()

    def _parts_text(self, parts: list[tuple[float, str]]) -> str:
        """`5 ft 6.929133858 in` at the window's precision: the sign of the whole on the
        first part shown, zero leading parts left out (`-6 in`), and a last part that shows
        as a whole one of the part before carried into it (`2 ft 0 in`, not `1 ft 12 in`)."""
        values = [v for v, _ in parts]
        units = [u for _, u in parts]
        negative = math.copysign(1.0, values[0]) < 0
        values[0] = abs(values[0])
        for i in range(len(values) - 1, 0, -1):
            try:
                size = euc.convert(1.0, units[i - 1], units[i])
            except euc.UnitError:
                continue
            shown = self._format(values[i]) if i == len(values) - 1 else str(int(values[i]))
            if values[i] >= size or shown == self._format(size):
                values[i] = max(values[i] - size, 0.0)
                values[i - 1] += 1
        texts = [str(int(v)) for v in values[:-1]] + [self._format(values[-1])]
        while len(texts) > 1 and values[0] == 0:
            values.pop(0), texts.pop(0), units.pop(0)
        if negative and any(c in "123456789" for c in texts[0]):
            texts[0] = "-" + texts[0]
        return " ".join(f"{t} {u}" for t, u in zip(texts, units))

    @Slot()
    def evaluate(self) -> None:
        """Recomputes from the current text (after a precision change, say)."""
        result, interpretation, error, suggestions = "", "", "", []
        notes: list[str] = []
        alternatives: list[str] = []
        span = None
        if self._text.strip():
            try:
                # The window's language, not the environment's: the echo speaks it too.
                q = euc.evaluate(self._core_text(), window_language() or "en",
                                 customary=self._customary,
                                 inch_fraction=self._inch_fraction or None)
                result = self._quantity_text(q)
                interpretation = f"{q.interpretation} = {result}" if q.interpretation else result
                notes = [translated_note(n) for n in q.notes]
                alternatives = list(dict.fromkeys(self._typed_text(a) for a in q.alternatives))
            except euc.UnitError as exc:
                error = describe(exc)
                suggestions = list(exc.suggestions)[:5]
                if suggestions and exc.span is not None:
                    span = tuple(exc.span)
            except (ValueError, OverflowError, TypeError) as exc:
                error = QCoreApplication.translate("Expression", "Cannot read this: %1").replace("%1", str(exc))
        self._result, self._interpretation = result, interpretation
        self._error, self._suggestions = error, suggestions
        self._notes, self._alternatives = notes, alternatives
        self._span = span
        self.changed.emit()

    text = Property(str, _get_text, _set_text, notify=changed)
    result = Property(str, lambda self: self._result, notify=changed)
    interpretation = Property(str, lambda self: self._interpretation, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    suggestions = Property("QStringList", lambda self: self._suggestions, notify=changed)
    # How names were read where not in their everyday meaning ("F read as degree
    # Fahrenheit"), in the window's language.
    notes = Property("QStringList", lambda self: self._notes, notify=changed)
    # Whole phrases reading the names otherwise that also convert ("100 °F" for "100 F").
    alternatives = Property("QStringList", lambda self: self._alternatives, notify=changed)

    # -- reading options -------------------------------------------------------------------

    def _set_options(self, customary: str, inch_fraction: int) -> None:
        if (customary, inch_fraction) == (self._customary, self._inch_fraction):
            return
        self._customary, self._inch_fraction = customary, inch_fraction
        self.optionsChanged.emit()
        self.evaluate()

    def _set_customary(self, customary: str) -> None:
        if customary in CUSTOMARY:
            self._set_options(customary, self._inch_fraction)

    def _set_customary_index(self, index: int) -> None:
        if 0 <= index < len(CUSTOMARY):
            self._set_options(CUSTOMARY[index], self._inch_fraction)

    def _set_inch_fraction(self, n: int) -> None:
        if n in INCH_FRACTIONS:
            self._set_options(self._customary, n)

    def _set_inch_fraction_index(self, index: int) -> None:
        if 0 <= index < len(INCH_FRACTIONS):
            self._set_options(self._customary, INCH_FRACTIONS[index])

    customary = Property(str, lambda self: self._customary, _set_customary, notify=optionsChanged)
    customaryIndex = Property(int, lambda self: CUSTOMARY.index(self._customary), _set_customary_index,
                              notify=optionsChanged)
    inchFraction = Property(int, lambda self: self._inch_fraction, _set_inch_fraction, notify=optionsChanged)
    inchFractionIndex = Property(int, lambda self: INCH_FRACTIONS.index(self._inch_fraction),
                                 _set_inch_fraction_index, notify=optionsChanged)

    @Slot(str)
    def applyAlternative(self, phrase: str) -> None:
        """Puts another reading of the line (one of ``alternatives``) in its place."""
        if phrase in self._alternatives:
            self.text = phrase

    @Slot(str)
    def applySuggestion(self, suggestion: str) -> None:
        """Puts a suggested unit in place of the unknown word the error was about."""
        if self._span is None:
            return
        # The span counts characters of the whole line the core read, targets included;
        # that line has as many characters as the typed one (a decimal comma became a point).
        start, end = self._span
        if 0 <= start < end <= len(self._text):
            self.text = self._text[:start] + suggestion + self._text[end:]

    @Slot(result=bool)
    def copyResult(self) -> bool:
        if not self._result:
            return False
        QGuiApplication.clipboard().setText(self._result)
        return True
