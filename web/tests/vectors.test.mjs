// The shared vectors through the JavaScript API: the expected column of every
// tests/vectors/*.tsv (tolerances as in tests/vectors/README.md: exact.tsv bit for bit,
// the other files within a relative 1e-12), then exactly the Python extension's answers.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { UnitError } from "../unit-converter.js";
import { bits, fromBits, loadConverter, pythonReference, vectorRows } from "./reference.mjs";

const rows = vectorRows();
const evaluateTexts = rows.map(([value, from, to]) => `${value} ${from} to ${to}`);
let units;
let reference;

before(async () => {
  units = await loadConverter();
  reference = pythonReference({
    convert: rows.map(([value, from, to]) => [value, from, to]),
    evaluate: evaluateTexts,
    find_units: ["mile", "metre", "feet", "kmh", "galon", "°", "xyzzy", "m/s"],
  });
});

function jsConvert(x, from, to) {
  try {
    return { result: bits(units.convert(x, from, to)) };
  } catch (e) {
    assert.ok(e instanceof UnitError, `not a UnitError: ${e}`);
    return jsError(e);
  }
}

/** Every field of a thrown UnitError, as the Python reference writes them. */
function jsError(e) {
  return {
    error: e.kind,
    code: e.code,
    details: { ...e.details },
    span: e.span === null ? null : [...e.span],
    message: e.message,
    suggestions: e.suggestions,
  };
}

/** The README's rule: exact.tsv bit for bit, every other file within a relative 1e-12. */
function expectedHolds(file, got, expected) {
  if (file === "exact.tsv") return Object.is(got, expected) || got === expected;
  return Math.abs(got - expected) <= 1e-12 * Math.abs(expected);
}

describe("vectors: the expected column (tests/vectors/*.tsv)", () => {
  let converter;
  before(async () => {
    converter = await loadConverter();
  });

  test("convert() gives the expected value of every row", () => {
    const failures = [];
    for (const [value, from, to, expectedText, , where] of rows) {
      const x = Number(value);
      const expected = Number(expectedText);
      assert.ok(expectedText.trim() !== "" && Number.isFinite(expected), `${where}: expected column ${JSON.stringify(expectedText)}`);
      assert.ok(Number.isFinite(x), `${where}: value ${JSON.stringify(value)}`);
      let got;
      try {
        got = converter.convert(x, from, to);
      } catch (e) {
        failures.push(`${where}: ${value} ${from} -> ${to}: ${e.message}`);
        continue;
      }
      const file = where.split(":")[0];
      if (!expectedHolds(file, got, expected)) {
        failures.push(`${where}: ${value} ${from} -> ${to}: got ${got}, expected ${expected}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${rows.length} rows wrong`);
    assert.ok(rows.length >= 300, `only ${rows.length} rows`);
  });

  test("the tolerance rule itself tells right from wrong", () => {
    assert.ok(expectedHolds("exact.tsv", 2.54, 2.54));
    assert.ok(!expectedHolds("exact.tsv", 2.5400000000000005, 2.54));
    assert.ok(expectedHolds("gnu_units.tsv", 1.6093440000000001, 1.609344));
    assert.ok(!expectedHolds("gnu_units.tsv", 1.60934401, 1.609344));
  });

  test("arrays give element by element what single values give", () => {
    const pairs = [["mi", "km"], ["degC", "degF"], ["degF", "K"], ["L/100km", "mpg"], ["mpg", "L/100km"]];
    const xs = [1, 2, 0.5, 3.75, 100, 98.6, 12.5, 1e-3, 4e5];
    for (const [from, to] of pairs) {
      const arr = converter.convert(Float64Array.from(xs), from, to);
      assert.equal(arr.length, xs.length, `${from} -> ${to}`);
      xs.forEach((x, i) => {
        assert.equal(bits(arr[i]), bits(converter.convert(x, from, to)), `${x} ${from} -> ${to}`);
      });
    }
    // Independent constants: 100·3.785411784/1.609344 km·mpg per L/100km; 9/5 x + 32.
    const mpg = converter.convert(Float64Array.from([1, 2, 4]), "L/100km", "mpg");
    assert.ok(Math.abs(mpg[1] - 117.60729166666667) < 1e-12, String(mpg[1]));
    assert.equal(mpg[0], 2 * mpg[1]);
    assert.deepEqual([...converter.convert(Float64Array.from([100, -40, 0]), "degC", "degF")], [212, -40, 32]);
  });
});

describe("vectors (tests/vectors/*.tsv) match the Python extension", () => {
  test("there are vectors", () => assert.ok(rows.length > 0));

  test("convert(): bit-identical results and identical errors", () => {
    let compared = 0;
    rows.forEach(([, from, to, , , where], i) => {
      const py = reference.convert[i];
      const js = jsConvert(fromBits(py.input), from, to);
      const { input, ...expected } = py;
      assert.deepEqual(js, expected, `${where}: convert(${rows[i][0]}, ${from}, ${to})`);
      compared += 1;
    });
    assert.equal(compared, rows.length);
  });

  test("evaluate(): bit-identical values, same display and errors", () => {
    evaluateTexts.forEach((text, i) => {
      const py = reference.evaluate[i];
      let js;
      try {
        const q = units.evaluate(text);
        js = {
          value: bits(q.value),
          unit: q.unit,
          display: String(q),
          interpretation: q.interpretation,
          parts: q.parts.map(([v, u]) => [bits(v), u]),
        };
      } catch (e) {
        assert.ok(e instanceof UnitError, `not a UnitError: ${e}`);
        js = jsError(e);
      }
      assert.deepEqual(js, py, `${rows[i][5]}: evaluate(${JSON.stringify(text)})`);
    });
  });
});

describe("listings match the Python extension", () => {
  test("categories()", () => {
    const js = units.categories().map((c) => ({ id: c.id, name: c.name, units: c.units.map((u) => ({ ...u, aliases: [...u.aliases] })) }));
    assert.deepEqual(js, reference.categories);
  });

  test("unitDetails() of every listed unit", () => {
    for (const [id, details] of Object.entries(reference.unit_details)) {
      const js = units.unitDetails(id);
      assert.deepEqual(js && [js.definition, js.source], details, id);
    }
  });

  test("findUnits()", () => {
    const queries = ["mile", "metre", "feet", "kmh", "galon", "°", "xyzzy", "m/s"];
    queries.forEach((q, i) => {
      const js = units.findUnits(q).map((u) => ({ ...u, aliases: [...u.aliases] }));
      assert.deepEqual(js, reference.find_units[i], `findUnits(${JSON.stringify(q)})`);
    });
  });
});
