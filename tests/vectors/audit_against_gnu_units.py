#!/usr/bin/env python3
"""Audits every unit definition against GNU Units, an independent program.

Run from the repository root with the Python package built (`make extension`):

    .venv/bin/python tests/vectors/audit_against_gnu_units.py            # summary + problems
    .venv/bin/python tests/vectors/audit_against_gnu_units.py --verbose  # every unit

Needs GNU Units (/usr/bin/units); the tests do not. For every unit of every category
(`embedded_unit_converter.categories()`) it looks for the same unit in GNU Units, first
under the name given in MAPPING below, then under the unit's symbol, id, name and
aliases, converts 1 unit to the SI base units of its dimension in both programs and sorts the unit
into one of:

- equal: some GNU name has the same dimension and the same value within a relative 1e-12;
- different: GNU Units knows a name of the same dimension, with another value;
- not found: GNU Units knows none of the names (or only with another dimension);
- skipped: offset temperature scales without a GNU function form (exact.tsv covers them).

What makes an accidental match impossible: both values are taken in the base units of
the dimension our core gives the unit, written with the nine base unit names that mean
the same in both programs (`m kg s A K mol cd`, `radian`/our `rad`, `bit`), never with a
category's base expression, which GNU may read as something else (GNU's `rad` is the
dose unit, so `mrad` to `rad` once "agreed" as millirad to rad). GNU refuses a
conversion between different dimensions, so a GNU name of another dimension is never
compared by number, and a category base GNU misreads cannot carry its units along.
GNU Units counts angles as plain numbers (`radian` and `sr` are "!dimensionless"), which
would let a plane angle match a solid angle or a ratio by number alone (GNU's `octant` is
π/2 sr, ours an eighth of a turn); so the audit loads GNU's definitions with ANGLES_AS_A_DIMENSION
on top, which makes the radian a base unit and the steradian a square radian, as they are
in our core (the numbers GNU prints do not change, only what it will convert). Before any
pair goes to gnu_units.tsv, the category's base expression as GNU reads it is checked the
same way.

Names differ between the two programs (our `h` is the hour, GNU `h` is Planck's constant;
our `a` is the Julian year, GNU `a` the are). MAPPING names the GNU spelling where the
automatic search would miss it or find the wrong unit. DIFFERENT lists the units that
GNU Units defines differently under the same name, with the reason ours is what it is;
they are reported apart and never written to the vectors.

`verified_pairs()` gives the equal units as conversion pairs; generate_from_gnu_units.py
adds them to gnu_units.tsv. Every other unit is tracked, with the reason, in
audit/gnu_units_disagreements.tsv (`--write` rewrites it); tests/test_gnu_units_audit.py checks
that the list is complete and that GNU Units still answers as it records.
"""

import atexit
import os
import re
import subprocess
import sys
import tempfile

UNITS = "/usr/bin/units"
HERE = os.path.dirname(os.path.abspath(__file__))
REL_TOL = 1e-12

