"""Runs one start-up (the app's real main(), or the minimal peer window) with a timestamp
at every phase; used by bench/startup_breakdown.py, which starts it as a fresh process:

    python bench/_startup_probe.py app [app arguments ...]
    python bench/_startup_probe.py minimal

Nothing here changes what runs; it only watches. Each phase is marked with
CLOCK_MONOTONIC (the clock of time.perf_counter on Linux, shared by every process), so the
parent can measure from the moment it spawned this process. The app's modules are
imported here as `python -m embedded_unit_converter.gui` imports them (its view model's
modules too, which create_engine() would import), with the time spent importing PySide6
counted apart; the QML is loaded in two steps (compile the component, then let the
engine create it) through a QQmlApplicationEngine subclass that stands in for the one
the code names. The probe
touches no Qt type the measured code would not (the first use of a PySide6 type builds
its Python enums: Qt's namespace alone costs ~40 ms), and connects with the default
connection type: on the offscreen platform the scene graph renders on this thread.

When the window has swapped its first frame this prints one line, "probe " + JSON:
{"marks": [[name, ns, rss_kb, cpu_ns], ...] (cpu_ns: the process's CPU time, all threads), "imports_ns": time importing PySide6, "hwm_kb": ...,
"rss_kb": ...}, then "first-frame".
"""

from __future__ import annotations

import json
import sys
import time


# Read before anything is timed (bench/ is this script's folder, so first on sys.path).
from _minimal_window import MINIMAL  # noqa: E402


def _now() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def _memory() -> dict[str, int]:
    """VmRSS and VmHWM (the peak) of this process, in kB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount = line.split()[:2]
                values[key.rstrip(":")] = int(amount)
    return values


MARKS: list[tuple[str, int, int, int]] = []


def mark(name: str) -> None:
    MARKS.append((name, _now(), _memory()["VmRSS"], time.process_time_ns()))


mark("interpreter ready")
WHICH = sys.argv[1]


class ImportTimer:
    """A finder on sys.meta_path that finds nothing itself: it times the outermost imports
    of PySide6 and shiboken6 (whatever they import in turn included), wherever in the
    code they happen, so the rest of the import time is the app's own."""

    PREFIXES = ("PySide6", "shiboken6")

    def __init__(self) -> None:
        self.ns = 0
        self.cpu_ns = 0
        self.busy = False

    def find_spec(self, name, path=None, target=None):
        if self.busy or not name.startswith(self.PREFIXES):
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
        else:
            return None
        if spec.loader is not None:
            spec.loader = _TimedLoader(spec.loader, self)
        return spec


class _TimedLoader:
    def __init__(self, loader, timer: ImportTimer) -> None:
        self._loader, self._timer = loader, timer

    def __getattr__(self, name):
        return getattr(self._loader, name)

    def _timed(self, call, *args):
        timer = self._timer
        if timer.busy:
            return call(*args)
        timer.busy = True
        start, start_cpu = _now(), time.process_time_ns()
        try:
            return call(*args)
        finally:
            timer.ns += _now() - start
            timer.cpu_ns += time.process_time_ns() - start_cpu
            timer.busy = False

    def create_module(self, spec):
        return self._timed(self._loader.create_module, spec)

    def exec_module(self, module):
        try:
            self._timed(self._loader.exec_module, module)
        finally:
            module.__loader__ = self._loader
            if module.__spec__ is not None:
                module.__spec__.loader = self._loader


IMPORTS = ImportTimer()
sys.meta_path.insert(0, IMPORTS)
if WHICH == "app":
    # What `python -m embedded_unit_converter.gui` imports before main() runs, as the
    # package's main() does it: the garbage collector paused first (app.main() turns it
    # back on), PySide6's import hook set aside once app is imported. The view model's
    # modules are imported by create_engine() while the QML types load (timed there).
    import gc

    gc.disable()
    import embedded_unit_converter.gui as gui
    from embedded_unit_converter.gui import app as app_mod

    gui._skip_pyside_import_scan()
    from embedded_unit_converter.gui import engine as engine_mod
    import embedded_unit_converter as euc
else:
    from PySide6 import QtCore, QtGui, QtQml, QtQuickControls2  # noqa: F401
