#!/usr/bin/env python3
"""Writes everyday.tsv: phrases as people type them, with the answer a layperson expects.

Run from the repository root: python3 tests/vectors/phrases/generate_phrases.py
Needs GNU Units (`apt-get install units`, /usr/bin/units); the tests do not, since the
generated file is committed. Format and sources: tests/vectors/README.md.

Each row below is (kind, phrase, how the expected value is found, customary system):

- G(from, to): GNU Units, an independent program, with the phrase written in GNU's
  syntax (GNU's `h` is Planck's constant, so hours are `hr`; temperatures are functions,
  `tempF(98.6)`; `gallon`, `pint`, `floz`, `cup` are the US ones, `brgallon` etc. the
  imperial ones). GNU prints at most 15 significant digits.
- H(value, why): worked by hand from exact definitions (a Fraction, so the value written
  is the double nearest the exact result), where GNU has no form for the phrase or reads
  its unit otherwise (GNU's rpm is an angular velocity, ours a frequency).
- E(code): the phrase must be refused with this error code (docs/errors.md;
  `nothing_to_convert` is new: a target with nothing before it).

The everyday readings the expected values take (the phrase's default meaning): F and C
are degrees when the other side is a temperature; US customary unless the row says `uk`
(gallon, pint, quart, fl oz, cup, ton, cwt); `oz` is the avoirdupois ounce unless the other
side is a volume, where it is the fluid ounce of the customary system; `pt` is the pint
unless the other side is a length, where it is the typographic point (1/72 in); `c` is
the speed of light against a speed; `KB` is the kilobyte (1000 B), `Kb` the kilobit; `rad`
is the radian unless the other side is an absorbed dose; ′ and ″ are feet and inches
unless the other side is an angle; a bare number after feet counts inches (`6 ft 2`, as
heights are said); a mixed target ("feet and inches") is checked by its total in its
first unit.
"""

import os
import subprocess
import sys
from fractions import Fraction as F

UNITS = "/usr/bin/units"
HERE = os.path.dirname(os.path.abspath(__file__))


class G:
    def __init__(self, source, target):
        self.source, self.target = source, target


class H:
    def __init__(self, value, why):
        self.value, self.why = F(value), why


class E:
    def __init__(self, code):
        self.code = code


# Exact definitions for the rows worked by hand, in metres; H takes the value in the
# phrase's target unit (so a length to cm is divided by CM).
CM = F(1, 100)
INCH = F(254, 10000)
FOOT = 12 * INCH


