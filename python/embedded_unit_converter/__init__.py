"""Embedded Unit Converter: exact unit conversions from a Rust core.

>>> import embedded_unit_converter as euc
>>> euc.convert(1, "mi", "km")
1.609344
>>> str(euc.evaluate("5 ft 3 in to cm"))
'160.02 cm'
"""

from __future__ import annotations

import sys
import os
from collections import namedtuple

from . import _core
from ._core import Quantity, UnitError
from .data_folder import data_dir, user_units_path
from .rates import ExchangeRates, RatesWarning, exchange_rates, set_dollar_currency, update_exchange_rates
from .user_units import check_units, load_units, unload_units

# Start-up matters (a converter is opened for one answer): no dataclasses or
# importlib.metadata here, both cost more than building the whole unit table.
__version__: str = _core.__version__

__all__ = [
    "Category",
    "ExchangeRates",
    "Quantity",
    "RatesWarning",
    "Unit",
    "UnitError",
    "categories",
    "check_units",
    "convert",
    "default_customary",
    "default_language",
    "data_dir",
    "error_codes",
    "evaluate",
    "exchange_rates",
    "find_units",
    "format_value",
    "languages",
    "locale_language_code",
    "unit_names",
    "load_units",
    "set_dollar_currency",
    "unload_units",
    "update_exchange_rates",
    "user_units_path",
    "__version__",
]


class Unit(namedtuple("Unit", "id name plural symbol aliases category")):
    """A unit as listed in a category: ``id``, ``name``, ``plural``, ``symbol``,
    ``aliases`` (a tuple) and ``category`` (the category's id)."""

    __slots__ = ()


class Category(namedtuple("Category", "id name units")):
    """A kind of quantity (Length, Speed, ...) and its units (a tuple), common first."""

    __slots__ = ()


_tuple_new = tuple.__new__


def _unit(row):
    # The core's row holds Unit's fields in Unit's order, aliases already a tuple: made
    # as it is, without the Python-level __new__ of a namedtuple (start-up lists 1,202).
    return _tuple_new(Unit, row)


_convert = _core.convert


def convert(value, from_unit, to_unit):
    """Converts ``value`` from one unit expression to another.

    What it takes and gives back:

    - a real number (``int``, ``float``, ``fractions.Fraction``, ``decimal.Decimal``, any
      ``numbers.Real``) gives a ``float``;
    - a numpy real scalar (``numpy.float32``, ``numpy.int64``, ...) gives a
      ``numpy.float64`` (itself a ``float``);
    - a real-valued numpy array, buffer (``array.array``, ``memoryview``) or sequence of
      real numbers gives a new float64 numpy array of the same shape (0-d stays 0-d),
      converted without holding the GIL; integer arrays convert as float64. A masked
      array gives a masked array with the same mask.

    The result of a scalar must be finite: ``convert(1e308, "km", "m")``, a NaN or an
    infinite value raise :class:`UnitError` with ``kind == "invalid_number"``, as does an
    ``int`` too large for a float (``10**400``). Arrays keep IEEE behaviour instead:
    ``inf`` and ``nan`` elements stay ``inf`` and ``nan`` and nothing is raised.

    ``None``, ``bool``, ``str``, ``bytes``, ``complex`` and arrays of booleans, complex
    numbers, text, dates or Python objects raise ``TypeError`` (for text, use
    :func:`evaluate`; a bool is a truth value, not an amount, so ``convert(x > 0, ...)``
    is taken for the mistake it is). Unknown or incompatible units raise
    :class:`UnitError`.
    """
    # The common case first: one type check. The core refuses a result that is not finite.
    if type(value) is float:
        return _convert(value, from_unit, to_unit)
    if type(value) is int:  # the core reads it as a double, or raises OverflowError
        try:
            return _convert(value, from_unit, to_unit)
        except OverflowError:
            raise _too_large(value) from None
    return _convert_other(value, from_unit, to_unit)


