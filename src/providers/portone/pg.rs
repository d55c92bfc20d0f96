//! PortOne v1's PG codes (the `pg` a payment went through) and what each
//! means for a cancel: which refund bank-code list it uses, whether it
//! refunds virtual accounts at all, and its own rules for the cancel body.
//!
//! Every fact is from `portone-v1-reference.ko.md` (PortOne's own docs):
//! - the codes and names: §3 "PG codes, the `pg` parameter" (pg-2.md);
//! - the bank lists: §2 (pg-1.md), joined to codes by the PG's name;
//! - virtual-account refunds: §4 (a PG contract, except 토스페이먼츠) and
//!   §6 "가상계좌의 경우 환불 자체가 불가한 PG사가 있으며(다날)";
//! - the rules: §1, the OpenAPI `x-portone-per-pg` entries and descriptions
//!   of `tax_free`, `vat_amount`, `refund_*`, `reason`, `extra`.
//!
//! `pg` is read as PortOne writes it, `{PG code}` or `{PG code}.{MID}`
//! (e.g. `smartro.iamport01m`), in any case.

use crate::model::bank::PortOneList;

/// Whether a PG refunds a virtual-account payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VbankRefund {
    /// Only for merchants with the PG's virtual-account contract (§4
    /// "가상계좌 특약서비스에 가입한 고객사에 한해서만"): the general rule.
    Contract,
    /// Without a contract (§4 "단, 토스페이먼츠의 경우 별도의 특약 가입 없이도").
    Open,
    /// Never (§6: 다날).
    Never,
}

/// When a PG needs `tax_free` sent (§1 `tax_free`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxFree {
    /// A missing `tax_free` is taken as 0: nothing to check.
    Optional,
    /// "누락시 자동으로 0원 처리 되지 않으므로 면세 결제에 한하여 필수": for a
    /// payment with a tax-free part, always.
    TaxFreePayment,
    /// `smartro_v2`: "부분취소시 면세 금액이 포함된 경우 반드시 ... 필수": a
    /// partial cancel that includes a tax-free part.
    PartialWithTaxFree,
}

/// A PG's own rules for `POST /payments/cancel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// When `tax_free` must be sent.
    pub tax_free: TaxFree,
    /// `vat_amount` is supported, and required when the payment set its
    /// VAT (§1 `vat_amount`, `x-portone-supported-pgs`: nice,
    /// html5_inicis, welcome, nice_v2).
    pub vat_amount: bool,
    /// The refund fields are needed for transfer refunds too, not only
    /// virtual-account ones (§1 `refund_*`, smartro_v2: "가상계좌,
    /// 계좌이체 거래건 환불시 필수입력").
    pub refund_on_transfer: bool,
    /// `refund_tel` is required with the refund fields (§1 `refund_tel`:
    /// smartro `required: true`; smartro_v2 "가상계좌, 계좌이체 거래건
    /// 환불시 필수입력").
    pub refund_tel: bool,
    /// `reason` and `extra.requester` are required (§1 `reason`, `extra`:
    /// naverpay `required: true`).
    pub requester: bool,
    /// A mobile payment refunded in a later month is refunded to an
    /// account, so the refund fields are needed (§1 description and
    /// `refund_*`, kcp: "휴대폰소액결제 익월 환불시 필수입력").
    pub later_month_mobile: bool,
}

/// No per-PG rule.
const NONE: Rules = Rules {
    tax_free: TaxFree::Optional,
    vat_amount: false,
    refund_on_transfer: false,
    refund_tel: false,
    requester: false,
    later_month_mobile: false,
};

/// One PortOne PG code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pg {
    /// The code, as PortOne writes it (`html5_inicis`).
    pub code: &'static str,
    /// The refund bank-code list of §2 this PG uses; `None` where §2 has
    /// none for it (then no refund account can be written for it).
    pub banks: Option<PortOneList>,
    /// Virtual-account refunds.
    pub vbank_refund: VbankRefund,
    /// Its cancel rules.
    pub rules: Rules,
}

const fn pg(code: &'static str, banks: Option<PortOneList>) -> Pg {
    Pg {
        code,
        banks,
        vbank_refund: VbankRefund::Contract,
        rules: NONE,
    }
}

