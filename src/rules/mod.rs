//! The rules: reading untrusted input into typed values while reporting
//! every violation at its path. Stateless rules need only the request;
//! order-aware rules also need the order it cancels.

pub mod account;
pub mod fields;
pub mod kind;
pub mod order_aware;
pub mod request;

use crate::catalogue::Report;
use crate::currency::Currency;
use crate::host::Host;

/// What every rule reads and writes: the report, the currency that fixes
/// decimal places, and the host's services.
pub struct Cx<'h> {
    /// Issues found so far.
    pub report: Report,
    /// The currency amounts are judged in.
    pub currency: Currency,
    /// Unicode services.
    pub host: &'h dyn Host,
}

impl<'h> Cx<'h> {
    /// A fresh context.
    pub fn new(currency: Currency, host: &'h dyn Host) -> Self {
        Cx {
            report: Report::default(),
            currency,
            host,
        }
    }
}
