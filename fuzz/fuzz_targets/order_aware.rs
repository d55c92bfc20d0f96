//! Target 2: the order-aware validator, `validateCancelRequest(request, {
//! order })`, with an arbitrary order and a request mostly derived from it
//! (everything left, some lines, less than the unit amount), mutated.
//! Raw mode (seeds): `request NUL options`.
//!
//! Beyond the checks of target 1: an ok request is within the order (seq,
//! type, id, open line, remaining units, unit amount, money left, tax), its
//! kind is what its lines say, and `applyCancellation` applies it: each line
//! moves as the ledger says and never refunds more than was paid, over up
//! to three cancels in a row.
#![no_main]

use arbitrary::{Result, Unstructured};
use ebp_cancel::api;
use ebp_cancel::PlainHost;
use ebp_cancel_fuzz::*;
use libfuzzer_sys::fuzz_target;

/// Up to three cancels in a row: each judged against the order the ledger
/// returned for the one before, so the ledger's running balance is tested.
fn structured(u: &mut Unstructured) -> Result<()> {
    let mut o = order(u)?;
    for _ in 0..3 {
        let req = request_for(u, &o)?;
        let options = order_options(u, &o.text)?;
        let out = api::validate_cancel_request(&req.text, &options, &PlainHost);
        let r = check_validation(&out, &req.text);
        check_against_order(&r, &o);
        if r["ok"] != true || !o.clean {
            break;
        }
        let applied = api::apply_cancellation(&o.text, &req.text, "", &PlainHost);
        o = check_applied(&applied, &o, &r["payload"]);
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    if is_raw(data) {
        let (request, options) = split_raw(data);
        let out = api::validate_cancel_request(&request, &options, &PlainHost);
        check_validation(&out, &request);
    } else {
        let _ = structured(&mut Unstructured::new(data));
    }
});