impl Pg {
    const fn vbank(mut self, v: VbankRefund) -> Pg {
        self.vbank_refund = v;
        self
    }
    const fn tax_free(mut self, t: TaxFree) -> Pg {
        self.rules.tax_free = t;
        self
    }
    const fn vat(mut self) -> Pg {
        self.rules.vat_amount = true;
        self
    }
    const fn tel(mut self) -> Pg {
        self.rules.refund_tel = true;
        self
    }
    const fn transfer(mut self) -> Pg {
        self.rules.refund_on_transfer = true;
        self
    }
    const fn requester(mut self) -> Pg {
        self.rules.requester = true;
        self
    }
    const fn later_month_mobile(mut self) -> Pg {
        self.rules.later_month_mobile = true;
        self
    }

    /// The PG's name in §3 (for the admin console's picker). Kept apart
    /// from the rows ([`NAMES`]): no message shows it, so the wasm, which
    /// never asks, does not carry the names.
    pub fn name(&self) -> &'static str {
        NAMES
            .iter()
            .find(|(code, _)| *code == self.code)
            .map_or("", |(_, name)| *name)
    }

    /// True when a virtual-account refund can be asked of this PG.
    pub fn refunds_vbank(&self) -> bool {
        self.vbank_refund != VbankRefund::Never
    }
}

use PortOneList::{Daou, Inicis, Kcp, Kftc, NiceV2, Welcome};
use TaxFree::{PartialWithTaxFree, TaxFreePayment};

/// Every PG code of §3, in its order. The bank list is §2's block whose
/// title names the PG; where §2's title names a company with several codes
/// (KG이니시스, NHN KCP, 토스페이먼츠, 다날, 스마트로, 헥토파이낸셜) every code of
/// that company uses it.
pub const PGS: &[Pg] = &[
    pg("html5_inicis", Some(Inicis)).vat(),
    pg("inicis", Some(Inicis)),
    pg("inicis_unified", Some(Inicis)),
    pg("kcp", Some(Kcp))
        .tax_free(TaxFreePayment)
        .later_month_mobile(),
    pg("kcp_billing", Some(Kcp)),
    pg("kcp_quick", Some(Kcp)).tax_free(TaxFreePayment),
    // §4's exception names 토스페이먼츠 without (구)/(신): only the new
    // module is taken to have it; uplus keeps the general rule.
    pg("uplus", Some(Kftc)),
    pg("tosspayments", Some(Kftc)).vbank(VbankRefund::Open),
    // §2's KFTC list says 나이스정보통신 and has its own "(신)나이스페이" list:
    // the old module (§3 "(구) 나이스정보통신") takes the KFTC list.
    pg("nice", Some(Kftc)).tax_free(TaxFreePayment).vat(),
    pg("nice_v2", Some(NiceV2)).vat(),
    pg("kicc", Some(Kftc)).tax_free(TaxFreePayment),
    pg("kakaopay", None),
    pg("danal", Some(Kftc)).vbank(VbankRefund::Never),
    pg("danal_tpay", Some(Kftc)).vbank(VbankRefund::Never),
    pg("mobilians", None),
    pg("payco", None).tax_free(TaxFreePayment),
    pg("paypal", None),
    pg("paypal_v2", None),
    pg("eximbay", None),
    pg("naverpay", None).requester(),
    pg("naverco", None),
    pg("smilepay", None),
    pg("daou", Some(Daou)),
    pg("paymentwall", None),
    pg("tosspay", None),
    pg("smartro", Some(Kftc)).tel(),
    pg("smartro_v2", Some(Kftc))
        .transfer()
        .tel()
        .tax_free(PartialWithTaxFree),
    pg("settle", Some(Kftc)),
    pg("settle_acc", Some(Kftc)),
    pg("ksnet", None),
    pg("galaxia", None),
    // §1 also has welcome-only conditions on tax_free and vat_amount
    // ("부가세업체정함 설정 고객사에 한해"), a merchant setting this module
    // cannot see: only `vat_amount` support is recorded.
    pg("welcome", Some(Welcome)).vat(),
];

