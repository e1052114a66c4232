"""The window's catalogues (i18n/*.ts and the .qm compiled from them): complete, faithful to
their placeholders, typeset as each language writes, loaded for the person's locale; and
every error the core can raise reads French or Spanish in a French or Spanish window.

The German catalogue's error sentences are checked word for word in test_error_messages.py;
these tests mirror them for French and Spanish.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QTranslator

import embedded_unit_converter as euc
from embedded_unit_converter.gui import messages
from embedded_unit_converter.gui.app import I18N_DIR
from embedded_unit_converter.gui.messages import describe
from test_error_messages import GERMAN as PRODUCERS  # code -> (what raises it, German sentence)
from test_error_messages import SAMPLE_DETAILS, made_error

LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
NNBSP = "\u202f"  # narrow no-break space: French puts it inside « » and before : ; ? !


def _messages(lang: str) -> list[dict]:
    """Every current message of a catalogue: context, source, comment, translations, state."""
    tree = ET.parse(I18N_DIR / f"embedded_unit_converter_{lang}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            comment = message.find("comment")
            found.append({"context": context.findtext("name"), "source": message.findtext("source"),
                          "comment": comment.text if comment is not None else "", "forms": forms,
                          "unfinished": translation.get("type") == "unfinished",
                          "numerus": message.get("numerus") == "yes"})
    return found


def _catalogue(qapp, lang: str) -> QTranslator:
    translator = QTranslator(qapp)
    assert translator.load(QLocale(LANGUAGES[lang]), "embedded_unit_converter", "_", str(I18N_DIR))
    return translator


@pytest.fixture
def window_language(qapp):
    """Switches the window's catalogue and number format to a language for one test."""
    installed = []

    def switch(lang: str) -> QTranslator:
        translator = _catalogue(qapp, lang)
        qapp.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(LANGUAGES[lang]))
        return translator

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


# -- complete and faithful ---------------------------------------------------------------

@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_unfinished_or_empty_entry(lang):
    entries = _messages(lang)
    assert len(entries) > 250
    unfinished = [(m["context"], m["source"]) for m in entries if m["unfinished"] or not all(f.strip() for f in m["forms"])]
    assert unfinished == [], f"translate these in embedded_unit_converter_{lang}.ts"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_placeholder_is_kept(lang):
    def placeholders(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\d|n)", text))

    wrong = [(m["source"], form) for m in _messages(lang) for form in m["forms"]
             if placeholders(form) != placeholders(m["source"])
             # A numerus form may spell out "one" instead of %n (none does so far).
             and not (m["numerus"] and placeholders(form) == placeholders(m["source"].replace("%n", "")))]
    assert wrong == []


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_compiled_catalogue_is_the_source(qapp, lang):
    # The .qm the app loads says what the .ts says: update.py (lrelease) ran after the last edit.
    translator = _catalogue(qapp, lang)
    stale = [(m["context"], m["source"]) for m in _messages(lang) if not m["numerus"]
             and translator.translate(m["context"], m["source"], m["comment"] or None) != m["forms"][0]]
    assert stale == [], "run i18n/update.py to compile the .qm files"


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_category_name_is_translated(qapp, lang):
    translator = _catalogue(qapp, lang)
    names = [c.name for c in euc.categories()]
    assert len(names) >= 79
    missing = [name for name in names if not translator.translate("Category", name)]
    assert missing == []


# -- typography --------------------------------------------------------------------------

def _translations(lang: str) -> list[tuple[str, str]]:
    return [(m["source"], form) for m in _messages(lang) for form in m["forms"]]


def test_french_typography():
    problems = []
    for source, text in _translations("fr"):
        # « » with a narrow no-break space inside; never English quotes.
        if re.search(f"«(?!{NNBSP})|(?<!{NNBSP})»", text) or re.search("[“”\"]", text):
            problems.append(("quotes", text))
        # A narrow no-break space before : ; ? ! ending a clause ("ft;in" is typed text, not a clause).
        for match in re.finditer(r"(.)([:;?!])(?=\s|$)", text):
            if match.group(1) != NNBSP:
                problems.append(("space before " + match.group(2), text))
        if "'" in text:
            problems.append(("typewriter apostrophe (’)", text))
    assert problems == []


def test_spanish_typography():
    problems = []
    for source, text in _translations("es"):
        if re.search("[“”\"]", text) or re.search(r"«\s|\s»", text):
            problems.append(("quotes: «…» with no space inside", text))
        if re.search(r"\s[:;?!]", text):
            problems.append(("no space before punctuation", text))
        # Every question opens with ¿.
        for sentence in re.findall(r"[^.:;]*\?", text):
            if "¿" not in sentence:
                problems.append(("¿", text))
    assert problems == []


# -- translators loaded for the locale ---------------------------------------------------

_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
if len(sys.argv) > 1:  # what --locale does in app.main()
    QLocale.setDefault(QLocale(sys.argv[1]))
