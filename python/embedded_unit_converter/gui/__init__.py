"""The desktop window: a QML interface over PySide6 view models that call the Rust core.

>>> from PySide6.QtGui import QGuiApplication
>>> app = QGuiApplication([])
>>> engine = create_engine()          # QQmlApplicationEngine with the window loaded

Importing this package imports neither Qt nor the view models: ``main()`` (the app's entry
point) first pauses the garbage collector, then loads them; ``create_engine`` is loaded
when first named.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import create_engine

__all__ = ["create_engine", "main"]


def main(argv: list[str] | None = None) -> int:
    """Opens the window and runs it until it is closed; returns the exit status. The entry
    point of ``python -m embedded_unit_converter.gui``, the ``embedded-unit-converter``
    command and the bundle; options as in app.main()."""
    # Start-up: Python's cyclic garbage collector runs some fifty times while PySide6, the
    # view models and the window load (5-10 ms of the start) and finds next to nothing to
    # free: what start-up makes lives as long as the window. It is paused until the first
    # frame is on screen; app.main() turns it back on (at the latest when it returns).
    gc.disable()
    from .app import main as run

    return run(argv)


def __getattr__(name: str) -> Any:
    if name == "create_engine":
        from .engine import create_engine

        return create_engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
