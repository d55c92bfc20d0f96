//! The error reference, docs/errors.md: every code of the catalogue, error
//! or warning, with its first doc line, the params and the English and
//! Korean messages of a real call that raises it. Each example below is run
//! here through the text API (the path the wasm build takes) and must raise
//! its code at its path, so the page shows only what is known to happen.
//!
//! `cargo test --test error_reference` fails when docs/errors.md is not
//! what these examples render; `UPDATE_DOCS=1` rewrites it.

mod common;
#[path = "common/provider_build.rs"]
mod provider_build;
#[path = "common/provider_host.rs"]
mod provider_host;

use ebp_cancel::report::catalogue::ParamKind;
use ebp_cancel::{Code, Host, PlainHost, Severity};
use serde_json::{json, Value as Json};
use std::fmt::Write as _;

/// The public function an example calls.
#[derive(Clone, Copy)]
enum Call {
    Validate,
    Build,
    ParseResponse,
    Reconcile,
    PortOne,
    NicePay,
    Toss,
    PortOneV2,
    TossResponse,
    /// PortOne V2's own pre-check, given a cancel as the EBP rules hand it
    /// over (`amount` out of a cancellable `balance`): the args.
    PortOneV2Checked,
}

/// Which host the call runs with: the browser's (NFC and EUC-KR), or one
/// without EUC-KR tables.
#[derive(Clone, Copy)]
enum With {
    Browser,
    NoEucKr,
}

struct Example {
    code: &'static str,
    call: Call,
    /// Packed texts (JSON, plus JS words such as `NaN`), options last as JSON.
    args: Vec<String>,
    /// Where the issue is raised.
    path: &'static str,
    with: With,
    /// The call as the page shows it, when the arguments are too long to print.
    shown: Option<String>,
    /// A word on the example.
    note: &'static str,
    /// The options' own `locale` is kept (the example is about it).
    own_locale: bool,
}

fn ex(code: &'static str, call: Call, args: &[Json], path: &'static str) -> Example {
    Example {
        code,
        call,
        args: args.iter().map(|a| a.to_string()).collect(),
        path,
        with: With::Browser,
        shown: None,
        note: "",
        own_locale: false,
    }
}

impl Example {
    fn shown(mut self, s: &str) -> Self {
        self.shown = Some(s.to_string());
        self
    }
    fn note(mut self, n: &'static str) -> Self {
        self.note = n;
        self
    }
    fn own_locale(mut self) -> Self {
        self.own_locale = true;
        self
    }
    fn with(mut self, w: With) -> Self {
        self.with = w;
        self
    }
    /// The last argument, the options, as a packed text with `locale` set.
    fn run(&self, locale: &str) -> Json {
        let mut args = self.args.clone();
        let options = args.pop().unwrap_or_default();
        let mut o: Json = serde_json::from_str(&options).unwrap_or(json!({}));
        if !self.own_locale {
            o["locale"] = json!(locale);
        }
        let o = o.to_string();
        let host: &dyn Host = match self.with {
            With::Browser => &provider_host::OracleHost,
            With::NoEucKr => &PlainHost,
        };
        let a = |i: usize| args.get(i).map(String::as_str).unwrap_or("");
        use ebp_cancel::api;
        let out = match self.call {
            Call::Validate => api::validate_cancel_request(a(0), &o, host),
            Call::Build => api::build_cancel_request(a(0), a(1), &o, host),
            Call::ParseResponse => api::parse_cancel_response(a(0), &o),
            Call::Reconcile => api::reconcile(a(0), a(1), &o),
            Call::PortOne => api::portone_cancel(a(0), &o, host),
            Call::NicePay => api::nicepay_cancel(a(0), &o, host),
            Call::Toss => api::toss_cancel(a(0), &o, host),
            Call::PortOneV2 => api::portone_v2_cancel(a(0), &o, host),
            Call::TossResponse => api::parse_toss_response(a(0), &o),
            Call::PortOneV2Checked => portone_v2_checked(a(0), a(1), &o, locale),
        };
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{}: {e}: {out}", self.code))
    }

    /// The call as JS, the way the README writes calls.
    fn js(&self) -> String {
        if let Some(s) = &self.shown {
            return s.clone();
        }
        let arg = |i: usize| -> String {
            let text = self.args.get(i).map(String::as_str).unwrap_or("");
            serde_json::from_str::<Json>(text)
                .map(|v| js(&v))
                .unwrap_or_else(|_| text.to_string())
        };
        let n = self.args.len().saturating_sub(1);
        let options = self.args.last().and_then(|o| js_options(o));
        let call = |name: &str| {
            let mut list: Vec<String> = (0..n).map(arg).collect();
            list.extend(options.clone());
            format!("{name}({})", list.join(", "))
        };
        match self.call {
            Call::Validate => call("validateCancelRequest"),
            Call::Build => {
                let calls: Json = serde_json::from_str(&self.args[1]).unwrap();
                let mut s = format!("CancelRequestBuilder.forOrder({})", arg(0));
                for c in calls.as_array().unwrap() {
                    let a = |k: &str| c.get(k).map(js);
                    let params: Vec<String> = match c["op"].as_str().unwrap() {
                        "cancelAll" => vec![],
                        "cancelItem" => [a("seq"), a("quantity")].into_iter().flatten().collect(),
                        "cancelAmount" => [a("seq"), a("amount")].into_iter().flatten().collect(),
                        "refundAccount" => [a("account")].into_iter().flatten().collect(),
                        op => panic!("op {op}"),
                    };
                    write!(s, ".{}({})", c["op"].as_str().unwrap(), params.join(", ")).unwrap();
                }
                write!(s, ".build({})", options.clone().unwrap_or_default()).unwrap();
                s
            }
            Call::ParseResponse => call("parseCancelResponse"),
            Call::Reconcile => call("reconcile"),
            Call::PortOne => call("toPortOneCancel"),
            Call::NicePay => call("toNicePayCancel"),
            Call::Toss => call("toTossCancel"),
            Call::PortOneV2 => call("toPortOneV2Cancel"),
            Call::TossResponse => call("parseTossResponse"),
            // Shown in words (`shown`): it is no public call.
            Call::PortOneV2Checked => call("portOneV2PreCheck"),
        }
    }
}

