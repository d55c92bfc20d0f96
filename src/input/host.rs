//! What the core borrows from its host instead of carrying tables of its
//! own: Unicode normalisation (the browser has `String.prototype.normalize`;
//! a Rust table would add tens of kilobytes to the wasm), and which hanja
//! EUC-KR encodes (the browser has `TextDecoder("euc-kr")`).

use std::borrow::Cow;

/// Services the host provides.
pub trait Host {
    /// The NFC form of `s`.
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str>;

    /// `bytes` decoded as EUC-KR (WHATWG `euc-kr`, i.e. CP949) by the
    /// platform's decoder, or `None` when it has none (the default). The
    /// core reads from it which hanja EUC-KR encodes (KS X 1001 holds 4,888,
    /// scattered over the CJK blocks: a table it does not carry; see
    /// `providers::charset`).
    fn decode_euc_kr(&self, bytes: &[u8]) -> Option<String> {
        let _ = bytes;
        None
    }
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
