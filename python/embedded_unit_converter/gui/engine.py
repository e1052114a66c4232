"""The QML engine with the main window loaded: the one place that makes the window's view
model and hands it to QML, used by the app, its --self-test and the tests."""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent

QML_DIR = Path(__file__).resolve().parent / "qml"
MODULE = "EmbeddedUnitConverter"
STYLE = "Basic"  # the only Controls style the packaged build bundles
# QEvent.Type.DeferredDelete as a plain int: the first use of QEvent from Python builds
# its ~180-member Type enum, a millisecond or two of start-up for one constant.
_DEFERRED_DELETE = 52
# The view model's modules, imported one at a time while the QML types load.
_VIEW_MODEL_MODULES = (".messages", ".formatting", ".settings", ".models", ".expression", ".money", ".converter")


def create_engine(settings_path: str | None = None, theme: str | None = None) -> QQmlApplicationEngine:
    """Returns a QQmlApplicationEngine with the main window loaded.

    A QGuiApplication must exist. ``settings_path`` points the window at its own settings
    file (tests, screenshots); ``theme`` ("system"/"light"/"dark") overrides the saved theme for
    this run without saving it. Raises RuntimeError when the QML fails to load.
    """
    # Qt Quick Controls reads the style from this documented variable when the first QML
    # file imports it. Set here rather than with QQuickStyle.setStyle(), whose Python
    # module (PySide6.QtQuickControls2, with QtQuick's) costs ~6 ms and 2.5 MB of start-up
    # for that one call. Set every time, so a style the desktop asks for does not replace
    # the one this window's colours are made for.
    os.environ["QT_QUICK_CONTROLS_STYLE"] = STYLE
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    # Start-up: Qt's loader thread reads the window's QML types while this thread imports
    # and makes the view model; between the steps, events let its results through. By
    # module and type name, as the window is made below: a QUrl here would have PySide6
    # build QUrl's five Python enums first (~1 ms of start-up).
    types = QQmlComponent(engine, engine)
    types.loadFromModule(MODULE, "Main", QQmlComponent.CompilationMode.Asynchronous)
    for name in _VIEW_MODEL_MODULES:
        import_module(name, __package__)
        QCoreApplication.processEvents()
    from .converter import Converter

    converter = Converter(settings_path=settings_path, theme=theme)
    converter.setObjectName("converter")
    if types.isLoading():
        done = QEventLoop()
        types.statusChanged.connect(done.quit)
        if types.isLoading():
            done.exec()
    engine.setInitialProperties({"converter": converter})
    # The types are loaded: this makes the window from them.
    engine.loadFromModule(MODULE, "Main")
    types.deleteLater()
    if not engine.rootObjects():
        raise RuntimeError("the QML window failed to load")
    # The window owns its view model, as its last child: it is destroyed after the items
    # bound to it, and found as the window's child "converter".
    converter.setParent(engine.rootObjects()[0])
    return engine


def dispose_engine(engine: QQmlApplicationEngine) -> None:
    """Destroys the engine now, before Python tears down the view models.

    Left to interpreter shutdown, the Converter can go first and every binding on it
    logs "Cannot read property ... of null".
    """
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, _DEFERRED_DELETE)
