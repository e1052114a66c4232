"""View models and helpers, without QML."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st
from PySide6.QtCore import QLocale

import embedded_unit_converter as euc

from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.formatting import NumberFormat
from embedded_unit_converter.gui.models import AllUnitsModel, CategoryModel, UnitModel
from embedded_unit_converter.gui.settings import Settings


@pytest.fixture
def conv(qapp, settings_path):
    c = Converter(settings_path=settings_path)
    c.setProperty("categoryIndex", 0)
    return c


def fmt(locale="en_US", **kw):
    f = NumberFormat(QLocale(locale))
    for k, v in kw.items():
        setattr(f, k, v)
    return f


# -- formatting ---------------------------------------------------------------------------

@pytest.mark.parametrize("value,text", [
    (3.7854117839999997, "3.785411784"),
    (0.1 + 0.2, "0.3"),
    (1234567.891, "1,234,567.891"),
    (-0.0, "0"),
    (1e20, "1e20"),
    (1.5e-9, "1.5e-9"),
    (math.inf, ""),
    (math.nan, ""),
])
def test_default_format_has_no_float_noise(value, text):
    assert fmt().format(value) == text


def test_notations_and_grouping():
    assert fmt(notation="fixed", decimals=2).format(2.0 / 3) == "0.67"
    assert fmt(notation="scientific", significant=4).format(12345.6) == "1.235e4"
    assert fmt(notation="engineering", significant=4).format(12345.6) == "12.35e3"
    assert fmt(notation="engineering", significant=3).format(0.00012) == "120e-6"
    assert fmt(grouping=False).format(1234567.0) == "1234567"


def test_locale_decimal_separator():
    assert fmt("de_DE").format(1234.5) == "1.234,5"
    assert fmt("de_DE").parse("1,5").value == 1.5


@pytest.mark.parametrize("text,value", [
    ("1.5", 1.5), ("1,5", 1.5), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("-2", -2.0),
    ("\u22122", -2.0), (".5", 0.5), ("1e3", 1000.0), ("12 345.6", 12345.6),
])
def test_parse_accepts_both_separators(text, value):
    assert fmt().parse(text).value == value


def test_ambiguous_thousands_are_never_silent():
    parsed = fmt().parse("1,500")
    assert parsed.value == 1500 and "1,500" in parsed.note
    parsed = fmt("de_DE").parse("1.500")
    assert parsed.value == 1500 and parsed.note


@pytest.mark.parametrize("text,error", [
    ("abc", "Not a number"), ("1e99999", "Number too large"), ("1,2,3", "Unclear number"),
    ("1.2.3", "Unclear number"), ("--1", "Not a number"), ("e5", "Not a number"),
])
def test_parse_rejects_with_a_reason(text, error):
    parsed = fmt().parse(text)
    assert parsed.value is None and parsed.error.startswith(error)


def test_parse_empty_is_no_value_and_no_error():
    assert fmt().parse("   ") .value is None and fmt().parse("").error == ""


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_parse_never_raises(text):
    parsed = fmt().parse(text)
    assert parsed.value is None or math.isfinite(parsed.value)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300),
       st.sampled_from(["en_US", "de_DE", "fr_FR"]),
       st.sampled_from(["auto", "scientific", "engineering"]))
def test_format_then_parse_round_trips_to_the_shown_precision(value, locale, notation):
    f = fmt(locale, notation=notation, significant=15)
    parsed = f.parse(f.format(value))
    assert parsed.error == ""
    assert parsed.value == pytest.approx(value, rel=1e-13, abs=1e-300)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300),
       st.integers(min_value=1, max_value=17))
def test_decimal_places_agree_with_the_decimal_module(value, significant):
    # formatting reads the places from the text instead of importing decimal at start-up.
    from decimal import Decimal

    from embedded_unit_converter.gui.formatting import _decimal_places

    for text in (euc.format_value(value, significant), format(value, f".{significant - 1}e")):
        assert _decimal_places(text) == max(0, -Decimal(text).normalize().as_tuple().exponent), text


# -- models -------------------------------------------------------------------------------

def test_category_model_lists_common_first(qapp):
    m = CategoryModel()
    assert m.rowCount() > 5
    assert m.get(0, "categoryId") == "length"
    assert m.indexOf("speed") >= 0 and m.indexOf("nope") == -1


@pytest.mark.parametrize("query", ["mph", "mile per hour", "miles/h"])
def test_unit_model_filter_is_typo_tolerant(qapp, query):
    m = UnitModel()
    m.set_category("length")
    m.setProperty("filter", query)
    assert m.get(0, "unitId") == "mile_per_hour"
    assert m.get(0, "inCategory") is False


def test_unit_model_without_filter_lists_the_category(qapp):
    m = UnitModel()
    m.set_category("temperature")
    ids = [m.get(i, "unitId") for i in range(m.rowCount())]
    assert "degree_celsius" in ids or any("celsius" in i for i in ids)


def test_unit_lists_made_on_first_read_follow_every_change_before_it(qapp):
    # The pickers' lists and the all-units rows are made when first read; what changed
    # before that (category, target, filter, value) is in them all the same.
    picker = UnitModel()
    picker.set_category("length")
    picker.set_category("mass")
    assert "kilogram" in [row["unitId"] for row in picker.rows()] and "meter" not in [row["unitId"] for row in picker.rows()]
    inserted = []
    picker.rowsInserted.connect(lambda *args: inserted.append(1))
    picker.set_category("length")  # read before: the change reaches the view as rows
    assert inserted and "meter" in [picker.get(i, "unitId") for i in range(picker.rowCount())]

    every = AllUnitsModel()
    every.set_formatter(fmt().format)
    every.set_category("length")
    every.set_target("foot")
    every.set_source(1.0, "m")
    every.setProperty("filter", "fo")
    rows = {every.get(i, "unitId"): (every.get(i, "value"), every.get(i, "isTarget")) for i in range(every.rowCount())}
    assert rows["foot"] == ("3.280839895", True) and "meter" not in rows


def test_all_units_model_updates_values_without_resetting_rows(qapp):
    m = AllUnitsModel()
    m.set_formatter(fmt().format)
    m.set_category("length")
    assert m.rowCount() > 100  # a view reads the rows (they are made on first read)
    resets, changes = [], []
    m.modelReset.connect(lambda: resets.append(1))
    m.dataChanged.connect(lambda a, b, roles: changes.append(list(roles)))
    m.set_source(1.0, "km")
    m.set_source(2.0, "km")
    assert resets == [] and changes == [[m.role("value")]] * 2
    values = {m.get(i, "unitId"): m.get(i, "value") for i in range(m.rowCount())}
    assert values["meter"] == "2,000"
    m.setProperty("filter", "foot")
    assert resets == [] and "foot" in [m.get(i, "unitId") for i in range(m.rowCount())]
    assert "meter" not in [m.get(i, "unitId") for i in range(m.rowCount())]


def test_every_unit_the_window_lists_converts_by_its_id(qapp):
    # The window hands the core unit ids; each must name its own unit, not another unit
    # that has that text as a symbol or name.
    wrong = []
    for category in euc.categories():
        for unit in category.units:
            try:
                ratio = euc.convert(1.0, unit.id, unit.symbol)
            except euc.UnitError as exc:
                wrong.append((unit.id, str(exc)))
                continue
            if not math.isclose(ratio, 1.0, rel_tol=1e-12):
                wrong.append((unit.id, ratio))
    assert wrong == []


def test_all_units_values_come_from_the_picked_unit_ids(qapp):
    m = AllUnitsModel()
    m.set_formatter(fmt().format)
    m.set_category("acceleration")
    m.set_source(1.0, "meter_per_second_squared")
    values = {m.get(i, "unitId"): m.get(i, "value") for i in range(m.rowCount())}
    galileo = next(u.id for c in euc.categories() for u in c.units if u.symbol == "Gal")
    assert values[galileo] == "100"


@pytest.mark.parametrize("old,new", [([], [1, 2]), ([1, 2, 3], [1, 3]), ([1, 2, 3], [4]), ([1, 2], [1, 2, 2]),
                                     ([1, 2, 3, 4], [2, 3]), ([5, 1, 5], [5, 5])])
def test_row_updates_are_minimal_and_end_in_the_new_rows(qapp, old, new):
    m = AllUnitsModel()
    m._set_rows([{"label": str(v)} for v in old])
    m._set_rows([{"label": str(v)} for v in new])
    assert [m.get(i, "label") for i in range(m.rowCount())] == [str(v) for v in new]


# -- converter ----------------------------------------------------------------------------

def test_converter_live_both_directions(conv):
    conv.chooseFromUnit("mile")
    conv.chooseToUnit("kilometer")
    conv.setProperty("fromText", "1")
    assert conv.property("toText") == "1.609344"
    conv.setProperty("toText", "1")
    assert conv.property("fromText") == "0.6213711922"


def test_converter_swap_keeps_the_typed_value(conv):
    conv.chooseFromUnit("meter")
    conv.chooseToUnit("centimeter")
    conv.setProperty("fromText", "2")
    conv.swap()
    assert (conv.property("fromUnit"), conv.property("toUnit")) == ("centimeter", "meter")
    assert conv.property("fromText") == "2" and conv.property("toText") == "0.02"


def test_converter_category_change_picks_valid_units(conv):
    conv.setProperty("categoryIndex", conv.property("categories").indexOf("temperature"))
    assert conv.property("categoryId") == "temperature"
    assert conv.property("fromUnit") != conv.property("toUnit")
    conv.setProperty("fromText", "100")
    expected = euc.convert(100.0, conv.property("fromUnit"), conv.property("toUnit"))
    assert float(conv.property("toText")) == pytest.approx(expected, rel=1e-9)
    assert (conv.property("fromUnit"), conv.property("toText")) == ("degree_celsius", "212")


def test_picking_a_unit_of_another_kind_switches_category(conv):
    conv.chooseToUnit("mile_per_hour")
    assert conv.property("categoryId") == "speed"
    assert conv.property("toUnit") == "mile_per_hour"


def test_converter_invalid_input_never_raises(conv):
    for text in ["", "abc", "1e99999", "1,2,3", "\x00", "9" * 400]:
        conv.setProperty("fromText", text)
        assert conv.property("toText") == "", text[:20]
    conv.setProperty("fromText", "1e300")
    assert (conv.property("fromUnit"), conv.property("toUnit")) == ("meter", "kilometer")
    assert conv.property("toText") == "1e297" and not conv.property("toError")
    conv.chooseFromUnit("kilometer")
    conv.chooseToUnit("millimeter")
    conv.setProperty("fromText", "1e308")
    assert conv.property("toText") == "" and conv.property("toError")


def test_precision_reformats_everything(conv):
    conv.chooseFromUnit("mile")
    conv.chooseToUnit("kilometer")
    conv.setProperty("fromText", "1")
    conv.setProperty("significant", 3)
    assert conv.property("toText") == "1.61"
    conv.setProperty("notationIndex", 1)
    conv.setProperty("decimals", 1)
    assert conv.property("toText") == "1.6"


def test_favourites_and_recents(conv):
    conv.chooseFromUnit("foot")
    conv.chooseToUnit("meter")
    conv.toggleFavourite()
    assert conv.property("isFavourite")
    assert conv.property("favourites").rowCount() == 1
    conv.setProperty("fromText", "6")
    conv.recordRecent()
    recents = conv.property("recents")
    assert recents.get(0, "fromText") == "6"
    conv.chooseFromUnit("inch")
    conv.applySaved("foot", "meter", "6")
    assert conv.property("fromUnit") == "foot" and conv.property("toText") == "1.8288"


def test_expression_view_model(conv):
    e = conv.property("expression")
    e.setProperty("text", "100 km/h in mph")
    assert e.property("result") == "62.13711922 mph"
    e.setProperty("text", "1/2 cup to mL")
    assert e.property("result").endswith("mL") and e.property("error") == ""
    e.setProperty("text", "5 ft to kg")
    assert e.property("result") == "" and e.property("error")
    e.setProperty("text", "5 fot to cm")
    e.applySuggestion("ft")
    assert e.property("text") == "5 ft to cm" and e.property("result") == "152.4 cm"


def test_expression_reads_decimal_comma_in_such_locales(qapp, settings_path):
    QLocale.setDefault(QLocale("de_DE"))
    try:
        c = Converter(settings_path=settings_path)
        e = c.property("expression")
        e.setProperty("text", "1,5 m to cm")
        assert e.property("result") == "150 cm"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_settings_values_are_checked_one_by_one(qapp, tmp_path):
    path = tmp_path / "s.ini"
    path.write_text("[General]\nsignificant=99\ntheme=dark\nnotation=weird\nfavourites=[1, 2\n")
    s = Settings(str(path))
    assert s.value("significant") == 10
    assert s.value("theme") == "dark"
    assert s.value("notation") == "auto"
    assert s.value("favourites") == []
