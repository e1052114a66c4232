// The JavaScript API itself: ways to load, results, errors as UnitError, and no input
// that can make the module trap.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { load, Quantity, UnitError } from "../unit-converter.js";
import { loadConverter, wasmPath } from "./reference.mjs";

let units;
before(async () => {
  units = await loadConverter();
});

describe("load()", () => {
  const bytes = readFileSync(wasmPath);
  const sources = {
    "a Buffer": () => bytes,
    "an ArrayBuffer": () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    "a Uint8Array": () => new Uint8Array(bytes),
    "a file URL": () => pathToFileURL(wasmPath),
    "a file URL string": () => pathToFileURL(wasmPath).href,
    "a Response": () => new Response(bytes, { headers: { "Content-Type": "application/wasm" } }),
    "a Response without the wasm type": () => new Response(bytes),
    "a compiled module": () => new WebAssembly.Module(bytes),
    "nothing (the .wasm next to the module)": () => undefined,
  };
  for (const [name, make] of Object.entries(sources)) {
    test(`from ${name}`, async () => {
      const u = await load(make());
      assert.equal(u.convert(1, "in", "cm"), 2.54);
    });
  }

  test("rejects what is not a module", async () => {
    await assert.rejects(load(42), TypeError);
    await assert.rejects(load(new Uint8Array([1, 2, 3])), WebAssembly.CompileError);
    await assert.rejects(load(new Response("nope", { status: 404 })), /HTTP 404/);
  });
});

describe("convert()", () => {
  test("numbers", () => {
    assert.equal(units.convert(1, "mi", "km"), 1.609344);
    assert.equal(units.convert(100, "degC", "degF"), 212);
    assert.equal(units.convert(0, "°C", "K"), 273.15);
    // A single value that is not finite, in or out, is an error; arrays keep IEEE arithmetic.
    for (const [value, from, to, code] of [
      [NaN, "m", "ft", "not_finite"],
      [Infinity, "m", "km", "not_finite"],
      [1e308, "km", "m", "result_too_large"],
      [0, "mpg", "L/100km", "division_by_zero"],
      [-500, "degC", "K", "below_absolute_zero"],
    ]) {
      assert.throws(() => units.convert(value, from, to), (e) => e instanceof UnitError && e.code === code, `${value} ${from} -> ${to}`);
    }
    const many = units.convert([Infinity, NaN, 1], "m", "km");
    assert.ok(many[0] === Infinity && Number.isNaN(many[1]) && many[2] === 0.001);
    assert.ok(Object.is(units.convert(-0, "m", "km"), -0));
  });

  test("unit expressions and non-ASCII names", () => {
    assert.ok(Math.abs(units.convert(100, "km/h", "m/s") - 27.777777777777778) < 1e-12);
    assert.equal(units.convert(1, "µm", "um"), 1);
    assert.equal(units.convert(1, "m²", "m^2"), 1);
  });

  test("arrays give a Float64Array", () => {
    const out = units.convert([1, 2, 3], "in", "cm");
    assert.ok(out instanceof Float64Array);
    assert.deepEqual([...out], [2.54, 5.08, 7.62]);
    const big = new Float64Array(100_000).fill(1);
    assert.ok(units.convert(big, "ft", "in").every((x) => x === 12));
    assert.equal(units.convert(new Float64Array(0), "m", "ft").length, 0);
    assert.deepEqual([...units.convert(new Float32Array([1.5]), "m", "mm")], [1500]);
  });

  test("wrong argument types are TypeErrors", () => {
    assert.throws(() => units.convert("1", "m", "ft"), TypeError);
    assert.throws(() => units.convert(1, 5, "ft"), TypeError);
    assert.throws(() => units.convert(1, "m"), TypeError);
  });
});

