//! Every byte of JSON the crate writes: the writer ([`json`]), issues
//! ([`issues`]), the EBP results ([`ebp`]), the provider results
//! ([`providers`]; Toss Payments' and PortOne V2's bodies in [`toss`] and
//! [`portone_v2`]) and the cancel request's JSON Schema ([`json_schema`],
//! native only in effect: no wasm export calls it). The host turns the text
//! into JS values with one native `JSON.parse`.

pub mod ebp;
pub mod issues;
pub mod json;
pub mod json_schema;
pub mod portone_v2;
pub mod providers;
pub mod toss;
