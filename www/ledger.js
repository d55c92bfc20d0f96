// The ledger: the order as loaded, then one step per cancel applied to it
// (by the core's applyCancellation), each keeping the whole snapshot after
// it, so undo is dropping the last step. Amounts shown are the core's: the
// refund from the builder's preview (or the totals the server reported),
// the balance from summarizeOrder on the snapshot after the step.

import { $, h, money, state, t } from "./dom.js";

/** Steps, oldest first: `{ order, summary, source, kind, amount, reported }`. */
const steps = [];

/** The order as it stands (the last step's snapshot). */
export const currentOrder = () => steps.at(-1)?.order ?? null;
export const currentSummary = () => steps.at(-1)?.summary ?? null;
export const stepCount = () => steps.length;

/** The core's summary of `order` (remaining per line, balance). */
function summarize(order) {
  return typeof state.lib?.summarizeOrder === "function" ? state.lib.summarizeOrder(order, { locale: state.locale }) : null;
}

/** Starts the ledger again from a loaded order. */
export function start(order) {
  steps.length = 0;
  steps.push({ order, summary: summarize(order), source: "loaded" });
}

/** Adds a step: the snapshot `order` after a cancel (`kind`, `amount` or `reported`). */
export function push({ order, source, kind = null, amount = null, reported = null }) {
  steps.push({ order, summary: summarize(order), source, kind, amount, reported });
}

/** Drops the last step (never the loaded order); true when one was dropped. */
export function undo() {
  if (steps.length < 2) return false;
  steps.pop();
  return true;
}

/** Summaries are in the chosen language (their issues); redo them on a switch. */
export function relocalize() {
  for (const s of steps) s.summary = summarize(s.order);
}

function stepItem(step, index) {
  const currency = step.order.currency;
  const last = index === steps.length - 1;
  const title =
    step.source === "loaded"
      ? t("stepLoaded", { orderNo: step.order.orderNo })
      : step.source === "response"
        ? t("stepResponse")
        : t("stepRequest");
  const parts = [
    h("span", { class: "step-no", text: t("stepNo", { n: index }) }),
    h("strong", { class: "step-title", text: title }),
  ];
  if (step.kind) {
    parts.push(
      h("span", { class: "step-kind", "data-kind": step.kind }, t(`kind${step.kind}`), h("code", { class: "kind-code", text: step.kind })),
    );
  }
  if (step.amount !== null && step.amount !== undefined) {
    parts.push(h("span", { class: "step-amount", "data-value": step.amount, text: t("refunded", { amount: money(step.amount, currency) }) }));
  }
  if (step.reported) {
    parts.push(
      h("span", {
        class: "step-amount",
        "data-products": step.reported.products,
        "data-delivery": step.reported.delivery,
        text: t("reported", { products: money(step.reported.products, currency), delivery: money(step.reported.delivery, currency) }),
      }),
    );
  }
  const balance = step.summary?.balance;
  parts.push(
    h("span", { class: "step-balance", "data-value": balance ?? "", text: t("balanceAfter", { balance: money(balance, currency) }) }),
    h("span", { class: "badge", text: step.order.paymentStatus }),
  );
  return h(
    "li",
    { class: "step", id: `step-${index}`, tabindex: "-1", "data-source": step.source, "aria-current": last ? "step" : null },
    ...parts,
  );
}

/** The timeline, the undo button and the snapshot's JSON. */
export function renderLedger() {
  $("timeline").replaceChildren(...steps.map(stepItem));
  $("undo").disabled = steps.length < 2;
  const order = currentOrder();
  $("current-json").textContent = order ? JSON.stringify(order, null, 2) : "";
}
