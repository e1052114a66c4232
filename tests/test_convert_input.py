"""What `convert()` takes and what it gives back: real numbers and real-valued arrays, with
their shapes kept; everything else is refused with a clear TypeError or UnitError."""

import array
import decimal
import enum
import fractions
import math
from fractions import Fraction
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

import embedded_unit_converter as euc


class Count(enum.IntEnum):
    THREE = 3


@pytest.mark.parametrize(
    "value, expected",
    [
        (2, 2000.0),
        (2.5, 2500.0),
        (-3, -3000.0),
        (Count.THREE, 3000.0),
        (fractions.Fraction(1, 4), 250.0),
        (decimal.Decimal("1.5"), 1500.0),
        (2**60, 2.0**60 * 1000),
    ],
)
def test_real_numbers_give_a_python_float(value, expected):
    result = euc.convert(value, "km", "m")
    assert type(result) is float
    assert result == expected


@pytest.mark.parametrize("value", [np.float64(3), np.float32(3), np.float16(3), np.int64(3), np.uint8(3), np.longdouble(3)])
def test_numpy_scalars_give_a_float64_scalar(value):
    result = euc.convert(value, "km", "m")
    assert type(result) is np.float64
    assert result == 3000.0


def test_arrays_keep_their_shape():
    zero_d = euc.convert(np.array(5.0), "km", "m")
    assert isinstance(zero_d, np.ndarray) and zero_d.shape == () and zero_d[()] == 5000.0
    grid = np.arange(6.0).reshape(2, 3)
    out = euc.convert(grid, "m", "cm")
    assert out.shape == (2, 3) and out.tolist() == [[0, 100, 200], [300, 400, 500]]
    column = np.asfortranarray(grid)
    assert euc.convert(column, "m", "cm").tolist() == out.tolist()
    assert euc.convert(np.empty((0, 4)), "m", "cm").shape == (0, 4)


@pytest.mark.parametrize("dtype", ["int8", "int64", "uint16", "float16", "float32", "float64"])
def test_integer_and_narrow_arrays_convert_as_float64(dtype):
    out = euc.convert(np.array([1, 2], dtype=dtype), "km", "m")
    assert out.dtype == np.float64
    assert out.tolist() == [1000.0, 2000.0]


def test_buffers_and_sequences_of_numbers():
    assert euc.convert(array.array("d", [1.5]), "km", "m").tolist() == [1500.0]
    assert euc.convert(array.array("i", [1, 2]), "km", "m").tolist() == [1000.0, 2000.0]
    assert euc.convert(memoryview(array.array("d", [0.0, 100.0])), "degC", "K").tolist() == [273.15, 373.15]
    assert euc.convert([1, 2.5], "km", "m").tolist() == [1000.0, 2500.0]
    assert euc.convert(((1,), (2,)), "km", "m").shape == (2, 1)


def test_masked_arrays_keep_their_mask():
    values = np.ma.masked_array([1.0, 2.0, 3.0], mask=[False, True, False])
    out = euc.convert(values, "km", "m")
    assert isinstance(out, np.ma.MaskedArray)
    assert out.mask.tolist() == [False, True, False]
    assert out.compressed().tolist() == [1000.0, 3000.0]
    out.mask[0] = True
    assert values.mask.tolist() == [False, True, False], "the result's mask is its own"
    unmasked = euc.convert(np.ma.masked_array([1.0, 2.0]), "km", "m")
    assert isinstance(unmasked, np.ma.MaskedArray) and not unmasked.mask.any()


@pytest.mark.parametrize(
    "value, named",
    [
        (None, "NoneType"),
        ("5", "str"),
        (b"5", "bytes"),
        (bytearray(b"5"), "bytearray"),
        (1 + 2j, "complex"),
        (True, "bool"),
        (np.bool_(True), "bool"),
        (np.complex128(1), "complex128"),
        (np.str_("5"), "str_"),
        (np.datetime64("2020-01-01"), "datetime64"),
        ({}, "dict"),
        (object(), "object"),
        (np.array([1 + 1j]), "complex128"),
        (np.array(["5"]), "<U1"),
        (np.array([None]), "object"),
        (np.array([True, False]), "bool"),
        ([None, 1.0], "object"),
        (["1", "2"], "<U1"),
        (np.array([1], dtype="timedelta64[s]"), "timedelta64"),
    ],
)
def test_what_is_not_a_real_number_is_a_type_error(value, named):
    with pytest.raises(TypeError, match="real number") as info:
        euc.convert(value, "km", "m")
    assert named in str(info.value)
    assert not isinstance(info.value, euc.UnitError)


