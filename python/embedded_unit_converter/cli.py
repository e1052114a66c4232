"""The command line: convert, list and search units. Errors go to stderr, exit status 2."""

from __future__ import annotations

import argparse
import sys

from . import UnitError, categories, evaluate, find_units, format_value
from .limits import SIGNIFICANT_DIGITS


def _digits(text: str) -> int:
    low, high = SIGNIFICANT_DIGITS
    try:
        n = int(text)
    except ValueError:
        n = None
    if n is None or not low <= n <= high:
        raise argparse.ArgumentTypeError(f"expected a whole number from {low} to {high}, got {text!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="embedded-unit-converter",
        description="Convert units exactly.",
        epilog='Examples: "5 ft 3 in" cm  |  100 degC degF  |  "100 km/h to mph"  |  --search meter',
    )
    p.add_argument("quantity", nargs="?", help='what to convert, e.g. "5 ft 3 in" or "100 km/h to mph"')
    p.add_argument("target", nargs="*", help="the unit to convert to (optional when the text says 'to')")
    p.add_argument("--list", nargs="?", const="", metavar="CATEGORY", help="list categories, or the units of one")
    p.add_argument("--search", metavar="TEXT", help="find units by name, symbol or alias")
    p.add_argument("--digits", type=_digits, default=15, metavar="N", help=f"significant digits, {SIGNIFICANT_DIGITS[0]} to {SIGNIFICANT_DIGITS[1]} (default 15)")
    return p


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.list is not None:
        return _list(args.list)
    if args.search is not None:
        for u in find_units(args.search, 20):
            print(f"{u.symbol:<12} {u.name:<32} {u.category}")
        return 0
    if not args.quantity:
        _parser().print_usage(sys.stderr)
        return 2
    text = args.quantity
    if args.target:
        # `100 degC degF`: the first words are the quantity's value and unit.
        text = f"{text} {' '.join(args.target[:-1])} to {args.target[-1]}" if len(args.target) > 1 else f"{text} to {args.target[0]}"
    try:
        q = evaluate(text)
    except UnitError as e:
        return _fail(str(e))
    if q.parts:
        print(str(q))
    else:
        value = format_value(q.value, args.digits)
        print(f"{value} {q.unit}".rstrip())
    return 0


def _list(category: str) -> int:
    cats = categories()
    if not category:
        for c in cats:
            print(f"{c.id:<28} {c.name} ({len(c.units)} units)")
        return 0
    wanted = category.lower()
    for c in cats:
        if wanted in (c.id.lower(), c.name.lower()):
            for u in c.units:
                print(f"{u.symbol:<14} {u.name}")
            return 0
    return _fail(f'no category "{category}"; try --list to see them all')
