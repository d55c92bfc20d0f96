// Start-up as an application sees it: import the package's browser entry
// (which fetches and instantiates the wasm with `await init()`), then
// validate. performance.now() counts from navigation start.
const moduleStart = performance.now();
const { validateCancelRequest } = await import("/pkg/gen/ebp.browser.js");
const ready = performance.now();
const r = validateCancelRequest(JSON.parse(document.getElementById("seed").textContent));
window.__result = { moduleStart, ready, firstValidation: performance.now(), ok: r.ok };
