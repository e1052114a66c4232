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
    assert run("--digits", "17", "1/3").stdout == "0.33333333333333331\n"


@pytest.mark.parametrize("digits", ["0", "18", "-3", "four", "1.5"])
def test_digits_outside_the_range_is_an_error(digits):
    out = run("--digits", digits, "100 km/h to mph")
    assert out.returncode == 2 and out.stdout == ""
    assert "from 1 to 17" in out.stderr


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


def test_a_closed_pipe_is_not_an_error():
    proc = subprocess.Popen([sys.executable, "-m", "embedded_unit_converter", "--list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the program writes: its first write meets a closed pipe
    assert proc.wait() == 0
    assert b"Traceback" not in proc.stderr.read()
