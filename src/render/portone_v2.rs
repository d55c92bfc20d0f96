//! The PortOne V2 `CancelPaymentBody` as JSON, with its wire names in the
//! schema's order (`portone-v2-cancel.md` §2); absent fields are left out.

use crate::providers::portone_v2::Payload;
use crate::render::ebp::money_field;
use crate::render::json::JsonOut;

/// Writes the body.
pub fn payload(w: &mut JsonOut, p: &Payload) {
    w.begin_object();
    if let Some(s) = &p.store_id {
        w.key("storeId").str(s);
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
    w.key("reason").str(&p.reason);
    if let Some(r) = p.requester {
        w.key("requester").str(r);
    }
    if let Some(o) = p.promotion_discount_retain_option {
        w.key("promotionDiscountRetainOption").str(o);
    }
    money_field(w, "currentCancellableAmount", p.current_cancellable_amount);
    if let Some(r) = &p.refund_account {
        w.key("refundAccount").begin_object();
        w.key("bank").str(r.bank);
        w.key("number").str(&r.number);
        w.key("holderName").str(&r.holder_name);
        if let Some(phone) = &r.holder_phone_number {
            w.key("holderPhoneNumber").str(phone);
        }
        w.end_object();
    }
    w.end_object();
}
