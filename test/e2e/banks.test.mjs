// The bank picker, by keyboard alone at 360 px: it offers exactly the banks
// of the core's table (banks.json, from examples/console_banks.rs) that the
// chosen provider — for PortOne v1 the chosen PG — can be sent, named in
// Korean and English; a bank chosen for one provider that another does not
// take stays shown, marked, and that provider's adapter says why; a code
// outside the table can be typed, and EBP warns. Screenshots in build/e2e/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { arrowTo, e2eFixture, finish, hangul, issues, open, paste, SHOTS, sideways, start, tabTo } from "./helpers.mjs";

let env;
before(async () => {
  env = await start("banks");
});
after(async () => {
  await env?.stop();
});

/** The picker's bank options: code, text, and whether it is marked as refused. */
const offered = (page) =>
  page.$$eval("#bankCode option", (options) =>
    options
      .filter((o) => o.value !== "" && o.value !== "other")
      .map((o) => ({ code: o.value, text: o.textContent, refused: o.dataset.refused === "true" })),
  );

const nameEn = (code) => env.banks.banks.find((b) => b.code === code).nameEn;

/** The codes the table says `provider` (and `pg`) takes, in table order. */
function expectedCodes(provider, pg) {
  const entry = env.banks.providers[provider];
  const codes = entry.pgs ? entry.pgs.find((p) => p.code === pg)?.codes : entry.codes;
  return env.banks.banks.map((b) => b.code).filter((c) => codes && c in codes);
}

async function loadOwnOrder(page) {
  await paste(page, "order-json", JSON.stringify(e2eFixture("own-order")));
  await tabTo(page, "use-order");
  await page.keyboard.press("Enter");
  await tabTo(page, "line-1-choice");
  await page.keyboard.press("ArrowDown"); // all remaining: a cancel for the adapters to write
}

