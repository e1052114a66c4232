"""GNU Units as an independent oracle, both ways: tests/vectors/gnu_units.tsv holds the
units on which it agrees with us (checked by test_vectors.py), and every other unit is in
tests/vectors/audit/gnu_units_disagreements.tsv with its status and reason, written by
`audit_against_gnu_units.py --write`. These tests keep that list complete and current:
a unit added without being checked or listed, a listed value that changed, or a GNU
Units answer that moved, fails here."""

import importlib.util
import math
import os
from pathlib import Path

import pytest

import embedded_unit_converter as euc

VECTORS = Path(__file__).parent / "vectors"
STATUSES = {"different", "unknown_to_gnu", "skipped"}


def load_audit():
    spec = importlib.util.spec_from_file_location("audit_against_gnu_units", VECTORS / "audit_against_gnu_units.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


AUDIT = load_audit()


def table(name):
    lines = (VECTORS / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


ROWS = [dict(zip(AUDIT.DISAGREEMENT_COLUMNS, cols)) for cols in table("audit/gnu_units_disagreements.tsv")]
# Currencies are checked against the ECB feed (tests/test_money.py), not GNU Units: rates
# change daily and GNU's currency file is of another day.
UNITS = {u.id: u for c in euc.categories() if c.id != "money" for u in c.units}


def verified_symbols():
    out = set()
    for value, from_unit, to_unit, *_ in table("gnu_units.tsv"):
        out.update((from_unit, to_unit))
    return out


def test_the_list_is_well_formed():
    assert len(ROWS) > 50
    assert all(len(row) == len(AUDIT.DISAGREEMENT_COLUMNS) for row in ROWS)
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids)), "a unit listed twice"
    for row in ROWS:
        assert row["status"] in STATUSES, row  # "unexplained" needs a reason in DIFFERENT
        assert row["reason"].strip(), row


def test_every_unit_is_checked_against_gnu_units_or_listed_with_a_reason():
    verified = verified_symbols()
    listed = {row["id"] for row in ROWS}
    # A category's base unit is 1 of itself by definition: there is nothing to compare.
    bases, _definitions = AUDIT.parse_units_files()
    base_of = {u.id: bases[c.id] for c in euc.categories() if c.id != "money" for u in c.units}
    unaccounted = [
        u.id for u in UNITS.values() if u.symbol not in verified and u.id not in listed and u.symbol != base_of[u.id]
    ]
    assert unaccounted == [], "neither in gnu_units.tsv nor in gnu_units_disagreements.tsv: run audit_against_gnu_units.py --write"
    gone = sorted(listed - set(UNITS))
    assert gone == [], "listed units that no longer exist"
    # A unit GNU Units defines differently under the same name may still be checked under
    # another GNU name (our century is 100 julianyear); never under the name it differs by.
    origins = {}
    for _value, from_unit, _to, _expected, origin in table("gnu_units.tsv"):
        origins.setdefault(from_unit, []).append(origin)
    both = [
        row["id"]
        for row in ROWS
        if row["status"] == "different"
        and any(f"'1 {row['gnu_expression']}'" in origin for origin in origins.get(row["symbol"], []))
    ]
    assert both == [], "listed as different but agreeing in gnu_units.tsv under the same GNU name"


def test_our_listed_values_are_current():
    for row in ROWS:
        if not row["our_value"]:
            continue
        ours = euc.convert(1.0, row["symbol"], row["base"])
        assert math.isclose(ours, float(row["our_value"]), rel_tol=1e-12), (row["id"], ours, row["our_value"])


@pytest.mark.skipif(not os.path.exists(AUDIT.UNITS), reason="GNU Units is not installed (make test's set-up installs it)")
def test_gnu_units_still_answers_as_recorded():
    stale = []
    for row in ROWS:
        if row["status"] == "skipped":
            continue
        theirs = AUDIT.gnu_value(row["gnu_expression"], 1, AUDIT.gnu_base(row["symbol"], row["base"]))
        recorded = None if row["gnu_value"] == "unknown" else float(row["gnu_value"])
        if row["status"] == "unknown_to_gnu":
            if theirs is not None:
                stale.append(f"{row['id']}: GNU Units now knows {row['gnu_expression']!r} = {theirs}")
            continue
        if (theirs is None) != (recorded is None) or (theirs is not None and not math.isclose(theirs, recorded, rel_tol=1e-12)):
            stale.append(f"{row['id']}: GNU Units now gives {theirs} for {row['gnu_expression']!r}, recorded {recorded}")
        elif theirs is not None and row["our_value"] and AUDIT.close(theirs, float(row["our_value"])):
            stale.append(f"{row['id']}: now agrees with GNU Units: move it to gnu_units.tsv")
    assert stale == [], "\n".join(stale)
