// The admin console: collects input, calls the ebp-cancel package and renders
// what it answers. Every rule (kind, totals, errors, warnings, messages) comes
// from the library; this file never judges a value itself.

import { translate } from "./i18n.js";
import { sampleOrder, SAMPLE_RESPONSES } from "./samples.js";

const $ = (id) => document.getElementById(id);
const ACCOUNT_FIELDS = ["accountNumber", "bankCode", "accountHolderName"];
const TOTALS = [
  "totalProductAmount",
  "totalProductTaxAmount",
  "totalDeliveryAmount",
  "totalDeliveryTaxAmount",
  "totalCancelAmount",
  "processedCount",
];

let lib = null; // the package's browser entry, once loaded

const state = {
  locale: "en",
  sample: "captured",
  order: sampleOrder("captured"),
  mode: "compose",
  wholeOrder: false,
  lines: new Map(), // seq -> { choice: "none" | "all" | "quantity" | "amount", quantity, amount }
  account: { accountNumber: "", bankCode: "", accountHolderName: "" },
  composed: null, // the builder's last result
  response: null, // { value, parsed } of the pasted response
};

const t = (key, params) => translate(state.locale, key, params);

/** Creates an element: `attrs` are attributes (`text` sets the text). */
function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** An amount in the order's currency (₩106,000), for display only. */
function money(value) {
  if (value === null || value === undefined || value === "") return "—";
  const locale = state.locale === "ko" ? "ko-KR" : "en-US";
  const currency = state.order.currency;
  try {
    const style = currency ? { style: "currency", currency } : {};
    return new Intl.NumberFormat(locale, { ...style, maximumFractionDigits: 4 }).format(Number(value));
  } catch {
    return String(value);
  }
}

function missing(name) {
  return h("p", { class: "notice", "data-missing": name, text: t("missing", { name }) });
}

/**
 * Calls a library function. One the loaded build lacks (not exported, or its
 * wasm export missing: `code` NOT_AVAILABLE) answers `{ missing: <notice> }`.
 */
function call(name, ...args) {
  if (typeof lib[name] !== "function") return { missing: missing(name) };
  try {
    return lib[name](...args);
  } catch (e) {
    if (e.code === "NOT_AVAILABLE") return { missing: missing(name) };
    throw e;
  }
}

// ---------------------------------------------------------------- chrome

function applyChrome() {
  document.documentElement.lang = state.locale;
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}

function renderFacts() {
  const o = state.order;
  $("fact-orderNo").textContent = o.orderNo ?? "—";
  $("fact-status").textContent = o.paymentStatus ?? "—";
  $("fact-method").textContent = o.payMethod ?? "—";
  $("fact-currency").textContent = o.currency ?? "—";
}

/** What is left on a line, as the library computes it (in decimal). */
function remainingOf(line, summary) {
  const found = summary?.lines?.find((l) => l.seq === line.seq);
  return found ? { quantity: found.remainingQuantity, amount: found.remainingAmount } : { quantity: "—", amount: null };
}

function lineState(seq) {
  if (!state.lines.has(seq)) state.lines.set(seq, { choice: "none", quantity: "", amount: "" });
  return state.lines.get(seq);
}

