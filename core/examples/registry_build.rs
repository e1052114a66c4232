//! Builds the built-in registry once, for profiling start-up by hand:
//! `valgrind --tool=callgrind target/release/examples/registry_build`.
fn main() {
    let r = unit_core::Registry::builtin();
    println!("{} units", r.units.len());
}
