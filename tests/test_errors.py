"""Errors as data: every UnitError carries a stable code, named details and a span, the
table in docs/errors.md is the core's, and the refusals of silently wrong answers hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import embedded_unit_converter as euc

DOC = Path(__file__).resolve().parents[1] / "docs" / "errors.md"


def raised(text: str) -> euc.UnitError:
    with pytest.raises(euc.UnitError) as info:
        euc.evaluate(text)
    return info.value


def test_the_documented_table_is_the_cores():
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \| ([^|]*) \|", DOC.read_text(encoding="utf-8"), re.M)
    documented = [(code, kind, tuple(re.findall(r"`(\w+)`", details))) for code, kind, details in rows]
    assert documented == euc.error_codes()
    kinds = {"unknown_unit", "incompatible", "syntax", "invalid_number", "definition", "rates_unavailable"}
    assert {kind for _, kind, _ in documented} <= kinds


@pytest.mark.parametrize(
    "text, code, kind, details, span",
    [
        ("5 meterz to ft", "unknown_unit", "unknown_unit", {"name": "meterz"}, (2, 8)),
        ("5 kg to m", "incompatible_units", "incompatible",
         {"from": "5 kilogram", "from_dimension": "mass", "to": "m", "to_dimension": "length"}, (8, 9)),
        ("1e99999 m", "number_too_large", "invalid_number", {"text": "1e99999"}, (0, 7)),
        ("2 * 1.2.3 m", "multiple_decimal_points", "invalid_number", {"text": "1.2.3"}, (4, 9)),
        ("(5 m", "unclosed_parenthesis", "syntax", {"position": 1}, (0, 1)),
        ("5 m to", "missing_target", "syntax", {}, (4, 4)),
        ("", "empty_text", "syntax", {}, (0, 0)),
        ("5 m & 3", "unexpected_character", "syntax", {"character": "&", "position": 5}, (4, 5)),
        ("x" * 1001, "text_too_long", "syntax", {"length": 1001, "limit": 1000}, None),
        ("1.8 m to ft;;in", "empty_mixed_part", "syntax", {}, (11, 12)),
        ("5 m + 2 s", "cannot_add", "incompatible", {"left": "length", "right": "time"}, None),
        ("2 degC * 3", "temperature_product", "incompatible", {"unit": "degC"}, (2, 6)),
        ("-500 degC to K", "below_absolute_zero", "invalid_number", {"unit": "degC"}, (5, 9)),
        ("1e308 m3 to L", "result_too_large", "invalid_number", {}, None),
        ("1 m / 0", "division_by_zero", "invalid_number", {}, None),
    ],
)
def test_errors_carry_code_details_and_span(text, code, kind, details, span):
    e = raised(text)
    assert (e.code, e.kind, e.details, e.span) == (code, kind, details, span)
    assert isinstance(e, ValueError) and str(e)
    if span is not None:
        assert text[span[0]:span[1]] == e.offending


def test_a_unit_id_works_wherever_a_name_does():
    assert euc.convert(1, "russian_vedro", "L") == euc.convert(1, "vedro", "L")
    assert euc.convert(1, "kilometer", "meter") == 1000.0
    for category in euc.categories():
        for unit in category.units:
            assert euc.convert(1, unit.id, unit.symbol) == pytest.approx(1.0, rel=1e-12), unit.id


def test_quantity_to_is_the_cores_conversion():
    q = euc.evaluate("5 ft 3 in")
    mm = q.to("mm")
    assert (mm.value, mm.unit, mm.interpretation, str(mm)) == (1600.2, "mm", "5 foot + 3 inch", "1600.2 mm")
    with pytest.raises(euc.UnitError) as info:
        q.to("kg")
    assert info.value.code == "incompatible_units"


def test_unit_search_ranks_the_listed_prefixed_forms_and_the_category_first():
    assert [u.id for u in euc.find_units("km", 1)] == ["kilometer"]
    assert [u.id for u in euc.find_units("MiB", 1)] == ["mebibyte"]
    assert [u.id for u in euc.find_units("kcal", 1)] == ["kilocalorie"]
    assert euc.find_units("miles/h", 1)[0].id == "mile_per_hour"
    # Equal matches: the category asked for comes first.
    assert euc.find_units("m", 1, "length")[0].category == "length"


@pytest.mark.parametrize("text", ["2 degC * 3", "100 degC / 2", "degC*3", "(20 degC)^2", "3 * 2 degF"])
def test_an_absolute_temperature_does_not_multiply(text):
    assert raised(text).code == "temperature_product"


@pytest.mark.parametrize("text, expected", [
    ("1 J/(kg*degC) to J/(kg*K)", 1.0),
    ("2 deltaC * 3 to deltaC", 6.0),
    ("2 K * 3 to K", 6.0),
    ("-273.15 degC to K", 0.0),
    ("-40 degF to degC", -40.0),
])
def test_kelvin_differences_and_compound_units_multiply_as_before(text, expected):
    assert euc.evaluate(text).value == expected


@pytest.mark.parametrize("text", ["-500 degC to K", "-5 K to degC", "-460 degF", "600 degDe to K"])
def test_below_absolute_zero_is_refused(text):
    assert raised(text).code == "below_absolute_zero"


@pytest.mark.parametrize("args, code", [
    ((1e308, "km", "m"), "result_too_large"),
    ((0.0, "mpg", "L/100km"), "division_by_zero"),
    ((-500.0, "degC", "K"), "below_absolute_zero"),
    ((600.0, "degDe", "degC"), "below_absolute_zero"),
    ((float("inf"), "m", "ft"), "not_finite"),
])
def test_a_scalar_that_is_not_finite_or_below_absolute_zero_is_refused(args, code):
    with pytest.raises(euc.UnitError) as info:
        euc.convert(*args)
    assert info.value.code == code
