// Shared by the node tests: the shared conversion vectors, the module, and what the
// Python extension answers for the same questions.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load } from "../unit-converter.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const wasmPath = fileURLToPath(new URL("../unit_converter.wasm", import.meta.url));

export async function loadConverter() {
  if (!existsSync(wasmPath)) throw new Error(`${wasmPath} is missing: run make wasm`);
  return load(readFileSync(wasmPath));
}

/** Every non-comment line of the .tsv files in `dir` (sorted): {cols, where: "file:line"}. */
export function tsvRecords(dir) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort() : [];
  const records = [];
  for (const file of files) {
    readFileSync(`${dir}/${file}`, "utf8")
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (line.trim() === "" || line.startsWith("#")) return;
        records.push({ cols: line.split("\t"), where: `${file}:${i + 1}` });
      });
  }
  return records;
}

/** Rows [value text, from, to, expected, origin, file:line] of every tests/vectors/*.tsv. */
export function vectorRows() {
  const dir = `${root}tests/vectors`;
  const rows = tsvRecords(dir).map(({ cols, where }) => {
    const [value, from, to, expected = "", origin = ""] = cols;
    if (to === undefined) throw new Error(`${where}: expected at least 3 tab-separated fields`);
    return [value.trim(), from, to, expected, origin, where];
  });
  if (rows.length === 0) throw new Error(`${dir} holds no vectors: the shared .tsv files are missing`);
  return rows;
}

/** Asks the Python extension (through .venv's interpreter, or $EUC_PYTHON). */
export function pythonReference(request) {
  const python = process.env.EUC_PYTHON || `${root}.venv/bin/python`;
  const out = execFileSync(python, [`${root}web/tests/python_reference.py`], {
    input: JSON.stringify(request),
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out);
}

const view = new DataView(new ArrayBuffer(8));

/** The 16 hex digits of a double's bit pattern, as the reference writes them. */
export function bits(x) {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

export function fromBits(hex) {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}
