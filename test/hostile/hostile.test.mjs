// Hostile inputs through the built package in Node (cases.mjs): each gives
// a structured result (or a documented Error with `code`) in bounded time,
// the seed still validates right after, and nothing is logged to the console.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as ebp from "../../pkg/gen/ebp.node.js";
import * as portone from "../../pkg/gen/portone.node.js";
import * as nicepay from "../../pkg/gen/nicepay.node.js";
import * as toss from "../../pkg/gen/toss.node.js";
import * as portoneV2 from "../../pkg/gen/portone_v2.node.js";

// Every export of the package, from its three entries.
const api = { ...ebp, ...portone, ...nicepay, ...toss, ...portoneV2 };
import { hostileCases, hostileOptions, runCase, runExportSweep, DEFAULT_MAX_MS } from "./cases.mjs";

const root = new URL("../../", import.meta.url);
const seed = JSON.parse(readFileSync(new URL("tests/fixtures/seed_full_request.json", root), "utf8"));
const rows = [];

// The module must not log: every console method is replaced while it runs.
const METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir", "dirxml", "table", "group", "groupCollapsed", "assert", "count", "time", "timeEnd", "timeLog"];
const original = {};
const logged = [];
before(() => {
  for (const m of METHODS) {
    original[m] = console[m];
    console[m] = (...args) => logged.push(`console.${m}: ${args.map(String).join(" ").slice(0, 200)}`);
  }
});
after(() => {
  for (const m of METHODS) console[m] = original[m];
  mkdirSync(new URL("build/hostile/", root), { recursive: true });
  writeFileSync(new URL("build/hostile/node.json", root), JSON.stringify(rows, null, 1));
});

describe("validateCancelRequest with hostile requests", () => {
  for (const c of hostileCases(seed)) {
    test(c.name, (t) => {
      const row = runCase(api, seed, c.name, () => api.validateCancelRequest(c.input()), c.check, c.maxMs ?? DEFAULT_MAX_MS);
      rows.push(row);
      t.diagnostic(`${row.ms} ms, ok=${row.ok}, ${row.codes}`);
      assert.equal(row.problem, "");
    });
  }
});

describe("validateCancelRequest with hostile options", () => {
  for (const c of hostileOptions()) {
    test(c.name, (t) => {
      const row = runCase(api, seed, c.name, () => api.validateCancelRequest(seed, c.options()), c.check, c.maxMs ?? DEFAULT_MAX_MS);
      rows.push(row);
      t.diagnostic(`${row.ms} ms, ok=${row.ok}, ${row.codes}`);
      assert.equal(row.problem, "");
    });
  }
});

test("every export, every hostile value, both positions", (t) => {
  const sweep = runExportSweep(api, seed);
  rows.push(...sweep);
  const missing = sweep.filter((r) => r.problem === "not exported").map((r) => r.name);
  const thrown = [...new Set(sweep.filter((r) => r.threw).map((r) => `${r.name.split("(")[0]}: ${r.threw}`))];
  t.diagnostic(`${sweep.length} calls; slowest ${Math.max(...sweep.map((r) => r.ms))} ms`);
  if (thrown.length) t.diagnostic(`documented programmer errors: ${thrown.join(", ")}`);
  assert.deepEqual(missing, [], "every export of api.md is there");
  assert.deepEqual(sweep.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`), []);
});

test("a builder used after build() throws the documented programmer error", () => {
  const b = api.CancelRequestBuilder.forOrder(null);
  try {
    b.build();
  } catch (e) {
    // An older core without the export: the other documented error.
    assert.equal(e.code, "NOT_AVAILABLE");
  }
  assert.throws(() => b.cancelAll(), (e) => e instanceof Error && e.code === "BUILDER_CONSUMED");
});

test("nothing was written to the console", () => {
  // Runs last in this file (node:test keeps order).
  assert.deepEqual(logged, []);
});
