//! The EBP side of a provider call: the intent judged by the EBP v2 rules,
//! stateless and order-aware, against `options.order`
//! ([`crate::ops::validate::judge_against_order`]), giving the kind, the ledger
//! balance and the currency every provider payload is written from.

use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::model::order::PaymentStatus;
use crate::ops::validate::judge_against_order;
use crate::providers::checked::Checked;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// Judges the intent against the order with the EBP rules; `None` when
/// they find errors (reported) or the order is missing. The order may carry
/// `order_keys` for the provider. Returns the currency amounts are judged
/// in (the order's, else `fallback`).
pub fn check(
    intent: &Value<'_>,
    order: Option<&Value<'_>>,
    order_keys: crate::ops::OrderKeys,
    fallback: &Currency,
    host: &dyn Host,
    report: &mut Report,
) -> (Option<Checked>, Currency) {
    let root = Loc::ROOT;
    let opts = root.key("options");
    let order_at = opts.key("order");
    let Some(judged) =
        judge_against_order(intent, order, &order_at, order_keys, fallback, host, report)
    else {
        return (None, fallback.clone());
    };
    let Some(balance) = judged.order.balance() else {
        report.raise(
            order_at.key("items").path(),
            p::AmountOverflow { value: None },
        );
        return (None, judged.currency);
    };
    let checked = Checked {
        kind: judged.kind,
        request: judged.request,
        balance,
        tax_free_part: judged
            .order
            .items
            .iter()
            .any(|l| l.unit_tax_amount.is_zero()),
        pay_method: judged.order.pay_method,
        authorized_only: judged.order.payment_status == PaymentStatus::Authorized,
    };
    (Some(checked), judged.currency)
}
