"""The core's rounding vectors (core/tests/data/*.tsv, checked by core/tests/rational.rs)
are what Python's fractions.Fraction says: regenerated here and compared, so a hand edit
or a stale file cannot pass as a reference."""

import importlib.util
import struct
from fractions import Fraction
from pathlib import Path

DATA = Path(__file__).parent.parent / "core" / "tests" / "data"


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_rational_vectors", DATA / "generate_rational_vectors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = load_generator()


def rows(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_to_f64_vectors_are_current():
    expected = [[str(c) for c in row] for row in GEN.to_f64_rows()]
    assert rows("to_f64.tsv") == expected


def test_from_f64_exact_vectors_are_current():
    expected = [[str(c) for c in row] for row in GEN.from_f64_rows()]
    assert rows("from_f64_exact.tsv") == expected


def test_every_to_f64_row_is_the_nearest_double():
    for numerator, denominator, bits, what in rows("to_f64.tsv"):
        exact = Fraction(int(numerator), int(denominator))
        x = struct.unpack("<d", struct.pack("<Q", int(bits, 16)))[0]
        below = struct.unpack("<d", struct.pack("<Q", int(bits, 16) - 1))[0] if x != 0 else x
        above = struct.unpack("<d", struct.pack("<Q", int(bits, 16) + 1))[0]
        error = abs(Fraction(x) - exact)
        # No neighbour is closer, and a tie goes to the even mantissa.
        for neighbour in (below, above):
            other = abs(Fraction(neighbour) - exact)
            assert error < other or (error == other and int(bits, 16) % 2 == 0), (numerator, denominator, what)
