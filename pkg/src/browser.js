// Browser and bundler entry: fetches and instantiates the wasm once (top-level
// await), then exposes the same API as the Node entry.
import init, * as glue from "../gen/ebp_cancel.js";
import { makeApi } from "./api.js";

await init({ module_or_path: new URL("../gen/ebp_cancel_bg.wasm", import.meta.url) });

export const { validateCancelRequest, previewRefund } = makeApi(glue);
