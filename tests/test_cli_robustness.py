"""The command line where the world is unkind: bytes that are not UTF-8 as arguments, a
closed or full output, an output encoding without `µ` or `°`. Each gives a message on
stderr and a status, never a traceback; each runs as a separate process, as a person
would run it."""

import os
import subprocess
import sys

import pytest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors and byte arguments")
COMMAND = [sys.executable, "-m", "embedded_unit_converter"]


def run(*args, env=None, **kwargs):
    """Runs the command line; stdout and stderr as bytes unless given elsewhere."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([*COMMAND, *args], env={**os.environ, **(env or {})}, **kwargs)


def assert_no_traceback(stderr: bytes):
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr


@posix_only
@pytest.mark.parametrize("args", [[b"\xff", b"m"], [b"1", b"m", b"\xe9\xff"], [b"--search", b"\xff"], [b"--list", b"caf\xe9"]])
def test_arguments_that_are_not_utf8_are_refused(args):
    out = run(*args)
    assert out.returncode == 2
    assert out.stdout == b""
    assert b"not UTF-8 text" in out.stderr
    assert b"\\xff" in out.stderr or b"\\xe9" in out.stderr, "the bytes are shown"
    assert_no_traceback(out.stderr)


@posix_only
def test_a_closed_stdout_is_an_error():
    # As `... >&-` starts it: descriptor 1 is not open at all.
    out = run("1 m", "ft", preexec_fn=lambda: os.close(1), stdout=None)
    assert out.returncode == 2
    assert b"standard output is closed" in out.stderr
    assert_no_traceback(out.stderr)


@posix_only
@pytest.mark.parametrize("args", [["1 m", "ft"], ["--list"], ["--search", "meter"]])
def test_a_reader_that_went_away_ends_quietly_with_the_sigpipe_status(args):
    # `... | head -c0`: the pipe's reading end is closed before the program writes, so its
    # first write fails with EPIPE, whatever the timing.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        out = run(*args, stdout=write_end)
    finally:
        os.close(write_end)
    assert out.returncode == 141
    assert out.stderr == b""


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["1 m", "ft"], ["--list"], ["--list", "length"]])
def test_a_full_disk_is_an_error(args):
    with open("/dev/full", "wb") as full:
        out = run(*args, stdout=full)
    assert out.returncode == 2
    assert b"could not write the output" in out.stderr
    assert out.stderr.count(b"error:") == 1, "said once"
    assert_no_traceback(out.stderr)


@posix_only
def test_a_closed_stderr_still_gives_the_status():
    out = run("5 meterz", "ft", preexec_fn=lambda: os.close(2), stderr=None)
    assert out.returncode == 2
    assert out.stdout == b""


@pytest.mark.parametrize(
    "args, expected",
    [
        (["1 m", "µm"], b"1000000 um\n"),
        (["100 degC", "°F"], b"212 degF\n"),
        (["1 m^-1", "cm⁻¹"], b"0.01 cm^-1\n"),
        (["1 m²", "cm²"], b"10000 cm^2\n"),
        (["1 N*m", "lbf·ft"], b"0.737562149277265 lbf*ft\n"),
        (["1 kohm", "Ω"], b"1000 ohm\n"),
        (["1 %", "‰"], b"10 permille\n"),
    ],
)
def test_an_ascii_output_spells_units_in_ascii(args, expected):
    out = run(*args, env={"PYTHONIOENCODING": "ascii"})
    assert (out.stdout, out.stderr, out.returncode) == (expected, b"", 0)


@pytest.mark.parametrize("unit", ["um", "degF", "cm^-1", "cm^2", "lbf*ft", "ohm", "permille"])
def test_the_ascii_spellings_are_the_same_units(unit):
    # What an ASCII terminal shows can be typed back: each spelling converts like the
    # symbol it stands for.
    symbols = {"um": "µm", "degF": "°F", "cm^-1": "cm⁻¹", "cm^2": "cm²", "lbf*ft": "lbf·ft", "ohm": "Ω", "permille": "‰"}
    assert run("1", symbols[unit], unit, env={"PYTHONIOENCODING": "utf-8"}).stdout.startswith(b"1 ")


def test_an_ascii_output_escapes_what_has_no_ascii_spelling():
    out = run("--search", "reaumur", env={"PYTHONIOENCODING": "ascii"})
    assert out.returncode == 0
    assert b"R\\xe9aumur" in out.stdout
    out.stdout.decode("ascii")


def test_an_ascii_error_message_is_written_too():
    out = run("1 µx", "ft", env={"PYTHONIOENCODING": "ascii"})
    assert out.returncode == 2
    assert out.stderr.startswith(b"error: ")
    out.stderr.decode("ascii")
    assert_no_traceback(out.stderr)


def test_an_encoding_that_has_the_characters_keeps_them():
    out = run("1 m", "µm", env={"PYTHONIOENCODING": "latin-1"})
    assert out.stdout == "1000000 µm\n".encode("latin-1")
