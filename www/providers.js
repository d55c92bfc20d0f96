// The provider view: the same cancel as each provider's request body, one
// tab each, every one judged by that provider's adapter in the core with
// its own issues beside its own options. The active tab is also the
// provider the bank picker offers banks for.

import { $, copyText, h, issueItem, state, t } from "./dom.js";
import { pgList } from "./banks.js";

/**
 * The tabs. `fn`: the package function (from `subpath`); `order`: the
 * snapshot keys the adapter reads that an admin may need to add; `options`:
 * the adapter's options (api.md), `def` naming a default.
 */
export const PROVIDERS = [
  { id: "ebp", name: "tabEbp" },
  {
    id: "portone",
    name: "tabPortOne",
    fn: "toPortOneCancel",
    subpath: "ebp-cancel/portone",
    order: ["impUid", "merchantUid"],
    options: [{ key: "pg", type: "pg" }, { key: "reason", def: "reason" }, { key: "refundTel" }],
  },
  {
    id: "nicepay",
    name: "tabNicePay",
    fn: "toNicePayCancel",
    subpath: "ebp-cancel/nicepay",
    order: ["tid", "paidAt"],
    options: [
      { key: "returnCharSet", type: "select", values: ["utf-8", "euc-kr"] },
      { key: "reason", def: "reason" },
      { key: "orderId", def: "orderId" },
      { key: "ediDate", def: "now" },
    ],
  },
  {
    id: "toss",
    name: "tabToss",
    fn: "toTossCancel",
    subpath: "ebp-cancel/toss",
    order: ["paymentKey"],
    options: [{ key: "cancelReason", def: "reason" }, { key: "idempotencyKey" }],
  },
  {
    id: "portone-v2",
    name: "tabPortOneV2",
    fn: "toPortOneV2Cancel",
    subpath: "ebp-cancel/portone-v2",
    order: ["paymentId", "storeId"],
    options: [{ key: "reason", def: "reason" }, { key: "holderPhoneNumber" }],
  },
];

const RESULT_KEYS = new Set(["ok", "kind", "errors", "warnings", "payload"]);
let active = "ebp";
/** `values[providerId][key] = { value, edited }` for every option and order input. */
const values = {};
let onChange = () => {};

/** The time of the page's load as ISO 8601 with the local offset (NicePay's ediDate). */
function nowIso() {
  const d = new Date();
  const pad = (n) => String(Math.abs(n)).padStart(2, "0");
  const off = -d.getTimezoneOffset();
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date}${off >= 0 ? "+" : "-"}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}
const NOW = nowIso();

export const activeProvider = () => PROVIDERS.find((p) => p.id === active);
export const providerName = (p = activeProvider()) => t(p.name);
export const chosenPg = () => values.portone?.pg?.value ?? "";

const ids = (p) =>
  p.id === "ebp"
    ? { payload: "payload", copy: "copy", status: "copy-status" }
    : { payload: `${p.id}-payload`, copy: `${p.id}-copy`, status: `${p.id}-copy-status` };

function field(p, key, control, labelKey, labelParams) {
  const issues = h("ul", { class: "issues", id: `${control.id}-issues` });
  control.setAttribute("aria-describedby", issues.id);
  return h(
    "div",
    { class: "field" },
    h("label", { for: control.id, "data-i18n": labelKey, "data-i18n-params": labelParams ? JSON.stringify(labelParams) : null }),
    control,
    issues,
  );
}

function optionControl(p, opt) {
  const id = `${p.id}-${opt.key}`;
  if (opt.type === "select") {
    return h("select", { id, "data-provider": p.id, "data-key": opt.key }, ...opt.values.map((v) => h("option", { value: v, text: v.toUpperCase() })));
  }
  if (opt.type === "pg") {
    // The core's PG table (banks.json), in its order (portone-v1-reference §3).
    return h(
      "select",
      { id, "data-provider": p.id, "data-key": opt.key },
      h("option", { value: "", "data-i18n": "pgChoose" }),
      ...(pgList() ?? []).map((pg) => h("option", { value: pg.code, text: `${pg.name} (${pg.code})` })),
    );
  }
  return h("input", { id, "data-provider": p.id, "data-key": opt.key, autocomplete: "off", spellcheck: "false" });
}

