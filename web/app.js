// The converter page: category and unit pickers with search, two live value fields, swap,
// and the free-text line. Plain DOM; everything runs locally once the page has loaded.
import { defaultCustomary, load, UnitError } from "./unit-converter.js";

const $ = (id) => document.getElementById(id);
const status = $("status");

let units; // the Converter from load()
let categories = [];
let category; // the selected Category
let lastEdited = "from"; // the value field the person typed into last

const DIGITS = 15;

async function start() {
  try {
    units = await load(new URL("unit_converter.wasm", import.meta.url));
  } catch (e) {
    status.textContent = `The converter could not be loaded: ${e.message}`;
    status.classList.add("error");
    return;
  }
  categories = units.categories();
  const select = $("category");
  for (const c of categories) select.add(new Option(c.name, c.id));
  select.addEventListener("change", () => setCategory(categories.find((c) => c.id === select.value)));

  sides.from = makeSide("from");
  sides.to = makeSide("to");
  setCategory(categories[0]);

  $("swap").addEventListener("click", swap);
  setupExpression();
  const count = categories.reduce((n, c) => n + c.units.length, 0);
  status.textContent = `Ready: ${count} units in ${categories.length} categories. Works offline.`;
  showRatesDate();
  document.body.dataset.ready = "true";
  registerOfflineCache();
}