sys.meta_path.remove(IMPORTS)
mark("imports done")
import PySide6.QtCore  # noqa: E402
import PySide6.QtGui  # noqa: E402
import PySide6.QtQml  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent  # noqa: E402


class ProbeApplication(QGuiApplication):
    def __init__(self, *args) -> None:
        mark("before QGuiApplication")
        super().__init__(*args)
        mark("QGuiApplication made")

    def exec(self) -> int:
        mark("exec() called")
        return super().exec()


class ProbeEngine(QQmlApplicationEngine):
    """Loads in two timed steps and watches the window's first frame."""

    def __init__(self, *args) -> None:
        mark("before the QML engine")
        super().__init__(*args)
        mark("QML engine made")

    def loadFromModule(self, uri, name) -> None:
        # Compiled first on a component of this engine, whose type loader keeps the
        # result: the engine's own load then finds it ready and only creates the objects.
        component = QQmlComponent(self)
        component.loadFromModule(uri, name)
        if not component.isReady():
            raise RuntimeError(component.errorString())
        mark("QML compiled (types loaded)")
        self._compiled = component
        super().loadFromModule(uri, name)
        mark("QML objects created")
        self._watch(self.rootObjects()[0])

    def loadData(self, *args) -> None:
        # Compiled and created in one step: a component made from data needs a QUrl, and
        # the QUrl type's first use costs ~10 ms the minimal window itself never pays.
        super().loadData(*args)
        mark("QML compiled and objects created")
        self._watch(self.rootObjects()[0])

    def _watch(self, window) -> None:
        first: set[str] = set()

        def once(name: str):
            def record(*_args) -> None:
                if name not in first:
                    first.add(name)
                    mark(name)
            return record

        window.afterAnimating.connect(once("polished (first layout)"))
        window.afterSynchronizing.connect(once("scene graph synchronised"))
        window.afterRendering.connect(once("rendered"))
        window.frameSwapped.connect(self._first_frame)
        QTimer.singleShot(0, once("event loop running"))

    def _first_frame(self) -> None:
        if any(mark[0] == "first frame swapped" for mark in MARKS):
            return
        mark("first frame swapped")
        memory = _memory()
        print("probe " + json.dumps({"marks": MARKS, "imports_ns": IMPORTS.ns, "imports_cpu_ns": IMPORTS.cpu_ns, "hwm_kb": memory["VmHWM"],
                                     "rss_kb": memory["VmRSS"]}), flush=True)


# Stand in for the classes the code names: in PySide6 for the minimal window, which
# imports them after this, in the modules that already did for the app.
PySide6.QtQml.QQmlApplicationEngine = ProbeEngine
PySide6.QtGui.QGuiApplication = ProbeApplication
if WHICH == "app":
    app_mod.QGuiApplication = ProbeApplication
    engine_mod.QQmlApplicationEngine = ProbeEngine
mark("probe set up")

if WHICH == "app":
    original_categories = euc.categories

    def categories():
        if not any(mark[0] == "core registry built" for mark in MARKS):
            mark("before the core registry")
            result = original_categories()
            mark("core registry built")
            return result
        return original_categories()

    euc.categories = categories
    original_translations = app_mod.install_translations

    def install_translations(*args, **kwargs):
        mark("before translations")
        original_translations(*args, **kwargs)
        mark("translations installed")

    app_mod.install_translations = install_translations
    original_import_module = engine_mod.import_module
    view_model_modules = engine_mod._VIEW_MODEL_MODULES

    def import_module(name, package=None):
        # create_engine() imports the view model's modules one at a time, the QML types
        # loading meanwhile; the Converter they define is watched once it exists.
        if name == view_model_modules[0]:
            mark("before the view model's modules")
        module = original_import_module(name, package)
        if name == view_model_modules[-1]:
            mark("view model's modules imported")
            original_init = module.Converter.__init__

            def converter_init(self, *args, **kwargs):
                mark("before the view model")
                original_init(self, *args, **kwargs)
                mark("view model made")

            module.Converter.__init__ = converter_init
        return module

    engine_mod.import_module = import_module
    sys.exit(app_mod.main(sys.argv[2:]))
else:
    exec(compile(MINIMAL, "minimal", "exec"), {"__name__": "minimal"})
