//! Rough per-call timings of the core alone (no Python), for profiling by hand:
//! `cargo run --release -p unit-core --example evaluate_timing`.
use std::time::Instant;
use unit_core::Registry;

fn main() {
    let r = Registry::builtin();
    for text in ["100 km/h to mph", "5 ft 3 in to cm", "1.8 m to ft;in", "kg*m/s^2"] {
        let n: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000);
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(r.evaluate(std::hint::black_box(text)).unwrap());
        }
        println!("{:<20} {:>8.0} ns", text, t.elapsed().as_nanos() as f64 / f64::from(n));
    }
    let n: u32 = 1_000_000;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(r.convert(std::hint::black_box(88.0), "km/h", "m/s").unwrap());
    }
    println!("{:<20} {:>8.0} ns", "convert km/h m/s", t.elapsed().as_nanos() as f64 / f64::from(n));
}
