"""The window names units in its language (the locale it loads translations for): the
unit pickers, the list of every unit, and the text line's echo; typed names in that
language convert like the English ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from embedded_unit_converter.gui.converter import Converter
from embedded_unit_converter.gui.models import AllUnitsModel, UnitModel


@pytest.fixture
def german_locale(german):
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale("en_US"))


def _labels(model) -> list[str]:
    return [model.get(i, "label") for i in range(model.rowCount())]


def test_pickers_and_the_list_of_every_unit_show_german_names(qapp, german_locale):
    pickers = UnitModel()
    pickers.set_category("length")
    labels = _labels(pickers)
    assert "Meile (mi)" in labels and "Fuß (ft)" in labels and "Seemeile (nmi)" in labels
    assert "mile (mi)" not in labels
    every = AllUnitsModel()
    every.set_category("volume")
    assert "Tasse (cup)" in _labels(every)
    # Searching finds units by their German names.
    pickers.setProperty("filter", "Meile")
    assert pickers.get(0, "unitId") == "mile"
    assert pickers.get(0, "label") == "Meile (mi)"


def test_pickers_stay_english_in_an_english_window(qapp):
    pickers = UnitModel()
    pickers.set_category("length")
    assert "mile (mi)" in _labels(pickers)


def test_the_german_window_reads_german_unit_names(german_locale, open_window, settings_path):
    w = open_window(settings_path)
    # QTest types one Latin-1 key at a time and garbles "ß"; "Fuss" is how a keyboard
    # without ß writes it, and reads the same.
    w.type("expressionField", "5 Fuss 3 Zoll in cm")
    expression = w.converter.property("expression")
    w.qtbot.waitUntil(lambda: expression.property("result") == "160,02 cm", timeout=3000)
    assert expression.property("interpretation") == "5 Fuß + 3 Zoll = 160,02 cm"
    assert expression.property("error") == ""
    # The exact words, set as text (an input method's way), read the same.
    expression.setProperty("text", "5 Fuß 3 Zoll in cm")
    assert expression.property("interpretation") == "5 Fuß + 3 Zoll = 160,02 cm"
    # The picker's label of the chosen unit is German too.
    c = w.converter
    c.chooseFromUnit("mile")
    assert c.property("fromLabel") == "Meile (mi)"


def test_a_french_window_reads_french_words(qapp, settings_path):
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        c = Converter(settings_path=settings_path)
        e = c.property("expression")
        e.setProperty("text", "5 pieds 3 pouces en cm")
        assert e.property("interpretation").startswith("5 pieds + 3 pouces = 160,02")
    finally:
        QLocale.setDefault(QLocale("en_US"))
