//! The payment providers the module writes cancels for.

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
