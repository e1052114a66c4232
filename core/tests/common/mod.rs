//! Small helpers shared by the integration tests: `expect(input, output)` and
//! `expect_error(input, kind)`.
#![allow(dead_code)]

use unit_core::Registry;

pub fn expect(input: &str, output: &str) {
    let r = Registry::builtin();
    match r.evaluate(input) {
        Ok(q) => assert_eq!(q.display(), output, "evaluating {:?}", input),
        Err(e) => panic!("evaluating {:?} failed: {}", input, e),
    }
}

pub fn expect_error(input: &str, kind: &str) -> unit_core::UnitError {
    let r = Registry::builtin();
    match r.evaluate(input) {
        Ok(q) => panic!("evaluating {:?} should fail with {} but gave {}", input, kind, q.display()),
        Err(e) => {
            assert_eq!(e.kind.as_str(), kind, "evaluating {:?}: {}", input, e);
            assert!(!e.message.is_empty());
            e
        }
    }
}

/// Deterministic xorshift64, so a failure names values that reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
