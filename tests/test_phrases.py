"""Phrases as people type them (tests/vectors/phrases/*.tsv, format in
tests/vectors/README.md), through euc.evaluate: the value in the phrase's target unit
within a relative 1e-9, or the error code. The Rust and JavaScript tests read the same
files. Every failing phrase is reported at once, so the gap is seen whole."""

import inspect
import math
from pathlib import Path

import pytest

import embedded_unit_converter as euc

PHRASES = Path(__file__).parent / "vectors" / "phrases"
REL_TOL = 1e-9
ABS_TOL = 1e-12  # for expected values of 0 (32 F to C)


def rows():
    out = []
    for path in sorted(PHRASES.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            assert len(cols) == 5, f"{path.name}:{number}: expected 5 TAB-separated columns"
            phrase, expected, customary, origin, kind = cols
            assert customary in ("us", "uk"), f"{path.name}:{number}: customary is {customary!r}"
            out.append({"where": f"{path.name}:{number}", "phrase": phrase, "expected": expected,
                        "customary": customary, "origin": origin, "kind": kind})
    return out


def takes_customary():
    """Whether euc.evaluate accepts the US/UK setting as `customary=`."""
    try:
        return "customary" in inspect.signature(euc.evaluate).parameters
    except (TypeError, ValueError):
        return False


def check(row):
    """None if the phrase gives what the row expects, else what went wrong."""
    kwargs = {"customary": row["customary"]} if takes_customary() else {}
    expected = row["expected"]
    try:
        q = euc.evaluate(row["phrase"], **kwargs)
    except euc.UnitError as e:
        if expected == f"error:{e.code}":
            return None
        return f"error {e.code}: {e}"
    if expected.startswith("error:"):
        return f"{q.value!r} {q.unit} ({q.interpretation}), not refused"
    want = float(expected)
    if math.isclose(q.value, want, rel_tol=REL_TOL, abs_tol=ABS_TOL):
        return None
    return f"{q.value!r} {q.unit} ({q.interpretation})"


def test_the_corpus_is_there():
    r = rows()
    assert len(r) >= 200
    kinds = {row["kind"] for row in r}
    assert {"recipe", "DIY", "travel", "fitness", "weather", "car", "computing"} <= kinds
    assert any(row["customary"] == "uk" for row in r)
    assert any(row["expected"].startswith("error:") for row in r)
    for row in r:
        if not row["expected"].startswith("error:"):
            assert math.isfinite(float(row["expected"])), row["where"]


def run(customary):
    failures = []
    for row in rows():
        if row["customary"] != customary:
            continue
        problem = check(row)
        if problem is not None:
            failures.append(f"{row['where']} [{row['kind']}] {row['phrase']!r}: got {problem}; "
                            f"expected {row['expected']}")
    return failures


def test_phrases_with_us_customary():
    failures = run("us")
    assert not failures, f"{len(failures)} phrases fail:\n" + "\n".join(failures)


def test_phrases_with_uk_customary():
    if not takes_customary():
        pytest.skip("euc.evaluate takes no customary= argument yet: the UK rows need the US/UK setting")
    failures = run("uk")
    assert not failures, f"{len(failures)} phrases fail:\n" + "\n".join(failures)
