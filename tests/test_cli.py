"""The command line, run as a person would: a separate process."""

import subprocess
import sys

import pytest


def run(*args):
    return subprocess.run([sys.executable, "-m", "embedded_unit_converter", *args], capture_output=True, text=True)


def test_converts():
    assert run("5 ft 3 in", "cm").stdout == "160.02 cm\n"
    assert run("100", "degC", "degF").stdout == "212 degF\n"
    assert run("100 km/h to mph").stdout == "62.1371192237334 mph\n"
    assert run("1.8 m", "ft;in").stdout == "5 ft 10.87 in\n"


def test_digits():
    assert run("--digits", "4", "100 km/h to mph").stdout == "62.14 mph\n"
    assert run("--digits", "1", "100 km/h to mph").stdout == "60 mph\n"
    assert run("--digits", "17", "1 m", "ft").stdout == "3.2808398950131235 ft\n"
    assert run("--digits", "17", "1/3").stdout == "0.33333333333333331\n"


@pytest.mark.parametrize("digits", ["0", "18", "-1", "1000000000000000000000", "x", "4.5", ""])
def test_digits_out_of_range_is_a_clear_error(digits):
    out = run("--digits", digits, "1 m", "ft")
    assert out.returncode == 2
    assert out.stdout == ""
    assert "--digits" in out.stderr and ("1 to 17" in out.stderr or "not a whole number" in out.stderr)
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        # Unquoted, a shell splits the phrase into words; with a keyword they are one phrase.
        (["100", "degC", "to", "degF"], "212 degF"),
        (["100", "degC", "TO", "degF"], "212 degF"),
        (["100", "degC", "in", "degF"], "212 degF"),
        (["100", "km/h", "as", "mph"], "62.1371192237334 mph"),
        (["1", "mi", "into", "km"], "1.609344 km"),
        (["1", "m", "->", "ft"], "3.28083989501312 ft"),
        (["1 m", "-> ft"], "3.28083989501312 ft"),
        (["100 degC", "to", "degF"], "212 degF"),
        (["5", "ft", "3", "in", "to", "cm"], "160.02 cm"),
        (["1.8", "m", "to", "ft;in"], "5 ft 10.87 in"),
        (["1", "m", "to", "in"], "39.3700787401575 in"),
        # After a number, `in` is the inch; the last word is then the target.
        (["5", "ft", "3", "in", "cm"], "160.02 cm"),
        (["5", "in", "cm"], "12.7 cm"),
        (["1/2", "in", "cm"], "1.27 cm"),
        (["5", "in", "in", "cm"], "12.7 cm"),
        # After a unit, `in` names the target, even when the target is the inch.
        (["1", "m", "in", "in"], "39.3700787401575 in"),
        (["1", "m2", "in", "ft2"], "10.7639104167097 ft2"),
        # Without a keyword: the last word is the target.
        (["100", "degC", "degF"], "212 degF"),
        (["5 ft 3 in", "cm"], "160.02 cm"),
        (["-40", "degC", "degF"], "-40 degF"),
    ],
)
def test_words_read_as_the_phrase_meant(args, expected):
    out = run(*args)
    assert (out.stdout, out.stderr, out.returncode) == (expected + "\n", "", 0)


def test_a_keyword_without_a_target_says_so():
    out = run("1", "m", "to")
    assert out.returncode == 2 and out.stdout == ""
    assert "Say which unit" in out.stderr


def test_errors_go_to_stderr_with_status_2():
    out = run("5 meterz", "ft")
    assert out.returncode == 2
    assert out.stdout == ""
    assert 'Unknown unit "meterz"' in out.stderr
    assert run().returncode == 2


def test_list_and_search():
    out = run("--list")
    assert out.returncode == 0 and "length" in out.stdout
    out = run("--list", "length")
    assert "kilometer" in out.stdout
    assert run("--list", "nonsense").returncode == 2
    out = run("--search", "mile per hour")
    assert out.stdout.splitlines()[0].startswith("mph")
