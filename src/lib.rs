//! # ebp-cancel
//!
//! The cancel-and-refund rules of the EBP Purchase API v2 "Cancel Payment"
//! (`POST /api/v2/payment/cancel`), written once in Rust and compiled to
//! WebAssembly, so a browser judges a cancel exactly as the server will.
//!
//! The crate is a pure core that knows nothing of JS, plus one boundary
//! module (`wasm`, built only for `wasm32`). Input arrives as a [`Value`]
//! (read from the packed text the JS glue writes, or built by a Rust caller);
//! results are typed values with a JSON rendering in [`output`].
//!
//! - [`money`]: exact decimal amounts, read from JS number text.
//! - [`rules`]: every rule, reporting all issues at once with JS paths.
//! - [`catalogue`] and [`messages`]: stable codes, English and Korean text.
//! - [`preview`]: the totals the server will answer.
//! - [`validate`]: the entry points.

#![deny(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

pub mod api;
pub mod bank;
pub mod catalogue;
pub mod currency;
pub mod host;
pub mod json_out;
pub mod messages;
pub mod model;
pub mod money;
pub mod output;
pub mod packed;
pub mod path;
pub mod preview;
pub mod rules;
pub mod validate;
pub mod value;

#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)] // wasm-bindgen's generated glue
mod wasm;

pub use catalogue::{Code, Issue, Report, Severity};
pub use host::{Host, PlainHost};
pub use messages::Locale;
pub use model::{CancelItem, CancelRequest, ItemType, Kind, RefundAccount};
pub use money::Money;
pub use preview::Preview;
pub use validate::{validate_cancel_request, ValidationResult};
pub use value::Value;
