"""Locale-aware display and reading of numbers for the window.

Conversion, rounding without float noise and unit handling stay in the Rust core; this
module only decides how a float looks to a person (separators, notation, grouping) and
how a typed string becomes a float without silently changing its magnitude.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
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

    def _rounded(self, value: float, significant: int) -> Decimal:
        # The core rounds to significant digits without float noise (3.785411784, never
        # 3.7854117839999997); Decimal keeps that text exact while we lay it out.
        return Decimal(euc.format_value(value, significant))

    def _mantissa_exponent(self, value: float, significant: int, step: int) -> str:
        if value == 0:
            return self._localised_fixed(0.0, 0)
        # Python's "e" formatting rounds correctly from the binary value and copes with
        # subnormals, where dividing by a power of ten would underflow.
        mantissa_text, _, exp_text = format(value, f".{significant - 1}e").partition("e")
        mantissa, exponent = Decimal(mantissa_text), int(exp_text)
        shift = exponent % step
        mantissa, exponent = mantissa.scaleb(shift), exponent - shift
        decimals = max(0, -mantissa.normalize().as_tuple().exponent)
        mant = self._localised_fixed(float(mantissa), decimals)
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
        text = self._rounded(value, sig)
        decimals = max(0, -text.normalize().as_tuple().exponent)
        return self._localised_fixed(float(text), decimals)

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
