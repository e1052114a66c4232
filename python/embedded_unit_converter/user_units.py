"""A person's own units: files of ``NAME = EXPRESSION`` lines (``smoot = 67 in``, ``#``
comments) or of the full ``.units`` format, loaded over the built-in units. A file is
all or nothing; its errors (kind ``definition``) name the line."""

from __future__ import annotations

import os
from pathlib import Path

from . import _core
from ._core import UnitError

#: More than anyone writes by hand; a larger file is refused rather than read.
MAX_FILE_BYTES = 4 * 1024 * 1024


def _unreadable(path: str) -> UnitError:
    error = UnitError(f'"{path}" cannot be read as a text file of unit definitions.')
    error.kind = "definition"
    error.code = "definition_unreadable"
    error.details = {"file": path}
    error.span = None
    error.suggestions = []
    error.offending = ""
    error.position = None
    return error


def read_text(path: str | os.PathLike) -> str:
    """A definitions file as text (UTF-8), or UnitError ``definition_unreadable``."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _unreadable(name)
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise _unreadable(name) from None


def _key(path: str | os.PathLike) -> str:
    return str(Path(os.fspath(path)).resolve())


def load_units(path: str | os.PathLike) -> int:
    """Loads a file of your own units and returns how many it added. Loading the same file
    again replaces what it added before. All or nothing: a bad line raises
    :class:`UnitError` (``kind == "definition"``, ``details["line"]``) and nothing of the
    file is used. Names of units that exist already, and definitions in a circle, are
    refused."""
    text = read_text(path)
    count = _core.load_units(_key(path), text)
    _changed()
    return count


def load_units_text(name: str, text: str) -> int:
    """Like :func:`load_units` for text in hand; ``name`` identifies it for reloading."""
    count = _core.load_units(name, text)
    _changed()
    return count


def check_units(text: str, path: str | os.PathLike | None = None) -> int:
    """Checks definitions as :func:`load_units` would, without loading them; ``path`` names
    the file they will replace. Returns how many units there are."""
    return _core.check_units(_key(path) if path is not None else "<check>", text)


def unload_units(path: str | os.PathLike) -> None:
    """Removes the units a file added."""
    _core.unload_units(_key(path))
    _changed()


def _changed() -> None:
    from . import _definitions_changed

    _definitions_changed()
