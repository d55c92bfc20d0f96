//! Target 1: packed text → `validateCancelRequest` / `previewRefund`.
//!
//! Raw mode (input starting with `{`, `[`, `"` or white space, like the
//! seeds): `request NUL options`, read as the JS glue would hand them over.
//! Structured mode (anything else): `arbitrary` drives a generator that
//! writes mostly well-formed requests with mutations, so the rules past the
//! reader are reached; a request valid by construction must validate ok.
#![no_main]

use arbitrary::{Result, Unstructured};
use ebp_cancel::api;
use ebp_cancel::PlainHost;
use ebp_cancel_fuzz::*;
use libfuzzer_sys::fuzz_target;

fn run(request: &str, options: &str) -> serde_json::Value {
    let out = api::validate_cancel_request(request, options, &PlainHost);
    let r = check_validation(&out, request);
    // Deterministic, and the preview export agrees with the result's.
    assert_eq!(
        out,
        api::validate_cancel_request(request, options, &PlainHost)
    );
    let pv = parse(&api::preview_refund(request, options, &PlainHost));
    if r["ok"] == true {
        assert_eq!(
            pv, r["preview"],
            "previewRefund differs from the result's preview"
        );
    } else {
        assert_eq!(pv, r, "previewRefund of a failing request is its result");
    }
    r
}

fn structured(u: &mut Unstructured) -> Result<()> {
    let (currency, scale) = currency_option(u)?;
    let fixed_currency =
        !matches!(&currency, Some(c) if !["KRW", "USD", "JPY", "KWD", "XYZ"].contains(&c.as_str()));
    let locale = *u.choose(&["", "en", "ko", "fr"])?;
    let mut opts = Vec::new();
    if let Some(c) = &currency {
        opts.push(format!("\"currency\":{}", quote(c)));
    }
    if !locale.is_empty() {
        opts.push(format!("\"locale\":{}", quote(locale)));
    }
    let (options, plain_options) = match u.int_in_range(0..=9)? {
        0 => (String::new(), true),
        1 => (any_value(u, 1)?, false),
        _ => (format!("{{{}}}", opts.join(",")), locale != "fr"),
    };
    let req = request(u, scale)?;
    let r = run(&req.text, &options);
    if req.clean && fixed_currency && plain_options {
        assert_eq!(
            r["ok"], true,
            "a request valid by construction was refused:\n{}\n{}",
            req.text, r
        );
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    if is_raw(data) {
        let (request, options) = split_raw(data);
        run(&request, &options);
    } else {
        let _ = structured(&mut Unstructured::new(data));
    }
});
