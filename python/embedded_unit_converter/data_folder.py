"""The user data folder: where the downloaded exchange rates and ``my.units`` live.

The platform's folder for application data (Linux ``$XDG_DATA_HOME``, by default
``~/.local/share``; Windows ``%LOCALAPPDATA%``; macOS ``~/Library/Application Support``),
or the folder named by ``$EMBEDDED_UNIT_CONVERTER_DATA_DIR`` when that is set (tests and
portable installs use it). No Qt here: the library and the command line use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENVIRONMENT_VARIABLE = "EMBEDDED_UNIT_CONVERTER_DATA_DIR"
FOLDER_NAME = "embedded-unit-converter"

#: The file of a person's own units the window and the command line load at start.
USER_UNITS_FILE = "my.units"


def data_dir() -> Path:
    """The user data folder (not created here: only a write creates it)."""
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Embedded Unit Converter"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Embedded Unit Converter"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / FOLDER_NAME


def user_units_path() -> Path:
    """Where ``my.units`` is: the person's own units, loaded by the window and the CLI."""
    return data_dir() / USER_UNITS_FILE


def write_atomically(path: Path, data: bytes) -> None:
    """Writes ``path`` whole or not at all: a temporary file in the same folder, flushed,
    then renamed over it. No other file is touched; the temporary one is removed on
    failure."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
