"""Appends the unit data, zlib-compressed, to the .wasm as a custom section "units".

The core embeds its data files as plain text; in the browser that text would be a third of
the module. So the web build leaves the core's copy out (the binding, built with
`--cfg packed_units`, never calls `Registry::builtin`) and ships the same files compressed:
`web/unit-converter.js` inflates them with the platform's DecompressionStream and passes
them to the module's `init`. The files, their order and their text come from the core itself
(`_core.builtin_unit_files()`: each line reduced to what the core's reader looks at, the
text before `#`, trimmed; line breaks stay, so line numbers in messages stay true), so the
registry is built from exactly what the core embeds and nothing here reads the format.
Payload: for each file, `name NUL text NUL`, in the core's order, then zlib.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

def leb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def payload() -> bytes:
    from embedded_unit_converter import _core

    raw = bytearray()
    for name, text in _core.builtin_unit_files():
        data = name.encode() + b"\0" + text.encode() + b"\0"
        if data.count(b"\0") != 2:
            sys.exit(f"error: {name} contains a NUL byte")
        raw += data
    if not raw:
        sys.exit("error: the core lists no unit data files")
    return bytes(raw)


def main() -> None:
    wasm = Path(sys.argv[1])
    raw = payload()
    packed = zlib.compress(raw, 9)
    name = b"units"
    body = leb128(len(name)) + name + packed
    with wasm.open("ab") as f:
        f.write(b"\0" + leb128(len(body)) + body)
    print(f"unit data: {len(raw)} bytes, {len(packed)} compressed")


if __name__ == "__main__":
    main()
