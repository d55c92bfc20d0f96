// Loading an order snapshot of one's own, by keyboard alone at 360 px and in
// Korean: a pasted snapshot is checked by the core (summarizeOrder) and each
// issue appears at the field it names, a missing field included; a file
// opened from the keyboard is checked the same way and, once valid, starts
// the ledger. Screenshots in build/e2e/.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { e2eFixture, finish, hangul, issues, open, paste, SHOTS, sideways, start, tabTo } from "./helpers.mjs";

let env;
before(async () => {
  env = await start("load");
});
after(async () => {
  await env?.stop();
});

const OWN = fileURLToPath(new URL("./fixtures/own-order.json", import.meta.url));

/** The issues shown at the snapshot field `path`. */
const at = (page, path) => issues(page, `#snapshot-fields [data-path="${path}"]`);

test("load a snapshot of one's own by keyboard at 360 px, in Korean: issues at their fields, then a file", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await tabTo(page, "lang");
  await page.keyboard.press("ArrowDown"); // English → 한국어
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  assert.equal(await page.textContent("#load-heading"), "주문 스냅숏");

  // Not JSON yet: said, and nothing can be used.
  await tabTo(page, "order-json");
  await paste(page, "order-json", "{ \"orderNo\": ");
  assert.equal(await page.getAttribute("#order-verdict", "data-state"), "errors");
  assert.equal((await issues(page, "#order-issues"))[0].code, "JSON");
  assert.ok(await page.isDisabled("#use-order"));

  // A snapshot with four problems, each shown where it is.
  const broken = e2eFixture("own-order");
  broken.paymentStatus = "PAID";
  broken.memo = "gift wrap";
  broken.items[1].unitAmount = "8,800";
  delete broken.items[2].itemId;
  await paste(page, "order-json", JSON.stringify(broken, null, 2));
  assert.equal(await page.getAttribute("#order-verdict", "data-state"), "errors");
  assert.equal(await page.textContent("#order-verdict"), "스냅숏에 오류가 3건 있습니다. 고쳐야 사용할 수 있습니다.");
  assert.ok(await page.isDisabled("#use-order"));
  assert.ok(await page.isVisible("#snapshot"));

  const status = await at(page, "paymentStatus");
  assert.deepEqual(status.map((i) => [i.severity, i.code]), [["error", "PAYMENT_STATUS_INVALID"]]);
  const money = await at(page, "items[1].unitAmount");
  assert.deepEqual(money.map((i) => [i.severity, i.code]), [["error", "MONEY_FORMAT"]]);
  assert.ok(hangul(money[0].text) && money[0].text.includes("8,800"), money[0].text);
  // An absent field gets a row of its own, inside its line, marked missing.
  const missing = await at(page, "items[2].itemId");
  assert.deepEqual(missing.map((i) => [i.severity, i.code]), [["error", "REQUIRED"]]);
  assert.equal(await page.getAttribute('#snapshot-fields [data-path="items[2].itemId"]', "data-missing"), "true");
  assert.equal(await page.textContent('#snapshot-fields [data-path="items[2].itemId"] .value'), "(없음)");
  assert.ok(await page.$('#snapshot-fields .snap-group[data-path="items[2]"] [data-path="items[2].itemId"]'));
  const memo = await at(page, "memo");
  assert.deepEqual(memo.map((i) => [i.severity, i.code]), [["warning", "UNKNOWN_FIELD"]]);
  for (const i of [...status, ...money, ...missing, ...memo]) assert.ok(hangul(i.text), `not Korean: ${i.text}`);
  // Fields without issues are shown too, unmarked.
  assert.equal(await page.getAttribute('#snapshot-fields [data-path="orderNo"]', "data-state"), null);
  assert.equal(await page.textContent('#snapshot-fields [data-path="orderNo"] .value'), '"SHOP-2026-1201-0042"');
  // The ledger still holds the seed order: nothing broken was used.
  assert.equal(await page.textContent("#fact-orderNo"), "ORD20251224001");
  assert.ok((await sideways(page)) <= 0, "no sideways scroll");
  await page.screenshot({ path: `${SHOTS}/load-errors-ko-360.png`, fullPage: true });

  // Open a file from the keyboard: the chooser opens on Space.
  await tabTo(page, "order-file");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles(OWN);
  await page.waitForSelector('#order-verdict[data-state="ok"]');
  assert.equal(await page.textContent("#order-verdict"), "올바른 스냅숏입니다: 항목 3개, 잔액 ₩47,800.");
  assert.ok(await page.isHidden("#snapshot"));
  assert.deepEqual(JSON.parse(await page.inputValue("#order-json")), e2eFixture("own-order"));
  assert.equal(await page.textContent("#order-file-name"), "own-order.json");

  await tabTo(page, "use-order");
  await page.keyboard.press("Enter");
  assert.equal(await page.textContent("#fact-orderNo"), "SHOP-2026-1201-0042");
  assert.equal(await page.getAttribute("#fact-balance", "data-value"), "47800");
  assert.equal(await page.textContent("#apply-status"), "주문 SHOP-2026-1201-0042 사용 중: 원장이 이 주문에서 시작합니다.");
  assert.deepEqual(
    await page.$$eval("#timeline .step", (lis) => lis.map((li) => li.dataset.source)),
    ["loaded"],
  );
  assert.deepEqual(
    await page.$$eval(".line .remaining", (spans) => spans.map((s) => [Number(s.dataset.quantity), Number(s.dataset.amount)])),
    [
      [3, 36000],
      [1, 8800],
      [1, 3000],
    ],
  );
  assert.ok((await sideways(page)) <= 0, "no sideways scroll");
  await finish(assert, env, p, "load-file-ko-360");
});

