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

    _skip_pyside_import_scan()
    return run(argv)


def _skip_pyside_import_scan() -> None:
    """Gives the interpreter back its own ``__import__`` once PySide6 is loaded.

    PySide6 replaces ``builtins.__import__`` with a hook that serves its opt-in
    ``from __feature__ import snake_case`` switches: after every import it reads the
    source of each module not seen before and searches it for "PySide6". For the ~60
    modules the window's start-up imports after Qt that is 10-20 ms and 2 MB of source
    kept in memory. The app uses no ``__feature__`` switch (a test checks), so the
    window's process does without the hook; PySide6 keeps the original as
    ``builtins.__orig_import__``. Only the app's entry point does this, never an import.
    """
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = original


def __getattr__(name: str) -> Any:
    if name == "create_engine":
        from .engine import create_engine

        return create_engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
