#!/usr/bin/env python3
"""Writes gnu_units.tsv: conversions computed by GNU Units, an independent oracle.

Run from the repository root: .venv/bin/python tests/vectors/generate_from_gnu_units.py
Besides the hand-written PAIRS it adds "1 unit in the category's base unit" for every unit
that audit_against_gnu_units.py finds equal in GNU Units, so it needs the Python package
built (`make extension`). Needs GNU Units (`apt-get install units`, /usr/bin/units); the tests do not, since the
generated file is committed. Each pair below names the unit in our syntax and, where
GNU Units spells it differently, in GNU Units' syntax (our `h` is the hour; in GNU Units
`h` is Planck's constant). Only pairs whose definitions agree are listed: GNU Units'
`year` is the tropical year and our `a` the Julian year, so years are compared through
`julianyear`; temperatures use GNU Units' function form `tempC(100)`.

Left out on purpose, because the two programs define them differently: the parsec (GNU
au/tan(1"), ours 648000/π au, IAU 2015 B2), the US cable (GNU 100 fathoms, ours 720 ft,
NIST Handbook 44), the barleycorn and US survey acre/section/township (GNU uses other
inches and feet), the oersted and gilbert (GNU uses the measured µ0 since 2019, ours
1000/(4π) A/m as NIST SP 811), the electron mass and synodic month (different constants),
rpm (GNU counts a revolution as 2π, ours rpm is a frequency, 1/min).
"""

import os
import subprocess
import sys

UNITS = "/usr/bin/units"
HERE = os.path.dirname(os.path.abspath(__file__))

