// `cancelRequestSchema(options)`: the cancel request as a Standard Schema v1
// (for form libraries: React Hook Form, TanStack Form, tRPC, …) that is also
// a Standard JSON Schema v1. This file only shapes data: the verdict is the
// core's `validateCancelRequest`, the JSON Schema documents are generated
// from the Rust model (src/render/json_schema.rs) into pkg/schema/.
//
// Standard Schema has no place for warnings (an issue means failure), so
// they ride on the result as a non-enumerable `warnings` property, and go
// to `options.onWarnings(warnings)` after every call, `[]` included, so a
// form can clear what it showed.

import { JSON_SCHEMAS } from "./json-schema.js";

const VENDOR = "ebp-cancel";

function programmerError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

/** One core issue as a Standard Schema issue: its message and its path as segments (plus code and params). */
function toIssue(issue) {
  return { message: issue.message, path: issue.segments, code: issue.code, params: issue.params };
}

function withWarnings(result, warnings) {
  Object.defineProperty(result, "warnings", { value: warnings, enumerable: false });
  return result;
}

/** `options` without the keys that are this wrapper's, not the core's. */
function coreOptions(options) {
  if (options === undefined || options === null || typeof options !== "object") return { core: options, onWarnings: undefined };
  const { onWarnings, ...core } = options;
  return { core, onWarnings };
}

/** The JSON Schema for `target`; throws for a target this package does not have (as the spec asks). */
function jsonSchema(target, direction) {
  const forTarget = Object.hasOwn(JSON_SCHEMAS, target) ? JSON_SCHEMAS[target] : undefined;
  if (forTarget === undefined) {
    throw programmerError(
      "UNSUPPORTED_TARGET",
      `ebp-cancel: no JSON Schema for target ${JSON.stringify(target)}; targets: ${Object.keys(JSON_SCHEMAS).join(", ")}`,
    );
  }
  // A fresh copy each time: a caller may edit what it gets.
  return structuredClone(forTarget[direction]);
}

/** `cancelRequestSchema` over one API's `validateCancelRequest`. */
export function makeCancelRequestSchema(validateCancelRequest) {
  return function cancelRequestSchema(options) {
    const { core, onWarnings } = coreOptions(options);
    if (onWarnings !== undefined && typeof onWarnings !== "function") {
      throw programmerError("OPTION_INVALID", "ebp-cancel: cancelRequestSchema({ onWarnings }) must be a function");
    }
    function validate(value, callOptions) {
      const extra = callOptions?.libraryOptions;
      const r = validateCancelRequest(value, extra ? { ...core, ...extra } : core);
      const result = r.ok ? { value: r.payload } : { issues: r.errors.map(toIssue) };
      onWarnings?.(r.warnings);
      return withWarnings(result, r.warnings);
    }
    const standard = {
      version: 1,
      vendor: VENDOR,
      validate,
      jsonSchema: {
        input: ({ target } = {}) => jsonSchema(target, "input"),
        output: ({ target } = {}) => jsonSchema(target, "output"),
      },
    };
    return Object.freeze({ "~standard": Object.freeze(standard) });
  };
}
