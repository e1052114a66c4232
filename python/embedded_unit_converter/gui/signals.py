"""Calling PySide6 without draining the refcounts of True and None.

PySide6 6.12.0 returns True from SignalInstance.emit() and None from some void methods
(QTimer.start, QSettings.setValue, ...) without taking a reference, so each call leaves
that singleton one reference short; after a few thousand keystrokes CPython aborts with
"bool_dealloc" or "none_dealloc". The calls the window makes on every keystroke go
through these helpers, which measure the loss and give the references back (a no-op on
versions without the defect).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Callable

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def call(fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args), then restores any reference to True or None the call lost."""
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    result = fn(*args)
    # `result` itself holds one reference when it is True or None.
    lost_true = true_before + (result is True) - sys.getrefcount(True)
    lost_none = none_before + (result is None) - sys.getrefcount(None)
    for _ in range(lost_true):
        _incref(True)
    for _ in range(lost_none):
        _incref(None)
    return result


def emit(signal: Any, *args: Any) -> None:
    call(signal.emit, *args)
