"""Side by side with pint, measured in one run: scalar convert, text evaluate, a
1,000,000-element array against numpy's own multiply, and a cold start.

Prints each figure beside its peer and the ratio; the machine is shared and noisy, so
only the ratios mean much. Run: `make bench` or `.venv/bin/python bench/core_vs_pint.py`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit

import numpy as np
import pint

import embedded_unit_converter as euc

REPEATS = 7


def best_per_call(fn, number: int) -> float:
    """Median of the per-call time over several repeats (seconds)."""
    return statistics.median(t / number for t in timeit.repeat(fn, number=number, repeat=REPEATS))


def cold_start(code: str) -> float:
    runs = []
    for _ in range(REPEATS):
        out = subprocess.run(
            [sys.executable, "-c", f"import time; t=time.perf_counter(); {code}; print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def row(name: str, ours: float, theirs: float, unit: str, scale: float, peer: str) -> None:
    ratio = theirs / ours
    print(f"{name:<34} {ours * scale:>12.3f} {unit:<3} {theirs * scale:>12.3f} {unit:<3} {ratio:>9.1f}x  ({peer})")


def main() -> None:
    ureg = pint.UnitRegistry()
    print(f"{'measure':<34} {'ours':>16} {'peer':>16} {'peer/ours':>10}")

    ours = best_per_call(lambda: euc.convert(88.0, "km/h", "m/s"), 100_000)
    q = ureg.Quantity
    theirs = best_per_call(lambda: q(88.0, "km/h").to("m/s").magnitude, 2_000)
    row("scalar convert km/h -> m/s", ours, theirs, "µs", 1e6, "pint Quantity(...).to()")

    ours = best_per_call(lambda: euc.evaluate("100 km/h to mph").value, 20_000)
    theirs = best_per_call(lambda: ureg.parse_expression("100 km/h").to("mph").magnitude, 500)
    row("text evaluate '100 km/h to mph'", ours, theirs, "µs", 1e6, "pint parse_expression().to()")

    ours = best_per_call(lambda: euc.evaluate("5 ft 3 in to cm").value, 20_000)
    theirs = best_per_call(lambda: ureg.parse_expression("5 ft + 3 in").to("cm").magnitude, 500)
    row("text evaluate '5 ft 3 in to cm'", ours, theirs, "µs", 1e6, "pint parse_expression().to()")

    values = np.random.default_rng(1).random(1_000_000) * 100
    factor = 1000 / 3600
    ours = best_per_call(lambda: euc.convert(values, "km/h", "m/s"), 20)
    theirs = best_per_call(lambda: values * factor, 20)
    print(f"{'1e6-element array km/h -> m/s':<34} {ours * 1e3:>12.3f} ms  {theirs * 1e3:>12.3f} ms  "
          f"{ours / theirs:>9.2f}x  (ours/numpy multiply; target <= 1.5)")
    theirs_pint = best_per_call(lambda: q(values, "km/h").to("m/s").magnitude, 5)
    row("1e6-element array vs pint", ours, theirs_pint, "ms", 1e3, "pint array Quantity.to()")

    ours = cold_start("import embedded_unit_converter as e; e.convert(1, 'mi', 'km')")
    theirs = cold_start("import pint; u = pint.UnitRegistry(); u.Quantity(1, 'mi').to('km')")
    row("cold start: import + 1 conversion", ours, theirs, "ms", 1e3, "pint import + UnitRegistry()")
    print()
    print("Targets: scalar >= 100x pint and <= 0.5 µs; text >= 50x pint; array <= 1.5x numpy; "
          "cold start <= 1/10 of pint's.")


if __name__ == "__main__":
    main()
