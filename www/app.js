// The admin console: collects input, calls the ebp-cancel package and renders
// what it answers. Every rule (kind, totals, errors, warnings, messages,
// balances) comes from the library; this file never judges a value itself
// and never computes money.
//
// Modules: lib.js (the package and the bank table), snapshot.js (loading an
// order), ledger.js (the timeline of applied cancels), banks.js (the bank
// picker), providers.js (the provider tabs), dom.js (shared helpers).

import { $, h, issueItem, money, notJsonItem, renderIssueList, state, t } from "./dom.js";
import { loadLibrary } from "./lib.js";
import { SAMPLE_ORDERS, SAMPLE_RESPONSES } from "./samples.js";
import * as snapshot from "./snapshot.js";
import * as ledger from "./ledger.js";
import { renderPicker } from "./banks.js";
import { activeProvider, buildProviderView, chosenPg, providerName, renderProviders, resetOrderInputs } from "./providers.js";

const ACCOUNT_FIELDS = ["accountNumber", "bankCode", "accountHolderName"];
const TOTALS = [
  "totalProductAmount",
  "totalProductTaxAmount",
  "totalDeliveryAmount",
  "totalDeliveryTaxAmount",
  "totalCancelAmount",
  "processedCount",
];

const ui = {
  mode: "compose",
  wholeOrder: false,
  lines: new Map(), // seq -> { choice: "none" | "all" | "quantity" | "amount", quantity, amount }
  account: { accountNumber: "", bankCode: "", accountHolderName: "" },
  bankOther: false, // the bank was typed as "another code"
  composed: null, // the builder's last result
  incomplete: false, // a chosen line has no value yet
  pasted: null, // validateCancelRequest on the pasted payload
  response: null, // { value, parsed } of the pasted response
};

const order = () => ledger.currentOrder();
const currency = () => order()?.currency;

function missing(name) {
  return h("p", { class: "notice", "data-missing": name, text: t("missing", { name }) });
}

/**
 * Calls a library function. One the loaded build lacks (not exported, or its
 * wasm export missing: `code` NOT_AVAILABLE) answers `{ missing: <notice> }`.
 */
function call(name, ...args) {
  if (typeof state.lib[name] !== "function") return { missing: missing(name) };
  try {
    return state.lib[name](...args);
  } catch (e) {
    if (e.code === "NOT_AVAILABLE") return { missing: missing(name) };
    throw e;
  }
}

// ---------------------------------------------------------------- chrome

function applyChrome() {
  document.documentElement.lang = state.locale;
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const params = node.dataset.i18nParams ? JSON.parse(node.dataset.i18nParams) : undefined;
    node.textContent = t(node.dataset.i18n, params);
  }
}

function renderFacts() {
  const o = order() ?? {};
  $("fact-orderNo").textContent = o.orderNo ?? "—";
  $("fact-status").textContent = o.paymentStatus ?? "—";
  $("fact-method").textContent = o.payMethod ?? "—";
  $("fact-currency").textContent = o.currency ?? "—";
  const balance = ledger.currentSummary()?.balance;
  $("fact-balance").textContent = money(balance, o.currency);
  $("fact-balance").dataset.value = balance ?? "";
}

/** What is left on a line, as the library computes it (in decimal). */
function remainingOf(line, summary) {
  const found = summary?.lines?.find((l) => l.seq === line.seq);
  return found ? { quantity: found.remainingQuantity, amount: found.remainingAmount } : { quantity: "—", amount: null };
}

function lineState(seq) {
  if (!ui.lines.has(seq)) ui.lines.set(seq, { choice: "none", quantity: "", amount: "" });
  return ui.lines.get(seq);
}

