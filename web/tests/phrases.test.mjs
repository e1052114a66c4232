// Phrases as people type them (tests/vectors/phrases/*.tsv, format in
// tests/vectors/README.md), through units.evaluate(): the value in the phrase's target unit
// within a relative 1e-9, or the error code. The Rust and Python tests read the same files.
// Every failing phrase is reported at once, so the gap is seen whole. Rows for the UK
// customary system run with evaluate(text, { customary: "uk" }).
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { UnitError } from "../unit-converter.js";
import { loadConverter, root, tsvRecords } from "./reference.mjs";

const REL_TOL = 1e-9;
const ABS_TOL = 1e-12; // for expected values of 0 (32 F to C)

function phraseRows() {
  return tsvRecords(`${root}tests/vectors/phrases`).map(({ cols, where }) => {
    if (cols.length !== 5) throw new Error(`${where}: expected 5 tab-separated columns`);
    const [phrase, expected, customary, origin, kind] = cols;
    if (customary !== "us" && customary !== "uk") throw new Error(`${where}: customary is ${customary}`);
    return { where, phrase, expected, customary, origin, kind };
  });
}

const rows = phraseRows();
let units;

before(async () => {
  units = await loadConverter();
});

/** null if the phrase gives what the row expects, else what it gave. */
function check(row) {
  let q;
  try {
    q = units.evaluate(row.phrase, { customary: row.customary });
  } catch (e) {
    assert.ok(e instanceof UnitError, `${row.phrase}: not a UnitError: ${e}`);
    return row.expected === `error:${e.code}` ? null : `error ${e.code}: ${e.message}`;
  }
  if (row.expected.startsWith("error:")) return `${q.value} ${q.unit} (${q.interpretation}), not refused`;
  const want = Number(row.expected);
  const diff = Math.abs(q.value - want);
  return diff <= REL_TOL * Math.abs(want) || diff <= ABS_TOL ? null : `${q.value} ${q.unit} (${q.interpretation})`;
}

describe("phrases (tests/vectors/phrases/*.tsv)", () => {
  test("the corpus is there", () => {
    assert.ok(rows.length >= 200, `only ${rows.length} phrases`);
    for (const kind of ["recipe", "DIY", "travel", "fitness", "weather", "car", "computing"]) {
      assert.ok(rows.some((r) => r.kind === kind), `no ${kind} phrases`);
    }
  });

  for (const [customary, atLeast] of [["us", 200], ["uk", 10]]) {
    test(`phrases with ${customary.toUpperCase()} customary`, () => {
      const failures = [];
      const chosen = rows.filter((r) => r.customary === customary);
      for (const row of chosen) {
        const got = check(row);
        if (got !== null) failures.push(`${row.where} [${row.kind}] ${JSON.stringify(row.phrase)}: got ${got}; expected ${row.expected}`);
      }
      assert.ok(chosen.length >= atLeast, `only ${chosen.length} ${customary} phrases`);
      assert.ok(failures.length === 0, `${failures.length} of ${chosen.length} phrases fail:\n${failures.join("\n")}`);
    });
  }
});