# (value, our from, our to, GNU from, GNU to); None means "same as ours".
PAIRS = [
    # length
    (1, "mi", "km", "mile", "km"),
    (1, "in", "cm", None, None),
    (5280, "ft", "m", None, None),
    (100, "yd", "m", None, None),
    (1, "nmi", "ft", None, None),
    (1, "mil", "mm", None, None),
    (3.5, "ftUS", "m", "surveyfoot", "m"),
    (1, "mi_US", "m", "surveymile", "m"),
    (1, "ch", "ft", "chain", "ft"),
    (1, "fur", "m", "furlong", "m"),
    (1, "ftm", "m", "fathom", "m"),
    (2, "rod", "ft", None, None),
    (1, "lea", "km", "league", "km"),
    (1, "hh", "cm", "hand", "cm"),
    (1, "au", "km", None, None),
    (1, "ly", "km", "lightyear", "km"),
    (1, "Å", "nm", "angstrom", "nm"),
    (1, "a0", "pm", "bohrradius", "pm"),
    (1, "fermi", "m", None, None),
    (1, "micron", "nm", None, None),
    (1, "shaku", "cm", None, None),
    (1, "ri", "km", None, None),
    (1, "ken", "m", None, None),
    (1, "versta", "m", None, None),
    (1, "arshin", "cm", None, None),
    (1, "sazhen", "m", None, None),
    (1, "pes", "m", "romanfoot", "m"),
    (1, "passus", "m", "romanpace", "m"),
    (1, "mille_passus", "km", "romanmile", "km"),
    (1, "smoot", "m", None, None),
    (1, "toise", "m", None, None),
    (1, "pt_typo", "mm", "point", "mm"),
    (1, "pica", "mm", "computerpica", "mm"),
    (1, "pt_TeX", "mm", "texpoint", "mm"),
    (1, "pc_TeX", "mm", "12 texpoint", "mm"),
    (1, "sp", "nm", "texscaledpoint", "nm"),
    (1, "px", "mm", "1|96 inch", "mm"),
    (1, "twip", "mm", None, None),
    # area
    (1, "acre", "m²", "acre", "m^2"),
    (1, "ha", "acre", "hectare", "acre"),
    (1, "mi²", "km²", "mile^2", "km^2"),
    (1, "ft²", "m²", "ft^2", "m^2"),
    (1, "in²", "cm²", "in^2", "cm^2"),
    (1, "yd²", "m²", "yd^2", "m^2"),
    (1, "cmil", "mm²", "circularmil", "mm^2"),
    (1, "barn", "m²", "barn", "m^2"),
    (1, "rood", "m²", None, "m^2"),
    (1, "tsubo", "m²", None, "m^2"),
    (1, "are", "m²", None, "m^2"),
    # volume
    (1, "gal", "L", "gallon", "liter"),
    (1, "qt", "L", "quart", "liter"),
    (1, "pt", "mL", "pint", "ml"),
    (1, "cup", "mL", None, "ml"),
    (1, "floz", "mL", "floz", "ml"),
    (1, "tbsp", "mL", None, "ml"),
    (1, "tsp", "mL", None, "ml"),
    (1, "gi", "mL", "gill", "ml"),
    (1, "fldr", "mL", "fluiddram", "ml"),
    (1, "minim", "mL", None, "ml"),
    (1, "imp_gal", "L", "brgallon", "liter"),
    (1, "imp_pt", "mL", "brpint", "ml"),
    (1, "imp_floz", "mL", "brfloz", "ml"),
    (1, "imp_qt", "L", "brquart", "liter"),
    (1, "imp_gal", "gal", "brgallon", "gallon"),
    (1, "bbl", "L", "barrel", "liter"),
    (1, "bu_US", "L", "bushel", "liter"),
    (1, "pk", "L", "peck", "liter"),
    (1, "dry_pt", "L", "drypint", "liter"),
    (1, "ft³", "L", "ft^3", "liter"),
    (1, "in³", "mL", "in^3", "ml"),
    (1, "yd³", "m³", "yd^3", "m^3"),
    (1, "ac·ft", "m³", "acrefoot", "m^3"),
    (1, "fbm", "L", "boardfoot", "liter"),
    (1, "cord", "m³", None, "m^3"),
    (1, "cup_metric", "mL", "metriccup", "ml"),
    (1, "tbsp_AU", "mL", "australiatablespoon", "ml"),
    (1, "koku", "L", None, "liter"),
    # mass
    (1, "lb", "kg", "pound", "kg"),
    (1, "oz", "g", "ounce", "g"),
    (1, "st", "kg", "stone", "kg"),
    (1, "ton", "kg", "shortton", "kg"),
    (1, "long_ton", "kg", "longton", "kg"),
    (1, "t", "lb", "tonne", "pound"),
    (1, "gr", "mg", "grain", "mg"),
    (1, "dr", "g", "dram", "g"),
    (1, "ozt", "g", "troyounce", "g"),
    (1, "lbt", "g", "troypound", "g"),
    (1, "dwt", "g", "pennyweight", "g"),
    (1, "ct", "g", "carat", "g"),
    (1, "cwt", "kg", "shorthundredweight", "kg"),
    (1, "cwt_UK", "kg", "brhundredweight", "kg"),
    (1, "slug", "kg", None, None),
    (1, "Da", "kg", "dalton", "kg"),
    (1, "m_p", "kg", "protonmass", "kg"),
    (1, "pud", "kg", "pood", "kg"),
    (1, "funt", "kg", None, None),
    (1, "kan", "kg", None, None),
    (1, "monme", "g", None, None),
    (1, "AT", "g", "assayton", "g"),
    (1, "slinch", "kg", None, None),
    # time
    (1, "h", "s", "hour", "s"),
    (1, "d", "min", "day", "min"),
    (1, "wk", "h", "week", "hour"),
    (1, "fortnight", "d", None, "day"),
    (1, "a", "d", "julianyear", "day"),
    (1, "a", "s", "julianyear", "s"),
    (1, "yr_greg", "d", "gregorianyear", "day"),
    (1, "century", "d", "julianyear 100", "day"),
    (1, "shake", "ns", None, None),
    # temperature
    (100, "°C", "°F", "tempC({})", "tempF"),
    (-40, "°C", "°F", "tempC({})", "tempF"),
    (0, "°C", "K", "tempC({})", "tempK"),
    (98.6, "°F", "°C", "tempF({})", "tempC"),
    (451, "°F", "K", "tempF({})", "tempK"),
    (300, "K", "°R", "tempK({})", "tempR"),
    (80, "°Ré", "°C", "tempreaumur({})", "tempC"),
    (10, "deltaC", "deltaF", "10 degC", "degF"),
    (1, "°R", "K", "degR", "K"),
    # speed and acceleration
    (100, "km/h", "mph", "km/hour", "mile/hour"),
    (60, "mph", "km/h", "mile/hour", "km/hour"),
    (1, "kn", "km/h", "knot", "km/hour"),
    (1, "m/s", "ft/s", "m/s", "ft/s"),
    (1, "ft/min", "m/s", "ft/min", "m/s"),
    (1, "c₀", "km/s", "c", "km/s"),
    (1, "g0", "m/s²", "gravity", "m/s^2"),
    (1, "g0", "ft/s²", "gravity", "ft/s^2"),
    (1, "Gal", "m/s²", "galileo", "m/s^2"),
    # force and pressure
    (1, "lbf", "N", "lbf", "N"),
    (1, "kgf", "N", None, None),
    (1, "dyn", "N", "dyne", "N"),
    (1, "pdl", "N", "poundal", "N"),
    (1, "kip", "kN", None, "kN"),
    (1, "ozf", "N", "ounce gravity", "N"),
    (1, "tonf", "kN", "shortton gravity", "kN"),
    (1, "psi", "kPa", None, None),
    (1, "atm", "psi", None, None),
    (1, "bar", "psi", None, None),
    (1, "mmHg", "Pa", None, None),
    (1, "inHg", "kPa", None, None),
    (1, "Torr", "Pa", "torr", "Pa"),
    (1, "at", "kPa", "technicalatmosphere", "kPa"),
    (1, "inH2O", "Pa", "inH2O", "Pa"),
    (1, "mmH2O", "Pa", "mmH2O", "Pa"),
    (1, "ksi", "MPa", None, None),
    (1, "Ba", "Pa", "barye", "Pa"),
    # energy and power
    (1, "cal", "J", "calorie", "J"),
    (1, "kcal", "kJ", "kcal", "kJ"),
    (1, "cal_IT", "J", "calorie_IT", "J"),
    (1, "BTU", "J", "btu", "J"),
    (1, "BTU", "cal", "btu", "calorie"),
    (1, "kWh", "MJ", None, None),
    (1, "kWh", "BTU", "kWh", "btu"),
    (1, "therm", "MJ", "therm", "MJ"),
    (1, "eV", "J", None, None),
    (1, "MeV", "pJ", None, None),
    (1, "E_h", "eV", "hartree", "eV"),
    (1, "erg", "J", None, None),
    (1, "ft·lbf", "J", "ft lbf", "J"),
    (1, "toe", "GJ", None, None),
    (1, "quad", "EJ", None, None),
    (1, "hp", "W", "horsepower", "W"),
    (1, "PS", "W", "metrichorsepower", "W"),
    (1, "hp_E", "W", "electrichorsepower", "W"),
    (1, "hp_S", "kW", "boilerhorsepower", "kW"),
    (1, "BTU/h", "W", "btu/hour", "W"),
    (1, "kW", "hp", None, "horsepower"),
    (1, "erg/s", "W", None, None),
    # torque
    (1, "lbf·ft", "N·m", "lbf ft", "N m"),
    (1, "lbf·in", "N·m", "lbf in", "N m"),
    (1, "kgf·m", "N·m", "kgf m", "N m"),
    (1, "ozf·in", "N·m", "ounce gravity inch", "N m"),
    # angle and rotation
    (1, "rad", "°", "radian", "degree"),
    (90, "°", "rad", "degree", "radian"),
    (1, "grad", "°", "gon", "degree"),
    (1, "arcsec", "rad", "arcsec", "radian"),
    (1, "rev", "°", "revolution", "degree"),
    (1, "arcmin", "°", "arcmin", "degree"),
    (1, "deg²", "sr", "deg^2", "sr"),
    (3000, "rpm", "Hz", "{}/min", "Hz"),
    (1, "rev/min", "rad/s", "rev/min", "radian/s"),
    (1, "°/s", "rad/s", "degree/s", "radian/s"),
    # data
    (1, "GB", "MB", None, None),
    (1, "GiB", "MiB", None, None),
    (1, "GiB", "GB", None, None),
    (1, "TB", "TiB", None, None),
    (1, "B", "bit", "byte", "bit"),
    (1, "nibble", "bit", None, None),
    (100, "Mbit/s", "MB/s", "Mbit/s", "MB/s"),
    (1, "MiB/s", "kbit/s", "MiB/s", "kbit/s"),
    # fuel economy (reciprocal)
    (30, "mpg", "L/100km", "1/(30 mpg)", "liter/(100 km)"),
    (1, "mpg", "km/L", "mpg", "km/liter"),
    (1, "mpg_imp", "km/L", "mile/brgallon", "km/liter"),
    # density, flow, viscosity
    (1, "g/cm³", "kg/m³", "g/cm^3", "kg/m^3"),
    (1, "lb/ft³", "kg/m³", "lb/ft^3", "kg/m^3"),
    (1, "lb/in³", "g/cm³", "lb/in^3", "g/cm^3"),
    (1, "lb/gal", "kg/L", "lb/gallon", "kg/liter"),
    (1, "slug/ft³", "kg/m³", "slug/ft^3", "kg/m^3"),
    (1, "gal/min", "L/s", "gallon/min", "liter/s"),
    (1, "ft³/min", "m³/h", "ft^3/min", "m^3/hour"),
    (1, "ft³/s", "m³/s", "ft^3/s", "m^3/s"),
    (1, "bbl/d", "m³/d", "barrel/day", "m^3/day"),
    (1, "MGD", "m³/s", "1e6 gallon/day", "m^3/s"),
    (1, "lb/h", "kg/s", "lb/hour", "kg/s"),
    (1, "t/h", "kg/s", "tonne/hour", "kg/s"),
    (1, "P", "Pa·s", "poise", "Pa s"),
    (1, "cP", "Pa·s", "centipoise", "Pa s"),
    (1, "reyn", "Pa·s", None, "Pa s"),
    (1, "lbf·s/ft²", "Pa·s", "lbf s/ft^2", "Pa s"),
    (1, "St", "m²/s", "stokes", "m^2/s"),
    (1, "cSt", "mm²/s", "centistokes", "mm^2/s"),
    (1, "ft²/s", "m²/s", "ft^2/s", "m^2/s"),
    (1, "dyn/cm", "N/m", "dyne/cm", "N/m"),
    (1, "den", "tex", "denier", "tex"),
    (1, "oz/yd²", "g/m²", "oz/yd^2", "g/m^2"),
    # electromagnetism
    (1, "Ah", "C", "ampere hour", "C"),
    (1000, "mAh", "C", "mA hour", "C"),
    (1, "statC", "C", "statcoulomb", "C"),
    (1, "abC", "C", "abcoulomb", "C"),
    (1, "abA", "A", "abampere", "A"),
    (1, "statA", "A", "statampere", "A"),
    (1, "statV", "V", "statvolt", "V"),
    (1, "abV", "V", "abvolt", "V"),
    (1, "statΩ", "Ω", "statohm", "ohm"),
    (1, "abΩ", "Ω", "abohm", "ohm"),
    (1, "statF", "pF", "statfarad", "pF"),
    (1, "abF", "F", "abfarad", "F"),
    (1, "abH", "H", "abhenry", "H"),
    (1, "G", "T", "gauss", "T"),
    (1, "Mx", "Wb", "maxwell", "Wb"),
    (1, "D", "C·m", "debye", "C m"),
    (1, "e", "C", None, None),
    (1, "faraday", "C", None, None),
    # light and radiation
    (1, "fc", "lx", "footcandle", "lux"),
    (1, "ph", "lx", "phot", "lux"),
    (1, "fL", "cd/m²", "footlambert", "cd/m^2"),
    (1, "Lb", "cd/m²", "lambert", "cd/m^2"),
    (1, "sb", "cd/m²", "stilb", "cd/m^2"),
    (1, "asb", "cd/m²", "apostilb", "cd/m^2"),
    (1, "Ci", "Bq", "curie", "Bq"),
    (1, "mCi", "MBq", "millicurie", "MBq"),
    (1, "Rd", "Bq", "rutherford", "Bq"),
    (1, "R", "C/kg", "roentgen", "C/kg"),
    (1, "rd", "Gy", "rad", "gray"),
    (1, "rem", "mSv", "rem", "mSv"),
    # chemistry, heat, ratios
    (1, "M", "mol/m³", "mol/liter", "mol/m^3"),
    (1, "cal/(g·K)", "J/(kg·K)", "calorie/(g K)", "J/(kg K)"),
    (1, "BTU/(lb·°F)", "J/(kg·K)", "btu/(lb degF)", "J/(kg K)"),
    (1, "BTU/(h·ft·°F)", "W/(m·K)", "btu/(hour ft degF)", "W/(m K)"),
    (1, "BTU/(h·ft²)", "W/m²", "btu/(hour ft^2)", "W/m^2"),
    (1, "BTU/lb", "kJ/kg", "btu/lb", "kJ/kg"),
    (1, "clo", "m²·K/W", None, "m^2 K/W"),
    (1, "%", "ppm", "percent", "ppm"),
    (1, "‰", "ppb", "0.001", "ppb"),
    (1, "gross", "doz", "gross", "dozen"),
    (1, "ream", "each", "ream", "1"),
]


