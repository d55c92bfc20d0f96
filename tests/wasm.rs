//! The wasm boundary (`src/wasm.rs`) run in a real JS engine: every export
//! answers the spec's seeds with the server's numbers, answers any input
//! with a result (a panic would poison the instance and fail every later
//! test), and uses the host's services (NFC from `String.prototype.normalize`,
//! EUC-KR from `TextDecoder`), which differ between Node and browsers.
//!
//! Node (the default):
//!   CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --target wasm32-unknown-unknown --test wasm
//! Headless Chromium: the same with
//!   CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1
//! (wasm-bindgen-test 0.3.80 picks the runtime from the environment when the
//! suite has no `wasm_bindgen_test_configure!`, so one suite serves both;
//! `make test-wasm` runs both.)
#![cfg(target_arch = "wasm32")]

/// The wasm exports, called as the JS glue calls them: the arguments in one
/// tape, the compact result read back (as JSON text, to compare). Packed
/// text that does not read makes the tape malformed (the core must answer
/// `INPUT_UNREADABLE`), except for the options, which the text API always
/// read leniently (as `undefined`).
mod wasm {
    use ebp_cancel::input::{packed, tape, value::Value};
    use ebp_cancel::render::json::to_json;
    use ebp_cancel::wasm as w;

    fn call(f: fn(&[u8]) -> Vec<u8>, args: &[&str]) -> String {
        let (options, firsts) = args.split_last().expect("the options");
        let mut bytes = Vec::new();
        for text in firsts {
            match packed::parse(text) {
                Ok(v) => bytes.extend(tape::write(&[v])),
                Err(_) => bytes.push(0xFF),
            }
        }
        let o = packed::parse(options).unwrap_or(Value::Undefined);
        bytes.extend(tape::write(&[o]));
        to_json(&f(&bytes)).expect("a compact result")
    }

    pub fn validate(a: &str, o: &str) -> String {
        call(w::validate, &[a, o])
    }
    pub fn preview(a: &str, o: &str) -> String {
        call(w::preview, &[a, o])
    }
    pub fn build(a: &str, b: &str, o: &str) -> String {
        call(w::build, &[a, b, o])
    }
    pub fn apply_cancellation(a: &str, b: &str, o: &str) -> String {
        call(w::apply_cancellation, &[a, b, o])
    }
    pub fn parse_response(a: &str, o: &str) -> String {
        call(w::parse_response, &[a, o])
    }
    pub fn reconcile(a: &str, b: &str, o: &str) -> String {
        call(w::reconcile, &[a, b, o])
    }
    pub fn portone(a: &str, o: &str) -> String {
        call(w::portone, &[a, o])
    }
    pub fn nicepay(a: &str, o: &str) -> String {
        call(w::nicepay, &[a, o])
    }
    pub fn portone_response(a: &str, o: &str) -> String {
        call(w::portone_response, &[a, o])
    }
    pub fn nicepay_response(a: &str, o: &str) -> String {
        call(w::nicepay_response, &[a, o])
    }
    pub fn toss(a: &str, o: &str) -> String {
        call(w::toss, &[a, o])
    }
    pub fn portone_v2(a: &str, o: &str) -> String {
        call(w::portone_v2, &[a, o])
    }
    pub fn toss_response(a: &str, o: &str) -> String {
        call(w::toss_response, &[a, o])
    }
    pub fn portone_v2_response(a: &str, o: &str) -> String {
        call(w::portone_v2_response, &[a, o])
    }
}
use serde_json::{json, Value as Json};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

const ORDER: &str = include_str!("fixtures/seed_order.json");
const SEEDS: [(&str, &str, &str, &str); 3] = [
    (
        "FULL",
        include_str!("fixtures/seed_full_request.json"),
        include_str!("fixtures/seed_full_response.json"),
        "full",
    ),
    (
        "ITEM",
        include_str!("fixtures/seed_item_request.json"),
        include_str!("fixtures/seed_item_response.json"),
        "item",
    ),
    (
        "PARTIAL_AMOUNT",
        include_str!("fixtures/seed_partial_request.json"),
        include_str!("fixtures/seed_partial_response.json"),
        "partial",
    ),
];

