// Embedded Unit Converter for JavaScript: the Rust core compiled to WebAssembly, behind a
// small API. Works in browsers and in Node (18+), with no dependencies and no build step.
//
//   import { load, UnitError } from "./unit-converter.js";
//   const units = await load();                 // or load(url | bytes | Response)
//   units.convert(1, "mi", "km");               // 1.609344
//   String(units.evaluate("5 ft 3 in to cm"));  // "160.02 cm"
//
// The module's raw exports (see bindings/wasm/src/lib.rs) take strings as (pointer,
// length) in linear memory and leave text results in one output buffer; this file hides
// that and turns error JSON into thrown UnitErrors.

/** A unit expression could not be understood or converted. */
export class UnitError extends Error {
  constructor(message, { kind, code = "", details = {}, span = null, suggestions = [], offending = "", position = null } = {}) {
    super(message);
    this.name = "UnitError";
    /** One of "unknown_unit", "incompatible", "syntax", "invalid_number". */
    this.kind = kind;
    /** A stable snake_case id of what went wrong (the core's table of error codes). */
    this.code = code;
    /** The named data of the message: {name: text or number}. */
    this.details = details;
    /** [start, end) of the text the error is about, in UTF-16 code units, or null. */
    this.span = span;
    /** Names close to an unknown one, best first. */
    this.suggestions = suggestions;
    /** The piece of the input the error is about (possibly empty). */
    this.offending = offending;
    /** Index of `offending` in the text given to evaluate(), or null. */
    this.position = position;
  }
}

/** The result of evaluate(): a value in a unit. */
export class Quantity {
  #toUnit;
  #display;

  constructor(value, unit, { interpretation = "", parts = [], notes = [], alternatives = [], display, toUnit } = {}) {
    this.value = value;
    this.unit = unit;
    /** What the text was understood as, unit names spelled out: "5 foot + 3 inch". */
    this.interpretation = interpretation;
    /** For mixed targets ("ft;in") each [value, unit]; otherwise empty. */
    this.parts = parts;
    /** How names were read where not in their everyday meaning ("F read as degree Fahrenheit"). */
    this.notes = notes;
    /** Other phrases that read the names otherwise and also convert ("100 °F" for "100 F"). */
    this.alternatives = alternatives;
    this.#display = display;
    this.#toUnit = toUnit;
  }

  /** The same amount in another unit (the core's conversion of a quantity). */
  to(unit) {
    return this.#toUnit(this, unit);
  }

  /** "160.02 cm": at most 15 significant digits, no float noise. */
  toString() {
    return this.#display;
  }

  valueOf() {
    return this.value;
  }

  toJSON() {
    return { value: this.value, unit: this.unit };
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bitsView = new DataView(new ArrayBuffer(8));

/** A double from the 16 hex digits of its bit pattern (how the module sends numbers). */
function fromBits(hex) {
  bitsView.setUint32(0, parseInt(hex.slice(0, 8), 16));
  bitsView.setUint32(4, parseInt(hex.slice(8, 16), 16));
  return bitsView.getFloat64(0);
}

/** "uk" where the browser's (or node's) language is British English, else "us". */
export function defaultCustomary() {
  const lang = typeof navigator !== "undefined" && navigator.language ? navigator.language : Intl.DateTimeFormat().resolvedOptions().locale;
  return /^en[-_]GB\b/i.test(lang || "") ? "uk" : "us";
}

/** The browser's (or node's) language as a code the module has unit names for is decided
 * in `load`; this is its primary subtag: "de-AT" → "de". */
export function browserLanguage() {
  const lang = typeof navigator !== "undefined" && navigator.language ? navigator.language : Intl.DateTimeFormat().resolvedOptions().locale;
  return String(lang || "en").split(/[-_]/)[0].toLowerCase();
}

function requireString(name, value) {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string, not ${value === null ? "null" : typeof value}`);
  }
}

/** The module's bytes (or compiled module, or a Response) from whatever `load` was given. */
async function resolveSource(source) {
  if (source === undefined || source === null) {
    source = new URL("./unit_converter.wasm", import.meta.url);
  }
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return source;
  if (typeof source === "string" || source instanceof URL) {
    const url = new URL(source, typeof location !== "undefined" ? location.href : import.meta.url);
    if (url.protocol === "file:") {
      // Node's fetch does not read files.
      const { readFile } = await import("node:fs/promises");
      return readFile(url);
    }
    source = await fetch(url);
  }
  if (typeof Response !== "undefined" && source instanceof Response) {
    if (!source.ok) throw new Error(`Could not load the converter module: HTTP ${source.status} for ${source.url}`);
    return source;
  }
  throw new TypeError("load() takes a URL, the module's bytes, a Response or a WebAssembly.Module");
}

async function compile(source) {
  const s = await resolveSource(source);
  if (s instanceof WebAssembly.Module) return s;
  if (typeof Response !== "undefined" && s instanceof Response) {
    const streaming = (s.headers.get("Content-Type") || "").startsWith("application/wasm");
    if (streaming && WebAssembly.compileStreaming) return WebAssembly.compileStreaming(s);
    return WebAssembly.compile(await s.arrayBuffer());
  }
  return WebAssembly.compile(s);
}

/**
 * The unit data files the web build appends compressed (custom section "units"; see
 * web/pack_units.py), inflated; null for a module that embeds them itself.
 */
async function unitData(module) {
  const [packed] = WebAssembly.Module.customSections(module, "units");
  if (!packed) return null;
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An instance with its unit table built (`init` takes the data files as bytes). */
async function instantiate(module, data) {
  const ex = (await WebAssembly.instantiate(module, {})).exports;
  if (data !== null) {
    const ptr = ex.alloc(data.length);
    new Uint8Array(ex.memory.buffer, ptr, data.length).set(data);
    const status = ex.init(ptr, data.length);
    ex.dealloc(ptr, data.length);
    if (status !== 0) {
      const at = ex.output_ptr();
      const reason = decoder.decode(new Uint8Array(ex.memory.buffer, at, ex.output_len()));
      throw new Error(`The converter's unit data is broken: ${reason}`);
    }
  }
  return ex;
}

