#!/usr/bin/env bash
# The web face's tests (used by `make test-web`, after `make wasm`):
#  1. the binding's own unit tests (JSON encoding), compiled by Debian's rustc 1.63;
#  2. node's test runner: the JS API, and tests/vectors/ through it, bit for bit against
#     the Python extension (web/tests/python_reference.py);
#  3. the page in Debian's headless Chromium via Playwright, from a localhost server.
set -euo pipefail

cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export EUC_PYTHON="$PWD/$PY"

if [ ! -f web/unit_converter.wasm ]; then
    echo "web/unit_converter.wasm is missing: run make wasm" >&2
    exit 1
fi

echo "== bindings/wasm unit tests (rustc 1.63)"
WORK=target/wasm-build/host
mkdir -p "$WORK"
if [ ! -x "$WORK/binding-tests" ] ||
    [ -n "$(find core/src core/units core/money bindings/wasm/src -newer "$WORK/binding-tests" -type f | head -n 1)" ]; then
    /usr/bin/rustc --edition 2021 --crate-type rlib --crate-name unit_core --out-dir "$WORK" core/src/lib.rs
    /usr/bin/rustc --edition 2021 --test --crate-name unit_core_wasm -L "dependency=$WORK" \
        --extern unit_core="$WORK/libunit_core.rlib" -o "$WORK/binding-tests" bindings/wasm/src/lib.rs
fi
"$WORK/binding-tests" -q

echo "== node --test web/tests/"
node --test web/tests/

echo "== the page in Chromium (web/tests/test_page.py)"
"$PY" -m pytest -q -p no:cacheprovider web/tests/test_page.py
