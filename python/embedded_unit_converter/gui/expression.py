"""The free-text line: "5 ft 3 in to cm" evaluated by the core as the user types."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

import embedded_unit_converter as euc

from .messages import describe
from .unit_names import window_language


QML_IMPORT_NAME = "EmbeddedUnitConverter.Backend"
QML_IMPORT_MAJOR_VERSION = 1

_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")



@QmlElement
@QmlUncreatable("Expression belongs to Converter: use converter.expression")
class Expression(QObject):
    """Evaluates one line of text; the answer, how it was read, or why it was not."""

    changed = Signal()

    def __init__(self, formatter: Callable[[float], str], decimal_point: str = ".",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._format = formatter
        self._decimal_point = decimal_point
        self._text = ""
        self._result = ""
        self._interpretation = ""
        self._error = ""
        self._suggestions: list[str] = []
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

    def _quantity_text(self, q: euc.Quantity) -> str:
        if q.parts:
            *whole, last = q.parts
            shown = [f"{self._format(v) if abs(v) != int(abs(v)) else int(v)} {u}" for v, u in whole]
            shown.append(f"{self._format(last[0])} {last[1]}")
            return " ".join(shown)
        return f"{self._format(q.value)} {q.unit}".strip()

    @Slot()
    def evaluate(self) -> None:
        """Recomputes from the current text (after a precision change, say)."""
        result, interpretation, error, suggestions = "", "", "", []
        span = None
        if self._text.strip():
            try:
                # The window's language, not the environment's: the echo speaks it too.
                q = euc.evaluate(self._core_text(), window_language() or "en")
                result = self._quantity_text(q)
                interpretation = f"{q.interpretation} = {result}" if q.interpretation else result
            except euc.UnitError as exc:
                error = describe(exc)
                suggestions = list(exc.suggestions)[:5]
                if suggestions and exc.span is not None:
                    span = tuple(exc.span)
            except (ValueError, OverflowError, TypeError) as exc:
                error = QCoreApplication.translate("Expression", "Cannot read this: %1").replace("%1", str(exc))
        self._result, self._interpretation = result, interpretation
        self._error, self._suggestions = error, suggestions
        self._span = span
        self.changed.emit()

    text = Property(str, _get_text, _set_text, notify=changed)
    result = Property(str, lambda self: self._result, notify=changed)
    interpretation = Property(str, lambda self: self._interpretation, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    suggestions = Property("QStringList", lambda self: self._suggestions, notify=changed)

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