/** Moves to the provider tab `id` with the arrow keys from the focused tab list. */
async function toTab(page, id) {
  // Only the selected tab is in the Tab order (a roving tabindex).
  const { selected, back } = await page.evaluate(() => {
    const tab = document.querySelector('[role=tab][aria-selected="true"]');
    const focus = document.activeElement;
    return { selected: tab.id, back: !!(focus && tab.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  if ((await page.evaluate(() => document.activeElement?.id)) !== selected) await tabTo(page, selected, { back });
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== `tab-${id}`; i++) {
    await page.keyboard.press("ArrowRight");
  }
  assert.equal(await page.getAttribute(`#tab-${id}`, "aria-selected"), "true");
}

test("the bank picker follows the provider, by keyboard at 360 px, in English and Korean", async () => {
  const p = await open(env, { width: 360, height: 780 });
  const { page } = p;
  await loadOwnOrder(page);
  assert.ok(env.banks.banks.length >= 20, "the core's table is served");

  // EBP: every bank of the table, by its KFTC code; English name first.
  let banks = await offered(page);
  assert.deepEqual(banks.map((b) => b.code), expectedCodes("ebp"));
  for (const b of banks) {
    const row = env.banks.banks.find((r) => r.code === b.code);
    assert.equal(b.text, `${row.nameEn} · ${row.nameKo} (${row.code})`);
  }
  assert.match(await page.textContent("#bank-hint"), new RegExp(`^The ${banks.length} banks EBP v2 accepts`));

  // NicePay: only the banks NicePay's list has.
  await toTab(page, "nicepay");
  banks = await offered(page);
  assert.deepEqual(banks.map((b) => b.code), expectedCodes("nicepay"));
  assert.ok(banks.length < env.banks.banks.length, "NicePay takes fewer banks than the table has");
  assert.match(await page.textContent("#bank-hint"), /NicePay v1/);

  // PortOne v1: the PG decides.
  await toTab(page, "portone");
  const { pgs } = env.banks.providers.portone;
  assert.ok(pgs.length >= 30, "the core's PG table is served");
  // No PG chosen yet: no bank can be offered, and the hint says to choose it.
  assert.deepEqual(await offered(page), []);
  assert.match(await page.textContent("#bank-hint"), /depend on the PG/);
  await tabTo(page, "portone-pg");
  await page.keyboard.type("NHN KCP"); // type-ahead: "NHN KCP (kcp)"
  assert.equal(await page.inputValue("#portone-pg"), "kcp");
  banks = await offered(page);
  assert.deepEqual(banks.map((b) => b.code), expectedCodes("portone", "kcp"));
  const kb = banks.find((b) => b.code === "004");
  const sent = pgs.find((x) => x.code === "kcp").codes["004"];
  assert.equal(kb.text, `${nameEn("004")} · KB국민은행 (004 → ${sent})`);
  await page.screenshot({ path: `${SHOTS}/banks-portone-kcp-360.png`, fullPage: true });
  // Another PG, another list: 키움페이 (daou) has its own codes and fewer banks.
  await arrowTo(page, "portone-pg", "daou");
  banks = await offered(page);
  assert.deepEqual(banks.map((b) => b.code), expectedCodes("portone", "daou"));
  assert.ok(banks.length < expectedCodes("portone", "kcp").length);
  const daou = pgs.find((x) => x.code === "daou").codes["004"];
  assert.equal(banks.find((b) => b.code === "004").text, `${nameEn("004")} · KB국민은행 (004 → ${daou})`);
  // A PG PortOne gives no bank list (kakaopay): nothing to offer, and the hint says so.
  assert.deepEqual(pgs.find((x) => x.code === "kakaopay").codes, {});
  await arrowTo(page, "portone-pg", "kakaopay");
  assert.deepEqual(await offered(page), []);
  assert.match(await page.textContent("#bank-hint"), /no refund account through the PG 카카오페이/);
  await arrowTo(page, "portone-pg", "kcp");

  // In Korean, the Korean name comes first.
  await tabTo(page, "lang", { back: true });
  await page.keyboard.press("ArrowDown");
  await toTab(page, "ebp");
  banks = await offered(page);
  for (const b of banks) {
    const row = env.banks.banks.find((r) => r.code === b.code);
    assert.equal(b.text, `${row.nameKo} · ${row.nameEn} (${row.code})`);
  }
  assert.ok(hangul(await page.textContent("#bank-hint")));

  // A bank EBP takes and NicePay does not: kept, marked, and refused by NicePay's adapter.
  const only = expectedCodes("ebp").find((c) => !expectedCodes("nicepay").includes(c));
  const row = env.banks.banks.find((r) => r.code === only);
  await tabTo(page, "accountNumber", { back: true });
  await page.keyboard.type("110234567890");
  await tabTo(page, "bankCode");
  await arrowTo(page, "bankCode", only);
  await tabTo(page, "accountHolderName");
  await page.keyboard.type("홍길동");
  await toTab(page, "nicepay");
  assert.equal(await page.inputValue("#bankCode"), only, "the choice is kept");
  const kept = (await offered(page)).find((b) => b.code === only);
  assert.ok(kept?.refused, JSON.stringify(kept));
  assert.ok(await page.isVisible("#bank-refused"), "said beside the picker, not only inside it");
  assert.match(await page.textContent("#bank-refused"), /^나이스페이 v1에서는 이 은행으로 환불할 수 없습니다/);
  assert.equal(kept.text, `${row.nameKo} · ${row.nameEn} (${only}) — 나이스페이 v1에서 받지 않는 은행`);
  const refused = await issues(page, "#nicepay-issues");
  const notSupported = refused.find((i) => i.code === "BANK_NOT_SUPPORTED");
  assert.ok(notSupported, JSON.stringify(refused));
  assert.equal(notSupported.path, "refundAccount.bankCode");
  assert.ok(hangul(notSupported.text));
  assert.equal(await page.getAttribute("#nicepay-verdict", "data-state"), "errors");
  assert.ok((await sideways(page)) <= 0, "no sideways scroll");
  await page.screenshot({ path: `${SHOTS}/banks-refused-ko-360.png`, fullPage: true });

  // A code outside the table: typed, and EBP only warns.
  await toTab(page, "ebp");
  await tabTo(page, "bankCode", { back: true });
  await page.keyboard.press("End"); // the last option: another code
  assert.equal(await page.inputValue("#bankCode"), "other");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "bankCodeOther", "focus moves to the code field");
  await page.keyboard.type("999");
  assert.ok(await page.isHidden("#bank-refused"));
  const warned = await issues(page, "#issues-bankCode");
  assert.deepEqual(warned.map((i) => [i.severity, i.code]), [["warning", "BANK_CODE_UNKNOWN"]]);
  assert.ok(hangul(warned[0].text));
  assert.equal(JSON.parse(await page.textContent("#payload")).refundAccount.bankCode, "999");
  await finish(assert, env, p, "banks-ko-360");
});
