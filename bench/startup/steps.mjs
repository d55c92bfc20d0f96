// Start-up, step by step, in the page: fetch the wasm, compile it,
// instantiate it through the glue, first and second validation.
// performance.now() counts from navigation start.
// `?wasm=checkout`: the same with `ebp-cancel/checkout`'s wasm.
// `?compile=sync`: compiled by `new WebAssembly.Module` on the page's own
// thread instead of `WebAssembly.compile` (the same work without the hops
// to a compile thread and back, which a renderer that has just started
// pays).
import { markReady } from "/pkg/src/core.js";
import * as api from "/pkg/src/ebp.js";

const params = new URLSearchParams(location.search);
const wasm = params.get("wasm") === "checkout" ? "checkout" : "ebp";
const glue = await import(`/pkg/gen/${wasm}_wasm.js`);
const seed = JSON.parse(document.getElementById("seed").textContent);
const t = { moduleStart: performance.now() };
const res = await fetch(`/pkg/gen/${wasm}_wasm_bg.wasm`);
const bytes = await res.arrayBuffer();
t.fetched = performance.now();
const module = params.get("compile") === "sync" ? new WebAssembly.Module(bytes) : await WebAssembly.compile(bytes);
t.compiled = performance.now();
glue.initSync({ module });
t.instantiated = performance.now();
markReady(glue);
const r1 = api.validateCancelRequest(seed);
t.firstValidation = performance.now();
const r2 = api.validateCancelRequest(seed);
t.secondValidation = performance.now();
window.__result = { ...t, ok: r1.ok && r2.ok, wasmBytes: bytes.byteLength };
