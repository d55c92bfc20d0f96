//! The Toss Payments cancel body as JSON, with Toss's wire names
//! (`toss-v1-cancel.md` §2); absent fields are left out.

use crate::providers::toss::Payload;
use crate::render::ebp::money_field;
use crate::render::json::JsonOut;

/// Writes the body.
pub fn payload(w: &mut JsonOut, p: &Payload) {
    w.begin_object();
    w.field_str("cancelReason", &p.cancel_reason);
    if let Some(a) = p.cancel_amount {
        money_field(w, "cancelAmount", a);
    }
    if let Some(r) = &p.refund_receive_account {
        w.key("refundReceiveAccount").begin_object();
        w.field_str("bank", r.bank);
        w.field_str("accountNumber", &r.account_number);
        w.field_str("holderName", &r.holder_name);
        w.end_object();
    }
    if let Some(t) = p.tax_free_amount {
        money_field(w, "taxFreeAmount", t);
    }
    if let Some(c) = p.currency {
        w.field_str("currency", c);
    }
    if let Some(m) = p.refundable_amount {
        money_field(w, "refundableAmount", m);
    }
    w.end_object();
}