from embedded_unit_converter.gui.app import install_translations
install_translations(app)
print(QLocale().name())
print(QCoreApplication.translate("Main", "Unit Converter"))
print(QCoreApplication.translate("QPlatformTheme", "Cancel"))  # Qt's own catalogue, qtbase
# app.py builds the unit table on a thread; leaving while it runs can abort the interpreter's
# shutdown, which the window never does (it lives far longer than the build).
import threading
for thread in threading.enumerate():
    if thread.name == "unit-table":
        thread.join()
"""


def _probe(env_locale: str, option: str | None = None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG=env_locale, QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-c", _PROBE] + ([option] if option else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("system, option, expected", [
    ("C.UTF-8", "fr_FR", ["fr_FR", "Convertisseur d’unités", "Annuler"]),
    ("C.UTF-8", "es_ES", ["es_ES", "Conversor de unidades", "Cancelar"]),
    ("fr_FR.UTF-8", None, ["fr_FR", "Convertisseur d’unités", "Annuler"]),
    ("es_ES.UTF-8", None, ["es_ES", "Conversor de unidades", "Cancelar"]),
    # Another country's French or Spanish finds the language's catalogue.
    ("fr_CA.UTF-8", None, ["fr_CA", "Convertisseur d’unités", "Annuler"]),
    ("es_MX.UTF-8", None, ["es_MX", "Conversor de unidades", "Cancelar"]),
    ("de_DE.UTF-8", "fr_FR", ["fr_FR", "Convertisseur d’unités", "Annuler"]),
    ("en_US.UTF-8", None, ["en_US", "Unit Converter", "Cancel"]),
])
def test_translations_follow_the_locale_option_and_the_system_locale(system, option, expected):
    assert _probe(system, option) == expected


# -- every core error, in French and Spanish ----------------------------------------------

# (text typed, French sentence, Spanish sentence); the same inputs as the German CASES.
N = NNBSP
CASES = [
    ("5 meterz to ft", f"Unité inconnue «{N}meterz{N}». Vouliez-vous dire «{N}meter{N}»{N}?",
     "Unidad desconocida «meterz». ¿Quiso decir «meter»?"),
    ("5 mm to ftx", f"Unité inconnue «{N}ftx{N}». Vouliez-vous dire «{N}ft{N}», «{N}ft2{N}» ou «{N}ft3{N}»{N}?",
     "Unidad desconocida «ftx». ¿Quiso decir «ft», «ft2» o «ft3»?"),
    ("5 m to kg", f"Impossible de convertir «{N}5 meter{N}» (longueur) en «{N}kg{N}» (masse).",
     "No se puede convertir «5 meter» (longitud) a «kg» (masa)."),
    # A category's name inside a sentence is written in lower case, as the language does.
    ("5 ft to BTU/(h*ft^2)",
     f"Impossible de convertir «{N}5 foot{N}» (longueur) en «{N}BTU/(h*ft^2){N}» "
     "(densité de flux thermique et éclairement énergétique).",
     "No se puede convertir «5 foot» (longitud) a «BTU/(h*ft^2)» (densidad de flujo de calor e irradiancia)."),
    ("5 K*W/m to W/(m*K)",
     f"Impossible de convertir «{N}(5 kelvin·watt)/meter{N}» (longueur·masse·température / temps^3) "
     f"en «{N}W/(m*K){N}» (conductivité thermique).",
     "No se puede convertir «(5 kelvin·watt)/meter» (longitud·masa·temperatura / tiempo^3) "
     "a «W/(m*K)» (conductividad térmica)."),
    ("5 m + 3 kg", "Impossible d’additionner longueur et masse.", "No se puede sumar longitud con masa."),
    ("1 m + 2", "Impossible d’additionner longueur et grandeur sans dimension.",
     "No se puede sumar longitud con magnitud adimensional."),
    ("1e999 m", "Le nombre 1e999 est trop grand.", "El número 1e999 es demasiado grande."),
    ("1..2 m", f"«{N}1..2{N}» n’est pas un nombre{N}: il contient plus d’un séparateur décimal.",
     "«1..2» no es un número: tiene más de un separador decimal."),
    ("1/0 m to ft", "Division par zéro.", "División por cero."),
    ("", f"Rien à convertir{N}: le texte est vide.", "No hay nada que convertir: el texto está vacío."),
    ("5 @ m", f"Caractère «{N}@{N}» inattendu à la position 3.", "Carácter «@» inesperado en la posición 3."),
    ("(5 m", f"La parenthèse «{N}({N}» à la position 1 n’est jamais fermée.",
     "El paréntesis «(» de la posición 1 no se cierra nunca."),
    ("5 m +", "L’expression se termine trop tôt.", "La expresión termina antes de tiempo."),
    ("-500 degC to K", f"Cette température est inférieure au zéro absolu sur l’échelle «{N}degC{N}».",
     "Esa temperatura está por debajo del cero absoluto en la escala «degC»."),
    # Numbers in the sentence follow the locale: 1 100 in French (narrow no-break space), 1100 in Spanish.
    ("1" * 1100, f"Le texte est trop long (1{N}100\u00a0caractères{N}; 1{N}000 au maximum).",
     "El texto es demasiado largo (1100 caracteres; como máximo 1000)."),
]


def _error_of(text: str) -> euc.UnitError:
    with pytest.raises(euc.UnitError) as info:
        euc.evaluate(text)
    return info.value


@pytest.mark.parametrize("text, french, _spanish", CASES, ids=[c[0][:20] or "empty" for c in CASES])
def test_typed_errors_in_french(window_language, text, french, _spanish):
    window_language("fr")
    assert describe(_error_of(text)) == french


@pytest.mark.parametrize("text, _french, spanish", CASES, ids=[c[0][:20] or "empty" for c in CASES])
def test_typed_errors_in_spanish(window_language, text, _french, spanish):
    window_language("es")
    assert describe(_error_of(text)) == spanish


FRENCH_DIMENSIONS = {"length": "longueur", "mass": "masse"}
SPANISH_DIMENSIONS = {"length": "longitud", "mass": "masa"}


@pytest.mark.parametrize("lang, dimensions", [("fr", FRENCH_DIMENSIONS), ("es", SPANISH_DIMENSIONS)])
@pytest.mark.parametrize("code, kind, details", euc.error_codes(), ids=[c[0] for c in euc.error_codes()])
def test_every_core_code_has_a_translation(qapp, window_language, lang, dimensions, code, kind, details):
    template, names = messages.TEMPLATES[code]
    error = made_error(code, {name: SAMPLE_DETAILS[name] for name in details}, kind=kind)
    english = describe(error)
    translator = window_language(lang)
    translated_template = translator.translate("UnitError", template)
    assert translated_template and translated_template != template, f"no {lang} for {template!r}"
    shown = describe(error)
    assert shown != english and shown != str(error), f"{code} falls back to English"
    for name in names:
        value = SAMPLE_DETAILS[name]
        expected = QLocale().toString(value) if isinstance(value, int) else dimensions.get(value, value)
        assert expected in shown, f"{code}: {name}={value!r} missing from {shown!r}"


@pytest.mark.parametrize("lang", ["fr", "es"])
@pytest.mark.parametrize("code", sorted(c[0] for c in euc.error_codes()))
def test_each_code_from_the_core_reads_in_the_language(window_language, lang, code):
    # Raised for real wherever the core raises it from text (the producers of the German test).
    produce, _german = PRODUCERS[code]
    with pytest.raises(euc.UnitError) as info:
        produce()
    error = info.value
    assert error.code == code
    english = describe(error)
    window_language(lang)
    shown = describe(error)
    assert shown != english and shown != str(error)
    # No run of three English words survives outside the error's own data ("HTTP error 500",
    # a file name, the keyword "to"); single words may be shared (French "division").
    def runs(text: str) -> set[str]:
        for value in error.details.values():
            if isinstance(value, str) and value:
                text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", "\n", text)
        found = set()
        for part in text.split("\n"):
            words = re.findall(r"[^\W\d_]+", part)
            found.update(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
        return found

    assert runs(english) & runs(shown) == set(), shown


@pytest.mark.parametrize("lang, words", [
    ("fr", ["longueur", "masse", "temps", "courant électrique", "température", "quantité de matière",
            "intensité lumineuse", "angle", "quantité de données"]),
    ("es", ["longitud", "masa", "tiempo", "corriente eléctrica", "temperatura", "cantidad de sustancia",
            "intensidad luminosa", "ángulo", "cantidad de datos"]),
])
def test_every_base_dimension(window_language, lang, words):
    window_language(lang)
    for unit, word in zip(["m", "kg", "s", "A", "K", "mol", "cd", "rad", "bit"], words):
        error = _error_of(f"1 {unit} + 1 m^2*s") if unit != "m" else _error_of("1 m + 1 s^2")
        assert error.code == "cannot_add"
        assert describe(error).startswith(("Impossible d’additionner " if lang == "fr" else "No se puede sumar ") + word)


def test_category_names_keep_their_capital_where_the_language_does(window_language):
    # German writes nouns with a capital everywhere; French and Spanish only at a sentence's start.
    window_language("de")
    assert messages.dimension_text("thermal conductivity") == "Wärmeleitfähigkeit"


@pytest.mark.parametrize("lang, conductivity, resistance", [
    ("fr", "conductivité thermique", "résistance thermique (valeur R)"),
    ("es", "conductividad térmica", "resistencia térmica (valor R)"),
])
def test_category_names_are_lower_case_mid_sentence(window_language, lang, conductivity, resistance):
    window_language(lang)
    assert messages.dimension_text("thermal conductivity") == conductivity
    assert messages.dimension_text("thermal resistance (r-value)") == resistance