# Our unit id -> GNU Units expression for 1 of that unit (a "{}" is replaced by the value,
# for GNU's function forms). The automatic search tries symbol, id, name and aliases;
# entries here are the differences in naming found while auditing.
MAPPING = {
    # time
    "hour": "hour",
    "julian_year": "julianyear",
    "tropical_year": "tropicalyear",
    "gregorian_year": "gregorianyear",
    # temperature (offset scales as GNU functions)
    "degree_celsius": "tempC({})",
    "degree_fahrenheit": "tempF({})",
    "degree_reaumur": "tempreaumur({})",
    "degree_rankine": "degR",
    # energy
    "calorie": "calorie_th",
    "kilocalorie": "kcal",
    "food_calorie": "kcal",
    # volume
    "gallon": "usgallon",
    "imperial_gallon": "brgallon",
    "quart": "usquart",
    "pint": "uspint",
    # typography
    "typographic_point": "computerpoint",
    "pica": "computerpica",
    "tex_point": "texpoint",
    "tex_pica": "texpica",
    "scaled_point": "texscaledpoint",
    "big_point": "bigpoint",
    "pixel": "1|96 inch",
    # temperature differences
    "delta_celsius": "degC",
    "delta_fahrenheit": "degF",
    "delta_kelvin": "K",
    "delta_rankine": "degR",
    "delta_reaumur": "degreaumur",
    # British spellings GNU Units writes with "br"
    "imperial_fluid_dram": "1|8 brfloz",
    "imperial_cup": "brcup",
    "imperial_peck": "brpeck",
    "imperial_gallon_per_minute": "brgallon/min",
    "imperial_gallon_per_hour": "brgallon/hour",
    "imperial_gallon_per_100_miles": "brgallon/(100 mile)",
    "mile_per_imperial_gallon": "mile/brgallon",
    "pound_per_imperial_gallon": "lb/brgallon",
    "apothecaries_dram": "apdram",
    # names GNU Units spells differently
    "planck_constant": "h",
    "speed_of_light": "c",
    "standard_gravity": "gravity",
    "ounce_force": "ounce force",
    "long_ton_force": "longton force",
    "cm_of_mercury": "cm Hg",
    "cm_of_water": "cm H2O",
    "m_of_water": "m H2O",
    "foot_of_water": "ft H2O",
    "btu_thermochemical": "btu_th",
    "btu_59": "btu_59",
    "million_btu": "1e6 btu",
    "ton_of_tnt": "tonTNT",
    "degree": "degree",
    "gradian": "gon",
    "milliradian": "milliradian",     # GNU's mrad is the millirad (dose)
    "rad_dose": "rad",                # GNU's rad is the dose unit, our rd
    "rad_per_hour": "rad/hour",
    "cable_imperial": "brcable",      # 1/10 of the 6080 ft Admiralty mile = 608 ft
    "revolution": "revolution",
    "boltzmann_constant": "k",
    "pound_mole": "lbmol",
    "gamma_magnetic": "gamma",
    "magnetic_flux_quantum": "fluxquantum",
    "light_hour": "lightyear/(365.25*24)",
    "light_day": "lightyear/365.25",
    "light_week": "7 lightyear/365.25",
    "square_us_survey_foot": "surveyfoot^2",
    "square_us_survey_mile": "surveymile^2",
    "square_furlong": "furlong^2",
    "square_fathom": "fathom^2",
    "cubic_fathom": "fathom^3",
    "acre_inch": "acre inch",
}

