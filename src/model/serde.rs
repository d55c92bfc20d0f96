//! `serde` integration (the `serde` feature), for Rust callers that
//! serialize results: every model type is `Serialize`, amounts as exact
//! decimal strings (`"106000"`, `"0.3"`) so no float ever touches them.
//! There is no `Deserialize`: values are made only by the rules that judge
//! them. The shipped wasm is built without this feature.

use crate::model::money::Money;

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.normalize())
    }
}
