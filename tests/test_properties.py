"""Property-based tests: nothing anyone types may crash the core; conversions between
any two units of a category agree with independent references: GNU Units (through the
factors in tests/vectors/gnu_units.tsv) and exact fractions from the legal definitions
(Python's `fractions`); round trips come back."""

import math
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

import embedded_unit_converter as euc

CATEGORIES = euc.categories()
ERROR_CODES = {code: kind for code, kind, _details in euc.error_codes()}
ALL_SYMBOLS = [u.symbol for c in CATEGORIES for u in c.units]
PIECES = ALL_SYMBOLS + ["to", "in", "->", "*", "/", "^", "(", ")", ";", "+", "-", "1/2", "e", ".", "²", "·", " "]

typed_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(PIECES), st.integers(-10**30, 10**30).map(str), st.floats().map(repr)), max_size=12).map(" ".join),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_text)
def test_evaluate_never_crashes(text):
    try:
        q = euc.evaluate(text)
    except euc.UnitError as e:
        assert ERROR_CODES.get(e.code) == e.kind, (text, e.code, e.kind)
        assert e.kind in {"unknown_unit", "incompatible", "syntax", "invalid_number"}
        assert str(e)
        assert isinstance(e.suggestions, list)
    else:
        assert isinstance(q.value, float) and math.isfinite(q.value), (text, q.value)
        assert str(q).strip()


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30), st.floats(allow_nan=False))
def test_convert_never_crashes(a, b, x):
    try:
        y = euc.convert(x, a, b)
    except euc.UnitError as e:
        assert ERROR_CODES.get(e.code) == e.kind, (a, b, x, e.code, e.kind)
        assert str(e)
        if math.isinf(x) and e.code != "not_finite":
            # An infinite value is refused as such once both units are known.
            assert e.kind in {"unknown_unit", "syntax", "incompatible"} or e.code == "zero_size_unit", (a, b, x, e.code)
    else:
        assert isinstance(y, float) and math.isfinite(y), (a, b, x, y)
        assert math.isfinite(x)
        if x == 0 and y != 0:
            # Only a shifted scale (a temperature) moves 0: then the map is not linear.
            one, two = euc.convert(1.0, a, b), euc.convert(2.0, a, b)
            assert two - one != one, (a, b, y, one, two)


def pairs_in_a_category():
    return st.sampled_from([c for c in CATEGORIES if len(c.units) >= 2]).flatmap(
        lambda c: st.tuples(st.sampled_from(c.units), st.sampled_from(c.units))
    )


def gnu_factors():
    """{our symbol: (base, size in the base)} from GNU Units' answers in gnu_units.tsv."""
    out = {}
    path = Path(__file__).parent / "vectors" / "gnu_units.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        value, from_unit, to_unit, expected, _origin = line.split("\t")
        if float(value) == 1:
            out[from_unit] = (to_unit, float(expected))
    return out


GNU = gnu_factors()
# Fuel economy and pace convert reciprocally, temperatures are shifted: sizes alone do not
# give their conversions (exact.tsv and the vectors hold those).
NOT_LINEAR = {"fuel_economy", "pace", "temperature"}
LINEAR_GNU_PAIRS = [
    (a, b)
    for c in CATEGORIES
    if c.id not in NOT_LINEAR
    for a in c.units
    for b in c.units
    if a.symbol in GNU and b.symbol in GNU and GNU[a.symbol][0] == GNU[b.symbol][0]
]


def test_there_are_gnu_pairs():
    assert len(GNU) > 300 and len(LINEAR_GNU_PAIRS) > 5000


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(LINEAR_GNU_PAIRS), st.floats(min_value=-1e12, max_value=1e12).filter(lambda v: abs(v) > 1e-9))
def test_any_two_units_agree_with_gnu_units(pair, value):
    """GNU Units gave each unit's size in the base; any pair must then follow from them."""
    a, b = pair
    expected = value * GNU[a.symbol][1] / GNU[b.symbol][1]
    got = euc.convert(value, a.symbol, b.symbol)
    assert math.isclose(got, expected, rel_tol=5e-12), (value, a.symbol, b.symbol, got, expected)