# Units that GNU Units defines differently under the same (or the mapped) name:
# our id -> (GNU expression, why ours is right). Reported, never put in the vectors.
DIFFERENT = {
    # length
    "x_unit": ("xunit", "ours is NIST SP 811's rounded X unit (1.0021e-13 m, as given); GNU the Cu K-alpha1 xu"),
    "barleycorn": ("barleycorn", "GNU builds it on the pre-1959 UK inch; ours on the international inch"),
    "nail": ("nail", "GNU builds it on the pre-1959 UK yard; ours on the international yard"),
    "span": ("span", "GNU builds it on the pre-1959 UK inch; ours on the international inch"),
    "ell": ("ell", "GNU builds it on the pre-1959 UK inch; ours on the international inch"),
    "rope": ("rope", "GNU builds it on the pre-1959 UK foot; ours on the international foot"),
    "irish_mile": ("irishmile", "GNU builds it on the pre-1959 UK yard; ours on the international yard"),
    "irish_acre": ("irishacre", "GNU builds it on the pre-1959 UK yard; ours on the international yard"),
    "cable_us": ("UScable", "GNU: 100 US fathoms; ours 120 fathoms = 720 ft, NIST Handbook 44 appendix C"),
    "marathon": ("marathon", "GNU: 26 mi 385 yd; ours the official 42.195 km (World Athletics)"),
    "nautical_league": ("nlea", "GNU reads nlea as a nano-lea (yarn measure)"),
    "parsec": ("parsec", "GNU: au/tan(1 arcsec); ours 648000/pi au, IAU 2015 resolution B2"),
    "earth_radius": ("earthradius", "GNU: mean radius 6371.01 km; ours the IAU 2015 nominal equatorial radius"),
    "solar_radius": ("sunradius", "GNU: 6.96e8 m; ours the IAU 2015 nominal solar radius 6.957e8 m"),
    "planck_length": ("plancklength", "GNU derives it from G; ours the CODATA 2018 tabulated value"),
    "chinese_li": ("li", "GNU: the pre-1930 li (10/27.8 mile); ours the PRC market li of 500 m"),
    "chinese_yin": ("yin", "GNU reads yin as yocto-inch"),
    "scots_ell": ("scotsell", "GNU uses the old Scots inch; ours the 37 in equivalence of the 1824 Act"),
    "scots_mile": ("scotsmile", "GNU uses the old Scots inch; ours 1920 ells of 37 in = 5920 ft"),
    "german_mile": ("Prussianmile", "GNU does not know it and reads a prefixed russian mile"),
    "geographical_mile": ("geographicalmile", "GNU: the Admiralty mile (6080 ft); ours a minute of arc of the WGS 84 equator, 1855.3248 m"),
    # area
    "us_survey_acre": ("surveyacre", "ours is 43560 US survey ft^2 (NIST Handbook 44); GNU's differs"),
    "section": ("section", "GNU: international mile^2; ours 640 survey acres (NIST Handbook 44)"),
    "township": ("township", "GNU: 36 international mile^2; ours 36 survey sections (NIST Handbook 44)"),
    "scottish_acre": ("scotsacre", "GNU uses the old Scots inch; ours 5760 square ells of 37 in (6084 4/9 yd^2)"),
    "japanese_jo_area": ("tatami", "GNU: a tatami mat size; ours the real-estate jo of half a tsubo"),
    "chinese_fen_area": ("fen_area", "GNU: the Taiwanese 1/10 jia; ours the PRC 1/10 mu"),
    "square_league": ("lea^2", "GNU's lea is the yarn lea of 300 yards; ours the league"),
    # volume
    "us_barrel_liquid": ("USliquidbarrel", "ours is exactly 31.5 US gallons (NIST Handbook 44); GNU's differs by 2e-6"),
    "beer_barrel_us": ("USbeerbarrel", "GNU does not know it and reads another barrel; ours 31 gal, 27 CFR 25.11"),
    "half_barrel_keg": ("halfbarrel", "GNU: half of its barrel; ours half of the 31 gal beer barrel"),
    "imperial_tablespoon": ("UKtablespoon", "GNU's brtablespoon is 15 mL; ours 5/8 imperial fluid ounce"),
    "imperial_teaspoon": ("UKteaspoon", "GNU's brteaspoon is 5 mL; ours 1/3 imperial tablespoon"),
    "imperial_dessertspoon": ("brdessertspoon", "GNU: 2 x 5 mL; ours 2 imperial teaspoons"),
    "imperial_hogshead": ("imperialhogshead", "GNU: the wine hogshead; ours the 54 gal beer hogshead"),
    "roman_amphora": ("amphora", "GNU builds Roman volumes on another Roman foot; ours pes^3 with our pes"),
    "roman_congius": ("congius", "GNU builds Roman volumes on another Roman foot"),
    "roman_sextarius": ("sextarius", "GNU builds Roman volumes on another Roman foot"),
    "roman_hemina": ("hemina", "GNU builds Roman volumes on another Roman foot"),
    "roman_modius": ("modius", "GNU builds Roman volumes on another Roman foot"),
    "roman_culleus": ("culleus", "GNU builds Roman volumes on another Roman foot"),
    "split_bottle": ("split", "GNU: 200 mL; ours 187.5 mL, a quarter of the 750 mL bottle"),
    "us_wine_pipe": ("winepipe", "GNU builds it on the old wine gallon; ours 126 US gallons"),
    "us_puncheon": ("puncheon", "GNU: 72 imperial gallons; ours the 84 US gallon wine puncheon"),
    # mass
    "quarter_mass": ("quarter", "GNU's quarter is a quarter ton; ours 28 lb (Weights and Measures Act 1963)"),
    "electron_mass": ("electronmass", "GNU derives it; ours the CODATA 2018 tabulated value"),
    "neutron_mass": ("neutronmass", "GNU derives it; ours the CODATA 2018 tabulated value"),
    "planck_mass": ("planckmass", "GNU derives it from G; ours the CODATA 2018 tabulated value"),
    "solar_mass": ("solarmass", "GNU: GM/G; ours the Astronomical Almanac value"),
    "earth_mass": ("earthmass", "GNU: GM/G; ours the Astronomical Almanac value"),
    "jupiter_mass": ("jupitermass", "GNU: GM/G; ours the JPL value"),
    "lunar_mass": ("moonmass", "GNU: GM/G; ours the JPL value"),
    "chinese_liang": ("liang", "GNU: the old liang (11/3 oz); ours the PRC market liang of 50 g"),
    "catty": ("catty", "GNU: the PRC jin of 0.5 kg; ours the Hong Kong catty (cap. 68)"),
    "tael": ("tael", "GNU rounds the old catty; ours 1/16 of the Hong Kong catty (cap. 68)"),
    "picul": ("picul", "GNU: 100 PRC jin; ours 100 Hong Kong catties (cap. 68)"),
    "roman_pound": ("libra", "GNU: 5052 grains; ours the conventional 327.45 g"),
    "roman_ounce": ("romanounce", "GNU: 1/12 of its libra; ours 1/12 of 327.45 g"),
    # time
    "month": ("month", "GNU: 1/12 tropical year; ours 1/12 Julian year"),
    "decade": ("decade", "GNU counts tropical years; ours Julian years"),
    "century": ("century", "GNU counts tropical years; ours Julian years"),
    "millennium": ("millennium", "GNU counts tropical years; ours Julian years"),
    "tropical_year": ("tropicalyear", "GNU: 365.242198781 d; ours 365.242190402 d at J2000.0"),
    "sidereal_year": ("siderealyear", "different epochs of a measured quantity"),
    "sidereal_day": ("siderealday", "GNU: 86164.09054 s; ours 23 h 56 min 4.09053 s (Astronomical Almanac)"),
    "synodic_month": ("synodicmonth", "GNU: 29.530589 d; ours 29.530588853 d at J2000.0"),
    "sidereal_month": ("siderealmonth", "different epochs of a measured quantity"),
    "anomalistic_month": ("anomalisticmonth", "different epochs of a measured quantity"),
    "draconic_month": ("draconicmonth", "different epochs of a measured quantity"),
    "anomalistic_year": ("anomalisticyear", "different epochs of a measured quantity"),
    "saros": ("saros", "223 synodic months of a different length"),
    "planck_time": ("plancktime", "GNU derives it from G; ours the CODATA 2018 tabulated value"),
    # mechanics, energy
    "mach": ("mach", "GNU: 331.46 m/s (dry air, 0 degC); ours the ICAO standard atmosphere at 15 degC"),
    "atomic_force": ("atomicforce", "GNU derives it; ours the CODATA 2018 tabulated value"),
    "foot_sea_water": ("fsw", "GNU: a foot of sea water of its density; ours 1/33 atm (US Navy Diving Manual)"),
    "calorie_15": ("calorie_15", "GNU: 4.18580 J (NIST SP 811); ours 4.1855 J (CIPM 1950, ISO 31-4)"),
    "thermie": ("thermie", "GNU: 1e6 x 4.18580 J; ours 4.1855e6 J (Directive 80/181/EEC)"),
    "btu_mean": ("btu_mean", "GNU derives it from its mean calorie; ours NIST SP 811's 1055.87 J"),
    "planck_energy": ("planckenergy", "GNU derives it from G; ours the CODATA 2018 tabulated value"),
    "revolutions_per_minute": ("rpm", "GNU: rev/min as an angular velocity (2 pi rad/min); ours a frequency 1/min"),
    "revolutions_per_second": ("rps", "GNU: rev/s as an angular velocity; ours a frequency 1/s"),
    # electromagnetism, light, radiation, heat
    "gilbert": ("gilbert", "GNU uses the measured mu0 since 2019; ours 10/(4 pi) A (NIST SP 811)"),
    "oersted": ("oersted", "GNU uses the measured mu0 since 2019; ours 1000/(4 pi) A/m (NIST SP 811)"),
    "hefner_candle": ("hefnercandle", "GNU: 0.918 cd; ours the conventional 0.903 cd"),
    "gas_constant": ("gasconstant", "GNU: N_A k unrounded; ours the CODATA 2018 tabulated 8.314462618"),
    "mache": ("mache", "GNU: 3.7e-7 Ci/m^3; ours the usual 3.64e-10 Ci/L"),
    "solar_constant": ("solarconstant", "GNU: a measured irradiance; ours the IAU 2015 nominal 1361 W/m^2"),
    # typography
    "didot_point": ("didotpoint", "GNU: the German Didot point; ours 1/72 of the French royal inch"),
    "cicero": ("cicero", "12 Didot points, see didot_point"),
    "american_point": ("printerspoint", "GNU's printer's point is 1/72.27 in; ours 0.013837 in (ATF 1886)"),
    "american_pica": ("pica", "GNU: 12 points of 1/72.27 in; ours 12 x 0.013837 in (ATF 1886)"),
    "octant_angle": ("octant", "GNU's octant is a solid angle (pi/2 sr, an eighth of a sphere); ours an eighth of a turn"),
    "agate": ("agate", "GNU: 5.5 old points; ours 1/14 in (14 agate lines to the inch)"),
}


