"""Appends the unit data, zlib-compressed, to the .wasm as a custom section "units".

The core embeds its data files as plain text; in the browser that text would be a third of
the module. So the web build leaves the core's copy out (the binding, built with
`--cfg packed_units`, never calls `Registry::builtin`) and ships the same files compressed:
`web/unit-converter.js` inflates them with the platform's DecompressionStream and passes
them to the module's `init`. The file list and order are read from core/src/builtin.rs, so
the registry is built from exactly what the core embeds.

Each line is reduced to what the core's reader looks at (`definitions.rs`: the text before
the first `#`, trimmed); line breaks stay, so line numbers in messages stay true.
Payload: for each file, `name NUL text NUL`, in builtin.rs order, then zlib.
"""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = re.compile(r'\(\s*"([^"]+)"\s*,\s*include_str!\(\s*"([^"]+)"\s*\)\s*\)')


def leb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def payload() -> bytes:
    builtin = ROOT / "core" / "src" / "builtin.rs"
    entries = ENTRY.findall(builtin.read_text(encoding="utf-8"))
    if not entries:
        sys.exit(f"error: no include_str! entries found in {builtin}")
    raw = bytearray()
    for name, rel in entries:
        lines = (builtin.parent / rel).read_text(encoding="utf-8").splitlines()
        text = "\n".join(line.split("#", 1)[0].strip() for line in lines).encode() + b"\n"
        if b"\0" in text or b"\0" in name.encode():
            sys.exit(f"error: {rel} contains a NUL byte")
        raw += name.encode() + b"\0" + text + b"\0"
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
