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
    pub fn bank_code(self, bank: &bank::Bank) -> Option<&'static str> {
        match self {
            Provider::PortOne => bank.portone,
            Provider::NicePay => bank.nicepay,
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