def parse_units_files():
    """Our data as the core read it: {category id: base expression}, {unit id: (definition,
    source, file)}. The core's reader is the only one (``_core.unit_records``)."""
    from embedded_unit_converter import _core

    units, categories = _core.unit_records()
    bases = dict(categories)
    lines = {uid: (definition, source, file) for uid, _category, definition, source, file, _line in units}
    return bases, lines


def gnu_syntax(expr):
    """Our unit expression in GNU Units' syntax (for base units and compound symbols)."""
    out = expr.replace("·", " ").replace("*", " ").replace("²", "^2").replace("³", "^3")
    out = out.replace("Ω", "ohm").replace("µ", "u")
    out = re.sub(r"\bpt_typo\b", "computerpoint", out)
    out = out.replace("°F", "degF").replace("°R", "degR").replace("°C", "degC").replace("°", "degree")
    out = re.sub(r"\bBTU\b", "btu", out)
    out = re.sub(r"\bd\b", "day", out)
    out = re.sub(r"\bL\b", "liter", out)
    out = re.sub(r"\bh\b", "hour", out)
    out = re.sub(r"\brad\b", "radian", out)  # GNU's rad is the dose unit
    out = re.sub(r"\ba\b", "julianyear", out)
    return out


# Our base quantities with the unit that measures each, in our syntax and in GNU's. These
# names mean the same in both programs (GNU's radian is dimensionless, ours an angle).
PRIMITIVES = (
    ("length", "m", "m"), ("mass", "kg", "kg"), ("time", "s", "s"), ("current", "A", "A"),
    ("temperature", "K", "K"), ("amount", "mol", "mol"), ("luminosity", "cd", "cd"),
    ("angle", "rad", "radian"), ("information", "bit", "bit"),
)
_SHIFT = 10


