"""The choices a person has for showing numbers and the window's look, in one place: the
command line's --digits, the window's settings file and its view model all follow these.

Plain tuples and one function: the command line imports this, and its start-up counts.
"""

from __future__ import annotations

# A double has at most 17 significant digits; fewer than 1 says nothing.
SIGNIFICANT_DIGITS = (1, 17)
# Decimals in fixed notation: past 15, a double's digits are noise for everyday values.
DECIMALS = (0, 15)
# "system" follows the desktop's colour scheme.
THEMES = ("system", "light", "dark")
# Which customary units the plain names gallon, pint, quart, fl oz, ton and cwt mean.
CUSTOMARY = ("us", "uk")
# Inches to the nearest 1/n in answers ("5 ft 6 15/16 in"); 0 keeps decimals.
INCH_FRACTIONS = (0, 2, 4, 8, 16, 32, 64)


def clamp(value: int, bounds: tuple[int, int]) -> int:
    """``value`` moved into the inclusive range ``bounds``."""
    low, high = bounds
    return max(low, min(high, int(value)))
