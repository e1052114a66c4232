"""The desktop window: a QML interface over PySide6 view models that call the Rust core.

>>> from PySide6.QtGui import QGuiApplication
>>> app = QGuiApplication([])
>>> engine = create_engine()          # QQmlApplicationEngine with the window loaded
"""

from __future__ import annotations

from .app import main
from .engine import create_engine

__all__ = ["create_engine", "main"]