function renderLines() {
  const list = $("lines");
  list.replaceChildren();
  const summary = ledger.currentSummary();
  for (const line of order()?.items ?? []) {
    const seq = line.seq;
    const s = lineState(seq);
    const id = `line-${seq}`;
    const left = remainingOf(line, summary);
    const choice = h(
      "select",
      { id: `${id}-choice`, "data-seq": seq, "aria-describedby": `${id}-facts ${id}-issues`, disabled: ui.wholeOrder },
      ...["none", "all", "quantity", "amount"].map((c) =>
        h("option", { value: c, selected: s.choice === c, text: t(`choice${c[0].toUpperCase()}${c.slice(1)}`) }),
      ),
    );
    const valueField = h(
      "div",
      { class: "field value-field", hidden: !(s.choice === "quantity" || s.choice === "amount") || ui.wholeOrder },
      h("label", { for: `${id}-value`, id: `${id}-value-label` }),
      h("input", {
        id: `${id}-value`,
        "data-seq": seq,
        autocomplete: "off",
        spellcheck: "false",
        "aria-describedby": `${id}-issues`,
        disabled: ui.wholeOrder,
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
              unit: money(line.unitAmount, currency()),
              tax: money(line.unitTaxAmount ?? 0, currency()),
            }),
          }),
          h("span", {
            class: "remaining",
            "data-quantity": left.quantity,
            "data-amount": left.amount,
            text: t("remaining", { quantity: left.quantity, amount: money(left.amount, currency()) }),
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
  input.closest(".value-field").hidden = !wanted || ui.wholeOrder;
  if (!wanted) return;
  $(`line-${seq}-value-label`).textContent = t(s.choice === "quantity" ? "quantityLabel" : "amountLabel", { seq });
  input.inputMode = s.choice === "quantity" ? "numeric" : "decimal";
  input.value = s[s.choice];
}

function renderBank() {
  const provider = activeProvider();
  renderPicker({
    provider: provider.id,
    providerName: providerName(provider),
    pg: chosenPg(),
    value: ui.account.bankCode,
    other: ui.bankOther,
  });
}

// ---------------------------------------------------------------- issues

/** The input an account issue marks: the bank's is the picker, or the typed code. */
const accountInput = (name) => (name === "bankCode" && ui.bankOther ? "bankCodeOther" : name);

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
  const field = (name) => (ACCOUNT_FIELDS.includes(name) ? { slot: `issues-${name}`, input: accountInput(name) } : null);
  const lineSlot = (seq) =>
    seq !== undefined && $(`line-${seq}-issues`) ? { slot: `line-${seq}-issues`, input: lineInputId(seq), seq } : null;
  if (head === "calls" && Number.isInteger(index)) {
    const c = calls[index];
    if (c?.kind === "line") return lineSlot(c.seq) ?? { slot: "issues-general" };
    if (c?.kind === "account") return field(last) ?? { slot: "issues-account" };
    if (c?.kind === "all") return { slot: "issues-whole", input: "whole-order" };
  }
  if (head === "items" && Number.isInteger(index)) {
    const slot = lineSlot(issue.params?.seq ?? itemSeqs[index]);
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
    h("div", {}, h("dt", { text: t(key) }), h("dd", { "data-field": key, "data-value": value ?? "", text: display }));
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
        row(k, preview?.[k], preview ? (k === "processedCount" ? String(preview[k]) : money(preview[k], currency())) : "—"),
      ),
    ),
  ];
  container.replaceChildren(...parts.filter(Boolean));
  return [t(verdict, { count: errors }), kind ? t(`kind${kind}`) : "", preview ? money(preview.totalCancelAmount, currency()) : ""]
    .filter(Boolean)
    .join(" ");
}

// ---------------------------------------------------------------- compose

