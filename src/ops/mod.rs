//! The operations, one file per JS export: each reads its inputs with the
//! rules and returns one typed [`Outcome`]; rendering is [`crate::render`]'s.
//!
//! | module | JS export |
//! |---|---|
//! | [`validate`] | `validateCancelRequest`, `previewRefund` |
//! | [`build`] | `CancelRequestBuilder…build()` |
//! | [`apply`] | `applyCancellation` |
//! | [`parse_response`] | `parseCancelResponse` |
//! | [`reconcile`] | `reconcile` |
//! | [`summarize`] | `summarizeOrder` |

pub mod apply;
pub mod build;
pub mod outcome;
pub mod parse_response;
pub mod reconcile;
pub mod summarize;
pub mod validate;

pub use outcome::{read_call, OrderKeys, Outcome};