/** Currencies convert with the ECB snapshot built into the module: say of which day. */
function showRatesDate() {
  const rates = units.exchangeRates();
  if (!rates) return;
  const day = new Date(`${rates.date}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  $("rates-status").textContent = `Currencies: ECB rates of ${day} (the snapshot built in; no network is used).`;
  $("rates-status").dataset.date = rates.date;
}

// ---- the two sides ---------------------------------------------------------------------

const sides = {};

/** A unit is an entry from categories() or an expression someone typed ("km/h"). */
// Unit names in the browser's language where the data has them ("Meile (mi)").
const shownName = (u) => units.unitNames()[u.id]?.[0] ?? u.name;
const unitLabel = (u) => (typeof u === "string" ? u : `${shownName(u)} (${u.symbol})`);
const unitExpr = (u) => (typeof u === "string" ? u : u.symbol);

function makeSide(name) {
  const value = $(`${name}-value`);
  const input = $(`${name}-unit`);
  const list = $(`${name}-unit-list`);
  const side = { name, value, input, list, unit: null, options: [], active: -1 };

  value.addEventListener("input", () => {
    lastEdited = name;
    recompute();
  });

  input.addEventListener("focus", () => {
    input.select();
    openList(side, "");
  });
  input.addEventListener("input", () => openList(side, input.value));
  input.addEventListener("keydown", (e) => onComboKey(side, e));
  input.addEventListener("blur", () => {
    // Let a click on an option land first.
    setTimeout(() => commitTyped(side), 150);
  });
  list.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the input
  list.addEventListener("click", (e) => {
    const li = e.target.closest("[role=option]");
    if (li) choose(side, side.options[Number(li.dataset.index)]);
  });
  return side;
}

function setCategory(c, keep = {}) {
  category = c;
  $("category").value = c.id;
  setUnit(sides.from, keep.from ?? c.units[0]);
  setUnit(sides.to, keep.to ?? c.units[1] ?? c.units[0]);
  recompute();
}

function setUnit(side, unit) {
  side.unit = unit;
  side.input.value = unitLabel(unit);
}

/** Units matching the query, best first, this category's first among equals: the core's
 * one ranking (the window's unit search uses the same). */
function matches(query) {
  if (!query.trim()) return category.units.map((u) => ({ unit: u, other: false }));
  const found = [];
  for (const u of units.findUnits(query, 30, category.id)) {
    const listed = findListed(u);
    if (listed) found.push({ unit: listed, other: listed.category !== category.id });
  }
  return found;
}

/** The listed entry for a unit from findUnits (same id), with its category. */
function findListed(u) {
  for (const c of categories) {
    const found = c.units.find((x) => x.id === u.id);
    if (found) return found;
  }
  return null;
}

function openList(side, query) {
  side.options = matches(query).map((m) => m.unit);
  const others = new Set(matches(query).filter((m) => m.other).map((m) => m.unit.id));
  side.list.replaceChildren(
    ...side.options.map((u, i) => {
      const li = document.createElement("li");
      li.role = "option";
      li.id = `${side.name}-option-${i}`;
      li.dataset.index = String(i);
      li.setAttribute("aria-selected", "false");
      const name = document.createElement("span");
      name.textContent = shownName(u);
      if (others.has(u.id)) {
        const where = document.createElement("span");
        where.className = "other";
        where.textContent = ` · ${categories.find((c) => c.id === u.category)?.name ?? ""}`;
        name.append(where);
      }
      const symbol = document.createElement("span");
      symbol.className = "symbol";
      symbol.textContent = u.symbol;
      li.append(name, symbol);
      return li;
    }),
  );
  const current = side.options.findIndex((u) => u === side.unit);
  setActive(side, query.trim() ? (side.options.length ? 0 : -1) : current);
  side.list.hidden = side.options.length === 0;
  side.input.setAttribute("aria-expanded", String(!side.list.hidden));
}

function closeList(side) {
  side.list.hidden = true;
  side.input.setAttribute("aria-expanded", "false");
  side.input.removeAttribute("aria-activedescendant");
}

function setActive(side, index) {
  side.active = index;
  side.list.querySelectorAll("[role=option]").forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
  if (index >= 0) {
    const li = side.list.children[index];
    side.input.setAttribute("aria-activedescendant", li.id);
    li.scrollIntoView({ block: "nearest" });
  } else {
    side.input.removeAttribute("aria-activedescendant");
  }
}

function onComboKey(side, e) {
  const n = side.options.length;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    if (side.list.hidden) openList(side, "");
    const step = e.key === "ArrowDown" ? 1 : -1;
    setActive(side, n ? (side.active + step + n) % n : -1);
  } else if (e.key === "Enter") {
    e.preventDefault();
    if (!side.list.hidden && side.active >= 0) choose(side, side.options[side.active]);
    else commitTyped(side);
  } else if (e.key === "Escape") {
    closeList(side);
    side.input.value = unitLabel(side.unit);
  }
}

function choose(side, unit) {
  closeList(side);
  if (unit.category !== category.id) {
    // A unit from another category: switch, keeping the choice on this side.
    setCategory(categories.find((c) => c.id === unit.category), { [side.name]: unit });
  } else {
    setUnit(side, unit);
    recompute();
  }
}

/** Leaving the unit field: keep what was typed if it is a unit expression ("km/h"). */
function commitTyped(side) {
  if (document.activeElement === side.input) return;
  closeList(side);
  const text = side.input.value.trim();
  if (text === unitLabel(side.unit)) return;
  const listed = category.units.find((u) => [u.symbol, u.name, u.plural, shownName(u), ...u.aliases].includes(text));
  if (listed) {
    setUnit(side, listed);
  } else if (text && isUnit(text)) {
    setUnit(side, text);
  } else {
    side.input.value = unitLabel(side.unit);
    return;
  }
  recompute();
}

function isUnit(text) {
  try {
    units.convert(1, text, text);
    return true;
  } catch {
    return false;
  }
}

/** Exchanges the units; the value typed on the left stays and is converted the other way. */
function swap() {
  if (lastEdited === "to") sides.from.value.value = sides.to.value.value;
  lastEdited = "from";
  const from = sides.from.unit;
  setUnit(sides.from, sides.to.unit);
  setUnit(sides.to, from);
  recompute();
}

/** A number from a value field: plain ("1.5", "1,5", "2e3") or arithmetic ("3*4", "1/2"). */
function parseValue(text) {
  const t = text.trim();
  if (t === "") return null;
  const plain = Number(/^[^.]*,[^,]*$/.test(t) ? t.replace(",", ".") : t);
  if (Number.isFinite(plain)) return plain;
  try {
    const q = units.evaluate(t);
    if (q.unit === "") return q.value;
  } catch {
    // fall through: not a number
  }
  return undefined;
}

function recompute() {
  const source = sides[lastEdited];
  const target = lastEdited === "from" ? sides.to : sides.from;
  const message = $("pair-message");
  source.value.removeAttribute("aria-invalid");
  message.classList.remove("error");
  message.textContent = "";
  const x = parseValue(source.value.value);
  if (x === null) {
    target.value.value = "";
    return;
  }
  if (x === undefined) {
    source.value.setAttribute("aria-invalid", "true");
    message.classList.add("error");
    message.textContent = `"${source.value.value.trim()}" is not a number.`;
    target.value.value = "";
    return;
  }
  try {
    const y = units.convert(x, unitExpr(source.unit), unitExpr(target.unit));
    target.value.value = units.formatValue(y, DIGITS);
    message.textContent = `${units.formatValue(x, DIGITS)} ${unitExpr(source.unit)} = ${target.value.value} ${unitExpr(target.unit)}`;
  } catch (e) {
    if (!(e instanceof UnitError)) throw e;
    target.value.value = "";
    message.classList.add("error");
    message.textContent = e.message;
  }
}

// ---- the free-text line --------------------------------------------------------------

// The reading options, kept in this browser once chosen: which gallon (US or UK) the
// plain names mean, and inches as fractions.
const OPTIONS_KEY = "unit-converter.reading";
const readingOptions = { customary: defaultCustomary(), inchFraction: 0 };

function loadReadingOptions() {
  try {
    const saved = JSON.parse(localStorage.getItem(OPTIONS_KEY) ?? "{}");
    if (saved.customary === "us" || saved.customary === "uk") readingOptions.customary = saved.customary;
    if ([0, 2, 4, 8, 16, 32, 64].includes(saved.inchFraction)) readingOptions.inchFraction = saved.inchFraction;
  } catch {
    // No storage (private window, file://) or a damaged entry: the defaults.
  }
}

function saveReadingOptions() {
  try {
    localStorage.setItem(OPTIONS_KEY, JSON.stringify(readingOptions));
  } catch {
    // Not kept: the choice still holds while the page is open.
  }
}

function setupExpression() {
  const input = $("expression");
  input.addEventListener("input", () => evaluateExpression());
  loadReadingOptions();
  const customary = $("customary");
  const fraction = $("inch-fraction");
  customary.value = readingOptions.customary;
  fraction.value = String(readingOptions.inchFraction);
  customary.addEventListener("change", () => {
    readingOptions.customary = customary.value;
    saveReadingOptions();
    evaluateExpression();
  });
  fraction.addEventListener("change", () => {
    readingOptions.inchFraction = Number(fraction.value);
    saveReadingOptions();
    evaluateExpression();
  });
  for (const b of document.querySelectorAll(".example")) {
    b.addEventListener("click", () => {
      input.value = b.textContent;
      evaluateExpression();
      input.focus();
    });
  }
}

function evaluateExpression() {
  const input = $("expression");
  const result = $("expression-result");
  const detail = $("expression-detail");
  const box = $("expression-suggestions");
  const notes = $("expression-notes");
  const others = $("expression-alternatives");
  result.classList.remove("error");
  input.removeAttribute("aria-invalid");
  for (const el of [box, others]) {
    el.hidden = true;
    el.replaceChildren();
  }
  notes.hidden = true;
  notes.textContent = "";
  const text = input.value;
  if (text.trim() === "") {
    result.textContent = "";
    detail.textContent = "";
    return;
  }
  try {
    const q = units.evaluate(text, readingOptions);
    result.textContent = String(q);
    detail.textContent = q.interpretation ? `Understood as ${q.interpretation}` : "";
    // How names were read where not in their everyday meaning: "F read as degree Fahrenheit".
    notes.textContent = q.notes.join(" · ");
    notes.hidden = q.notes.length === 0;
    if (q.alternatives.length) showAlternatives(q.alternatives);
  } catch (e) {
    if (!(e instanceof UnitError)) throw e;
    result.textContent = e.message;
    result.classList.add("error");
    input.setAttribute("aria-invalid", "true");
    detail.textContent = "";
    if (e.suggestions.length && e.offending) showSuggestions(e, text);
  }
}

/** The other readings that also convert ("100 °F" for "100 F"), one click each: the phrase
 * goes into the line, where it can be read and changed. */
function showAlternatives(phrases) {
  const box = $("expression-alternatives");
  const label = document.createElement("span");
  label.textContent = "Or read it as:";
  box.append(label);
  for (const phrase of phrases) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = phrase;
    b.title = `Put "${phrase}" in the text line`;
    b.setAttribute("aria-label", `Read it as ${phrase}`);
    b.addEventListener("click", () => {
      const input = $("expression");
      input.value = phrase;
      evaluateExpression();
      input.focus();
    });
    box.append(b);
  }
  box.hidden = false;
}

/** "Did you mean" buttons that put the suggestion in place of the unknown name. */
function showSuggestions(e, text) {
  const box = $("expression-suggestions");
  const label = document.createElement("span");
  label.textContent = `Replace "${e.offending}" with`;
  box.append(label);
  const at = e.position !== null && text.startsWith(e.offending, e.position) ? e.position : text.indexOf(e.offending);
  for (const s of e.suggestions) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = s;
    b.addEventListener("click", () => {
      const input = $("expression");
      if (at >= 0) input.value = text.slice(0, at) + s + text.slice(at + e.offending.length);
      evaluateExpression();
      input.focus();
    });
    box.append(b);
  }
  box.hidden = false;
}

// ---- offline -------------------------------------------------------------------------

/** Keeps a copy of the page's files so it opens again without a network. */
function registerOfflineCache() {
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register("sw.js").catch(() => {
      // Without it the page still works while open.
    });
  }
}

start();
