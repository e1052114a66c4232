"""Start-up: the application object, translations, the QML engine, and the command
line options used by packagers (--self-test) and the README (--screenshot)."""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import re
import sys
import threading
from pathlib import Path

import embedded_unit_converter  # noqa: F401
from embedded_unit_converter import _core

# Start-up: the core builds its unit table (about a tenth of the window's start-up) and
# reads the unit names of the locale's language on a thread of its own, without the GIL,
# while this one loads Qt; the view model's first categories() then finds them ready
# instead of waiting for them. (With --locale another language is read when first used.)
_preload = threading.Thread(target=_core.preload, args=(embedded_unit_converter.locale_language_code(),),
                            name="unit-table", daemon=True)
_preload.start()
# A daemon thread still inside the core when the interpreter exits aborts the process
# ("exception not rethrown"): wait for it first. Building the table takes milliseconds.
atexit.register(_preload.join)

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication

from ..limits import THEMES
from .engine import create_engine, dispose_engine

HERE = Path(__file__).resolve().parent
I18N_DIR = HERE / "i18n"

APP_NAME = "Embedded Unit Converter"
_translators: list[QTranslator] = []


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> None:
    """Loads the app's and Qt's own translations for the locale (default: the system's)."""
    locale = locale or QLocale()
    for name, folder in (("embedded_unit_converter", str(I18N_DIR)),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _translators.append(translator)


# --size bounds: below the minimum the window's layout does not fit; above the maximum a
# window (or a screenshot image) is larger than any screen or texture we mean to serve.
SIZE_MIN = (200, 200)
SIZE_MAX = (8192, 8192)


def window_size(text: str) -> tuple[int, int]:
    """Reads --size: WIDTHxHEIGHT in pixels, e.g. 800x600, each within the bounds."""
    match = re.fullmatch(r"\s*([0-9]+)\s*[xX×]\s*([0-9]+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write WIDTHxHEIGHT in pixels, e.g. 800x600")
    size = tuple(int(n) if len(n) < 10 else SIZE_MAX[0] + 1 for n in match.groups())
    if not all(lo <= n <= hi for n, lo, hi in zip(size, SIZE_MIN, SIZE_MAX)):
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range: width and height must be between "
            f"{SIZE_MIN[0]}x{SIZE_MIN[1]} and {SIZE_MAX[0]}x{SIZE_MAX[1]} pixels")
    return size


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="embedded-unit-converter", description=APP_NAME)
    parser.add_argument("--screenshot", metavar="PATH", help="render the window once to a PNG and exit")
    parser.add_argument("--theme", choices=THEMES, default=os.environ.get("EUC_THEME") or None,
                        help="use this theme for this run (default: saved choice, else the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the Rust core and load the window offscreen; exit 0 if all is right")
    parser.add_argument("--settings", metavar="PATH", help="settings file to use")
    parser.add_argument("--locale", metavar="NAME", help="language and number format, e.g. de_DE")
    parser.add_argument("--size", metavar="WxH", type=window_size,
                        help="window size in pixels, e.g. 800x600 (a shown window is kept within its screen)")
    parser.add_argument("--quit-after-first-frame", action="store_true",
                        help='print "first-frame" once the window has shown its first frame, and exit '
                             "(start-up benchmarks)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """The window's start-up and event loop (entry point: the package's main(), which pauses
    the garbage collector first; this turns it back on after the first frame, and at
    the latest when it returns)."""
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from .self_test import run

        return run()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.locale:
        QLocale.setDefault(QLocale(args.locale))
    QCoreApplication.setOrganizationName("EmbeddedUnitConverter")
    QCoreApplication.setApplicationName(APP_NAME)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setDesktopFileName("embedded-unit-converter")
    install_translations(app)
    settings_path = args.settings
    if args.screenshot and not settings_path:
        # A screenshot shows a typical session, not whatever the person last typed.
        import tempfile

        settings_path = str(Path(tempfile.mkdtemp()) / "screenshot.ini")
        _write_demo_settings(settings_path)
    try:
        engine = create_engine(settings_path, args.theme)
    except RuntimeError as exc:
        print(f"embedded-unit-converter: {exc}", file=sys.stderr)
        return 1
    window = engine.rootObjects()[0]
    # With the person's consent ("daily"), the exchange rates are refreshed once a day.
    from .converter import Converter

    converter = window.findChild(Converter, "converter")
    if converter is not None:
        converter.money.update_if_due()
    if args.size:
        w, h = args.size
        if not args.screenshot:
            # A shown window fits its screen, like a restored one; a screenshot is
            # rendered offscreen at exactly the size asked for.
            from .settings import fit_to_screens, screen_rects

            screens, primary = screen_rects()
            _, _, w, h = fit_to_screens((window.x(), window.y(), w, h), screens, primary)
        window.setWidth(w)
        window.setHeight(h)
    if args.screenshot:
        code = _screenshot(app, window, args.screenshot)
        dispose_engine(engine)
        return code
    _resume_gc_after_first_frame(window)
    if args.quit_after_first_frame:
        _quit_after_first_frame(app, window)
    code = app.exec()
    dispose_engine(engine)
    return code


# A window that never draws (hidden by the platform at start) still gets its collector
# back this long after the event loop starts.
GC_RESUME_FALLBACK_MS = 2000


def _resume_gc_after_first_frame(window) -> None:
    """Turns the garbage collector (paused for start-up by the package's main()) back on
    once the window has shown its first frame, or after GC_RESUME_FALLBACK_MS.

    On Main.qml's firstFrameShown, which is set on this thread on the event after the
    first swap: not inside the frame (its first collection goes through everything
    start-up made, a few milliseconds), and not on frameSwapped, which a threaded render
    loop emits on its own thread."""
    if gc.isenabled():
        return

    def resume() -> None:
        if not gc.isenabled():
            gc.enable()

    window.firstFrameShownChanged.connect(resume)
    QTimer.singleShot(GC_RESUME_FALLBACK_MS, resume)


def _quit_after_first_frame(app: QGuiApplication, window) -> None:
    """Prints "first-frame" once the window has swapped its first frame, and quits."""
    shown: list[bool] = []

    def first_frame() -> None:
        # A threaded render loop can swap another frame before the quit takes effect.
        if not shown:
            shown.append(True)
            print("first-frame", flush=True)
            app.quit()

    window.frameSwapped.connect(first_frame)


def _write_demo_settings(path: str) -> None:
    from .settings import Settings

    demo = Settings(path)
    # Typed values are kept as typed, so write them the way a person in this locale would.
    marathon = QLocale().toString(26.2)
    for key, value in {
        "category": "length", "fromUnit": "mile", "toUnit": "kilometer", "fromText": marathon,
        # In the person's own words: the German window shows "5 Fuß 3 Zoll in cm".
        "expression": QCoreApplication.translate("Demo", "5 ft 3 in to cm"),
        "favourites": [{"fromUnit": "us_gallon", "toUnit": "liter", "fromText": ""},
                       {"fromUnit": "degree_fahrenheit", "toUnit": "degree_celsius", "fromText": ""}],
        "recents": [{"fromUnit": "mile", "toUnit": "kilometer", "fromText": marathon},
                    {"fromUnit": "pound", "toUnit": "kilogram", "fromText": "150"}],
    }.items():
        demo.set_value(key, value)
    demo.sync()


def _screenshot(app: QGuiApplication, window, path: str) -> int:
    result = {"code": 1}

    def grab() -> None:
        try:
            # The screen's grab, not QQuickWindow.grabWindow(): the window comes to Python
            # as a plain QWindow (PySide6's QtQuick binding, ~9 MB in the bundle with the
            # QtOpenGL one it needs, is never loaded). Offscreen (the default here) and X11
            # give the window's pixels; a platform that cannot read a window back
            # (Wayland) gives an empty image.
            image = window.screen().grabWindow(window.winId())
            if image.isNull():
                print(f"embedded-unit-converter: the {app.platformName()} platform cannot capture the window; "
                      "leave QT_QPA_PLATFORM unset (--screenshot then draws offscreen)", file=sys.stderr)
            elif image.save(path):
                result["code"] = 0
            else:
                print(f"embedded-unit-converter: cannot write {path}", file=sys.stderr)
        except Exception as exc:  # a failed grab must end the run, not leave it waiting
            print(f"embedded-unit-converter: cannot take the screenshot: {exc}", file=sys.stderr)
        finally:
            app.quit()

    window.show()
    # Let layouts settle and fonts load before grabbing.
    QTimer.singleShot(400, grab)
    app.exec()
    return result["code"]
