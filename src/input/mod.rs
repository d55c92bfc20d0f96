//! Untrusted JS data, read: the value model ([`value`]) and its packed text
//! ([`packed`]), field readers that report at a path ([`fields`]), the one
//! bounded-list reader ([`list`]) and the one order/request line reader
//! ([`line`]), amounts ([`money`]), the options every call reads
//! ([`options`]), and what the core borrows from its host ([`host`]).

pub mod cx;
pub mod fields;
pub mod host;
pub mod keys;
pub mod line;
pub mod list;
pub mod money;
pub mod options;
pub mod packed;
pub mod tape;
pub mod value;

pub use cx::Cx;