test("a snapshot with warnings only can be used; English messages at the fields", async () => {
  const p = await open(env);
  const { page } = p;
  const order = { ...e2eFixture("own-order"), memo: "gift wrap" };
  await paste(page, "order-json", JSON.stringify(order));
  assert.equal(await page.getAttribute("#order-verdict", "data-state"), "ok");
  assert.match(await page.textContent("#order-verdict"), /^The snapshot can be used \(1 warning\(s\)\)/);
  const [memo] = await at(page, "memo");
  assert.equal(memo.code, "UNKNOWN_FIELD");
  assert.match(memo.text, /Unknown field memo/);
  await page.click("#use-order");
  assert.equal(await page.textContent("#fact-orderNo"), "SHOP-2026-1201-0042");
  await finish(assert, env, p, "load-warnings-1280");
});

test("a hostile snapshot (5,000 broken lines) is judged whole, drawn bounded", async () => {
  const p = await open(env);
  const { page } = p;
  const own = e2eFixture("own-order");
  const line = (seq) => ({ seq, itemType: "PHYSICAL", itemId: `X${seq}`, quantity: 1, unitAmount: "1e3" });
  const big = { ...own, items: Array.from({ length: 5000 }, (_, i) => line(i + 1)) };
  const text = JSON.stringify(big);
  const ms = await page.evaluate((t) => {
    const area = document.getElementById("order-json");
    const t0 = performance.now();
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
    return performance.now() - t0;
  }, text);
  assert.equal(await page.getAttribute("#order-verdict", "data-state"), "errors");
  const groups = await page.$$eval("#snapshot-fields .snap-group", (g) => g.length);
  assert.equal(groups, 50, "at most 50 lines drawn");
  assert.equal(await page.getAttribute("#snapshot-fields [data-hidden]", "data-hidden"), "4950");
  // The issues of the lines not drawn are listed with their paths.
  const listed = await issues(page, "#order-issues");
  const more = listed.pop();
  assert.equal(listed.length, 100, "at most 100 listed");
  assert.ok(listed.every((i) => i.code === "MONEY_FORMAT" && /^order\.items\[\d+\]\.unitAmount$/.test(i.path)), JSON.stringify(listed.slice(0, 3)));
  assert.equal(more.severity, "more");
  const drawn = await page.$$eval("#snapshot-fields .issue", (l) => l.length);
  // Every issue the core found is drawn, listed or counted.
  assert.equal(await page.textContent("#order-verdict"), "The snapshot has 5000 error(s): fix them to use it.");
  assert.equal(drawn + listed.length + Number(await page.getAttribute('#order-issues [data-severity="more"]', "data-count")), 5000);
  assert.ok(ms < 5000, `checking and drawing took ${ms} ms`);
  console.log(`# 5,000-line snapshot: checked and drawn in ${Math.round(ms)} ms`);
  assert.ok(await page.isDisabled("#use-order"));
  await finish(assert, env, p, "load-hostile-1280");
});
