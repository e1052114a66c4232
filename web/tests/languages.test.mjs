// Unit names and keywords in German, French and Spanish through the JavaScript API.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { loadConverter } from "./reference.mjs";

let units;
before(async () => {
  units = await loadConverter();
});

describe("languages", () => {
  test("typing their words gives the English names' exact results", () => {
    const q = units.evaluate("5 Fuß 3 Zoll in cm", { lang: "de" });
    assert.equal(String(q), "160.02 cm");
    assert.equal(q.interpretation, "5 Fuß + 3 Zoll");
    assert.equal(units.evaluate("10 millas a km", { lang: "es" }).value, units.evaluate("10 mi to km", { lang: "en" }).value);
    assert.equal(String(units.evaluate("5 pieds 3 pouces en cm", { lang: "fr" })), "160.02 cm");
  });

  test("English works in every language and other languages' words need theirs", () => {
    assert.equal(String(units.evaluate("5 ft 3 in to cm", { lang: "es" })), "160.02 cm");
    assert.throws(() => units.evaluate("5 Fuß in cm", { lang: "en" }), { kind: "unknown_unit" });
    assert.throws(() => units.evaluate("5 ft", { lang: "xx" }), TypeError);
  });

  test("unitNames and findUnits speak the language", () => {
    assert.deepEqual([...units.languages()].sort(), ["de", "es", "fr"]);
    assert.deepEqual([...units.unitNames("de").mile], ["Meile", "Meilen"]);
    assert.deepEqual(units.unitNames("en"), {});
    const found = units.findUnits("Meile", 3, "", "de");
    assert.equal(found[0].id, "mile");
    assert.equal(found[0].name, "Meile");
  });
});
