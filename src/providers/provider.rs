//! The payment providers the module writes cancels for, and the bank code
//! each takes (from [`crate::model::bank`]).

use crate::model::bank;

/// A payment provider the module writes cancels for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// PortOne (iamport) v1.
    PortOne,
    /// NicePay v1.
    NicePay,
    /// Toss Payments core API.
    Toss,
    /// PortOne V2.
    PortOneV2,
}

impl Provider {
    /// The code this provider takes for `bank`, if it refunds to it.
    /// PortOne's code depends on the PG; until the adapter reads `pg`, its
    /// KFTC-code list is used. Institutions without retail accounts get none.
    pub fn bank_code(self, bank: &bank::Bank) -> Option<&'static str> {
        if !bank.is_retail() {
            return None;
        }
        match self {
            Provider::PortOne => bank.portone(bank::PortOneList::Kftc),
            Provider::NicePay => bank.nicepay(),
            Provider::Toss => bank.toss(),
            Provider::PortOneV2 => bank.portone_v2(),
        }
    }

    /// The name used in messages and params.
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::PortOne => "PortOne",
            Provider::NicePay => "NicePay",
            Provider::Toss => "Toss Payments",
            Provider::PortOneV2 => "PortOne V2",
        }
    }
}
