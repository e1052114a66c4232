"""What the Python extension answers, for the JavaScript tests to compare bit for bit.

Reads a JSON request on stdin:
  {"convert": [[value_text, from, to], ...], "evaluate": [text, ...], "find_units": [text, ...]}
and writes JSON: doubles as the 16 hex digits of their bit pattern, errors as
{"error": kind, "code", "details", "span", "message", "suggestions"} (a span of evaluated
text in UTF-16 code units, as JavaScript counts), plus the categories.
"""

from __future__ import annotations

import json
import struct
import sys

import embedded_unit_converter as euc
from embedded_unit_converter import _core


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def utf16(text: str, chars: int) -> int:
    return len(text[:chars].encode("utf-16-le")) // 2


def error(e: euc.UnitError, text: str | None = None) -> dict:
    span = e.span
    if span is not None and text is not None:
        start = utf16(text, span[0])
        span = [start, start + len(e.offending.encode("utf-16-le")) // 2]
    return {"error": e.kind, "code": e.code, "details": e.details, "span": None if span is None else list(span),
            "message": str(e), "suggestions": list(e.suggestions)}


def convert(value_text: str, from_unit: str, to_unit: str) -> dict:
    value = float(value_text)
    try:
        return {"input": bits(value), "result": bits(euc.convert(value, from_unit, to_unit))}
    except euc.UnitError as e:
        return {"input": bits(value), **error(e)}


def evaluate(text: str) -> dict:
    try:
        q = euc.evaluate(text)
    except euc.UnitError as e:
        return error(e, text)
    return {"value": bits(q.value), "unit": q.unit, "display": str(q), "interpretation": q.interpretation,
            "parts": [[bits(v), u] for v, u in q.parts]}


def unit(u) -> dict:
    return {"id": u.id, "name": u.name, "plural": u.plural, "symbol": u.symbol, "aliases": list(u.aliases),
            "category": u.category}


def main() -> None:
    request = json.load(sys.stdin)
    answer = {
        "convert": [convert(*row) for row in request.get("convert", [])],
        "evaluate": [evaluate(t) for t in request.get("evaluate", [])],
        "find_units": [[unit(u) for u in euc.find_units(t)] for t in request.get("find_units", [])],
        "categories": [{"id": c.id, "name": c.name, "units": [unit(u) for u in c.units]} for c in euc.categories()],
    }
    answer["unit_details"] = {
        u["id"]: _core.unit_details(u["id"]) for c in answer["categories"] for u in c["units"]
    }
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