/// Runs PortOne V2's writer on a cancel of `amount` out of `balance` (as
/// tests/providers_portone_v2.rs does) and renders its issues as a result.
fn portone_v2_checked(amount: &str, balance: &str, options: &str, locale: &str) -> String {
    use ebp_cancel::input::packed;
    use ebp_cancel::model::Kind;
    use ebp_cancel::providers::portone_v2;
    use ebp_cancel::report::Report;
    let amount: String = serde_json::from_str(amount).unwrap();
    let balance: String = serde_json::from_str(balance).unwrap();
    let c = provider_build::cancel(Kind::PartialAmount, &amount, &balance);
    let v = packed::parse(options).unwrap();
    let (opts, order) = provider_build::split(&v);
    let mut report = Report::default();
    let cur = ebp_cancel::model::currency::Currency::from_code(Some("KRW"));
    let _ = portone_v2::build(
        Some(&c),
        opts,
        order,
        &cur,
        &provider_host::OracleHost,
        &mut report,
    );
    let mut w = ebp_cancel::render::json::JsonOut::new();
    w.begin_object();
    let locale = ebp_cancel::Locale::parse(locale).unwrap_or_default();
    ebp_cancel::render::issues::write_report(&mut w, &report, locale);
    w.end_object();
    ebp_cancel::render::json::to_json(&w.finish()).unwrap()
}

// -- the inputs the examples start from --

