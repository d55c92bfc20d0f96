//! Refund account rules: account number digits (leading zeros kept), bank
//! code, holder name. Account numbers never appear unmasked in an issue.

use crate::input::fields::{self, object, present, unknown_fields};
use crate::input::value::{Opaque, Value};
use crate::input::Cx;
use crate::model::bank::{self, Holds};
use crate::model::RefundAccount;
use crate::report::mask_account;
use crate::report::params as p;
use crate::report::path::Loc;

/// The fields of a refund account.
pub const KNOWN: &[&str] = &["accountNumber", "bankCode", "accountHolderName"];

/// Reads `refundAccount`; `None` when absent or not an object (reported).
pub fn read(v: Option<&Value<'_>>, at: &Loc, cx: &mut Cx) -> Option<RefundAccount> {
    let fields = object(v, at, false, &mut cx.report)?;
    unknown_fields(fields, KNOWN, at, &mut cx.report);
    let number_at = at.key("accountNumber");
    let bank_at = at.key("bankCode");
    let holder_at = at.key("accountHolderName");
    Some(RefundAccount {
        account_number: present(fields, "accountNumber")
            .and_then(|v| account_number(v, &number_at, cx)),
        bank_code: present(fields, "bankCode").and_then(|v| bank_code(v, &bank_at, cx)),
        account_holder_name: present(fields, "accountHolderName")
            .and_then(|v| holder_name(v, &holder_at, cx)),
    })
}

/// A digit string: hyphens and spaces stripped (with a warning); a number
/// only when it is a safe integer (with a warning).
pub fn account_number(v: &Value<'_>, at: &Loc, cx: &mut Cx) -> Option<String> {
    match v {
        Value::String(s) => {
            // Sized once (a `collect` grows it from nothing, reallocating).
            let mut digits = String::with_capacity(s.len());
            for c in s.chars().filter(|c| !matches!(c, '-' | ' ')) {
                digits.push(c);
            }
            if digits.is_empty() {
                cx.report.raise(at.path(), p::Blank {});
                return None;
            }
            if digits.chars().count() > fields::MAX_TEXT_CHARS {
                fields::too_long(
                    at,
                    fields::MAX_TEXT_CHARS,
                    Some(digits.chars().count() as u64),
                    &mut cx.report,
                );
                return None;
            }
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                cx.report.raise(
                    at.path(),
                    p::AccountNumberInvalid {
                        masked: mask_account(&digits),
                    },
                );
                return None;
            }
            if digits.len() != s.len() {
                cx.report.raise(
                    at.path(),
                    p::AccountNumberNormalized {
                        masked: mask_account(&digits),
                    },
                );
            }
            Some(digits)
        }
        n @ (Value::Number(_) | Value::Int(_)) => match n
            .number_text()
            .and_then(|t| fields::parse_safe_uint(t.as_str()).map(|_| t))
        {
            Some(t) => {
                let digits = t.as_str().to_string();
                cx.report.raise(
                    at.path(),
                    p::AccountNumberFromNumber {
                        masked: mask_account(&digits),
                    },
                );
                Some(digits)
            }
            None => {
                cx.report.raise(at.path(), p::AccountNumberUnsafe {});
                None
            }
        },
        Value::Opaque(Opaque::TooLong(n)) => {
            fields::too_long(at, fields::MAX_TEXT_CHARS, *n, &mut cx.report);
            None
        }
        other => {
            fields::wrong_type(at, "a string of digits", other, &mut cx.report);
            None
        }
    }
}

/// Three digits; unknown but well-formed codes are a warning, and so are
/// the codes of institutions without retail accounts and of merged banks
/// (reading 14): they are kept, as the seed's `"001"` must validate.
pub fn bank_code(v: &Value<'_>, at: &Loc, cx: &mut Cx) -> Option<String> {
    let Value::String(s) = v else {
        fields::wrong_type(at, "a string", v, &mut cx.report);
        return None;
    };
    let code = s.trim();
    if !bank::is_well_formed(code) {
        cx.report.raise(
            at.path(),
            p::BankCodeInvalid {
                value: crate::report::text::clip(code),
            },
        );
        return None;
    }
    match bank::find(code).map(|b| (b, b.holds)) {
        None => cx.report.raise(
            at.path(),
            p::BankCodeUnknown {
                bankCode: code.to_string(),
            },
        ),
        Some((_, Holds::Retail)) => {}
        Some((b, Holds::NoRetail)) => cx.report.raise(
            at.path(),
            p::BankNotRetail {
                bankCode: code.to_string(),
                name: b.name_en.to_string(),
                nameKo: b.name_ko.to_string(),
            },
        ),
        Some((b, Holds::MergedInto(into))) => cx.report.raise(
            at.path(),
            p::BankMerged {
                bankCode: code.to_string(),
                name: b.name_en.to_string(),
                nameKo: b.name_ko.to_string(),
                into: into.to_string(),
                intoName: bank::find(into).map_or(into, |i| i.name_en).to_string(),
                intoNameKo: bank::find(into).map_or(into, |i| i.name_ko).to_string(),
            },
        ),
    }
    Some(code.to_string())
}

/// Non-blank, trimmed, NFC-normalised by the host.
pub fn holder_name(v: &Value<'_>, at: &Loc, cx: &mut Cx) -> Option<String> {
    let t = fields::text(v, at, &mut cx.report)?;
    Some(cx.host.nfc(t).into_owned())
}
