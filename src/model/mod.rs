//! Typed values only: no reading of untrusted input and no JSON. What the
//! rules produce once input is clean, and what the operations compute with.
//!
//! - [`money`] and [`currency`]: exact decimal amounts and their scale;
//! - [`request`]: the EBP v2 cancel payload ([`CancelRequest`]);
//! - [`order`]: the order snapshot a cancel is judged against;
//! - [`response`]: the server's answer;
//! - [`preview`]: the totals the server will answer;
//! - [`bank`]: Korean bank codes and each provider's code for them.

pub mod bank;
pub mod currency;
pub mod money;
pub mod order;
pub mod preview;
pub mod request;
pub mod response;
#[cfg(feature = "serde")]
mod serde;

pub use request::{CancelItem, CancelRequest, ItemType, Kind, RefundAccount};
pub use response::{CancelResponseData, Envelope, ResponseItem};