def _convert_other(value, from_unit, to_unit):
    # numpy and decimal are looked up, not imported: when their module is not loaded, the
    # value cannot be one of their types, and start-up stays light.
    np = sys.modules.get("numpy")
    if np is not None:
        if isinstance(value, np.ndarray):
            return _convert_array(np, value, value, from_unit, to_unit)
        if isinstance(value, np.generic):
            if value.dtype.kind in "fiu":
                return np.float64(_convert_scalar(_real_to_float(value), from_unit, to_unit))
            raise _not_real(value)
    # bool is an int and numpy would read text as numbers: refuse them before either can.
    if value is None or isinstance(value, (bool, str, bytes, bytearray, complex)):
        raise _not_real(value)
    decimal = sys.modules.get("decimal")
    if isinstance(value, (int, float)) or (decimal is not None and isinstance(value, decimal.Decimal)):
        return _convert_scalar(_real_to_float(value), from_unit, to_unit)
    import numbers

    if isinstance(value, numbers.Real):
        return _convert_scalar(_real_to_float(value), from_unit, to_unit)
    if isinstance(value, numbers.Number):
        raise _not_real(value)
    # A buffer or a sequence: numpy reads it, and is needed for the result anyway.
    try:
        import numpy as np
    except ImportError:
        raise TypeError(
            f"convert() takes a real number, or an array of them with numpy installed; got {type(value).__name__}"
        ) from None
    try:
        array = np.asarray(value)
    except (TypeError, ValueError) as e:  # ragged nested lists, objects numpy cannot read
        raise TypeError(f"convert() takes a real number or an array of real numbers: {e}") from e
    return _convert_array(np, value, array, from_unit, to_unit)


def _convert_scalar(value, from_unit, to_unit):
    return _convert(value, from_unit, to_unit)


def _convert_array(np, value, array, from_unit, to_unit):
    """``array`` is ``value`` as a numpy array (``value`` itself when it is one)."""
    masked = isinstance(array, np.ma.MaskedArray) if "numpy.ma" in sys.modules else False
    if masked:
        array = np.ma.getdata(value)
    if array.dtype.kind not in "fiu":
        # Whatever numpy could not read as numbers comes back a 0-d object array: name it.
        raise _not_real(value, array.dtype if array.ndim or value is array else None)
    result = _core.convert_array(array, from_unit, to_unit)
    if masked:
        mask = np.ma.getmask(value)
        # A copy: the result must not share its mask with the input.
        return np.ma.MaskedArray(result, mask=mask if mask is np.ma.nomask else mask.copy())
    return result


def _real_to_float(value):
    try:
        number = float(value)
    except OverflowError:
        raise _too_large(value) from None
    except ValueError as e:  # Decimal("sNaN")
        raise _not_a_number(str(value)) from None
    # A finite Decimal or long double beyond float's range becomes inf without a word.
    limit = abs(number)
    if limit - limit != 0.0 and limit == limit and -limit < value < limit:
        raise _too_large(value)
    return number


def _unit_error(code, message, details=None, offending=""):
    """A UnitError of kind invalid_number with the fields the core's errors carry; codes
    and messages are the core's own (see ``error_codes()``), so every face handles them
    alike."""
    error = UnitError(message)
    error.kind = "invalid_number"
    error.code = code
    error.details = details or {}
    error.span = None
    error.suggestions = []
    error.offending = offending
    error.position = None
    return error


def _not_a_number(text):
    return _unit_error("not_a_number", f'"{text}" is not a number.', {"text": text}, text)


def _too_large(value):
    # The core's sentences, so that every face words (and translates) them alike.
    shown = _short_number(value)
    number = f"The number {shown}" if shown else "The number"
    return _unit_error(
        "number_too_large",
        f"{number} is too large. A float holds at most about 1.8e308.",
        {"text": shown or ""},
        shown or "",
    )


def _short_number(value):
    """``value`` in a few characters (an int of 401 digits as ``1e400``), or None."""
    if isinstance(value, int):
        import math

        magnitude = abs(value)
        exponent = int(math.log10(magnitude))
        leading = magnitude // 10 ** max(exponent - 2, 0)
        if leading < 100:  # log10 rounded up (999...9)
            exponent -= 1
            leading = magnitude // 10 ** max(exponent - 2, 0)
        return f"{'-' if value < 0 else ''}{leading / 100:g}e{exponent}"
    try:
        text = str(value)
    except ValueError:  # a Fraction of ints too long to print
        return None
    return text if len(text) <= 30 else None


def _not_real(value, dtype=None):
    what = f"an array of {dtype}" if dtype is not None else type(value).__name__
    hint = '; to read text, use evaluate("5 km to m")' if isinstance(value, (str, bytes, bytearray)) else ""
    return TypeError(f"convert() takes a real number or an array of real numbers, not {what}{hint}")


