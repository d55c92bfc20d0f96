// The provider view, by keyboard alone at 360 px: one cancel, shown as the
// EBP payload, the PortOne v1 body (its PG chosen) and the NicePay v1 body
// (its charset chosen), each judged by its own adapter with its issues
// beside its own options; Toss Payments and PortOne V2 have their tabs,
// wired when the package has their subpaths. Screenshots in build/e2e/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { arrowTo, e2eFixture, finish, hangul, issues, open, paste, SHOTS, sideways, start, tabTo } from "./helpers.mjs";

let env;
before(async () => {
  env = await start("providers");
});
after(async () => {
  await env?.stop();
});

const OWN = e2eFixture("own-order");
const EDI = "2026-12-01T15:00:00+09:00";
const body = async (page, id) => JSON.parse(await page.textContent(id));

/** The focused tab list's arrow keys, to the tab `id`. */
async function toTab(page, id) {
  const selected = await page.$eval('[role=tab][aria-selected="true"]', (t) => t.id);
  if ((await page.evaluate(() => document.activeElement?.id)) !== selected) {
    const back = await page.$eval(`#${selected}`, (t) => !!(t.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING));
    await tabTo(page, selected, { back });
  }
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== `tab-${id}`; i++) {
    await page.keyboard.press("ArrowRight");
  }
  assert.equal(await page.getAttribute(`#tab-${id}`, "aria-selected"), "true");
  assert.ok(await page.isVisible(`#provider-${id}`));
}

/** PortOne v1's code for KFTC `code` through `pg`, as the core's table has it. */
const portoneCode = (pg, code) => env.banks.providers.portone.pgs.find((p) => p.code === pg).codes[code];

