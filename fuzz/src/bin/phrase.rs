//! Fuzz target: `evaluate` on arbitrary text (see `unit_core_fuzz::check_phrase`).
#![no_main]

libfuzzer_sys::fuzz_target!(
    // Once per process, before the first input: the unit table is built outside the runs.
    init: unit_core_fuzz::warm_up(),
    |data: &[u8]| unit_core_fuzz::enforce(unit_core_fuzz::check_phrase(data))
);
