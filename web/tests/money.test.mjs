// Currencies convert in the page with no network: the ECB snapshot is built into the
// module (core/money/ecb-snapshot.txt), the same one the Python package ships.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import { loadConverter } from "./reference.mjs";

const snapshot = readFileSync(new URL("../../core/money/ecb-snapshot.txt", import.meta.url), "utf8");
const date = snapshot.match(/^date: (\d{4}-\d\d-\d\d)$/m)[1];
const usd = Number(snapshot.match(/^USD (\S+)$/m)[1]);

let units;
before(async () => {
  units = await loadConverter();
});

test("the rates are the snapshot's, with its date", () => {
  const rates = units.exchangeRates();
  assert.equal(rates.date, date);
  assert.equal(rates.rates.USD, usd);
  assert.equal(rates.rates.EUR, 1);
  assert.ok(Object.keys(rates.rates).length >= 25);
});

test("100 USD to EUR at the snapshot's rate", () => {
  assert.equal(units.convert(100, "USD", "EUR"), 100 / usd);
  const q = units.evaluate("100 USD to EUR");
  assert.equal(q.unit, "EUR");
  assert.match(q.interpretation, /US dollar/);
});

test("money combines with other units", () => {
  assert.ok(Math.abs(units.convert(1, "EUR/L", "USD/gal") - usd * 3.785411784) < 1e-12);
  assert.ok(units.categories().some((c) => c.id === "money" && c.units[0].symbol === "EUR"));
});
