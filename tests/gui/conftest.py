"""Fixtures for the window tests: an offscreen QML window with its own settings file,
and keystroke-by-keystroke typing (QTest.keyClicks rejects a QQuickWindow)."""

from __future__ import annotations

import math
import os
import select
import shutil
import subprocess

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6.QtQuick")

from PySide6.QtCore import (  # noqa: E402
    QLocale, QPointF, QRectF, Qt, QTranslator, QtMsgType, qInstallMessageHandler,
)
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

# QTest.keyClick loses a reference to None on every call in PySide6 6.12.


# Expected texts are written for US English number formatting, whatever the machine's.
QLocale.setDefault(QLocale("en_US"))


class Window:
    """The loaded window plus helpers to find, click and type into its items."""

    def __init__(self, qtbot, engine) -> None:
        self.qtbot = qtbot
        self.engine = engine
        self.win = engine.rootObjects()[0]
        self.converter = self.win.findChild(object, "converter")

    def item(self, name: str) -> QQuickItem:
        found = self.win.findChild(QQuickItem, name) or self._visual_child(self.win.contentItem(), name)
        assert found is not None, f"no item named {name}"
        return found

    def _visual_child(self, item: QQuickItem, name: str) -> QQuickItem | None:
        # A Repeater's delegates are items below it on screen but not its QObject children.
        for child in item.childItems():
            if child.objectName() == name:
                return child
            found = self._visual_child(child, name)
            if found is not None:
                return found
        return None

    def text(self, name: str) -> str:
        return self.item(name).property("text")

    def assert_shows_the_conversion(self) -> None:
        """The result field holds the core's answer for the value and units shown (to the
        10 significant digits the window shows by default), not just some text."""
        import embedded_unit_converter as euc

        value = float(self.text("fromValueField").replace(",", ""))
        unit_from, unit_to = self.converter.property("fromUnit"), self.converter.property("toUnit")
        expected = euc.convert(value, unit_from, unit_to)
        shown = float(self.text("toValueField").replace(",", ""))
        assert math.isclose(shown, expected, rel_tol=1e-9), (value, unit_from, unit_to, shown, expected)

    def centre(self, item: QQuickItem):
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def click(self, item: QQuickItem | str) -> None:
        item = self.item(item) if isinstance(item, str) else item
        QTest.mouseClick(self.win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.centre(item))

    def focus(self, name: str) -> QQuickItem:
        item = self.item(name)
        self.click(item)
        self.qtbot.waitUntil(item.hasActiveFocus, timeout=2000)
        return item

    def clear(self, name: str) -> None:
        self.focus(name)
        QTest.keyClick(self.win, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(self.win, Qt.Key.Key_Backspace)

    def type(self, name: str, text: str, clear: bool = True) -> None:
        if clear:
            self.clear(name)
        else:
            self.focus(name)
        for ch in text:
            QTest.keyClick(self.win, ch)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.win, key, modifier)

    def focused_name(self) -> str:
        """objectName of the focused item, or of its nearest named ancestor (a SpinBox's
        or ComboBox's inner text input has none)."""
        item = self.win.activeFocusItem()
        while item is not None and not item.objectName():
            item = item.parentItem()
        return item.objectName() if item is not None else ""

    def scene_rect(self, item: QQuickItem | str) -> QRectF:
        item = self.item(item) if isinstance(item, str) else item
        return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


@pytest.fixture
def german_catalogue(qapp) -> QTranslator:
    """The app's German catalogue, loaded but not installed."""
    from embedded_unit_converter.gui.app import I18N_DIR

    translator = QTranslator(qapp)
    assert translator.load(QLocale("de_DE"), "embedded_unit_converter", "_", str(I18N_DIR))
    return translator


@pytest.fixture
def german(qapp, german_catalogue):
    """The app's German catalogue installed for one test."""
    translator = german_catalogue
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


@pytest.fixture
def qml_messages():
    """Every warning Qt logs while the test runs; tests assert it stays empty."""
    messages: list[str] = []

    def handler(kind, _context, message):
        if kind != QtMsgType.QtDebugMsg:
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


@pytest.fixture
def open_window(qtbot, qapp, qml_messages):
    """Factory: opens the window on a settings file; closes every window it opened."""
    from embedded_unit_converter.gui.engine import create_engine, dispose_engine

    opened: list[Window] = []

    def factory(settings_path: str, width: int = 560, height: int = 1600, theme: str | None = "light") -> Window:
        engine = create_engine(settings_path, theme)
        w = Window(qtbot, engine)
        w.win.setWidth(width)
        w.win.setHeight(height)
        w.win.show()
        qtbot.waitExposed(w.win)
        # Shortcuts fire only in the active window. A desktop's window manager activates
        # a new window; a bare X server (xvfb-run, xcb) has none, so ask for it here.
        w.win.requestActivate()
        qtbot.waitActive(w.win)
        # The panels below the converter are built after the first frame.
        qtbot.waitUntil(lambda: w.win.findChild(QQuickItem, "allUnitsView") is not None, timeout=5000)
        opened.append(w)
        return w

    def close(w: Window) -> None:
        if w in opened:
            opened.remove(w)
            w.win.close()
            dispose_engine(w.engine)
            qtbot.wait(1)

    factory.close = close
    yield factory
    for w in list(opened):
        close(w)


@pytest.fixture
def window(open_window, settings_path) -> Window:
    return open_window(settings_path)


# -- a real X server, for what only the xcb platform shows (geometry, AT-SPI) ------------

class XServer:
    """A private Xvfb started for the tests; `env()` runs a child process on it under xcb."""

    def __init__(self, screen: str = "1280x1024x24") -> None:
        xvfb = shutil.which("Xvfb")
        if not xvfb:
            pytest.skip("needs Xvfb (Debian package xvfb) for the xcb platform")
        args = [xvfb, "-nolisten", "tcp", "-noreset", "-screen", "0", screen]
        read_end, write_end = os.pipe()
        # -displayfd: Xvfb picks a free display itself and writes its number here.
        self.proc = subprocess.Popen(args + ["-displayfd", str(write_end)], pass_fds=(write_end,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            ready, _, _ = select.select([pipe], [], [], 30)
            number = pipe.readline().strip() if ready else ""
        if not number:
            self.stop()
            pytest.fail("Xvfb did not start")
        self.display = f":{number}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        return env

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def x_server():
    """One 1280x1024 screen, shared by the tests that need any X server."""
    server = XServer()
    yield server
    server.stop()

