"""The peer of the start-up benchmarks: a minimal PySide6 QML window holding one
TextField, in the same Controls style as the app, that prints "first-frame" when it has
swapped its first frame. Run as `python -c MINIMAL`."""

MINIMAL = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuickControls2 import QQuickStyle
app = QGuiApplication(sys.argv)
QQuickStyle.setStyle("Basic")
engine = QQmlApplicationEngine()
engine.loadData(b'''
import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 560; height: 820; visible: true
    TextField { anchors.centerIn: parent; text: "1" } }
''')
window = engine.rootObjects()[0]
window.frameSwapped.connect(lambda: (print("first-frame", flush=True), app.quit()))
app.exec()
"""
