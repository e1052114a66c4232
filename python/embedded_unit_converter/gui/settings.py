"""What the window remembers between runs, kept in an INI file through QSettings.

Nothing a person has is lost:

- A path that cannot hold settings (a folder, a file that cannot be read, a folder that
  cannot be created) is left exactly as it is: the window runs from defaults and saves
  nothing there. A file that can be read but not written is read and never written.
- A file that is not a settings file at all (not UTF-8 text, control bytes, none of our
  keys, structures nested beyond reason) is corrupt. The app's own file (the default
  location) is first copied aside under a new name, never over an earlier copy, then
  started afresh; a file someone pointed the app at (--settings, the environment) is
  left as it is and nothing is saved to it.
- Within a good file every value is checked on its own, so one bad entry falls back to
  its default without taking the others with it.

Every value is bounded when saved and again when loaded, so the file cannot grow without
limit. Whatever went wrong is described once, in `problem`, for the window and stderr.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths

from ..limits import CUSTOMARY, DECIMALS, INCH_FRACTIONS, SIGNIFICANT_DIGITS, THEMES


ENV_PATH = "EMBEDDED_UNIT_CONVERTER_SETTINGS"

DEFAULTS: dict[str, Any] = {
    "category": "length",
    "fromUnit": "",
    "toUnit": "",
    "fromText": "1",
    "significant": 10,
    "decimals": 2,
    "notation": "auto",
    "grouping": True,
    "theme": "system",
    "expression": "",
    "favourites": [],
    "recents": [],
    "geometry": [],
    "ratesConsent": "ask",   # Never / Ask / Daily: nothing goes on the network unasked
    "ratesChecked": "",      # the day of the last automatic update (consent "daily")
    "customary": "",         # "us" or "uk" once chosen; until then the locale's
    "inchFraction": 0,       # inches in the text line's answers to the nearest 1/n; 0: decimals
}

# Bounds on what is saved. Our own file stays a few kilobytes; anything much larger was
# not written by this app.
MAX_FILE_BYTES = 1 << 20
MAX_ID = 100            # category and unit ids (the longest built-in one has 43 characters)
MAX_FROM_TEXT = 200     # the number typed in the value field
MAX_RECORD_TEXT = 50    # the number kept with a recent conversion
MAX_EXPRESSION = 500
MAX_FAVOURITES = 12
MAX_RECENTS = 8
# Window position and size, in device-independent pixels; restored geometry is fitted to
# the screens there are (fit_to_screens), this only keeps the numbers sane.
MAX_COORDINATE = 100_000

# Bytes no INI file this app writes contains (QSettings escapes them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def default_path() -> str:
    """$EMBEDDED_UNIT_CONVERTER_SETTINGS, else the platform's per-user config folder."""
    if os.environ.get(ENV_PATH):
        return os.environ[ENV_PATH]
    return _platform_path()


def _platform_path() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return str(Path(base or Path.home() / ".config") / "EmbeddedUnitConverter" / "settings.ini")


# -- value checks: each returns the value to use or raises ValueError ----------------------

