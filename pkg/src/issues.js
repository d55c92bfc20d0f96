// Error helpers for forms, as Zod users know them: `flattenIssues` groups
// messages by field, `issuesAt` picks the issues at (or below) one field.
// Pure data shaping; no rule lives here.
//
// Both take what a form has at hand: a result of `validateCancelRequest`
// (its `errors`), a Standard Schema result (its `issues`), or an array of
// issues (e.g. `result.warnings`).

/** The issues a result carries. */
function issuesOf(result) {
  if (Array.isArray(result)) return result;
  if (result === null || typeof result !== "object") return [];
  if (Array.isArray(result.issues)) return result.issues;
  if (Array.isArray(result.errors)) return result.errors;
  return [];
}

/** An issue's path as segments: the core's `segments`, or a Standard Schema `path` (keys or `{ key }`). */
function segmentsOf(issue) {
  const segs = Array.isArray(issue?.segments) ? issue.segments : Array.isArray(issue?.path) ? issue.path : undefined;
  if (segs === undefined) return typeof issue?.path === "string" && issue.path !== "" ? [issue.path] : [];
  return segs.map((s) => (s !== null && typeof s === "object" ? s.key : s));
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Segments in the package's JS notation (`items[1].amount`), as the core writes `path`. */
export function pathText(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && IDENTIFIER.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** An issue's path text: the core's `path` string when it has one. */
function keyOf(issue) {
  return typeof issue?.path === "string" ? issue.path : pathText(segmentsOf(issue));
}

/**
 * `{ formErrors, fieldErrors }`: the messages of issues about the whole
 * request (path `""`) in `formErrors`, the others under their path in JS
 * notation (`fieldErrors["items[1].amount"]`), in the order reported.
 */
export function flattenIssues(result) {
  const formErrors = [];
  const fieldErrors = {};
  for (const issue of issuesOf(result)) {
    const key = keyOf(issue);
    if (key === "") formErrors.push(issue.message);
    else if (Object.hasOwn(fieldErrors, key)) fieldErrors[key].push(issue.message);
    // defineProperty: a key such as "__proto__" is data here, not the prototype.
    else Object.defineProperty(fieldErrors, key, { value: [issue.message], enumerable: true, writable: true, configurable: true });
  }
  return { formErrors, fieldErrors };
}

/**
 * The issues at `segments` or below it, in the order reported:
 * `issuesAt(r, ["items", 1, "amount"])` for one field, `issuesAt(r, ["items", 1])`
 * for a whole line, `issuesAt(r, [])` for all. Segments compare as text, so
 * a form's field name split at dots (`"items.1.amount".split(".")`) works too.
 */
export function issuesAt(result, segments) {
  const want = Array.isArray(segments) ? segments.map((s) => (s !== null && typeof s === "object" ? s.key : s)) : [];
  return issuesOf(result).filter((issue) => {
    const have = segmentsOf(issue);
    return have.length >= want.length && want.every((s, i) => String(s) === String(have[i]));
  });
}
