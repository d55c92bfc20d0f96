// The ledger by keyboard alone, at 360 px, in Korean: each applied cancel is
// a step of the timeline with its kind, its refund and the balance after it
// (all from the core: the builder's preview and summarizeOrder), the next
// cancel is judged on what remains, and undo drops the last step, back to
// the snapshot before it. Screenshots in build/e2e/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { e2eFixture, finish, issues, open, paste, SHOTS, sideways, start, tabTo, totals } from "./helpers.mjs";

let env;
before(async () => {
  env = await start("ledger");
});
after(async () => {
  await env?.stop();
});

/** The timeline as data: source, kind, refund and balance of each step. */
const timeline = (page) =>
  page.$$eval("#timeline .step", (lis) =>
    lis.map((li) => ({
      source: li.dataset.source,
      kind: li.querySelector(".step-kind")?.dataset.kind ?? null,
      amount: li.querySelector(".step-amount") ? Number(li.querySelector(".step-amount").dataset.value) : null,
      balance: Number(li.querySelector(".step-balance").dataset.value),
      current: li.getAttribute("aria-current") === "step",
    })),
  );

const remaining = (page) =>
  page.$$eval(".line .remaining", (spans) => spans.map((s) => [Number(s.dataset.quantity), Number(s.dataset.amount)]));

/** Chooses `presses` options down from "Keep" on a line, by keyboard. */
async function choose(page, seq, presses, value) {
  await tabTo(page, `line-${seq}-choice`);
  for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowDown");
  if (value !== undefined) {
    await tabTo(page, `line-${seq}-value`);
    await page.keyboard.type(value);
  }
}

async function apply(page) {
  await tabTo(page, "apply-cancel");
  await page.keyboard.press("Enter");
}

test("the ledger by keyboard at 360 px, in Korean: steps with kind, refund and balance; undo", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await tabTo(page, "lang");
  await page.keyboard.press("ArrowDown"); // 한국어
  await tabTo(page, "order-json");
  await paste(page, "order-json", JSON.stringify(e2eFixture("own-order"), null, 2));
  await tabTo(page, "use-order");
  await page.keyboard.press("Enter");
  assert.deepEqual(await timeline(page), [{ source: "loaded", kind: null, amount: null, balance: 47800, current: true }]);
  assert.ok(await page.isDisabled("#undo"), "nothing to undo at the loaded order");

  // Step 1: one of the three mugs (an item cancel), refunded to a KB account.
  await choose(page, 1, 2, "1"); // Keep → All remaining → A quantity
  await tabTo(page, "accountNumber");
  await page.keyboard.type("110234567890");
  await tabTo(page, "bankCode");
  await page.keyboard.type("KB"); // type-ahead: "KB국민은행 · KB Kookmin Bank (004)"
  assert.equal(await page.inputValue("#bankCode"), "004");
  await tabTo(page, "accountHolderName");
  await page.keyboard.type("홍길동");
  assert.equal((await totals(page)).totalCancelAmount, 12000);
  await apply(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "step-1", "focus moves to the new step");
  assert.equal(await page.textContent("#apply-status"), "1단계를 반영했습니다: 이제 잔액은 ₩35,800입니다.");
  assert.deepEqual(await remaining(page), [
    [2, 24000],
    [1, 8800],
    [1, 3000],
  ]);
  assert.equal(await page.textContent("#fact-status"), "PARTIALLY_CANCELLED");

  // Step 2: 5,000 back on the e-book (a partial amount).
  await choose(page, 2, 3, "5000"); // … → A partial amount
  assert.equal((await totals(page)).kind, "PARTIAL_AMOUNT");
  await apply(page);
  assert.deepEqual(await timeline(page), [
    { source: "loaded", kind: null, amount: null, balance: 47800, current: false },
    { source: "request", kind: "ITEM", amount: 12000, balance: 35800, current: false },
    { source: "request", kind: "PARTIAL_AMOUNT", amount: 5000, balance: 30800, current: true },
  ]);
  assert.equal(await page.textContent("#step-2 .step-amount"), "환불 ₩5,000");
  assert.equal(await page.textContent("#step-2 .step-balance"), "잔액 ₩30,800");
  assert.equal(await page.getAttribute("#fact-balance", "data-value"), "30800");

  // The next cancel is judged on what remains: 3,800 is left on the e-book.
  await choose(page, 2, 3, "5000");
  const [error] = await issues(page, "#line-2-issues");
  assert.equal(error.severity, "error", JSON.stringify(error));
  assert.ok(await page.isDisabled("#apply-cancel"));
  await page.screenshot({ path: `${SHOTS}/ledger-two-steps-ko-360.png`, fullPage: true });

  // Undo step 2: the snapshot before it is back, so is the e-book's 8,800.
  await tabTo(page, "undo", { back: true });
  await page.keyboard.press("Enter");
  assert.deepEqual(
    (await timeline(page)).map((s) => [s.source, s.balance]),
    [
      ["loaded", 47800],
      ["request", 35800],
    ],
  );
  assert.equal(await page.textContent("#apply-status"), "되돌렸습니다: 주문이 1단계로 돌아갔습니다(잔액 ₩35,800).");
  assert.deepEqual(await remaining(page), [
    [2, 24000],
    [1, 8800],
    [1, 3000],
  ]);
  assert.equal(await page.inputValue("#line-2-choice"), "none", "choices start afresh after undo");

  // Instead: the whole remaining order; then it is cancelled, balance 0.
  await tabTo(page, "whole-order", { back: true });
  await page.keyboard.press("Space");
  assert.equal((await totals(page)).totalCancelAmount, 35800);
  await apply(page);
  const steps = await timeline(page);
  assert.deepEqual(steps.at(-1), { source: "request", kind: "FULL", amount: 35800, balance: 0, current: true });
  assert.equal(await page.textContent("#fact-status"), "CANCELLED");

  // The order as it stands is there to copy, as JSON.
  await tabTo(page, "undo");
  await page.keyboard.press("Tab"); // the <summary>
  await page.keyboard.press("Enter");
  const now = JSON.parse(await page.textContent("#current-json"));
  assert.equal(now.paymentStatus, "CANCELLED");
  assert.deepEqual(
    now.items.map((l) => [l.canceledQuantity, l.canceledAmount]),
    [
      [3, 36000],
      [1, 8800],
      [1, 3000],
    ],
  );
  assert.ok((await sideways(page)) <= 0, "no sideways scroll");
  await finish(assert, env, p, "ledger-ko-360");
});
