// The control for the CSP test: the same page set-up, but this script tries
// what the package must never do. Under the server's CSP, `eval` and
// `new Function` throw and fire `securitypolicyviolation`, which shows the
// header is in force and the listener works.
const violations = [];
document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
const blocked = [];
for (const [name, f] of [["eval", () => (0, eval)("1")], ["new Function", () => new Function("return 1")()]]) {
  try {
    f();
  } catch {
    blocked.push(name);
  }
}
await new Promise((r) => setTimeout(r, 50));
window.control = { blocked, violations };
document.getElementById("status").textContent = "done";