ROWS = [
    # ---- weather: temperatures, pressure, wind and rain as weather sites and forums write them
    ("weather", "98.6 F to C", G("tempF(98.6)", "tempC")),
    ("weather", "72 F in C", G("tempF(72)", "tempC")),
    ("weather", "32 F to C", G("tempF(32)", "tempC")),
    ("weather", "-40 F to C", G("tempF(-40)", "tempC")),
    ("weather", "100 F to C", G("tempF(100)", "tempC")),
    ("weather", "60 F to C", G("tempF(60)", "tempC")),
    ("weather", "-5 F to C", G("tempF(-5)", "tempC")),
    ("weather", "20 C to F", G("tempC(20)", "tempF")),
    ("weather", "37 C to F", G("tempC(37)", "tempF")),
    ("weather", "-10 C to F", G("tempC(-10)", "tempF")),
    ("weather", "0 C to F", G("tempC(0)", "tempF")),
    ("weather", "25 °C to °F", G("tempC(25)", "tempF")),
    ("weather", "68 °F to °C", G("tempF(68)", "tempC")),
    ("weather", "50 degF to degC", G("tempF(50)", "tempC")),
    ("weather", "90 degrees F to C", G("tempF(90)", "tempC")),
    ("weather", "30 degrees C to F", G("tempC(30)", "tempF")),
    ("weather", "75 degrees Fahrenheit to Celsius", G("tempF(75)", "tempC")),
    ("weather", "15 degrees Celsius in Fahrenheit", G("tempC(15)", "tempF")),
    ("weather", "45 f to c", G("tempF(45)", "tempC")),
    ("weather", "300 K to C", G("tempK(300)", "tempC")),
    ("weather", "0 K to F", G("tempK(0)", "tempF")),
    ("weather", "12 °C to K", G("tempC(12)", "tempK")),
    ("weather", "1013.25 hPa to inHg", G("1013.25 hPa", "inHg")),
    ("weather", "30 inHg to hPa", G("30 inHg", "hPa")),
    ("weather", "1013 mbar to psi", G("1013 mbar", "psi")),
    ("weather", "1 atm to hPa", G("1 atm", "hPa")),
    ("weather", "25 mph to km/h", G("25 mph", "km/hr")),
    ("weather", "20 knots to mph", G("20 knot", "mph")),
    ("weather", "30 kts to km/h", G("30 knot", "km/hr")),
    ("weather", "15 m/s to km/h", G("15 m/s", "km/hr")),
    ("weather", "10 km/h to m/s", G("10 km/hr", "m/s")),
    ("weather", "2 inches to mm", G("2 inch", "mm")),
    ("weather", "50 mm to in", G("50 mm", "inch")),
    ("weather", "5 cm to inches", G("5 cm", "inch")),
    ("weather", "10000 ft to m", G("10000 ft", "m")),

    # ---- recipe: oven temperatures and kitchen measures as recipe sites' conversion tables put them
    ("recipe", "350 F to C", G("tempF(350)", "tempC")),
    ("recipe", "350 degrees Fahrenheit to Celsius", G("tempF(350)", "tempC")),
    ("recipe", "425 F to C", G("tempF(425)", "tempC")),
    ("recipe", "180 C to F", G("tempC(180)", "tempF")),
    ("recipe", "220 C to F", G("tempC(220)", "tempF")),
    ("recipe", "175 C to F", G("tempC(175)", "tempF")),
    ("recipe", "200 °C to °F", G("tempC(200)", "tempF")),
    ("recipe", "1/4 tsp to ml", G("1|4 tsp", "ml")),
    ("recipe", "1/2 tsp to ml", G("1|2 tsp", "ml")),
    ("recipe", "1/8 tsp to ml", G("1|8 tsp", "ml")),
    ("recipe", "1 tsp to ml", G("1 tsp", "ml")),
    ("recipe", "1 teaspoon to ml", G("1 tsp", "ml")),
    ("recipe", "5 ml to tsp", G("5 ml", "tsp")),
    ("recipe", "1 tbsp to ml", G("1 tbsp", "ml")),
    ("recipe", "2 tbsp to ml", G("2 tbsp", "ml")),
    ("recipe", "100 ml to tbsp", G("100 ml", "tbsp")),
    ("recipe", "1 Tbsp to tsp", G("1 tbsp", "tsp")),
    ("recipe", "3 tsp to tbsp", G("3 tsp", "tbsp")),
    ("recipe", "1 tablespoon to teaspoons", G("1 tbsp", "tsp")),
    ("recipe", "1 cup to ml", G("1 cup", "ml")),
    ("recipe", "1/2 cup to ml", G("1|2 cup", "ml")),
    ("recipe", "1/3 cup to ml", G("1|3 cup", "ml")),
    ("recipe", "3/4 cup to ml", G("3|4 cup", "ml")),
    ("recipe", "2/3 cup to tbsp", G("2|3 cup", "tbsp")),
    ("recipe", "1 1/2 cups to ml", G("1.5 cup", "ml")),
    ("recipe", "1 1/4 cups to ml", G("1.25 cup", "ml")),
    ("recipe", "2 cups to L", G("2 cup", "liter")),
    ("recipe", "3 cups to liters", G("3 cup", "liter")),
    ("recipe", "1 cup to tbsp", G("1 cup", "tbsp")),
    ("recipe", "1 cup to fl oz", G("1 cup", "floz")),
    ("recipe", "1 cup to oz", G("1 cup", "floz")),
    ("recipe", "8 oz to cups", G("8 floz", "cup")),
    ("recipe", "1 oz to tbsp", G("1 floz", "tbsp")),
    ("recipe", "2 oz to ml", G("2 floz", "ml")),
    ("recipe", "4 oz to ml", G("4 floz", "ml")),
    ("recipe", "750 ml to cups", G("750 ml", "cup")),
    ("recipe", "500 ml to cups", G("500 ml", "cup")),
    ("recipe", "1 l to cups", G("1 liter", "cup")),
    ("recipe", "1 dl to ml", G("1 dl", "ml")),
    ("recipe", "2 cl to ml", G("2 cl", "ml")),
    ("recipe", "1 fl oz to ml", G("1 floz", "ml")),
    ("recipe", "12 fl oz to ml", G("12 floz", "ml")),
    ("recipe", "1.5 L to fl oz", G("1.5 liter", "floz")),
    ("recipe", "1 pint to cups", G("1 pint", "cup")),
    ("recipe", "1 pint to ml", G("1 pint", "ml")),
    ("recipe", "2 pints to L", G("2 pint", "liter")),
    ("recipe", "1 pt to ml", G("1 pint", "ml")),
    ("recipe", "1 pt to cups", G("1 pint", "cup")),
    ("recipe", "1 quart to cups", G("1 quart", "cup")),
    ("recipe", "1 qt to L", G("1 quart", "liter")),
    ("recipe", "1 gallon to quarts", G("1 gallon", "quart")),
    ("recipe", "1 gallon to cups", G("1 gallon", "cup")),
    ("recipe", "16 oz to g", G("16 oz", "g")),
    ("recipe", "8 oz to g", G("8 oz", "g")),
    ("recipe", "4 oz to grams", G("4 oz", "g")),
    ("recipe", "6 oz to g", G("6 oz", "g")),
    ("recipe", "1 ounce to grams", G("1 oz", "g")),
    ("recipe", "1 lb to oz", G("1 lb", "oz")),
    ("recipe", "1 lb to g", G("1 lb", "g")),
    ("recipe", "1 pound to kilograms", G("1 lb", "kg")),
    ("recipe", "2 lbs to kg", G("2 lb", "kg")),
    ("recipe", "500 g to lbs", G("500 g", "lb")),
    ("recipe", "250 g to oz", G("250 g", "oz")),
    ("recipe", "100 g to oz", G("100 g", "oz")),
    ("recipe", "1 kg to lbs", G("1 kg", "lb")),

    # ---- DIY: tape measures, fractions of an inch, lumber, floor area, concrete, heating
    ("DIY", "5 3/8 in to mm", G("5.375 inch", "mm")),
    ("DIY", "3/4 in to mm", G("3|4 inch", "mm")),
    ("DIY", "1/2 in to mm", G("1|2 inch", "mm")),
    ("DIY", "1/16 in to mm", G("1|16 inch", "mm")),
    ("DIY", "5/8\" to mm", G("5|8 inch", "mm")),
    ("DIY", "1/4\" to mm", G("1|4 inch", "mm")),
    ("DIY", "12 mm to in", G("12 mm", "inch")),
    ("DIY", "10 mm to inches", G("10 mm", "inch")),
    ("DIY", "25 mm to in", G("25 mm", "inch")),
    ("DIY", "0.5 in to mm", G("0.5 inch", "mm")),
    ("DIY", "1 inch to cm", G("1 inch", "cm")),
    ("DIY", "4 inches to cm", G("4 inch", "cm")),
    ("DIY", "1 ft to cm", G("1 ft", "cm")),
    ("DIY", "8 ft to m", G("8 ft", "m")),
    ("DIY", "50 ft to m", G("50 ft", "m")),
    ("DIY", "1 m to ft", G("1 m", "ft")),
    ("DIY", "3 m to feet", G("3 m", "ft")),
    ("DIY", "1 yd to m", G("1 yd", "m")),
    ("DIY", "10 ft 6 in to m", G("10 ft + 6 inch", "m")),
    ("DIY", "2 ft 3 1/2 in to cm", G("2 ft + 3.5 inch", "cm")),
    ("DIY", "2 m to ft;in", G("2 m", "ft")),
    ("DIY", "100 sq ft to m2", G("100 ft^2", "m^2")),
    ("DIY", "1 sq ft to m2", G("1 ft^2", "m^2")),
    ("DIY", "1 sqm to sqft", G("1 m^2", "ft^2")),
    ("DIY", "20 m2 to sq ft", G("20 m^2", "ft^2")),
    ("DIY", "200 sqft to sqm", G("200 ft^2", "m^2")),
    ("DIY", "1 in² to mm²", G("1 inch^2", "mm^2")),
    ("DIY", "1 acre to sqm", G("1 acre", "m^2")),
    ("DIY", "1 acre to sq ft", G("1 acre", "ft^2")),
    ("DIY", "1 hectare to acres", G("1 hectare", "acre")),
    ("DIY", "2.5 acres to hectares", G("2.5 acre", "hectare")),
    ("DIY", "1 cu yd to m3", G("1 yd^3", "m^3")),
    ("DIY", "1 cubic yard to cubic feet", G("1 yd^3", "ft^3")),
    ("DIY", "1 cu in to cm3", G("1 inch^3", "cm^3")),
    ("DIY", "1 cu ft to liters", G("1 ft^3", "liter")),
    ("DIY", "1 m3 to cu ft", G("1 m^3", "ft^3")),
    ("DIY", "1 m³ to yd³", G("1 m^3", "yd^3")),
    ("DIY", "100 psi to bar", G("100 psi", "bar")),
    ("DIY", "2 bar to psi", G("2 bar", "psi")),
    ("DIY", "1 gallon to liters", G("1 gallon", "liter")),
    ("DIY", "5 gal to L", G("5 gallon", "liter")),
    ("DIY", "100 W to BTU/h", G("100 W", "btu/hr")),
    ("DIY", "12000 BTU/h to kW", G("12000 btu/hr", "kW")),
    ("DIY", "1 kWh to BTU", G("1 kWh", "btu")),
    ("DIY", "1 mile to feet", G("1 mile", "ft")),
    ("DIY", "90 degrees to radians", G("90 degree", "radian")),
    ("DIY", "45° to rad", G("45 degree", "radian")),
    ("DIY", "5 in cm", G("5 inch", "cm")),

    # ---- travel: distances, speed limits, fuel, luggage, flight levels, time zones of the day
    ("travel", "10 km to miles", G("10 km", "mile")),
    ("travel", "1 km to miles", G("1 km", "mile")),
    ("travel", "5 km to mi", G("5 km", "mile")),
    ("travel", "100 miles to km", G("100 mile", "km")),
    ("travel", "1 mile to km", G("1 mile", "km")),
    ("travel", "1 mi to m", G("1 mile", "m")),
    ("travel", "26.2 miles to km", G("26.2 mile", "km")),
    ("travel", "100 miles per hour in km/h", G("100 mile/hr", "km/hr")),
    ("travel", "100 kph to mph", G("100 km/hr", "mph")),
    ("travel", "120 km/h to mph", G("120 km/hr", "mph")),
    ("travel", "80 km/h in mph", G("80 km/hr", "mph")),
    ("travel", "50 kmh to mph", G("50 km/hr", "mph")),
    ("travel", "100 kmph to mph", G("100 km/hr", "mph")),
    ("travel", "70 mph to km/h", G("70 mph", "km/hr")),
    ("travel", "65 mph to kph", G("65 mph", "km/hr")),
    ("travel", "60 km/h to m/s", G("60 km/hr", "m/s")),
    ("travel", "1 nautical mile to km", G("1 nauticalmile", "km")),
    ("travel", "1 knot to km/h", G("1 knot", "km/hr")),
    ("travel", "15 knots to km/h", G("15 knot", "km/hr")),
    ("travel", "23 kg to lbs", G("23 kg", "lb")),
    ("travel", "50 lbs to kg", G("50 lb", "kg")),
    ("travel", "50 lb to kg", G("50 lb", "kg")),
    ("travel", "40 liters to gallons", G("40 liter", "gallon")),
    ("travel", "1 litre to gallons", G("1 liter", "gallon")),
    ("travel", "35000 ft to km", G("35000 ft", "km")),
    ("travel", "30000 feet to meters", G("30000 ft", "m")),
    ("travel", "1 km to ft", G("1 km", "ft")),
    ("travel", "500 m to ft", G("500 m", "ft")),
    ("travel", "3 ft to cm", G("3 ft", "cm")),
    ("travel", "1 foot to inches", G("1 ft", "inch")),
    ("travel", "3 hrs to min", G("3 hr", "min")),
    ("travel", "2.5 hrs to minutes", G("2.5 hr", "min")),
    ("travel", "90 min to hours", G("90 min", "hr")),
    ("travel", "15 minutes to hours", G("15 min", "hr")),
    ("travel", "8 h to min", G("8 hr", "min")),
    ("travel", "1 day to hours", G("1 day", "hr")),
    ("travel", "48 hours to days", G("48 hr", "day")),
    ("travel", "1 week to days", G("1 week", "day")),
    ("travel", "2 l to oz", G("2 liter", "floz")),
    ("travel", "1 sq mi to km2", G("1 mile^2", "km^2")),
    ("travel", "1 km² to sq mi", G("1 km^2", "mile^2")),

    # ---- fitness: body weight and height, running distances and paces, food energy
    ("fitness", "1 stone to kg", G("1 stone", "kg")),
    ("fitness", "10 st to kg", G("10 stone", "kg")),
    ("fitness", "12 stone to lbs", G("12 stone", "lb")),
    ("fitness", "70 kg to stone", G("70 kg", "stone")),
    ("fitness", "180 lbs to kg", G("180 lb", "kg")),
    ("fitness", "150 lbs to kg", G("150 lb", "kg")),
    ("fitness", "5 kgs to lbs", G("5 kg", "lb")),
    ("fitness", "80 kg to lbs", G("80 kg", "lb")),
    ("fitness", "100 kg to lb", G("100 kg", "lb")),
    ("fitness", "20 kg to lbs", G("20 kg", "lb")),
    ("fitness", "2.5 kg to lb", G("2.5 kg", "lb")),
    ("fitness", "45 lb to kg", G("45 lb", "kg")),
    ("fitness", "20 lb to kg", G("20 lb", "kg")),
    ("fitness", "10 lbs to kg", G("10 lb", "kg")),
    ("fitness", "1 lb to kg", G("1 lb", "kg")),
    ("fitness", "5 ft 6 in to cm", G("5 ft + 6 inch", "cm")),
    ("fitness", "6 ft to cm", G("6 ft", "cm")),
    ("fitness", "6 ft 2 to cm", H((6 * FOOT + 2 * INCH) / CM, "6 ft 2 in = 74 × 2.54 cm (a bare number after feet is inches, as heights are said)")),
    ("fitness", "5'10\" to cm", H(70 * INCH / CM, "5 ft 10 in = 70 × 2.54 cm")),
    ("fitness", "5′11″ to cm", H(71 * INCH / CM, "5 ft 11 in = 71 × 2.54 cm")),
    ("fitness", "5′ to cm", H(5 * FOOT / CM, "5 ft = 60 × 2.54 cm (′ is the foot against a length)")),
    ("fitness", "1.8 m to feet and inches", G("1.8 m", "ft")),
    ("fitness", "175 cm to feet and inches", G("175 cm", "ft")),
    ("fitness", "5 km to miles", G("5 km", "mile")),
    ("fitness", "42.195 km to miles", G("42.195 km", "mile")),
    ("fitness", "13.1 mi to km", G("13.1 mile", "km")),
    ("fitness", "400 m to miles", G("400 m", "mile")),
    ("fitness", "100 yards to meters", G("100 yd", "m")),
    ("fitness", "5 min/km to min/mi", G("5 min/km", "min/mile")),
    ("fitness", "8 min/mi to min/km", G("8 min/mile", "min/km")),
    ("fitness", "2000 kcal to kJ", G("2000 kcal", "kJ")),
    ("fitness", "500 kJ to kcal", G("500 kJ", "kcal")),
    ("fitness", "1 Cal to kJ", G("1 kcal", "kJ")),
    ("fitness", "3 L to oz", G("3 liter", "floz")),
    ("fitness", "64 oz to liters", G("64 floz", "liter")),
    ("fitness", "30 min to hours", G("30 min", "hr")),
    ("fitness", "1 hr to sec", G("1 hr", "s")),

    # ---- car: fuel economy, tyre pressure, power, torque, displacement, weight
    ("car", "20 mpg to l/100km", G("1/(20 mile/gallon)", "liter/(100 km)")),
    ("car", "30 mpg to L/100km", G("1/(30 mile/gallon)", "liter/(100 km)")),
    ("car", "10 mpg to l/100 km", G("1/(10 mile/gallon)", "liter/(100 km)")),
    ("car", "8 l/100km to mpg", G("1/(8 liter/(100 km))", "mile/gallon")),
    ("car", "5 L/100km to mpg", G("1/(5 liter/(100 km))", "mile/gallon")),
    ("car", "40 mpg to km/l", G("40 mile/gallon", "km/liter")),
    ("car", "25 mpg to km/L", G("25 mile/gallon", "km/liter")),
    ("car", "15 km/l to mpg", G("15 km/liter", "mile/gallon")),
    ("car", "32 psi to bar", G("32 psi", "bar")),
    ("car", "2.2 bar to psi", G("2.2 bar", "psi")),
    ("car", "35 psi to kPa", G("35 psi", "kPa")),
    ("car", "250 kPa to psi", G("250 kPa", "psi")),
    ("car", "100 hp to kW", G("100 hp", "kW")),
    ("car", "300 hp to kW", G("300 hp", "kW")),
    ("car", "150 kW to hp", G("150 kW", "hp")),
    ("car", "100 PS to kW", G("100 metrichorsepower", "kW")),
    ("car", "150 ps to kW", G("150 metrichorsepower", "kW")),
    ("car", "400 Nm to lb-ft", G("400 N m", "lbf ft")),
    ("car", "300 lb-ft to Nm", G("300 lbf ft", "N m")),
    ("car", "100 ft-lbs to Nm", G("100 lbf ft", "N m")),
    ("car", "2.0 L to cc", G("2 liter", "cc")),
    ("car", "1600 cc to L", G("1600 cc", "liter")),
    ("car", "2.0 L to cu in", G("2 liter", "inch^3")),
    ("car", "350 cu in to L", G("350 inch^3", "liter")),
    ("car", "15 gallons to liters", G("15 gallon", "liter")),
    ("car", "50 litres to gallons", G("50 liter", "gallon")),
    ("car", "1 gal to l", G("1 gallon", "liter")),
    ("car", "60 mph to kph", G("60 mph", "km/hr")),
    ("car", "100 mph to km/h", G("100 mph", "km/hr")),
    ("car", "1 mph to m/s", G("1 mph", "m/s")),
    ("car", "3000 rpm to Hz", H(50, "3000 rpm = 3000/60 s⁻¹ (rpm is a frequency; GNU's rpm is an angular velocity)")),
    ("car", "1 ton to kg", G("1 shortton", "kg")),
    ("car", "1 ton to lb", G("1 shortton", "lb")),
    ("car", "1 cwt to lb", G("1 shorthundredweight", "lb")),
    ("car", "4000 lbs to kg", G("4000 lb", "kg")),
    ("car", "1500 kg to lbs", G("1500 kg", "lb")),

    # ---- computing: storage sizes, line speeds, typography and screen units
    ("computing", "1 TB to GiB", G("1 TB", "GiB")),
    ("computing", "1 TB to GB", G("1 TB", "GB")),
    ("computing", "1 TB to TiB", G("1 TB", "TiB")),
    ("computing", "2 TiB to TB", G("2 TiB", "TB")),
    ("computing", "500 GB to GiB", G("500 GB", "GiB")),
    ("computing", "16 GiB to GB", G("16 GiB", "GB")),
    ("computing", "4 GB to MiB", G("4 GB", "MiB")),
    ("computing", "1 GiB to MB", G("1 GiB", "MB")),
    ("computing", "1 GiB to bytes", G("1 GiB", "byte")),
    ("computing", "256 MiB to MB", G("256 MiB", "MB")),
    ("computing", "1 GB to MB", G("1 GB", "MB")),
    ("computing", "700 MB to GB", G("700 MB", "GB")),
    ("computing", "1 MB to KB", G("1 MB", "kB")),
    ("computing", "1.44 MB to KB", G("1.44 MB", "kB")),
    ("computing", "1 KB to bytes", G("1 kB", "byte")),
    ("computing", "1 kB to B", G("1 kB", "byte")),
    ("computing", "1 KiB to bytes", G("1 KiB", "byte")),
    ("computing", "1 Kb to bits", G("1 kilobit", "bit")),
    ("computing", "1 KB to Kb", G("1 kB", "kilobit")),
    ("computing", "1 byte to bits", G("1 byte", "bit")),
    ("computing", "1 MB to Mb", G("1 MB", "megabit")),
    ("computing", "8 Mb to MB", G("8 megabit", "MB")),
    ("computing", "1 Gb to MB", G("1 gigabit", "MB")),
    ("computing", "1 GB to Gb", G("1 GB", "gigabit")),
    ("computing", "1 PB to TB", G("1 PB", "TB")),
    ("computing", "100 Mbps to MB/s", G("100 megabit/s", "MB/s")),
    ("computing", "1 Gbps to MB/s", G("1 gigabit/s", "MB/s")),
    ("computing", "50 Mbit/s to MB/s", G("50 megabit/s", "MB/s")),
    ("computing", "10 MB/s to Mbps", G("10 MB/s", "megabit/s")),
    ("computing", "1 MB/s to Mbit/s", G("1 MB/s", "megabit/s")),
    ("computing", "1 Mbps to kbps", G("1 megabit/s", "kilobit/s")),
    ("computing", "12 pt to mm", G("12 computerpoint", "mm")),
    ("computing", "72 pt to in", G("72 computerpoint", "inch")),
    ("computing", "10 pt to px", G("10 computerpoint", "1|96 inch")),
    ("computing", "16 px to pt", G("16|96 inch", "computerpoint")),
    ("computing", "1 in to px", G("1 inch", "1|96 inch")),
    ("computing", "100 px to cm", G("100|96 inch", "cm")),
    ("computing", "1 pica to pt", G("1 computerpica", "computerpoint")),
    ("computing", "3 GHz to MHz", G("3 GHz", "MHz")),

    # ---- science: constants and the ambiguous symbols of physics homework and search queries
    ("science", "c to km/s", G("c", "km/s")),
    ("science", "1 c to mph", G("c", "mph")),
    ("science", "1 ly to km", G("1 lightyear", "km")),
    ("science", "1 light year to miles", G("1 lightyear", "mile")),
    ("science", "1 au to km", G("1 au", "km")),
    ("science", "1 eV to J", G("1 eV", "J")),
    ("science", "1 atm to Pa", G("1 atm", "Pa")),
    ("science", "1 mmHg to Pa", G("1 mmHg", "Pa")),
    ("science", "10 µF to nF", G("10 microfarad", "nanofarad")),
    ("science", "1 F to µF", G("1 farad", "microfarad")),
    ("science", "5 C to mC", G("5 coulomb", "millicoulomb")),
    ("science", "1 Gy to rad", G("1 gray", "rad")),
    ("science", "1 rad to degrees", G("1 radian", "degree")),
    ("science", "30′ to °", G("30 arcmin", "degree")),
    ("science", "45″ to arcmin", G("45 arcsec", "arcmin")),
    ("science", "1 troy oz to g", G("1 troyounce", "g")),
    ("science", "1 ozt to g", G("1 troyounce", "g")),
    ("science", "1 carat to g", G("1 carat", "g")),
    ("science", "100 °C to K", G("tempC(100)", "tempK")),
    ("science", "1 kWh to J", G("1 kWh", "J")),
    ("science", "1 hp to W", G("1 hp", "W")),
    ("science", "1 BTU to J", G("1 btu", "J")),
    ("science", "1 cal to J", G("1 calorie", "J")),

    # ---- UK customary: the plain names read as imperial (customary = uk)
    ("recipe", "1 pint to ml", G("1 brpint", "ml"), "uk"),
    ("recipe", "2 pints to litres", G("2 brpint", "liter"), "uk"),
    ("recipe", "1 pint to fl oz", G("1 brpint", "brfloz"), "uk"),
    ("recipe", "20 fl oz to pints", G("20 brfloz", "brpint"), "uk"),
    ("recipe", "1 fl oz to ml", G("1 brfloz", "ml"), "uk"),
    ("recipe", "10 oz to ml", G("10 brfloz", "ml"), "uk"),
    ("recipe", "1 quart to litres", G("1 brquart", "liter"), "uk"),
    ("recipe", "8 oz to g", G("8 oz", "g"), "uk"),
    ("car", "1 gallon to litres", G("1 brgallon", "liter"), "uk"),
    ("car", "10 gallons to litres", G("10 brgallon", "liter"), "uk"),
    ("car", "50 litres to gallons", G("50 liter", "brgallon"), "uk"),
    ("car", "30 mpg to l/100km", G("1/(30 mile/brgallon)", "liter/(100 km)"), "uk"),
    ("car", "1 ton to kg", G("1 longton", "kg"), "uk"),
    ("car", "1 ton to lb", G("1 longton", "lb"), "uk"),
    ("car", "1 cwt to kg", G("1 brhundredweight", "kg"), "uk"),
    ("car", "1 cwt to lb", G("1 brhundredweight", "lb"), "uk"),
    ("fitness", "11 stone to kg", G("11 stone", "kg"), "uk"),
    ("travel", "10 km to miles", G("10 km", "mile"), "uk"),

    # ---- refused: what cannot be answered gets its error code, never a made-up number
    ("refused", "to cm", E("nothing_to_convert")),
    ("refused", "in km", E("nothing_to_convert")),
    ("refused", "to F", E("nothing_to_convert")),
    ("refused", "5 m to", E("missing_target")),
    ("refused", "100 km/h to", E("missing_target")),
    ("refused", "5 kg to m", E("incompatible_units")),
    ("refused", "1 cup to g", E("incompatible_units")),
    ("refused", "200 g to cups", E("incompatible_units")),
    ("refused", "10 mpg to kg", E("incompatible_units")),
    ("refused", "98.6 F to kg", E("incompatible_units")),
    ("refused", "5 foos to m", E("unknown_unit")),
    ("refused", "-500 °F to °C", E("below_absolute_zero")),
    ("refused", "1 ft 2 kg to m", E("cannot_add")),
    ("refused", "1,5 kg to lb", E("decimal_comma")),
]


