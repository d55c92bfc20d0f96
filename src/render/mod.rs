//! Every byte of JSON the crate writes: the writer ([`json`]), issues
//! ([`issues`]), the EBP results ([`ebp`]), the provider results
//! ([`providers`]) and the cancel request's JSON Schema ([`json_schema`],
//! native only in effect: no wasm export calls it). The host turns the
//! text into JS values with one native `JSON.parse`.

pub mod ebp;
pub mod issues;
pub mod json;
pub mod json_schema;
pub mod providers;