def test_text_is_pointed_to_evaluate():
    with pytest.raises(TypeError, match="evaluate"):
        euc.convert("5", "km", "m")


def test_ragged_sequences_are_a_type_error():
    with pytest.raises(TypeError, match="real number"):
        euc.convert([[1, 2], [3]], "km", "m")


def test_the_quantity_of_evaluate_is_not_a_number_to_convert():
    # It carries its own unit: Quantity.to() is the way.
    with pytest.raises(TypeError, match="Quantity"):
        euc.convert(euc.evaluate("1 m"), "m", "ft")


@pytest.mark.parametrize(
    "value",
    [10**400, -(10**400), 10**5000, fractions.Fraction(10**400, 3), decimal.Decimal("1e400"), decimal.Decimal("-1e400")],
    ids=["1e400", "-1e400", "1e5000", "fraction", "decimal", "-decimal"],
)
def test_a_number_too_large_for_a_float_is_an_invalid_number(value):
    with pytest.raises(euc.UnitError) as info:
        euc.convert(value, "m", "km")
    assert (info.value.kind, info.value.code) == ("invalid_number", "number_too_large")
    assert "too large" in str(info.value)
    assert set(info.value.details) == {"text"} and info.value.span is None


@pytest.mark.parametrize(
    "value, shown", [(10**400, "1e400"), (-3 * 10**400, "-3e400"), (10**400 - 1, "9.99e399"), (10**5000, "1e5000")],
    ids=["1e400", "-3e400", "nines", "1e5000"],
)
def test_a_too_large_int_is_named_briefly_in_the_cores_words(value, shown):
    with pytest.raises(euc.UnitError) as info:
        euc.convert(value, "m", "km")
    assert str(info.value).startswith(f"The number {shown} is too large.")
    assert info.value.offending == shown
    assert info.value.details == {"text": shown}


def test_a_too_large_result_and_a_zero_reciprocal_use_the_cores_words():
    with pytest.raises(euc.UnitError, match=r"^The result is too large to represent") as info:
        euc.convert(1e308, "km", "m")
    assert info.value.code == "result_too_large"
    with pytest.raises(euc.UnitError, match=r"^Division by zero\.") as info:
        euc.convert(0, "mpg", "L/100km")
    assert info.value.code == "division_by_zero"
    for value in [float("nan"), float("-inf"), np.float32("nan")]:
        with pytest.raises(euc.UnitError) as info:
            euc.convert(value, "m", "ft")
        assert info.value.code == "not_finite"
        text = info.value.details["text"]
        assert text.lower() == repr(float(value))
        assert str(info.value) == f"{text} is not a finite number."


@pytest.mark.parametrize(
    "value, from_unit, to_unit",
    [
        (1e308, "km", "m"),
        (-1e308, "km", "m"),
        (0, "mpg", "L/100km"),
        (float("nan"), "m", "ft"),
        (float("inf"), "m", "ft"),
        (decimal.Decimal("NaN"), "m", "ft"),
        (decimal.Decimal("-Infinity"), "m", "ft"),
        (np.float64(1e308), "km", "m"),
        (np.float32("inf"), "m", "ft"),
    ],
)
def test_a_scalar_result_that_is_not_finite_is_an_invalid_number(value, from_unit, to_unit):
    with pytest.raises(euc.UnitError) as info:
        euc.convert(value, from_unit, to_unit)
    assert info.value.kind == "invalid_number"
    assert info.value.code in {"result_too_large", "division_by_zero", "not_finite"}
    assert info.value.suggestions == [] and info.value.span is None
    assert str(info.value).endswith(".")


