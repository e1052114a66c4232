"""Embedded Unit Converter: exact unit conversions from a Rust core.

>>> import embedded_unit_converter as euc
>>> euc.convert(1, "mi", "km")
1.609344
>>> str(euc.evaluate("5 ft 3 in to cm"))
'160.02 cm'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version as _version
from typing import Any

from . import _core
from ._core import Quantity, UnitError

try:
    __version__ = _version("embedded-unit-converter")
except PackageNotFoundError:  # running from a bundle without metadata
    __version__ = "0.1.0"

__all__ = [
    "Category",
    "Quantity",
    "Unit",
    "UnitError",
    "categories",
    "convert",
    "evaluate",
    "find_units",
    "format_value",
    "__version__",
]


@dataclass(frozen=True)
class Unit:
    """A unit as listed in a category."""

    id: str
    name: str
    plural: str
    symbol: str
    aliases: tuple[str, ...]
    category: str


@dataclass(frozen=True)
class Category:
    """A kind of quantity (Length, Speed, ...) and its units, common ones first."""

    id: str
    name: str
    units: tuple[Unit, ...]


def _unit(row: tuple) -> Unit:
    uid, name, plural, symbol, aliases, category = row
    return Unit(uid, name, plural, symbol, tuple(aliases), category)


def convert(value: Any, from_unit: str, to_unit: str) -> Any:
    """Converts ``value`` from one unit expression to another.

    A float gives a float; a numpy array or any 1-D float64 buffer gives a numpy array
    (converted without holding the GIL). Raises :class:`UnitError`.
    """
    if isinstance(value, (int, float)):
        return _core.convert(value, from_unit, to_unit)
    return _core.convert_array(value, from_unit, to_unit)


def evaluate(text: str) -> Quantity:
    """Evaluates free text such as ``"5 ft 3 in to cm"`` or ``"100 km/h"``."""
    return _core.evaluate(text)


@lru_cache(maxsize=1)
def _categories() -> tuple[Category, ...]:
    return tuple(Category(cid, name, tuple(_unit(u) for u in units)) for cid, name, units in _core.categories())


def categories() -> list[Category]:
    """Every category with its units, most common first."""
    return list(_categories())


def find_units(text: str, limit: int = 10) -> list[Unit]:
    """Units whose name, symbol or alias matches ``text``, best first; forgives typos."""
    return [_unit(u) for u in _core.find_units(text, limit)]


def format_value(value: float, significant: int = 15) -> str:
    """A number with at most ``significant`` digits and no float noise (``3.785411784``)."""
    return _core.format_value(value, significant)
