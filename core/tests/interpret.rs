//! What people read back: the interpretation (unit names spelled out, operators shown)
//! and the unit written back when there is no target.

use unit_core::Registry;

#[test]
fn interpretations_and_units_written_back() {
    let r = Registry::builtin();
    let cases: &[(&str, &str, &str)] = &[
        ("5 ft 3 in", "5.25 ft", "5 foot + 3 inch"),
        ("5 ft - 3 in", "4.75 ft", "5 foot - 3 inch"),
        ("1 m - (2 cm + 3 mm)", "0.977 m", "1 meter - (2 centimeter + 3 millimeter)"),
        ("1 m + 2 cm - 3 mm", "1.017 m", "1 meter + 2 centimeter - 3 millimeter"),
        ("3*4", "12", "3 × 4"),
        ("2 m*3 m", "6 m*m", "2 meter·3 meter"),
        ("2 * 3 m", "6 m", "2 × 3 meter"),
        ("2 3 m", "6 m", "2 × 3 meter"),
        ("1/2 cup", "0.5 cup", "1/2 cup"),
        ("3 km/h", "3 km/h", "3 kilometer/hour"),
        ("km/h", "1 km/h", "kilometer/hour"),
        ("kg*m/s^2", "1 kg*m/s^2", "(kilogram·meter)/second^2"),
        ("-(2 m)", "-2 m", "-2 meter"),
        ("m2", "1 m2", "square meter"),
        ("5 cm3", "5 cm3", "5 cubic centimeter"),
        ("1 J/(kg*K)", "1 J/(kg*K)", "1 joule/(kilogram·kelvin)"),
        ("1 W/m/K", "1 W/m/K", "(1 watt/meter)/kelvin"),
        ("2 (3 m)", "6 m", "2 × 3 meter"),
        ("1/s", "1 s^-1", "1/second"),
        ("3 1/s", "3 s^-1", "3 × 1/second"),
        ("(2 m)/(4 s)", "0.5 m/s", "2 meter/4 second"),
        ("2 m*3", "6 m", "2 meter × 3"),
        ("2*3 4 m", "24 m", "2 × 3 × 4 meter"),
        ("-(1 m + 2 m)", "-3 m", "-(1 meter + 2 meter)"),
        ("2 m^-1", "2 m^-1", "2 meter^-1"),
        ("2 N*m", "2 N*m", "2 newton·meter"),
        ("2 m*(3 s)", "6 m*s", "2 meter·3 second"),
        ("(1 m + 2 m)*3", "9 m", "(1 meter + 2 meter) × 3"),
        ("1e3 m", "1000 m", "1e3 meter"),
        ("1.50 m", "1.5 m", "1.50 meter"),
        ("m/s/s", "1 m/s/s", "(meter/second)/second"),
        ("m/(s*s)", "1 m/(s*s)", "meter/(second·second)"),
        ("m/(s/s)", "1 m/(s/s)", "meter/(second/second)"),
        ("(m*s)^2", "1 (m*s)^2", "(meter·second)^2"),
        ("2 m * -3", "-6 m", "2 meter × -3"),
        // A power written after a name that is no alias is spelled out as a power.
        ("1 kg3", "1 kg3", "1 kilogram^3"),
        ("1 m12", "1 m12", "1 meter^12"),
    ];
    for &(text, shown, interpretation) in cases {
        let q = r.evaluate(text).unwrap_or_else(|e| panic!("{:?}: {}", text, e));
        assert_eq!((q.display().as_str(), q.interpretation.as_str()), (shown, interpretation), "{:?}", text);
    }
}