def test_arrays_keep_ieee_behaviour():
    out = euc.convert(np.array([1e308, np.inf, np.nan, 1.0]), "km", "m")
    assert out[0] == np.inf and out[1] == np.inf and np.isnan(out[2]) and out[3] == 1000.0
    assert euc.convert(np.array([0.0]), "mpg", "L/100km")[0] == np.inf
    assert euc.convert(np.array(1e308), "km", "m")[()] == np.inf


def test_signalling_nan_decimal_is_an_invalid_number():
    with pytest.raises(euc.UnitError) as info:
        euc.convert(decimal.Decimal("sNaN"), "m", "ft")
    assert (info.value.kind, info.value.code) == ("invalid_number", "not_a_number")


def test_unit_errors_still_win_for_valid_numbers():
    for value in [1.0, 1, np.float32(1), np.array([1.0])]:
        with pytest.raises(euc.UnitError) as info:
            euc.convert(value, "meterz", "ft")
        assert info.value.kind == "unknown_unit"


def test_the_scalar_path_does_not_load_numpy():
    import subprocess

    code = (
        "import sys, fractions, decimal, embedded_unit_converter as e\n"
        "e.convert(1.5, 'm', 'ft'); e.convert(2, 'm', 'ft'); e.convert(fractions.Fraction(1, 2), 'm', 'ft')\n"
        "e.convert(decimal.Decimal('2'), 'm', 'ft')\n"
        "for bad in (None, '5', 1j, True):\n"
        "    try: e.convert(bad, 'm', 'ft')\n"
        "    except TypeError: pass\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "False\n"


@settings(max_examples=200, deadline=None)
@given(
    arrays(
        dtype=st.sampled_from([np.float64, np.float32, np.int64, np.int16, np.uint8]),
        shape=array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4),
    ),
    st.sampled_from([("ft", "m"), ("degC", "degF"), ("mpg", "L/100km")]),
)
def test_an_array_converts_like_its_elements_one_by_one(values, units):
    out = euc.convert(values, *units)
    assert isinstance(out, np.ndarray) and out.shape == values.shape and out.dtype == np.float64
    for index in np.ndindex(values.shape):
        x = float(values[index])
        try:
            expected = euc.convert(x, *units)
        except euc.UnitError as e:
            # Arrays keep IEEE values and do not check temperatures against absolute zero.
            assert not np.isfinite(out[index]) or not np.isfinite(x) or e.code == "below_absolute_zero", (
                x, out[index], e.code)
        else:
            assert out[index] == expected or (expected == 0 and out[index] == 0), (x, out[index], expected)


# 1 L/100 km is 100·3.785411784/1.609344 mpg (US gallon 231 in³ = 3.785411784 L, mile
# 1.609344 km): exact fractions, independent of the core's data.
MPG_TIMES_L_PER_100KM = Fraction(3785411784, 16093440)


@pytest.mark.parametrize(
    "units, exact",
    [
        (("mi", "km"), lambda x: x * Fraction(1609344, 10**6)),
        (("degC", "degF"), lambda x: x * Fraction(9, 5) + 32),
        (("degF", "K"), lambda x: (x - 32) * Fraction(5, 9) + Fraction(27315, 100)),
        (("L/100km", "mpg"), lambda x: MPG_TIMES_L_PER_100KM / x),
        (("mpg", "L/100km"), lambda x: MPG_TIMES_L_PER_100KM / x),
    ],
    ids=["linear", "affine", "affine-shifted", "reciprocal", "reciprocal-back"],
)
def test_arrays_agree_with_single_values_and_exact_fractions(units, exact):
    values = np.array([1.0, 2.0, 0.5, 3.75, 12.5, 98.6, 100.0, 250.0, 1e-3, 4e5, -40.0])
    if units[0] in ("L/100km", "mpg"):
        values = np.abs(values)
    out = euc.convert(values, *units)
    assert out.shape == values.shape and out.dtype == np.float64
    for x, y in zip(values.tolist(), out.tolist()):
        assert y == euc.convert(x, *units), (x, units)
        want = float(exact(Fraction(x)))
        # Linear and reciprocal: one rounded constant, one rounded operation; affine results
        # are rounded once from the exact constants.
        assert abs(y - want) <= math.ulp(want), (x, units, y, want)
