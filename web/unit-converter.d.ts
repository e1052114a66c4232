// Types for web/unit-converter.js (Embedded Unit Converter in JavaScript).

export type UnitErrorKind = "unknown_unit" | "incompatible" | "syntax" | "invalid_number";

/** A unit expression could not be understood or converted. */
export class UnitError extends Error {
  readonly name: "UnitError";
  readonly kind: UnitErrorKind;
  /** A stable snake_case id of what went wrong (the core's table of error codes). */
  readonly code: string;
  /** The named data of the message. */
  readonly details: Readonly<Record<string, string | number>>;
  /** [start, end) in UTF-16 code units of the text the error is about, or null. */
  readonly span: readonly [number, number] | null;
  /** Names close to an unknown one, best first (up to three). */
  readonly suggestions: string[];
  /** The piece of the input the error is about (possibly empty). */
  readonly offending: string;
  /** Index (UTF-16 code units) of `offending` in the text given to evaluate(), or null. */
  readonly position: number | null;
}

/** The result of `evaluate`: a value in a unit. */
export class Quantity {
  readonly value: number;
  /** The unit as written ("cm", "km/h"); empty for a plain number. */
  readonly unit: string;
  /** What the text was understood as, unit names spelled out: "5 foot + 3 inch". */
  readonly interpretation: string;
  /** For mixed targets ("ft;in"), each [value, unit]; otherwise empty. */
  readonly parts: ReadonlyArray<readonly [number, string]>;
  /** How names were read where not in their everyday meaning ("F read as degree Fahrenheit"). */
  readonly notes: ReadonlyArray<string>;
  /** Other phrases that read the names otherwise and also convert. */
  readonly alternatives: ReadonlyArray<string>;
  /** The same amount in another unit; throws UnitError. */
  to(unit: string): Quantity;
  /** "160.02 cm": at most 15 significant digits, no float noise. */
  toString(): string;
  valueOf(): number;
  toJSON(): { value: number; unit: string };
}

/** A unit as listed in a category. */
export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly plural: string;
  readonly symbol: string;
  readonly aliases: readonly string[];
  /** The category's id. */
  readonly category: string;
}

/** A kind of quantity (Length, Speed, ...) and its units, common ones first. */
export interface Category {
  readonly id: string;
  readonly name: string;
  readonly units: readonly Unit[];
}

export interface UnitDetails {
  readonly definition: string;
  readonly source: string;
}

export interface ExchangeRates {
  /** The day of the rates, "YYYY-MM-DD". */
  readonly date: string;
  readonly source: string;
  /** ISO 4217 code → units per euro (the euro is 1). */
  readonly rates: Readonly<Record<string, number>>;
}

export interface Converter {
  /** Converts a number between unit expressions ("km/h", "BTU/(h*ft^2)", "°C"); throws UnitError. */
  convert(value: number, from: string, to: string): number;
  /** Converts many numbers at once (the conversion is compiled once). */
  convert(values: ArrayLike<number>, from: string, to: string): Float64Array;
  /** Evaluates free text: "5 ft 3 in to cm", "100 km/h in mph", "1/2 cup to mL"; throws UnitError. */
  evaluate(text: string, options?: { customary?: "us" | "uk"; inchFraction?: 2 | 4 | 8 | 16 | 32 | 64; lang?: string }): Quantity;
  /** The units `lang` ("de", "fr", "es"; default the browser's language) names: {id: [singular, plural]}. */
  unitNames(lang?: string): Readonly<Record<string, readonly [string, string]>>;
  /** The languages with unit names besides English. */
  languages(): string[];
  /** Every category with its units, most common first. */
  categories(): Category[];
  /** Units whose name, symbol or alias matches `text`, best first; forgives typos. */
  findUnits(text: string, limit?: number, category?: string, lang?: string): Unit[];
  /** How a unit (by id) is defined and where the definition comes from, or null. */
  unitDetails(id: string): UnitDetails | null;
  /** The exchange rates currencies convert with (the ECB snapshot the module ships), or null. */
  exchangeRates(): ExchangeRates | null;
  /** A number for people: at most `significant` (1–17, default 15) digits, no float noise. */
  formatValue(value: number, significant?: number): string;
}

/**
 * Loads the converter from a URL of `unit_converter.wasm` (default: the file next to this
 * module), its bytes, a fetch Response or a compiled WebAssembly.Module.
 */
export function load(
  source?: string | URL | ArrayBuffer | ArrayBufferView | Response | WebAssembly.Module,
): Promise<Converter>;

/** "uk" where the environment's language is British English, else "us". */
export function defaultCustomary(): "us" | "uk";
/** The browser's (or node's) primary language subtag: "de-AT" → "de". */
export function browserLanguage(): string;
