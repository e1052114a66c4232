"""The shared conversion vectors (tests/vectors/*.tsv), also checked by the Rust and
JavaScript tests: each row is value, from unit, to unit, expected result, origin."""

import math
from pathlib import Path

import pytest

import embedded_unit_converter as euc

VECTORS = Path(__file__).parent / "vectors"


def rows():
    for path in sorted(VECTORS.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            value, from_unit, to_unit, expected, *_ = line.split("\t")
            yield pytest.param(path.name, float(value), from_unit, to_unit, float(expected), id=f"{path.name}:{number}")


@pytest.mark.parametrize("file, value, from_unit, to_unit, expected", list(rows()))
def test_vector(file, value, from_unit, to_unit, expected):
    got = euc.convert(value, from_unit, to_unit)
    if file == "exact.tsv":
        assert got == expected
    else:
        assert math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-300)


def test_there_are_vectors():
    assert len(list(rows())) >= 100
