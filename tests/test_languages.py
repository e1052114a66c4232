"""Unit names and keywords in the person's language through the Python API and the CLI."""

import subprocess
import sys

import pytest

import embedded_unit_converter as euc


@pytest.mark.parametrize(
    "lang, text, shown, echo",
    [
        ("de", "5 Fuß 3 Zoll in cm", "160.02 cm", "5 Fuß + 3 Zoll"),
        ("de", "100 Meilen nach km", "160.9344 km", "100 Meilen"),
        ("fr", "5 pieds 3 pouces en cm", "160.02 cm", "5 pieds + 3 pouces"),
        ("es", "5 pies 3 pulgadas a cm", "160.02 cm", "5 pies + 3 pulgadas"),
    ],
)
def test_typing_the_languages_words(lang, text, shown, echo):
    q = euc.evaluate(text, lang)
    assert str(q) == shown
    assert q.interpretation == echo


def test_their_words_give_exactly_what_the_english_names_give():
    for lang, word, english, target in [("de", "Seemeilen", "nmi", "m"), ("fr", "tasses", "cup", "mL"), ("es", "cucharadas", "tbsp", "mL")]:
        assert euc.evaluate(f"7 {word} to {target}", lang).value == euc.evaluate(f"7 {english} to {target}", "en").value


def test_the_default_language_comes_from_the_locale():
    assert euc.default_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert euc.default_language({"LC_ALL": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}) == "fr"
    assert euc.default_language({"LC_MESSAGES": "es_ES"}) == "es"
    assert euc.default_language({"LANG": "it_IT.UTF-8"}) is None
    assert euc.default_language({}) is None
    # The code alone, whether or not the core has names in it (what start-up reads early).
    assert euc.locale_language_code({"LANG": "it_IT.UTF-8"}) == "it"
    assert euc.locale_language_code({"LC_ALL": "pt-BR", "LANG": "de_DE"}) == "pt"
    assert euc.locale_language_code({}) is None


def test_preloading_a_language_reads_it_and_ignores_an_unknown_one():
    from embedded_unit_converter import _core

    _core.preload("de")
    _core.preload("xx")
    _core.preload()
    assert euc.unit_names("de")["foot"] == ("Fuß", "Fuß")


def test_english_always_works_and_unknown_languages_are_refused():
    assert str(euc.evaluate("5 ft 3 in to cm", "de")) == "160.02 cm"
    assert euc.evaluate("5 ft 3 in", "en").interpretation == "5 foot + 3 inch"
    with pytest.raises(euc.UnitError):
        euc.evaluate("5 Fuß in cm", "en")
    with pytest.raises(ValueError, match="lang must be one of"):
        euc.evaluate("5 ft", "xx")
    assert euc.evaluate("1 Meile in km", "de_AT.UTF-8").value == 1.609344


def test_unit_names_for_the_lists():
    names = euc.unit_names("de")
    assert names["mile"] == ("Meile", "Meilen")
    assert names["foot"] == ("Fuß", "Fuß")
    assert euc.unit_names("es")["us_cup"] == ("taza", "tazas")
    assert euc.unit_names("fr")["degree_celsius"] == ("degré Celsius", "degrés Celsius")
    assert euc.unit_names("en") == {}
    assert set(euc.languages()) == {"de", "fr", "es"}


def test_find_units_by_the_languages_names():
    found = euc.find_units("Meile", 3, lang="de")
    assert found[0].id == "mile" and found[0].name == "Meile"
    assert euc.find_units("cucharada", 1, lang="es")[0].id == "us_tablespoon"
    assert euc.find_units("mile", 1)[0].name == "mile"


def test_the_command_line_takes_a_language():
    run = lambda *args: subprocess.run([sys.executable, "-m", "embedded_unit_converter", *args], capture_output=True, text=True)
    assert run("--lang", "de", "5 Fuß 3 Zoll", "cm").stdout.strip() == "160.02 cm"
    assert run("--lang", "es", "10 millas a km").stdout.strip() == "16.09344 km"
    assert run("--lang", "fr", "1 litre en ml").stdout.strip() == "1000 ml"
    english = run("--lang", "en", "5 Fuß", "cm")
    assert english.returncode == 2 and "Fuß" in english.stderr