function panel(p) {
  const { payload, copy, status } = ids(p);
  const body = [];
  if (p.fn) {
    const controls = [
      ...(p.order ?? []).map((key) => {
        const control = h("input", { id: `${p.id}-order-${key}`, "data-provider": p.id, "data-key": `order.${key}`, autocomplete: "off", spellcheck: "false" });
        return field(p, key, control, "orderField", { key });
      }),
      ...p.options.map((opt) => field(p, opt.key, optionControl(p, opt), `opt_${opt.key}`)),
    ];
    body.push(h("div", { class: "provider-options" }, ...controls));
  }
  body.push(
    h("p", { class: "verdict", id: `${p.id}-verdict` }),
    h("ul", { class: "issues with-paths", id: `${p.id}-issues` }),
    h("pre", { class: "code", id: payload, tabindex: "0", "aria-labelledby": `tab-${p.id}` }),
    h(
      "p",
      { class: "actions" },
      h("button", { type: "button", id: copy, "data-copy": payload, "data-status": status, "data-i18n": "copy" }),
      h("span", { id: status, class: "status", role: "status" }),
    ),
    h("div", { class: "extras", id: `${p.id}-extras` }),
  );
  return h(
    "div",
    { role: "tabpanel", id: `provider-${p.id}`, class: "provider-panel", "aria-labelledby": `tab-${p.id}`, hidden: p.id !== active },
    ...body,
  );
}

function select(id, focus) {
  active = id;
  for (const p of PROVIDERS) {
    const tab = $(`tab-${p.id}`);
    const on = p.id === id;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`provider-${p.id}`).hidden = !on;
  }
  if (focus) $(`tab-${id}`).focus();
  onChange();
}

/** Builds the tabs and panels once; `changed` runs when a tab or an option changes. */
export function buildProviderView(changed) {
  onChange = changed;
  for (const p of PROVIDERS) {
    values[p.id] = {};
    for (const key of p.order ?? []) values[p.id][`order.${key}`] = { value: "", edited: false };
    for (const opt of p.options ?? []) values[p.id][opt.key] = { value: opt.type === "select" ? opt.values[0] : "", edited: false };
  }
  $("provider-tabs").replaceChildren(
    ...PROVIDERS.map((p) =>
      h("button", {
        type: "button",
        role: "tab",
        id: `tab-${p.id}`,
        "aria-controls": `provider-${p.id}`,
        "aria-selected": String(p.id === active),
        tabindex: p.id === active ? "0" : "-1",
        "data-provider": p.id,
        "data-i18n": p.name,
      }),
    ),
  );
  $("provider-panels").replaceChildren(...PROVIDERS.map(panel));

  $("provider-tabs").addEventListener("click", (e) => {
    const tab = e.target.closest("[role=tab]");
    if (tab) select(tab.dataset.provider, false);
  });
  $("provider-tabs").addEventListener("keydown", (e) => {
    const at = PROVIDERS.findIndex((p) => p.id === active);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: PROVIDERS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(PROVIDERS[(to + PROVIDERS.length) % PROVIDERS.length].id, true);
  });
  const edit = (e) => {
    const { provider, key } = e.target.dataset;
    if (!provider || !key) return;
    values[provider][key] = { value: e.target.value, edited: true };
    onChange();
  };
  $("provider-panels").addEventListener("input", edit);
  $("provider-panels").addEventListener("change", edit);
  $("provider-panels").addEventListener("click", (e) => {
    const button = e.target.closest("[data-copy]");
    if (button) copyText($(button.dataset.copy), $(button.dataset.status));
  });
}

/** A new order: its provider keys replace what was typed for the old one. */
export function resetOrderInputs() {
  for (const p of PROVIDERS) for (const key of p.order ?? []) values[p.id][`order.${key}`] = { value: "", edited: false };
}

/** The value of an option or order input now: typed, else its default. */
function valueOf(p, key, def, order, steps) {
  const v = values[p.id][key];
  if (v.edited) return v.value;
  if (key.startsWith("order.")) return order?.[key.slice(6)] ?? "";
  if (def === "reason") return t("reasonDefault");
  if (def === "orderId") return order?.orderNo ? `${order.orderNo}-${steps}` : "";
  if (def === "now") return NOW;
  return v.value;
}

