// Types of `ebp-cancel/web`: the same API, with explicit loading.
export * from "./index.js";

/** Where the wasm comes from: a URL (default: the file beside the package's glue), a Response, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Fetches and instantiates the wasm once; later calls return the same
 * promise. Every function throws an `EbpCancelError` with `code`
 * `"NOT_INITIALIZED"` until it has resolved.
 */
export default function init(input?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<void>;

/** Instantiates the wasm synchronously from its bytes or a compiled module. */
export declare function initSync(input: { module: BufferSource | WebAssembly.Module }): void;
