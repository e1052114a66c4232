//! Writes the structured target's seeds into `corpus/conversion/`, named after what they
//! mean, so the binary corpus can be rebuilt after the unit lists change:
//! `cargo run --example write_seeds`.

use std::path::Path;

use unit_core::Registry;
use unit_core_fuzz::encode_conversion;

const SEEDS: &[(f64, &str, &str, &str)] = &[
    (5.0, "length", "foot", "centimeter"),
    (1.8, "length", "meter", "foot"),
    (1e308, "length", "kilometer", "meter"),
    (-1e308, "length", "meter", "kilometer"),
    (1e-300, "length", "nanometer", "light_year"),
    (123456789.125, "length", "light_year", "parsec"),
    (100.0, "speed", "kilometer_per_hour", "mile_per_hour"),
    (98.6, "temperature", "degree_fahrenheit", "degree_celsius"),
    (-40.0, "temperature", "degree_celsius", "degree_fahrenheit"),
    (-500.0, "temperature", "degree_celsius", "kelvin"),
    (0.0, "temperature", "kelvin", "degree_reaumur"),
    (1e-300, "temperature", "degree_reaumur", "degree_celsius"),
    (-260.0000000000073, "temperature", "degree_celsius", "kelvin"),
    (-256.3594398498535, "temperature", "degree_celsius", "degree_rankine"),
    (-1.7976931348623157e308, "temperature", "degree_delisle", "degree_reaumur"),
    (2.5, "temperature_difference", "delta_celsius", "delta_fahrenheit"),
    (10.0, "fuel_economy", "liter_per_100_km", "mile_per_gallon"),
    (0.0, "fuel_economy", "mile_per_gallon", "liter_per_100_km"),
    (1.65436148395104e-24, "fuel_economy", "mile_per_liter", "liter_per_100_km"),
    (5.647374347083747e-307, "fuel_economy", "mile_per_gallon", "us_gallon_per_100_miles"),
    (1e-310, "fuel_economy", "mile_per_gallon", "liter_per_100_km"),
    (1.0, "data", "mebibyte", "kilobyte"),
    (1.0, "angle", "degree", "radian"),
    (3000.0, "angular_velocity", "revolution_per_minute", "radian_per_second"),
    (1.0, "area", "thai_square_wa", "square_meter"),
    (9.81, "acceleration", "meter_per_second_squared", "gal"),
    (1e-300, "mass", "dalton", "dalton"),
    (70.0, "mass", "kilogram", "pound"),
    (1.0, "energy", "kilowatt_hour", "megajoule"),
    (0.5, "volume", "us_cup", "milliliter"),
];

fn main() {
    let r = Registry::builtin();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join("conversion");
    std::fs::create_dir_all(&dir).expect("creating the corpus folder");
    for (value, category, from, to) in SEEDS {
        match encode_conversion(&r, *value, category, from, to) {
            Some(bytes) => {
                let name = format!("seed-{:?}-{}-{}", value, from, to);
                std::fs::write(dir.join(name), bytes).expect("writing a seed");
            }
            None => eprintln!("not a listed pair: {} {} -> {}", category, from, to),
        }
    }
}