def our_dimension(expr):
    """{base quantity: exponent} of a unit expression, as our core reckons it.

    The core names a dimension only in the ``from_dimension`` detail of an
    ``incompatible_units`` error, by category when one measures it, so the expression is
    multiplied by every base unit to the power _SHIFT (no category has that dimension) and
    the shift is taken off the exponents of the formula the core prints
    (``length^11·mass^10·time^9·...``)."""
    import embedded_unit_converter as euc

    probe = "({})*({})^{}".format(expr, "*".join(p[1] for p in PRIMITIVES), _SHIFT)
    try:
        euc.convert(1.0, probe, "m")
    except euc.UnitError as exc:
        if exc.code != "incompatible_units":
            raise
        formula = exc.details["from_dimension"]
    else:
        raise AssertionError("{} converts to m".format(probe))
    exps = {}
    top, _, bottom = formula.partition(" / ")
    for sign, part in ((1, top), (-1, bottom)):
        for factor in filter(None, part.split("·")):
            name, _, power = factor.partition("^")
            if name != "1":
                exps[name] = sign * int(power or 1)
    return {name: exps.get(name, 0) - _SHIFT for name, _ours, _gnu in PRIMITIVES
            if exps.get(name, 0) != _SHIFT}


def base_expressions(dimension):
    """The dimension in base units: (our expression, GNU's expression); ("1", "1") if none."""
    def side(column, sep):
        num = [(PRIMITIVES[i][column], e) for i, (n, *_r) in enumerate(PRIMITIVES)
               if dimension.get(n, 0) > 0 for e in [dimension[n]]]
        den = [(PRIMITIVES[i][column], -e) for i, (n, *_r) in enumerate(PRIMITIVES)
               if dimension.get(n, 0) < 0 for e in [dimension[n]]]
        text = lambda fs: sep.join(u if e == 1 else "{}^{}".format(u, e) for u, e in fs)
        if not num and not den:
            return "1"
        out = "({})".format(text(num)) if num else "1"
        return out + ("/({})".format(text(den)) if den else "")
    return side(1, "*"), side(2, " ")


