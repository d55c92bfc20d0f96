// Loading an order snapshot of one's own: pasted, opened from a file or a
// sample; parsed here, judged by the core (summarizeOrder), and each issue
// shown at the field it names (its `segments`), including fields that are
// missing. The console uses the order only when the core found no error.

import { $, h, issueItem, money, notJsonItem, state, t } from "./dom.js";

/** Lines shown in full even without issues; beyond this only lines with issues. */
const SHOW_ALL_LINES = 20;
/** Lines shown at most (a hostile paste may have thousands with issues): the rest list below. */
const MAX_LINES = 50;
/** Issues listed below the verdict at most; the rest are counted. */
const MAX_LISTED = 100;

/** `items[0].unitAmount` from `["items", 0, "unitAmount"]`. */
export const pathOf = (segs) =>
  segs.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");

const display = (value) => {
  if (value === undefined) return t("missingValue");
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/**
 * Checks the text of a snapshot: `{ state: "empty" }`, `{ state: "json", message }`,
 * or `{ state: "checked", order, summary }` with the core's summary.
 */
export function check(text) {
  if (text.trim() === "") return { state: "empty" };
  let order;
  try {
    order = JSON.parse(text);
  } catch (e) {
    return { state: "json", message: e.message };
  }
  return { state: "checked", order, summary: state.lib.summarizeOrder(order, { locale: state.locale }) };
}

/** The issue's segments inside the snapshot (the core names it `order…`). */
const inner = (issue) => {
  const segs = Array.isArray(issue.segments) ? issue.segments : [];
  return segs[0] === "order" ? segs.slice(1) : segs;
};

/**
 * The field view: one row per field of the snapshot (lines as groups), each
 * with the issues at it; a row for a field an issue names that is absent.
 * Issues at the root go to `general`.
 */
function renderFields(order, issues, general) {
  const container = $("snapshot-fields");
  container.replaceChildren();
  const top = h("dl", { class: "snap" });
  const groups = new Map(); // "items[0]" -> { dl, node }
  const rows = new Map(); // path -> issues <ul>
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

  const row = (dl, segs, value, text = display(value)) => {
    const list = h("ul", { class: "issues" });
    dl.append(
      h(
        "div",
        { class: "snap-row", "data-path": pathOf(segs), "data-missing": value === undefined ? "true" : null },
        h("dt", {}, h("code", { text: String(segs.at(-1)) })),
        h("dd", {}, h("span", { class: "value", text }), list),
      ),
    );
    rows.set(pathOf(segs), list);
    return list;
  };
  const group = (segs, heading) => {
    const dl = h("dl", { class: "snap" });
    const list = h("ul", { class: "issues" });
    const node = h("div", { class: "snap-group", "data-path": pathOf(segs) }, h("h4", { text: heading }), list, dl);
    container.append(node);
    groups.set(pathOf(segs), { dl, node });
    rows.set(pathOf(segs), list);
    return dl;
  };

  container.append(top);
  if (!isObject(order)) {
    for (const issue of issues) general.append(issueItem(issue.issue, issue.severity, true));
    return;
  }
  const withIssues = new Set(issues.map((i) => pathOf(inner(i.issue).slice(0, 2))));
  const hiddenLines = new Set(); // lines not drawn: their issues go to the list below the verdict
  for (const [key, value] of Object.entries(order)) {
    if (Array.isArray(value) && value.some(isObject)) {
      row(top, [key], value, t("snapshotList", { count: value.length }));
      let hidden = 0;
      let shown = 0;
      value.forEach((element, index) => {
        const segs = [key, index];
        if ((value.length > SHOW_ALL_LINES && !withIssues.has(pathOf(segs))) || shown >= MAX_LINES) {
          hidden += 1;
          hiddenLines.add(pathOf(segs));
          return;
        }
        shown += 1;
        const seq = isObject(element) ? element.seq : undefined;
        const dl = group(segs, seq === undefined ? pathOf(segs) : t("snapshotLine", { path: pathOf(segs), seq: display(seq) }));
        if (isObject(element)) for (const [k, v] of Object.entries(element)) row(dl, [...segs, k], v);
        else row(dl, segs, element);
      });
      if (hidden) container.append(h("p", { class: "hint", "data-hidden": hidden, text: t("snapshotHidden", { count: hidden }) }));
    } else {
      row(top, [key], value);
    }
  }
  let unlisted = 0;
  for (const { issue, severity } of issues) {
    const segs = inner(issue);
    const hiddenLine = segs.length >= 2 && hiddenLines.has(pathOf(segs.slice(0, 2)));
    let list = segs.length && !hiddenLine ? rows.get(pathOf(segs)) : null;
    if (!list && segs.length && !hiddenLine) {
      // An absent field: a row for it in the deepest group that holds it.
      let parent = null;
      for (let n = segs.length - 1; n > 0 && !parent; n--) parent = groups.get(pathOf(segs.slice(0, n)));
      list = row(parent?.dl ?? top, segs, undefined);
    }
    if (list) list.append(issueItem(issue, severity, false));
    else if (general.children.length < MAX_LISTED) general.append(issueItem(issue, severity, true));
    else unlisted += 1;
  }
  if (unlisted) general.append(h("li", { class: "issue", "data-severity": "more", "data-count": unlisted, text: t("issuesMore", { count: unlisted }) }));
  for (const node of container.querySelectorAll(".snap-row, .snap-group")) {
    const sev = node.querySelector(":scope > dd > .issues > .issue, :scope > .issues > .issue");
    if (sev) node.dataset.state = node.querySelector('.issue[data-severity="error"]') ? "error" : "warning";
  }
}

/** Shows the check of the textarea; returns the order when it can be used. */
export function renderCheck() {
  const result = check($("order-json").value);
  const verdict = $("order-verdict");
  const general = $("order-issues");
  general.replaceChildren();
  $("snapshot").hidden = true;
  $("use-order").disabled = true;
  delete verdict.dataset.state;
  if (result.state === "empty") {
    verdict.textContent = t("orderEmpty");
    return null;
  }
  if (result.state === "json") {
    verdict.dataset.state = "errors";
    verdict.textContent = t("orderNotJson");
    general.append(notJsonItem(result.message));
    return null;
  }
  const { order, summary } = result;
  const issues = [
    ...(summary.errors ?? []).map((issue) => ({ issue, severity: "error" })),
    ...(summary.warnings ?? []).map((issue) => ({ issue, severity: "warning" })),
  ];
  if (issues.length) {
    $("snapshot").hidden = false;
    renderFields(order, issues, general);
  }
  const errors = summary.errors?.length ?? 0;
  if (errors) {
    verdict.dataset.state = "errors";
    verdict.textContent = t("orderErrors", { count: errors });
    return null;
  }
  verdict.dataset.state = "ok";
  verdict.textContent = t(summary.warnings?.length ? "orderOkWarnings" : "orderOk", {
    lines: summary.lines?.length ?? 0,
    balance: money(summary.balance, order.currency),
    count: summary.warnings?.length ?? 0,
  });
  $("use-order").disabled = false;
  return order;
}
