// Start-up, step by step, in the page: fetch the wasm, compile it,
// instantiate it through the glue, first and second validation.
// performance.now() counts from navigation start.
// `?wasm=checkout`: the same with `ebp-cancel/checkout`'s wasm.
import { markReady } from "/pkg/src/core.js";
import * as api from "/pkg/src/ebp.js";

const wasm = new URLSearchParams(location.search).get("wasm") === "checkout" ? "checkout" : "ebp";
const glue = await import(`/pkg/gen/${wasm}_wasm.js`);
const seed = JSON.parse(document.getElementById("seed").textContent);
const t = { moduleStart: performance.now() };
const res = await fetch(`/pkg/gen/${wasm}_wasm_bg.wasm`);
const bytes = await res.arrayBuffer();
t.fetched = performance.now();
const module = await WebAssembly.compile(bytes);
t.compiled = performance.now();
glue.initSync({ module });
t.instantiated = performance.now();
markReady(glue);
const r1 = api.validateCancelRequest(seed);
t.firstValidation = performance.now();
const r2 = api.validateCancelRequest(seed);
t.secondValidation = performance.now();
window.__result = { ...t, ok: r1.ok && r2.ok, wasmBytes: bytes.byteLength };