_cache = {}

# Loaded after GNU's own definitions (GNU takes the later definition of a name).
ANGLES_AS_A_DIMENSION = """\
radian !
sr radian^2
"""
_angles_file = []


def gnu_units_args():
    """GNU Units' command line: its definitions, then ANGLES_AS_A_DIMENSION."""
    if not _angles_file:
        handle, path = tempfile.mkstemp(prefix="angles-", suffix=".units")
        with os.fdopen(handle, "w") as f:
            f.write(ANGLES_AS_A_DIMENSION)
        atexit.register(os.remove, path)
        _angles_file.append(path)
    return [UNITS, "-f", "", "-f", _angles_file[0]]


def gnu_value(expr, value, target):
    """GNU Units' result for `value expr` in `target`, or None if unknown/not conformable
    (angles counted as a dimension, see ANGLES_AS_A_DIMENSION)."""
    query = expr.format(value) if "{}" in expr else "{} {}".format(value, expr)
    key = (query, target)
    if key not in _cache:
        out = subprocess.run(gnu_units_args() + ["-t", "-d", "15", query, target],
                             capture_output=True, text=True, check=False)
        text = out.stdout.strip()
        try:
            _cache[key] = float(text)
        except ValueError:
            _cache[key] = None
    return _cache[key]


def candidates(unit):
    """GNU Units spellings to try for one of our units, mapped name first."""
    names = []
    if unit.id in MAPPING:
        names.append(MAPPING[unit.id])
    if unit.id in DIFFERENT:
        names.append(DIFFERENT[unit.id][0])
    raw = [unit.symbol, unit.id, unit.name] + list(unit.aliases)
    for name in raw:
        if not name or any(ch in name for ch in "()'\"″′,~"):
            continue
        if " " in name or "-" in name:
            name = re.sub(r"[ \-]", "", name)
        name = gnu_syntax(name)
        names.append(name)
        if "_" in name and "/" not in name:
            names.append(name.replace("_", ""))
    seen, out = set(), []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def close(a, b):
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b)) or a == b


def base_check(base):
    """Whether GNU Units reads our base expression `base` as the same quantity we do:
    (ok, our value, GNU's value) of 1 base in SI base units."""
    import embedded_unit_converter as euc

    ours_expr, gnu_expr = base_expressions(our_dimension(base))
    ours = euc.convert(1.0, base, ours_expr)
    theirs = gnu_value(gnu_syntax(base), 1, gnu_expr)
    return theirs is not None and close(ours, theirs), ours, theirs