function renderLines() {
  const list = $("lines");
  list.replaceChildren();
  const summary = lib?.summarizeOrder ? lib.summarizeOrder(state.order) : null;
  for (const line of state.order.items) {
    const seq = line.seq;
    const s = lineState(seq);
    const id = `line-${seq}`;
    const left = remainingOf(line, summary);
    const choice = h(
      "select",
      { id: `${id}-choice`, "data-seq": seq, "aria-describedby": `${id}-facts ${id}-issues`, disabled: state.wholeOrder },
      ...["none", "all", "quantity", "amount"].map((c) =>
        h("option", { value: c, selected: s.choice === c, text: t(`choice${c[0].toUpperCase()}${c.slice(1)}`) }),
      ),
    );
    const valueField = h(
      "div",
      { class: "field value-field", hidden: !(s.choice === "quantity" || s.choice === "amount") || state.wholeOrder },
      h("label", { for: `${id}-value`, id: `${id}-value-label` }),
      h("input", {
        id: `${id}-value`,
        "data-seq": seq,
        autocomplete: "off",
        spellcheck: "false",
        "aria-describedby": `${id}-issues`,
        disabled: state.wholeOrder,
      }),
    );
    list.append(
      h(
        "li",
        { class: "line", id, "data-seq": seq },
        h(
          "div",
          { class: "line-head" },
          h("strong", { text: t("line", { seq }) }),
          h("span", { class: "item-id", text: line.itemId }),
          h("span", { class: "badge", text: line.itemType }),
        ),
        h(
          "p",
          { class: "line-facts", id: `${id}-facts` },
          h("span", {
            text: t("ordered", {
              quantity: line.quantity,
              unit: money(line.unitAmount),
              tax: money(line.unitTaxAmount ?? 0),
            }),
          }),
          h("span", {
            class: "remaining",
            "data-quantity": left.quantity,
            "data-amount": left.amount,
            text: t("remaining", { quantity: left.quantity, amount: money(left.amount) }),
          }),
        ),
        h(
          "div",
          { class: "line-controls" },
          h("div", { class: "field" }, h("label", { for: `${id}-choice`, text: t("cancelChoice", { seq }) }), choice),
          valueField,
        ),
        h("ul", { class: "issues", id: `${id}-issues` }),
      ),
    );
    syncValueField(seq);
  }
}

/** Shows the quantity or amount input of a line to match its choice. */
function syncValueField(seq) {
  const s = lineState(seq);
  const input = $(`line-${seq}-value`);
  const wanted = s.choice === "quantity" || s.choice === "amount";
  input.closest(".value-field").hidden = !wanted || state.wholeOrder;
  if (!wanted) return;
  $(`line-${seq}-value-label`).textContent = t(s.choice === "quantity" ? "quantityLabel" : "amountLabel", { seq });
  input.inputMode = s.choice === "quantity" ? "numeric" : "decimal";
  input.value = s[s.choice];
}

// ---------------------------------------------------------------- issues

