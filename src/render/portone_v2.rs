//! The PortOne V2 `CancelPaymentBody` as JSON, with its wire names in the
//! schema's order (`portone-v2-cancel.md` §2); absent fields are left out.

use crate::providers::portone_v2::Payload;
use crate::render::ebp::money_field;
use crate::render::json::JsonOut;

/// Writes the body.
pub fn payload(w: &mut JsonOut, p: &Payload) {
    w.begin_object();
    if let Some(s) = &p.store_id {
        w.field_str("storeId", s);
    }
    if let Some(a) = p.amount {
        money_field(w, "amount", a);
    }
    if let Some(t) = p.tax_free_amount {
        money_field(w, "taxFreeAmount", t);
    }
    if let Some(v) = p.vat_amount {
        money_field(w, "vatAmount", v);
    }
    w.field_str("reason", &p.reason);
    if let Some(r) = p.requester {
        w.field_str("requester", r);
    }
    if let Some(o) = p.promotion_discount_retain_option {
        w.field_str("promotionDiscountRetainOption", o);
    }
    money_field(w, "currentCancellableAmount", p.current_cancellable_amount);
    if let Some(r) = &p.refund_account {
        w.key("refundAccount").begin_object();
        w.field_str("bank", r.bank);
        w.field_str("number", &r.number);
        w.field_str("holderName", &r.holder_name);
        if let Some(phone) = &r.holder_phone_number {
            w.field_str("holderPhoneNumber", phone);
        }
        w.end_object();
    }
    w.end_object();
}