def gnu(source, target):
    out = subprocess.run([UNITS, "-t", "-d", "15", source, target], capture_output=True, text=True, check=False)
    try:
        return float(out.stdout.strip())
    except ValueError:
        sys.exit("GNU Units failed on {!r} -> {!r}: {} {}".format(source, target, out.stdout.strip(), out.stderr.strip()))


def main():
    lines = [
        "# Generated by generate_phrases.py; do not edit by hand. Format: tests/vectors/README.md.",
        "# phrase\texpected\tcustomary\torigin\tkind",
    ]
    seen = set()
    for row in ROWS:
        kind, phrase, how = row[:3]
        customary = row[3] if len(row) > 3 else "us"
        assert (phrase, customary) not in seen, phrase
        seen.add((phrase, customary))
        assert "\t" not in phrase and phrase == phrase.strip(), phrase
        if isinstance(how, G):
            expected = "%.17g" % gnu(how.source, how.target)
            origin = "GNU Units 2.22: units -t -d 15 '{}' '{}'".format(how.source, how.target)
        elif isinstance(how, H):
            expected = "%.17g" % float(how.value)
            origin = "by hand: " + how.why
        else:
            expected = "error:" + how.code
            origin = "refused: " + how.code
        lines.append("\t".join([phrase, expected, customary, origin, kind]))
    path = os.path.join(HERE, "everyday.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote {} phrases to {}".format(len(ROWS), path))


if __name__ == "__main__":
    main()
