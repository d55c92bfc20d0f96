//! The context every reader and rule writes into: the report, the currency
//! that fixes decimal places, and the host's services.

use crate::input::host::Host;
use crate::model::currency::Currency;
use crate::report::Report;

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