def audited_pairs():
    """1 unit -> its category's base for every unit audit_against_gnu_units.py found equal
    in GNU Units, leaving out units the hand-written pairs above already convert."""
    sys.path.insert(0, HERE)
    import audit_against_gnu_units  # needs the Python package (make extension)

    covered = {p[1] for p in PAIRS}
    return [p for p in audit_against_gnu_units.verified_pairs() if p[1] not in covered]


FAILURES = []


def gnu(value, name):
    if "{}" in name:
        return name.format(value)
    return "{} {}".format(value, name)


def run(query, target):
    out = subprocess.run([UNITS, "-t", "-d", "15", query, target], capture_output=True, text=True, check=False)
    text = out.stdout.strip()
    try:
        return float(text)
    except ValueError:
        FAILURES.append("{!r} -> {!r}: {} {}".format(query, target, text, out.stderr.strip()))
        return None


def main():
    rows = []
    seen = set()
    for value, ours_from, ours_to, gnu_from, gnu_to in PAIRS + audited_pairs():
        key = (value, ours_from, ours_to)
        if key in seen:
            continue
        seen.add(key)
        gf = gnu_from if gnu_from is not None else ours_from
        gt = gnu_to if gnu_to is not None else ours_to
        query = gnu(value, gf) if not gf[0].isdigit() and not gf.startswith("-") else gf
        result = run(query, gt)
        if result is None:
            continue
        origin = "GNU Units 2.22: units -t -d 15 '{}' '{}'".format(query, gt)
        rows.append("{}\t{}\t{}\t{}\t{}".format(value, ours_from, ours_to, "%.17g" % result, origin))
    if FAILURES:
        sys.exit("GNU Units failed on:\n" + "\n".join(FAILURES))
    path = os.path.join(HERE, "gnu_units.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated by generate_from_gnu_units.py; do not edit by hand.\n")
        f.write("# input_value\tfrom_unit\tto_unit\texpected\torigin\n")
        f.write("\n".join(rows) + "\n")
    print("wrote {} conversions to {}".format(len(rows), path))


if __name__ == "__main__":
    main()
