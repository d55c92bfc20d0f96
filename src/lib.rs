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
//! - [`order`]: the order snapshot a cancel is judged against;
//!   [`builder`] assembles a cancel from it, [`ledger`] books one into it.
//! - [`response`] and [`reconcile`]: the server's answer, read and compared
//!   with the preview.
//! - [`providers`]: the same cancel as a PortOne v1 or NicePay v1 body.

#![deny(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod api;
pub mod bank;
pub mod builder;
pub mod catalogue;
pub mod currency;
pub mod host;
pub mod json_out;
pub mod ledger;
pub mod messages;
pub mod model;
pub mod money;
pub mod order;
pub mod output;
pub mod packed;
pub mod path;
pub mod preview;
pub mod providers;
pub mod reconcile;
pub mod response;
pub mod rules;
pub mod sort;
pub mod summary;
pub mod validate;
pub mod value;

#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)] // wasm-bindgen's generated glue
pub mod wasm; // public so tests/wasm.rs can call the exports from Rust

/// Alternative boundaries measured by `bench/` (not in the shipped wasm).
#[cfg(all(target_arch = "wasm32", feature = "bench-boundaries"))]
#[allow(unsafe_code, missing_docs)] // wasm-bindgen's generated glue
mod wasm_bench;

#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)] // a global allocator is unsafe by definition
mod heap;

pub use catalogue::{Code, Issue, Report, Severity};
pub use host::{Host, PlainHost};
pub use messages::Locale;
pub use model::{CancelItem, CancelRequest, ItemType, Kind, RefundAccount};
pub use money::Money;
pub use preview::Preview;
pub use validate::{validate_cancel_request, ValidationResult};
pub use value::Value;
