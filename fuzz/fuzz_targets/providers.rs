//! Target 4: the provider adapters, `toPortOneCancel` / `toNicePayCancel`
//! (a cancel checked against an arbitrary order, then each provider's
//! limits), and their response readers. Raw mode (seeds): `intent NUL
//! options`, given to both adapters.
//!
//! Checked: the answer's shape, ok iff no errors, no leaked account or
//! holder, and for an ok answer the provider's limits (characters for
//! PortOne, bytes per charset for NicePay), the amount sent iff not FULL,
//! the refund equal to the request's total, the checksum covering it, and
//! no signature ever made here.
#![no_main]

use arbitrary::{Result, Unstructured};
use ebp_cancel::api;
use ebp_cancel::PlainHost;
use ebp_cancel_fuzz::*;
use libfuzzer_sys::fuzz_target;

fn structured(u: &mut Unstructured) -> Result<()> {
    let o = order(u)?;
    let req = request_for(u, &o)?;
    let nicepay = u.arbitrary()?;
    let options = provider_options(u, &o.text, nicepay)?;
    let total = req.total;
    // The leak check counts the account number in everything the caller
    // gave: the generators may copy its digits into an option (an order's
    // paymentStatus, say), and an issue at that option rightly quotes it.
    let given = format!("{}\u{0}{}", req.text, options);
    if nicepay {
        let out = api::nicepay_cancel(&req.text, &options, &PlainHost);
        check_provider(&out, &given, total, true);
    } else {
        let out = api::portone_cancel(&req.text, &options, &PlainHost);
        check_provider(&out, &given, total, false);
    }
    let body = response_body(u, nicepay)?;
    let opts = *u.choose(&["", "{\"locale\":\"ko\"}", "{\"currency\":\"KRW\"}", "null"])?;
    if nicepay {
        check_parsed_response(&api::parse_nicepay_response(&body, opts));
    } else {
        check_parsed_response(&api::parse_portone_response(&body, opts));
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    if is_raw(data) {
        let (intent, options) = split_raw(data);
        let given = format!("{intent}\u{0}{options}");
        check_provider(
            &api::portone_cancel(&intent, &options, &PlainHost),
            &given,
            None,
            false,
        );
        check_provider(
            &api::nicepay_cancel(&intent, &options, &PlainHost),
            &given,
            None,
            true,
        );
        check_parsed_response(&api::parse_portone_response(&intent, &options));
        check_parsed_response(&api::parse_nicepay_response(&intent, &options));
    } else {
        let _ = structured(&mut Unstructured::new(data));
    }
});
