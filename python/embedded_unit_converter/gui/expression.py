"""The free-text line: "5 ft 3 in to cm" evaluated by the core as the user types."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

import embedded_unit_converter as euc

from .messages import describe


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
        # What an unknown-unit error was about, so a suggestion can take its place
        # whatever language the message is in.
        self._offending = ""
        self._position: int | None = None

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
        offending, position = "", None
        if self._text.strip():
            try:
                q = euc.evaluate(self._core_text())
                result = self._quantity_text(q)
                interpretation = f"{q.interpretation} = {result}" if q.interpretation else result
            except euc.UnitError as exc:
                error = describe(exc)
                suggestions = list(exc.suggestions)[:5]
                if exc.kind == "unknown_unit":
                    offending, position = exc.offending or "", exc.position
            except (ValueError, OverflowError, TypeError) as exc:
                error = QCoreApplication.translate("Expression", "Cannot read this: %1").replace("%1", str(exc))
        self._result, self._interpretation = result, interpretation
        self._error, self._suggestions = error, suggestions
        self._offending, self._position = offending, position
        self.changed.emit()

    def set_formatter(self, formatter: Callable[[float], str], decimal_point: str) -> None:
        self._format, self._decimal_point = formatter, decimal_point
        self.evaluate()

    text = Property(str, _get_text, _set_text, notify=changed)
    result = Property(str, lambda self: self._result, notify=changed)
    interpretation = Property(str, lambda self: self._interpretation, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    suggestions = Property("QStringList", lambda self: self._suggestions, notify=changed)

    @Slot(str)
    def applySuggestion(self, suggestion: str) -> None:
        """Puts a suggested unit in place of the unknown word the error was about."""
        word, at = self._offending, self._position
        if not word:
            return
        # The core's position counts characters of the text it read (as many as typed: a
        # decimal comma became a point), but for a target unit it counts from that unit,
        # so it is trusted only where the word stands there.
        if at is None or self._text[at:at + len(word)] != word:
            at = self._text.find(word)
        if at >= 0:
            self.text = self._text[:at] + suggestion + self._text[at + len(word):]

    @Slot(result=bool)
    def copyResult(self) -> bool:
        if not self._result:
            return False
        QGuiApplication.clipboard().setText(self._result)
        return True