fn parse(text: &str) -> Json {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn with_order() -> String {
    json!({ "order": parse(ORDER) }).to_string()
}

fn codes(r: &Json, list: &str) -> Vec<(String, String)> {
    r[list]
        .as_array()
        .unwrap_or_else(|| panic!("no {list}: {r}"))
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_string(),
                i["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
fn seeds_validate_clean_and_preview_the_servers_totals() {
    for (kind, request, response, name) in SEEDS {
        let r = parse(&wasm::validate(request, &with_order()));
        assert_eq!(r["ok"], true, "{name}: {r}");
        assert_eq!(r["kind"], kind, "{name}");
        let data = &parse(response)["data"];
        for key in [
            "totalProductAmount",
            "totalProductTaxAmount",
            "totalDeliveryAmount",
            "totalDeliveryTaxAmount",
            "processedCount",
        ] {
            assert_eq!(
                r["preview"][key].as_f64(),
                data[key].as_f64(),
                "{name}: {key}"
            );
        }
        assert_eq!(
            r["preview"]["totalCancelAmount"].as_f64(),
            parse(request)["totalCancelAmount"].as_f64()
        );
        // previewRefund answers the preview alone.
        assert_eq!(
            parse(&wasm::preview(request, "undefined")),
            r["preview"],
            "{name}"
        );
    }
}

#[wasm_bindgen_test]
fn builder_ledger_response_and_reconcile_chain() {
    let (_, request, response, _) = SEEDS[2];
    let account = &parse(request)["refundAccount"];
    let calls = json!([{ "op": "cancelAmount", "seq": 3, "amount": 2000 }, { "op": "refundAccount", "account": account }]);
    let built = parse(&wasm::build(ORDER, &calls.to_string(), "{}"));
    assert_eq!(built["ok"], true, "{built}");
    assert_eq!(built["kind"], "PARTIAL_AMOUNT");
    assert_eq!(built["payload"]["totalCancelAmount"], 2000);
    assert_eq!(built["payload"]["items"][0]["itemId"], "P003");

    let applied = parse(&wasm::apply_cancellation(ORDER, request, "{}"));
    assert_eq!(applied["ok"], true, "{applied}");
    assert_eq!(applied["order"]["paymentStatus"], "PARTIALLY_CANCELLED");
    assert_eq!(applied["order"]["items"][2]["canceledAmount"], 2000);

    let parsed = parse(&wasm::parse_response(response, "{}"));
    assert_eq!(parsed["ok"], true, "{parsed}");
    assert_eq!(parsed["data"]["returnRequestId"], "RETREQ20251224003");
    // The same response as JSON text (a packed string) reads the same.
    let as_text = Json::String(response.to_string()).to_string();
    assert_eq!(parse(&wasm::parse_response(&as_text, "{}")), parsed);

    let ok = parse(&wasm::reconcile(
        &built["preview"].to_string(),
        response,
        "{}",
    ));
    assert_eq!(ok, json!({ "ok": true, "errors": [], "warnings": [] }));
    let off = parse(&wasm::reconcile(
        &built["preview"].to_string(),
        SEEDS[0].2,
        "{}",
    ));
    assert_eq!(off["ok"], false);
    assert!(codes(&off, "errors").contains(&(
        "RECONCILE_MISMATCH".into(),
        "data.totalProductAmount".into()
    )));
}

#[wasm_bindgen_test]
fn provider_adapters_and_response_parsers() {
    let mut request = parse(SEEDS[2].1);
    request["refundAccount"]["bankCode"] = json!("004");
    let mut order = parse(ORDER);
    order["impUid"] = json!("imp_123");
    let po = parse(&wasm::portone(
        &request.to_string(),
        // Reading 14: the refund bank code is the PG's (Toss Payments: KFTC).
        &json!({ "order": order, "reason": "r", "pg": "tosspayments" }).to_string(),
    ));
    assert_eq!(po["ok"], true, "{po}");
    assert_eq!(po["payload"]["amount"], 2000);
    assert_eq!(po["payload"]["checksum"], 106000);
    assert_eq!(po["payload"]["refund_bank"], "004");

    order["tid"] = json!("nictest00m01012303141234567890");
    order["paidAt"] = json!("2025-12-24T10:00:00+09:00");
    order["depositedAt"] = json!("2025-12-24T11:00:00+09:00");
    let options = json!({ "order": order, "reason": "r", "orderId": "C1", "ediDate": "2025-12-30T12:00:00+09:00" });
    let np = parse(&wasm::nicepay(&request.to_string(), &options.to_string()));
    assert_eq!(np["ok"], true, "{np}");
    assert_eq!(np["payload"]["cancelAmt"], 2000);
    assert_eq!(
        np["signingInput"],
        "nictest00m010123031412345678902025-12-30T12:00:00+09:00"
    );

    let refused = parse(&wasm::nicepay_response(
        r#"{"resultCode":"2001","resultMsg":"no"}"#,
        "{}",
    ));
    assert_eq!(refused["ok"], false);
    assert_eq!(refused["resultCode"], "2001");
    let refused = parse(&wasm::portone_response(
        r#"{"code":1,"message":"no","response":null}"#,
        "{}",
    ));
    assert_eq!(refused["ok"], false);
}

// -- Toss Payments and PortOne V2 (toss) --

#[wasm_bindgen_test]
fn toss_and_portone_v2_adapters_and_answer_readers() {
    let mut request = parse(SEEDS[2].1);
    request["refundAccount"]["bankCode"] = json!("004");
    // A conjoining-jamo holder comes out NFC (the host's normalize).
    request["refundAccount"]["accountHolderName"] =
        json!("\u{1112}\u{1169}\u{11bc}\u{1100}\u{1175}\u{11af}\u{1103}\u{1169}\u{11bc}");
    let mut order = parse(ORDER);
    order["paymentKey"] = json!("tgen_1");
    let options = json!({ "order": order, "cancelReason": "고객 요청", "idempotencyKey": "k-1" });
    let toss = parse(&wasm::toss(&request.to_string(), &options.to_string()));
    assert_eq!(toss["ok"], true, "{toss}");
    assert_eq!(
        toss["payload"],
        json!({ "cancelReason": "고객 요청", "cancelAmount": 2000,
                "refundReceiveAccount": { "bank": "06", "accountNumber": "1234567890", "holderName": "홍길동" } })
    );
    assert_eq!(
        toss["idempotencyKey"],
        json!({ "header": "Idempotency-Key", "value": "k-1" })
    );
    let options = json!({ "order": order, "reason": "고객 요청" });
    let v2 = parse(&wasm::portone_v2(
        &request.to_string(),
        &options.to_string(),
    ));
    assert_eq!(v2["ok"], true, "{v2}");
    assert_eq!(v2["payload"]["currentCancellableAmount"], 106000);
    assert_eq!(v2["payload"]["refundAccount"]["bank"], "KOOKMIN");
    assert_eq!(v2["payload"]["refundAccount"]["holderName"], "홍길동");

    let refused = parse(&wasm::toss_response(
        r#"{"code":"NOT_CANCELABLE_AMOUNT","message":"no"}"#,
        "{}",
    ));
    assert_eq!(refused["resultCode"], "NOT_CANCELABLE_AMOUNT");
    assert_eq!(refused["ok"], false);
    let done = parse(&wasm::portone_v2_response(
        r#"{"cancellation":{"status":"SUCCEEDED","id":"c1","totalAmount":2000,"taxFreeAmount":0,"vatAmount":182,"reason":"r","requestedAt":"2025-12-24T03:00:00Z"}}"#,
        &json!({ "expected": v2["expected"] }).to_string(),
    ));
    assert_eq!(done["ok"], true, "{done}");
    assert_eq!(done["resultCode"], "SUCCEEDED");
}

// -- end Toss Payments and PortOne V2 --

/// The host services: NFC comes from the JS engine, and so does the EUC-KR
/// table (a hanja in KS X 1001 is encodable; one outside it is not). Without
/// the host (native `PlainHost`) neither is known.
#[wasm_bindgen_test]
fn host_normalises_and_knows_euc_kr() {
    let mut request = parse(SEEDS[2].1);
    request["refundAccount"]["accountHolderName"] =
        json!("\u{1112}\u{1161}\u{11ab}\u{1100}\u{1173}\u{11af}");
    let r = parse(&wasm::validate(&request.to_string(), &with_order()));
    assert_eq!(
        r["payload"]["refundAccount"]["accountHolderName"], "한글",
        "{r}"
    );

    request["refundAccount"]["bankCode"] = json!("004");
    let mut order = parse(ORDER);
    order["tid"] = json!("t1");
    order["paidAt"] = json!("2025-12-24T10:00:00+09:00");
    order["depositedAt"] = json!("2025-12-24T11:00:00+09:00");
    let nicepay = |reason: &str| {
        let options = json!({
            "order": order, "reason": reason, "orderId": "C1",
            "ediDate": "2025-12-30T12:00:00+09:00", "returnCharSet": "euc-kr"
        });
        parse(&wasm::nicepay(&request.to_string(), &options.to_string()))
    };
    let hanja = nicepay("漢字");
    assert_eq!(hanja["ok"], true, "{hanja}");
    assert_eq!(
        hanja["warnings"],
        json!([]),
        "the host could tell: no CHARSET_UNVERIFIED"
    );
    for outside in ["丂", "😀"] {
        let r = nicepay(outside);
        assert_eq!(
            codes(&r, "errors"),
            vec![("CHARSET_UNENCODABLE".into(), "options.reason".into())],
            "{outside}: {r}"
        );
    }
    // 50 Hangul syllables are 100 EUC-KR bytes (the limit), 51 are over.
    assert_eq!(nicepay(&"가".repeat(50))["ok"], true);
    assert_eq!(
        codes(&nicepay(&"가".repeat(51)), "errors"),
        vec![("PROVIDER_TOO_LONG".into(), "options.reason".into())]
    );
}

/// Anything the packer can write, and text it never writes, is answered
/// with issues, never a panic (which would fail every test after it).
#[wasm_bindgen_test]
fn any_input_is_an_answer() {
    let inputs = [
        "", " ", "undefined", "null", "true", "0", "-0", "NaN", "-Infinity", "1e999", "\"\"", "[]", "{}",
        "?function", "?symbol", "?bigint", "?cycle", "?unreadable", "?deep", "?huge", "?huge:20000", "?long:9",
        "{\"items\":[?cycle]}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{", "}", "[1,", "\"\\ud800\"", "\"\\u12\"", "{\"a\" 1}", "nul", "?", "\u{0}", "😀",
    ];
    for text in inputs {
        let results = [
            wasm::validate(text, text),
            wasm::preview(text, "undefined"),
            wasm::build(text, text, text),
            wasm::apply_cancellation(text, text, text),
            wasm::parse_response(text, text),
            wasm::reconcile(text, text, text),
            wasm::portone(text, text),
            wasm::nicepay(text, text),
            wasm::portone_response(text, text),
            wasm::nicepay_response(text, text),
            wasm::toss(text, text),
            wasm::portone_v2(text, text),
            wasm::toss_response(text, text),
            wasm::portone_v2_response(text, text),
        ];
        for (i, out) in results.iter().enumerate() {
            let r = parse(out);
            assert_eq!(r["ok"], false, "export #{i} on {text:?}: {r}");
            assert!(!codes(&r, "errors").is_empty(), "export #{i} on {text:?}");
        }
    }
    // And still answers the seed.
    assert_eq!(
        parse(&wasm::validate(SEEDS[2].1, &with_order()))["ok"],
        true
    );
}

/// The allocator (`src/heap.rs`) reuses what every call frees: after a
/// warm-up, a thousand more calls of the same shape do not grow memory.
#[wasm_bindgen_test]
fn memory_is_reused_across_calls() {
    let bytes = || {
        wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length()
    };
    let big = json!({
        "orderNo": "O",
        "totalCancelAmount": 1,
        "items": (1..=2000).map(|i| json!({ "seq": i, "itemType": "PHYSICAL", "itemId": format!("P{i}"), "quantity": 1, "amount": "0.01" })).collect::<Vec<_>>(),
    })
    .to_string();
    let order = with_order();
    let round = || {
        for (_, request, response, _) in SEEDS {
            wasm::validate(request, &order);
            wasm::parse_response(response, "{}");
        }
        let r = parse(&wasm::validate(&big, "{\"currency\":\"USD\"}"));
        assert!(
            codes(&r, "errors").contains(&("TOTAL_MISMATCH".into(), "totalCancelAmount".into()))
        );
    };
    for _ in 0..3 {
        round();
    }
    let before = bytes();
    for _ in 0..100 {
        round();
    }
    assert_eq!(
        bytes(),
        before,
        "memory grew while repeating the same calls"
    );
}
