"""The Python face of the core: the contract in the design guide, section 2."""

import array

import numpy as np
import pytest

import embedded_unit_converter as euc


def test_convert_scalar_is_exact_where_the_definition_is():
    assert euc.convert(1, "mi", "km") == 1.609344
    assert euc.convert(1, "gal", "L") == 3.785411784
    assert euc.convert(100, "degC", "degF") == 212
    assert euc.convert(-40, "°F", "°C") == -40
    assert isinstance(euc.convert(1, "m", "ft"), float)


def test_unit_expressions():
    assert euc.convert(36, "km/h", "m/s") == 10
    assert euc.convert(1, "kg*m/s^2", "N") == 1
    assert euc.convert(1, "m²", "cm^2") == 10000
    assert euc.convert(1, "µm", "um") == 1
    assert euc.convert(1, "MiB", "KiB") == 1024
    assert euc.convert(1, "GB", "MB") == 1000


def test_convert_numpy_array_and_buffer():
    values = np.array([0.0, 1.0, 2.5])
    out = euc.convert(values, "km", "m")
    assert isinstance(out, np.ndarray)
    assert out.tolist() == [0.0, 1000.0, 2500.0]
    assert values.tolist() == [0.0, 1.0, 2.5], "the input is not modified"
    out = euc.convert(array.array("d", [0.0, 100.0]), "degC", "K")
    assert out.tolist() == [273.15, 373.15]
    strided = np.arange(10.0)[::2]
    assert euc.convert(strided, "m", "cm").tolist() == [0.0, 200.0, 400.0, 600.0, 800.0]


def test_evaluate_quantity():
    q = euc.evaluate("5 ft 3 in to cm")
    assert str(q) == "160.02 cm"
    assert q.value == pytest.approx(160.02)
    assert q.unit == "cm"
    assert q.interpretation == "5 foot + 3 inch"
    assert str(euc.evaluate("100 km/h to mph")) == "62.1371192237334 mph"
    assert str(euc.evaluate("3*4 m")) == "12 m"
    assert str(euc.evaluate("1/2 cup to mL")) == "118.29411825 mL"
    assert str(euc.evaluate("1.8 m to ft;in")) == "5 ft 10.87 in"
    assert euc.evaluate("1.8 m to ft;in").parts[0] == (5.0, "ft")


def test_quantity_to():
    q = euc.evaluate("5 ft 3 in").to("cm")
    assert str(q) == "160.02 cm"
    assert euc.evaluate("100 degC").to("degF").value == 212


@pytest.mark.parametrize(
    "text, kind",
    [
        ("5 meterz to ft", "unknown_unit"),
        ("5 kg to m", "incompatible"),
        ("5 ft to", "syntax"),
        ("", "syntax"),
        ("abc def ghi", "unknown_unit"),
        ("1e99999 m", "invalid_number"),
        ("5 m to s", "incompatible"),
    ],
)
def test_errors_are_unit_errors_with_a_kind(text, kind):
    with pytest.raises(euc.UnitError) as info:
        euc.evaluate(text)
    assert info.value.kind == kind
    assert isinstance(info.value, ValueError)
    assert str(info.value)


def test_unknown_unit_suggests():
    with pytest.raises(euc.UnitError) as info:
        euc.convert(1, "meterz", "ft")
    assert "meter" in info.value.suggestions
    assert "Did you mean" in str(info.value)


def test_incompatible_names_both_sides():
    with pytest.raises(euc.UnitError, match="length vs mass"):
        euc.convert(1, "m", "kg")


def test_categories_and_units():
    cats = euc.categories()
    assert len(cats) >= 8
    length = next(c for c in cats if c.id == "length")
    assert length.name == "Length"
    symbols = [u.symbol for u in length.units]
    assert symbols[0] == "m" and "km" in symbols and "ft" in symbols
    km = next(u for u in length.units if u.symbol == "km")
    assert (km.name, km.category) == ("kilometer", "length")
    for u in length.units:
        assert euc.convert(1, u.symbol, "m") > 0


def test_find_units_forgives_typos():
    for text in ["mph", "mile per hour", "miles/h", "mile per hr"]:
        assert euc.find_units(text)[0].id == "mile_per_hour", text
    assert euc.find_units("metr")[0].id == "meter"
    assert euc.find_units("") == []
    assert len(euc.find_units("m", limit=3)) <= 3


def test_version():
    assert euc.__version__.count(".") >= 2