def _as_int(lo: int, hi: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
        if isinstance(v, float) or (isinstance(v, str) and len(v) > 20):
            raise ValueError(v)
        n = int(v)
        if not lo <= n <= hi:
            raise ValueError(n)
        return n

    return check


def _as_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if str(v).lower() in ("true", "1"):
        return True
    if str(v).lower() in ("false", "0"):
        return False
    raise ValueError(v)


def _as_choice(*choices: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if not isinstance(v, str) or v not in choices:
            raise ValueError(v)
        return v

    return check


def _as_int_choice(*choices: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
        n = _as_int(min(choices), max(choices))(v)
        if n not in choices:
            raise ValueError(n)
        return n

    return check


def _as_text(limit: int) -> Callable[[Any], str]:
    # Too long is refused, not cut: a cut number or expression would be a different one.
    def check(v: Any) -> str:
        if not isinstance(v, str) or len(v) > limit:
            raise ValueError(v)
        return v

    return check


_as_id = _as_text(MAX_ID)


def _json(v: Any) -> Any:
    # Lists of records are stored as one JSON string: QSettings' own list encoding
    # differs between formats and loses types.
    if isinstance(v, str):
        import json  # start-up: only a file with saved lists needs it

        return json.loads(v)  # RecursionError on absurd nesting: the caller's concern
    if isinstance(v, list) and all(isinstance(i, (dict, int)) for i in v):
        return v  # a value being saved
    raise ValueError(v)  # QSettings split a damaged value at its commas


def _as_records(limit: int) -> Callable[[Any], list]:
    def check(v: Any) -> list:
        data = _json(v)
        if not isinstance(data, list):
            raise ValueError(v)
        records = []
        for rec in data:
            # One odd record (hand-edited) is dropped; the rest are kept.
            if not isinstance(rec, dict):
                continue
            try:
                records.append({"fromUnit": _as_id(rec.get("fromUnit")), "toUnit": _as_id(rec.get("toUnit")),
                                "fromText": _as_text(MAX_RECORD_TEXT)(rec.get("fromText", ""))})
            except ValueError:
                continue
            if len(records) == limit:
                break
        return records

    return check


def _as_geometry(v: Any) -> list:
    data = _json(v)
    if (not isinstance(data, list) or len(data) != 4
            or not all(type(n) is int and abs(n) <= MAX_COORDINATE for n in data)
            or data[2] < 1 or data[3] < 1):
        raise ValueError(v)
    return data


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "category": _as_id,
    "fromUnit": _as_id,
    "toUnit": _as_id,
    "fromText": _as_text(MAX_FROM_TEXT),
    "significant": _as_int(*SIGNIFICANT_DIGITS),
    "decimals": _as_int(*DECIMALS),
    "notation": _as_choice("auto", "fixed", "scientific", "engineering"),
    "grouping": _as_bool,
    "theme": _as_choice(*THEMES),
    "expression": _as_text(MAX_EXPRESSION),
    "favourites": _as_records(MAX_FAVOURITES),
    "recents": _as_records(MAX_RECENTS),
    "geometry": _as_geometry,
    "ratesConsent": _as_choice("never", "ask", "daily"),
    "ratesChecked": _as_text(10),
    "customary": _as_choice("", *CUSTOMARY),
    "inchFraction": _as_int_choice(*INCH_FRACTIONS),
}

_JSON_KEYS = {"favourites", "recents", "geometry"}


# What the person is told (and stderr), translated in the window's language.
CANNOT_CREATE = QT_TRANSLATE_NOOP("Settings", "The settings file %1 cannot be created there, so defaults are in use and nothing will be saved.")
CANNOT_USE = QT_TRANSLATE_NOOP("Settings", "The settings file %1 cannot be used (%2), so defaults are in use and nothing will be saved.")
A_FOLDER = QT_TRANSLATE_NOOP("Settings", "%1 is a folder, not a settings file. Defaults are in use, and nothing will be saved there.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Settings", "%1 is not a settings file. Defaults are in use, and nothing will be saved there.")
CANNOT_READ = QT_TRANSLATE_NOOP("Settings", "The settings file %1 cannot be read (%2). Defaults are in use; the file is left as it is and nothing will be saved.")
READ_ONLY = QT_TRANSLATE_NOOP("Settings", "The settings file %1 is read-only: it is used as it is, and changes will not be saved.")
KEPT_COPY = QT_TRANSLATE_NOOP("Settings", "Your settings file was damaged, so defaults are in use. A copy of the damaged file was kept as %1.")
LEFT_ALONE = QT_TRANSLATE_NOOP("Settings", "%1 is damaged or not a settings file, so defaults are in use. The file is left as it is and nothing will be saved to it.")
NOT_SAVED = QT_TRANSLATE_NOOP("Settings", "The settings could not be saved to %1.")


class _Corrupt(Exception):
    """The file is not a settings file this app could have written."""


def _tr(text: str, *args: str) -> str:
    """The message in the window's language with %1, %2... filled in (in one pass, so a
    path that contains "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1], QCoreApplication.translate("Settings", text))


class Settings:
    """Typed access to the settings file; neither reading nor saving raises.

    ``problem`` is empty, or one sentence for the person saying what was wrong with the
    file and what the app did about it (printed to stderr once, when opened).
    ``saves`` is False when nothing will be written to the file this run.
    """

    def __init__(self, path: str | None = None) -> None:
        # Only the file at the platform's default location is the app's own to repair;
        # a path given on the command line or in the environment is the person's.
        self.path = path or default_path()
        self.own = os.path.abspath(self.path) == os.path.abspath(_platform_path())
        self.problem = ""
        self.kept_copy = ""
        self.saves = True
        self._values: dict[str, Any] = {}
        self._qs: QSettings | None = None
        self._sync_reported = False
        self._open()
        if self.problem:
            print(f"embedded-unit-converter: {self.problem}", file=sys.stderr)

    # -- opening -------------------------------------------------------------------------

    def _refuse(self, message: str) -> None:
        self.problem = message
        self.saves = False
        self._qs = None
        self._values = {}

    def _open(self) -> None:
        path = Path(self.path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if not self._can_create(path):
                self._refuse(_tr(CANNOT_CREATE, self.path))
                return
            self._qs = self._qsettings()
            return
        except OSError as exc:  # a parent that is a file (ENOTDIR), no permission (EACCES)...
            self._refuse(_tr(CANNOT_USE, self.path, exc.strerror or str(exc)))
            return
        if stat.S_ISDIR(st.st_mode):
            self._refuse(_tr(A_FOLDER, self.path))
            return
        if not stat.S_ISREG(st.st_mode):
            self._refuse(_tr(NOT_A_FILE, self.path))
            return
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            self._refuse(_tr(CANNOT_READ, self.path, exc.strerror or str(exc)))
            return
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
        try:
            self._load(data)
        except _Corrupt:
            self._recover(writable)
            return
        if not writable:
            self.problem = _tr(READ_ONLY, self.path)
            self.saves = False

    def _can_create(self, path: Path) -> bool:
        """Whether QSettings can create the file: its nearest existing ancestor is a folder
        we may write in (QSettings makes the folders in between)."""
        parent = path.parent
        while True:
            try:
                st = os.stat(parent)
                break
            except FileNotFoundError:
                if parent.parent == parent:
                    return False
                parent = parent.parent
            except OSError:
                return False
        return stat.S_ISDIR(st.st_mode) and os.access(parent, os.W_OK | os.X_OK)

    def _qsettings(self) -> QSettings:
        return QSettings(self.path, QSettings.Format.IniFormat)

    def _load(self, data: bytes) -> None:
        """Reads every value now, so a corrupt file is known before anything is saved."""
        if len(data) > MAX_FILE_BYTES:
            raise _Corrupt
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise _Corrupt from None
        if _CONTROL.search(text):
            raise _Corrupt
        qs = self._qsettings()
        if qs.status() != QSettings.Status.NoError:
            raise _Corrupt
        keys = [k for k in DEFAULTS if qs.contains(k)]
        if text.strip() and not keys:
            raise _Corrupt  # text, but not one thing of ours in it
        values = {}
        for key in keys:
            try:
                values[key] = _CHECKS[key](qs.value(key))
            except (TypeError, ValueError):
                pass  # this one value falls back to its default
            except RecursionError:
                raise _Corrupt from None
        self._qs, self._values = qs, values

    def _recover(self, writable: bool) -> None:
        if self.own and writable:
            try:
                self.kept_copy = self._keep_copy()
                self._start_afresh()
            except OSError:
                pass
            else:
                self._values = {}
                self._qs = self._qsettings()
                self.problem = _tr(KEPT_COPY, self.kept_copy)
                return
        self._refuse(_tr(LEFT_ALONE, self.path))

    def _keep_copy(self) -> str:
        """Copies the file to a new name next to it; never replaces an earlier copy."""
        stem = f"{self.path}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}"
        for n in range(1, 1000):
            name = stem if n == 1 else f"{stem}-{n}"
            try:
                out = open(name, "xb")
            except FileExistsError:
                continue
            try:
                with out, open(self.path, "rb") as src:
                    shutil.copyfileobj(src, out)
                shutil.copystat(self.path, name)
            except OSError:
                os.unlink(name)  # our own half-written copy (a full disk, say)
                raise
            return name
        raise FileExistsError(stem)

    def _start_afresh(self) -> None:
        # Replaced in one step, so the file is never half there.
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".ini", dir=os.path.dirname(self.path) or ".")
        os.close(fd)
        try:
            os.replace(tmp, self.path)
        except OSError:
            os.unlink(tmp)
            raise

    # -- values --------------------------------------------------------------------------

    def value(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        default = DEFAULTS[key]
        return list(default) if isinstance(default, list) else default

    def set_value(self, key: str, value: Any) -> None:
        """Keeps the value for this run and in the file; a value outside its bounds is
        replaced by the default, so the file never holds it."""
        try:
            value = _CHECKS[key](value)
        except (TypeError, ValueError, RecursionError):
            value = DEFAULTS[key]
        if key in self._values and self._values[key] == value:
            # Already in the file (read from it or saved this run): writing it again would
            # make QSettings rewrite the file at the next event, e.g. at every start-up
            # before the first frame.
            return
        self._values[key] = value
        if self._qs is not None and self.saves:
            if key in _JSON_KEYS:
                import json

                value = json.dumps(value)
            self._qs.setValue(key, value)

    def sync(self) -> None:
        if self._qs is None or not self.saves:
            return
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError and not self._sync_reported:
            self._sync_reported = True
            print(f"embedded-unit-converter: {_tr(NOT_SAVED, self.path)}", file=sys.stderr)


def fit_to_screens(rect: Sequence[int], screens: Sequence[Sequence[int]], primary: int = 0,
                   minimum: Sequence[int] = (1, 1)) -> list[int]:
    """Places a saved window rectangle (x, y, width, height) on the screens there are.

    ``screens`` are the screens' available rectangles (without panels and docks), in the
    same device-independent pixels. The window goes to the screen it overlaps most, or to
    the primary one when it overlaps none (a monitor since unplugged, a position far off);
    it is made no larger than that screen and moved until it lies wholly on it.
    """
    x, y, w, h = rect
    if not screens:
        return [x, y, w, h]

    def overlap(s: Sequence[int]) -> int:
        sx, sy, sw, sh = s
        dx = min(x + w, sx + sw) - max(x, sx)
        dy = min(y + h, sy + sh) - max(y, sy)
        return dx * dy if dx > 0 and dy > 0 else 0

    best = max(range(len(screens)), key=lambda i: overlap(screens[i]))
    sx, sy, sw, sh = screens[best] if overlap(screens[best]) else screens[primary]
    w = min(max(w, minimum[0]), sw)
    h = min(max(h, minimum[1]), sh)
    x = max(sx, min(x, sx + sw - w))
    y = max(sy, min(y, sy + sh - h))
    return [x, y, w, h]


def screen_rects() -> tuple[list[tuple[int, int, int, int]], int]:
    """The available rectangles of the screens there are, and the primary one's index."""
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    rects = [(g.x(), g.y(), g.width(), g.height()) for g in (s.availableGeometry() for s in screens)]
    primary = QGuiApplication.primaryScreen()
    index = screens.index(primary) if primary in screens else 0
    return rects, index
