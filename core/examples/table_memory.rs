//! What building the unit registry costs in memory, allocations and time, for start-up
//! (the window builds it on a thread while Qt loads):
//!
//!     cargo run --release -p unit-core --example table_memory
//!
//! Side by side in one run: the registry the bindings start with (the rates snapshot in;
//! the words of each language and the folded names for suggestions left for their first
//! use), the same registry once a German reader and a typo have used them, and once every
//! language and the folded names are read (what start-up built before, less its second
//! table). A counting allocator around the system one gives the bytes still
//! held (live), the most held at once (peak) and the number of allocations; times are the
//! median of several builds. Not a test: it prints figures and never fails on them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use unit_core::Registry;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        COUNT.fetch_add(1, Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Live and peak bytes above what was held before, allocations, and the median time of
/// `runs` more builds.
fn measure<T>(runs: usize, build: impl Fn() -> T) -> (f64, f64, usize, Duration) {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let count = COUNT.load(Relaxed);
    let kept = build();
    let figures = (
        (LIVE.load(Relaxed) - before) as f64 / 1e6,
        (PEAK.load(Relaxed) - before) as f64 / 1e6,
        COUNT.load(Relaxed) - count,
    );
    drop(kept);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            drop(build());
            start.elapsed()
        })
        .collect();
    times.sort();
    (figures.0, figures.1, figures.2, times[runs / 2])
}

fn main() {
    let runs = 15;
    let rows: Vec<(&str, (f64, f64, usize, Duration))> = vec![
        ("with_snapshot (start-up)", measure(runs, Registry::with_snapshot)),
        (
            "with_snapshot, German and a typo used",
            measure(runs, || {
                let r = Registry::with_snapshot();
                r.table().language("de");
                unit_core::search::suggestions(r.table(), "metr");
                r
            }),
        ),
        (
            "with_snapshot, everything read at once",
            measure(runs, || {
                let r = Registry::with_snapshot();
                for code in r.table().language_codes() {
                    r.table().language(code);
                }
                unit_core::search::suggestions(r.table(), "metr");
                r
            }),
        ),
    ];
    println!("building the unit registry (live and peak MB above what was held before; median of {} builds)", runs);
    println!("  {:<40} {:>8} {:>8} {:>12} {:>10}", "", "live MB", "peak MB", "allocations", "time");
    for (name, (live, peak, count, time)) in &rows {
        println!("  {:<40} {:>8.2} {:>8.2} {:>12} {:>8.1} ms", name, live, peak, count, time.as_secs_f64() * 1e3);
    }
    let (start, all) = (&rows[0].1, &rows[2].1);
    println!(
        "  start-up / all at once: {:.2}x live, {:.2}x peak, {:.2}x allocations, {:.2}x time",
        start.0 / all.0,
        start.1 / all.1,
        start.2 as f64 / all.2 as f64,
        start.3.as_secs_f64() / all.3.as_secs_f64()
    );
}

