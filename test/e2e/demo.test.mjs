// `make demo`, as its README section says: the console served by
// scripts/serve.mjs (the real command, in a child process), a pasted order of
// one's own cancelled in three steps, each step shown as the EBP, PortOne v1
// and NicePay v1 payloads before it is applied to the ledger. The amounts
// are this order's: 3 mugs at 12,000, an e-book at 8,800, delivery 3,000.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { buildWww } from "../../scripts/build-www.mjs";
import { ARGS, CHROMIUM, e2eFixture, SHOTS } from "./helpers.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
let server;
let url;
let browser;

before(async () => {
  const site = buildWww(`${root}build/e2e/demo`, { pkg: process.env.CONSOLE_PKG || undefined });
  server = spawn(process.execPath, [`${root}scripts/serve.mjs`, "--port", "0", "--root", site], { stdio: ["ignore", "pipe", "inherit"] });
  url = await new Promise((ok, fail) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/admin console: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) ok(found[1]);
    });
    server.once("exit", (code) => fail(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
});
after(async () => {
  await browser?.close();
  server?.kill();
});

const OWN = e2eFixture("own-order");
const EDI = "2026-12-01T15:00:00+09:00";
const ACCOUNT = { accountNumber: "110234567890", bankCode: "004", accountHolderName: "홍길동" };

test("make demo: a pasted order of one's own, cancelled in three steps, each shown as every provider's payload", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  const json = async (id) => JSON.parse(await page.textContent(id));
  const tab = (id) => page.click(`#tab-${id}`);

  // Paste the order, use it.
  await page.evaluate((t) => navigator.clipboard.writeText(t), JSON.stringify(OWN, null, 2));
  await page.focus("#order-json");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await page.click("#use-order");
  assert.equal(await page.textContent("#fact-orderNo"), OWN.orderNo);
  assert.equal(await page.getAttribute("#fact-balance", "data-value"), "47800");
  await page.fill("#accountNumber", ACCOUNT.accountNumber);
  await page.selectOption("#bankCode", ACCOUNT.bankCode);
  await page.fill("#accountHolderName", ACCOUNT.accountHolderName);
  // The provider options, once: PortOne's PG, NicePay's request time.
  await tab("portone");
  await page.selectOption("#portone-pg", "kcp");
  await tab("nicepay");
  await page.fill("#nicepay-ediDate", EDI);

  // PortOne's code for KB through kcp, as the core's table (served as banks.json) has it.
  const { portone } = (await (await page.request.get(`${url}banks.json`)).json()).providers;
  const kcp = portone.pgs.find((p) => p.code === "kcp").codes["004"];
  const refund = {
    portone: { refund_holder: "홍길동", refund_bank: kcp, refund_account: ACCOUNT.accountNumber },
    nicepay: { refundAccount: ACCOUNT.accountNumber, refundBankCode: "004", refundHolder: "홍길동" },
  };

  const steps = [
    {
      name: "one mug",
      choose: async () => {
        await page.selectOption("#line-1-choice", "quantity");
        await page.fill("#line-1-value", "1");
      },
      kind: "ITEM",
      total: 12000,
      items: [{ seq: 1, itemType: "PHYSICAL", itemId: "MUG-BLUE", quantity: 1, amount: 12000, taxAmount: 1090 }],
      checksum: 47800,
      after: 35800,
    },
    {
      name: "5,000 back on the e-book",
      choose: async () => {
        await page.selectOption("#line-2-choice", "amount");
        await page.fill("#line-2-value", "5000");
      },
      kind: "PARTIAL_AMOUNT",
      total: 5000,
      items: [{ seq: 2, itemType: "DIGITAL", itemId: "EBOOK-17", quantity: 1, amount: 5000, taxAmount: 455 }],
      checksum: 35800,
      after: 30800,
    },
    {
      name: "the rest of the order",
      choose: () => page.check("#whole-order"),
      kind: "FULL",
      total: 30800,
      items: [
        { seq: 1, itemType: "PHYSICAL", itemId: "MUG-BLUE", quantity: 2, amount: 12000, taxAmount: 1090 },
        { seq: 2, itemType: "DIGITAL", itemId: "EBOOK-17", quantity: 1, amount: 3800, taxAmount: 345 },
        { seq: 3, itemType: "DELIVERY", itemId: "SHIP", quantity: 1, amount: 3000, taxAmount: 272 },
      ],
      checksum: 30800,
      after: 0,
    },
  ];
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    await step.choose();
    const full = step.kind === "FULL"; // a full cancel sends no amount to PortOne or NicePay

    await tab("ebp");
    assert.equal(await page.getAttribute("#ebp-verdict", "data-state"), "ok", `${step.name}: ${await page.textContent("#ebp-issues")}`);
    assert.deepEqual(await json("#payload"), { orderNo: OWN.orderNo, totalCancelAmount: step.total, refundAccount: ACCOUNT, items: step.items });

    await tab("portone");
    assert.equal(await page.getAttribute("#portone-verdict", "data-state"), "ok", `${step.name}: ${await page.textContent("#portone-issues")}`);
    assert.deepEqual(await json("#portone-payload"), {
      imp_uid: OWN.impUid,
      merchant_uid: OWN.merchantUid,
      ...(full ? {} : { amount: step.total }),
      checksum: step.checksum,
      reason: "Customer request",
      ...refund.portone,
    });

    await tab("nicepay");
    assert.equal(await page.getAttribute("#nicepay-verdict", "data-state"), "ok", `${step.name}: ${await page.textContent("#nicepay-issues")}`);
    assert.deepEqual(await json("#nicepay-payload"), {
      reason: "Customer request",
      orderId: `${OWN.orderNo}-${n}`,
      ...(full ? {} : { cancelAmt: step.total }),
      ediDate: EDI,
      returnCharSet: "utf-8",
      ...refund.nicepay,
    });
    if (n === 3) await page.screenshot({ path: `${SHOTS}/demo-step3-nicepay-1280.png`, fullPage: true });

    await page.click("#apply-cancel");
    assert.equal(await page.getAttribute(`#step-${n} .step-kind`, "data-kind"), step.kind);
    assert.equal(await page.getAttribute(`#step-${n} .step-amount`, "data-value"), String(step.total));
    assert.equal(await page.getAttribute(`#step-${n} .step-balance`, "data-value"), String(step.after));
  }
  assert.equal(await page.textContent("#fact-status"), "CANCELLED");
  assert.equal(await page.$$eval("#timeline .step", (s) => s.length), 4);
  await page.screenshot({ path: `${SHOTS}/demo-1280.png`, fullPage: true });
  await context.close();
  assert.deepEqual(problems, [], "no console errors or warnings");
});
