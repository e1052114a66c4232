"""The real window in French, Spanish and German never shows English.

Each test opens the window twice on the same settings, once in English and once in the
language under test, brings it into the same states (a typical session, an error with a
suggestion, the category picker open, a unit search across categories) and reads every text
a person sees or hears: the visible items' text, placeholders, titles and tooltips, and the
accessible names and descriptions Qt gives a screen reader. A text of the translated window
that the English window shows too is an English leftover, unless it is made of numbers and
unit symbols, or is a unit's name as the unit lists and the echo give it (unit names are
translated by the core's language data, not by these catalogues).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

import embedded_unit_converter as euc
from embedded_unit_converter.gui.app import I18N_DIR, _write_demo_settings
from embedded_unit_converter.gui.models import unit_label

pytestmark = pytest.mark.gui

LANGUAGES = ["fr_FR", "es_ES", "de_DE"]

# Item properties that hold text shown to a person: labels and buttons (text), combo
# boxes (displayText), empty fields (placeholderText), cards (title) and the window's
# own tooltip properties (IconButton/SearchPicker `tip`, the filter field's `filterTip`).
TEXT_PROPERTIES = ("text", "displayText", "placeholderText", "title", "tip", "filterTip")

# Words a language spells as English does, each the catalogue's own considered
# translation (test_each_same_as_english_word_is_a_translation checks that).
SAME_AS_ENGLISH = {
    "fr_FR": {"Volume", "Force", "Angle", "Inductance", "Luminance"},
    "es_ES": set(),
    "de_DE": {"System", "US"},
}

_NUMBER = re.compile(r"[-+−]?\d[\d\s.,'\u00a0\u202f]*(?:e[-+]?\d+)?")


def _unit_words() -> tuple[set[str], set[str]]:
    """(labels and names the unit lists show, symbols) from the core's unit table."""
    names, symbols = set(), set()
    for category in euc.categories():
        for unit in category.units:
            names.update({unit_label(unit), unit.name})
            if unit.symbol:
                symbols.add(unit.symbol)
    return names, symbols


UNIT_NAMES, UNIT_SYMBOLS = _unit_words()


def _only_numbers_and_symbols(text: str) -> bool:
    """'26,2 mi → km', '°F → °C', '160,02 cm', '⇅': nothing in it is a word of a language."""
    rest = _NUMBER.sub(" ", text)
    tokens = re.split(r"[\s→=+×·/()\[\]:;,]+", rest)
    return all(not any(ch.isalpha() for ch in token) or token in UNIT_SYMBOLS for token in tokens)


def _is_unit_name(text: str) -> bool:
    """A unit's label from the unit lists ('mile (mi)'), alone or after its value as the
    all-units list reads it ('42 164,8128 meter (m)')."""
    return text in UNIT_NAMES or _NUMBER.sub("", text, count=1).strip() in UNIT_NAMES


def _editable(item: QQuickItem) -> bool:
    """A field whose text is what the person typed (their words, not the window's)."""
    meta = item.metaObject()
    return meta.indexOfProperty("cursorPosition") >= 0 and not item.property("readOnly")


def _root(window) -> QQuickItem:
    item = window.win.contentItem()
    while item.parentItem() is not None:  # up to the root, whose children include popups' overlay
        item = item.parentItem()
    return item


def window_texts(window) -> dict[str, str]:
    """Every text the window shows or speaks now: text -> where it was found."""
    found: dict[str, str] = {}

    def walk(item: QQuickItem, path: str) -> None:
        if not item.isVisible() or item.opacity() == 0:
            return
        for prop in TEXT_PROPERTIES:
            if prop in ("text", "displayText") and _editable(item):
                continue
            value = item.property(prop)
            if isinstance(value, str) and value.strip():
                found.setdefault(value, f"{path} [{prop}]")
        for child in item.childItems():
            walk(child, f"{path}/{child.objectName() or child.metaObject().className().split('_QML')[0]}")

    walk(_root(window), "")

    def accessible(iface, depth: int = 0) -> None:
        if iface is None or not iface.isValid() or depth > 80 or iface.state().invisible:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            value = iface.text(kind)
            if value.strip():
                found.setdefault(value, f"accessible {kind.name} of {iface.role().name} "
                                        f"{iface.object().objectName() or iface.object().metaObject().className()}")
        for i in range(iface.childCount()):
            accessible(iface.child(i), depth + 1)

    accessible(QAccessible.queryAccessibleInterface(window.win))
    return found


def _settled(window) -> None:
    """Waits for the panels that load after the first frame, and the all-units rows."""
    for name in ("allUnitsView", "updateRatesButton", "saveUnitsButton", "precisionSelector"):
        window.qtbot.waitUntil(lambda: window.win.findChild(QQuickItem, name) is not None, timeout=5000)
    window.qtbot.waitUntil(lambda: window.item("allUnitsView").property("count") > 0, timeout=3000)
    window.qtbot.wait(50)