def audit(verbose=False):
    import embedded_unit_converter as euc

    bases, lines = parse_units_files()
    results = {"equal": [], "different": [], "known_different": [], "not_found": [], "skipped": [],
               "base_misread": []}
    for category in euc.categories():
        if category.id == "money":
            continue  # exchange rates change daily; GNU Units' currency file is another day's
        base = bases[category.id]
        gnu_base = gnu_syntax(base)
        base_ok, base_ours, base_theirs = base_check(base)
        if not base_ok:
            results["base_misread"].append({"category": category.id, "base": base, "gnu_base": gnu_base,
                                            "ours": base_ours, "theirs": base_theirs})
        for unit in category.units:
            definition, source, file = lines.get(unit.id, ("(prefixed)", "", ""))
            entry = {"unit": unit, "category": category.id, "base": base, "gnu_base": gnu_base,
                     "base_ok": base_ok, "definition": definition, "source": source, "file": file}
            offset = "@" in definition
            names = candidates(unit)
            if offset and not any("{}" in n for n in names):
                results["skipped"].append(entry)
                continue
            try:
                dimension = our_dimension(unit.symbol)
                ours_si, gnu_si = base_expressions(dimension)
                ours = euc.convert(1.0, unit.symbol, ours_si)
            except Exception as exc:  # noqa: BLE001 - reported as a finding
                entry["error"] = str(exc)
                results["not_found"].append(entry)
                continue
            # A unit of the inverse dimension (L/100 km among km/L) reaches the base as 1/x.
            entry["reciprocal"] = dimension != our_dimension(base)
            entry["ours"], entry["si"] = ours, ours_si
            hits = []
            for name in names:
                if offset and "{}" not in name:
                    continue
                # Same dimension for GNU too, or it refuses: no number of another quantity
                # is ever compared.
                got = gnu_value(name, 1, gnu_si)
                if got is not None:
                    hits.append((name, got))
            equal = [h for h in hits if close(h[1], ours)]
            if equal:
                entry["gnu"], entry["theirs"] = equal[0]
                results["equal"].append(entry)
            elif unit.id in DIFFERENT:
                entry["gnu"] = DIFFERENT[unit.id][0]
                entry["theirs"] = dict(hits).get(entry["gnu"])
                entry["why"] = DIFFERENT[unit.id][1]
                results["known_different"].append(entry)
            elif hits:
                entry["gnu"], entry["theirs"] = hits[0]
                entry["others"] = hits[1:]
                results["different"].append(entry)
            else:
                entry["tried"] = names
                results["not_found"].append(entry)
    return results


def verified_pairs():
    """(1, our symbol, our base, GNU expression, GNU base) for every equal unit.

    Refuses (AssertionError) while GNU Units reads some category's base expression as
    another quantity: the pairs convert to that base, and gnu_syntax must be fixed first."""
    results = audit()
    if results["base_misread"]:
        raise AssertionError("GNU Units misreads these bases, fix gnu_syntax(): " + ", ".join(
            "{} ({!r} -> {!r})".format(b["category"], b["base"], b["gnu_base"]) for b in results["base_misread"]))
    out = []
    for e in results["equal"]:
        if e["unit"].symbol == e["base"] or "@" in e["definition"]:
            continue
        gnu = "1/({})".format(e["gnu"]) if e["reciprocal"] else e["gnu"]
        out.append((1, e["unit"].symbol, e["base"], gnu, e["gnu_base"]))
    return out


# In a folder of its own: every *.tsv directly in tests/vectors is read as conversions.
DISAGREEMENTS = os.path.join(HERE, "audit", "gnu_units_disagreements.tsv")
# `base`: the SI base units both values are in (our syntax; gnu_base() gives GNU's).
DISAGREEMENT_COLUMNS = ["id", "symbol", "base", "status", "gnu_expression", "gnu_value", "our_value", "reason"]