def evaluate(text, lang=None, *, customary=None, inch_fraction=None):
    """Evaluates free text such as ``"5 ft 3 in to cm"`` or ``"100 km/h"``.

    ``lang`` (``"de"``, ``"fr"``, ``"es"``; ``"en"`` for English only) adds that
    language's unit names and keywords (``"5 Fuß 3 Zoll in cm"``, ``"10 millas a km"``)
    and names the units of the result's ``interpretation`` in it; English names and
    symbols always work. By default the locale's language (see :func:`default_language`).

    ``customary`` (``"us"`` or ``"uk"``) says which units the plain names ``gallon``,
    ``pint``, ``quart``, ``fl oz``, ``ton`` and ``cwt`` mean; by default the locale's
    (``en_GB``: ``"uk"``, otherwise ``"us"``). ``inch_fraction`` (2, 4, ... 64) shows
    inches, alone or as the last part of a mixed target, to the nearest 1/n inch
    (``"1.7 m to ft;in"`` → ``5 ft 6 15/16 in``). The result's ``notes`` say how names
    were read where not in their everyday meaning (``F read as degree Fahrenheit``), and
    ``alternatives`` lists other phrases that read them otherwise and also convert.
    """
    if customary is None:
        customary = default_customary()
    lang = default_language() if lang is None else _language(lang)
    return _core.evaluate(text, customary, inch_fraction, lang)


def languages():
    """The codes of the languages with unit names besides English: ``["de", "fr", "es"]``."""
    return _core.languages()


def _language(lang):
    """``lang`` as a code the core has names for (``"de_AT.UTF-8"`` → ``"de"``), or None
    for English; anything else is a ValueError."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code such as \"de\", not {type(lang).__name__}")
    code = lang.split(".")[0].replace("-", "_").split("_")[0].lower()
    if code in ("en", "c", "posix"):
        return None
    if code not in _core.languages():
        raise ValueError(f"lang must be one of en, {', '.join(_core.languages())}; not {lang!r}")
    return code


def default_language(environ=None):
    """The locale's language when the core has unit names for it (``"de"``, ``"fr"``,
    ``"es"``), else None (English); read from ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``, as
    the C library does."""
    code = locale_language_code(environ)
    return code if code in _core.languages() else None


def locale_language_code(environ=None):
    """The language code of the locale (``"de"`` of ``de_DE.UTF-8``) from ``LC_ALL``,
    ``LC_MESSAGES`` or ``LANG`` as the C library reads them, whether or not the core has
    unit names in it; None when none is set."""
    environ = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key)
        if value:
            return value.split(".")[0].replace("-", "_").split("_")[0].lower()
    return None


def unit_names(lang):
    """Every unit ``lang`` names: ``{unit id: (singular, plural)}``, for showing units in
    that language (units missing here are shown with their English names)."""
    code = _language(lang)
    if code is None:
        return {}
    return {uid: (singular, plural) for uid, singular, plural in _core.unit_names(code)}


def default_customary(environ=None):
    """``"uk"`` when the locale is British English (``en_GB``), else ``"us"``; read from
    ``LC_ALL``, ``LC_MEASUREMENT`` or ``LANG``, as the C library does."""
    environ = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MEASUREMENT", "LANG"):
        value = environ.get(key)
        if value:
            return "uk" if value.split(".")[0].replace("-", "_").lower() in ("en_gb", "en_uk") else "us"
    return "us"


_category_cache = []


def categories():
    """Every category with its units, most common first."""
    if not _category_cache:
        _category_cache.extend(
            Category(cid, name, tuple(_unit(u) for u in units)) for cid, name, units in _core.categories()
        )
    return list(_category_cache)


def find_units(text, limit=10, category=None, lang=None):
    """Units whose name, symbol or alias matches ``text``, best first; forgives typos.
    Among equally good matches, units of ``category`` (an id) come first. With ``lang``
    (``"de"``, ...), the language's names match too and the units carry them."""
    return [_unit(u) for u in _core.find_units(text, limit, category, None if lang is None else _language(lang))]


def error_codes():
    """Every error code the core can raise, as ``(code, kind, detail names)``."""
    return [(code, kind, tuple(details)) for code, kind, details in _core.error_codes()]


def format_value(value, significant=15):
    """A number with at most ``significant`` digits and no float noise (``3.785411784``)."""
    return _core.format_value(value, significant)


def _definitions_changed():
    """The definitions changed (new rates, own units): forget what was derived from them."""
    _category_cache.clear()


def _load_saved_rates():
    # Only a stat when nothing was downloaded yet: start-up stays light.
    from .rates import cache_path, load_cached_rates

    if cache_path().is_file():
        load_cached_rates()


_load_saved_rates()
