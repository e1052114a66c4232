//! The unit data files embedded at build time. Adding a file under `core/units/` (or a
//! language under `core/units/lang/`) needs one line here; the test
//! `every_data_file_is_embedded` fails until it is added.

pub const FILES: &[(&str, &str)] = &[
    ("length.units", include_str!("../units/length.units")),
    ("area.units", include_str!("../units/area.units")),
    ("volume.units", include_str!("../units/volume.units")),
    ("mass.units", include_str!("../units/mass.units")),
    ("time.units", include_str!("../units/time.units")),
    ("temperature.units", include_str!("../units/temperature.units")),
    ("motion.units", include_str!("../units/motion.units")),
    ("mechanics.units", include_str!("../units/mechanics.units")),
    ("energy.units", include_str!("../units/energy.units")),
    ("fuel.units", include_str!("../units/fuel.units")),
    ("angle.units", include_str!("../units/angle.units")),
    ("data.units", include_str!("../units/data.units")),
    ("electromagnetism.units", include_str!("../units/electromagnetism.units")),
    ("light.units", include_str!("../units/light.units")),
    ("radiation.units", include_str!("../units/radiation.units")),
    ("chemistry.units", include_str!("../units/chemistry.units")),
    ("fluids.units", include_str!("../units/fluids.units")),
    ("thermal.units", include_str!("../units/thermal.units")),
    ("typography.units", include_str!("../units/typography.units")),
    ("ratio.units", include_str!("../units/ratio.units")),
    ("readings.units", include_str!("../units/readings.units")),
    ("lang/de.names", include_str!("../units/lang/de.names")),
    ("lang/fr.names", include_str!("../units/lang/fr.names")),
    ("lang/es.names", include_str!("../units/lang/es.names")),
];
