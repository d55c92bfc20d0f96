// Small DOM helpers the console's modules share: element creation, money
// for display, and issue lists. Nothing here judges a value.

import { translate } from "./i18n.js";

/** What every module reads: the language, the order, the library. */
export const state = {
  locale: "en",
  lib: null, // the package's exports (www/lib.js)
  banks: null, // the core's bank table (banks.json)
};

export const t = (key, params) => translate(state.locale, key, params);
export const $ = (id) => document.getElementById(id);

/** Creates an element: `attrs` are attributes (`text` sets the text). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/**
 * An amount the core computed, formatted for display only (₩106,000):
 * never added, compared or rounded here.
 */
export function money(value, currency) {
  if (value === null || value === undefined || value === "") return "—";
  const locale = state.locale === "ko" ? "ko-KR" : "en-US";
  try {
    const style = currency ? { style: "currency", currency } : {};
    return new Intl.NumberFormat(locale, { ...style, maximumFractionDigits: 4 }).format(Number(value));
  } catch {
    return String(value);
  }
}

/** One issue as a list item; `withPath` adds its path and code. */
export function issueItem(issue, severity, withPath) {
  return h(
    "li",
    { class: "issue", "data-severity": severity, "data-code": issue.code, "data-path": issue.path ?? "" },
    h("span", { class: "sev", text: t(severity) }),
    " ",
    h("span", { class: "msg", text: issue.message }),
    withPath ? h("code", { class: "path", text: issue.path || "(root)" }) : null,
    withPath ? h("code", { class: "code-id", text: issue.code }) : null,
  );
}

/** Every error, then every warning, of `result` into `list`. */
export function renderIssueList(list, result, withPath = true) {
  list.replaceChildren(
    ...(result?.errors ?? []).map((i) => issueItem(i, "error", withPath)),
    ...(result?.warnings ?? []).map((i) => issueItem(i, "warning", withPath)),
  );
}

/** A "not valid JSON" item for an issue list. */
export const notJsonItem = (message) =>
  h("li", { class: "issue", "data-severity": "error", "data-code": "JSON", text: t("notJson", { message }) });

/** Copies the text of `source` to the clipboard, saying so in `status`. */
export async function copyText(source, status) {
  try {
    await navigator.clipboard.writeText(source.textContent);
    status.textContent = t("copied");
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = t("copyFailed");
  }
}
