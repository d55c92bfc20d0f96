// Node entry (CommonJS, `require("ebp-cancel")`): the `--target nodejs`
// glue loads the same wasm file synchronously; `api.cjs` and `pack.cjs` are
// generated from the ESM sources at build time (scripts/cjs.mjs).
"use strict";
const glue = require("../gen/ebp_cancel.cjs");
const { makeApi } = require("../gen/api.cjs");
const { flattenIssues, issuesAt } = require("../gen/issues.cjs");

module.exports = { ...makeApi(glue), flattenIssues, issuesAt };
