#!/usr/bin/env python3
"""Writes the reference vectors of core/tests/rational_reference.rs from Python's
`fractions.Fraction`, an exact arithmetic independent of the core.

Run from the repository root: python3 core/tests/data/generate_rational_vectors.py

- to_f64.tsv: numerator, denominator, the bits of the correctly rounded double (Python's
  float(Fraction) divides the two integers with one correct rounding), and what the row
  tests. Rows cover ties (rounded to even), near-ties decided by the sticky bit (a
  remainder or low quotient bits, quotients of 2^54 and more), negatives, the extremes
  of 128-bit fractions, and seeded random fractions of every size.
- from_f64_exact.tsv: the bits of a double, then its exact value as numerator and
  denominator in lowest terms, or `none` where they do not fit the core's 128-bit
  fractions (the core refuses exponents above 2^70 and denominators above 2^125, so
  every subnormal is refused), and what the row tests.
"""

import os
import random
import struct
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
I128_MAX = 2**127 - 1


def bits(x):
    return "{:016x}".format(struct.unpack("<Q", struct.pack("<d", x))[0])


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def to_f64_rows():
    rows = []

    def add(n, d, what):
        assert d > 0 and -I128_MAX <= n <= I128_MAX and d <= I128_MAX
        f = Fraction(n, d)
        rows.append((f.numerator, f.denominator, bits(float(f)), what))
        if n != 0:
            rows.append((-f.numerator, f.denominator, bits(float(-f)), what + ", negated"))

    add(0, 1, "zero")
    add(1, 1, "one")
    add(1, 3, "a third")
    add(127, 5000, "the inch in metres")
    add(2**53 + 1, 1, "tie between 2^53 and 2^53+2: to even, down")
    add(2**53 + 3, 1, "tie between 2^53+2 and 2^53+4: to even, up")
    add(2**53 + 1, 2**20, "tie with a power-of-two denominator, down")
    add(2**53 + 3, 2**20, "tie with a power-of-two denominator, up")
    add((2**53 + 1) * 3, 3 * 2**7, "tie reached through a reduced denominator")
    add(2**52 * 3 + 1, 2, "tie below 2^53 (long division path), to even")
    add(2**52 * 3 + 3, 2, "tie below 2^53 (long division path), up")
    add((2**53 + 1) * 7 + 1, 7 * 2**5, "just above a tie: the remainder is the sticky bit")
    add((2**53 + 1) * 7 - 1, 7 * 2**5, "just below a tie")
    add((2**53 + 2) * 7 + 1, 7 * 2**5, "just above an even double, no rounding bit")
    for shift in (1, 2, 7, 20, 60, 72):
        top = 2**(53 + shift)
        half = 2**(shift - 1) if shift else 0
        add(top + half, 1, "quotient 2^{}: an exact tie, to even".format(53 + shift))
        add(top + 2**shift + half, 1, "quotient 2^{}: a tie, to even (up)".format(53 + shift))
        if shift > 1:
            add(top + half + 1, 1, "quotient 2^{}: low quotient bits are the sticky bit".format(53 + shift))
            add(top + half - 1, 1, "quotient 2^{}: just below a tie".format(53 + shift))
        add((top + half) * 3 + 1, 3, "quotient 2^{}: the remainder is the sticky bit".format(53 + shift))
        add((top + half) * 3 - 1, 3, "quotient 2^{} just below a tie, remainder".format(53 + shift))
    add(2**54 - 1, 1, "2^54 - 1 rounds up to 2^54")
    add(2**54, 1, "quotient exactly 2^54")
    add(2**54 + 1, 1, "2^54 + 1")
    add(2**54 + 2, 1, "2^54 + 2: a tie, to even")
    add(2**54 + 6, 1, "2^54 + 6: a tie, to even (up)")
    add(I128_MAX, 1, "the largest numerator")
    add(I128_MAX, 7, "the largest numerator over 7")
    add(1, I128_MAX, "the largest denominator")
    add(1, 2**126, "2^-126")
    add(I128_MAX - 1, I128_MAX, "just below one")
    add(2**64 + 1, 2**64, "just above one")
    rng = random.Random(15)
    for _ in range(600):
        nb = rng.randint(1, 127)
        db = rng.randint(1, 127)
        n = rng.randint(1, min(2**nb, I128_MAX))
        d = rng.randint(1, min(2**db, I128_MAX))
        add(n, d, "random {}-bit over {}-bit".format(nb, db))
    return rows


def from_f64_rows():
    rows = []

    def add(x, what):
        f = Fraction(x)
        # The core keeps odd * 2^e with e at most 70, and denominators up to 2^125.
        fits = f.denominator <= 2**125
        if f.denominator == 1 and f.numerator != 0:
            n = abs(f.numerator)
            fits = (n & -n).bit_length() - 1 <= 70
        exact = ("{}".format(f.numerator), "{}".format(f.denominator)) if fits else ("none", "none")
        rows.append((bits(x),) + exact + (what,))

    for x, what in [
        (0.0, "zero"), (-0.0, "negative zero is 0"), (1.0, "one"), (-1.0, "minus one"),
        (0.1, "0.1 is 3602879701896397/36028797018963968"), (-0.1, "negative: the sign on the numerator"),
        (0.75, "three quarters"), (-2.5, "minus two and a half"), (1e300, "too large: 2^996 times an odd number"),
        (2.0**70, "2^70, the largest power of two kept"), (2.0**71, "2^71: refused"),
        (-(2.0**70) * 3, "-3 * 2^70"), ((2**53 - 1) * 2.0**70, "53 odd bits times 2^70"),
        (2.0**-125, "2^-125, the smallest power of two kept"), (2.0**-126, "2^-126: refused"),
        (-(2.0**-125) * 5, "-5 * 2^-125"), (2.0**-1022, "the smallest normal: refused"),
        (5e-324, "the smallest subnormal: refused"), (-5e-324, "a negative subnormal: refused"),
        (2.0**-1070 * 3, "a subnormal with low bits: refused"), (1.7976931348623157e308, "the largest double: refused"),
        (123456.789, "a decimal"), (-987654321.125, "a negative with a binary fraction"),
    ]:
        add(x, what)
    rng = random.Random(1015)
    for _ in range(300):
        x = rng.uniform(1, 2) * 2.0**rng.randint(-130, 80)
        if rng.random() < 0.5:
            x = -x
        add(x, "random double")
    return rows


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("# Generated by generate_rational_vectors.py from Python's fractions.Fraction; do not edit.\n")
        f.write("# " + "\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(str(c) for c in row) + "\n")


def main():
    write("to_f64.tsv", ["numerator", "denominator", "f64 bits", "what"], to_f64_rows())
    write("from_f64_exact.tsv", ["f64 bits", "numerator", "denominator", "what"], from_f64_rows())


if __name__ == "__main__":
    main()
