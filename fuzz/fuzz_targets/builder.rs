//! Target 3: `CancelRequestBuilder` — an arbitrary order and an arbitrary
//! sequence of recorded calls (`cancelAll`, `cancelItem`, `cancelAmount`,
//! `refundAccount`, and calls that are not calls at all), assembled by the
//! core. Raw mode (seeds): `order NUL calls`.
//!
//! Checked: the result's shape and, for an ok one, everything target 1
//! checks, that it is within the order (target 2's checks), that its
//! payload validates ok against the same order with the same kind and
//! preview, that `applyCancellation` applies it, and that calls selecting
//! everything (only `cancelAll`) build a FULL cancel.
#![no_main]

use arbitrary::{Result, Unstructured};
use ebp_cancel::api;
use ebp_cancel::PlainHost;
use ebp_cancel_fuzz::*;
use libfuzzer_sys::fuzz_target;

fn call(u: &mut Unstructured, o: &GenOrder) -> Result<(String, bool)> {
    let seq = |u: &mut Unstructured| -> Result<String> {
        Ok(match u.int_in_range(0..=5)? {
            0 => any_value(u, 2)?,
            1 => u.int_in_range(0u64..=20)?.to_string(),
            _ => u.choose(&o.lines)?.seq.to_string(),
        })
    };
    Ok(match u.int_in_range(0..=9)? {
        0 | 1 => ("{\"op\":\"cancelAll\"}".into(), true),
        2 | 3 => {
            let s = seq(u)?;
            let q = match u.int_in_range(0..=3)? {
                0 => String::new(),
                1 => format!(",\"quantity\":{}", any_value(u, 2)?),
                _ => format!(",\"quantity\":{}", u.int_in_range(0u64..=11)?),
            };
            (format!("{{\"op\":\"cancelItem\",\"seq\":{s}{q}}}"), false)
        }
        4 | 5 => {
            let s = seq(u)?;
            let line = u.choose(&o.lines)?;
            let a = match u.int_in_range(0..=3)? {
                0 => amount(u, o.scale)?.0,
                _ => {
                    let max = (line.unit * rust_decimal::Decimal::from(10i64.pow(o.scale.min(2))))
                        .trunc();
                    let m = u.int_in_range(1i64..=max.try_into().unwrap_or(1))?;
                    money_text(u, rust_decimal::Decimal::new(m, o.scale.min(2)))?
                }
            };
            (
                format!("{{\"op\":\"cancelAmount\",\"seq\":{s},\"amount\":{a}}}"),
                false,
            )
        }
        6 | 7 => {
            let acc = refund_account(u)?.text.unwrap_or_else(|| "null".into());
            (
                format!("{{\"op\":\"refundAccount\",\"account\":{acc}}}"),
                true,
            )
        }
        8 => (any_value(u, 1)?, false),
        _ => (format!("{{\"op\":{}}}", any_value(u, 2)?), false),
    })
}

fn check_built(out: &str, calls: &str, o: &GenOrder, only_all: bool) {
    let r = check_validation(out, calls);
    if r["ok"] != true || !o.clean {
        return;
    }
    check_against_order(&r, o);
    if only_all {
        assert_eq!(
            r["kind"], "FULL",
            "cancelAll built a cancel that is not FULL: {out}"
        );
    }
    let payload = r["payload"].to_string();
    let again =
        api::validate_cancel_request(&payload, &format!("{{\"order\":{}}}", o.text), &PlainHost);
    let v = check_validation(&again, &payload);
    assert_eq!(
        v["ok"], true,
        "the builder's ok payload does not validate against its order:\n{out}\n{again}"
    );
    assert_eq!(v["kind"], r["kind"], "kind differs from the builder's");
    assert_eq!(
        v["payload"], r["payload"],
        "payload differs from the builder's"
    );
    assert_eq!(
        v["preview"], r["preview"],
        "preview differs from the builder's"
    );
    check_applied(
        &api::apply_cancellation(&o.text, &payload, "", &PlainHost),
        o,
        &r["payload"],
    );
}

fn structured(u: &mut Unstructured) -> Result<()> {
    let o = order(u)?;
    let n = u.int_in_range(0..=6)?;
    let mut calls = Vec::new();
    let mut only_all = true;
    let mut any_all = false;
    for _ in 0..n {
        let (c, is_all_or_account) = call(u, &o)?;
        any_all |= c.contains("cancelAll");
        only_all &= is_all_or_account;
        calls.push(c);
    }
    let calls = format!("[{}]", calls.join(","));
    let options = *u.choose(&["", "{\"locale\":\"ko\"}", "{\"locale\":\"en\"}", "{}"])?;
    let out = api::build_cancel_request(&o.text, &calls, options, &PlainHost);
    check_built(&out, &calls, &o, only_all && any_all);
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    if is_raw(data) {
        let (order, calls) = split_raw(data);
        let out = api::build_cancel_request(&order, &calls, "", &PlainHost);
        check_validation(&out, &calls);
    } else {
        let _ = structured(&mut Unstructured::new(data));
    }
});
