// The bank picker: the core's bank table (banks.json, printed by
// examples/console_banks.rs) narrowed to the banks the chosen provider —
// and for PortOne v1 the chosen PG — can be sent to, named in Korean and
// English. The value kept is the KFTC code the EBP request carries; each
// adapter writes its own provider's code for it.

import { $, h, state, t } from "./dom.js";

/** The table's key for each provider tab (www/providers.js ids). */
const TABLE_KEY = { ebp: "ebp", portone: "portone", nicepay: "nicepay", toss: "toss", "portone-v2": "portoneV2" };

/** A bank's name in the chosen language, then the other. */
export const bankName = (bank) =>
  state.locale === "ko" ? `${bank.nameKo} · ${bank.nameEn}` : `${bank.nameEn} · ${bank.nameKo}`;

export const findBank = (code) => state.banks?.banks?.find((b) => b.code === code) ?? null;

/** PortOne v1's PG codes from the core's PG table, when the table has one. */
export function pgList() {
  const pgs = state.banks?.providers?.portone?.pgs;
  return Array.isArray(pgs) ? pgs : null;
}

/**
 * What the picker offers for `provider` (and `pg`): `{ banks, known, needsPg }`.
 * `known` is false when the table has no column for the provider yet (then
 * every bank of the table is offered and the hint says so).
 */
export function choices(provider, pg) {
  const table = state.banks;
  const all = table?.banks ?? [];
  const entry = table?.providers?.[TABLE_KEY[provider]];
  if (!entry) return { banks: all.map((b) => ({ ...b, sent: null })), known: false, needsPg: false };
  let codes = entry.codes ?? null;
  let needsPg = false;
  if (Array.isArray(entry.pgs)) {
    const chosen = entry.pgs.find((p) => p.code === pg);
    if (chosen) codes = chosen.codes ?? {};
    else if (!codes) needsPg = true;
  }
  const banks = codes ? all.filter((b) => b.code in codes).map((b) => ({ ...b, sent: codes[b.code] })) : [];
  return { banks, known: true, needsPg };
}

/**
 * Fills the picker for `provider`/`pg`, keeping `value` (the account's
 * bank code; `other`: typed as another code) shown even when the provider does not take it, so nothing the
 * admin chose is dropped silently; the adapter then says why.
 */
export function renderPicker({ provider, providerName, pg, value, other: chose }) {
  const select = $("bankCode");
  const { banks, known, needsPg } = choices(provider, pg);
  const options = [h("option", { value: "", text: t("bankChoose") })];
  for (const bank of banks) {
    const sent = bank.sent && bank.sent !== bank.code ? ` → ${bank.sent}` : "";
    options.push(h("option", { value: bank.code, "data-sent": bank.sent ?? "", text: `${bankName(bank)} (${bank.code}${sent})` }));
  }
  const listed = banks.some((b) => b.code === value);
  const inTable = findBank(value);
  if (value && !listed && inTable) {
    options.push(
      h("option", { value, "data-refused": "true", text: t("bankRefused", { name: bankName(inTable), code: value, provider: providerName }) }),
    );
  }
  options.push(h("option", { value: "other", text: t("bankOther") }));
  select.replaceChildren(...options);
  // "Another code": chosen, or a code the table does not have.
  const other = chose || (value !== "" && !inTable);
  select.value = other ? "other" : value;
  $("bank-other-field").hidden = !other;
  if (other && $("bankCodeOther").value !== value) $("bankCodeOther").value = value;
  const refused = Boolean(value && !listed && inTable);
  $("bank-refused").hidden = !refused;
  $("bank-refused").textContent = refused ? t("bankRefusedNote", { provider: providerName }) : "";
  const pgName = pgList()?.find((p) => p.code === pg)?.name ?? pg;
  $("bank-hint").textContent = needsPg
    ? t("bankHintNoPg", { provider: providerName })
    : known && pg && provider === "portone" && banks.length === 0
      ? t("bankHintPgNone", { provider: providerName, pg: pgName })
    : !known
      ? t("bankHintUnknown", { provider: providerName, count: banks.length })
      : pg && provider === "portone"
        ? t("bankHintPg", { provider: providerName, pg: pgName, count: banks.length })
        : t("bankHint", { provider: providerName, count: banks.length });
  $("bank-hint").dataset.provider = provider;
}
