"""The category picker: its order (common first, then A-Z by shown name), its search,
and the searchable popup in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

import embedded_unit_converter as euc
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.models import CategoryChoiceModel, CategoryModel, _search_key
from embedded_unit_converter.gui.settings import Settings

COMMON = ["length", "mass", "volume", "temperature", "area", "speed", "time", "data", "energy",
          "pressure", "fuel_economy", "power"]


def _column(model, role: str) -> list:
    return [model.get(i, role) for i in range(model.rowCount())]


def _choices(model: CategoryModel, text: str) -> list[str]:
    choices = CategoryChoiceModel(model)
    choices.setProperty("filter", text)
    return _column(choices, "categoryId")


# -- order ---------------------------------------------------------------------------------

def _assert_common_then_alphabetical(m: CategoryModel) -> list[str]:
    ids, names, sections = _column(m, "categoryId"), _column(m, "name"), _column(m, "section")
    assert ids[:len(COMMON)] == COMMON
    others = names[len(COMMON):]
    assert others == sorted(others, key=_search_key), "not alphabetical by shown name"
    assert len(set(ids)) == len(ids) == m.rowCount()
    # One heading over the common categories, another over the rest.
    assert len(set(sections[:len(COMMON)])) == 1 and len(set(sections[len(COMMON):])) == 1
    assert sections[0] != sections[-1]
    return names[len(COMMON):]


def test_categories_list_common_first_then_alphabetically(qapp):
    m = CategoryModel()
    others = _assert_common_then_alphabetical(m)
    assert others[:3] == ["Absorbed dose", "Absorbed dose rate", "Acceleration"]
    assert others[-1] == "Wavenumber and lens power"
    assert m.get(0, "section") == "Common"
    assert m.get(len(COMMON), "section") == "Other categories"
    assert m.get(0, "common") is True and m.get(len(COMMON), "common") is False


def test_german_order_follows_the_german_names(german):
    m = CategoryModel()
    others = _assert_common_then_alphabetical(m)
    # Umlauts sort as their base letter: Äquivalentdosis between Anzahl and Beleuchtungsstärke.
    assert others[:5] == ["Aktivitätskonzentration", "Anzahl", "Äquivalentdosis",
                          "Äquivalentdosisleistung", "Beleuchtungsstärke"]
    assert others[-1] == "Winkelgeschwindigkeit"
    assert m.get(0, "section") == "Häufig"
    assert m.get(len(COMMON), "section") == "Weitere Kategorien"


def test_order_follows_a_language_change(qapp, german_catalogue):
    m = CategoryModel()
    choices = CategoryChoiceModel(m)
    choices.setProperty("filter", "")
    english = _column(m, "categoryId")
    qapp.installTranslator(german_catalogue)
    try:
        m.retranslate()
        german_ids = _column(m, "categoryId")
        assert german_ids != english and german_ids[:len(COMMON)] == COMMON
        assert _column(choices, "categoryId") == german_ids
        assert choices.get(0, "label") == "Länge"
    finally:
        qapp.removeTranslator(german_catalogue)
    m.retranslate()
    assert _column(m, "categoryId") == english


# -- search ----------------------------------------------------------------------------------

def test_choices_are_built_on_first_use_then_show_every_category_under_headings(qapp):
    m = CategoryModel()
    choices = CategoryChoiceModel(m)
    assert choices.rowCount() == 0  # nothing is built at start-up
    choices.setProperty("filter", "")
    assert _column(choices, "categoryId") == _column(m, "categoryId")
    assert _column(choices, "label") == _column(m, "name")
    assert _column(choices, "section") == _column(m, "section")


@pytest.mark.parametrize("text, first", [
    ("spee", "speed"), ("SPEED", "speed"), ("len", "length"), ("fuel", "fuel_economy"),
    ("eco", "fuel_economy"), ("fuel_economy", "fuel_economy"), ("rat", "ratio"),
    ("dens", "density"), ("t", "temperature"), ("data", "data"),
])
def test_search_in_english(qapp, text, first):
    found = _choices(CategoryModel(), text)
    assert found and found[0] == first, found


@pytest.mark.parametrize("text, first", [
    ("geschw", "speed"), ("Geschwindigkeit", "speed"), ("länge", "length"), ("lange", "length"),
    ("LÄNGE", "length"), ("flache", "area"), ("äquivalent", "equivalent_dose"),
    ("aquivalent", "equivalent_dose"), ("kraft", "fuel_economy"), ("druck", "pressure"),
    # English names and ids still find categories in German.
    ("spee", "speed"), ("fuel", "fuel_economy"), ("ti", "time"), ("torque", "torque"),
])
def test_search_in_german(german, text, first):
    found = _choices(CategoryModel(), text)
    assert found and found[0] == first, found


def test_search_ranks_name_starts_before_words_and_inner_text(german):
    m = CategoryModel()
    # Inside a compound word, after the name that starts with it.
    assert _choices(m, "geschw") == ["speed", "angular_velocity"]
    # Every match once; no headings in a ranked list.
    choices = CategoryChoiceModel(m)
    choices.setProperty("filter", "dichte")
    assert _column(choices, "categoryId")[0] == "density"
    assert set(_column(choices, "section")) == {""}
    assert _choices(m, "zzz") == []


# -- the converter ---------------------------------------------------------------------------

def test_choose_category_resets_units_and_saves(qapp, settings_path):
    c = Converter(settings_path=settings_path)
    c.chooseFromUnit("mile")
    c.setProperty("fromText", "2")
    c.chooseCategory("speed")
    assert c.property("categoryId") == "speed"
    by_index = Converter(settings_path=settings_path + ".other")
    by_index.setProperty("categoryIndex", by_index.property("categories").indexOf("speed"))
    assert (c.property("fromUnit"), c.property("toUnit")) == (by_index.property("fromUnit"),
                                                              by_index.property("toUnit"))
    # The typed 2 carries over into the new category's units.
    assert c.property("fromText") == "2"
    expected = euc.convert(2.0, c.property("fromUnit"), c.property("toUnit"))
    assert float(c.property("toText")) == pytest.approx(expected, rel=1e-9)
    c.chooseCategory("no_such_category")
    assert c.property("categoryId") == "speed"
    c.flush()
    saved = Settings(settings_path)
    assert saved.value("category") == "speed"
    assert saved.value("fromUnit") == c.property("fromUnit")


# -- the window ------------------------------------------------------------------------------

pick_cases = pytest.mark.parametrize("language, typed", [("en", "spee"), ("de", "geschw")])


@pytest.mark.gui
@pick_cases
def test_window_picks_a_category_by_search(request, open_window, settings_path, qml_messages, language, typed):
    if language == "de":
        request.getfixturevalue("german")
    w = open_window(settings_path)
    picker = w.item("categorySelector")
    from_picker, to_picker = w.item("fromUnitSelector"), w.item("toUnitSelector")
    before = (from_picker.property("text"), to_picker.property("text"))
    w.click(picker)
    w.qtbot.waitUntil(lambda: picker.property("isOpen"), timeout=2000)
    search = picker.property("searchField")
    w.qtbot.waitUntil(search.hasActiveFocus, timeout=2000)
    for ch in typed:
        w.key(ch)
    w.key(Qt.Key.Key_Return)
    assert not picker.property("isOpen")
    assert w.converter.property("categoryId") == "speed"
    assert picker.property("text") == ("Speed" if language == "en" else "Geschwindigkeit")
    assert w.converter.property("fromUnit") == "kilometer_per_hour"
    assert from_picker.property("text") == w.converter.property("fromLabel")
    assert to_picker.property("text") == w.converter.property("toLabel")
    assert (from_picker.property("text"), to_picker.property("text")) != before
    assert w.focused_name() == "categorySelector"
    assert qml_messages == []


@pytest.mark.gui
def test_window_picker_lists_common_first_and_moves_with_arrows(window, qml_messages):
    picker = window.item("categorySelector")
    picker.forceActiveFocus()
    window.key(Qt.Key.Key_Space)
    assert picker.property("isOpen")
    view = picker.property("listView")
    model = view.property("model")
    assert [model.get(i, "categoryId") for i in range(3)] == COMMON[:3]
    assert model.get(0, "section") == "Common"
    window.key(Qt.Key.Key_Down)   # from the search field to the second row
    window.key(Qt.Key.Key_Down)
    assert view.property("currentIndex") == 2
    window.key(Qt.Key.Key_Up)
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("categoryId") == "mass"
    # Escape closes without choosing; the button keeps the focus.
    window.key(Qt.Key.Key_Return)
    assert picker.property("isOpen")
    window.key(Qt.Key.Key_Down)
    window.key(Qt.Key.Key_Escape)
    assert not picker.property("isOpen")
    assert window.converter.property("categoryId") == "mass"
    assert window.focused_name() == "categorySelector"
    # A letter typed on the closed button starts the search with it.
    window.key("v")
    assert picker.property("isOpen") and picker.property("searchField").property("text") == "v"
    window.key(Qt.Key.Key_Return)
    assert window.converter.property("categoryId") == "volume"
    assert qml_messages == []


@pytest.mark.gui
def test_window_picker_is_described_for_assistive_technology(window, qml_messages):
    picker = window.item("categorySelector")
    window.click(picker)
    parts = [picker, picker.property("searchField"), picker.property("listView")]
    for item in parts:
        iface = QAccessible.queryAccessibleInterface(item)
        assert iface is not None
        assert iface.text(QAccessible.Text.Name), item
        assert iface.text(QAccessible.Text.Description), item
    assert QAccessible.queryAccessibleInterface(picker).text(QAccessible.Text.Name) == "Category"
    assert "Length" in QAccessible.queryAccessibleInterface(picker).text(QAccessible.Text.Description)
    assert picker.property("tip")
    window.key(Qt.Key.Key_Escape)
    assert qml_messages == []


@pytest.mark.gui
@pytest.mark.parametrize("width, height", [(360, 640), (560, 900), (1100, 760)])
def test_window_picker_popup_fits_the_window(open_window, settings_path, qml_messages, width, height):
    w = open_window(settings_path, width=width, height=height)
    picker = w.item("categorySelector")
    w.click(picker)
    w.qtbot.waitUntil(lambda: picker.property("isOpen"), timeout=2000)
    button = w.scene_rect(picker)
    for item in (picker.property("searchField"), picker.property("listView")):
        rect = w.scene_rect(item)
        assert rect.left() >= 0 and rect.right() <= width, rect
        assert rect.top() > button.top() and rect.bottom() <= height, rect
    assert picker.property("listView").property("count") > 5
    w.key(Qt.Key.Key_Escape)
    assert qml_messages == []
