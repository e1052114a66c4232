"""The free-text line: "5 ft 3 in to cm" evaluated by the core as the user types."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

import embedded_unit_converter as euc


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
        if self._text.strip():
            try:
                q = euc.evaluate(self._core_text())
                result = self._quantity_text(q)
                interpretation = f"{q.interpretation} = {result}" if q.interpretation else result
            except euc.UnitError as exc:
                error = str(exc)
                suggestions = list(exc.suggestions)[:5]
            except (ValueError, OverflowError, TypeError) as exc:
                error = QCoreApplication.translate("Expression", "Cannot read this: %1").replace("%1", str(exc))
        self._result, self._interpretation = result, interpretation
        self._error, self._suggestions = error, suggestions
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
        match = re.search(r'"([^"]+)"', self._error)
        if match and match.group(1) in self._text:
            self.text = self._text.replace(match.group(1), suggestion, 1)

    @Slot(result=bool)
    def copyResult(self) -> bool:
        if not self._result:
            return False
        QGuiApplication.clipboard().setText(self._result)
        return True
