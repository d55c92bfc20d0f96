//! Every byte of JSON the crate writes: the writer ([`json`]), issues
//! ([`issues`]), the EBP results ([`ebp`]) and the provider results
//! ([`providers`]; Toss Payments' and PortOne V2's bodies in [`toss`] and
//! [`portone_v2`]). The host turns the text into JS values with one native
//! `JSON.parse`.

pub mod ebp;
pub mod issues;
pub mod json;
pub mod portone_v2;
pub mod providers;
pub mod toss;