def _visit_states(window) -> dict[str, str]:
    """The window's texts over several states, so the walk sees more than the first view."""
    _settled(window)
    texts = window_texts(window)
    expression = window.converter.property("expression")
    # An unknown unit: the error line and a suggestion button.
    expression.setProperty("text", "5 meterz to ft")
    window.qtbot.waitUntil(lambda: window.item("expressionError").isVisible(), timeout=2000)
    texts.update({k: v for k, v in window_texts(window).items() if k not in texts})
    echo = {expression.property("interpretation")}
    expression.setProperty("text", "5 ft 3 in to cm")
    window.qtbot.waitUntil(lambda: not window.item("expressionError").isVisible(), timeout=2000)
    echo.add(expression.property("interpretation"))
    # The category picker open: its search field and list with its section headings.
    for name, search in (("categorySelector", ""), ("fromUnitSelector", "kg")):
        picker = window.item(name)
        picker.openSearch(search)
        window.qtbot.waitUntil(lambda: picker.property("isOpen"), timeout=2000)
        window.qtbot.wait(50)
        texts.update({k: v for k, v in window_texts(window).items() if k not in texts})
        window.key(Qt.Key.Key_Escape)
        window.qtbot.waitUntil(lambda: not picker.property("isOpen"), timeout=2000)
    # The echo names the units the text was read as: unit names, the other side's job.
    for line in echo:
        texts.pop(line, None)
    return texts


def _catalogue(qapp, locale: str) -> QTranslator:
    translator = QTranslator(qapp)
    assert translator.load(QLocale(locale), "embedded_unit_converter", "_", str(I18N_DIR)), locale
    return translator


@pytest.fixture
def demo_settings(tmp_path) -> str:
    """The settings the README's screenshots use: a marathon in miles, favourites, recents."""
    path = str(tmp_path / "settings.ini")
    _write_demo_settings(path)
    return path


_english: dict[str, dict[str, str]] = {}


def _english_texts(open_window, tmp_path_factory) -> dict[str, str]:
    if "texts" not in _english:
        QLocale.setDefault(QLocale("en_US"))
        path = str(tmp_path_factory.mktemp("english") / "settings.ini")
        _write_demo_settings(path)
        window = open_window(path)
        _english["texts"] = _visit_states(window)
        open_window.close(window)
    return _english["texts"]


def _leftovers(texts: dict[str, str], english: dict[str, str], locale: str) -> list[tuple[str, str]]:
    return [(text, where) for text, where in sorted(texts.items())
            if text in english and text not in SAME_AS_ENGLISH[locale]
            and not _only_numbers_and_symbols(text) and not _is_unit_name(text)]


@pytest.mark.parametrize("locale", LANGUAGES)
def test_the_window_shows_no_english_leftover(qapp, open_window, tmp_path_factory, demo_settings, qml_messages,
                                              locale):
    english = _english_texts(open_window, tmp_path_factory)
    # The English walk really read the window: its headings, tooltips, popups and error.
    for expected in ("Unit Converter", "Precision", "Search categories", "Common", "other kind",
                     "Unknown unit “meterz”. Did you mean “meter”?", "Use “meter”", "Copy the result (Ctrl+Shift+C)"):
        assert expected in english, expected
    translator = _catalogue(qapp, locale)
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(locale))
    try:
        window = open_window(demo_settings)
        texts = _visit_states(window)
        open_window.close(window)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    assert len(texts) >= 0.9 * len(english), "the translated window shows far fewer texts than the English one"
    assert _leftovers(texts, english, locale) == []
    assert qml_messages == []


def test_the_leftover_check_finds_english(qapp, open_window, tmp_path_factory, demo_settings):
    # Without a catalogue the "translated" window is the English one: every word is a leftover,
    # except what is excused (numbers, unit symbols, unit names).
    english = _english_texts(open_window, tmp_path_factory)
    window = open_window(demo_settings)
    texts = _visit_states(window)
    open_window.close(window)
    found = dict(_leftovers(texts, english, "es_ES"))
    assert {"Precision", "Unit Converter", "Search categories", "Use “meter”"} <= set(found)
    excused = set(texts) - set(found)
    assert "mile (mi)" in excused and "26.2 mi = 42.1648128 km" in excused
    assert all(_only_numbers_and_symbols(t) or _is_unit_name(t) for t in excused)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_each_same_as_english_word_is_a_translation(qapp, locale):
    # The excused words are what the catalogue itself says, not a way to hide a missing one.
    translator = _catalogue(qapp, locale)
    for word in SAME_AS_ENGLISH[locale]:
        contexts = [c for c in ("Category", "Main", "Dimension", "ReadingPanel") if translator.translate(c, word) == word]
        assert contexts, f"{word!r} is not a translation in the {locale} catalogue"


@pytest.mark.parametrize("locale, point, group", [("fr_FR", ",", "\u202f"), ("es_ES", ",", "."), ("de_DE", ",", ".")])
def test_numbers_in_the_window_follow_the_locale(qapp, open_window, tmp_path, locale, point, group):
    translator = _catalogue(qapp, locale)
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(locale))
    try:
        # The demo session types its marathon as a person of this locale would: 26,2.
        settings = str(tmp_path / "settings.ini")
        _write_demo_settings(settings)
        window = open_window(settings)
        assert window.text("fromValueField") == f"26{point}2"
        assert window.text("toValueField") == f"42{point}1648128"
        # The all-units list's row for metres, 42 164.8128: French groups digits with a
        # narrow no-break space (CLDR, QLocale), Spanish and German with a dot.
        metres = f"42{group}164{point}8128 "
        # (the list fills in after the first frame)
        window.qtbot.waitUntil(lambda: any(text.startswith(metres) for text in window_texts(window)), timeout=3000)
        open_window.close(window)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
