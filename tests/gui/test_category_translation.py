"""Category names: English in the core, translated in the window where a translation exists."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QCoreApplication, Qt

import embedded_unit_converter as euc
from embedded_unit_converter.gui.app import I18N_DIR
from embedded_unit_converter.gui.category_names import CATEGORY_NAMES
from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.models import CategoryModel

NAMES = [c.name for c in euc.categories()]


def _load_update_script():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N_DIR / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _name(model: CategoryModel, category_id: str, role: str = "name") -> str:
    return model.get(model.indexOf(category_id), role)


# -- the list lupdate reads --------------------------------------------------------------

def test_every_category_name_is_listed_for_translation():
    missing = [name for name in NAMES if name not in CATEGORY_NAMES]
    assert missing == [], "run i18n/update.py to list new categories for translation"


def test_category_names_module_is_what_update_py_generates():
    update = _load_update_script()
    assert update.CATEGORY_NAMES.read_text(encoding="utf-8") == update.render_category_names(), \
        "category_names.py drifted from the core's categories: run i18n/update.py"


def test_german_catalogue_translates_every_category(german_catalogue):
    translator = german_catalogue
    untranslated = [name for name in NAMES if not translator.translate("Category", name)]
    assert untranslated == []


# -- the model the category picker shows ---------------------------------------------------

def test_category_model_shows_english_without_a_translation(qapp):
    m = CategoryModel()
    assert _name(m, "length") == "Length"
    assert _name(m, "fuel_economy") == "Fuel economy"
    # Every category once (the order is tested in test_category_picker.py).
    assert sorted(m.get(i, "name") for i in range(m.rowCount())) == sorted(NAMES)


def test_category_model_shows_german_with_the_german_translator(german):
    m = CategoryModel()
    assert _name(m, "length") == "Länge"
    assert _name(m, "fuel_economy") == "Kraftstoffverbrauch"
    assert _name(m, "length", "englishName") == "Length"
    assert m.data(m.index(m.indexOf("length")), Qt.ItemDataRole.DisplayRole) == "Länge"


def test_category_model_retranslates_when_the_language_changes(qapp, german_catalogue):
    m = CategoryModel()
    changed = []
    m.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), last.row())))
    translator = german_catalogue
    qapp.installTranslator(translator)
    try:
        m.retranslate()
        assert _name(m, "length") == "Länge"
        assert changed == [(0, m.rowCount() - 1)]
    finally:
        qapp.removeTranslator(translator)
    m.retranslate()
    assert _name(m, "length") == "Length"


def test_category_search_matches_the_shown_and_the_english_name(german):
    m = CategoryModel()

    def first(text):
        found = m.search(text)
        return m.get(found[0], "categoryId") if found else None

    for text in ("länge", "Lange", "LENGTH", "len"):
        assert first(text) == "length", text
    assert first("kraftstoff") == "fuel_economy"
    assert first("fuel") == "fuel_economy"
    assert first("aquivalentdosis") == "equivalent_dose"
    # The shown name wins over the English one: "t" is Temperatur before Zeit (Time),
    # but Zeit is in the list, and "time" finds it.
    assert first("t") == "temperature" and m.indexOf("time") in m.search("t")
    assert first("time") == "time"
    assert m.search("zzz") == [] and m.search("") == list(range(m.rowCount()))


def test_converter_category_name_is_translated(german, settings_path):
    c = Converter(settings_path=settings_path)
    assert c.property("categoryId") == "length"
    assert c.property("categoryName") == "Länge"
    assert QCoreApplication.translate("Category", "Not a category") == "Not a category"


# -- the window ----------------------------------------------------------------------------

@pytest.mark.gui
def test_window_category_picker_in_german(german, open_window, settings_path, qml_messages):
    w = open_window(settings_path)
    selector = w.item("categorySelector")
    assert selector.property("text") == "Länge"
    w.focus("expressionField")
    w.key(Qt.Key.Key_Tab)
    assert w.focused_name() == "categorySelector"
    # Typing on the closed picker opens its search with that letter; the English name
    # is searched too, so "ti" finds Zeit (Time).
    for ch in "ti":
        w.key(ch)
    w.key(Qt.Key.Key_Return)
    assert w.converter.property("categoryId") == "time"
    assert selector.property("text") == "Zeit"
    assert w.focused_name() == "categorySelector"
    # "kraft" lists Kraftstoffverbrauch (common) before Kraft (Force); Down picks the second.
    for ch in "kraft":
        w.key(ch)
    w.key(Qt.Key.Key_Down)
    w.key(Qt.Key.Key_Return)
    assert w.converter.property("categoryId") == "force"
    assert selector.property("text") == "Kraft"
    assert qml_messages == []
