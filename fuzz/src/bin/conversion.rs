//! Fuzz target: a value and two listed units of one category (see
//! `unit_core_fuzz::check_conversion`).
#![no_main]

libfuzzer_sys::fuzz_target!(
    // Once per process, before the first input: the unit table is built outside the runs.
    init: unit_core_fuzz::warm_up(),
    |data: &[u8]| unit_core_fuzz::enforce(unit_core_fuzz::check_conversion(data))
);