/**
 * Loads the converter. `source`: a URL (string or URL) of unit_converter.wasm, its bytes
 * (ArrayBuffer, typed array, Buffer), a fetch Response or a compiled WebAssembly.Module;
 * by default the .wasm next to this file.
 */
export async function load(source) {
  const module = await compile(source);
  const data = await unitData(module);
  let ex = await instantiate(module, data);
  let u8 = new Uint8Array(ex.memory.buffer);
  let scratch = 0;
  let scratchSize = 0;
  let categoriesCache = null;
  const namesCache = {};
  let languagesCache = null;

  /** The languages the data has unit names for. */
  function languages() {
    if (languagesCache === null) {
      ex.unit_names(...put(""));
      languagesCache = Object.freeze(JSON.parse(output()).languages);
    }
    return languagesCache;
  }

  /** `lang` (default the browser's) as a code with unit names, or "" for English. An
   * explicit code without names is a TypeError; the browser's falls back to English. */
  function language(lang) {
    if (lang === undefined || lang === null) {
      const code = browserLanguage();
      return languages().includes(code) ? code : "";
    }
    requireString("lang", lang);
    const code = lang.split(/[-_]/)[0].toLowerCase();
    if (code === "en") return "";
    if (!languages().includes(code)) throw new TypeError(`lang must be one of en, ${languages().join(", ")}; not ${lang}`);
    return code;
  }

  // Views over linear memory go stale when it grows; take a fresh one when that happened.
  const memory = () => (u8.buffer === ex.memory.buffer ? u8 : (u8 = new Uint8Array(ex.memory.buffer)));

  function reserve(bytes) {
    if (bytes > scratchSize) {
      if (scratchSize) ex.dealloc(scratch, scratchSize);
      scratchSize = Math.max(bytes, 2 * scratchSize, 256);
      scratch = ex.alloc(scratchSize);
    }
  }

  // The unit pair last written by convertOne, still in the scratch buffer: converting many
  // values between the same two units then skips encoding the strings every time.
  let lastFrom = null;
  let lastTo = null;
  let lastArgs = null;

  /** Writes strings one after another into the scratch buffer: [ptr, len, ptr, len...]. */
  function put(...strings) {
    lastArgs = null; // the scratch buffer is about to be overwritten
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    reserve(strings.reduce((n, s) => n + 3 * s.length, 0));
    const args = [];
    let at = scratch;
    for (const s of strings) {
      const { written } = encoder.encodeInto(s, memory().subarray(at, scratch + scratchSize));
      args.push(at, written);
      at += written;
    }
    return args;
  }

  function output() {
    const ptr = ex.output_ptr();
    return decoder.decode(memory().subarray(ptr, ptr + ex.output_len()));
  }

  function raise() {
    const e = JSON.parse(output());
    throw new UnitError(e.message, e);
  }

  // The core does not panic on input, but should the module ever trap its state is
  // unknown: start a fresh instance of the same compiled module.
  function guarded(fn) {
    return function (...args) {
      if (ex === null) throw new Error("The converter is restarting after an internal error; try again.");
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) {
          ex = null;
          instantiate(module, data).then((fresh) => {
            ex = fresh;
            u8 = new Uint8Array(ex.memory.buffer);
            scratch = scratchSize = 0;
            lastArgs = null;
          });
          throw new Error(`Internal error in the converter: ${e.message}`, { cause: e });
        }
        throw e;
      }
    };
  }

  function convertOne(value, from, to) {
    if (lastArgs === null || from !== lastFrom || to !== lastTo) {
      lastArgs = put(from, to);
      lastFrom = from;
      lastTo = to;
    }
    const [fp, fl, tp, tl] = lastArgs;
    const result = ex.convert(value, fp, fl, tp, tl);
    if (result !== result && ex.output_len() > 0) raise(); // NaN with an error message
    return result;
  }

  function convertMany(values, from, to) {
    const input = values instanceof Float64Array ? values : Float64Array.from(values);
    const [fp, fl, tp, tl] = put(from, to);
    const bytes = input.length * 8;
    const block = ex.alloc(bytes + 8);
    const at = (block + 7) & ~7; // f64 alignment
    try {
      new Float64Array(ex.memory.buffer, at, input.length).set(input);
      if (ex.convert_many(at, input.length, fp, fl, tp, tl) !== 0) raise();
      return new Float64Array(ex.memory.buffer.slice(at, at + bytes));
    } finally {
      ex.dealloc(block, bytes + 8);
    }
  }

  /** The Quantity the module left in the output. */
  function quantity() {
    const q = JSON.parse(output());
    return new Quantity(fromBits(q.value), q.unit, {
      interpretation: q.interpretation,
      parts: q.parts.map(([v, u]) => [fromBits(v), u]),
      notes: q.notes,
      alternatives: q.alternatives,
      display: q.display,
      toUnit,
    });
  }

  const toUnit = guarded((q, target) => {
    requireString("unit", target);
    if (ex.quantity_to(q.value, ...put(q.unit, target, q.interpretation)) !== 0) raise();
    return quantity();
  });

  const unit = (u) => Object.freeze({ ...u, aliases: Object.freeze(u.aliases) });

  const converter = {
    /**
     * Converts a number (→ number) or an array / typed array of numbers
     * (→ Float64Array) from one unit expression to another.
     */
    convert: guarded((value, from, to) => {
      requireString("from", from);
      requireString("to", to);
      if (typeof value === "number") return convertOne(value, from, to);
      if (Array.isArray(value) || ArrayBuffer.isView(value)) return convertMany(value, from, to);
      throw new TypeError(`value must be a number or an array of numbers, not ${typeof value}`);
    }),

    /**
     * Evaluates free text: "5 ft 3 in to cm", "100 km/h in mph", "1.8 m to ft;in".
     * Options: `customary` ("us" or "uk": which units "gallon", "pint", "ton" mean; by
     * default the browser's language, en-GB → "uk") and `inchFraction` (2 … 64: inches to
     * the nearest 1/n, "5 ft 6 15/16 in") and `lang` ("de", "fr", "es", or "en": that
     * language's unit names and keywords are read too, "5 Fuß 3 Zoll in cm", and the
     * interpretation names units in it; by default the browser's language).
     */
    evaluate: guarded((text, { customary, inchFraction = 0, lang } = {}) => {
      requireString("text", text);
      const system = customary ?? defaultCustomary();
      if (system !== "us" && system !== "uk") throw new TypeError(`customary must be "us" or "uk", not ${system}`);
      const fraction = Math.max(0, Math.min(0xffffffff, Math.floor(Number(inchFraction)) || 0));
      const code = language(lang);
      const [tp, tl, lp, ll] = put(text, code);
      if (ex.evaluate(tp, tl, system === "uk" ? 1 : 0, fraction, lp, ll) !== 0) raise();
      return quantity();
    }),

    /**
     * The units `lang` names ("de", "fr", "es"; default the browser's language):
     * {unit id: [singular, plural]}; {} for English. Units not listed keep their English
     * names.
     */
    unitNames: guarded((lang) => {
      const code = language(lang);
      if (!(code in namesCache)) {
        ex.unit_names(...put(code));
        namesCache[code] = Object.freeze(JSON.parse(output()).names);
      }
      return namesCache[code];
    }),

    /** The languages with unit names besides English: ["de", "fr", "es"]. */
    languages: guarded(() => [...languages()]),

    /** Every category ({id, name, units}), common units first. */
    categories: guarded(() => {
      if (categoriesCache === null) {
        ex.categories();
        categoriesCache = Object.freeze(
          JSON.parse(output()).map((c) => Object.freeze({ id: c.id, name: c.name, units: Object.freeze(c.units.map(unit)) })),
        );
      }
      return [...categoriesCache];
    }),

    /**
     * Units whose name, symbol or alias matches `text`, best first; forgives typos. Among
     * equally good matches, units of `category` (an id) come first. With `lang` ("de", …;
     * default the browser's language) its names match too and the units carry them.
     */
    findUnits: guarded((text, limit = 10, category = "", lang) => {
      requireString("text", text);
      requireString("category", category ?? "");
      const [tp, tl, cp, cl, lp, ll] = put(text, category ?? "", language(lang));
      ex.find_units(tp, tl, Math.max(0, Math.min(1000, Math.floor(Number(limit)) || 0)), cp, cl, lp, ll);
      return JSON.parse(output()).map(unit);
    }),

    /**
     * The exchange rates currencies convert with (the ECB snapshot the module ships):
     * {date: "YYYY-MM-DD", source, rates: {code: units per euro}}, or null.
     */
    exchangeRates: guarded(() => {
      ex.exchange_rates();
      return JSON.parse(output());
    }),

    /** How a unit is defined and where the definition comes from, or null. */
    unitDetails: guarded((id) => {
      requireString("id", id);
      ex.unit_details(...put(id));
      return JSON.parse(output());
    }),

    /** A number for people: at most `significant` digits (1–17), no float noise. */
    formatValue: guarded((value, significant = 15) => {
      ex.format_value(Number(value), Math.max(1, Math.min(17, Math.floor(significant) || 15)));
      return output();
    }),
  };
  return Object.freeze(converter);
}
