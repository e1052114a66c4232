"""Locale-aware display and reading of numbers for the window.

Conversion, rounding without float noise and unit handling stay in the Rust core; this
module only decides how a float looks to a person (separators, notation, grouping) and
how a typed string becomes a float without silently changing its magnitude.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

import embedded_unit_converter as euc

from ..limits import DECIMALS, SIGNIFICANT_DIGITS, clamp

NOTATION_AUTO = "auto"
NOTATION_FIXED = "fixed"
NOTATION_SCIENTIFIC = "scientific"
NOTATION_ENGINEERING = "engineering"
NOTATIONS = (NOTATION_AUTO, NOTATION_FIXED, NOTATION_SCIENTIFIC, NOTATION_ENGINEERING)

# Outside this range "auto" switches to scientific notation: longer runs of zeros are
# harder to read than an exponent.
_AUTO_SMALL = 1e-6
_AUTO_LARGE = 1e15

_MINUS_SIGNS = "\u2212\u2013"
_SPACES = " \u00a0\u202f\u2009'"
_NUMBER = re.compile(r"^[+-]?[0-9.,]*[0-9][0-9.,]*(?:[eE][+-]?[0-9]+)?$")


def _decimal_places(text: str) -> int:
    """How many digits after the point a decimal text shows once its trailing zeros go:
    "2.50" 1, "1200" 0, "1.5e-7" 8, "1.25e1" 1.

    Read from the text, so it is exact. Python's decimal module answers the same (a test
    compares them), but importing it is ~1.5 ms and 0.4 MB of the window's start-up.
    """
    digits, _, exponent = text.lower().partition("e")
    fraction = digits.partition(".")[2].rstrip("0")
    return max(0, len(fraction) - int(exponent or 0))


class Parsed(NamedTuple):
    """What a typed number means: a value, or the reason it has none.

    ``note`` is set when the reading was a choice between two meanings (``1,500`` in a
    locale whose decimal point is a dot), so the window can say how it read the text.
    """

    value: float | None
    error: str = ""
    note: str = ""


class NumberFormat:
    """Formats and parses numbers for one QLocale with the user's precision choices."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = QLocale(locale) if locale is not None else QLocale()
        self.significant = 10
        self.decimals = 2
        self.notation = NOTATION_AUTO
        self.grouping = True

    # -- display ---------------------------------------------------------------------

    def _localised_fixed(self, value: float, decimals: int) -> str:
        text = self.locale.toString(value, "f", max(0, decimals))
        if not self.grouping:
            # Stripping the separator avoids QLocale.NumberOption: see models._USER_ROLE.
            text = text.replace(self.locale.groupSeparator(), "")
        return text

    def _mantissa_exponent(self, value: float, significant: int, step: int) -> str:
        if value == 0:
            return self._localised_fixed(0.0, 0)
        # Python's "e" formatting rounds correctly from the binary value and copes with
        # subnormals, where dividing by a power of ten would underflow.
        mantissa_text, _, exp_text = format(value, f".{significant - 1}e").partition("e")
        exponent = int(exp_text)
        shift = exponent % step
        # The mantissa moves `shift` places left, as text, so no digit changes.
        mant = self._localised_fixed(float(f"{mantissa_text}e{shift}"),
                                     max(0, _decimal_places(mantissa_text) - shift))
        exponent -= shift
        return f"{mant}e{exponent}" if exponent else mant

    def format(self, value: float) -> str:
        """The value as it should appear in a field, or "" when it is not finite."""
        if value is None or not math.isfinite(value):
            return ""
        if value == 0:
            value = 0.0  # no "-0"
        sig = clamp(self.significant, SIGNIFICANT_DIGITS)
        if self.notation == NOTATION_FIXED:
            return self._localised_fixed(value, clamp(self.decimals, DECIMALS))
        if self.notation == NOTATION_SCIENTIFIC:
            return self._mantissa_exponent(value, sig, 1)
        if self.notation == NOTATION_ENGINEERING:
            return self._mantissa_exponent(value, sig, 3)
        magnitude = abs(value)
        if magnitude and (magnitude < _AUTO_SMALL or magnitude >= _AUTO_LARGE):
            return self._mantissa_exponent(value, sig, 1)
        # The core rounds to significant digits without float noise (3.785411784, never
        # 3.7854117839999997); the places shown are read from its exact text.
        text = euc.format_value(value, sig)
        return self._localised_fixed(float(text), _decimal_places(text))

    # -- reading ---------------------------------------------------------------------

    def parse(self, text: str) -> Parsed:
        """Reads what a person typed; never raises.

        Both "." and "," are accepted as the decimal separator. A lone separator followed
        by exactly three digits is ambiguous (1,500 or 1.5?): it is read the locale's way
        and the reading is reported in ``note`` so it is never silent.
        """
        raw = (text or "").strip()
        if not raw:
            return Parsed(None)
        for sign in _MINUS_SIGNS:
            raw = raw.replace(sign, "-")
        for space in _SPACES:
            raw = raw.replace(space, "")
        if not _NUMBER.match(raw):
            return Parsed(None, QCoreApplication.translate("NumberFormat", "Not a number"))
        sign = ""
        if raw[0] in "+-":
            sign, raw = ("-" if raw[0] == "-" else ""), raw[1:]
        exponent = ""
        match = re.search(r"[eE][+-]?[0-9]+$", raw)
        if match:
            exponent, raw = match.group(0), raw[: match.start()]
        if not raw or not re.search(r"[0-9]", raw):
            return Parsed(None, QCoreApplication.translate("NumberFormat", "Not a number"))

        point = self.locale.decimalPoint() or "."
        group = self.locale.groupSeparator() or ","
        note = ""
        seps = [c for c in raw if c in ".,"]
        kinds = set(seps)
        if not seps:
            digits = raw
        elif len(kinds) == 2:
            # Both kinds: the last one is the decimal separator, the other groups digits.
            dec = raw[max(raw.rfind("."), raw.rfind(","))]
            grp = "," if dec == "." else "."
            whole, _, frac = raw.rpartition(dec)
            if grp in frac or not _valid_grouping(whole, grp):
                return Parsed(None, QCoreApplication.translate("NumberFormat", "Unclear number: check the separators"))
            digits = whole.replace(grp, "") + "." + frac
        else:
            sep = seps[0]
            if len(seps) > 1:
                if not _valid_grouping(raw, sep):
                    return Parsed(None, QCoreApplication.translate("NumberFormat", "Unclear number: check the separators"))
                digits = raw.replace(sep, "")
            else:
                whole, _, frac = raw.partition(sep)
                ambiguous = len(frac) == 3 and whole not in ("", "0") and not exponent
                if sep == point or not ambiguous:
                    digits = whole + "." + frac
                elif sep == group:
                    digits = whole + frac
                    note = QCoreApplication.translate("NumberFormat", "Read as %1 (thousands separator)").replace(
                        "%1", self._localised_fixed(float(sign + digits), 0))
                else:
                    digits = whole + "." + frac
        try:
            value = float(sign + (digits if digits not in (".", "") else "0") + exponent)
        except ValueError:
            return Parsed(None, QCoreApplication.translate("NumberFormat", "Not a number"))
        if not math.isfinite(value):
            return Parsed(None, QCoreApplication.translate("NumberFormat", "Number too large"))
        return Parsed(value, "", note)


def _valid_grouping(whole: str, sep: str) -> bool:
    parts = whole.split(sep)
    if not parts[0] or len(parts[0]) > 3:
        return False
    return all(len(p) == 3 for p in parts[1:])