# Sizes fixed by law or standard, as exact fractions of the SI unit; independent of the
# core's data files (1959 yard and pound agreement, NIST Handbook 44, SI Brochure).
INCH = Fraction(254, 10000)
EXACT = {
    "length": {"m": Fraction(1), "in": INCH, "ft": 12 * INCH, "yd": 36 * INCH, "mi": 63360 * INCH,
               "km": Fraction(1000), "mm": Fraction(1, 1000), "nmi": Fraction(1852), "fur": 7920 * INCH},
    "mass": {"kg": Fraction(1), "lb": Fraction(45359237, 10**8), "oz": Fraction(45359237, 16 * 10**8),
             "g": Fraction(1, 1000), "st": 14 * Fraction(45359237, 10**8), "gr": Fraction(45359237, 7000 * 10**8)},
    "volume": {"m³": Fraction(1), "L": Fraction(1, 1000), "gal": 231 * INCH**3, "qt": 231 * INCH**3 / 4,
               "fl oz": 231 * INCH**3 / 128, "mL": Fraction(1, 10**6), "gal_imp": Fraction(454609, 10**8)},
    "time": {"s": Fraction(1), "min": Fraction(60), "h": Fraction(3600), "d": Fraction(86400), "wk": Fraction(604800)},
    "speed": {"m/s": Fraction(1), "km/h": Fraction(1000, 3600), "mph": 63360 * INCH / 3600, "kn": Fraction(1852, 3600)},
    "pressure": {"Pa": Fraction(1), "bar": Fraction(10**5), "atm": Fraction(101325), "psi": Fraction(45359237, 10**8) * Fraction(980665, 10**5) / INCH**2},
}
EXACT_PAIRS = [(cat, a, b) for cat, units in EXACT.items() for a in units for b in units]


def nearest_double_of(x):
    """The double nearest to the exact fraction `x` (float() rounds correctly)."""
    return float(x)


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(EXACT_PAIRS), st.integers(-10**9, 10**9), st.integers(0, 6))
def test_conversions_agree_with_exact_fractions(pair, mantissa, decimals):
    """A decimal value converted between units of exactly known size: within one unit in
    the last place of the exact result (the factor is rounded once, the product once)."""
    category, a, b = pair
    value = Fraction(mantissa, 10**decimals)
    x = float(value)
    exact = Fraction(x) * EXACT[category][a] / EXACT[category][b]
    want = nearest_double_of(exact)
    got = euc.convert(x, a, b)
    assert abs(got - want) <= math.ulp(want), (x, a, b, got, want)


@settings(max_examples=800, deadline=None)
@given(pairs_in_a_category(), st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda v: abs(v) > 1e-9))
def test_direct_conversion_agrees_with_going_through_base(pair, value):
    a, b = pair
    try:
        direct = euc.convert(value, a.symbol, b.symbol)
        base = next(c for c in CATEGORIES if c.id == a.category).units[0].symbol
        via = euc.convert(euc.convert(value, a.symbol, base), base, b.symbol)
    except euc.UnitError as e:
        # A temperature below absolute zero is refused; nothing else may be here.
        if e.code == "below_absolute_zero" and a.category == "temperature":
            return
        raise AssertionError(f"{a.symbol} -> {b.symbol}: {e}")
    if math.isinf(direct) or math.isinf(via):
        return
    # Shifted scales can cancel to nearly zero (-17.78 °C is about 0 °F), where the two
    # paths differ by a rounding of the offset, not relatively.
    near_zero = 1e-9 if a.category == "temperature" else 1e-300
    assert math.isclose(direct, via, rel_tol=1e-9, abs_tol=near_zero), (a.symbol, b.symbol, value, direct, via)


@settings(max_examples=500, deadline=None)
@given(pairs_in_a_category(), st.floats(min_value=1e-6, max_value=1e9))
def test_round_trip(pair, value):
    a, b = pair
    try:
        there = euc.convert(value, a.symbol, b.symbol)
    except euc.UnitError as e:
        # Colder than absolute zero (560 °De): refused, not converted.
        assert e.code == "below_absolute_zero" and a.category == "temperature", (a.symbol, b.symbol, value, e)
        return
    back = euc.convert(there, b.symbol, a.symbol)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-9)
