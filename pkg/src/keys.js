// The core's table of known object keys (src/input/keys.rs), read from the
// wasm once it is instantiated (core.js `markReady`): the tape writes these
// keys as one-byte ids and the result decoder reads them back, so neither
// side encodes or decodes their text.
export const KEYS = { list: [], ids: new Map() };

export function useKeys(list) {
  KEYS.list = list;
  KEYS.ids = new Map(list.map((k, i) => [k, i]));
}