/** The options and the order an adapter gets: the snapshot plus what its tab adds. */
function callArgs(p, order, steps) {
  const options = { locale: state.locale };
  const withKeys = { ...order };
  for (const key of p.order ?? []) {
    const v = valueOf(p, `order.${key}`, null, order, steps);
    if (v !== "") withKeys[key] = v;
  }
  for (const opt of p.options ?? []) {
    const v = valueOf(p, opt.key, opt.def, order, steps);
    if (v !== "") options[opt.key] = v;
  }
  options.order = withKeys;
  return options;
}

/** Shows each input's current value where the admin is not typing. */
function syncInputs(p, order, steps) {
  for (const key of [...(p.order ?? []).map((k) => `order.${k}`), ...(p.options ?? []).map((o) => o.key)]) {
    const id = key.startsWith("order.") ? `${p.id}-order-${key.slice(6)}` : `${p.id}-${key}`;
    const control = $(id);
    if (!control || document.activeElement === control) continue;
    const def = p.options?.find((o) => o.key === key)?.def;
    const v = valueOf(p, key, def, order, steps);
    if (control.value !== v) control.value = v;
  }
}

/** Where an adapter issue goes: beside its option or order input, else the panel's list. */
function slotOf(p, issue) {
  const segs = Array.isArray(issue.segments) ? issue.segments : [];
  if (segs[0] !== "options") return null;
  const id = segs[1] === "order" ? `${p.id}-order-${segs[2]}` : `${p.id}-${segs[1]}`;
  return $(id) ? id : null;
}

function renderPanel(p, cancel, order, steps) {
  const { payload: payloadId, copy } = ids(p);
  const verdict = $(`${p.id}-verdict`);
  const list = $(`${p.id}-issues`);
  const pre = $(payloadId);
  const extras = $(`${p.id}-extras`);
  for (const node of $(`provider-${p.id}`).querySelectorAll(".provider-options .issues")) node.replaceChildren();
  for (const node of $(`provider-${p.id}`).querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  list.replaceChildren();
  extras.replaceChildren();
  delete verdict.dataset.state;
  const show = (payload) => {
    pre.textContent = payload ? JSON.stringify(payload, null, 2) : t("payloadNone");
    pre.dataset.empty = payload ? "false" : "true";
    $(copy).disabled = !payload;
    $(ids(p).status).textContent = "";
  };
  if (p.fn) syncInputs(p, order, steps);

  let result;
  if (p.id === "ebp") result = cancel.result;
  else if (typeof state.lib[p.fn] !== "function") {
    verdict.dataset.state = "missing";
    verdict.textContent = t("providerMissing", { fn: p.fn, subpath: p.subpath });
    return show(null);
  } else if (cancel.result?.ok && !cancel.incomplete) {
    result = state.lib[p.fn](cancel.result.payload, callArgs(p, order, steps));
  }
  if (!result || cancel.incomplete) {
    verdict.textContent = t("providerNone");
    return show(null);
  }
  const errors = result.errors?.length ?? 0;
  verdict.dataset.state = result.ok ? "ok" : "errors";
  verdict.textContent = result.ok ? t("providerOk", { provider: t(p.name) }) : t("providerErrors", { count: errors, provider: t(p.name) });
  for (const [issues, severity] of [
    [result.errors ?? [], "error"],
    [result.warnings ?? [], "warning"],
  ]) {
    for (const issue of issues) {
      const slot = slotOf(p, issue);
      if (slot) {
        $(`${slot}-issues`).append(issueItem(issue, severity, false));
        if (severity === "error") $(slot).setAttribute("aria-invalid", "true");
      } else list.append(issueItem(issue, severity, true));
    }
  }
  show(result.ok ? result.payload : null);
  if (p.id === "ebp" || !result.ok) return;
  for (const [key, value] of Object.entries(result)) {
    if (RESULT_KEYS.has(key) || value === null || value === undefined) continue;
    extras.append(
      h("h3", { class: "small", text: t(`extra_${key}`) === `extra_${key}` ? key : t(`extra_${key}`) }),
      h("pre", { class: "code", "data-extra": key, tabindex: "0", "aria-label": key, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }),
    );
  }
}

/**
 * Every panel for the current cancel: `cancel` is `{ result, incomplete }`
 * (the EBP judgement: the builder's, or a pasted payload's); `order` the
 * order as it stands; `steps` how many steps the ledger has.
 */
export function renderProviders(cancel, order, steps) {
  for (const p of PROVIDERS) renderPanel(p, cancel, order, steps);
}