/// A captured card order: one line of two units at 1000 (tax 100 each).
fn order() -> Json {
    json!({ "orderNo": "O-1", "currency": "KRW", "paymentStatus": "CAPTURED", "payMethod": "CARD",
            "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "A", "quantity": 2, "unitAmount": 1000, "unitTaxAmount": 100 }] })
}

fn order_with(f: impl FnOnce(&mut Json)) -> Json {
    let mut o = order();
    f(&mut o);
    o
}

fn line() -> Json {
    json!({ "seq": 1, "itemType": "PHYSICAL", "itemId": "A", "quantity": 1, "amount": 1000, "taxAmount": 100 })
}

/// One unit of the order's line.
fn request() -> Json {
    json!({ "orderNo": "O-1", "totalCancelAmount": 1000, "items": [line()] })
}

fn request_with(f: impl FnOnce(&mut Json)) -> Json {
    let mut r = request();
    f(&mut r);
    r
}

fn item_with(f: impl FnOnce(&mut Json)) -> Json {
    request_with(|r| f(&mut r["items"][0]))
}

fn with_order() -> Json {
    json!({ "order": order() })
}

/// Options for PortOne: the order and its imp_uid.
fn portone(extra: Json) -> Json {
    let mut o = json!({ "order": order_with(|o| o["impUid"] = json!("imp_123456789012")) });
    for (k, v) in extra.as_object().unwrap() {
        o[k] = v.clone();
    }
    o
}

/// Options for NicePay: the order, its tid and payment time, and a cancel's reason, orderId and ediDate.
fn nicepay(extra: Json) -> Json {
    let mut o = json!({
        "order": order_with(|o| {
            o["tid"] = json!("nictest00m01012512241200001234");
            o["paidAt"] = json!("2025-12-24T12:00:00+09:00");
        }),
        "reason": "고객 요청", "orderId": "O-1-c1", "ediDate": "2025-12-25T10:00:00+09:00"
    });
    for (k, v) in extra.as_object().unwrap() {
        if k == "order" {
            for (ok, ov) in v.as_object().unwrap() {
                o["order"][ok] = ov.clone();
            }
        } else {
            o[k] = v.clone();
        }
    }
    o
}

fn vbank_order() -> Json {
    order_with(|o| o["payMethod"] = json!("VIRTUAL_ACCOUNT"))
}

/// Options for Toss: the order and its paymentKey, and a reason.
fn toss(extra: Json) -> Json {
    merged(
        json!({ "order": order_with(|o| o["paymentKey"] = json!("tgen_20251224001")), "cancelReason": "고객 요청" }),
        extra,
    )
}

/// Options for PortOne V2: the order and its paymentId, and a reason.
fn portone_v2(extra: Json) -> Json {
    merged(
        json!({ "order": order_with(|o| o["paymentId"] = json!("payment-O-1")), "reason": "고객 요청" }),
        extra,
    )
}

/// `base` with `extra`'s keys (its `order` merged key by key).
fn merged(mut base: Json, extra: Json) -> Json {
    for (k, v) in extra.as_object().unwrap() {
        if k == "order" {
            for (ok, ov) in v.as_object().unwrap() {
                base["order"][ok] = ov.clone();
            }
        } else {
            base[k] = v.clone();
        }
    }
    base
}

/// A Toss Payment object whose one cancel is still under way.
fn toss_payment() -> Json {
    json!({
        "paymentKey": "tgen_20251224001", "orderId": "O-1", "status": "PARTIAL_CANCELED", "currency": "KRW",
        "totalAmount": 2000, "balanceAmount": 1000, "taxFreeAmount": 0, "isPartialCancelable": true,
        "cancels": [{ "transactionKey": "TK1", "cancelAmount": 1000, "taxFreeAmount": 0, "refundableAmount": 1000,
                      "cancelReason": "고객 요청", "canceledAt": "2025-12-24T12:00:00+09:00", "cancelStatus": "IN_PROGRESS" }]
    })
}

/// A virtual-account order PortOne knows by its imp_uid.
fn vbank_portone_order() -> Json {
    order_with(|o| {
        o["payMethod"] = json!("VIRTUAL_ACCOUNT");
        o["impUid"] = json!("imp_123456789012");
    })
}

fn account(bank: &str) -> Json {
    json!({ "accountNumber": "1234567890", "bankCode": bank, "accountHolderName": "홍길동" })
}

// -- calls as JS: each argument written against the named inputs it was made from --

/// The inputs the page names in its preamble.
fn named() -> Vec<(&'static str, Json)> {
    vec![
        ("order", order()),
        ("order.items[0]", order()["items"][0].clone()),
        ("line", line()),
        ("request", request()),
    ]
}

/// Keys in wire order, the way the spec writes them (serde_json keeps maps
/// sorted): the readers' own field lists first, then the rest.
fn rank(k: &str) -> usize {
    use ebp_cancel::rules::{account, request};
    // An order's own keys come after its number, before its lines.
    const ORDER: &[&str] = &[
        "order",
        "orderNo",
        "currency",
        "paymentStatus",
        "payMethod",
        "impUid",
        "tid",
        "paidAt",
        "usedOrderIds",
        "escrowState",
        "canPartCancel",
    ];
    const MORE: &[&str] = &[
        "unitAmount",
        "unitTaxAmount",
        "canceledQuantity",
        "canceledAmount",
        "reason",
        "orderId",
        "ediDate",
        "returnCharSet",
        "mallReserved",
        "taxFreeAmount",
        "resultCode",
        "message",
        "data",
        "totalProductAmount",
        "totalProductTaxAmount",
        "totalDeliveryAmount",
        "totalDeliveryTaxAmount",
        "processedCount",
        "returnRequestId",
        "lineAmount",
        "op",
        "locale",
    ];
    ORDER
        .iter()
        .chain(request::KNOWN)
        .chain(request::ITEM_KNOWN)
        .chain(account::KNOWN)
        .chain(MORE)
        .position(|n| *n == k)
        .unwrap_or(usize::MAX)
}

/// An object's entries in [`rank`] order.
fn entries(o: &serde_json::Map<String, Json>) -> Vec<(&String, &Json)> {
    let mut v: Vec<_> = o.iter().collect();
    v.sort_by_key(|(k, _)| (rank(k), (*k).clone()));
    v
}

fn js_key(k: &str) -> String {
    let mut chars = k.chars();
    let ident = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if ident {
        k.to_string()
    } else {
        Json::from(k).to_string()
    }
}

/// The named input `v` was made from: one whose every key `v` has, sharing
/// the most values (at least two).
fn closest(v: &Json) -> Option<(&'static str, Json)> {
    let o = v.as_object()?;
    named()
        .into_iter()
        .filter(|(_, b)| {
            b.as_object()
                .is_some_and(|bo| bo.keys().all(|k| o.contains_key(k)))
        })
        .map(|(n, b)| {
            let same = b.as_object().map_or(0, |bo| {
                bo.iter().filter(|(k, x)| o.get(*k) == Some(x)).count()
            });
            (same, n, b)
        })
        .filter(|(same, _, _)| *same >= 2)
        .max_by_key(|(same, _, _)| *same)
        .map(|(_, n, b)| (n, b))
}

/// `v` as a JS expression: a named input by its name, an object made from
/// one as `{ ...name, changed: … }`, anything else as a literal.
fn js(v: &Json) -> String {
    if let Some((n, _)) = named().into_iter().find(|(_, b)| b == v) {
        return n.to_string();
    }
    literal(v)
}

/// `v` as a JS literal at its top, its parts as [`js`] writes them.
fn literal(v: &Json) -> String {
    match v {
        Json::Object(o) => {
            let base = closest(v);
            let mut parts = Vec::new();
            if let Some((n, _)) = &base {
                parts.push(format!("...{n}"));
            }
            for (k, x) in entries(o) {
                let unchanged = base.as_ref().and_then(|(_, b)| b.get(k)) == Some(x);
                let value = js(x);
                if unchanged {
                    continue;
                }
                // `{ order }` for `{ order: order }`.
                if value == *k {
                    parts.push(value);
                } else {
                    parts.push(format!("{}: {}", js_key(k), value));
                }
            }
            if parts.is_empty() {
                "{}".into()
            } else {
                format!("{{ {} }}", parts.join(", "))
            }
        }
        Json::Array(a) => format!("[{}]", a.iter().map(js).collect::<Vec<_>>().join(", ")),
        other => other.to_string(),
    }
}

/// `v` as a plain JS literal (the preamble's definitions).
fn plain(v: &Json) -> String {
    match v {
        Json::Object(o) if o.is_empty() => "{}".into(),
        Json::Object(o) => {
            let parts: Vec<String> = entries(o)
                .into_iter()
                .map(|(k, x)| format!("{}: {}", js_key(k), plain(x)))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
        Json::Array(a) => format!("[{}]", a.iter().map(plain).collect::<Vec<_>>().join(", ")),
        other => other.to_string(),
    }
}

/// An options argument: `{}` is left out.
fn js_options(text: &str) -> Option<String> {
    let v: Json = serde_json::from_str(text).ok()?;
    (v != json!({})).then(|| js(&v))
}

/// One example per code (a code may have more, the first is shown).
fn examples() -> Vec<Example> {
    use Call::*;
    let none = json!({});
    let krw = json!({ "currency": "KRW" });
    let response = json!({ "resultCode": "0", "message": "OK", "data": {
        "orderNo": "O-1", "totalProductAmount": 1000, "totalProductTaxAmount": 100, "totalDeliveryAmount": 0,
        "totalDeliveryTaxAmount": 0, "processedCount": 1, "returnRequestId": "R-1",
        "items": [{ "seq": 1, "itemId": "A", "quantity": 1, "amount": 1000, "taxAmount": 100 }] } });
    let preview = json!({ "totalCancelAmount": 1000, "totalProductAmount": 1000, "totalProductTaxAmount": 100,
        "totalDeliveryAmount": 0, "totalDeliveryTaxAmount": 0, "processedCount": 1,
        "items": [{ "seq": 1, "itemId": "A", "quantity": 1, "amount": 1000, "taxAmount": 100, "lineAmount": 1000 }] });
    let mut many = request();
    many["items"] = json!(vec![line(); 10_001]);
    vec![
        Example {
            code: "INPUT_UNREADABLE",
            call: Validate,
            args: vec!["{\"orderNo\":".into(), "{}".into()],
            path: "",
            with: With::Browser,
            shown: Some("// validateCancelRequest's wasm export given the packed text `{\"orderNo\":` (cut off)".into()),
            note: "Only a broken JS glue can cause it: the package's own packer always writes readable text.",
            own_locale: false,
        },
        ex("REQUIRED", Validate, &[request_with(|r| r["orderNo"] = Json::Null), none.clone()], "orderNo"),
        ex("WRONG_TYPE", Validate, &[request_with(|r| r["orderNo"] = json!(5)), none.clone()], "orderNo"),
        ex("BLANK", Validate, &[request_with(|r| r["orderNo"] = json!("  ")), none.clone()], "orderNo"),
        ex("TOO_LONG", Validate, &[request_with(|r| r["orderNo"] = json!("x".repeat(257))), none.clone()], "orderNo")
            .shown("validateCancelRequest({ ...request, orderNo: \"x\".repeat(257) })"),
        ex("UNKNOWN_FIELD", Validate, &[request_with(|r| r["totalCancelAmout"] = json!(1000)), none.clone()], "totalCancelAmout"),
        ex("OPTION_INVALID", Validate, &[request(), json!({ "currency": "WON!" })], "options.currency"),
        ex("ITEMS_EMPTY", Validate, &[request_with(|r| r["items"] = json!([])), none.clone()], "items"),
        ex("TOO_MANY_ITEMS", Validate, &[many, none.clone()], "items")
            .shown("validateCancelRequest({ ...request, items: Array(10001).fill(line) })"),
        ex("SEQ_INVALID", Validate, &[item_with(|i| i["seq"] = json!(0)), none.clone()], "items[0].seq"),
        ex(
            "SEQ_DUPLICATE",
            Validate,
            &[request_with(|r| {
                r["items"] = json!([line(), line()]);
                r["totalCancelAmount"] = json!(2000);
            }), none.clone()],
            "items[1].seq",
        ),
        ex("ITEM_TYPE_INVALID", Validate, &[item_with(|i| i["itemType"] = json!("BOOK")), none.clone()], "items[0].itemType"),
        ex("QUANTITY_INVALID", Validate, &[item_with(|i| i["quantity"] = json!(1.5)), none.clone()], "items[0].quantity"),
        Example {
            code: "MONEY_NOT_FINITE",
            call: Validate,
            args: vec![request().to_string().replace("\"amount\":1000", "\"amount\":NaN"), "{}".into()],
            path: "items[0].amount",
            with: With::Browser,
            shown: Some("validateCancelRequest({ ...request, items: [{ ...line, amount: NaN }] })".into()),
            note: "",
            own_locale: false,
        },
        ex("MONEY_FORMAT", Validate, &[item_with(|i| i["amount"] = json!("1,000")), none.clone()], "items[0].amount"),
        ex("MONEY_TOO_LARGE", Validate, &[item_with(|i| i["amount"] = json!("12345678901234567")), none.clone()], "items[0].amount"),
        ex("MONEY_SCALE", Validate, &[item_with(|i| i["amount"] = json!(999.5)), krw.clone()], "items[0].amount"),
        ex("MONEY_NEGATIVE", Validate, &[item_with(|i| i["taxAmount"] = json!(-100)), none.clone()], "items[0].taxAmount"),
        ex("AMOUNT_NOT_POSITIVE", Validate, &[item_with(|i| i["amount"] = json!(0)), none.clone()], "items[0].amount"),
        ex("TAX_EXCEEDS_AMOUNT", Validate, &[item_with(|i| i["taxAmount"] = json!(1001)), none.clone()], "items[0].taxAmount"),
        ex("TOTAL_MISMATCH", Validate, &[request_with(|r| r["totalCancelAmount"] = json!(999)), none.clone()], "totalCancelAmount"),
        ex(
            "AMOUNT_OVERFLOW",
            Validate,
            &[json!({ "orderNo": "O-1", "totalCancelAmount": 1, "items": [
                { "seq": 1, "itemType": "SERVICE", "itemId": "S", "quantity": 9007199254740991u64, "amount": 9007199254740991u64 }] }), none.clone()],
            "totalCancelAmount",
        ),
        ex("ACCOUNT_NUMBER_INVALID", Validate, &[request_with(|r| r["refundAccount"] = json!({ "accountNumber": "12ab34" })), none.clone()], "refundAccount.accountNumber"),
        ex("ACCOUNT_NUMBER_UNSAFE", Validate, &[request_with(|r| r["refundAccount"] = json!({ "accountNumber": 9007199254740992u64 })), none.clone()], "refundAccount.accountNumber"),
        ex("ACCOUNT_NUMBER_NORMALIZED", Validate, &[request_with(|r| r["refundAccount"] = json!({ "accountNumber": "123-456-7890" })), none.clone()], "refundAccount.accountNumber"),
        ex("ACCOUNT_NUMBER_FROM_NUMBER", Validate, &[request_with(|r| r["refundAccount"] = json!({ "accountNumber": 1234567890 })), none.clone()], "refundAccount.accountNumber"),
        ex("BANK_CODE_INVALID", Validate, &[request_with(|r| r["refundAccount"] = json!({ "bankCode": "04" })), none.clone()], "refundAccount.bankCode"),
        ex("BANK_CODE_UNKNOWN", Validate, &[request_with(|r| r["refundAccount"] = json!({ "bankCode": "999" })), none.clone()], "refundAccount.bankCode"),
        ex("ORDER_NO_MISMATCH", Validate, &[request_with(|r| r["orderNo"] = json!("O-2")), with_order()], "orderNo"),
        ex("PAYMENT_STATUS_INVALID", Validate, &[request(), json!({ "order": order_with(|o| o["paymentStatus"] = json!("PAID")) })], "order.paymentStatus"),
        ex("ORDER_CANCELLED", Validate, &[request(), json!({ "order": order_with(|o| o["paymentStatus"] = json!("CANCELLED")) })], "order.paymentStatus"),
        ex("ORDER_LINE_INCONSISTENT", Validate, &[request(), json!({ "order": order_with(|o| o["items"][0]["canceledQuantity"] = json!(3)) })], "order.items[0].canceledQuantity"),
        ex("COUNT_INVALID", Validate, &[request(), json!({ "order": order_with(|o| o["items"][0]["canceledQuantity"] = json!(-1)) })], "order.items[0].canceledQuantity"),
        ex("SEQ_NOT_IN_ORDER", Validate, &[item_with(|i| i["seq"] = json!(9)), with_order()], "items[0].seq"),
        ex("ITEM_TYPE_MISMATCH", Validate, &[item_with(|i| i["itemType"] = json!("DIGITAL")), with_order()], "items[0].itemType"),
        ex("ITEM_ID_MISMATCH", Validate, &[item_with(|i| i["itemId"] = json!("B")), with_order()], "items[0].itemId"),
        ex(
            "QUANTITY_EXCEEDS_REMAINING",
            Validate,
            &[request_with(|r| {
                r["items"][0]["quantity"] = json!(3);
                r["totalCancelAmount"] = json!(3000);
            }), with_order()],
            "items[0].quantity",
        ),
        ex("AMOUNT_EXCEEDS_UNIT", Validate, &[request_with(|r| {
            r["items"][0]["amount"] = json!(1500);
            r["totalCancelAmount"] = json!(1500);
        }), with_order()], "items[0].amount"),
        ex(
            "REFUND_EXCEEDS_REMAINING",
            Validate,
            &[request(), json!({ "order": order_with(|o| o["items"][0]["canceledAmount"] = json!(1500)) })],
            "items[0]",
        ),
        ex("TAX_EXCEEDS_UNIT_TAX", Validate, &[item_with(|i| i["taxAmount"] = json!(200)), with_order()], "items[0].taxAmount"),
        ex("TAX_INCONSISTENT", Validate, &[request_with(|r| {
            r["items"][0]["amount"] = json!(500);
            r["items"][0]["taxAmount"] = json!(10);
            r["totalCancelAmount"] = json!(500);
        }), with_order()], "items[0].taxAmount"),
        ex("PARTIAL_BEFORE_CAPTURE", Validate, &[request(), json!({ "order": order_with(|o| o["paymentStatus"] = json!("AUTHORIZED")) })], "items[0].quantity"),
        ex("REFUND_ACCOUNT_REQUIRED", Validate, &[request(), json!({ "order": vbank_order() })], "refundAccount"),
        ex("REFUND_ACCOUNT_IGNORED", Validate, &[request_with(|r| r["refundAccount"] = account("004")), with_order()], "refundAccount"),
        ex("NOTHING_TO_CANCEL", Build, &[order(), json!([]), none.clone()], "calls"),
        ex(
            "BUILDER_CONFLICT",
            Build,
            &[order(), json!([{ "op": "cancelItem", "seq": 1 }, { "op": "cancelAmount", "seq": 1, "amount": 10 }]), none.clone()],
            "calls[1].seq",
        ),
        ex(
            "REMAINDER_INDIVISIBLE",
            Build,
            &[order_with(|o| {
                o["paymentStatus"] = json!("PARTIALLY_CANCELLED");
                o["items"][0]["quantity"] = json!(3);
                o["items"][0]["unitTaxAmount"] = json!(0);
                o["items"][0]["canceledAmount"] = json!(500);
            }), json!([{ "op": "cancelAll" }]), none.clone()],
            "calls[0]",
        ),
        ex("RESPONSE_ERROR", ParseResponse, &[json!({ "resultCode": "E4001", "message": "Order not found" }), none.clone()], "resultCode"),
        ex(
            "RECONCILE_MISMATCH",
            Reconcile,
            &[preview.clone(), { let mut r = response.clone(); r["data"]["totalProductAmount"] = json!(900); r }, none.clone()],
            "data.totalProductAmount",
        ),
        ex("PROVIDER_TOO_LONG", PortOne, &[request(), portone(json!({ "reason": "가".repeat(257) }))], "options.reason")
            .shown("toPortOneCancel(request, { order: { ...order, impUid: \"imp_123456789012\" }, reason: \"가\".repeat(257) })"),
        ex("CHARSET_UNENCODABLE", NicePay, &[request(), nicepay(json!({ "returnCharSet": "euc-kr", "reason": "환불 😀" }))], "options.reason"),
        ex("CHARSET_UNVERIFIED", NicePay, &[request(), nicepay(json!({ "returnCharSet": "euc-kr", "reason": "韓國 고객" }))], "options.reason")
            .with(With::NoEucKr)
            .note("Only where the platform has no EUC-KR `TextDecoder` (browsers and Node have one)."),
        ex("DOUBLE_QUOTE_NOT_ALLOWED", NicePay, &[request(), nicepay(json!({ "mallReserved": "say \"hi\"" }))], "options.mallReserved"),
        ex("ORDER_ID_REUSED", NicePay, &[request(), nicepay(json!({ "order": { "usedOrderIds": ["O-1-c1"] } }))], "options.orderId"),
        ex("TAX_FREE_EXCEEDS_AMOUNT", PortOne, &[request(), portone(json!({ "taxFreeAmount": 1001 }))], "options.taxFreeAmount"),
        ex(
            "BANK_NOT_SUPPORTED",
            PortOne,
            &[request_with(|r| r["refundAccount"] = account("998")), portone(json!({ "order": vbank_portone_order(), "pg": "html5_inicis" }))],
            "refundAccount.bankCode",
        ),
        ex("DATE_INVALID", NicePay, &[request(), nicepay(json!({ "ediDate": "yesterday" }))], "options.ediDate"),
        ex("CANCEL_NOT_ALLOWED", NicePay, &[request(), nicepay(json!({ "order": { "escrowState": "PURCHASE_CONFIRMED" } }))], "options.order.escrowState"),
        ex("PARTIAL_NOT_ALLOWED", NicePay, &[request(), nicepay(json!({ "order": { "canPartCancel": false } }))], "items"),
        // -- readings 12-16: locales, pay methods, banks, PortOne's PGs --
        ex("LOCALE_UNSUPPORTED", Validate, &[request(), json!({ "locale": "fr" })], "options.locale")
            .own_locale()
            .note("The messages are English whatever the call asks for: the locale is what is wrong."),
        ex("FIELD_COMPUTED", PortOne, &[request(), portone(json!({ "pg": "tosspayments", "checksum": 2000 }))], "options.checksum"),
        ex("ONE_OF_REQUIRED", PortOne, &[request(), json!({ "order": order(), "pg": "tosspayments" })], "options.order"),
        ex("FIELD_NOT_SENT", PortOne, &[request(), portone(json!({ "pg": "tosspayments", "requester": "admin" }))], "options.requester"),
        ex("BANK_NOT_RETAIL", Validate, &[request_with(|r| r["refundAccount"] = json!({ "bankCode": "001" })), none.clone()], "refundAccount.bankCode"),
        ex("BANK_MERGED", Validate, &[request_with(|r| r["refundAccount"] = json!({ "bankCode": "005" })), none.clone()], "refundAccount.bankCode"),
        ex("PAY_METHOD_UNKNOWN", Validate, &[request(), json!({ "order": order_with(|o| o["payMethod"] = json!("CASH")) })], "order.payMethod"),
        ex(
            "PG_REQUIRED",
            PortOne,
            &[request_with(|r| r["refundAccount"] = account("004")), portone(json!({ "order": vbank_portone_order() }))],
            "options.pg",
        ),
        ex("PG_UNKNOWN", PortOne, &[request(), portone(json!({ "pg": "nosuchpg" }))], "options.pg"),
        ex(
            "PG_NO_VBANK_REFUND",
            PortOne,
            &[request_with(|r| r["refundAccount"] = account("004")), portone(json!({ "order": vbank_portone_order(), "pg": "danal" }))],
            "options.pg",
        ),
        ex(
            "PG_NO_BANK_LIST",
            PortOne,
            &[request_with(|r| r["refundAccount"] = account("004")), portone(json!({ "order": vbank_portone_order(), "pg": "kakaopay" }))],
            "options.pg",
        ),
        ex(
            "PG_FIELD_REQUIRED",
            PortOne,
            &[request(), portone(json!({ "order": order_with(|o| {
                o["impUid"] = json!("imp_123456789012");
                let tax_free = json!({ "seq": 2, "itemType": "DIGITAL", "itemId": "B", "quantity": 1, "unitAmount": 500 });
                o["items"].as_array_mut().unwrap().push(tax_free);
            }), "pg": "kcp" }))],
            "options.taxFreeAmount",
        ),
        ex(
            "PG_RULE_UNCHECKED",
            PortOne,
            &[request(), portone(json!({ "order": order_with(|o| { o["payMethod"] = json!("MOBILE"); o["impUid"] = json!("imp_123456789012"); }), "pg": "kcp" }))],
            "options.pg",
        ),
        ex("VAT_AMOUNT_ADVISED", PortOne, &[request(), portone(json!({ "pg": "html5_inicis" }))], "options.vatAmount"),
        ex("VAT_AMOUNT_MISMATCH", PortOne, &[request(), portone(json!({ "pg": "html5_inicis", "vatAmount": 50 }))], "options.vatAmount"),
        // -- Toss Payments and PortOne V2 --
        ex("IDEMPOTENCY_KEY_INVALID", Toss, &[request(), toss(json!({ "idempotencyKey": "취소-1" }))], "options.idempotencyKey"),
        ex("NOT_MATCHES_REFUNDABLE_AMOUNT", Toss, &[request(), toss(json!({ "refundableAmount": 1999 }))], "options.refundableAmount"),
        ex("CANCEL_PENDING", TossResponse, &[toss_payment(), none.clone()], "cancels[0].cancelStatus"),
        Example {
            code: "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT",
            call: PortOneV2Checked,
            args: vec!["\"1001\"".into(), "\"1000\"".into(), portone_v2(json!({})).to_string()],
            path: "totalCancelAmount",
            with: With::Browser,
            shown: Some("// PortOne V2's own pre-check, on a cancel of 1001 out of a cancellable 1000".into()),
            note: "Only PortOne V2's writer meets it: `toPortOneV2Cancel` judges the cancel against the order first, and a refund beyond what is left is `REFUND_EXCEEDS_REMAINING` there.",
            own_locale: false,
        },
        ex("SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT", PortOneV2, &[request(), portone_v2(json!({ "taxFreeAmount": 900, "vatAmount": 200 }))], "options.taxFreeAmount"),
        ex(
            "CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT",
            PortOneV2,
            &[request(), portone_v2(json!({ "order": { "cancellableTaxFreeAmount": 100 }, "taxFreeAmount": 200 }))],
            "options.taxFreeAmount",
        ),
        ex(
            "CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT",
            PortOneV2,
            &[request(), portone_v2(json!({ "order": { "cancellableTaxFreeAmount": 1500 }, "taxFreeAmount": 0 }))],
            "options.taxFreeAmount",
        ),
        ex("PERIOD_EXPIRED", NicePay, &[request(), nicepay(json!({ "ediDate": "2026-12-25T10:00:00+09:00" }))], "options.order.paidAt"),
    ]
}

/// The issue `code` at `path` in a result, if raised.
fn find<'r>(r: &'r Json, code: &str, path: &str) -> Option<&'r Json> {
    ["errors", "warnings"]
        .iter()
        .flat_map(|l| r[*l].as_array().into_iter().flatten())
        .find(|i| i["code"] == code && i["path"] == path)
}

fn all_issues(r: &Json) -> Vec<String> {
    ["errors", "warnings"]
        .iter()
        .flat_map(|l| r[*l].as_array().into_iter().flatten())
        .map(|i| {
            format!(
                "{}@{}",
                i["code"].as_str().unwrap_or("?"),
                i["path"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

fn severity(code: Code) -> &'static str {
    match code.severity() {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A param's type as JS sees it.
fn kind(k: ParamKind) -> &'static str {
    match k {
        ParamKind::Text => "string",
        ParamKind::Int => "integer",
        ParamKind::Money => "amount (number)",
        ParamKind::List => "string[]",
        ParamKind::Any => "number or string",
    }
}

/// Markdown text inside a table cell: no line breaks, no bare pipes.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn render() -> String {
    let examples = examples();
    let mut out = String::new();
    out.push_str("# ebp-cancel error reference\n\n");
    out.push_str("<!-- Generated by tests/error_reference.rs from the catalogue (src/report/catalogue.rs) and the\n");
    out.push_str("     examples there, each run by that test. Do not edit: `UPDATE_DOCS=1 cargo test --test error_reference`. -->\n\n");
    out.push_str(
        "Every issue the package can report. An **error** blocks the request (`ok: false`);\n",
    );
    out.push_str(
        "a **warning** does not. Codes are stable; messages may be reworded. Each example\n",
    );
    out.push_str("below is a call the test suite runs, and the messages are the ones it returns\n");
    out.push_str("(`locale: \"en\"` and `\"ko\"`). In the calls, `request` and `line` are the\n");
    out.push_str(
        "clean one-unit request below, `order` the captured card order it cancels from:\n\n",
    );
    out.push_str("```js\n");
    for (name, v) in named() {
        let v = match name {
            // Written in terms of the inputs before it.
            "request" => json!({ "orderNo": "O-1", "totalCancelAmount": 1000, "items": ["@line"] }),
            _ => v,
        };
        if name.contains('.') {
            continue;
        }
        writeln!(
            out,
            "const {name} = {};",
            plain(&v).replace("\"@line\"", "line")
        )
        .unwrap();
    }
    out.push_str("```\n\n");
    out.push_str("| code | severity | what |\n|---|---|---|\n");
    for code in Code::ALL {
        writeln!(
            out,
            "| [`{0}`](#{1}) | {2} | {3} |",
            code.as_str(),
            code.as_str().to_lowercase(),
            severity(*code),
            cell(code.doc())
        )
        .unwrap();
    }
    for code in Code::ALL {
        let e = examples.iter().find(|e| e.code == code.as_str()).unwrap();
        let en = e.run("en");
        let ko = e.run("ko");
        let issue_en = find(&en, e.code, e.path).unwrap();
        let issue_ko = find(&ko, e.code, e.path).unwrap();
        writeln!(out, "\n## {}\n", code.as_str()).unwrap();
        writeln!(out, "{}\n\n**{}**\n", code.doc(), severity(*code)).unwrap();
        let specs = code.params();
        if specs.is_empty() {
            out.push_str("Params: none.\n\n");
        } else {
            out.push_str("| param | type | in the example |\n|---|---|---|\n");
            for spec in specs {
                let value = issue_en["params"]
                    .get(spec.name)
                    .map_or("(absent)".to_string(), |v| {
                        format!("`{}`", cell(&v.to_string()))
                    });
                let optional = if spec.optional { ", optional" } else { "" };
                writeln!(
                    out,
                    "| `{}` | {}{optional} | {value} |",
                    spec.name,
                    kind(spec.kind)
                )
                .unwrap();
            }
            out.push('\n');
        }
        writeln!(out, "- en: {}", cell(issue_en["message"].as_str().unwrap())).unwrap();
        writeln!(
            out,
            "- ko: {}\n",
            cell(issue_ko["message"].as_str().unwrap())
        )
        .unwrap();
        writeln!(
            out,
            "Raised at `{}` by:\n\n```js\n{}\n```",
            if e.path.is_empty() { "\"\"" } else { e.path },
            e.js()
        )
        .unwrap();
        if !e.note.is_empty() {
            writeln!(out, "\n{}", e.note).unwrap();
        }
    }
    out
}

#[test]
fn every_code_has_an_example_and_each_example_raises_its_code() {
    let examples = examples();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !examples.iter().any(|e| e.code == *c))
        .collect();
    let missing_note = format!("codes without an example: {missing:?}");
    let mut failed = Vec::new();
    for e in &examples {
        assert!(
            Code::ALL.iter().any(|c| c.as_str() == e.code),
            "{}: not in the catalogue",
            e.code
        );
        let severity = Code::ALL
            .iter()
            .find(|c| c.as_str() == e.code)
            .map(|c| c.severity());
        let list = if severity == Some(Severity::Error) {
            "errors"
        } else {
            "warnings"
        };
        for locale in ["en", "ko"] {
            let r = e.run(locale);
            match find(&r, e.code, e.path) {
                None => failed.push(format!(
                    "{} ({locale}): not raised at {:?}; got {:?}",
                    e.code,
                    e.path,
                    all_issues(&r)
                )),
                Some(issue) => {
                    if !r[list].as_array().unwrap().contains(issue) {
                        failed.push(format!("{}: not in {list}", e.code));
                    }
                    if issue["message"].as_str().unwrap_or("").is_empty() {
                        failed.push(format!("{}: no message", e.code));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty() && failed.is_empty(),
        "{missing_note}\n{}",
        failed.join("\n")
    );
}

#[test]
fn docs_errors_md_is_up_to_date() {
    let path = format!("{}/docs/errors.md", env!("CARGO_MANIFEST_DIR"));
    let want = render();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(format!("{}/docs", env!("CARGO_MANIFEST_DIR"))).unwrap();
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(have == want, "docs/errors.md is stale: run `UPDATE_DOCS=1 cargo test --test error_reference` (or `make docs`)");
}
