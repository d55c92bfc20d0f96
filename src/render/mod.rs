//! Every byte of JSON the crate writes: the writer ([`json`]), issues
//! ([`issues`]), the EBP results ([`ebp`]) and the provider results
//! ([`providers`]). The host turns the text into JS values with one native
//! `JSON.parse`.

pub mod ebp;
pub mod issues;
pub mod json;
pub mod providers;
