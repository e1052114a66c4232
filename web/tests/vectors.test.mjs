// The shared vectors through the JavaScript API give exactly the Python extension's answers.
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

describe("vectors (tests/vectors/*.tsv)", () => {
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
