"""A person's own units from Python: euc.load_units, all or nothing, line numbers."""

import subprocess
import sys

import pytest

import embedded_unit_converter as euc


@pytest.fixture
def units_file(tmp_path):
    path = tmp_path / "my.units"
    yield path
    try:
        euc.unload_units(path)
    except euc.UnitError:
        pass


def test_load_units_adds_units_that_convert_like_built_in_ones(units_file):
    units_file.write_text("# mine\nzorp = 67 in\ncuppa = 350 mL  # a big cup\nbeer = 4.5 EUR\n", encoding="utf-8")
    assert euc.load_units(units_file) == 3
    assert euc.convert(1, "zorp", "m") == pytest.approx(1.7018)
    assert str(euc.evaluate("2 cuppa to L")) == "0.7 L"
    assert euc.convert(2, "beer", "EUR") == 9
    assert any(u.symbol == "zorp" for c in euc.categories() if c.id == "length" for u in c.units)
    # Loading the file again after an edit replaces it.
    units_file.write_text("zorp = 68 in\n", encoding="utf-8")
    assert euc.load_units(str(units_file)) == 1
    assert euc.convert(1, "zorp", "in") == pytest.approx(68)
    with pytest.raises(euc.UnitError):
        euc.convert(1, "cuppa", "L")


def test_a_bad_line_loads_nothing_and_says_which(units_file):
    units_file.write_text("zorp = 67 in\nglorp = 2 flurbs\n", encoding="utf-8")
    with pytest.raises(euc.UnitError) as caught:
        euc.load_units(units_file)
    e = caught.value
    assert (e.kind, e.code) == ("definition", "definition_unknown_unit")
    assert e.details == {"line": 2, "name": "glorp", "unit": "flurbs"}
    assert "Line 2" in str(e)
    with pytest.raises(euc.UnitError):
        euc.convert(1, "zorp", "m")


@pytest.mark.parametrize(
    "text, code, line",
    [
        ("ft = 1 m\n", "definition_name_taken", 1),
        ("\n\nzorp 67 in\n", "definition_syntax", 3),
        ("pung = 2 pong\npong = 3 pung\n", "definition_cycle", 1),
    ],
)
def test_shadowing_circles_and_bad_lines_are_refused(units_file, text, code, line):
    units_file.write_text(text, encoding="utf-8")
    with pytest.raises(euc.UnitError) as caught:
        euc.load_units(units_file)
    assert (caught.value.kind, caught.value.code, caught.value.details["line"]) == ("definition", code, line)


def test_a_file_that_is_not_text_or_not_there(tmp_path):
    binary = tmp_path / "x.units"
    binary.write_bytes(b"\xff\xfe\x00bad")
    for path in (binary, tmp_path / "missing.units"):
        with pytest.raises(euc.UnitError) as caught:
            euc.load_units(path)
        assert caught.value.code == "definition_unreadable"


def test_check_units_does_not_load():
    assert euc.check_units("glorpa = 3 m\nglorpb = 2 glorpa\n") == 2
    with pytest.raises(euc.UnitError):
        euc.convert(1, "glorpa", "m")


def test_own_units_survive_a_restart_when_loaded_from_the_data_folder(tmp_path):
    (tmp_path / "my.units").write_text("zorp = 67 in\n", encoding="utf-8")
    code = "import embedded_unit_converter as euc; euc.load_units(euc.user_units_path()); print(euc.convert(1, 'zorp', 'cm'))"
    import os

    env = dict(os.environ, EMBEDDED_UNIT_CONVERTER_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "170.18", out.stderr


def test_command_line_units(tmp_path):
    import os

    env = dict(os.environ, EMBEDDED_UNIT_CONVERTER_DATA_DIR=str(tmp_path))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "embedded_unit_converter", *args], capture_output=True, text=True, env=env)

    extra = tmp_path / "extra.units"
    extra.write_text("glorp = 3 ft\n", encoding="utf-8")
    assert cli("--units", str(extra), "2 glorp", "ft").stdout == "6 ft\n"
    bad = tmp_path / "bad.units"
    bad.write_text("ok_unit = 1 m\nglorp = 3 flurbs\n", encoding="utf-8")
    out = cli("--units", str(bad), "1 m", "ft")
    assert out.returncode == 2 and "Line 2" in out.stderr and out.stdout == ""
    # my.units in the data folder is loaded at every start; a bad one is skipped with a word.
    (tmp_path / "my.units").write_text("zorp = 67 in\n", encoding="utf-8")
    assert cli("1 zorp", "cm").stdout == "170.18 cm\n"
    (tmp_path / "my.units").write_text("zorp = 67 flurbs\n", encoding="utf-8")
    out = cli("1 m", "cm")
    assert out.stdout == "100 cm\n" and "my.units is not used" in out.stderr and "Line 1" in out.stderr
