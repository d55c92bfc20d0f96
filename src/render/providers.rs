//! Provider results as JSON text, in the shapes of `api.md`:
//! `{ ok, kind, errors, warnings, payload, signingInput?, expected }` for an
//! adapter, `{ ok, resultCode, message, data, errors, warnings }` for a
//! parsed response.

use crate::providers::response::{self, Field, Parsed, Record};
use crate::providers::{nicepay, portone, ProviderResult};
use crate::render::ebp::{money, money_field};
use crate::render::issues::write_report;
use crate::render::json::JsonOut;
use crate::report::messages::Locale;

/// An adapter result. `signing`: whether the `signingInput` key is part of
/// this provider's shape (NicePay).
pub fn result<P>(
    r: &ProviderResult<P>,
    write_payload: fn(&mut JsonOut, &P),
    signing: bool,
    locale: Locale,
) -> Vec<u8> {
    let keys = Keys {
        signing,
        idempotency: false,
    };
    result_with(r, write_payload, keys, locale)
}

/// The provider-specific keys of an adapter result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    /// `signingInput` (NicePay).
    pub signing: bool,
    /// `idempotencyKey: { header, value } | null` (Toss).
    pub idempotency: bool,
}

/// An adapter result with the provider-specific `keys` of its shape.
pub fn result_with<P>(
    r: &ProviderResult<P>,
    write_payload: fn(&mut JsonOut, &P),
    keys: Keys,
    locale: Locale,
) -> Vec<u8> {
    let Keys {
        signing,
        idempotency,
    } = keys;
    let ok = r.ok();
    let b = &r.value;
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(ok);
    w.key("kind").opt_str(b.kind.map(|k| k.as_str()));
    write_report(&mut w, &r.report, locale);
    w.key("payload");
    match b.payload.as_ref().filter(|_| ok) {
        Some(p) => write_payload(&mut w, p),
        None => {
            w.null();
        }
    }
    if signing {
        w.key("signingInput")
            .opt_str(b.signing_input.as_deref().filter(|_| ok));
    }
    if idempotency {
        w.key("idempotencyKey");
        match b.idempotency.as_ref().filter(|_| ok) {
            Some(h) => {
                w.begin_object();
                w.field_str("header", h.name);
                w.field_str("value", &h.value);
                w.end_object();
            }
            None => {
                w.null();
            }
        }
    }
    w.key("expected");
    match (&b.expected, ok) {
        (Some(e), true) => {
            w.begin_object();
            money_field(&mut w, "amount", e.amount);
            money_field(&mut w, "balance", e.balance);
            if let Some(t) = e.tax_free {
                money_field(&mut w, "taxFree", t);
            }
            if let Some(v) = e.vat {
                money_field(&mut w, "vat", v);
            }
            w.end_object();
        }
        _ => {
            w.null();
        }
    }
    w.end_object();
    w.finish()
}

/// A parsed response; its cancels are written under `cancels_key`.
pub fn parsed(p: &Parsed, cancels_key: &str, locale: Locale) -> Vec<u8> {
    parsed_with(p, Some(cancels_key), locale)
}

/// A parsed response; its cancels are written under `cancels_key` when the
/// provider's body has a list of them (PortOne V2's has none).
pub fn parsed_with(p: &Parsed, cancels_key: Option<&str>, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    let b = &p.value;
    w.begin_object();
    w.key("ok").bool(response::is_ok(p));
    w.key("resultCode").opt_str(b.result_code.as_deref());
    w.key("message").opt_str(b.message.as_deref());
    w.key("data");
    match &b.data {
        Some(d) => write_record(&mut w, d, cancels_key),
        None => {
            w.null();
        }
    }
    write_report(&mut w, &p.report, locale);
    w.end_object();
    w.finish()
}

/// Writes a record as an object: its fields under their wire names (`null`
/// when missing), and the cancels under `cancels_key`.
pub fn write_record(w: &mut JsonOut, r: &Record, cancels_key: Option<&str>) {
    w.begin_object();
    for (k, f) in &r.fields {
        w.key(k);
        match f {
            Field::Missing => {
                w.null();
            }
            Field::Text(s) => {
                w.str(s);
            }
            Field::Amount(m) => money(w, *m),
            Field::Flag(b) => {
                w.bool(*b);
            }
        }
    }
    if let Some(key) = cancels_key {
        w.key(key).begin_array();
        for c in &r.cancels {
            write_record(w, c, None);
        }
        w.end_array();
    }
    w.end_object();
}

/// Writes the body as JSON, with PortOne's wire names; absent fields are left out.
pub fn portone_payload(w: &mut JsonOut, p: &portone::Payload) {
    w.begin_object();
    let opt_str = |w: &mut JsonOut, k: &str, v: Option<&str>| {
        if let Some(v) = v {
            w.key(k).str(v);
        }
    };
    opt_str(w, "imp_uid", p.imp_uid.as_deref());
    opt_str(w, "merchant_uid", p.merchant_uid.as_deref());
    if let Some(a) = p.amount {
        money_field(w, "amount", a);
    }
    if let Some(t) = p.tax_free {
        money_field(w, "tax_free", t);
    }
    if let Some(v) = p.vat_amount {
        money_field(w, "vat_amount", v);
    }
    money_field(w, "checksum", p.checksum);
    opt_str(w, "reason", p.reason.as_deref());
    opt_str(w, "refund_holder", p.refund_holder.as_deref());
    opt_str(w, "refund_bank", p.refund_bank);
    opt_str(w, "refund_account", p.refund_account.as_deref());
    opt_str(w, "refund_tel", p.refund_tel.as_deref());
    if let Some(r) = p.requester {
        w.key("extra").begin_object();
        w.field_str("requester", r);
        w.end_object();
    }
    w.end_object();
}

/// Writes the body as JSON, with NicePay's wire names; absent fields are left out.
pub fn nicepay_payload(w: &mut JsonOut, p: &nicepay::Payload) {
    w.begin_object();
    w.field_str("reason", &p.reason);
    w.field_str("orderId", &p.order_id);
    if let Some(a) = p.cancel_amt {
        money_field(w, "cancelAmt", a);
    }
    if let Some(t) = p.tax_free_amt {
        money_field(w, "taxFreeAmt", t);
    }
    if let Some(m) = &p.mall_reserved {
        w.field_str("mallReserved", m);
    }
    w.field_str("ediDate", &p.edi_date);
    if let Some(cs) = p.return_char_set {
        w.field_str("returnCharSet", cs.as_str());
    }
    if let Some(a) = &p.refund_account {
        w.field_str("refundAccount", a);
    }
    if let Some(b) = p.refund_bank_code {
        w.field_str("refundBankCode", b);
    }
    if let Some(h) = &p.refund_holder {
        w.field_str("refundHolder", h);
    }
    w.end_object();
}
