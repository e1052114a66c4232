// Conversions per second through the JavaScript API (WebAssembly, in node) beside the same
// conversions through the Python extension, measured in the same run. Not a test.
//
//   node bench/wasm_vs_python.mjs        (after `make wasm` and `make setup`)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load } from "../web/unit-converter.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const python = process.env.EUC_PYTHON || `${root}.venv/bin/python`;
const N = Number(process.env.BENCH_N || 200_000);
const ARRAY = 1_000_000;

const CASES = [
  ["scalar, simple", 1.5, "mi", "km"],
  ["scalar, temperature", 37, "degC", "degF"],
  ["scalar, compound", 100, "km/h", "m/s"],
  ["scalar, expression", 2, "BTU/(h*ft^2)", "W/m^2"],
];

const units = await load(readFileSync(`${root}web/unit_converter.wasm`));

function best(fn, repeats = 5) {
  let top = 0;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    const n = fn();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    top = Math.max(top, n / seconds);
  }
  return top;
}

const js = {};
for (const [name, x, from, to] of CASES) {
  js[name] = best(() => {
    let sink = 0;
    for (let i = 0; i < N; i++) sink += units.convert(x + i * 1e-9, from, to);
    if (!Number.isFinite(sink)) throw new Error("unexpected");
    return N;
  });
}
const values = new Float64Array(ARRAY).map((_, i) => i);
js["array of 1e6 (per value)"] = best(() => units.convert(values, "ft", "m").length);
js["evaluate(\"5 ft 3 in to cm\")"] = best(() => {
  for (let i = 0; i < N / 10; i++) units.evaluate("5 ft 3 in to cm");
  return N / 10;
});

const script = `
import json, sys, time
import numpy as np
import embedded_unit_converter as euc
cases, n, array = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
def best(fn, repeats=5):
    top = 0.0
    for _ in range(repeats):
        t0 = time.perf_counter(); k = fn(); top = max(top, k / (time.perf_counter() - t0))
    return top
out = {}
convert = euc.convert
for name, x, a, b in cases:
    def run(x=x, a=a, b=b):
        for i in range(n):
            convert(x + i * 1e-9, a, b)
        return n
    out[name] = best(run)
values = np.arange(array, dtype=np.float64)
out["array of 1e6 (per value)"] = best(lambda: len(euc.convert(values, "ft", "m")))
def ev():
    for _ in range(n // 10):
        euc.evaluate("5 ft 3 in to cm")
    return n // 10
out['evaluate("5 ft 3 in to cm")'] = best(ev)
print(json.dumps(out))
`;
const py = JSON.parse(execFileSync(python, ["-c", script, JSON.stringify(CASES), String(N), String(ARRAY)]));

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(0)} k/s`);
const rows = Object.keys(js).map((k) => [k, fmt(js[k]), fmt(py[k]), `${(js[k] / py[k]).toFixed(2)}x`]);
const head = ["conversion", "JS (wasm, node)", "Python extension", "JS / Python"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`node ${process.version}, ${N} calls per scalar case, best of 5`);
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
rows.forEach((r) => console.log(line(r)));
