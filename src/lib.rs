//! # ebp-cancel
//!
//! The cancel-and-refund rules of the EBP Purchase API v2 "Cancel Payment"
//! (`POST /api/v2/payment/cancel`), written once in Rust and compiled to
//! WebAssembly, so a browser judges a cancel exactly as the server will;
//! the same cancel also becomes a PortOne v1 or NicePay v1 body.
//!
//! The crate is a pure core that knows nothing of JS, plus one boundary
//! module ([`wasm`], built only for `wasm32`). Its layers, bottom to top;
//! each imports only from those below it:
//!
//! | layer | what it holds |
//! |---|---|
//! | [`report`] | the catalogue of codes and their typed params, issues, paths, English and Korean messages |
//! | [`model`] | typed values only: money, currency, the request, the order, the response, the preview, banks |
//! | [`input`] | untrusted JS data: the packed value, field, list and line readers, amounts, options |
//! | [`rules`] | the EBP rules, one file per thing judged |
//! | [`ops`] | one operation per JS export, each with one typed [`ops::Outcome`] |
//! | [`providers`] | the same cancel as a PortOne v1 or NicePay v1 body |
//! | [`render`] | every byte of JSON out |
//! | [`api`] | the text API: packed input in, JSON out, one `run` per export |
//! | `wasm` | the `#[wasm_bindgen]` exports (wasm32 only) |
//!
//! Rust callers build a [`Value`] (or parse packed/JSON text with
//! [`input::packed::parse`]) and call an operation, e.g.
//! [`ops::validate::validate_cancel_request`].

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

pub mod report;

pub mod model;

pub mod input;

pub mod rules;

pub mod ops;

pub mod providers;

pub mod render;

pub mod api;

#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)] // wasm-bindgen's generated glue
pub mod wasm; // public so tests/wasm.rs can call the exports from Rust

/// Alternative boundaries measured by `bench/` (not in the shipped wasm).
#[cfg(all(target_arch = "wasm32", feature = "bench-boundaries"))]
#[allow(unsafe_code, missing_docs)] // wasm-bindgen's generated glue
mod wasm_bench;

/// The allocator of the wasm build (a size-class allocator, smaller than dlmalloc).
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)] // a global allocator is unsafe by definition
mod heap;

pub use input::host::{Host, PlainHost};
pub use input::value::Value;
pub use model::money::Money;
pub use model::preview::Preview;
pub use model::{CancelItem, CancelRequest, ItemType, Kind, RefundAccount};
pub use ops::validate::{validate_cancel_request, ValidationResult};
pub use report::messages::Locale;
pub use report::{Code, Issue, Report, Severity};