function compose() {
  const Builder = state.lib.CancelRequestBuilder;
  const panel = $("panel-compose");
  for (const list of panel.querySelectorAll(".issues")) list.replaceChildren();
  for (const node of panel.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  ui.incomplete = false;
  if (!Builder || !order()) {
    ui.composed = null;
    renderResult($("compose-result"), null, Builder ? null : t("missing", { name: "CancelRequestBuilder" }));
    $("apply-cancel").disabled = true;
    return;
  }

  const calls = []; // what each builder call was about, to place `calls[i]` issues
  const incomplete = [];
  const chosen = order().items?.some((l) => lineState(l.seq).choice !== "none");
  if (!ui.wholeOrder && !chosen) {
    // Nothing asked for yet: nothing to build (the builder would say NOTHING_TO_CANCEL).
    ui.composed = null;
    const summary = renderResult($("compose-result"), null);
    if ($("compose-status").textContent !== summary) $("compose-status").textContent = summary;
    $("apply-cancel").disabled = true;
    return;
  }
  let result;
  try {
    let b = Builder.forOrder(order());
    if (ui.wholeOrder) {
      b = b.cancelAll();
      calls.push({ kind: "all" });
    } else {
      for (const line of order().items ?? []) {
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
    const account = Object.fromEntries(ACCOUNT_FIELDS.filter((f) => ui.account[f] !== "").map((f) => [f, ui.account[f]]));
    if (Object.keys(account).length) {
      b = b.refundAccount(account);
      calls.push({ kind: "account" });
    }
    // `locale()` is not a recorded call: `calls[i]` counts the cancel and account calls only.
    result = typeof b.locale === "function" ? b.locale(state.locale).build() : b.build({ locale: state.locale });
  } catch (e) {
    // Only a programmer error may throw (api.md); show it rather than hide it.
    if (e.code === "NOT_AVAILABLE") {
      ui.composed = null;
      renderResult($("compose-result"), null, t("missing", { name: "CancelRequestBuilder.build" }));
      $("apply-cancel").disabled = true;
      return;
    }
    result = { ok: false, kind: null, errors: [{ code: e.code ?? "EXCEPTION", path: "", message: e.message }], warnings: [] };
  }
  ui.composed = result;
  ui.incomplete = incomplete.length > 0;

  // Which order line each `items[k]` of the assembled payload is.
  const itemSeqs =
    result.payload?.items?.map((i) => i.seq) ??
    (ui.wholeOrder ? order().items.map((l) => l.seq) : calls.filter((c) => c.kind === "line").map((c) => c.seq));

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
  const summary = renderResult($("compose-result"), result, ui.incomplete ? t("verdictIncomplete") : null);
  // One persistent live region, changed only when the verdict changes, so a
  // screen reader hears "Ready to send. Partial amount ₩2,000", not every keystroke.
  if ($("compose-status").textContent !== summary) $("compose-status").textContent = summary;
  $("apply-cancel").disabled = !(result.ok && !ui.incomplete);
}

/** The cancel the provider tabs show: the pasted payload's in that mode, else the composed one. */
function currentCancel() {
  if (ui.mode === "payload") return { result: ui.pasted, incomplete: false };
  return { result: ui.composed, incomplete: ui.incomplete };
}

function refreshProviders() {
  renderProviders(currentCancel(), order(), ledger.stepCount());
  renderBank();
}

/** Everything that depends on the order, the choices or the language. */
function refresh() {
  compose();
  checkPastedPayload();
  renderResponse();
  refreshProviders();
}

// ---------------------------------------------------------------- paste a payload

function checkPastedPayload() {
  const text = $("paste-payload").value;
  const list = $("paste-payload-issues");
  const out = $("paste-payload-result");
  ui.pasted = null;
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
    list.replaceChildren(notJsonItem(e.message));
    return;
  }
  const result = state.lib.validateCancelRequest(request, { order: order(), locale: state.locale });
  ui.pasted = result;
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
  ui.response = null;
  if (text.trim() === "") return;

  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    issues.append(notJsonItem(e.message));
    return;
  }
  const parsed = call("parseCancelResponse", value, { locale: state.locale });
  if (parsed.missing) {
    summary.append(parsed.missing);
    return;
  }
  ui.response = { value, parsed };
  summary.dataset.state = parsed.ok ? "ok" : "errors";
  summary.textContent = t("responseOk", { code: parsed.resultCode ?? "—", message: parsed.message ?? "" });
  renderIssueList(issues, parsed);

  const preview = ui.composed?.preview;
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

// ---------------------------------------------------------------- the ledger

/** After a step: the choices start afresh (the account stays: same customer). */
function resetChoices() {
  ui.lines.clear();
  ui.wholeOrder = false;
  $("whole-order").checked = false;
  $("paste-response").value = "";
  for (const id of ["apply-issues", "apply-cancel-issues"]) $(id).replaceChildren();
}

function stepApplied() {
  resetChoices();
  renderOrder();
  const n = ledger.stepCount() - 1;
  const summary = ledger.currentSummary();
  $("apply-status").textContent = t("appliedStep", { n, balance: money(summary?.balance, currency()) });
  $(`step-${n}`)?.focus();
}

/** "Apply this cancel to the ledger": the composed payload, booked by the core. */
function applyComposed() {
  const list = $("apply-cancel-issues");
  list.replaceChildren();
  const composed = ui.composed;
  if (!composed?.ok || ui.incomplete) return;
  const result = call("applyCancellation", order(), composed.payload, { locale: state.locale });
  if (result.missing) return list.append(h("li", {}, result.missing));
  renderIssueList(list, result);
  if (!result.ok || !result.order) return;
  ledger.push({ order: result.order, source: "request", kind: composed.kind, amount: composed.preview?.totalCancelAmount ?? null });
  stepApplied();
}

/** "Apply to the order": a pasted server response, booked by the core. */
function applyResponse() {
  const list = $("apply-issues");
  list.replaceChildren();
  if (!ui.response) return;
  const result = call("applyCancellation", order(), ui.response.value, { locale: state.locale });
  if (result.missing) return list.append(h("li", {}, result.missing));
  renderIssueList(list, result);
  if (!result.ok || !result.order) return;
  const data = ui.response.parsed.data ?? {};
  ledger.push({
    order: result.order,
    source: "response",
    reported: { products: data.totalProductAmount ?? null, delivery: data.totalDeliveryAmount ?? null },
  });
  stepApplied();
}

function undo() {
  if (!ledger.undo()) return;
  resetChoices();
  renderOrder();
  const n = ledger.stepCount() - 1;
  $("apply-status").textContent = t("undone", { n, balance: money(ledger.currentSummary()?.balance, currency()) });
  if ($("undo").disabled) $(`step-${n}`)?.focus();
}

// ---------------------------------------------------------------- loading an order

function renderOrder() {
  renderFacts();
  renderLines();
  ledger.renderLedger();
  refresh();
}

/** Starts the ledger from `o` (checked by the core already). */
function useOrder(o) {
  ledger.start(o);
  resetOrderInputs();
  resetChoices();
  ui.account = { accountNumber: "", bankCode: "", accountHolderName: "" };
  ui.bankOther = false;
  for (const f of ["accountNumber", "accountHolderName", "bankCodeOther"]) $(f).value = "";
  $("paste-payload").value = "";
  renderOrder();
  $("apply-status").textContent = t("orderLoaded", { orderNo: o.orderNo });
}

function loadSample(name) {
  const sample = SAMPLE_ORDERS[name];
  if (!sample) return;
  $("order-json").value = JSON.stringify(sample, null, 2);
  $("order-file-name").textContent = "";
  const o = snapshot.renderCheck();
  if (o) useOrder(structuredClone(o));
}

async function openFile(file) {
  if (!file) return;
  $("order-file-name").textContent = file.name;
  try {
    $("order-json").value = await file.text();
    $("sample").value = "";
    snapshot.renderCheck();
  } catch (e) {
    $("order-verdict").dataset.state = "errors";
    $("order-verdict").textContent = t("fileFailed", { message: e.message });
  }
}

function setMode(mode) {
  ui.mode = mode;
  for (const name of ["compose", "payload", "response"]) $(`panel-${name}`).hidden = name !== mode;
  refreshProviders();
}

// ---------------------------------------------------------------- wiring

function wire() {
  $("lang").addEventListener("change", (e) => {
    state.locale = e.target.value;
    applyChrome();
    ledger.relocalize();
    snapshot.renderCheck();
    renderOrder();
  });
  $("order-json").addEventListener("input", () => {
    $("sample").value = "";
    $("order-file-name").textContent = "";
    snapshot.renderCheck();
  });
  $("order-file").addEventListener("change", async (e) => {
    await openFile(e.target.files?.[0]);
    e.target.value = ""; // so the same file, changed on disk, can be opened again
  });
  $("sample").addEventListener("change", (e) => loadSample(e.target.value));
  $("use-order").addEventListener("click", () => {
    const o = snapshot.renderCheck();
    if (o) useOrder(o);
  });
  $("undo").addEventListener("click", undo);
  for (const radio of document.querySelectorAll("input[name=mode]")) {
    radio.addEventListener("change", (e) => setMode(e.target.value));
  }
  $("whole-order").addEventListener("change", (e) => {
    ui.wholeOrder = e.target.checked;
    renderLines();
    refresh();
  });
  $("lines").addEventListener("change", (e) => {
    if (!e.target.id.endsWith("-choice")) return;
    const seq = Number(e.target.dataset.seq);
    lineState(seq).choice = e.target.value;
    syncValueField(seq);
    refresh();
  });
  $("lines").addEventListener("input", (e) => {
    if (!e.target.id.endsWith("-value")) return;
    const s = lineState(Number(e.target.dataset.seq));
    s[s.choice] = e.target.value;
    refresh();
  });
  for (const f of ["accountNumber", "accountHolderName"]) {
    $(f).addEventListener("input", (e) => {
      ui.account[f] = e.target.value;
      refresh();
    });
  }
  $("bankCode").addEventListener("change", (e) => {
    ui.bankOther = e.target.value === "other";
    ui.account.bankCode = ui.bankOther ? $("bankCodeOther").value.trim() : e.target.value;
    refresh();
    if (ui.bankOther) $("bankCodeOther").focus();
  });
  $("bankCodeOther").addEventListener("input", (e) => {
    ui.account.bankCode = e.target.value.trim();
    refresh();
  });
  $("paste-payload").addEventListener("input", () => {
    checkPastedPayload();
    refreshProviders();
  });
  $("use-composed").addEventListener("click", () => {
    if (ui.composed?.payload) $("paste-payload").value = JSON.stringify(ui.composed.payload, null, 2);
    checkPastedPayload();
    refreshProviders();
  });
  $("paste-response").addEventListener("input", renderResponse);
  for (const button of document.querySelectorAll("[data-sample-response]")) {
    button.addEventListener("click", () => {
      $("paste-response").value = SAMPLE_RESPONSES[button.dataset.sampleResponse];
      renderResponse();
    });
  }
  $("apply").addEventListener("click", applyResponse);
  $("apply-cancel").addEventListener("click", applyComposed);
}

async function main() {
  applyChrome();
  try {
    const loaded = await loadLibrary();
    state.lib = loaded.lib;
    state.banks = loaded.banks;
  } catch (e) {
    $("boot").textContent = t("loadFailed", { message: e.message });
    $("boot").dataset.state = "failed";
    return;
  }
  $("boot").hidden = true;
  buildProviderView(refreshProviders);
  applyChrome();
  wire();
  $("sample").value = "captured";
  loadSample("captured");
  setMode(ui.mode);
  document.body.dataset.ready = "true";
}

main();
