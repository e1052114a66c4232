"""Category names: English in the core, translated in the window where a translation exists."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

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


def _german_translator(app) -> QTranslator:
    translator = QTranslator(app)
    assert translator.load(QLocale("de_DE"), "embedded_unit_converter", "_", str(I18N_DIR))
    return translator


@pytest.fixture
def german(qapp):
    """The app's German catalogue installed for one test."""
    translator = _german_translator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


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


def test_german_catalogue_translates_every_category(qapp):
    translator = _german_translator(qapp)
    untranslated = [name for name in NAMES if not translator.translate("Category", name)]
    assert untranslated == []


# -- the model the category picker shows ---------------------------------------------------

def test_category_model_shows_english_without_a_translation(qapp):
    m = CategoryModel()
    assert _name(m, "length") == "Length"
    assert _name(m, "fuel_economy") == "Fuel economy"
    assert [m.get(i, "name") for i in range(m.rowCount())] == NAMES


def test_category_model_shows_german_with_the_german_translator(german):
    m = CategoryModel()
    assert _name(m, "length") == "Länge"
    assert _name(m, "fuel_economy") == "Kraftstoffverbrauch"
    assert _name(m, "length", "englishName") == "Length"
    assert m.data(m.index(m.indexOf("length")), Qt.ItemDataRole.DisplayRole) == "Länge"


def test_category_model_retranslates_when_the_language_changes(qapp):
    m = CategoryModel()
    changed = []
    m.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), last.row())))
    translator = _german_translator(qapp)
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
    for text in ("länge", "Lange", "LENGTH", "len"):
        assert m.find(text, 0) == m.indexOf("length"), text
    assert m.find("kraftstoff", 0) == m.indexOf("fuel_economy")
    assert m.find("fuel", 0) == m.indexOf("fuel_economy")
    assert m.find("aquivalentdosis", 0) == m.indexOf("equivalent_dose")
    # From after Length, "t" finds Time (Zeit) before Temperatur; the search wraps.
    assert m.find("t", 1) == m.indexOf("time")
    assert m.find("l", m.rowCount() - 1) == m.indexOf("length")
    assert m.find("zzz", 0) == -1 and m.find("", 0) == -1


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
    assert selector.property("displayText") == "Länge"
    w.focus("expressionField")
    w.key(Qt.Key.Key_Tab)
    assert w.focused_name() == "categorySelector"
    w.key(Qt.Key.Key_T)  # English "Time" comes before German "Temperatur"
    assert w.converter.property("categoryId") == "time"
    assert selector.property("displayText") == "Zeit"
    w.key(Qt.Key.Key_K)  # German "Kraft"
    assert w.converter.property("categoryId") == "force"
    assert selector.property("displayText") == "Kraft"
    assert qml_messages == []
