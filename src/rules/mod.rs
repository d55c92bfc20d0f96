//! The EBP v2 rules, one file per thing judged. Each reads untrusted input
//! (through [`crate::input`]) into the typed values of [`crate::model`],
//! reporting every violation at its path. Stateless rules need only the
//! request; order-aware rules also need the order it cancels.
//!
//! - [`request`]: a cancel request on its own (types, ranges, the exact total);
//! - [`account`]: the refund account;
//! - [`order`]: the order snapshot;
//! - [`order_aware`]: a request judged against its order;
//! - [`kind`]: FULL, ITEM or PARTIAL_AMOUNT, and why;
//! - [`response`]: the server's answer;
//! - [`unique`]: one `seq` per list.

pub mod account;
pub mod kind;
pub mod order;
pub mod order_aware;
pub mod request;
pub mod response;
pub mod unique;