describe("errors are UnitErrors with kind, message and suggestions", () => {
  const cases = [
    [() => units.convert(1, "metr", "ft"), "unknown_unit"],
    [() => units.convert(1, "kg", "m"), "incompatible"],
    [() => units.evaluate("5 ft to"), "syntax"],
    [() => units.evaluate("5 (ft"), "syntax"],
    [() => units.evaluate("1e999999 m"), "invalid_number"],
    [() => units.convert(1, "", "m"), "syntax"],
  ];
  for (const [call, kind] of cases) {
    test(`${kind}: ${call.toString().slice(6)}`, () => {
      assert.throws(call, (e) => {
        assert.ok(e instanceof UnitError && e instanceof Error);
        assert.equal(e.name, "UnitError");
        assert.equal(e.kind, kind);
        assert.ok(e.message.length > 5, "a message a person understands");
        assert.ok(Array.isArray(e.suggestions));
        return true;
      });
    });
  }

  test("suggestions for a typo, and where it stands", () => {
    assert.throws(() => units.evaluate("3 😀 metr"), (e) => {
      assert.equal(e.kind, "syntax");
      return true;
    });
    assert.throws(() => units.evaluate("12 fett to m"), (e) => {
      assert.equal(e.kind, "unknown_unit");
      assert.ok(e.suggestions.includes("feet"), e.suggestions.join());
      assert.equal(e.offending, "fett");
      assert.equal(e.position, 3);
      return true;
    });
  });
});

describe("evaluate()", () => {
  test("free text gives a Quantity", () => {
    const q = units.evaluate("5 ft 3 in to cm");
    assert.ok(q instanceof Quantity);
    assert.equal(String(q), "160.02 cm");
    assert.equal(q.unit, "cm");
    assert.ok(Math.abs(q.value - 160.02) < 1e-9);
    assert.equal(`${units.evaluate("1/2 cup to mL")}`.endsWith(" mL"), true);
    assert.equal(String(units.evaluate("3*4 m")), "12 m");
  });

  test("mixed units have parts", () => {
    const q = units.evaluate("1.8 m to ft;in");
    assert.equal(String(q), "5 ft 10.87 in");
    assert.deepEqual(q.parts.map(([, u]) => u), ["ft", "in"]);
    assert.equal(q.parts[0][0], 5);
  });

  test("Quantity.to()", () => {
    const q = units.evaluate("100 km/h").to("mph");
    assert.equal(q.unit, "mph");
    assert.equal(String(q), `${units.formatValue(q.value)} mph`);
    assert.throws(() => units.evaluate("1 kg").to("m"), UnitError);
    assert.equal(String(units.evaluate("3")), "3");
  });
});

describe("listings", () => {
  test("categories() lists units with ids, names and symbols", () => {
    const cats = units.categories();
    assert.ok(cats.length >= 5);
    const length = cats.find((c) => c.id === "length");
    assert.ok(length.units.some((u) => u.symbol === "m" && u.category === "length"));
    cats.pop(); // a copy: the cached list stays whole
    assert.equal(units.categories().length, cats.length + 1);
  });

  test("findUnits(), unitDetails(), formatValue()", () => {
    assert.equal(units.findUnits("metre", 1)[0].id, "meter");
    assert.equal(units.findUnits("mile", 2).length, 2);
    assert.deepEqual(units.findUnits(""), []);
    assert.equal(units.unitDetails("no such unit"), null);
    assert.equal(typeof units.unitDetails("foot").definition, "string");
    assert.equal(units.formatValue(3.7854117839999997), "3.785411784");
    assert.equal(units.formatValue(123456, 3), "123000");
  });
});

describe("nothing typed can make the module trap", () => {
  // Deterministic pseudo-random text from pieces that stress the parser.
  const pieces = ["5", " ", "ft", "in", "to", "m", "/", "*", "^", "(", ")", "-", "+", ".", "e", "9", "°",
    "µ", "²", ";", "->", "1e308", "0", "km/h", "😀", "\u0000", "\\", '"', "degC", "L/100km", "mpg", "ab", "ǅ",
    "1/0", "^-", "99999999999999999999999", "\u200b", "cup", ",", "\t"];
  let seed = 12345;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const texts = [];
  for (let i = 0; i < 4000; i++) {
    let t = "";
    const len = 1 + random(12);
    for (let j = 0; j < len; j++) t += pieces[random(pieces.length)];
    texts.push(t);
  }
  texts.push("(".repeat(5000), "(".repeat(60) + "m" + ")".repeat(60), "m^".repeat(400), "x".repeat(100_000),
    "1".repeat(2000), "\ud800", "m\udfff");

  test("evaluate() and convert() only ever throw UnitError", () => {
    for (const t of texts) {
      for (const call of [() => units.evaluate(t), () => units.convert(1, t, "m"), () => units.convert(1, "m", t),
        () => units.findUnits(t)]) {
        try {
          call();
        } catch (e) {
          assert.ok(e instanceof UnitError, `${JSON.stringify(t.slice(0, 80))}: ${e.stack}`);
        }
      }
    }
    assert.equal(units.convert(1, "in", "mm"), 25.4, "still works afterwards");
  });
});
