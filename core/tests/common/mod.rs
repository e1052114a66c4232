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
