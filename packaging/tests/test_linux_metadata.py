"""packaging/linux's desktop entry and AppStream metainfo speak every language the window does:
a software centre or menu in German, French or Spanish shows the app's name and summary in it."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "embedded-unit-converter.desktop"
METAINFO = LINUX / "io.github.EmbeddedUnitConverter.metainfo.xml"
I18N = ROOT / "python" / "embedded_unit_converter" / "gui" / "i18n"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _languages() -> list[str]:
    """The window's languages: one catalogue each (i18n/embedded_unit_converter_<lang>.ts)."""
    found = sorted(p.stem.rsplit("_", 1)[1] for p in I18N.glob("embedded_unit_converter_*.ts"))
    assert {"de", "fr", "es"} <= set(found)
    return found


def _window_title(lang: str) -> str:
    """What the window's title bar says in that language (the catalogue's "Unit Converter")."""
    tree = ET.parse(I18N / f"embedded_unit_converter_{lang}.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "Main":
            for message in context.iter("message"):
                if message.findtext("source") == "Unit Converter":
                    return message.findtext("translation")
    raise AssertionError(f"no window title in the {lang} catalogue")


def _desktop_entry() -> dict[str, str]:
    entry = {}
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key] = value
    return entry


@pytest.mark.parametrize("lang", _languages())
def test_the_desktop_entry_is_translated(lang):
    entry = _desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[{lang}]", "").strip(), f"{key}[{lang}] missing from {DESKTOP.name}"
        assert entry[f"{key}[{lang}]"] != entry[key]
    # The menu names the app as its window does.
    assert entry[f"Name[{lang}]"] == _window_title(lang)
    assert re.fullmatch(r"([^;]+;)+", entry[f"Keywords[{lang}]"])


@pytest.mark.parametrize("lang", _languages())
def test_the_metainfo_is_translated(lang):
    component = ET.parse(METAINFO).getroot()
    for tag in ("name", "summary"):
        english = [e.text for e in component.findall(tag) if XML_LANG not in e.attrib]
        translated = [e.text for e in component.findall(tag) if e.get(XML_LANG) == lang]
        assert len(english) == 1 and len(translated) == 1, f"<{tag} xml:lang=\"{lang}\"> missing"
        assert translated[0].strip() and translated[0] != english[0]
    assert [e.text for e in component.findall("name") if e.get(XML_LANG) == lang] == [_window_title(lang)]
    assert [e for e in component.iter("keyword") if e.get(XML_LANG) == lang]


def test_desktop_file_validate():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate not installed (Debian package desktop-file-utils)")
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstreamcli_validate(tmp_path):
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli not installed (Debian package appstream)")
    # The release fills in version and date as make-deb.sh does.
    filled = tmp_path / METAINFO.name
    filled.write_text(METAINFO.read_text(encoding="utf-8").replace("@VERSION@", "0.1.0")
                      .replace("@DATE@", "2026-11-01"), encoding="utf-8")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(filled)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
