"""Guards against a Qt binding that corrupts reference counts.

PySide6 6.12.0 returns True from ``Signal.emit()`` and None from void methods without
taking a reference; on CPython 3.11 the window then aborts after a few thousand
keystrokes. The requirements exclude that version; this test fails if one like it is
installed again.
"""

import sys

import pytest

QtCore = pytest.importorskip("PySide6.QtCore")


class _Emitter(QtCore.QObject):
    changed = QtCore.Signal()


def test_emit_and_void_calls_keep_true_and_none_alive(qapp):
    emitter = _Emitter()
    timer = QtCore.QTimer()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.changed.emit()
        timer.start(1000)
    timer.stop()
    assert sys.getrefcount(True) - true_before >= -5
    assert sys.getrefcount(None) - none_before >= -5
