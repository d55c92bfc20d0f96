//! What the core borrows from its host instead of carrying tables of its
//! own: Unicode normalisation (the browser has `String.prototype.normalize`;
//! a Rust table would add tens of kilobytes to the wasm).

use std::borrow::Cow;

/// Services the host provides.
pub trait Host {
    /// The NFC form of `s`.
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str>;
}

/// A host without Unicode tables: ASCII is already NFC, anything else is
/// passed through unchanged. The wasm build uses the JS host instead;
/// native callers who need normalisation implement [`Host`].
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainHost;

impl Host for PlainHost {
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str> {
        Cow::Borrowed(s)
    }
}
