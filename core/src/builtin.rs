//! The unit data files embedded at build time. Adding a file under `core/units/` needs one
//! line here; the test `every_data_file_is_embedded` fails until it is added.

pub const FILES: &[(&str, &str)] = &[
    ("length.units", include_str!("../units/length.units")),
    ("mass.units", include_str!("../units/mass.units")),
    ("time.units", include_str!("../units/time.units")),
    ("temperature.units", include_str!("../units/temperature.units")),
    ("volume.units", include_str!("../units/volume.units")),
    ("mechanics.units", include_str!("../units/mechanics.units")),
    ("data.units", include_str!("../units/data.units")),
];
