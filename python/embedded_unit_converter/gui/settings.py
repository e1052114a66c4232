"""What the window remembers between runs, kept in an INI file through QSettings.

Every value is read on its own and checked, so one bad entry falls back to its default
without taking the others with it. A file QSettings cannot parse is moved aside (never
deleted: it may hold something the user wants back) and the app starts from defaults.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSettings, QStandardPaths

from ..limits import DECIMALS, SIGNIFICANT_DIGITS, THEMES


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
}


def default_path() -> str:
    """$EMBEDDED_UNIT_CONVERTER_SETTINGS, else the platform's per-user config folder."""
    if os.environ.get(ENV_PATH):
        return os.environ[ENV_PATH]
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return str(Path(base or Path.home() / ".config") / "EmbeddedUnitConverter" / "settings.ini")


def _as_int(lo: int, hi: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
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
        if str(v) not in choices:
            raise ValueError(v)
        return str(v)

    return check


def _as_json_list(v: Any) -> list:
    # Lists of records are stored as one JSON string: QSettings' own list encoding
    # differs between formats and loses types.
    if not isinstance(v, str):
        raise ValueError(v)  # QSettings split a damaged value at its commas
    data = json.loads(v)
    if not isinstance(data, list):
        raise ValueError(v)
    return data


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "category": str,
    "fromUnit": str,
    "toUnit": str,
    "fromText": lambda v: str(v)[:200],
    "significant": _as_int(*SIGNIFICANT_DIGITS),
    "decimals": _as_int(*DECIMALS),
    "notation": _as_choice("auto", "fixed", "scientific", "engineering"),
    "grouping": _as_bool,
    "theme": _as_choice(*THEMES),
    "expression": lambda v: str(v)[:500],
    "favourites": _as_json_list,
    "recents": _as_json_list,
    "geometry": _as_json_list,
}

_JSON_KEYS = {"favourites", "recents", "geometry"}


class Settings:
    """Typed access to the settings file; reads never raise."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or default_path()
        self.recovered_from = ""
        self._qs = self._open()

    def _open(self) -> QSettings:
        qs = QSettings(self.path, QSettings.Format.IniFormat)
        if qs.status() != QSettings.Status.NoError:
            del qs
            backup = f"{self.path}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}"
            try:
                os.replace(self.path, backup)
                self.recovered_from = backup
            except OSError:
                # Not even movable (a directory, no permission): run from defaults in
                # memory and leave the file alone.
                self.recovered_from = self.path
                self.path = ""
            qs = QSettings(self.path, QSettings.Format.IniFormat) if self.path else None
        return qs

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        if self._qs is None or not self._qs.contains(key):
            return default
        try:
            return _CHECKS[key](self._qs.value(key))
        except (TypeError, ValueError):
            return default

    def set_value(self, key: str, value: Any) -> None:
        if self._qs is None:
            return
        self._qs.setValue(key, json.dumps(value) if key in _JSON_KEYS else value)

    def sync(self) -> None:
        if self._qs is not None:
            self._qs.sync()
