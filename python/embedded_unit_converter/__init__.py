"""Embedded Unit Converter: exact unit conversions from a Rust core.

>>> import embedded_unit_converter as euc
>>> euc.convert(1, "mi", "km")
1.609344
>>> str(euc.evaluate("5 ft 3 in to cm"))
'160.02 cm'
"""

from __future__ import annotations

from collections import namedtuple

from . import _core
from ._core import Quantity, UnitError

# Start-up matters (a converter is opened for one answer): no dataclasses or
# importlib.metadata here, both cost more than building the whole unit table.
__version__: str = _core.__version__

__all__ = [
    "Category",
    "Quantity",
    "Unit",
    "UnitError",
    "categories",
    "convert",
    "error_codes",
    "evaluate",
    "find_units",
    "format_value",
    "__version__",
]


class Unit(namedtuple("Unit", "id name plural symbol aliases category")):
    """A unit as listed in a category: ``id``, ``name``, ``plural``, ``symbol``,
    ``aliases`` (a tuple) and ``category`` (the category's id)."""

    __slots__ = ()


class Category(namedtuple("Category", "id name units")):
    """A kind of quantity (Length, Speed, ...) and its units (a tuple), common first."""

    __slots__ = ()


def _unit(row):
    uid, name, plural, symbol, aliases, category = row
    return Unit(uid, name, plural, symbol, tuple(aliases), category)


def convert(value, from_unit, to_unit):
    """Converts ``value`` from one unit expression to another.

    A float gives a float; a numpy array or any 1-D float64 buffer gives a numpy array
    (converted without holding the GIL). Raises :class:`UnitError`.
    """
    if isinstance(value, (int, float)):
        return _core.convert(value, from_unit, to_unit)
    return _core.convert_array(value, from_unit, to_unit)


def evaluate(text):
    """Evaluates free text such as ``"5 ft 3 in to cm"`` or ``"100 km/h"``."""
    return _core.evaluate(text)


_category_cache = []


def categories():
    """Every category with its units, most common first."""
    if not _category_cache:
        _category_cache.extend(
            Category(cid, name, tuple(_unit(u) for u in units)) for cid, name, units in _core.categories()
        )
    return list(_category_cache)


def find_units(text, limit=10, category=None):
    """Units whose name, symbol or alias matches ``text``, best first; forgives typos.
    Among equally good matches, units of ``category`` (an id) come first."""
    return [_unit(u) for u in _core.find_units(text, limit, category)]


def error_codes():
    """Every error code the core can raise, as ``(code, kind, detail names)``."""
    return [(code, kind, tuple(details)) for code, kind, details in _core.error_codes()]


def format_value(value, significant=15):
    """A number with at most ``significant`` digits and no float noise (``3.785411784``)."""
    return _core.format_value(value, significant)