/// Each PG's name in §3, by code, in [`PGS`]'s order.
const NAMES: &[(&str, &str)] = &[
    ("html5_inicis", "KG이니시스"),
    ("inicis", "(구) KG이니시스"),
    ("inicis_unified", "KG이니시스 통합인증"),
    ("kcp", "NHN KCP"),
    ("kcp_billing", "NHN KCP (정기)"),
    ("kcp_quick", "NHN KCP 퀵페이"),
    ("uplus", "(구) 토스페이먼츠"),
    ("tosspayments", "(신) 토스페이먼츠"),
    ("nice", "(구) 나이스정보통신"),
    ("nice_v2", "(신) 나이스정보통신"),
    ("kicc", "이지페이(KICC)"),
    ("kakaopay", "카카오페이"),
    ("danal", "다날휴대폰결제/본인인증"),
    ("danal_tpay", "다날"),
    ("mobilians", "KG파이낸셜"),
    ("payco", "페이코"),
    ("paypal", "(구) 페이팔"),
    ("paypal_v2", "(신) 페이팔"),
    ("eximbay", "엑심베이"),
    ("naverpay", "네이버페이 결제형"),
    ("naverco", "네이버페이 주문형"),
    ("smilepay", "스마일페이"),
    ("daou", "키움페이((구) 페이조아)"),
    ("paymentwall", "페이먼트월"),
    ("tosspay", "토스페이"),
    ("smartro", "(구) 스마트로"),
    ("smartro_v2", "(신) 스마트로"),
    ("settle", "헥토파이낸셜"),
    ("settle_acc", "헥토파이낸셜 내통장결제"),
    ("ksnet", "KSNET"),
    ("galaxia", "갤럭시아머니트리"),
    ("welcome", "웰컴페이먼츠"),
];

/// Reads `pg` as PortOne writes it: the PG code, optionally followed by
/// `.` and a MID, in any case, around white space. `None` for a code §3
/// does not list.
pub fn parse(pg: &str) -> Option<&'static Pg> {
    let t = pg.trim();
    let code = t.split_once('.').map_or(t, |(code, _mid)| code);
    PGS.iter().find(|p| p.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_lower_snake() {
        for (i, p) in PGS.iter().enumerate() {
            assert!(p
                .code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
            assert!(
                PGS.iter().skip(i + 1).all(|o| o.code != p.code),
                "{}",
                p.code
            );
        }
        assert_eq!(PGS.len(), 32, "§3 lists 32 codes");
        let named: Vec<&str> = NAMES.iter().map(|(code, _)| *code).collect();
        let codes: Vec<&str> = PGS.iter().map(|p| p.code).collect();
        assert_eq!(named, codes, "a name for every code, in order");
        assert!(PGS.iter().all(|p| !p.name().is_empty()));
    }

    #[test]
    fn parse_any_case_with_or_without_mid() {
        assert_eq!(parse("smartro").unwrap().code, "smartro");
        assert_eq!(parse("smartro.iamport01m").unwrap().code, "smartro");
        assert_eq!(parse("Smartro_V2.iamport01m").unwrap().code, "smartro_v2");
        assert_eq!(parse("  KCP ").unwrap().code, "kcp");
        assert_eq!(
            parse("html5_inicis.MOIimport").unwrap().code,
            "html5_inicis"
        );
        assert!(parse("smartro_v3").is_none());
        assert!(parse(".smartro").is_none());
        assert!(parse("").is_none());
        assert!(parse("kcp_").is_none());
    }

    #[test]
    fn rules_are_where_the_reference_puts_them() {
        let with = |f: fn(&Pg) -> bool| -> Vec<&str> {
            PGS.iter().filter(|p| f(p)).map(|p| p.code).collect()
        };
        assert_eq!(
            with(|p| p.rules.tax_free == TaxFreePayment),
            ["kcp", "kcp_quick", "nice", "kicc", "payco"]
        );
        assert_eq!(
            with(|p| p.rules.vat_amount),
            ["html5_inicis", "nice", "nice_v2", "welcome"]
        );
        assert_eq!(with(|p| p.rules.refund_tel), ["smartro", "smartro_v2"]);
        assert_eq!(with(|p| p.rules.refund_on_transfer), ["smartro_v2"]);
        assert_eq!(with(|p| p.rules.requester), ["naverpay"]);
        assert_eq!(with(|p| p.rules.later_month_mobile), ["kcp"]);
        assert_eq!(with(|p| !p.refunds_vbank()), ["danal", "danal_tpay"]);
        assert_eq!(
            with(|p| p.vbank_refund == VbankRefund::Open),
            ["tosspayments"]
        );
    }
}
