// The proposed `validateCancelRequest` for pkg/src/api.js, measured here
// before it ships: the core writes the verdict (everything but the two
// per-line arrays) and the arrays `payload.items` / `preview.items` are
// built only when first read, by a second core call on the same packed
// text (the core is pure, so it answers the same), then kept.
//
// Needs two exports beside `validate`: `validate_verdict` and
// `validate_lines` (output::Parts::Verdict / ::Lines); in bench/gen they
// are `bench_validate_verdict` / `bench_validate_lines`.
import { pack } from "../pkg/src/pack.js";

export function makeLazyValidate(verdict, lines) {
  return function validateCancelRequest(request, options) {
    let args = [pack(request), pack(options)];
    const r = JSON.parse(verdict(args[0], args[1]));
    if (r.payload === null && r.preview === null) return r;
    let built = null;
    const line = (i) => {
      if (built === null) {
        built = JSON.parse(lines(args[0], args[1]));
        args = null; // the packed text is not kept once the arrays exist
      }
      return built[i];
    };
    lazyItems(r.payload, () => line(0));
    lazyItems(r.preview, () => line(1));
    return r;
  };
}

// `obj.items` as an enumerable accessor that turns itself into a plain data
// property on first read (or write): JSON.stringify, spread and
// structuredClone read it like any property, and the key keeps its place
// (last, as in the eager result).
function lazyItems(obj, build) {
  if (obj === null || typeof obj !== "object") return;
  const settle = (value) =>
    Object.defineProperty(obj, "items", { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(obj, "items", {
    enumerable: true,
    configurable: true,
    get() {
      const v = build();
      settle(v);
      return v;
    },
    set(v) {
      settle(v);
    },
  });
}