def disagreement_rows(r):
    """One row per unit the vectors cannot hold: `different` (GNU Units has another value
    under the same name; the reason says why ours is right), `unknown_to_gnu` (GNU Units
    knows none of its names), `skipped` (an offset scale GNU Units has no function for)."""
    rows = []
    for status, entries in (("different", r["known_different"]), ("unexplained", r["different"]),
                            ("unknown_to_gnu", r["not_found"]), ("skipped", r["skipped"])):
        for e in entries:
            u = e["unit"]
            if status == "different":
                expression, reason = e["gnu"], e["why"]
            elif status == "unexplained":
                expression, reason = e["gnu"], ""  # the test fails until a reason is given
            elif status == "unknown_to_gnu":
                tried = e.get("tried") or candidates(u)
                expression = tried[0] if tried else u.symbol
                reason = "GNU Units knows none of: " + ", ".join(tried)
            else:
                expression, reason = "", "offset scale without a GNU Units function; exact.tsv covers it"
            theirs = e.get("theirs")
            ours = e.get("ours")
            # Values are of 1 unit in the SI base units of its dimension (see audit()).
            rows.append([u.id, u.symbol, e.get("si") or e["base"], status, expression,
                         "unknown" if theirs is None else "%.15g" % theirs,
                         "" if ours is None else "%.17g" % ours, reason])
    rows.sort(key=lambda row: row[0])
    return rows


def gnu_base(symbol, base):
    """GNU's spelling of the SI base units a listed unit is compared in."""
    try:
        return base_expressions(our_dimension(symbol))[1]
    except Exception:  # noqa: BLE001 - a unit we cannot read: its category base
        return gnu_syntax(base)


def write_disagreements(r):
    with open(DISAGREEMENTS, "w", encoding="utf-8") as f:
        f.write("# Generated by audit_against_gnu_units.py --write; do not edit by hand.\n")
        f.write("# Every unit that gnu_units.tsv does not check, and why.\n")
        f.write("# " + "\t".join(DISAGREEMENT_COLUMNS) + "\n")
        for row in disagreement_rows(r):
            f.write("\t".join(row) + "\n")


def main():
    verbose = "--verbose" in sys.argv
    r = audit(verbose)
    if "--write" in sys.argv:
        write_disagreements(r)
        print("wrote", DISAGREEMENTS)
    total = sum(len(v) for v in r.values())
    total -= len(r["base_misread"])
    print("{} units: {} equal, {} different, {} known different (same name, other unit), "
          "{} not found, {} skipped".format(total, len(r["equal"]), len(r["different"]),
                                            len(r["known_different"]), len(r["not_found"]),
                                            len(r["skipped"])))
    if r["base_misread"]:
        print("\n== category bases GNU Units reads as another quantity (fix gnu_syntax) ==")
        for b in r["base_misread"]:
            print("{:28} ours {!r} = {:.15g} in SI base units | GNU {!r} = {}".format(
                b["category"], b["base"], b["ours"], b["gnu_base"], b["theirs"]))
    print("\n== different ==")
    for e in r["different"]:
        u = e["unit"]
        print("{:28} {:14} ours {:.15g} {} | GNU '{}' {:.15g} (ratio {:.12g}) | def: {} | {}".format(
            u.id, u.symbol, e["ours"], e["si"], e["gnu"], e["theirs"], e["theirs"] / e["ours"],
            e["definition"], e["source"]))
        for name, got in e.get("others", []):
            print("    also GNU '{}' {:.15g}".format(name, got))
    print("\n== known different (same name, different unit) ==")
    for e in r["known_different"]:
        print("{:28} GNU '{}': {}".format(e["unit"].id, e["gnu"], e["why"]))
    if verbose:
        print("\n== not found ==")
        for e in r["not_found"]:
            print("{:28} {:14} tried {}".format(e["unit"].id, e["unit"].symbol, e.get("tried", e.get("error"))))
        print("\n== skipped ==")
        for e in r["skipped"]:
            print("{:28} {}".format(e["unit"].id, e["definition"]))
        print("\n== equal ==")
        for e in r["equal"]:
            print("{:28} {:14} = GNU '{}'".format(e["unit"].id, e["unit"].symbol, e["gnu"]))


if __name__ == "__main__":
    main()