test("one cancel as EBP, PortOne v1 and NicePay v1 bodies, by keyboard at 360 px, in Korean", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await tabTo(page, "lang");
  await page.keyboard.press("ArrowDown"); // 한국어
  await paste(page, "order-json", JSON.stringify(OWN));
  await tabTo(page, "use-order");
  await page.keyboard.press("Enter");

  // Nothing composed: every tab says so.
  assert.equal(await page.textContent("#portone-verdict"), "먼저 오류 없는 취소를 작성하세요. 아직 만들 본문이 없습니다.");

  // One mug, refunded to a KB account whose holder is "홍길동님" (12 bytes in UTF-8, 8 in EUC-KR).
  await tabTo(page, "line-1-choice");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown"); // A quantity
  await tabTo(page, "line-1-value");
  await page.keyboard.type("1");
  await tabTo(page, "accountNumber");
  await page.keyboard.type("110234567890");
  await tabTo(page, "bankCode");
  await page.keyboard.type("KB");
  await tabTo(page, "accountHolderName");
  await page.keyboard.type("홍길동님");
  const account = { accountNumber: "110234567890", bankCode: "004", accountHolderName: "홍길동님" };

  // EBP: the builder's payload.
  assert.equal(await page.getAttribute("#tab-ebp", "aria-selected"), "true");
  assert.equal(await page.getAttribute("#ebp-verdict", "data-state"), "ok");
  assert.deepEqual(await body(page, "#payload"), {
    orderNo: OWN.orderNo,
    totalCancelAmount: 12000,
    refundAccount: account,
    items: [{ seq: 1, itemType: "PHYSICAL", itemId: "MUG-BLUE", quantity: 1, amount: 12000, taxAmount: 1090 }],
  });

  // PortOne v1: the PG chosen (NHN KCP writes KB as BK04, portone-v1-reference §2),
  // the checksum is the balance before the cancel.
  assert.equal(portoneCode("kcp", "004"), "BK04");
  await toTab(page, "portone");
  assert.equal(await page.inputValue("#portone-order-impUid"), OWN.impUid, "the snapshot's impUid is shown");
  await tabTo(page, "portone-pg");
  await arrowTo(page, "portone-pg", "kcp");
  assert.equal(await page.getAttribute("#portone-verdict", "data-state"), "ok", await page.textContent("#portone-issues"));
  assert.deepEqual(await body(page, "#portone-payload"), {
    imp_uid: OWN.impUid,
    merchant_uid: OWN.merchantUid,
    amount: 12000,
    checksum: 47800,
    reason: "고객 요청",
    refund_holder: "홍길동님",
    refund_bank: portoneCode("kcp", "004"),
    refund_account: "110234567890",
  });
  assert.deepEqual(await issues(page, "#portone-issues"), [], "nothing to say about the snapshot's NicePay keys");

  // NicePay v1: in UTF-8 the holder is over NicePay's 10 bytes, beside nothing but the panel.
  await toTab(page, "nicepay");
  await tabTo(page, "nicepay-ediDate");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(EDI);
  assert.equal(await page.inputValue("#nicepay-returnCharSet"), "utf-8");
  assert.equal(await page.getAttribute("#nicepay-verdict", "data-state"), "errors");
  const tooLong = (await issues(page, "#nicepay-issues")).find((i) => i.code === "PROVIDER_TOO_LONG");
  assert.equal(tooLong?.path, "refundAccount.accountHolderName", JSON.stringify(tooLong));
  assert.ok(hangul(tooLong.text) && tooLong.text.includes("12"), tooLong.text);
  assert.equal(await page.getAttribute("#nicepay-payload", "data-empty"), "true");
  await page.screenshot({ path: `${SHOTS}/providers-nicepay-utf8-ko-360.png`, fullPage: true });

  // In EUC-KR it fits.
  await tabTo(page, "nicepay-returnCharSet", { back: true });
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.inputValue("#nicepay-returnCharSet"), "euc-kr");
  assert.equal(await page.getAttribute("#nicepay-verdict", "data-state"), "ok", await page.textContent("#nicepay-issues"));
  assert.deepEqual(await body(page, "#nicepay-payload"), {
    reason: "고객 요청",
    orderId: `${OWN.orderNo}-1`,
    cancelAmt: 12000,
    ediDate: EDI,
    returnCharSet: "euc-kr",
    refundAccount: "110234567890",
    refundBankCode: "004",
    refundHolder: "홍길동님",
  });
  assert.deepEqual(await issues(page, "#nicepay-issues"), [], "nothing to say about the snapshot's PortOne keys");
  // What the server signs (tid + ediDate); the secret never reaches the page.
  assert.equal(await page.textContent('#nicepay-extras [data-extra="signingInput"]'), `${OWN.tid}${EDI}`);

  // An option's issue sits at the option: an empty reason.
  await tabTo(page, "nicepay-reason");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  const [required] = await issues(page, "#nicepay-reason-issues");
  assert.equal(required?.code, "REQUIRED");
  assert.equal(await page.getAttribute("#nicepay-reason", "aria-invalid"), "true");
  await page.keyboard.type("단순 변심");
  assert.equal(await page.getAttribute("#nicepay-verdict", "data-state"), "ok");
  assert.equal((await body(page, "#nicepay-payload")).reason, "단순 변심");
  assert.ok((await sideways(page)) <= 0, "no sideways scroll");
  await page.screenshot({ path: `${SHOTS}/providers-nicepay-ko-360.png`, fullPage: true });

  // Toss Payments and PortOne V2: their own tabs, wired once the package has them
  // (ebp-cancel/toss, ebp-cancel/portone-v2); until then each tab says so.
  const code = (provider) => env.banks.providers[provider].codes["004"];
  for (const [id, fn, subpath, orderKey, orderValue, expected] of [
    ["toss", "toTossCancel", "ebp-cancel/toss", "paymentKey", "tgen_20261201ABCDEF", () => ({
      cancelReason: "고객 요청",
      cancelAmount: 12000,
      refundReceiveAccount: { bank: code("toss"), accountNumber: "110234567890", holderName: "홍길동님" },
    })],
    ["portone-v2", "toPortOneV2Cancel", "ebp-cancel/portone-v2", "paymentId", "pay_0042", () => ({
      amount: 12000,
      reason: "고객 요청",
      currentCancellableAmount: 47800,
      refundAccount: { bank: code("portoneV2"), number: "110234567890", holderName: "홍길동님" },
    })],
  ]) {
    await toTab(page, id);
    if ((await page.getAttribute(`#${id}-verdict`, "data-state")) === "missing") {
      assert.equal(await page.textContent(`#${id}-verdict`), `이 빌드에는 아직 없습니다: ${subpath}의 ${fn}().`);
      assert.equal(await page.getAttribute(`#${id}-payload`, "data-empty"), "true");
      continue;
    }
    await tabTo(page, `${id}-order-${orderKey}`);
    await page.keyboard.type(orderValue);
    assert.equal(await page.getAttribute(`#${id}-verdict`, "data-state"), "ok", await page.textContent(`#${id}-issues`));
    assert.deepEqual(await body(page, `#${id}-payload`), expected());
    await page.screenshot({ path: `${SHOTS}/providers-${id}-ko-360.png`, fullPage: true });
  }
  assert.equal(code("toss"), "06", "Toss writes KB as 06 (toss-v1-cancel.md §4)");
  assert.equal(code("portoneV2"), "KOOKMIN");

  // Home and End move along the tab list too (from the tab list: a filled
  // Toss or PortOne V2 tab leaves the focus in its last input).
  await toTab(page, "portone-v2");
  await page.keyboard.press("Home");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-ebp");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tab-portone-v2");
  await finish(assert, env, p, "providers-ko-360");
});