function issueItem(issue, severity, withPath) {
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

function renderIssueList(list, result) {
  list.replaceChildren(
    ...(result?.errors ?? []).map((i) => issueItem(i, "error", true)),
    ...(result?.warnings ?? []).map((i) => issueItem(i, "warning", true)),
  );
}

/**
 * Where an issue from the builder belongs on the page, from its `segments`
 * (the path as data): `["calls", i, …]` is the i-th builder call,
 * `["items", k, …]` the k-th line of the assembled payload,
 * `["refundAccount", x]` an account field.
 */
function slotFor(issue, calls, itemSeqs) {
  const segs = Array.isArray(issue.segments) ? issue.segments : [];
  const [head, index] = segs;
  const last = segs.at(-1);
  const field = (name) => (ACCOUNT_FIELDS.includes(name) ? { slot: `issues-${name}`, input: name } : null);
  const lineSlot = (seq) =>
    seq !== undefined && $(`line-${seq}-issues`)
      ? { slot: `line-${seq}-issues`, input: lineInputId(seq), seq }
      : null;
  if (head === "calls" && Number.isInteger(index)) {
    const call = calls[index];
    if (call?.kind === "line") return lineSlot(call.seq) ?? { slot: "issues-general" };
    if (call?.kind === "account") return field(last) ?? { slot: "issues-account" };
    if (call?.kind === "all") return { slot: "issues-whole", input: "whole-order" };
  }
  if (head === "items" && Number.isInteger(index)) {
    const seq = issue.params?.seq ?? itemSeqs[index];
    const slot = lineSlot(seq);
    if (slot) return slot;
  }
  if (head === "refundAccount") return field(segs[1]) ?? { slot: "issues-account" };
  if (issue.params?.seq !== undefined) {
    const slot = lineSlot(issue.params.seq);
    if (slot) return slot;
  }
  return { slot: "issues-general" };
}

function lineInputId(seq) {
  const s = lineState(seq);
  return s.choice === "quantity" || s.choice === "amount" ? `line-${seq}-value` : `line-${seq}-choice`;
}

// ---------------------------------------------------------------- results

function renderResult(container, result, note) {
  const preview = result?.preview ?? null;
  const errors = result?.errors?.length ?? 0;
  let verdict = "verdictEmpty";
  let stateName = "empty";
  if (result && errors) [verdict, stateName] = ["verdictErrors", "errors"];
  else if (result?.ok) [verdict, stateName] = ["verdictOk", "ok"];
  const kind = result?.kind ?? null;
  const row = (key, value, display) =>
    h(
      "div",
      {},
      h("dt", { text: t(key) }),
      h("dd", { "data-field": key, "data-value": value ?? "", text: display }),
    );
  const kindRow = row("kind", kind, kind ? t(`kind${kind}`) : t("kindNone"));
  if (kind) kindRow.querySelector("dd").append(h("code", { class: "kind-code", text: kind }));
  const parts = [
    h("p", { class: "verdict", "data-state": stateName, text: t(verdict, { count: errors }) }),
    note ? h("p", { class: "notice", text: note }) : null,
    h(
      "dl",
      { class: "totals" },
      kindRow,
      ...TOTALS.map((k) =>
        row(k, preview?.[k], preview ? (k === "processedCount" ? String(preview[k]) : money(preview[k])) : "—"),
      ),
    ),
  ];
  container.replaceChildren(...parts.filter(Boolean));
  return [t(verdict, { count: errors }), kind ? t(`kind${kind}`) : "", preview ? money(preview.totalCancelAmount) : ""]
    .filter(Boolean)
    .join(" ");
}

// ---------------------------------------------------------------- compose

function compose() {
  const Builder = lib.CancelRequestBuilder;
  const panel = $("panel-compose");
  for (const list of panel.querySelectorAll(".issues")) list.replaceChildren();
  for (const node of panel.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  if (!Builder) {
    state.composed = null;
    renderResult($("compose-result"), null, t("missing", { name: "CancelRequestBuilder" }));
    renderPayload(null);
    return;
  }

  const calls = []; // what each builder call was about, to place `calls[i]` issues
  const incomplete = [];
  let result;
  try {
    let b = Builder.forOrder(state.order);
    if (state.wholeOrder) {
      b = b.cancelAll();
      calls.push({ kind: "all" });
    } else {
      for (const line of state.order.items) {
        const s = lineState(line.seq);
        const text = s.choice === "quantity" || s.choice === "amount" ? s[s.choice].trim() : "";
        if (s.choice === "all") b = b.cancelItem(line.seq);
        else if (s.choice !== "none" && text === "") {
          incomplete.push(line.seq);
          continue;
        } else if (s.choice === "quantity") b = b.cancelItem(line.seq, Number(text));
        else if (s.choice === "amount") b = b.cancelAmount(line.seq, text);
        else continue;
        calls.push({ kind: "line", seq: line.seq });
      }
    }
    const account = Object.fromEntries(ACCOUNT_FIELDS.filter((f) => state.account[f] !== "").map((f) => [f, state.account[f]]));
    if (Object.keys(account).length) {
      b = b.refundAccount(account);
      calls.push({ kind: "account" });
    }
    // `locale()` is not a recorded call: `calls[i]` counts the cancel and account calls only.
    result = typeof b.locale === "function" ? b.locale(state.locale).build() : b.build({ locale: state.locale });
  } catch (e) {
    // Only a programmer error may throw (api.md); show it rather than hide it.
    if (e.code === "NOT_AVAILABLE") {
      state.composed = null;
      renderResult($("compose-result"), null, t("missing", { name: "CancelRequestBuilder.build" }));
      renderPayload(null);
      return;
    }
    result = { ok: false, kind: null, errors: [{ code: e.code ?? "EXCEPTION", path: "", message: e.message }], warnings: [] };
  }
  state.composed = result;

  // Which order line each `items[k]` of the assembled payload is.
  const itemSeqs = result.payload?.items?.map((i) => i.seq) ??
    (state.wholeOrder ? state.order.items.map((l) => l.seq) : calls.filter((c) => c.kind === "line").map((c) => c.seq));

  for (const [issues, severity] of [
    [result.errors ?? [], "error"],
    [result.warnings ?? [], "warning"],
  ]) {
    for (const issue of issues) {
      const { slot, input } = slotFor(issue, calls, itemSeqs);
      $(slot).append(issueItem(issue, severity, slot === "issues-general"));
      if (severity === "error" && input && $(input)) $(input).setAttribute("aria-invalid", "true");
    }
  }
  for (const seq of incomplete) {
    $(`line-${seq}-issues`).append(h("li", { class: "issue", "data-severity": "incomplete", text: t("incomplete") }));
  }
  const summary = renderResult($("compose-result"), result, incomplete.length ? t("verdictIncomplete") : null);
  // One persistent live region, changed only when the verdict changes, so a
  // screen reader hears "Ready to send. Partial amount ₩2,000", not every keystroke.
  if ($("compose-status").textContent !== summary) $("compose-status").textContent = summary;
  renderPayload(result.ok && !incomplete.length ? result.payload : null);
  if (state.response) renderResponse();
}

function renderPayload(payload) {
  const pre = $("payload");
  pre.textContent = payload ? JSON.stringify(payload, null, 2) : t("payloadNone");
  pre.dataset.empty = payload ? "false" : "true";
  $("copy").disabled = !payload;
  $("copy-status").textContent = "";
}

async function copyPayload() {
  const text = $("payload").textContent;
  try {
    await navigator.clipboard.writeText(text);
    $("copy-status").textContent = t("copied");
  } catch {
    const range = document.createRange();
    range.selectNodeContents($("payload"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $("copy-status").textContent = t("copyFailed");
  }
}

// ---------------------------------------------------------------- paste a payload

function checkPastedPayload() {
  const text = $("paste-payload").value;
  const list = $("paste-payload-issues");
  const out = $("paste-payload-result");
  if (text.trim() === "") {
    renderResult(out, null);
    list.replaceChildren();
    return;
  }
  let request;
  try {
    request = JSON.parse(text);
  } catch (e) {
    renderResult(out, null);
    list.replaceChildren(h("li", { class: "issue", "data-severity": "error", "data-code": "JSON", text: t("notJson", { message: e.message }) }));
    return;
  }
  const result = lib.validateCancelRequest(request, { order: state.order, locale: state.locale });
  renderResult(out, result);
  renderIssueList(list, result);
}

// ---------------------------------------------------------------- paste a response

function renderResponse() {
  const text = $("paste-response").value;
  const summary = $("response-summary");
  const issues = $("paste-response-issues");
  const recSummary = $("reconcile-summary");
  const recIssues = $("reconcile-issues");
  const apply = $("apply");
  for (const node of [summary, recSummary]) {
    node.textContent = "";
    delete node.dataset.state;
  }
  for (const node of [issues, recIssues]) node.replaceChildren();
  apply.disabled = true;
  state.response = null;
  if (text.trim() === "") return;

  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    issues.append(h("li", { class: "issue", "data-severity": "error", "data-code": "JSON", text: t("notJson", { message: e.message }) }));
    return;
  }
  const parsed = call("parseCancelResponse", value, { locale: state.locale });
  if (parsed.missing) {
    summary.append(parsed.missing);
    return;
  }
  state.response = { value, parsed };
  summary.dataset.state = parsed.ok ? "ok" : "errors";
  summary.textContent = t("responseOk", { code: parsed.resultCode ?? "—", message: parsed.message ?? "" });
  renderIssueList(issues, parsed);

  const preview = state.composed?.preview;
  if (!preview) recSummary.textContent = t("reconcileNoPreview");
  else if (parsed.ok) {
    const rec = call("reconcile", preview, parsed, { locale: state.locale });
    if (rec.missing) recSummary.append(rec.missing);
    else {
      const count = rec.errors?.length ?? 0;
      recSummary.dataset.state = rec.ok ? "ok" : "errors";
      recSummary.textContent = rec.ok ? t("reconcileOk") : t("reconcileMismatch", { count });
      renderIssueList(recIssues, rec);
    }
  }
  apply.disabled = !parsed.ok;
}

function applyResponse() {
  const list = $("apply-issues");
  list.replaceChildren();
  if (!state.response) return;
  const result = call("applyCancellation", state.order, state.response.value, { locale: state.locale });
  if (result.missing) return list.append(h("li", {}, result.missing));
  renderIssueList(list, result);
  if (!result.ok || !result.order) return;
  state.order = result.order;
  state.lines.clear();
  state.wholeOrder = false;
  $("whole-order").checked = false;
  $("paste-response").value = "";
  renderOrder();
  $("apply-status").textContent = t("applied");
}

// ---------------------------------------------------------------- wiring

function renderOrder() {
  renderFacts();
  renderLines();
  compose();
  checkPastedPayload();
  renderResponse();
}

function loadSample(name) {
  state.sample = name;
  state.order = sampleOrder(name);
  state.lines.clear();
  state.wholeOrder = false;
  state.account = { accountNumber: "", bankCode: "", accountHolderName: "" };
  $("whole-order").checked = false;
  for (const f of ACCOUNT_FIELDS) $(f).value = "";
  for (const id of ["paste-payload", "paste-response"]) $(id).value = "";
  for (const id of ["apply-issues"]) $(id).replaceChildren();
  $("apply-status").textContent = "";
  renderOrder();
}

function setMode(mode) {
  state.mode = mode;
  for (const name of ["compose", "payload", "response"]) $(`panel-${name}`).hidden = name !== mode;
}

function wire() {
  $("lang").addEventListener("change", (e) => {
    state.locale = e.target.value;
    applyChrome();
    renderOrder();
  });
  $("sample").addEventListener("change", (e) => loadSample(e.target.value));
  $("reset").addEventListener("click", () => loadSample(state.sample));
  for (const radio of document.querySelectorAll("input[name=mode]")) {
    radio.addEventListener("change", (e) => setMode(e.target.value));
  }
  $("whole-order").addEventListener("change", (e) => {
    state.wholeOrder = e.target.checked;
    renderLines();
    compose();
  });
  $("lines").addEventListener("change", (e) => {
    if (!e.target.id.endsWith("-choice")) return;
    const seq = Number(e.target.dataset.seq);
    lineState(seq).choice = e.target.value;
    syncValueField(seq);
    compose();
  });
  $("lines").addEventListener("input", (e) => {
    if (!e.target.id.endsWith("-value")) return;
    const s = lineState(Number(e.target.dataset.seq));
    s[s.choice] = e.target.value;
    compose();
  });
  for (const f of ACCOUNT_FIELDS) {
    $(f).addEventListener("input", (e) => {
      state.account[f] = e.target.value;
      compose();
    });
  }
  $("copy").addEventListener("click", copyPayload);
  $("paste-payload").addEventListener("input", checkPastedPayload);
  $("use-composed").addEventListener("click", () => {
    if (state.composed?.payload) $("paste-payload").value = JSON.stringify(state.composed.payload, null, 2);
    checkPastedPayload();
  });
  $("paste-response").addEventListener("input", renderResponse);
  for (const button of document.querySelectorAll("[data-sample-response]")) {
    button.addEventListener("click", () => {
      $("paste-response").value = SAMPLE_RESPONSES[button.dataset.sampleResponse];
      renderResponse();
    });
  }
  $("apply").addEventListener("click", applyResponse);
}

async function main() {
  applyChrome();
  try {
    lib = await import("./pkg/gen/ebp.browser.js");
  } catch (e) {
    $("boot").textContent = t("loadFailed", { message: e.message });
    $("boot").dataset.state = "failed";
    return;
  }
  $("boot").hidden = true;
  wire();
  loadSample(state.sample);
  setMode(state.mode);
  document.body.dataset.ready = "true";
}

main();
