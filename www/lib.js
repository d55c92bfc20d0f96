// The one place the console imports the ebp-cancel package and its data.
//
// The package is split by subpath (api.md "Entry points"): `ebp-cancel` for
// EBP, `ebp-cancel/portone`, `ebp-cancel/nicepay`, and later
// `ebp-cancel/toss` and `ebp-cancel/portone-v2`. entries.js, written by
// scripts/build-www.mjs from pkg/package.json "exports", says which file a
// browser loads for each subpath of this build (null: not built). Every
// present entry is imported and their exports merged, the first entry that
// exports a name winning: a function moved to a subpath is found there, one
// still in the main entry is found there, and an adapter that has not landed
// is simply absent (the console says so where it would be).
//
// banks.json is the core's bank table (examples/console_banks.rs).

import { ENTRIES } from "./entries.js";

/** The subpaths, in the order their exports are looked up. */
export const SUBPATHS = ["./portone", "./nicepay", "./toss", "./portone-v2", "."];

/** `{ lib, banks, loaded }`: the merged exports, the bank table, which subpaths loaded. */
export async function loadLibrary() {
  const lib = {};
  const loaded = [];
  for (const sub of SUBPATHS) {
    const file = ENTRIES[sub];
    if (!file) continue;
    const mod = await import(new URL(`./pkg/${file.replace(/^\.\//, "")}`, import.meta.url).href);
    for (const [name, value] of Object.entries(mod)) if (!(name in lib)) lib[name] = value;
    loaded.push(sub);
  }
  const response = await fetch(new URL("./banks.json", import.meta.url));
  if (!response.ok) throw new Error(`banks.json: HTTP ${response.status}`);
  const banks = await response.json();
  return { lib, banks, loaded };
}
