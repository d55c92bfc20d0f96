// The hostile cases in the browser, under the strict CSP the server sends.
// Records CSP violations, runs every case through the package's browser
// entry, and leaves the rows in `window.hostile` (and the seed's result in
// #result, so a test can see a validation result appear). Logs nothing.
const violations = [];
document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.hostile = { violations, done: false };

// Every export of the package, from its browser entries.
const api = {
  ...(await import("/pkg/gen/ebp.browser.js")),
  ...(await import("/pkg/gen/portone.browser.js")),
  ...(await import("/pkg/gen/nicepay.browser.js")),
  ...(await import("/pkg/gen/toss.browser.js")),
  ...(await import("/pkg/gen/portone_v2.browser.js")),
};
const { runValidateCases, runExportSweep } = await import("/hostile/cases.mjs");
const seed = await (await fetch("/fixtures/seed_full_request.json")).json();

const first = api.validateCancelRequest(seed, { currency: "KRW" });
document.getElementById("result").textContent = JSON.stringify({ ok: first.ok, preview: first.preview });
document.getElementById("result").dataset.ok = String(first.ok);

const params = new URLSearchParams(location.search);
if (params.has("cases")) {
  window.hostile.rows = runValidateCases(api, seed);
  window.hostile.sweep = runExportSweep(api, seed);
}
window.hostile.done = true;
document.getElementById("status").textContent = "done";
