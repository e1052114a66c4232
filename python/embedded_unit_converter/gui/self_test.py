"""--self-test: proves a built bundle works (the Rust core converts, the QML loads)
without a display. Exit status 0 only if every check passed."""

from __future__ import annotations

import os
import sys
import tempfile


CASES = [
    ("convert", (1.0, "mi", "km"), 1.609344),
    ("convert", (100.0, "degC", "degF"), 212.0),
    ("convert", (1.0, "gal", "L"), 3.785411784),
    ("evaluate", ("5 ft 3 in to cm",), 160.02),
    ("evaluate", ("100 km/h in mph",), 62.13711922373339),
]


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = []
    try:
        import embedded_unit_converter as euc

        for kind, args, expected in CASES:
            got = euc.convert(*args) if kind == "convert" else euc.evaluate(*args).value
            if abs(got - expected) > 1e-9 * max(1.0, abs(expected)):
                failures.append(f"{kind}{args} = {got}, expected {expected}")
    except Exception as exc:  # the point is to report anything at all that breaks
        failures.append(f"core: {exc!r}")

    messages: list[str] = []
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
        from PySide6.QtGui import QGuiApplication

        from .engine import create_engine, dispose_engine

        def handler(kind, _context, message):
            if kind != QtMsgType.QtDebugMsg:
                messages.append(message)

        previous = qInstallMessageHandler(handler)
        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        engine = create_engine(os.path.join(tempfile.mkdtemp(), "self-test.ini"))
        window = engine.rootObjects()[0]
        field = window.findChild(object, "toValueField")
        if field is None or not field.property("text"):
            failures.append("window: the result field is empty")
        dispose_engine(engine)
        qInstallMessageHandler(previous)
        failures.extend(f"qml: {m}" for m in messages if "qml" in m.lower() or "QML" in m)
    except Exception as exc:
        failures.append(f"window: {exc!r}")

    for failure in failures:
        print("FAIL", failure, file=sys.stderr)
    if not failures:
        print("self-test passed")
    return 1 if failures else 0
